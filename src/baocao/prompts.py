"""Prompt templates: load a report type's jinja2 templates and render them for one article.

Each report type has two templates in its prompts folder, ``<name>.system.j2`` and
``<name>.user.j2``. Templates see one variable, ``article`` (the document's normalised text).
The article is passed as a value and never parsed as a template, so an article that happens
to contain ``{{``, ``{%`` or ``{#`` goes to the model unchanged. The prompt version is the
sha256 of both template files, so editing a prompt invalidates cached extractions.

The document's source path is deliberately not a template variable: the same article must
give the same request wherever it is stored (cache keys and recorded cassettes rely on it).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from baocao.documents import Document
from baocao.errors import SchemaError
from baocao.schemas import ReportType

logger = logging.getLogger(__name__)

SYSTEM_SUFFIX = ".system.j2"
USER_SUFFIX = ".user.j2"
TEMPLATE_ENCODING = "utf-8"
COMPILED_CACHE_SIZE = 32

# Text-only templates: no HTML autoescaping; a misspelt variable is an error, not "".
_environment = jinja2.Environment(
    undefined=jinja2.StrictUndefined,
    autoescape=False,
    keep_trailing_newline=False,
)


@dataclass(frozen=True)
class PromptTemplates:
    """The two template sources of a report type and their version.

    Attributes:
        system: the system-message template source.
        user: the user-message template source.
        version: sha256 (hex) over both template files' bytes.
    """

    system: str
    user: str
    version: str


def load_prompts(report_type: ReportType) -> PromptTemplates:
    """Read ``<name>.system.j2`` and ``<name>.user.j2`` from the report type's prompts folder.

    Raises:
        SchemaError: a template is missing, unreadable, not UTF-8, or not valid jinja2.
    """
    folder = report_type.prompts_dir
    system_path = folder / f"{report_type.name}{SYSTEM_SUFFIX}"
    user_path = folder / f"{report_type.name}{USER_SUFFIX}"
    system_bytes = _read_template(system_path, report_type.name)
    user_bytes = _read_template(user_path, report_type.name)
    digest = hashlib.sha256()
    for raw in (system_bytes, user_bytes):
        # Length-prefixed so moving text from one file to the other changes the version.
        digest.update(len(raw).to_bytes(8, "big"))
        digest.update(raw)
    templates = PromptTemplates(
        system=_decode(system_bytes, system_path),
        user=_decode(user_bytes, user_path),
        version=digest.hexdigest(),
    )
    for source, path in ((templates.system, system_path), (templates.user, user_path)):
        try:
            _compile(source)
        except jinja2.TemplateSyntaxError as err:
            raise SchemaError(
                f"prompt template '{path}' is not valid jinja2 (line {err.lineno}): "
                f"{err.message}; fix the template"
            ) from err
    logger.debug("loaded prompts for %s, version %s", report_type.name, templates.version[:12])
    return templates


def render_prompt(templates: PromptTemplates, document: Document) -> list[dict[str, str]]:
    """The chat messages for one article: a system message and a user message.

    Raises:
        SchemaError: a template uses a variable other than ``article`` or fails to render.
    """
    variables = {"article": document.text}
    messages: list[dict[str, str]] = []
    for role, source in (("system", templates.system), ("user", templates.user)):
        try:
            content = _compile(source).render(variables)
        except jinja2.TemplateError as err:
            raise SchemaError(
                f"the {role} prompt template (version {templates.version[:12]}) failed to "
                f"render for '{document.source}': {err}; templates may use only "
                f"{', '.join(sorted(variables))}"
            ) from err
        messages.append({"role": role, "content": content})
    return messages


@lru_cache(maxsize=COMPILED_CACHE_SIZE)
def _compile(source: str) -> jinja2.Template:
    return _environment.from_string(source)


def _read_template(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as err:
        raise SchemaError(
            f"prompt template '{path}' for report type '{name}' is missing: create it "
            f"(templates are {name}{SYSTEM_SUFFIX} and {name}{USER_SUFFIX}, with the article "
            "as {{ article }})"
        ) from err
    except OSError as err:
        raise SchemaError(f"cannot read prompt template '{path}': {err}") from err


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode(TEMPLATE_ENCODING)
    except UnicodeDecodeError as err:
        raise SchemaError(
            f"prompt template '{path}' is not UTF-8: save it as UTF-8 ({err.reason})"
        ) from err
