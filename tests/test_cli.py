"""The command line: every command through typer's runner, resume and signals as real processes.

Everything runs offline (the rule-based backend): no network, no key.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import dataclasses
import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from baocao import __version__
from baocao import cli as cli_module
from baocao.cache import ExtractionCache
from baocao.cli import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    Tally,
    _prompt_rows,
    _tokens_cell,
    app,
    build_settings,
)
from baocao.crosscheck import IMPLIED_HOW, IMPLIED_WHY, verify
from baocao.documents import load_document
from baocao.errors import ConfigError
from baocao.records import Record, lock_file
from baocao.schemas import load_report_type
from baocao.settings import ENV_VARS, OFFLINE_NOTICE_PREFIX, Settings
from scripted_server import ScriptedServer, Step

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


@pytest.mark.parametrize(
    ("command", "usage", "argument"),
    [
        (["extract"], "baocao extract [OPTIONS] PATH...", "PATH..."),
        (["check"], "baocao check [OPTIONS] OUT.jsonl", "OUT.jsonl"),
        (["export"], "baocao export [OPTIONS] OUT.jsonl", "OUT.jsonl"),
        (["review"], "baocao review [OPTIONS] OUT.jsonl", "OUT.jsonl"),
        (["eval"], "baocao eval [OPTIONS] OUT.jsonl", "OUT.jsonl"),
        (["numbers"], "baocao numbers [OPTIONS] FILE", "FILE"),
    ],
    ids=lambda c: " ".join(c) if isinstance(c, list) else None,
)
def test_help_names_arguments_as_a_user_types_them_not_their_python_type(
    runner: CliRunner, command: list[str], usage: str, argument: str
) -> None:
    shown = invoke(runner, *command, "--help").stdout
    assert f"Usage: {usage}\n" in shown
    listed = shown.split("Arguments:\n", 1)[1].splitlines()[0].split()
    assert listed[0] == argument and not listed[1].startswith("<"), listed  # no <list[str]>
    assert "{" not in shown.splitlines()[0]


# --- extract: configuration ----------------------------------------------------------------


def test_extract_help_names_every_environment_variable(runner: CliRunner) -> None:
    shown = invoke(runner, "extract", "--help").stdout
    assert [var for var in ENV_VARS if var not in shown] == []


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
        (
            "context window from env",
            {"BAOCAO_CONTEXT_WINDOW": "8192"},
            {},
            "context_window",
            8192,
        ),
        (
            "context window flag beats env",
            {"BAOCAO_CONTEXT_WINDOW": "8192"},
            {"context_window": 4096},
            "context_window",
            4096,
        ),
        ("context window unknown by default", {}, {}, "context_window", None),
        ("mode defaults to auto", {}, {}, "mode", "auto"),
        ("mode from env", {"BAOCAO_MODE": "MD_JSON"}, {}, "mode", "md_json"),
        (
            "mode flag beats env",
            {"BAOCAO_MODE": "tools"},
            {"mode": "json_object"},
            "mode",
            "json_object",
        ),
        ("timeout flag beats env", {"BAOCAO_TIMEOUT": "60"}, {"timeout": 600}, "timeout_s", 600),
        ("max tokens default", {}, {}, "max_tokens", 4096),
        ("max tokens from env", {"BAOCAO_MAX_TOKENS": "1024"}, {}, "max_tokens", 1024),
        (
            "max tokens flag beats env",
            {"BAOCAO_MAX_TOKENS": "1024"},
            {"max_tokens": 2048},
            "max_tokens",
            2048,
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


@pytest.mark.parametrize(
    ("variable", "value"),
    [("BAOCAO_CONCURRENCY", "many"), ("BAOCAO_CONTEXT_WINDOW", "0")],
    ids=["concurrency", "context window"],
)
def test_a_bad_environment_value_exits_2_naming_the_variable(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    value: str,
) -> None:
    monkeypatch.setenv(variable, value)
    result = invoke(runner, "extract", str(FIRST), "-o", str(tmp_path / "o.jsonl"), "--offline")
    assert result.exit_code == EXIT_USAGE
    assert variable in result.stderr


def test_a_bad_value_is_named_alone_by_where_it_came_from(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA 15: an invalid variable is named, not the variables the flags made irrelevant."""
    monkeypatch.setenv("BAOCAO_TIMEOUT", "abc")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    args = ["extract", str(FIRST), "-o", str(tmp_path / "o.jsonl")]
    result = invoke(runner, *args, "--base-url", "http://127.0.0.1:9/v1", "--model", "m")
    assert result.exit_code == EXIT_USAGE
    message = " ".join(result.stderr.split())
    assert "BAOCAO_TIMEOUT='abc'" in message
    assert "OPENAI_BASE_URL" not in message and "BAOCAO_MODEL" not in message
    # An option's own value is checked by the command line parser, which names the option.


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


@pytest.mark.parametrize(
    ("scenario", "models", "shown"),
    [
        ("several models", ["llama3.2", "qwen2.5"], "llama3.2, qwen2.5"),
        ("no model listed", [], "lists none"),
        ("no model list at all", None, "did not list its models"),
    ],
)
def test_a_base_url_without_a_model_exits_2_asking_for_one(
    runner: CliRunner, tmp_path: Path, scenario: str, models: list[str] | None, shown: str
) -> None:
    out = tmp_path / "o.jsonl"
    with ScriptedServer(models=models) as server:
        result = invoke(
            runner, "extract", str(FIRST), "-o", str(out), "--base-url", server.base_url
        )
    assert result.exit_code == EXIT_USAGE, (scenario, result.output)
    message = " ".join(result.stderr.split())
    assert "--model" in message and shown in message and server.base_url in message, scenario
    assert server.requests == [] and not out.exists(), scenario  # nothing sent, nothing written


def test_a_base_url_without_a_model_uses_the_one_model_the_server_serves(
    runner: CliRunner, tmp_path: Path
) -> None:
    with ScriptedServer(models=["qwen2.5:7b"]) as server:
        result = invoke(
            runner, "extract", str(FIRST), "-o", str(tmp_path / "o.jsonl"),
            "--base-url", server.base_url, "--no-cache",
        )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.output
    assert {body["model"] for body in server.requests} == {"qwen2.5:7b"}
    assert "qwen2.5:7b" in result.stderr  # the user is told which


@pytest.mark.parametrize("named", ["flag", "env"])
def test_a_named_model_is_sent_without_asking_the_server(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: str
) -> None:
    flags = ["--model", "mine"] if named == "flag" else []
    if named == "env":
        monkeypatch.setenv("BAOCAO_MODEL", "mine")
    with ScriptedServer(models=["a", "b"]) as server:
        result = invoke(
            runner, "extract", str(FIRST), "-o", str(tmp_path / "o.jsonl"),
            "--base-url", server.base_url, "--no-cache", *flags,
        )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.output
    assert server.model_lists == 0
    assert {body["model"] for body in server.requests} == {"mine"}


def test_a_busy_server_that_does_not_list_its_models_in_time_is_not_called_unreachable(
    runner: CliRunner, tmp_path: Path
) -> None:
    """QA: a server busy generating took the connection but answered GET /models nothing;
    the message said "cannot connect ... start the server" although it ran."""
    out = tmp_path / "o.jsonl"
    with socket.socket() as busy:  # listens (the kernel accepts), never answers
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        base_url = f"http://127.0.0.1:{busy.getsockname()[1]}/v1"
        args = ["extract", str(FIRST), "-o", str(out), "--base-url", base_url]
        result = invoke(runner, *args, "--timeout", "0.2")
    assert result.exit_code == EXIT_USAGE, result.output
    message = " ".join(result.stderr.split())
    assert "answered nothing in 0.2 s" in message and base_url in message
    assert "busy" in message and "--model NAME" in message and "skip the lookup" in message
    assert "cannot connect" not in message and "start the server" not in message
    assert "Traceback" not in result.output and not out.exists()


@pytest.mark.parametrize(
    ("flag", "value", "field", "expected"),
    [("--timeout", "900", "timeout_s", 900.0), ("--max-tokens", "2048", "max_tokens", 2048)],
)
def test_the_timeout_and_answer_limit_flags_reach_the_extractor(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    flag: str,
    value: str,
    field: str,
    expected: float,
) -> None:
    """QA: the timeout was settable only through BAOCAO_TIMEOUT and max_tokens not at all."""
    seen: list[Settings] = []
    real = cli_module.choose_served_model

    def spy(settings: Settings, *, named: bool) -> tuple[Settings, str | None]:
        seen.append(settings)
        return real(settings, named=named)

    monkeypatch.setattr(cli_module, "choose_served_model", spy)
    result = invoke(runner, "extract", str(FIRST), "-o", str(tmp_path / "o.jsonl"), "--offline",
                    flag, value)  # fmt: skip
    assert result.exit_code == EXIT_OK, result.output
    assert getattr(seen[0], field) == expected


@pytest.mark.parametrize(("flag", "value"), [("--timeout", "0"), ("--max-tokens", "0")])
def test_a_bad_timeout_or_answer_limit_exits_2_naming_the_flag(
    runner: CliRunner, tmp_path: Path, flag: str, value: str
) -> None:
    result = invoke(
        runner, "extract", str(FIRST), "-o", str(tmp_path / "o.jsonl"), "--offline", flag, value
    )
    assert result.exit_code == EXIT_USAGE
    assert flag in result.stderr and "Traceback" not in result.output


def test_an_endpoint_that_refuses_connections_stops_the_run_with_exit_2_and_no_records(
    runner: CliRunner, articles: Path, tmp_path: Path
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        base_url = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
    out = tmp_path / "o.jsonl"
    result = invoke(
        runner, "extract", str(articles), "-o", str(out), "--base-url", base_url, "--model", "m"
    )
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.stderr.count("Error:") == 1
    assert base_url in result.stderr and "run the same command again" in result.stderr
    assert not out.exists()  # no empty file; a rerun extracts every article


def test_a_used_up_quota_stops_the_run_with_exit_2_and_no_records(
    runner: CliRunner, articles: Path, tmp_path: Path
) -> None:
    """QA 3: a 429 asking for an hour is not five error records but one message."""
    out = tmp_path / "o.jsonl"
    quota = Step.fail(429, "You exceeded your current quota", retry_after="3600")
    with ScriptedServer([quota] * 20) as server:
        result = invoke(
            runner, "extract", str(articles), "-o", str(out),
            "--base-url", server.base_url, "--model", "m", "--no-cache",
        )  # fmt: skip
    assert result.exit_code == EXIT_USAGE, result.output
    message = " ".join(result.stderr.split())
    assert message.count("Error:") == 1
    assert "60 min" in message and "raise the limit" in message
    assert not out.exists()  # no record at all: a rerun extracts every article


def test_a_failing_server_stops_the_run_with_exit_2_naming_its_error(
    runner: CliRunner, articles: Path, tmp_path: Path
) -> None:
    """QA 4: server errors article after article stop the run with the server's words."""
    from baocao.llm import STOP_AFTER_SERVER_FAILURES

    out = tmp_path / "o.jsonl"
    crashed = Step.fail(500, "model crashed: out of memory", retry_after="0")  # no waits
    with ScriptedServer([crashed] * 100) as server:
        result = invoke(
            runner, "extract", str(articles), "-o", str(out),
            "--base-url", server.base_url, "--model", "m", "--no-cache", "--concurrency", "1",
        )  # fmt: skip
    assert result.exit_code == EXIT_USAGE, result.output
    message = " ".join(result.stderr.split())
    assert "model crashed: out of memory" in message and "--redo-failed" in message
    recorded = lines(out)
    assert len(recorded) == STOP_AFTER_SERVER_FAILURES - 1  # the stopping one has none
    assert all(r["error"]["type"] == "ProviderError" for r in recorded)


def test_a_context_window_too_small_for_any_article_exits_2_before_sending(
    runner: CliRunner, tmp_path: Path
) -> None:
    """QA 14: --context-window below max_tokens and the fixed part is a usage error."""
    out = tmp_path / "o.jsonl"
    with ScriptedServer() as server:
        result = invoke(
            runner, "extract", str(FIRST), "-o", str(out),
            "--base-url", server.base_url, "--model", "m", "--context-window", "4096",
        )  # fmt: skip
    assert result.exit_code == EXIT_USAGE, result.output
    message = " ".join(result.stderr.split())
    assert "4,096 tokens" in message and "Raise the context to at least" in message
    assert server.requests == [] and not out.exists()


def test_the_summary_says_how_often_the_rate_limit_was_hit(
    runner: CliRunner, tmp_path: Path
) -> None:
    with ScriptedServer([Step.fail(429, "slow down", retry_after="0")]) as server:
        result = invoke(
            runner,
            "extract",
            str(FIRST),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--base-url",
            server.base_url,
            "--model",
            "gpt-4o-mini",
            "--no-cache",
        )
    assert result.exit_code == EXIT_OK, result.output
    # The table may wrap a cell over lines: read it without its borders.
    summary = " ".join(result.stderr.replace("│", " ").split())
    assert "rate limited (HTTP 429)" in summary
    assert "1 of 2 requests; concurrency settled at" in summary


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


def _summary(stderr: str) -> dict[str, str]:
    """The rows of the extract summary table: what -> count."""
    rows = {}
    for line in stderr.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("│").split("│")]
        if len(cells) == 2 and cells[0]:
            rows[cells[0]] = cells[1]
    return rows


def test_the_summary_counts_failures_apart_from_the_extracted(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIRST, folder / FIRST.name)
    (folder / "empty.txt").write_bytes(b"")
    result = invoke(runner, "extract", str(folder), "-o", str(tmp_path / "o.jsonl"), "--offline")
    assert result.exit_code == EXIT_FAILED, result.output
    summary = _summary(result.stderr)
    assert (summary["extracted ok"], summary["failed"]) == ("1", "1"), summary
    assert "extracted now" not in summary


class _Clock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_the_summary_time_is_the_whole_run(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from baocao import cli
    from baocao.pipeline import Extractor

    clock = _Clock()
    monkeypatch.setattr(cli, "time", clock)  # the CLI's clock only
    enter = Extractor.__enter__

    def slow_enter(self: Extractor) -> Extractor:
        clock.now += 1.7  # loading the backend is part of the run the user waits for
        return enter(self)

    monkeypatch.setattr(Extractor, "__enter__", slow_enter)
    result = invoke(runner, "extract", str(FIRST), "-o", str(tmp_path / "o.jsonl"), "--offline")
    assert result.exit_code == EXIT_OK, result.output
    assert _summary(result.stderr)["time"] == "1.7 s"


def test_piped_output_never_wraps_a_file_name(runner: CliRunner, tmp_path: Path) -> None:
    # CliRunner's streams are not terminals, like a pipe or a CI log.
    deep = tmp_path / "bài viết của các trung tâm y tế huyện" / "hội nghị tổng kết năm 2023"
    deep.mkdir(parents=True)
    article = deep / f"sở_y_tế_tỉnh_đắk_nông_{FIRST.name}"
    shutil.copy(FIRST, article)
    empty = deep / "một bài báo trống không có chữ nào cả.txt"
    empty.write_bytes(b"")
    out = tmp_path / "kết quả trích xuất của cả năm" / "các báo cáo đã trích xuất.jsonl"
    result = invoke(runner, "extract", str(deep), "-o", str(out), "--offline", "--verbose")
    assert result.exit_code == EXIT_FAILED, result.output
    for name in (str(out), str(article), str(empty)):
        assert len(name) > 100
        assert name in result.stderr, name
    csv_path = tmp_path / "bảng chỉ tiêu của các trung tâm y tế huyện" / "chỉ tiêu năm 2023.csv"
    exported = invoke(runner, "export", str(out), "--csv", str(csv_path))
    assert exported.exit_code == EXIT_OK, exported.output
    assert str(csv_path) in exported.stderr and str(out) in exported.stderr


@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="Linux /proc only")
def test_the_process_age_counts_python_start_and_imports(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from baocao import cli

    assert cli._process_age_s() > 0  # this process started before pytest imported the tests
    monkeypatch.setattr(cli, "PROC_UPTIME", tmp_path / "missing")
    assert cli._process_age_s() == 0.0  # unknown: the command's own start is used


def test_the_summary_splits_the_prompt_into_fixed_part_and_article() -> None:
    tally = Tally(prompt_tokens=9_000, prompted=2, prompt_fixed_chars=10_000, article_chars=6_000)
    tally.first_prompt_tokens, tally.cached_prompt_tokens, tally.reasks_skipped = 7_000, 3_000, 1
    assert dict(_prompt_rows(tally)) == {
        "prompt chars: fixed + article (mean)": "5000 + 3000",
        "prompt tokens: first asks + re-asks": "7000 + 2000",
        "  from the server's prompt cache": "3000",
        "re-asks not sent: context too small": "1",
    }
    assert _prompt_rows(Tally()) == []  # offline, or every article from the cache


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


# The progress line of a run's first record written (plain progress: "[1/N] ...").
FIRST_PROGRESS = "[1/"


def _await_line(
    process: subprocess.Popen[str], prefix: str, timeout: float = SUBPROCESS_TIMEOUT_S
) -> None:
    """Read ``process``'s stderr up to a line starting with ``prefix``.

    The lines are read on a thread, which stops at that line (the rest is left for
    ``communicate``); when none comes within ``timeout`` seconds (or stderr ends first), the
    process is killed and the test fails with what it printed, instead of hanging.
    """
    stream = process.stderr
    assert stream is not None
    printed: list[str] = []
    found: queue.Queue[bool] = queue.Queue()

    def read() -> None:
        for line in stream:
            printed.append(line)
            if line.startswith(prefix):
                found.put(True)
                return
        found.put(False)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        seen = found.get(timeout=timeout)
    except queue.Empty:
        seen = False
    if not seen:
        process.kill()
        process.wait(timeout=SUBPROCESS_TIMEOUT_S)
        reader.join(timeout=SUBPROCESS_TIMEOUT_S)
        pytest.fail(f"no stderr line starting {prefix!r}; it printed: {''.join(printed)!r}")


@pytest.mark.parametrize(
    ("code", "timeout"),
    [
        pytest.param("print('hello', file=sys.stderr)", SUBPROCESS_TIMEOUT_S, id="ends-first"),
        pytest.param("print('hello', file=sys.stderr); sys.stdin.read()", 0, id="too-late"),
    ],
)
def test_awaiting_a_line_that_never_comes_fails_with_what_was_printed(
    code: str, timeout: float
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", f"import sys; {code}"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with pytest.raises(pytest.fail.Exception, match="no stderr line starting 'never'") as failed:
        _await_line(process, "never", timeout)
    assert process.returncode is not None, "the process was left running"
    assert process.stdin is not None
    process.stdin.close()
    if timeout:  # it ended on its own: all it printed is in the message
        assert "hello" in str(failed.value)


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
        _await_line(process, FIRST_PROGRESS)  # plain progress lines: one per record written
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


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_stop_signal_while_starting_exits_130_cleanly_and_leaves_nothing_behind(
    tmp_path: Path, signum: signal.Signals
) -> None:
    # No endpoint configured: the offline notice is printed once the client is built, then
    # the run locks OUT and waits for its article on stdin (held open): still starting.
    env = {k: v for k, v in os.environ.items() if k not in ENV_VARS}
    env["BAOCAO_CACHE_DIR"] = str(tmp_path / "cache")
    out = tmp_path / "o.jsonl"
    command = [sys.executable, "-m", "baocao", "extract", "-", "-o", str(out)]
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    _await_line(process, OFFLINE_NOTICE_PREFIX)
    process.send_signal(signum)
    _, rest = process.communicate(timeout=SUBPROCESS_TIMEOUT_S)  # closes stdin only now
    assert process.returncode == EXIT_INTERRUPTED, (signum, rest)
    assert "Traceback" not in rest
    message = " ".join(rest.split())
    assert f"interrupted: 0 records written to {out}" in message
    assert "run the same command again to continue" in message
    # No record, no empty file. (A signal landing inside the lock's acquiring may leave its
    # file, held by no process: it does not block the next run, as the rerun shows.)
    assert not out.exists()

    rerun = subprocess.run(
        command,
        input=FIRST.read_text(encoding="utf-8"),
        capture_output=True,
        env=env,
        text=True,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )
    assert rerun.returncode == EXIT_OK, rerun.stderr
    assert [r["source"]["path"] for r in lines(out)] == ["<stdin>"]


def _copies(tmp_path: Path, copies: int) -> tuple[Path, int]:
    """A folder of ``copies`` copies of each sample; returns it and its file count."""
    folder = tmp_path / "many"
    folder.mkdir()
    for copy in range(copies):
        for sample in SAMPLES:
            shutil.copy(sample, folder / f"{copy:03d}_{sample.name}")
    return folder, copies * len(SAMPLES)


def _started(command: list[str]) -> subprocess.Popen[str]:
    """A baocao process that has written its first record (read from its progress lines)."""
    process = subprocess.Popen(
        command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )
    _await_line(process, FIRST_PROGRESS)
    return process


def _closed_pipe() -> int:
    """The writing end of a pipe whose reader has gone (``| head`` after its lines)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    return write_end


@pytest.mark.parametrize(
    ("scenario", "written", "planned", "said", "not_said"),
    [
        ("while starting", 0, 0, "interrupted: 0 records written", "nothing"),
        ("part-way", 2, 5, "interrupted: 2 records written", "all"),
        ("all written", 5, 5, "stopped after all 5 records of this run", "run the same command"),
    ],
)
def test_a_stopped_extract_says_whether_work_is_left(
    scenario: str, written: int, planned: int, said: str, not_said: str
) -> None:
    message = cli_module._stopped_message(written, Path("o.jsonl"), planned)
    assert said in message and not_said not in message, scenario


def test_a_closed_progress_stream_does_not_stop_the_run(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    command = [sys.executable, "-m", "baocao", "extract", str(ARTICLES), "-o", str(out)]
    closed = _closed_pipe()
    try:
        run = subprocess.run(
            [*command, "--offline"],
            stderr=closed,
            stdout=subprocess.PIPE,
            timeout=SUBPROCESS_TIMEOUT_S,
            check=False,
        )
    finally:
        os.close(closed)
    assert run.returncode == EXIT_OK
    assert len(lines(out)) == len(SAMPLES), "every record written, none an error"
    assert all(record["error"] is None for record in lines(out))


def test_a_closed_data_stream_ends_the_command_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"  # more numbers than a pipe's buffer holds
    big.write_text(FIRST.read_text(encoding="utf-8") * 20, encoding="utf-8")
    closed = _closed_pipe()
    try:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "baocao",
                "numbers",
                str(big),
                "--json",
                "--max-bytes",
                "10000000",
            ],
            stdout=closed,
            stderr=subprocess.PIPE,
            text=True,
            timeout=SUBPROCESS_TIMEOUT_S,
            check=False,
        )
    finally:
        os.close(closed)
    assert run.returncode == EXIT_FAILED
    assert run.stderr == "", "no traceback, no 'please report it'"


def test_two_runs_on_one_output_one_exits_2_naming_the_first_and_nothing_is_duplicated(
    tmp_path: Path,
) -> None:
    folder, total = _copies(tmp_path, 2)
    out = tmp_path / "o.jsonl"
    command = [sys.executable, "-m", "baocao", "extract", str(folder), "-o", str(out)]
    command += ["--offline", "--concurrency", "1"]
    first = _started(command)
    first.send_signal(signal.SIGSTOP)  # holds its lock, mid-run, while the second one starts
    try:
        second = subprocess.run(
            command, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT_S, check=False
        )
    finally:
        first.send_signal(signal.SIGCONT)
    _, rest = first.communicate(timeout=SUBPROCESS_TIMEOUT_S)
    assert first.returncode == EXIT_OK, rest
    assert second.returncode == EXIT_USAGE, second.stderr
    message = " ".join(second.stderr.split())
    assert f"pid {first.pid}" in message and str(out) in message
    paths = [r["source"]["path"] for r in lines(out)]
    assert len(paths) == len(set(paths)) == total


def test_a_killed_run_leaves_no_lock_that_blocks_the_next(tmp_path: Path) -> None:
    folder, total = _copies(tmp_path, 2)
    out = tmp_path / "o.jsonl"
    command = [sys.executable, "-m", "baocao", "extract", str(folder), "-o", str(out)]
    command += ["--offline", "--concurrency", "1"]
    crashed = _started(command)
    crashed.send_signal(signal.SIGSTOP)  # surely mid-run: its lock is held
    crashed.kill()  # SIGKILL: no cleanup runs
    crashed.communicate(timeout=SUBPROCESS_TIMEOUT_S)
    assert lock_file(out).is_file()  # left behind, but no process holds its lock
    rerun = subprocess.run(
        command, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT_S, check=False
    )
    assert rerun.returncode == EXIT_OK, rerun.stderr
    paths = [r["source"]["path"] for r in lines(out)]
    assert len(paths) == len(set(paths)) == total


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


def test_check_export_and_review_say_why_a_value_is_ungrounded(
    runner: CliRunner, tmp_path: Path
) -> None:
    # One figure printed nowhere, one printed but reported with another unit: "not found in
    # the article" was said of both.
    article = tmp_path / "a.txt"
    article.write_text(
        "Hội nghị tổng kết công tác y tế năm 2023 của Trung tâm Y tế huyện Hòa Bình\n\n"
        "Năm 2023, Trung tâm đã khám bệnh cho 12.450 lượt người và dành gần 1,6 tỷ đồng "
        "mua sắm trang thiết bị.\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    assert invoke(runner, "extract", str(article), "-o", str(out), "--offline").exit_code == 0
    records = lines(out)
    indicators = records[0]["report"]["indicators"]
    assert [i["value"] for i in indicators] == [12450, 1600000000]
    indicators[0]["value"] = 98765
    indicators[1]["unit"] = "lượt"
    # Stored as extraction would have checked it (not an edit by hand: 'changed').
    model = load_report_type("health_review").model.model_validate(records[0]["report"])
    stored = Record.from_json(records[0])
    checked_now = verify(model, load_document(article))
    _rewrite(out, [dataclasses.replace(stored, verification=checked_now).to_json()])
    checked = invoke(runner, "check", str(out))
    assert "why" in checked.stdout
    assert "this number is not printed in the article" in checked.stdout
    assert "this number is printed in the article, but not as 'lượt'" in checked.stdout
    exported = invoke(runner, "export", str(out), "--csv", str(tmp_path / "o.csv"))
    assert "or printed with another unit" in exported.stderr
    assert "not found in their article" not in exported.stderr
    invoke(runner, "review", str(out), "--html", str(tmp_path / "site"))
    page = next(p for p in (tmp_path / "site").glob("article-*.html"))
    text = page.read_text(encoding="utf-8")
    assert "this number is printed in the article, but not as &#x27;lượt&#x27;" in text or (
        "this number is printed in the article, but not as 'lượt'" in text
    )


# An undated half-year review whose year only "cùng kỳ" implies (written for this test,
# figures and years invented).
IMPLIED_YEAR_ARTICLE = (
    "Ngành y tế sơ kết 6 tháng đầu năm\n\n"
    "Sáng 8-7, Sở Y tế tỉnh Lào Cai tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Các "
    "trạm y tế khám cho 31.200 lượt người, tăng 6% so với cùng kỳ năm 2037; tiêm chủng đầy "
    "đủ cho 2.150 trẻ.\n"
)


def test_an_implied_year_is_explained_everywhere_and_strict_extract_keeps_the_record(
    runner: CliRunner, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(IMPLIED_YEAR_ARTICLE, encoding="utf-8")
    wide = {"COLUMNS": "400"}
    out = tmp_path / "o.jsonl"
    assert invoke(runner, "extract", str(article), "-o", str(out), "--offline").exit_code == 0
    (record,) = lines(out)
    assert record["report"]["reviewed_period"]["year"] == 2038
    items = {item["path"]: item for item in record["verification"]["items"]}
    assert items["reviewed_period.year"]["implied"] is True
    assert "implied" not in items["indicators[0].value"]  # serialised only when true

    checked = invoke(runner, "check", str(out), env=wide)
    assert checked.exit_code == EXIT_OK, checked.output
    assert "reviewed_period.year" in checked.stdout
    assert IMPLIED_WHY in checked.stdout
    assert "this number is not printed in the article" not in checked.stdout
    strict = invoke(runner, "check", str(out), "--strict", env=wide)
    assert strict.exit_code == EXIT_FAILED, strict.output
    # (the reviewed period's year, and its figures' periods, which carry it)
    assert "all 4 ungrounded values are years the extractor implied in" in strict.stderr
    assert "extract --offline --strict to get null instead" in strict.stderr
    exported = invoke(runner, "export", str(out), "--csv", str(tmp_path / "o.csv"), env=wide)
    assert f"4 of them years the extractor implied, in {article}: {IMPLIED_HOW}" in " ".join(
        exported.stderr.split()
    )
    invoke(runner, "review", str(out), "--html", str(tmp_path / "site"))
    page = next((tmp_path / "site").glob("article-*.html")).read_text(encoding="utf-8")
    assert IMPLIED_HOW in page
    overview = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<th>Why</th>" in overview and IMPLIED_HOW in overview

    # --strict extraction: the year null, the record ok with every figure.
    kept = tmp_path / "strict.jsonl"
    result = invoke(runner, "extract", str(article), "-o", str(kept), "--offline", "--strict")
    assert result.exit_code == EXIT_OK, result.output
    (strict_record,) = lines(kept)
    assert strict_record["error"] is None
    assert strict_record["report"]["reviewed_period"]["year"] is None
    # (every figure kept, its period without the implied year)
    assert strict_record["report"]["indicators"] == [
        {**item, "period": {**item["period"], "year": None}} if item["period"] else item
        for item in record["report"]["indicators"]
    ]
    assert invoke(runner, "check", str(kept), "--strict").exit_code == EXIT_OK


# A year review that prints its years (written for this test, figures and years invented).
PRINTED_YEAR_ARTICLE = (
    "Ngành y tế tổng kết năm 2038\n\n"
    "Sáng 8-1-2039, Sở Y tế tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2038, triển "
    "khai nhiệm vụ năm 2039. Các trạm y tế khám cho 31.200 lượt người; tiêm chủng đầy đủ "
    "cho 2.150 trẻ.\n"
)


def _edited(record: dict[str, Any], year: int, *, drop_implied: bool = False) -> dict[str, Any]:
    """``record`` with its reviewed period's year set to ``year``, and its figures' periods of
    the same year (and, with ``drop_implied``, no stored item marked implied: as a model's
    record)."""
    edited = json.loads(json.dumps(record))
    old = edited["report"]["reviewed_period"]["year"]
    edited["report"]["reviewed_period"]["year"] = year
    for indicator in edited["report"]["indicators"]:
        if indicator["period"] is not None and indicator["period"]["year"] == old:
            indicator["period"]["year"] = year
    if drop_implied:
        for item in edited["verification"]["items"]:
            item.pop("implied", None)
    return edited


def test_only_a_year_the_extractor_implied_is_explained_as_implied(
    runner: CliRunner, tmp_path: Path
) -> None:
    implied_page, printed_page = tmp_path / "implied.txt", tmp_path / "printed.txt"
    implied_page.write_text(IMPLIED_YEAR_ARTICLE, encoding="utf-8")
    printed_page.write_text(PRINTED_YEAR_ARTICLE, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    extracted = invoke(
        runner, "extract", str(implied_page), str(printed_page), "-o", str(out), "--offline"
    )
    assert extracted.exit_code == EXIT_OK, extracted.output
    implied, printed = sorted(lines(out), key=lambda record: record["source"]["path"])
    # Written only on the ungrounded year the extractor implied, never beside "grounded".
    marked = [
        (record["source"]["path"], item["path"], item["status"])
        for record in (implied, printed)
        for item in record["verification"]["items"]
        if "implied" in item
    ]
    # (the reviewed period's year and its figures' periods, which carry it)
    assert marked == [(str(implied_page), "reviewed_period.year", "ungrounded")] + [
        (str(implied_page), f"indicators[{position}].period.year", "ungrounded")
        for position in range(len(implied["report"]["indicators"]))
    ]

    edits = tmp_path / "edited.jsonl"
    edits.write_text(
        "".join(
            json.dumps(record, ensure_ascii=False) + "\n"
            for record in (
                _edited(printed, 2036),  # a wrong year on a page that prints its own
                _edited(implied, 2040),  # an implied year edited by hand
            )
        ),
        encoding="utf-8",
    )
    model_like = tmp_path / "model.jsonl"
    model_like.write_text(
        json.dumps(_edited(implied, 2038, drop_implied=True), ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    for records in (edits, model_like):
        checked = invoke(runner, "check", str(records), "--strict", env={"COLUMNS": "400"})
        assert checked.exit_code == EXIT_FAILED, checked.output
        assert "reviewed_period.year" in checked.stdout
        assert "this number is not printed in the article" in checked.stdout
        assert IMPLIED_HOW not in checked.stdout
        assert "--offline" not in checked.stderr

    # A record written while the mark stood on every period year, grounded ones included, whose
    # page has since lost its years: a year printed when extracted was never implied.
    old_style = json.loads(json.dumps(printed))
    for item in old_style["verification"]["items"]:
        if item["path"].endswith("period.year"):
            item["implied"] = True
    old_records = tmp_path / "old.jsonl"
    old_records.write_text(json.dumps(old_style, ensure_ascii=False) + "\n", encoding="utf-8")
    printed_page.write_text(
        PRINTED_YEAR_ARTICLE.replace("-2039", "").replace(" 2038", "").replace(" 2039", ""),
        encoding="utf-8",
    )
    checked = invoke(runner, "check", str(old_records), "--strict", env={"COLUMNS": "400"})
    assert checked.exit_code == EXIT_FAILED, checked.output
    assert "reviewed_period.year" in checked.stdout
    assert "this number is not printed in the article" in checked.stdout
    assert IMPLIED_HOW not in checked.stdout


def test_check_strict_names_every_cause_beside_implied_years(
    runner: CliRunner, tmp_path: Path
) -> None:
    article, gone = tmp_path / "implied.txt", tmp_path / "gone.txt"
    article.write_text(IMPLIED_YEAR_ARTICLE, encoding="utf-8")
    gone.write_text(PRINTED_YEAR_ARTICLE, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert (
        invoke(runner, "extract", str(article), str(gone), "-o", str(out), "--offline").exit_code
        == 0
    )
    gone.unlink()
    result = invoke(runner, "check", str(out), "--strict", env={"COLUMNS": "400"})
    assert result.exit_code == EXIT_FAILED, result.output
    last = " ".join(result.stderr.strip().splitlines()[-1].split())
    # (the reviewed period's year and its 3 figures' periods, which carry it)
    assert last.startswith("Error: --strict: fails on 1 missing, 4 ungrounded values; 4 of ")
    assert f"are years the extractor implied in {article}" in last


def test_check_matches_lists_every_value_with_its_match_kinds(
    runner: CliRunner, extracted: Path
) -> None:
    plain = invoke(runner, "check", str(extracted))
    assert "checked values" not in plain.stdout and "ratio_side" not in plain.stdout

    result = invoke(runner, "check", str(extracted), "--matches")
    assert result.exit_code == EXIT_OK, result.output
    rows = {
        tuple(cell.strip() for cell in line.split("│")[1:-1])
        for line in result.stdout.splitlines()
        if line.startswith("│")
    }
    expected = {
        (
            record["source"]["path"],
            item["path"],
            str(item["value"]),
            item["status"],
            ", ".join(dict.fromkeys(item.get("matches", ()))) or "-",
        )
        for record in lines(extracted)
        for item in record["verification"]["items"]
    }
    assert expected and expected <= rows
    kinds = {kind for row in expected for kind in row[4].split(", ")}
    assert {"exact", "percent", "-"} <= kinds


def test_check_strict_fails_on_a_failed_record(runner: CliRunner, extracted: Path) -> None:
    records = lines(extracted)
    records[0]["report"] = None
    records[0]["error"] = {"type": "ProviderError", "message": "HTTP 500: upstream down"}
    _rewrite(extracted, records)

    lenient = invoke(runner, "check", str(extracted))
    assert lenient.exit_code == EXIT_OK, lenient.output
    assert "1 failed" in lenient.stderr
    strict = invoke(runner, "check", str(extracted), "--strict")
    assert strict.exit_code == EXIT_FAILED, strict.output


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
    pages = [page.read_text(encoding="utf-8") for page in site.glob("article-*.html")]
    assert len(pages) == len(SAMPLES) and all("is missing" in page for page in pages)
    review = invoke(runner, "review", str(out), "--html", str(site), "--root", str(tmp_path))
    assert review.exit_code == EXIT_OK
    pages = [page.read_text(encoding="utf-8") for page in site.glob("article-*.html")]
    assert len(pages) == len(SAMPLES) and not any("is missing" in page for page in pages)


def test_export_csv(runner: CliRunner, extracted: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "indicators.csv"
    result = invoke(runner, "export", str(extracted), "--csv", str(csv_path), "--excel")
    assert result.exit_code == EXIT_OK
    indicators = sum(len(r["report"]["indicators"]) for r in lines(extracted))
    assert f"wrote {indicators} rows" in result.stderr
    assert csv_path.read_bytes().startswith(codecs.BOM_UTF8)


def test_export_warns_of_failed_records_and_strict_fails_after_writing(
    runner: CliRunner, extracted: Path, tmp_path: Path
) -> None:
    records = lines(extracted)
    records[0]["report"] = None
    records[0]["error"] = {"type": "ProviderError", "message": "HTTP 500: upstream down"}
    _rewrite(extracted, records)
    csv_path = tmp_path / "new folder" / "indicators.csv"  # export creates the folder

    lenient = invoke(runner, "export", str(extracted), "--csv", str(csv_path))
    assert lenient.exit_code == EXIT_OK, lenient.output
    warning = " ".join(lenient.stderr.split())
    assert f"1 of {len(SAMPLES)} records failed" in warning and "--strict" in warning
    csv_path.unlink()
    strict = invoke(runner, "export", str(extracted), "--csv", str(csv_path), "--strict")
    assert strict.exit_code == EXIT_FAILED, strict.output
    assert csv_path.is_file()  # written before the gate fails


def test_export_strict_fails_on_an_ungrounded_value(
    runner: CliRunner, extracted: Path, tmp_path: Path
) -> None:
    records = lines(extracted)
    # A value not in the article, stored as extraction would store it (not a later edit).
    records[0]["report"]["indicators"][0]["value"] = 987654321
    item = next(
        i for i in records[0]["verification"]["items"] if i["path"] == "indicators[0].value"
    )
    item.update(value="987654321", status="ungrounded", spans=[])
    _rewrite(extracted, records)
    csv_path = tmp_path / "indicators.csv"
    fresh = invoke(runner, "export", str(extracted), "--csv", str(csv_path), "--strict")
    assert fresh.exit_code == EXIT_FAILED, fresh.output
    assert "says which): 1 (--strict" in " ".join(fresh.stderr.split())


def test_review_site(runner: CliRunner, extracted: Path, tmp_path: Path) -> None:
    result = invoke(runner, "review", str(extracted), "--html", str(tmp_path / "site"))
    assert result.exit_code == EXIT_OK
    assert (tmp_path / "site" / "index.html").is_file()
    assert len(list((tmp_path / "site").glob("article-*.html"))) == len(SAMPLES)


def test_the_page_address_is_a_csv_column_and_a_link_on_the_review_page(
    runner: CliRunner, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    shutil.copy(FIRST, article)
    out = tmp_path / "o.jsonl"
    url = "https://baoa.vn/tin/1.html?id=2&p=3"
    invoke(runner, "extract", str(article), "-o", str(out), "--offline", "--source-url", url)
    csv_path = tmp_path / "indicators.csv"
    assert invoke(runner, "export", str(out), "--csv", str(csv_path)).exit_code == EXIT_OK
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {row["url"] for row in rows} == {url}
    site = tmp_path / "site"
    assert invoke(runner, "review", str(out), "--html", str(site)).exit_code == EXIT_OK
    (page,) = site.glob("article-*.html")
    assert 'href="https://baoa.vn/tin/1.html?id=2&amp;p=3"' in page.read_text(encoding="utf-8")


def test_export_and_review_recompute_trust_after_a_hand_edit(
    runner: CliRunner, extracted: Path, tmp_path: Path
) -> None:
    records = lines(extracted)
    record = next(r for r in records if r["report"]["indicators"])
    indicator = record["report"]["indicators"][0]
    indicator["value"] = int(indicator["value"]) + 1  # an analyst "correcting" by hand
    extracted.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )

    csv_path = tmp_path / "indicators.csv"
    assert invoke(runner, "export", str(extracted), "--csv", str(csv_path)).exit_code == EXIT_OK
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8", newline="")))
    edited = [r for r in rows if r["source"] == record["source"]["path"]]
    assert (edited[0]["grounded"], edited[0]["verified"]) == ("no", "changed")
    assert {r["verified"] for r in rows if r not in edited[:1]} == {"grounded"}

    site = tmp_path / "site"
    assert invoke(runner, "review", str(extracted), "--html", str(site)).exit_code == EXIT_OK
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count('<tr data-state="changed"') == 2  # in the work list and the articles


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
    assert f"wrote {indicators} rows" in exported.stderr
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


def test_eval_of_failed_records_shows_n_a_not_a_perfect_score(
    runner: CliRunner, tmp_path: Path
) -> None:
    records = tmp_path / "out.jsonl"
    failure = {"type": "ProviderError", "message": "HTTP 500: upstream down"}
    _rewrite(
        records,
        [
            {"source": {"path": str(path), "sha256": ""}, "report": None, "error": failure}
            for path in SAMPLES
        ],
    )
    table = invoke(runner, "eval", str(records), "--gold", str(GOLD))
    assert table.exit_code == EXIT_OK, table.output
    shown = {
        cells[0]: cells[1]
        for row in table.stdout.splitlines()
        if len(cells := [c.strip() for c in row.strip("│ ").split("│")]) == 2
    }
    assert shown["indicators.precision"] == shown["grounding_rate"] == "n/a"
    assert shown["indicators.recall"] == "0.000"
    scores = json.loads(invoke(runner, "eval", str(records), "--gold", str(GOLD), "--json").stdout)
    assert scores["indicators"]["precision"] is None and scores["grounding_rate"] is None


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


def test_check_reads_the_report_type_each_record_names(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    assert invoke(runner, "extract", str(FIRST), "-o", str(out), "--offline").exit_code == EXIT_OK
    (record,) = lines(out)
    assert record["schema"] == "health_review"
    # This record names its own type: --schema may repeat it, never replace it.
    assert invoke(runner, "check", str(out), "--schema", "health_review").exit_code == EXIT_OK
    other = invoke(runner, "check", str(out), "--schema", "outbreak_bulletin")
    assert other.exit_code == EXIT_USAGE and "outbreak_bulletin" in other.stderr
    del record["schema"]  # as an older release wrote it
    out.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    older = invoke(runner, "check", str(out), "--schema", "no_such_type")
    assert older.exit_code == EXIT_USAGE and "no_such_type" in older.stderr
    assert invoke(runner, "check", str(out)).exit_code == EXIT_OK


def test_a_corrupt_records_file_is_one_line_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    good = '{"source": {"path": "a.txt"}}\n'
    out.write_text(good + "not json\n" + good, encoding="utf-8")
    result = invoke(runner, "export", str(out), "--csv", str(tmp_path / "x.csv"))
    assert result.exit_code == EXIT_FAILED
    assert "line 2" in result.stderr
    out.write_text(good + '{"source": {"path": "b.txt"}, "usage": {"requests": "many"}}\n')
    result = invoke(runner, "check", str(out))
    assert result.exit_code == EXIT_FAILED
    assert "line 2: not a baocao record: usage.requests" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


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


def test_a_stop_that_a_library_turns_into_its_own_error_is_an_interruption(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # numpy, stopped while it imports, raises ImportError from the KeyboardInterrupt
    def stopped_in_an_import(*args: Any, **kwargs: Any) -> int:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as stop:
            raise ImportError("multiarray failed to import") from stop

    monkeypatch.setattr("baocao.cli.write_csv", stopped_in_an_import)
    out = tmp_path / "o.jsonl"
    out.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["export", str(out), "--csv", str(tmp_path / "x.csv")])
    assert result.exit_code == EXIT_INTERRUPTED
    assert "interrupted" in result.stderr and "please report" not in result.stderr


@pytest.mark.parametrize(
    ("scenario", "command", "target", "before", "replaced", "said"),
    [
        ("csv kept", "export", "x.csv", True, False, "x.csv was left as it was"),
        ("csv none", "export", "x.csv", False, False, "x.csv was not written"),
        ("csv done", "export", "x.csv", True, True, "after {out} was written in full"),
        ("site kept", "review", "site", True, False, "site was left as it was"),
        ("site none", "review", "site", False, False, "site was not written"),
        ("site done", "review", "site", True, True, "review site in {out} was written in full"),
    ],
)
def test_a_stopped_export_or_review_says_what_became_of_its_output(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scenario: str,
    command: str,
    target: str,
    before: bool,
    replaced: bool,
    said: str,
) -> None:
    out = tmp_path / target
    written = out / "index.html" if command == "review" else out
    if before:
        written.parent.mkdir(parents=True, exist_ok=True)
        written.write_text("the previous one", encoding="utf-8")

    def stopped(*args: Any, **kwargs: Any) -> int:
        if replaced:  # as the staged output is moved in, a new file takes the old one's place
            fresh = written.with_name("fresh")
            fresh.write_text("the new one", encoding="utf-8")
            fresh.replace(written)
        raise KeyboardInterrupt

    monkeypatch.setattr(
        f"baocao.cli.{'write_csv' if command == 'export' else 'write_review_site'}", stopped
    )
    records = tmp_path / "o.jsonl"
    records.write_text("", encoding="utf-8")
    flag = "--csv" if command == "export" else "--html"
    result = invoke(runner, command, str(records), flag, str(out))
    assert result.exit_code == EXIT_INTERRUPTED, scenario
    assert said.format(out=out) in " ".join(result.stderr.split()), scenario


def test_a_stop_that_a_library_swallows_is_still_an_interruption(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    saved_stop_handlers: dict[int, Any],
) -> None:
    # numpy's C import prints the KeyboardInterrupt and raises an ImportError with no cause
    def stopped_in_an_import(*args: Any, **kwargs: Any) -> int:
        with contextlib.suppress(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
        raise ImportError("multiarray failed to import") from None

    monkeypatch.setattr("baocao.cli.write_csv", stopped_in_an_import)
    out = tmp_path / "o.jsonl"
    out.write_text("", encoding="utf-8")
    cli_module.interrupt_on_stop_signals()
    result = runner.invoke(app, ["export", str(out), "--csv", str(tmp_path / "x.csv")])
    assert result.exit_code == EXIT_INTERRUPTED
    assert "interrupted" in result.stderr and "please report" not in result.stderr


def test_a_stop_a_library_swallowed_while_extract_sets_up_stops_before_the_run(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    saved_stop_handlers: dict[int, Any],
) -> None:
    # The import system runs a handler inside a callback and only prints the interrupt: the
    # setting up goes on, but the user asked to stop, so no article is extracted.
    from baocao.pipeline import Extractor

    real_enter = Extractor.__enter__

    def enter_swallowing_a_stop(self: Extractor) -> Extractor:
        with contextlib.suppress(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
        return real_enter(self)

    monkeypatch.setattr(Extractor, "__enter__", enter_swallowing_a_stop)
    article = tmp_path / "a.txt"
    article.write_text("Năm 2023, bệnh viện khám cho 1.250 lượt người.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    cli_module.interrupt_on_stop_signals()
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--offline"])
    assert result.exit_code == EXIT_INTERRUPTED, result.stderr
    assert not out.exists() or out.read_text(encoding="utf-8") == ""


def _swallowing_a_stop(real: Any) -> Any:
    """``real`` (a method) after a SIGTERM whose KeyboardInterrupt a library swallows, as
    the import system's callbacks do while typer loads a command."""

    def swallowing(self: Any, *args: Any, **kwargs: Any) -> Any:
        with contextlib.suppress(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
        return real(self, *args, **kwargs)

    return swallowing


@pytest.mark.parametrize(
    ("scenario", "method"),
    [("typer finding the command", "resolve_command"), ("parsing the line", "make_context")],
)
def test_a_stop_swallowed_before_extract_starts_stops_it_before_any_article(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scenario: str,
    method: str,
    saved_stop_handlers: dict[int, Any],
) -> None:
    # Between main() installing its handlers and extract's own code, typer imports modules
    # (typer._adapters, encodings): a stop swallowed there was missed and the run went on.
    from typer.core import TyperGroup

    monkeypatch.setattr(TyperGroup, method, _swallowing_a_stop(getattr(TyperGroup, method)))
    article = tmp_path / "a.txt"
    article.write_text("Năm 2023, bệnh viện khám cho 1.250 lượt người.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    cli_module.interrupt_on_stop_signals()
    # As main() does: the count of stops before its handlers were installed.
    monkeypatch.setattr(
        cli_module, "_stops_at_main", cli_module.stop_signals_received(), raising=False
    )
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--offline"])
    assert result.exit_code == EXIT_INTERRUPTED, (scenario, result.stderr)
    assert "interrupted" in result.stderr
    assert not out.exists() or out.read_text(encoding="utf-8") == ""


def test_a_stop_while_the_command_line_is_parsed_says_so(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # typer turns a KeyboardInterrupt while parsing into a bare exit 130, saying nothing.
    from typer.core import TyperGroup

    def stopped(self: Any, *args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(TyperGroup, "make_context", stopped)
    result = runner.invoke(app, ["numbers", "-"], input="Khám 1.250 lượt.")
    assert result.exit_code == EXIT_INTERRUPTED
    assert "interrupted while reading the command line: nothing was read or written" in (
        result.stderr
    )
    assert result.stdout == ""


@pytest.mark.parametrize("args", [["numbers", "-"], ["cache", "info", "--cache-dir", "nowhere"]])
def test_once_a_command_has_ended_a_stop_is_ignored_while_the_process_exits(
    runner: CliRunner,
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    saved_stop_handlers: dict[int, Any],
) -> None:
    # A stop after the command's work (its exit code decided) would otherwise kill the
    # process by SIGINT (exit -2) or print an interruption that did not happen.
    monkeypatch.chdir(tmp_path)
    cli_module.interrupt_on_stop_signals()
    result = runner.invoke(app, args, input="Khám 1.250 lượt.")
    os.kill(os.getpid(), signal.SIGTERM)  # ignored: nothing is raised here
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
    assert result.exit_code in (0, 2), result.stderr


def test_a_stop_inside_a_schema_files_import_is_an_interruption_not_a_bad_file(
    runner: CliRunner,
    tmp_path: Path,
    saved_stop_handlers: dict[int, Any],
) -> None:
    # The schema loader reports a failed import as a SchemaError ("fix the file"): a stop
    # that a library inside it swallowed (numpy's ImportError) must still read as a stop.
    schema = tmp_path / "stopped.py"
    schema.write_text(
        "import contextlib, os, signal\n"
        "from pydantic import BaseModel\n"
        "with contextlib.suppress(KeyboardInterrupt):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "raise ImportError('multiarray failed to import')\n"
        "class R(BaseModel):\n    unit: str\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("Năm 2023, bệnh viện khám cho 1.250 lượt người.", encoding="utf-8")
    cli_module.interrupt_on_stop_signals()
    result = runner.invoke(
        app,
        [
            "extract",
            str(article),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--schema",
            f"{schema}:R",
            "--base-url",
            "http://127.0.0.1:9",
            "--model",
            "m",
        ],
    )
    assert result.exit_code == EXIT_INTERRUPTED, result.stderr
    assert "interrupted" in result.stderr and "fix the file" not in result.stderr


def test_a_stop_while_the_summary_prints_is_ignored_once_every_record_is_written(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    saved_stop_handlers: dict[int, Any],
) -> None:
    table = cli_module._summary_table

    def summary_then_stopped(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGTERM)  # every record is on disk by now
        return table(*args, **kwargs)

    monkeypatch.setattr(cli_module, "_summary_table", summary_then_stopped)
    out = tmp_path / "o.jsonl"
    cli_module.interrupt_on_stop_signals()
    result = runner.invoke(app, ["extract", str(FIRST), "-o", str(out), "--offline"])
    assert result.exit_code == EXIT_OK, result.stderr
    assert "interrupted" not in result.stderr and len(out.read_text().splitlines()) == 1


# --- cache, numbers ---------------------------------------------------------------------------


def test_cache_info_and_clear(runner: CliRunner, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    out = tmp_path / "o.jsonl"
    invoke(
        runner, "extract", str(FIRST), "-o", str(out), "--offline", "--cache-dir", str(cache_dir)
    )
    ExtractionCache(cache_dir).close()  # offline runs cache nothing: a model run makes it
    info = invoke(runner, "cache", "info", "--cache-dir", str(cache_dir))
    assert info.exit_code == EXIT_OK
    assert str(cache_dir) in info.stdout.replace("\n", "")
    cleared = invoke(runner, "cache", "clear", "--cache-dir", str(cache_dir))
    assert cleared.exit_code == EXIT_OK
    assert "removed" in cleared.stderr


def test_cache_info_and_clear_of_a_folder_not_there_say_so_and_create_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    missing = tmp_path / "no-cache-yet"
    info = invoke(runner, "cache", "info", "--cache-dir", str(missing))
    assert info.exit_code == EXIT_OK
    assert "no cache at" in info.stderr and not missing.exists()
    cleared = invoke(runner, "cache", "clear", "--cache-dir", str(missing))
    assert cleared.exit_code == EXIT_OK
    assert "nothing to clear" in cleared.stderr and not missing.exists()
    # A folder that is there but holds no cache (a mistyped '--cache-dir .') gets none.
    missing.mkdir()
    invoke(runner, "cache", "info", "--cache-dir", str(missing))
    assert list(missing.iterdir()) == []


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


def test_numbers_explain_adds_the_rule_and_nothing_else(runner: CliRunner) -> None:
    rows = json.loads(invoke(runner, "numbers", str(FIRST), "--json").stdout)
    explained = json.loads(invoke(runner, "numbers", str(FIRST), "--json", "--explain").stdout)
    assert all("rule" not in row for row in rows)
    assert [{k: v for k, v in row.items() if k != "rule"} for row in explained] == rows
    visits = next(row for row in explained if row["raw"] == "75.135")
    assert visits["rule"] == "quantity"
    table = invoke(runner, "numbers", str(FIRST), "--explain")
    assert table.exit_code == EXIT_OK
    assert "rule" in table.stdout and "bare_year" in table.stdout
    assert "rule" not in invoke(runner, "numbers", str(FIRST)).stdout


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


def test_extract_records_the_page_address(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(FIRST.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke(
        runner, "extract", str(article), "-o", str(out), "--offline",
        "--source-url", "https://baoa.vn/1.html",
    )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.output
    assert lines(out)[0]["source"]["url"] == "https://baoa.vn/1.html"
    manifest = tmp_path / "pages.csv"
    manifest.write_text("path,url\na.txt,https://baob.vn/2.html\n", encoding="utf-8")
    out.unlink()
    result = invoke(
        runner, "extract", str(article), "-o", str(out), "--offline", "--manifest", str(manifest)
    )
    assert result.exit_code == EXIT_OK, result.output
    assert lines(out)[0]["source"]["url"] == "https://baob.vn/2.html"


def test_source_url_for_several_files_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(
        runner, "extract", str(ARTICLES), "-o", str(tmp_path / "o.jsonl"), "--offline",
        "--source-url", "https://baoa.vn/1.html",
    )  # fmt: skip
    assert result.exit_code == EXIT_USAGE
    assert "--manifest" in result.output


def test_source_url_names_the_page_read_from_stdin(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    result = invoke(
        runner, "extract", "-", "-o", str(out), "--offline",
        "--source-url", "https://baoa.vn/z.html", input=FIRST.read_bytes(),
    )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.output
    assert lines(out)[0]["source"]["url"] == "https://baoa.vn/z.html"


@pytest.mark.parametrize(
    ("scenario", "extra", "says"),
    [
        ("not an address", ["--source-url", "notaurl"], "not a web address"),
        ("with a manifest", ["--source-url", "https://baoa.vn/1.html", "--manifest"], "one of"),
    ],
)
def test_a_source_url_that_cannot_be_used_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, scenario: str, extra: list[str], says: str
) -> None:
    manifest = tmp_path / "pages.csv"
    manifest.write_text("path,url\na.txt,https://baob.vn/2.html\n", encoding="utf-8")
    if extra[-1] == "--manifest":
        extra = [*extra, str(manifest)]
    out = tmp_path / "o.jsonl"
    result = invoke(runner, "extract", str(FIRST), "-o", str(out), "--offline", *extra)
    assert result.exit_code == EXIT_USAGE, scenario
    assert says in result.stderr, scenario
    assert not out.exists(), scenario


def test_a_manifest_that_misses_sources_says_how_many_in_one_warning(
    runner: CliRunner, articles: Path, tmp_path: Path
) -> None:
    manifest = tmp_path / "pages.csv"
    first = sorted(articles.glob("*.txt"))[0]
    manifest.write_text(
        "path,title,url\n"
        f"articles/{first.name},Hội nghị,https://baoa.vn/1.html\n"
        "articles/gone.txt,Khác,https://baoa.vn/2.html\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    result = invoke(
        runner, "extract", str(articles), "-o", str(out), "--offline", "--manifest", str(manifest)
    )
    assert result.exit_code == EXIT_OK, result.output
    assert "1 of its 2 rows match no source" in result.stderr
    assert f"4 of {len(SAMPLES)} sources have no row" in result.stderr
    urls = {Path(r["source"]["path"]).name: r["source"].get("url") for r in lines(out)}
    assert urls[first.name] == "https://baoa.vn/1.html"


def test_an_address_given_later_is_noted_and_refresh_records_it(
    runner: CliRunner, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    shutil.copy(FIRST, article)
    out = tmp_path / "o.jsonl"
    assert invoke(runner, "extract", str(article), "-o", str(out), "--offline").exit_code == 0
    url = ["--source-url", "https://baoa.vn/1.html"]
    again = invoke(runner, "extract", str(article), "-o", str(out), "--offline", *url)
    assert again.exit_code == EXIT_OK
    assert "--refresh" in again.stderr
    assert [r["source"].get("url") for r in lines(out)] == [None]
    redo = invoke(runner, "extract", str(article), "-o", str(out), "--offline", *url, "--refresh")
    assert redo.exit_code == EXIT_OK, redo.output
    assert [r["source"]["url"] for r in lines(out)] == ["https://baoa.vn/1.html"]


HEADLINE = "Hội nghị tổng kết công tác y tế năm 2023 của Trung tâm Y tế huyện"


@pytest.mark.parametrize(
    ("scenario", "first", "last", "url"),
    [
        ("no scheme", "Nguồn: baoquangnam.vn/abc.html", "", "https://baoquangnam.vn/abc.html"),
        ("bare address", "https://baoquangnam.vn/abc.html", "", "https://baoquangnam.vn/abc.html"),
        ("outlet name", "Nguồn: Báo Quảng Nam", "", None),
        ("last line", "", "Nguồn: https://baoquangnam.vn/abc.html", "https://baoquangnam.vn/abc.html"),
    ],
)  # fmt: skip
def test_a_source_line_gives_the_address_and_is_never_the_title(
    runner: CliRunner, tmp_path: Path, scenario: str, first: str, last: str, url: str | None
) -> None:
    body = (
        f"{HEADLINE}\n\nSáng ngày 5/1/2024, Trung tâm Y tế huyện tổ chức hội nghị tổng kết công "
        "tác y tế năm 2023. Năm 2023 đã khám bệnh cho 12.345 lượt người."
    )
    article = tmp_path / "a.txt"
    article.write_text(f"{first}\n\n{body}\n\n{last}\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = invoke(runner, "extract", str(article), "-o", str(out), "--offline")
    assert result.exit_code in (EXIT_OK, EXIT_FAILED), result.output
    (record,) = lines(out)
    assert record["source"].get("url") == url, scenario
    assert record["report"]["title"] == HEADLINE, scenario


def test_eval_with_no_gold_matching_a_record_warns_and_counts_the_golds(
    runner: CliRunner, tmp_path: Path
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(GOLD / f"{FIRST.stem}.json", gold / "another-name.json")
    records = tmp_path / "out.jsonl"
    record = {"source": {"path": FIRST.name, "sha256": ""}, "report": {"indicators": []}}
    records.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = invoke(runner, "eval", str(records), "--gold", str(gold))
    assert result.exit_code == EXIT_OK, result.output
    assert "no <stem>.json" in result.stderr
    summary = {row.split()[1]: row.split()[3] for row in result.stdout.splitlines() if "│" in row}
    assert summary["gold_without_record"] == "1"
    assert summary["indicators.recall"] == summary["field.province"] == "n/a"


def test_eval_prints_missed_values_as_json(runner: CliRunner, tmp_path: Path) -> None:
    gold = json.loads((GOLD / f"{FIRST.stem}.json").read_text(encoding="utf-8"))
    period = {"kind": "year", "year": None}
    report = {**gold, "reviewed_period": period}
    records = tmp_path / "out.jsonl"
    record = {"source": {"path": FIRST.name, "sha256": ""}, "report": report}
    records.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = invoke(runner, "eval", str(records), "--gold", str(GOLD))
    assert result.exit_code == EXIT_OK, result.output
    assert f"-> predicted {json.dumps(period)}" in result.stdout


def test_eval_prints_each_miss_with_its_article_and_both_values(
    runner: CliRunner, tmp_path: Path
) -> None:
    gold = json.loads((GOLD / f"{FIRST.stem}.json").read_text(encoding="utf-8"))
    report = {**gold, "province": "Cà Mau", "indicators": gold["indicators"][1:]}
    records = tmp_path / "out.jsonl"
    record = {"source": {"path": f"x/{FIRST.name}", "sha256": ""}, "report": report}
    records.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = invoke(runner, "eval", str(records), "--gold", str(GOLD))
    assert result.exit_code == EXIT_OK, result.output
    shown = result.stdout
    assert f"{FIRST.name}: gold {gold['province']} -> predicted Cà Mau" in shown
    first = gold["indicators"][0]
    assert "indicators.missing: 1 misses" in shown and f"{FIRST.name}: {first['value']}" in shown
    result = invoke(runner, "eval", str(records), "--gold", str(GOLD), "--json")
    misses = json.loads(result.stdout)["misses"]
    assert misses["province"] == [
        {"source": f"x/{FIRST.name}", "gold": gold["province"], "predicted": "Cà Mau"}
    ]
    assert [row["indicator"]["value"] for row in misses["indicators.missing"]] == [first["value"]]
