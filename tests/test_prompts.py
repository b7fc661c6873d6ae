"""Tests for prompt loading and rendering."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from baocao.documents import Document, load_document
from baocao.errors import SchemaError
from baocao.prompts import PromptTemplates, load_prompts, render_prompt
from baocao.schemas import ReportType, available_report_types, load_report_type

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "examples" / "articles"
HEX64 = re.compile(r"[0-9a-f]{64}")
# The system prompt and the schema go with every article (a typical one is about 3,000
# characters); they were 14,753 characters before each rule was said once, about 5,100 after
# (benchmarks/README.md, prompt), about 5,800 with what each indicator measures (issue 13:
# four fields, a rule line each). A rule added twice, or descriptions back in the schema, fail.
FIXED_PART_BUDGET_CHARS = 6_000

USER_SCHEMA = "from pydantic import BaseModel\n\n\nclass Note(BaseModel):\n    text: str\n"


def document(text: str, source: str = "<text>") -> Document:
    return Document(
        text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), source=source
    )


def user_report_type(folder: Path, system: str | None, user: str | None) -> ReportType:
    """A user report type ``note`` in ``folder`` with the given templates (None: absent)."""
    prompts = folder / "prompts"
    prompts.mkdir(parents=True, exist_ok=True)
    (folder / "note.py").write_text(USER_SCHEMA, encoding="utf-8")
    for suffix, content in ((".system.j2", system), (".user.j2", user)):
        if content is not None:
            (prompts / f"note{suffix}").write_text(content, encoding="utf-8")
    return load_report_type(f"{folder / 'note.py'}:Note")


@pytest.fixture(scope="module")
def templates() -> PromptTemplates:
    return load_prompts(load_report_type("health_review"))


def test_health_review_templates_load(templates: PromptTemplates) -> None:
    assert "Vietnamese" in templates.system
    assert "{{ article }}" in templates.user
    assert HEX64.fullmatch(templates.version)
    assert load_prompts(load_report_type("health_review")).version == templates.version


def test_the_fixed_part_stays_within_its_budget(templates: PromptTemplates) -> None:
    schema = load_report_type("health_review").model.model_json_schema()
    sent = json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
    assert len(templates.system) + len(sent) <= FIXED_PART_BUDGET_CHARS
    # Each rule once: the rules are the system prompt's, the schema carries no descriptions.
    fields = {key: schema.get(key) for key in ("properties", "$defs")}
    assert '"description"' not in json.dumps(fields, ensure_ascii=False)


def test_the_system_message_is_one_stable_prefix(templates: PromptTemplates) -> None:
    """The same system message first for every article: the article is only in the user's."""
    rendered = [render_prompt(templates, load_document(p)) for p in sorted(ARTICLES.glob("*.txt"))]
    assert len({messages[0]["content"] for messages in rendered}) == 1
    assert all(messages[0]["role"] == "system" for messages in rendered)


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.name.split("_")[0])
def test_render_sample_article(path: Path, templates: PromptTemplates) -> None:
    doc = load_document(path)
    messages = render_prompt(templates, doc)
    assert [m["role"] for m in messages] == ["system", "user"]
    assert doc.text in messages[1]["content"]
    assert doc.text not in messages[0]["content"]
    assert str(path) not in messages[1]["content"]
    assert render_prompt(templates, doc) == messages


@pytest.mark.parametrize(
    "text",
    [
        "Tổng số {{ x }} lượt khám",
        "{% if true %}73.066 lượt{% endif %}",
        "Ghi chú {# không phải comment",
        "{{ article }} {% raw %} {%- endraw %} {{ undefined.attr }}",
        "}} {% {{ {# #} %} }}",
    ],
    ids=["variable", "if-block", "open-comment", "template-tricks", "unbalanced"],
)
def test_article_is_never_rendered_as_template(text: str, templates: PromptTemplates) -> None:
    messages = render_prompt(templates, document(text))
    assert text in messages[1]["content"]


def test_source_path_is_not_in_the_prompt(templates: PromptTemplates) -> None:
    here = render_prompt(templates, document("73.066 lượt", source="/data/a.txt"))
    there = render_prompt(templates, document("73.066 lượt", source="/elsewhere/b.txt"))
    assert here == there


def test_user_templates_render(tmp_path: Path) -> None:
    report_type = user_report_type(tmp_path, "Be brief.", "Article:\n{{ article }}")
    templates = load_prompts(report_type)
    assert render_prompt(templates, document("Hội nghị")) == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Article:\nHội nghị"},
    ]


def test_version_is_sha256_of_both_files_and_changes_with_either(tmp_path: Path) -> None:
    base = load_prompts(user_report_type(tmp_path / "a", "S", "U {{ article }}")).version
    same = load_prompts(user_report_type(tmp_path / "b", "S", "U {{ article }}")).version
    system_changed = load_prompts(user_report_type(tmp_path / "c", "S2", "U {{ article }}"))
    user_changed = load_prompts(user_report_type(tmp_path / "d", "S", "U2 {{ article }}"))
    moved = load_prompts(user_report_type(tmp_path / "e", "SU", " {{ article }}"))
    assert base == same
    assert len({base, system_changed.version, user_changed.version, moved.version}) == 4


@pytest.mark.parametrize(
    ("system", "user", "expected"),
    [
        (None, "{{ article }}", r"note\.system\.j2.*missing"),
        ("S", None, r"note\.user\.j2.*missing"),
        ("{% if %}", "{{ article }}", r"note\.system\.j2.*not valid jinja2"),
        ("S", "{{ article ", r"note\.user\.j2.*not valid jinja2"),
    ],
    ids=["system-missing", "user-missing", "system-syntax", "user-syntax"],
)
def test_load_prompts_errors(
    system: str | None, user: str | None, expected: str, tmp_path: Path
) -> None:
    with pytest.raises(SchemaError, match=expected):
        load_prompts(user_report_type(tmp_path, system, user))


def test_template_not_utf8_is_an_error(tmp_path: Path) -> None:
    report_type = user_report_type(tmp_path, "S", "{{ article }}")
    (report_type.prompts_dir / "note.system.j2").write_bytes("Hội nghị".encode("utf-16"))
    with pytest.raises(SchemaError, match="not UTF-8"):
        load_prompts(report_type)


@pytest.mark.parametrize(
    ("system", "user", "expected"),
    [
        ("S", "Article: {{ text }}", r"note\.user\.j2' uses text: .*only \{\{ article \}\}"),
        ("S {{ today }}", "{{ article }}", r"note\.system\.j2' uses today: "),
        ("S", "Extract the report.", r"note\.user\.j2' never uses \{\{ article \}\}"),
        ("S", "{# {{ article }} #}Extract.", r"note\.user\.j2' never uses \{\{ article \}\}"),
    ],
    ids=["user-other-variable", "system-other-variable", "user-no-article", "article-in-comment"],
)
def test_a_template_that_cannot_show_the_article_is_refused_when_loaded(
    system: str, user: str, expected: str, tmp_path: Path
) -> None:
    """QA: a user template without {{ article }} was accepted; the model never saw the text."""
    with pytest.raises(SchemaError, match=expected):
        load_prompts(user_report_type(tmp_path, system, user))


def test_the_article_may_sit_in_a_block_of_the_user_template(tmp_path: Path) -> None:
    user = "{% set intro = 'Article:' %}{{ intro }}\n{% if article %}{{ article }}{% endif %}"
    templates = load_prompts(user_report_type(tmp_path, "S", user))
    assert render_prompt(templates, document("Hội nghị"))[1]["content"] == "Article:\nHội nghị"


@pytest.mark.parametrize("name", available_report_types())
def test_the_bundled_templates_pass_the_load_checks(name: str) -> None:
    templates = load_prompts(load_report_type(name))
    assert templates.user_path.name == f"{name}.user.j2"


def test_a_render_error_names_the_template_file(tmp_path: Path) -> None:
    templates = load_prompts(user_report_type(tmp_path, "S", "{{ article.title.upper() }}"))
    with pytest.raises(SchemaError, match=r"prompt template '.*note\.user\.j2' failed to render"):
        render_prompt(templates, document("Hội nghị", source="a.txt"))
