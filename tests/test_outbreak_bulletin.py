"""The second report type, ``outbreak_bulletin``: golds, validator, prompt, cassettes, commands.

The two sample bulletins in ``examples/bulletins/`` were written by the team in the genre's
forms; their golds are the scripted server's answers (tests/scripted_server.py loads every
sample set of ``examples/``). The cassettes live in ``cassettes/outbreak_bulletin/`` and are
re-recorded by ``make record`` (all cassettes) or ``make record-bulletins`` (these only).

The export, review and eval tests state what a user needs from the generic outputs of issue
14 part 2; they are expected to fail (strict) until those land, and then lose their marks.
"""

from __future__ import annotations

import csv
import html
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError
from typer.testing import CliRunner
from vcr.cassette import Cassette

import baocao.pipeline
from baocao.cli import EXIT_OK, EXIT_USAGE, app
from baocao.crosscheck import verify
from baocao.documents import load_document
from baocao.errors import ConfigError
from baocao.llm import ModelClient, RetryPolicy
from baocao.numerals import NumberIndex
from baocao.pipeline import Extractor
from baocao.prompts import load_prompts, render_prompt
from baocao.schemas import load_report_type
from baocao.settings import Settings
from cassette_config import CASSETTES_DIR, DUMMY_API_KEY, Endpoint
from scripted_server import Step, sample_sets

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "examples" / "bulletins"
ARTICLES_DIR = SAMPLES / "articles"
GOLD_DIR = SAMPLES / "gold"
ARTICLES = sorted(ARTICLES_DIR.glob("*.txt"))
REPORT_TYPE = "outbreak_bulletin"
MODEL = "gpt-4o-mini"
CASSETTE_SUBDIR = "outbreak_bulletin"
CLI_CASSETTE = f"{CASSETTE_SUBDIR}/cli-extract"
REASK_CASSETTE = f"{CASSETTE_SUBDIR}/ungrounded-figure-then-reask"
PART_2 = "issue 14 part 2"
# System prompt + compact schema, sent with every bulletin: 4,282 characters when written.
FIXED_PART_BUDGET_CHARS = 4_500
NOT_PRINTED = 987654  # a figure neither bulletin prints
TABLE_ROW = re.compile(r"<tr\b.*?</tr>", re.DOTALL)
OTHER_VALUE = "other"  # the catch-all of every enum: the prompt need not explain it


async def _no_sleep(seconds: float) -> None:
    return None


ZERO_WAIT = RetryPolicy(backoff_s=0.0, jitter_s=0.0, sleep=_no_sleep)


def gold(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    return data


def report_model() -> type[BaseModel]:
    return load_report_type(REPORT_TYPE).model


def grounding_context(article: Path) -> dict[str, Any]:
    document = load_document(article)
    return {"document": document, "index": NumberIndex(document.text)}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records as a user's script reads them: one JSON object per line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def gold_figures() -> int:
    return sum(len(gold(article.stem)["figures"]) for article in ARTICLES)


# ---- the samples and their golds ------------------------------------------------------------


def test_the_bulletins_are_a_sample_set_of_the_scripted_server() -> None:
    assert (ARTICLES_DIR, GOLD_DIR) in sample_sets()
    assert len(ARTICLES) == 2
    assert all((GOLD_DIR / f"{article.stem}.json").is_file() for article in ARTICLES)


def test_the_scripted_server_finds_sample_sets_at_any_depth(tmp_path: Path) -> None:
    for folder in ("articles", "gold", "kind/articles", "kind/gold", "lonely/gold"):
        (tmp_path / folder).mkdir(parents=True)
    assert sample_sets(tmp_path) == [
        (tmp_path / "articles", tmp_path / "gold"),
        (tmp_path / "kind" / "articles", tmp_path / "kind" / "gold"),
    ]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_valid_and_fully_grounded(article: Path) -> None:
    report = report_model().model_validate(gold(article.stem), context=grounding_context(article))
    verification = verify(report, load_document(article))
    assert verification.ungrounded == []
    # Every figure's value and quote, and the bulletin's year, are checked.
    assert verification.checked >= 2 * len(gold(article.stem)["figures"]) + 1


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_dumps_back_to_itself(article: Path) -> None:
    """No key the schema ignores (a misspelt field), no value it coerces."""
    data = gold(article.stem)
    assert report_model().model_validate(data).model_dump(mode="json") == data


def test_the_golds_cover_the_four_diseases_and_both_levels() -> None:
    golds = [gold(article.stem) for article in ARTICLES]
    diseases = {figure["disease"] for data in golds for figure in data["figures"]}
    assert diseases == {"dengue", "measles", "covid19", "hand_foot_mouth"}
    assert {data["issuer_level"] for data in golds} == {"province", "national"}
    assert {data["bulletin_kind"] for data in golds} == {"weekly", "daily"}


# ---- the validator ---------------------------------------------------------------------------


def test_validator_reports_every_problem_in_one_message() -> None:
    article = ARTICLES[0]
    data = gold(article.stem)
    data["figures"][0]["value"] = NOT_PRINTED
    # A clause the bulletin prints, but not the one that states 18 ca.
    data["figures"][1]["quote"] = data["figures"][3]["quote"]
    data["figures"][1]["direction"] = None
    with pytest.raises(ValidationError) as caught:
        report_model().model_validate(data, context=grounding_context(article))
    message = str(caught.value)
    assert "figures[0].value" in message and str(NOT_PRINTED) in message
    assert "figures[1].quote does not print figures[1].value = 18 ca" in message
    assert "figures[1] is a change (18 ca) without a direction" in message


def test_without_an_article_only_types_are_checked() -> None:
    data = gold(ARTICLES[0].stem)
    data["figures"][0]["value"] = NOT_PRINTED
    report = report_model().model_validate(data)
    assert report.model_dump()["figures"][0]["value"] == Decimal(NOT_PRINTED)


# ---- the prompt ------------------------------------------------------------------------------


def _enum_values(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = set(node.get("enum", []))
        for value in node.values():
            found |= _enum_values(value)
        return found
    if isinstance(node, list):
        return set().union(*(_enum_values(item) for item in node)) if node else set()
    return set()


def test_the_prompt_is_compact_and_explains_every_choice() -> None:
    report_type = load_report_type(REPORT_TYPE)
    templates = load_prompts(report_type)
    schema = report_type.model.model_json_schema()
    sent = json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
    assert len(templates.system) + len(sent) <= FIXED_PART_BUDGET_CHARS
    fields = {key: schema.get(key) for key in ("properties", "$defs")}
    assert '"description"' not in json.dumps(fields, ensure_ascii=False)
    unexplained = {
        value for value in _enum_values(schema) - {OTHER_VALUE} if value not in templates.system
    }
    assert not unexplained, f"values the system prompt never names: {sorted(unexplained)}"
    messages = render_prompt(templates, load_document(ARTICLES[0]))
    assert [m["role"] for m in messages] == ["system", "user"]
    headline = gold(ARTICLES[0].stem)["title"]
    assert headline in messages[1]["content"] and headline not in messages[0]["content"]


# ---- offline: a clear configuration error ----------------------------------------------------


def test_the_library_refuses_an_offline_bulletin_run() -> None:
    with pytest.raises(ConfigError, match=f"'{REPORT_TYPE}'.*model"):
        Extractor(schema=REPORT_TYPE, offline=True)


@pytest.mark.parametrize(
    "flags", [["--offline"], []], ids=["offline flag", "no key: the offline fallback"]
)
def test_the_cli_refuses_an_offline_bulletin_run(flags: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    args = ["extract", str(ARTICLES[0]), "-o", str(out), "--schema", REPORT_TYPE, *flags]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT_USAGE, result.output
    message = " ".join(result.output.split())
    assert REPORT_TYPE in message and "model" in message
    # QA: said plainly, without the missing fields of the other type, and without first
    # announcing an offline run that is refused.
    assert "offline rules fill health_review reports only" in message
    assert "--base-url URL --model M" in message and "OPENAI_API_KEY" in message
    assert "extracting offline" not in message and "lacks" not in message
    assert not out.exists() or read_jsonl(out) == []


# ---- cassettes: the library and the command line ---------------------------------------------


@pytest.fixture
def base_url(endpoint: Endpoint) -> str:
    return endpoint.base_url


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """``outbreak_bulletin/<article stem>``, or the ``default_cassette`` marker's name."""
    marker = request.node.get_closest_marker("default_cassette")
    if marker is not None:
        return str(marker.args[0])
    return f"{CASSETTE_SUBDIR}/{request.node.callspec.id}"


def make_settings(base_url: str) -> Settings:
    return Settings.build(
        base_url=base_url, api_key=DUMMY_API_KEY, model=MODEL, no_cache=True, concurrency=1
    )


def assert_all_replayed(cassette: Cassette, record_mode: str) -> None:
    if record_mode == "none":
        assert cassette.all_played, f"{cassette.play_count} of {len(cassette)} answers replayed"


@pytest.mark.vcr
@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_the_library_extracts_each_bulletin_to_its_gold(
    base_url: str, vcr: Cassette, record_mode: str, article: Path
) -> None:
    settings = make_settings(base_url)
    client = ModelClient(settings, retry_policy=ZERO_WAIT)
    with Extractor(settings, schema=REPORT_TYPE, model_client=client) as extractor:
        result = extractor.extract(article)
    assert result.error is None, result.error
    assert result.report == report_model().model_validate(gold(article.stem))
    assert result.verification is not None and result.verification.ungrounded == []
    assert result.verification.checked > 0 and result.usage.requests == 1
    [request] = vcr.requests
    tool = json.loads(request.body)["tools"][0]["function"]
    assert tool["name"] == "OutbreakBulletin"
    assert_all_replayed(vcr, record_mode)


@pytest.mark.vcr
@pytest.mark.default_cassette(REASK_CASSETTE)
def test_a_figure_the_bulletin_does_not_print_is_re_asked(
    endpoint: Endpoint, vcr: Cassette, record_mode: str
) -> None:
    """The validator's message reaches the model through the real stack, then the gold."""
    article = ARTICLES[0]
    wrong = gold(article.stem)
    wrong["figures"][0]["value"] = NOT_PRINTED
    endpoint.script(Step.reply(wrong))
    settings = make_settings(endpoint.base_url)
    client = ModelClient(settings, retry_policy=ZERO_WAIT)
    with Extractor(settings, schema=REPORT_TYPE, model_client=client) as extractor:
        result = extractor.extract(article)
    assert result.error is None, result.error
    assert result.report == report_model().model_validate(gold(article.stem))
    assert result.usage.requests == 2
    first, reask = (json.loads(request.body) for request in vcr.requests)
    said = json.dumps(reask["messages"][len(first["messages"]) :], ensure_ascii=False)
    assert "figures[0].value" in said and str(NOT_PRINTED) in said
    assert "figures[0].quote does not print figures[0].value" in said
    assert_all_replayed(vcr, record_mode)


def extract_with_the_cli(base_url: str, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``baocao extract examples/bulletins/articles --schema outbreak_bulletin`` in-process."""
    monkeypatch.setenv("OPENAI_API_KEY", DUMMY_API_KEY)

    def zero_wait_client(settings: Settings) -> ModelClient:
        return ModelClient(settings, retry_policy=ZERO_WAIT)

    monkeypatch.setattr(baocao.pipeline, "ModelClient", zero_wait_client)
    args = ["extract", str(ARTICLES_DIR), "-o", str(out), "--schema", REPORT_TYPE]
    # One article at a time: the cassette's order is the same on every re-recording.
    args += ["--base-url", base_url, "--model", MODEL, "--no-cache", "--concurrency", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output


@pytest.mark.vcr
@pytest.mark.default_cassette(CLI_CASSETTE)
def test_the_cli_extracts_the_bulletins_and_check_passes(
    base_url: str,
    vcr: Cassette,
    record_mode: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "bulletins.jsonl"
    extract_with_the_cli(base_url, out, monkeypatch)
    records = read_jsonl(out)
    assert sorted(Path(r["source"]["path"]).stem for r in records) == [p.stem for p in ARTICLES]
    model = report_model()
    for record in records:
        assert record["error"] is None, record["error"]
        assert record["verification"]["ungrounded"] == []
        stem = Path(record["source"]["path"]).stem
        assert model.model_validate(record["report"]) == model.model_validate(gold(stem))
    assert len(vcr) == len(ARTICLES)
    assert_all_replayed(vcr, record_mode)
    checked = CliRunner().invoke(app, ["check", str(out), "--schema", REPORT_TYPE, "--strict"])
    assert checked.exit_code == EXIT_OK, checked.output


# ---- the generic outputs (issue 14 part 2) ---------------------------------------------------


@pytest.mark.vcr
@pytest.mark.default_cassette(CLI_CASSETTE)
def test_export_writes_one_row_per_figure_with_its_grounded_value(
    base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bulletins.jsonl"
    extract_with_the_cli(base_url, out, monkeypatch)
    table = tmp_path / "bulletins.csv"
    args = ["export", str(out), "--csv", str(table), "--schema", REPORT_TYPE, "--strict"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == gold_figures()
    expected = sorted(
        (figure["label"], Decimal(str(figure["value"])))
        for article in ARTICLES
        for figure in gold(article.stem)["figures"]
    )
    label_column = next(name for name in rows[0] if name.split(".")[-1] == "label")
    value_column = next(name for name in rows[0] if name.split(".")[-1] == "value")
    assert sorted((r[label_column], Decimal(r[value_column])) for r in rows) == expected
    assert all(row["grounded"] == "yes" for row in rows)
    assert {row["issuer"] for row in rows} == {gold(a.stem)["issuer"] for a in ARTICLES}


@pytest.mark.vcr
@pytest.mark.default_cassette(CLI_CASSETTE)
def test_review_lists_every_figure_of_each_bulletin(
    base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bulletins.jsonl"
    extract_with_the_cli(base_url, out, monkeypatch)
    site = tmp_path / "review"
    args = ["review", str(out), "--html", str(site), "--schema", REPORT_TYPE]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output
    pages = [p for p in site.glob("*.html") if p.name != "index.html"]
    assert len(pages) == len(ARTICLES)
    text = "\n".join(page.read_text(encoding="utf-8") for page in pages)
    rows = TABLE_ROW.findall(text)
    for article in ARTICLES:
        for figure in gold(article.stem)["figures"]:
            label, quote = html.escape(figure["label"]), html.escape(figure["quote"])
            assert any(label in row and quote in row for row in rows), figure


@pytest.mark.vcr
@pytest.mark.default_cassette(CLI_CASSETTE)
def test_eval_scores_the_bulletins_perfectly_against_their_golds(
    base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bulletins.jsonl"
    extract_with_the_cli(base_url, out, monkeypatch)
    args = ["eval", str(out), "--gold", str(GOLD_DIR), "--schema", REPORT_TYPE, "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output
    scores = _flatten(json.loads(result.stdout))
    precision = [value for key, value in scores if key.endswith("precision")]
    recall = [value for key, value in scores if key.endswith("recall")]
    assert precision and recall, scores
    assert set(precision) == {1.0} and set(recall) == {1.0}, scores
    # The figures were matched, not an empty list against an empty list.
    assert gold_figures() in [value for key, value in scores if key.endswith("matched")]


def _flatten(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(data, dict):
        return [
            pair
            for key, value in data.items()
            for pair in _flatten(value, f"{prefix}.{key}" if prefix else str(key))
        ]
    return [(prefix, data)]


# ---- what the cassettes folder holds ---------------------------------------------------------


def test_every_bulletin_scenario_has_one_cassette_and_none_is_stale() -> None:
    recorded = {
        f"{CASSETTE_SUBDIR}/{path.stem}"
        for path in (CASSETTES_DIR / CASSETTE_SUBDIR).glob("*.yaml")
    }
    scenarios = {f"{CASSETTE_SUBDIR}/{article.stem}" for article in ARTICLES}
    scenarios |= {CLI_CASSETTE, REASK_CASSETTE}
    assert recorded == scenarios, "run `make record-bulletins` (and delete stale cassettes)"
