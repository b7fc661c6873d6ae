"""The command line: every command through typer's runner, resume and signals as real processes.

Everything runs offline (the rule-based backend): no network, no key.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from baocao import __version__
from baocao.cli import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    Tally,
    _Interrupts,
    _tokens_cell,
    app,
    build_settings,
)
from baocao.documents import load_document
from baocao.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "examples" / "articles"
GOLD = REPO / "examples" / "gold"
SAMPLES = sorted(ARTICLES.glob("*.txt"))
FIRST = SAMPLES[0]
SUBPROCESS_TIMEOUT_S = 120
# Enough copies that a run is still going when the signal arrives after the first record.
SIGNAL_COPIES_PER_SAMPLE = 12


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A private copy of the five samples."""
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    return folder


def invoke(runner: CliRunner, *args: str, **kwargs: Any) -> Any:
    result = runner.invoke(app, list(args), **kwargs)
    assert "Traceback" not in result.output, result.output
    return result


def lines(path: Path) -> list[dict[str, Any]]:
    """Every line of a JSONL file, each required to be a whole JSON object."""
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "a half line was written"
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


# --- help, version ----------------------------------------------------------------------------


def test_version(runner: CliRunner) -> None:
    result = invoke(runner, "--version")
    assert result.exit_code == EXIT_OK
    assert result.stdout.strip() == f"baocao {__version__}"


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["extract"],
        ["check"],
        ["export"],
        ["review"],
        ["eval"],
        ["numbers"],
        ["cache"],
        ["cache", "info"],
        ["cache", "clear"],
    ],
    ids=lambda c: " ".join(c) or "baocao",
)
def test_every_command_has_help_with_examples(runner: CliRunner, command: list[str]) -> None:
    result = invoke(runner, *command, "--help")
    assert result.exit_code == EXIT_OK
    assert "Examples:" in result.stdout
    assert "$ baocao" in result.stdout


# --- extract: configuration ----------------------------------------------------------------


def test_a_missing_path_exits_2_naming_it(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == EXIT_USAGE
    assert "nope.txt" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_a_model_without_an_endpoint_exits_2_saying_what_to_set(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = invoke(runner, "extract", str(FIRST), "-o", str(tmp_path / "o.jsonl"), "--model", "m")
    assert result.exit_code == EXIT_USAGE
    for hint in ("OPENAI_API_KEY", "--base-url", "--offline"):
        assert hint in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 3  # one message (wrapped at most)


def test_no_endpoint_at_all_runs_offline_and_says_so_in_one_line(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "o.jsonl"
    result = invoke(runner, "extract", str(FIRST), "-o", str(out))
    assert result.exit_code == EXIT_OK, result.output
    # Lines naming the offline mode, not merely a path that contains the word.
    notices = [
        line for line in result.stderr.splitlines() if "offline" in line.replace(str(FIRST), "")
    ]
    assert len(notices) == 1
    assert "OPENAI_API_KEY" in notices[0] and "--base-url" in notices[0]
    assert len(lines(out)) == 1


@pytest.mark.parametrize(
    ("scenario", "env", "flags", "field", "expected"),
    [
        ("flag beats env", {"BAOCAO_CONCURRENCY": "3"}, {"concurrency": 5}, "concurrency", 5),
        ("env beats default", {"BAOCAO_CONCURRENCY": "3"}, {}, "concurrency", 3),
        ("default", {}, {}, "concurrency", 8),
        ("cache dir from env", {"BAOCAO_CACHE_DIR": "/tmp/c"}, {}, "cache_dir", Path("/tmp/c")),
        (
            "base url means not offline",
            {"OPENAI_BASE_URL": "http://127.0.0.1:1/v1"},
            {},
            "offline",
            False,
        ),
        ("key means not offline", {"OPENAI_API_KEY": "sk-test"}, {}, "offline", False),
        ("nothing configured", {}, {}, "offline", True),
        ("mode defaults to auto", {}, {}, "mode", "auto"),
        ("mode from env", {"BAOCAO_MODE": "MD_JSON"}, {}, "mode", "md_json"),
        (
            "mode flag beats env",
            {"BAOCAO_MODE": "tools"},
            {"mode": "json_object"},
            "mode",
            "json_object",
        ),
    ],
)
def test_settings_precedence(
    monkeypatch: pytest.MonkeyPatch,
    scenario: str,
    env: dict[str, str],
    flags: dict[str, Any],
    field: str,
    expected: Any,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings, _ = build_settings(**flags)
    assert getattr(settings, field) == expected, scenario


def test_a_bad_environment_value_exits_2_naming_the_variable(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BAOCAO_CONCURRENCY", "many")
    result = invoke(runner, "extract", str(FIRST), "-o", str(tmp_path / "o.jsonl"), "--offline")
    assert result.exit_code == EXIT_USAGE
    assert "BAOCAO_CONCURRENCY" in result.stderr


def test_an_unknown_mode_exits_2_naming_the_modes(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    args = ["extract", str(FIRST), "-o", str(out), "--base-url", "http://127.0.0.1:9/v1"]
    result = invoke(runner, *args, "--mode", "grammar")
    assert result.exit_code == EXIT_USAGE
    assert "auto, tools, json_schema, json_object, md_json" in result.stderr
    assert not out.exists()


def test_an_unknown_schema_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(
        runner,
        "extract",
        str(FIRST),
        "-o",
        str(tmp_path / "o.jsonl"),
        "--offline",
        "--schema",
        "nope",
    )
    assert result.exit_code == EXIT_USAGE
    assert "nope" in result.stderr


def test_model_flag_without_key_is_refused_before_any_record(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        build_settings(model="gpt-4o")


# --- extract: records and resume -----------------------------------------------------------


def test_extract_a_folder_writes_one_record_per_article_then_resumes(
    runner: CliRunner, articles: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "reports.jsonl"
    first = invoke(runner, "extract", str(articles), "-o", str(out), "--offline")
    assert first.exit_code == EXIT_OK, first.output
    records = lines(out)
    assert sorted(r["source"]["path"] for r in records) == sorted(
        str(p) for p in articles.glob("*.txt")
    )
    for record in records:
        assert set(record) >= {"source", "report", "verification", "usage", "cached", "error"}
        assert record["error"] is None and record["report"]["indicators"]
        assert set(record["verification"]) >= {"checked", "grounded", "ungrounded"}
        assert len(record["source"]["sha256"]) == 64
    assert "[5/5]" in first.stderr  # plain progress lines off a terminal

    again = invoke(runner, "extract", str(articles), "-o", str(out), "--offline")
    assert again.exit_code == EXIT_OK
    assert lines(out) == records
    assert "already done" in again.stderr

    edited = articles / SAMPLES[1].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nBài: Kim Ngân\n", encoding="utf-8")
    third = invoke(runner, "extract", str(articles), "-o", str(out), "--offline")
    assert third.exit_code == EXIT_OK
    assert [r["source"]["path"] for r in lines(out)[len(records) :]] == [str(edited)]


def test_a_terminal_gets_a_progress_bar_and_a_summary_table(
    runner: CliRunner, articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))
    result = invoke(runner, "extract", str(articles), "-o", str(tmp_path / "o.jsonl"), "--offline")
    assert result.exit_code == EXIT_OK, result.output
    assert "5/5" in result.stderr and "cached 0" in result.stderr and "tokens" in result.stderr
    assert "[1/5]" not in result.stderr  # no plain log lines on a terminal
    assert "values grounded / checked" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("tally", "cell"),
    [
        (Tally(prompt_tokens=1200, completion_tokens=300, requests=2), "1200 + 300"),
        (Tally(), "0 + 0"),  # offline, or every article from the cache
        (Tally(requests=3), "not reported by the endpoint (3 requests)"),
    ],
)
def test_tokens_an_endpoint_did_not_report_are_not_shown_as_zero(tally: Tally, cell: str) -> None:
    assert _tokens_cell(tally) == cell


def test_failed_sources_are_skipped_on_rerun_and_retried_with_redo_failed(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIRST, folder / "good.txt")
    broken = folder / "later.txt"
    broken.write_bytes(b"")
    out = tmp_path / "o.jsonl"

    first = invoke(runner, "extract", str(folder), "-o", str(out), "--offline")
    assert first.exit_code == EXIT_FAILED
    assert [r["error"] is None for r in lines(out)] == [True, False]
    assert "later.txt" in first.stderr

    shutil.copy(SAMPLES[2], broken)
    rerun = invoke(runner, "extract", str(folder), "-o", str(out), "--offline")
    assert rerun.exit_code == EXIT_FAILED  # the failure is still the answer for later.txt
    assert len(lines(out)) == 2
    assert "--redo-failed" in rerun.stderr

    retry = invoke(runner, "extract", str(folder), "-o", str(out), "--offline", "--redo-failed")
    assert retry.exit_code == EXIT_OK, retry.output
    records = lines(out)
    assert [(Path(r["source"]["path"]).name, r["error"]) for r in records] == [
        ("good.txt", None),
        ("later.txt", None),
    ]


def test_stdin_is_one_source(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    text = FIRST.read_bytes()
    result = invoke(runner, "extract", "-", "-o", str(out), "--offline", input=text)
    assert result.exit_code == EXIT_OK, result.output
    (record,) = lines(out)
    assert record["source"]["path"] == "<stdin>"
    assert record["source"]["sha256"] == load_document(FIRST).sha256
    again = invoke(runner, "extract", "-", "-o", str(out), "--offline", input=text)
    assert again.exit_code == EXIT_OK
    assert len(lines(out)) == 1


@pytest.mark.parametrize(
    ("scenario", "data", "problem"),
    [
        ("empty", b"", "empty"),
        ("binary", b"\x00\x01\x02PK\x03\x04" * 64, "binary"),
        ("whitespace only", b"  \n\t\n", "whitespace"),
    ],
)
def test_unreadable_stdin_gets_an_error_record_like_a_bad_file(
    runner: CliRunner, tmp_path: Path, scenario: str, data: bytes, problem: str
) -> None:
    out = tmp_path / "o.jsonl"
    result = invoke(runner, "extract", "-", str(FIRST), "-o", str(out), "--offline", input=data)
    assert result.exit_code == EXIT_FAILED, scenario
    by_source = {r["source"]["path"]: r for r in lines(out)}
    assert sorted(by_source) == sorted(["<stdin>", str(FIRST)]), scenario
    failed = by_source["<stdin>"]
    assert failed["report"] is None and failed["source"]["sha256"] == "", scenario
    assert failed["error"]["type"] == "DocumentError", scenario
    assert problem in failed["error"]["message"], scenario
    assert by_source[str(FIRST)]["error"] is None, scenario
    assert "<stdin>" in result.stderr and problem in result.stderr, scenario


def test_a_file_named_twice_is_extracted_once(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    result = invoke(
        runner, "extract", str(FIRST), str(ARTICLES), str(FIRST), "-o", str(out), "--offline"
    )
    assert result.exit_code == EXIT_OK
    assert len(lines(out)) == len(SAMPLES)


TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: precomposed base letters, then combining tone marks."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out.append(base + "".join(c for c in parts if c in TONE_MARKS))
    return "".join(out).encode("cp1258")


def _awkward_folder(folder: Path) -> dict[str, str | None]:
    """Awkward inputs; maps each file name to a phrase its decoded text holds (None: must fail)."""
    folder.mkdir()
    sample = FIRST.read_text(encoding="utf-8")
    phrase = "Trung tâm y tế huyện Đắk Song"
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    decomposed = unicodedata.normalize("NFD", sample)
    (folder / "cp1258.txt").write_bytes(_cp1258(sample))
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + sample.encode("utf-16-le"))
    (folder / "nfd.txt").write_text(decomposed, encoding="utf-8")
    body = "".join(f"<p>{line}</p>" for line in sample.splitlines() if line.strip())
    (folder / "page.html").write_text(
        f"<html><head><meta charset='utf-8'><title>Tin</title></head><body><nav>Trang chủ</nav>"
        f"<article>{body}</article><footer>Bản quyền</footer></body></html>",
        encoding="utf-8",
    )
    (folder / "huge.txt").write_text(sample * (3_000_000 // len(sample.encode()) + 1), "utf-8")
    (folder / "báo cáo y tế.txt").write_text(sample, encoding="utf-8")
    return {
        "empty.txt": None,
        "blank.txt": None,
        "binary.txt": None,
        "cp1258.txt": phrase,
        "utf16.txt": phrase,
        "nfd.txt": phrase,
        "page.html": phrase,
        "huge.txt": None,  # over the default 200 KB limit: a clear error record
        "báo cáo y tế.txt": phrase,
    }


def test_awkward_inputs_give_one_record_each_and_no_traceback(tmp_path: Path) -> None:
    expected = _awkward_folder(tmp_path / "awkward")
    out = tmp_path / "o.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "baocao", "extract", str(tmp_path / "awkward"), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == EXIT_FAILED, result.stderr
    records = {Path(r["source"]["path"]).name: r for r in lines(out)}
    assert sorted(records) == sorted(expected)
    for name, phrase in expected.items():
        record = records[name]
        if phrase is None:
            assert record["error"] is not None, name
            assert record["error"]["message"], name
            continue
        assert record["error"] is None, (name, record["error"])
        document = load_document(tmp_path / "awkward" / name)
        assert phrase in document.text, name
        assert record["source"]["sha256"] == document.sha256, name
        assert record["report"]["district"] is None or "Đắk Song" in record["report"]["district"]


# --- interruption: real processes and real signals ----------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_a_stop_signal_while_a_record_is_written_waits_for_the_record(signum: int) -> None:
    interrupts = _Interrupts()
    written: list[str] = []
    with interrupts.installed(), pytest.raises(KeyboardInterrupt), interrupts.record():
        os.kill(os.getpid(), signum)
        written.append("the whole record")  # still runs: the signal is held
    assert written == ["the whole record"]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_a_stop_signal_between_records_interrupts_at_once(signum: int) -> None:
    interrupts = _Interrupts()
    reached: list[str] = []
    with interrupts.installed(), pytest.raises(KeyboardInterrupt):
        os.kill(os.getpid(), signum)
        reached.append("after the signal")
    assert reached == []
    assert signal.getsignal(signal.SIGTERM) is not interrupts._handle  # handlers restored


def test_sigint_and_sigterm_keep_finished_records_and_a_rerun_completes_the_rest(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for copy in range(SIGNAL_COPIES_PER_SAMPLE):
        for sample in SAMPLES:
            shutil.copy(sample, folder / f"{copy:03d}_{sample.name}")
    total = SIGNAL_COPIES_PER_SAMPLE * len(SAMPLES)
    out = tmp_path / "o.jsonl"
    command = [sys.executable, "-m", "baocao", "extract", str(folder), "-o", str(out)]
    command += ["--offline", "--concurrency", "1"]
    kept: list[dict[str, Any]] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        process = subprocess.Popen(
            command,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            # A shell's background job may inherit SIGINT ignored; a user's terminal never does.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        assert process.stderr is not None
        for line in process.stderr:  # plain progress lines: one per record already written
            if line.startswith("[1/"):
                break
        process.send_signal(signum)
        _, rest = process.communicate(timeout=SUBPROCESS_TIMEOUT_S)
        assert process.returncode == EXIT_INTERRUPTED, (signum, rest)
        assert "Traceback" not in rest
        assert "run the same command again" in rest
        now = lines(out)  # every line a whole record
        assert len(kept) < len(now) < total, signum
        assert now[: len(kept)] == kept, "records of the earlier run were changed"
        kept = now

    rerun = subprocess.run(
        command, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT_S, check=False
    )
    assert rerun.returncode == EXIT_OK, rerun.stderr
    final = lines(out)
    paths = [r["source"]["path"] for r in final]
    assert len(paths) == len(set(paths)) == total
    assert final[: len(kept)] == kept


# --- check, export, review, eval -----------------------------------------------------------


@pytest.fixture
def extracted(runner: CliRunner, articles: Path, tmp_path: Path) -> Path:
    out = tmp_path / "reports.jsonl"
    result = invoke(runner, "extract", str(articles), "-o", str(out), "--offline")
    assert result.exit_code == EXIT_OK, result.output
    return out


def _rewrite(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )


def test_check_passes_on_fresh_records(runner: CliRunner, extracted: Path) -> None:
    result = invoke(runner, "check", str(extracted), "--strict")
    ungrounded = sum(len(r["verification"]["ungrounded"]) for r in lines(extracted))
    assert result.exit_code == (EXIT_FAILED if ungrounded else EXIT_OK), result.output
    assert f"{len(SAMPLES) - (1 if ungrounded else 0)}" in result.stderr or ungrounded


def test_check_reports_a_damaged_value_and_a_changed_source(
    runner: CliRunner, extracted: Path, articles: Path
) -> None:
    records = lines(extracted)
    target = next(r for r in records if r["report"]["indicators"])
    target["report"]["indicators"][0]["value"] = 987654321
    _rewrite(extracted, records)
    changed = Path(records[-1]["source"]["path"])
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThêm.\n", encoding="utf-8")

    lenient = invoke(runner, "check", str(extracted))
    assert lenient.exit_code == EXIT_OK
    assert "indicators[0].value" in lenient.stdout and "987654321" in lenient.stdout
    assert "changed since extraction" in lenient.stderr
    strict = invoke(runner, "check", str(extracted), "--strict")
    assert strict.exit_code == EXIT_FAILED


def test_check_reports_a_missing_source(runner: CliRunner, extracted: Path) -> None:
    gone = Path(lines(extracted)[0]["source"]["path"])
    gone.unlink()
    result = invoke(runner, "check", str(extracted), "--strict")
    assert result.exit_code == EXIT_FAILED
    assert f"{gone}: missing" in result.stderr


def test_check_and_review_read_relative_sources_from_root(
    runner: CliRunner, articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Records keep paths as extract was given them: relative to the folder it ran in.
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "reports.jsonl"
    assert invoke(runner, "extract", articles.name, "-o", str(out), "--offline").exit_code == 0
    assert not Path(lines(out)[0]["source"]["path"]).is_absolute()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)

    lost = invoke(runner, "check", str(out), "--strict")
    assert lost.exit_code == EXIT_FAILED
    assert f"{len(SAMPLES)} missing" in lost.stderr
    assert "--root" in lost.stderr  # the hint names the fix
    found = invoke(runner, "check", str(out), "--strict", "--root", str(tmp_path))
    assert found.exit_code == EXIT_OK, found.output
    assert f"{len(SAMPLES)} ok" in found.stderr and "--root" not in found.stderr

    site = tmp_path / "site"
    assert invoke(runner, "review", str(out), "--html", str(site)).exit_code == EXIT_OK
    assert "is missing" in (site / "article-00001.html").read_text(encoding="utf-8")
    review = invoke(runner, "review", str(out), "--html", str(site), "--root", str(tmp_path))
    assert review.exit_code == EXIT_OK
    pages = [page.read_text(encoding="utf-8") for page in site.glob("article-*.html")]
    assert len(pages) == len(SAMPLES) and not any("is missing" in page for page in pages)


def test_export_csv(runner: CliRunner, extracted: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "indicators.csv"
    result = invoke(runner, "export", str(extracted), "--csv", str(csv_path), "--excel")
    assert result.exit_code == EXIT_OK
    indicators = sum(len(r["report"]["indicators"]) for r in lines(extracted))
    assert f"wrote {indicators} indicator rows" in result.stderr
    assert csv_path.read_bytes().startswith(codecs.BOM_UTF8)


def test_review_site(runner: CliRunner, extracted: Path, tmp_path: Path) -> None:
    result = invoke(runner, "review", str(extracted), "--html", str(tmp_path / "site"))
    assert result.exit_code == EXIT_OK
    assert (tmp_path / "site" / "index.html").is_file()
    assert len(list((tmp_path / "site").glob("article-*.html"))) == len(SAMPLES)


@pytest.fixture
def re_extracted(runner: CliRunner, extracted: Path, articles: Path) -> tuple[Path, Path]:
    """Records where one source was edited and extracted again: its old record is still there."""
    edited = Path(lines(extracted)[1]["source"]["path"])
    edited.write_text(edited.read_text(encoding="utf-8") + "\nBài: Kim Ngân\n", encoding="utf-8")
    result = invoke(runner, "extract", str(articles), "-o", str(extracted), "--offline")
    assert result.exit_code == EXIT_OK, result.output
    assert len(lines(extracted)) == len(SAMPLES) + 1
    return extracted, edited


def test_check_export_and_review_use_the_latest_record_per_source(
    runner: CliRunner, re_extracted: tuple[Path, Path], tmp_path: Path
) -> None:
    records, edited = re_extracted
    latest = lines(records)
    del latest[1]  # the stale record of the edited source

    checked = invoke(runner, "check", str(records))
    assert checked.exit_code == EXIT_OK, checked.output
    assert "changed since extraction" not in checked.stderr  # the stale record is not checked

    csv_path = tmp_path / "indicators.csv"
    exported = invoke(runner, "export", str(records), "--csv", str(csv_path))
    assert exported.exit_code == EXIT_OK, exported.output
    indicators = sum(len(r["report"]["indicators"]) for r in latest)
    assert f"wrote {indicators} indicator rows" in exported.stderr
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8", newline="")))
    assert [r["source"] for r in rows].count(str(edited)) == len(latest[-1]["report"]["indicators"])

    site = tmp_path / "site"
    reviewed = invoke(runner, "review", str(records), "--html", str(site))
    assert reviewed.exit_code == EXIT_OK, reviewed.output
    assert len(list(site.glob("article-*.html"))) == len(SAMPLES)
    assert "changed since it was extracted" not in "".join(
        page.read_text(encoding="utf-8") for page in site.glob("article-*.html")
    )


@pytest.mark.parametrize("command", ["check", "export", "review", "eval"])
def test_help_says_the_latest_record_per_source_is_used(runner: CliRunner, command: str) -> None:
    result = invoke(runner, command, "--help")
    assert result.exit_code == EXIT_OK
    assert "latest record per source" in " ".join(result.stdout.split()), command


@pytest.mark.parametrize(("scenario", "args"), [("table", []), ("json", ["--json"])])
def test_eval(
    runner: CliRunner, extracted: Path, tmp_path: Path, scenario: str, args: list[str]
) -> None:
    # The gold files are named after the sample stems, which the private copies keep.
    result = invoke(runner, "eval", str(extracted), "--gold", str(GOLD), *args)
    assert result.exit_code == EXIT_OK, result.output
    if args:
        report = json.loads(result.stdout)
        assert report["articles"] == len(SAMPLES) and report["scored"] == len(SAMPLES)
    else:
        assert "indicators.f1" in result.stdout and "per article" in result.stdout


@pytest.mark.parametrize(
    ("scenario", "args", "message"),
    [
        ("records file missing", ["check", "nope.jsonl"], "nope.jsonl"),
        ("gold folder missing", ["eval", "{out}", "--gold", "nope-gold"], "nope-gold"),
        ("export without --csv", ["export", "{out}"], "--csv"),
    ],
)
def test_usage_errors_exit_2(
    runner: CliRunner, tmp_path: Path, scenario: str, args: list[str], message: str
) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text("", encoding="utf-8")
    result = invoke(runner, *[a.format(out=out) for a in args])
    assert result.exit_code == EXIT_USAGE, scenario
    assert message in result.stderr, scenario


def test_a_corrupt_records_file_is_one_line_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text('{"a": 1}\nnot json\n{"a": 2}\n', encoding="utf-8")
    result = invoke(runner, "export", str(out), "--csv", str(tmp_path / "x.csv"))
    assert result.exit_code == EXIT_FAILED
    assert "line 2" in result.stderr


def test_an_unexpected_error_is_one_line_and_verbose_shows_the_traceback(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr("baocao.cli.write_csv", broken)
    out = tmp_path / "o.jsonl"
    out.write_text("", encoding="utf-8")
    quiet = runner.invoke(app, ["export", str(out), "--csv", str(tmp_path / "x.csv")])
    assert quiet.exit_code == EXIT_FAILED
    assert "RuntimeError: boom" in quiet.stderr and "Traceback" not in quiet.output
    loud = runner.invoke(app, ["export", str(out), "--csv", str(tmp_path / "x.csv"), "-v"])
    assert "Traceback" in loud.stderr


# --- cache, numbers ---------------------------------------------------------------------------


def test_cache_info_and_clear(runner: CliRunner, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    out = tmp_path / "o.jsonl"
    invoke(
        runner, "extract", str(FIRST), "-o", str(out), "--offline", "--cache-dir", str(cache_dir)
    )
    info = invoke(runner, "cache", "info", "--cache-dir", str(cache_dir))
    assert info.exit_code == EXIT_OK
    assert str(cache_dir) in info.stdout.replace("\n", "")
    cleared = invoke(runner, "cache", "clear", "--cache-dir", str(cache_dir))
    assert cleared.exit_code == EXIT_OK
    assert "removed" in cleared.stderr


def test_numbers_table_and_json(runner: CliRunner) -> None:
    table = invoke(runner, "numbers", str(FIRST))
    assert table.exit_code == EXIT_OK
    assert "75.135" in table.stdout
    as_json = invoke(runner, "numbers", str(FIRST), "--json")
    mentions = json.loads(as_json.stdout)
    text = load_document(FIRST).text
    assert mentions and all(text[m["start"] : m["end"]] == m["raw"] for m in mentions)
    assert set(mentions[0]) >= {"start", "end", "raw", "values", "kind", "unit", "qualifier"}
    visits = next(m for m in mentions if m["raw"] == "75.135")
    assert visits["values"][0] == "75135" and visits["kind"] == "count"


@pytest.mark.parametrize(
    ("scenario", "content", "code"),
    [("missing file", None, EXIT_USAGE), ("empty file", b"", EXIT_FAILED)],
)
def test_numbers_errors(
    runner: CliRunner, tmp_path: Path, scenario: str, content: bytes | None, code: int
) -> None:
    path = tmp_path / "a.txt"
    if content is not None:
        path.write_bytes(content)
    result = invoke(runner, "numbers", str(path))
    assert result.exit_code == code, scenario
    assert "a.txt" in result.stderr, scenario
