"""Prompt templates: load a report type's jinja2 templates and render them for one article.

Each report type has two templates in its prompts folder, ``<name>.system.j2`` and
``<name>.user.j2``. Templates see one variable, ``article`` (the document's normalised text),
which the user template must use: a template that never shows the model the article, or that
uses any other variable, is refused when it is loaded, naming the file and the variable.
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
import jinja2.meta

from baocao.documents import Document
from baocao.errors import SchemaError
from baocao.schemas import ReportType

logger = logging.getLogger(__name__)

SYSTEM_SUFFIX = ".system.j2"
USER_SUFFIX = ".user.j2"
TEMPLATE_ENCODING = "utf-8"
COMPILED_CACHE_SIZE = 32
ARTICLE_VARIABLE = "article"  # the one variable templates see

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
        system_path: the file ``system`` was read from (named in error messages).
        user_path: the file ``user`` was read from.
    """

    system: str
    user: str
    version: str
    system_path: Path
    user_path: Path


def load_prompts(report_type: ReportType) -> PromptTemplates:
    """Read ``<name>.system.j2`` and ``<name>.user.j2`` from the report type's prompts folder.

    Raises:
        SchemaError: a template is missing, unreadable, not UTF-8, not valid jinja2, uses a
            variable other than ``article``, or (the user template) never uses ``article``.
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
        system_path=system_path,
        user_path=user_path,
    )
    for source, path in ((templates.system, system_path), (templates.user, user_path)):
        used = _variables(source, path)
        unknown = sorted(used - {ARTICLE_VARIABLE})
        if unknown:
            raise SchemaError(
                f"prompt template '{path}' uses {', '.join(unknown)}: templates may use only "
                f"{{{{ {ARTICLE_VARIABLE} }}}}; remove or rename the variable"
            )
        if path == user_path and ARTICLE_VARIABLE not in used:
            raise SchemaError(
                f"prompt template '{path}' never uses {{{{ {ARTICLE_VARIABLE} }}}}, so the "
                "model would never see the article: put {{ article }} where the article "
                "goes in the user message"
            )
    logger.debug("loaded prompts for %s, version %s", report_type.name, templates.version[:12])
    return templates


def render_prompt(templates: PromptTemplates, document: Document) -> list[dict[str, str]]:
    """The chat messages for one article: a system message and a user message.

    Raises:
        SchemaError: a template fails to render (e.g. ``{{ article.title }}``: the article
            is text, with no attributes); the message names the template file.
    """
    variables = {ARTICLE_VARIABLE: document.text}
    messages: list[dict[str, str]] = []
    parts = (
        ("system", templates.system, templates.system_path),
        ("user", templates.user, templates.user_path),
    )
    for role, source, path in parts:
        try:
            content = _compile(source).render(variables)
        except jinja2.TemplateError as err:
            raise SchemaError(
                f"prompt template '{path}' failed to render for '{document.source}': {err}; "
                f"templates may use only {{{{ {ARTICLE_VARIABLE} }}}}, as text: fix the template"
            ) from err
        messages.append({"role": role, "content": content})
    return messages


@lru_cache(maxsize=COMPILED_CACHE_SIZE)
def _compile(source: str) -> jinja2.Template:
    return _environment.from_string(source)


def _variables(source: str, path: Path) -> set[str]:
    """The variables a template reads from its caller (those it sets itself excluded).

    Raises:
        SchemaError: the template is not valid jinja2.
    """
    try:
        _compile(source)
        return set(jinja2.meta.find_undeclared_variables(_environment.parse(source)))
    except jinja2.TemplateSyntaxError as err:
        raise SchemaError(
            f"prompt template '{path}' is not valid jinja2 (line {err.lineno}): "
            f"{err.message}; fix the template"
        ) from err


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
