"""Which report type a file's records are read as, and what a user sees when it is the wrong one.

A record names its report type (``schema``): a registry name, or a schema file's absolute path
so the records read from any folder. An explicit ``--schema`` stands in for the records that
name none (older files) or whose schema file is gone, and must otherwise agree with the type
they name. One file holds one type: extracting another type into it is refused. Eval scores
a report that is not of the scored type as failed, and refuses a gold of another type. Every
refusal is an exit code and a message naming the input and the fix, never a traceback.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from baocao import Extractor, Run, evaluate, read_records, write_csv, write_review_site
from baocao.cli import EXIT_OK, EXIT_USAGE, app
from baocao.documents import load_document
from baocao.errors import RecordError
from baocao.evaluation import check_gold
from baocao.schemas import load_report_type

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"
GOLD = ROOT / "examples" / "gold"
BULLETINS = ROOT / "examples" / "bulletins"
REAL_GOLD = ROOT / "benchmarks" / "real" / "gold"
ARTICLE = "000_653dcc8e01e3b730"  # the sample with 12 indicators
BULLETIN = "b01_dong_thap_tuan_32"
USER_SCHEMA = '''"""A hospital's monthly review: the health review's fields, under its own name."""

from baocao.schemas import load_report_type

_HealthReview = load_report_type("health_review").model


class HospitalMonth(_HealthReview):
    """One hospital's monthly review."""
'''


def invoke(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def record_line(article: Path, report: dict[str, Any], schema: str | None) -> dict[str, Any]:
    """A good record of ``report`` for ``article`` (as extract writes it, unverified)."""
    line: dict[str, Any] = {
        "source": {"path": str(article), "sha256": load_document(article).sha256, "url": None},
        "schema": schema,
        "report": report,
        "verification": None,
        "usage": {},
        "cached": False,
        "error": None,
    }
    if schema is None:
        del line["schema"]
    return line


def write_lines(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    return path


def gold(folder: Path, stem: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
    return data


def bulletin_records(tmp_path: Path, schema: str | None) -> Path:
    article = BULLETINS / "articles" / f"{BULLETIN}.txt"
    line = record_line(article, gold(BULLETINS / "gold", BULLETIN), schema)
    return write_lines(tmp_path / "bulletins.jsonl", [line])


def review_records(tmp_path: Path, schema: str | None = "health_review") -> Path:
    line = record_line(ARTICLES / f"{ARTICLE}.txt", gold(GOLD, ARTICLE), schema)
    return write_lines(tmp_path / "reviews.jsonl", [line])


# --- 1. a user's own report type reads from any folder -----------------------------------------


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with a user's schema file and one article, extracted there offline."""
    folder = tmp_path / "project"
    (folder / "articles").mkdir(parents=True)
    shutil.copy(ARTICLES / f"{ARTICLE}.txt", folder / "articles")
    (folder / "hospital_monthly.py").write_text(USER_SCHEMA, encoding="utf-8")
    monkeypatch.chdir(folder)
    result = invoke(
        "extract", "articles", "-o", "out.jsonl", "--offline",
        "--schema", "hospital_monthly.py:HospitalMonth",
    )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.output
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return folder


def test_extract_stores_a_schema_file_by_its_absolute_path(project: Path) -> None:
    (record,) = read_records(project / "out.jsonl")
    assert record.schema == f"{project.resolve() / 'hospital_monthly.py'}:HospitalMonth"


def test_a_bundled_report_type_is_stored_by_its_name(tmp_path: Path) -> None:
    with Extractor(offline=True) as extractor:
        assert extractor.report_type.spec == "health_review"


def test_records_of_a_schema_file_export_from_another_folder(project: Path) -> None:
    result = invoke("export", str(project / "out.jsonl"), "--csv", "x.csv", "--root", str(project))
    assert result.exit_code == EXIT_OK, result.output
    assert len(Path("x.csv").read_text(encoding="utf-8").splitlines()) > 1


def test_a_record_whose_schema_file_is_gone_says_to_pass_schema_and_then_uses_it(
    project: Path,
) -> None:
    out = project / "out.jsonl"
    (line,) = [json.loads(text) for text in out.read_text(encoding="utf-8").splitlines()]
    line["schema"] = "hospital_monthly.py:HospitalMonth"  # as an older release stored it
    write_lines(out, [line])

    refused = invoke("export", str(out), "--csv", "x.csv", "--root", str(project))
    assert refused.exit_code == EXIT_USAGE
    assert "hospital_monthly.py:HospitalMonth" in refused.output
    assert "pass --schema" in refused.output

    given = f"{project / 'hospital_monthly.py'}:HospitalMonth"
    used = invoke("export", str(out), "--csv", "x.csv", "--root", str(project), "--schema", given)
    assert used.exit_code == EXIT_OK, used.output
    assert len(Path("x.csv").read_text(encoding="utf-8").splitlines()) > 1


# --- 2. a wrong --schema is refused, or named as the likely cause ------------------------------


def _command(name: str, records: Path, tmp_path: Path) -> list[str]:
    return {
        "check": ["check", str(records)],
        "export": ["export", str(records), "--csv", str(tmp_path / "x.csv")],
        "review": ["review", str(records), "--html", str(tmp_path / "site")],
        "eval": ["eval", str(records), "--gold", str(GOLD)],
    }[name]


@pytest.mark.parametrize("command", ["check", "export", "review", "eval"])
def test_a_schema_other_than_the_records_type_exits_2_naming_both(
    command: str, tmp_path: Path
) -> None:
    records = bulletin_records(tmp_path, "outbreak_bulletin")
    result = invoke(*_command(command, records, tmp_path), "--schema", "health_review")
    assert result.exit_code == EXIT_USAGE, result.output
    assert "health_review" in result.output and "outbreak_bulletin" in result.output
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("gone", [False, True], ids=["wrong-schema", "gone-schema-file"])
def test_check_refuses_a_wrong_schema_even_when_every_source_is_missing(
    gone: bool, tmp_path: Path
) -> None:
    records = bulletin_records(tmp_path, "outbreak_bulletin")
    (line,) = [json.loads(text) for text in records.read_text(encoding="utf-8").splitlines()]
    line["source"]["path"] = str(tmp_path / "moved_away.txt")
    if gone:
        line["schema"] = f"{tmp_path / 'gone.py'}:Gone"  # a schema file that is not there
    write_lines(records, [line])
    result = invoke("check", str(records), *([] if gone else ["--schema", "health_review"]))
    assert result.exit_code == EXIT_USAGE, result.output
    assert "missing" not in result.output


def test_the_records_own_type_given_as_schema_is_accepted(tmp_path: Path) -> None:
    records = review_records(tmp_path)
    schema_file = load_report_type("health_review").module_path
    result = invoke(
        "export", str(records), "--csv", str(tmp_path / "x.csv"), "--schema", str(schema_file)
    )
    assert result.exit_code == EXIT_OK, result.output


def test_untyped_records_that_fit_no_report_of_the_type_say_so_not_root(
    tmp_path: Path,
) -> None:
    records = bulletin_records(tmp_path, None)
    result = invoke("export", str(records), "--csv", str(tmp_path / "x.csv"))
    assert "probably of another report type" in result.output
    assert "organizer" in result.output  # the first validation problem
    assert "--root" not in result.output


def test_untyped_records_of_the_type_get_no_such_warning(tmp_path: Path) -> None:
    records = review_records(tmp_path, None)
    result = invoke("export", str(records), "--csv", str(tmp_path / "x.csv"))
    assert result.exit_code == EXIT_OK, result.output
    assert "another report type" not in result.output


# --- 3. one file, one report type --------------------------------------------------------------


def test_extracting_into_a_file_of_another_type_exits_2_naming_both(tmp_path: Path) -> None:
    records = bulletin_records(tmp_path, "outbreak_bulletin")
    before = records.read_bytes()
    result = invoke("extract", str(ARTICLES), "-o", str(records), "--offline")
    assert result.exit_code == EXIT_USAGE, result.output
    assert "outbreak_bulletin" in result.output and "health_review" in result.output
    assert "another file" in result.output
    assert "or pass --schema outbreak_bulletin to add to it" in result.output
    assert records.read_bytes() == before


def test_a_file_of_failed_records_of_another_type_is_refused_too(tmp_path: Path) -> None:
    article = BULLETINS / "articles" / f"{BULLETIN}.txt"
    line = record_line(article, gold(BULLETINS / "gold", BULLETIN), "outbreak_bulletin")
    line |= {"report": None, "error": {"type": "LLMError", "message": "timed out"}}
    records = write_lines(tmp_path / "bulletins.jsonl", [line])
    before = records.read_bytes()
    result = invoke("extract", str(article), "-o", str(records), "--offline", "--redo-failed")
    assert result.exit_code == EXIT_USAGE, result.output
    assert "outbreak_bulletin" in result.output and "health_review" in result.output
    assert records.read_bytes() == before


def test_a_run_reads_untyped_records_as_its_own_type(tmp_path: Path) -> None:
    records = review_records(tmp_path, None)
    (tmp_path / "hospital_monthly.py").write_text(USER_SCHEMA, encoding="utf-8")
    spec = f"{tmp_path / 'hospital_monthly.py'}:HospitalMonth"
    for schema in (spec, None):
        with Extractor(offline=True, schema=schema) as extractor, Run(extractor, records) as run:
            plan = run.plan([str(ARTICLES / f"{ARTICLE}.txt")])
        assert plan.skipped_good == 1, schema


# --- 4. eval scores only reports and golds of its type -----------------------------------------


def test_a_report_of_another_type_scores_as_failed_not_perfect(tmp_path: Path) -> None:
    records = bulletin_records(tmp_path, None)
    golds = tmp_path / "gold"
    golds.mkdir()
    shutil.copy(GOLD / f"{ARTICLE}.json", golds / f"{BULLETIN}.json")
    report = evaluate(read_records(records), golds)
    (article,) = report.articles
    assert article.error is not None and "organizer" in article.error
    assert not any(result.match for result in article.fields.values())


def test_a_gold_of_another_type_exits_naming_the_file_and_its_problem(tmp_path: Path) -> None:
    records = review_records(tmp_path)
    golds = tmp_path / "gold"
    golds.mkdir()
    shutil.copy(BULLETINS / "gold" / f"{BULLETIN}.json", golds / f"{ARTICLE}.json")
    result = invoke("eval", str(records), "--gold", str(golds))
    assert result.exit_code != EXIT_OK
    assert f"{ARTICLE}.json" in result.output and "organizer" in result.output


@pytest.mark.parametrize("folder", [GOLD, REAL_GOLD], ids=["examples", "real"])
def test_the_shipped_golds_fit_their_report_type(folder: Path) -> None:
    model = load_report_type("health_review").model
    for path in sorted(folder.glob("*.json")):
        check_gold(json.loads(path.read_text(encoding="utf-8")), model, path)


def test_a_gold_missing_a_required_field_is_refused(tmp_path: Path) -> None:
    data = gold(GOLD, ARTICLE)
    del data["organizer"]
    with pytest.raises(RecordError, match="organizer"):
        check_gold(data, load_report_type("health_review").model, tmp_path / "g.json")


# --- 5. paths as str ---------------------------------------------------------------------------


def test_the_public_api_takes_paths_as_str(tmp_path: Path) -> None:
    records = list(read_records(str(review_records(tmp_path))))
    result = write_csv(records, str(tmp_path / "x.csv"))
    assert result.rows > 0
    index = write_review_site(records, str(tmp_path / "site"))
    assert index.is_file()
    assert evaluate(records, str(GOLD)).articles


# --- 6. nothing to do is said, not hidden ------------------------------------------------------


def test_extracting_a_folder_without_articles_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "scan.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "e.jsonl"
    result = invoke("extract", str(empty), "-o", str(out), "--offline")
    assert result.exit_code == EXIT_USAGE
    assert f"no articles in {empty}" in result.output
    assert ".txt .html .htm .md" in result.output
    assert not out.exists()


def test_exporting_a_file_without_records_warns(tmp_path: Path) -> None:
    records = tmp_path / "none.jsonl"
    records.write_text("", encoding="utf-8")
    result = invoke("export", str(records), "--csv", str(tmp_path / "x.csv"))
    assert result.exit_code == EXIT_OK
    assert "holds no records" in result.output


# --- 7. changed values in reading order --------------------------------------------------------


def test_check_lists_changed_values_in_natural_order(tmp_path: Path) -> None:
    article = tmp_path / f"{ARTICLE}.txt"
    shutil.copy(ARTICLES / article.name, article)
    out = tmp_path / "out.jsonl"
    assert invoke("extract", str(article), "-o", str(out), "--offline").exit_code == EXIT_OK
    (line,) = [json.loads(text) for text in out.read_text(encoding="utf-8").splitlines()]
    indicators = line["report"]["indicators"]
    assert len(indicators) > 10
    for index in (2, 10):
        indicators[index]["value"] = 987654321  # printed nowhere: the stored check disagrees
    write_lines(out, [line])
    result = invoke("check", str(out))
    (note,) = [line for line in result.stderr.splitlines() if "stored at extraction" in line]
    assert note.index("indicators[2].value") < note.index("indicators[10].value")
