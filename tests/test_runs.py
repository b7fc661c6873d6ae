"""Runs into a JSONL file from the library: resume, redo, refresh, and stop signals, no CLI.

Everything runs offline (the rule-based backend): no network, no key. The signals are real
(``os.kill`` of this process), sent from inside the run at a chosen point.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from baocao import Extraction, Extractor, OutputLockedError, Run, collect_sources, load_document
from baocao.runs import (
    Interrupts,
    ignore_stop_signals,
    interrupt_on_stop_signals,
    stop_signals_received,
)

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "examples" / "articles").glob("*.txt"))
COPIES = 2  # copies of each sample in a batch: enough that a stopped run leaves work undone


def lines(path: Path) -> list[dict[str, Any]]:
    """Every line of a JSONL file, each required to be a whole JSON object."""
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "a half line was written"
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


@pytest.fixture
def batch(tmp_path: Path) -> list[str]:
    """Sources of a folder holding COPIES copies of each sample."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for copy in range(COPIES):
        for sample in SAMPLES:
            shutil.copy(sample, folder / f"{copy:03d}_{sample.name}")
    return collect_sources([folder])


@pytest.fixture
def extractor() -> Iterator[Extractor]:
    with Extractor(offline=True, no_cache=True, concurrency=1) as offline:
        yield offline


def test_a_second_run_skips_good_records_and_redoes_failed_ones_only_when_asked(
    batch: list[str], extractor: Extractor, tmp_path: Path
) -> None:
    empty = tmp_path / "articles" / "zz_empty.txt"
    empty.write_bytes(b"")  # not an article: an error record
    sources = [*batch, str(empty)]
    out = tmp_path / "out" / "reports.jsonl"

    with Run(extractor, out) as run:
        first = run.extract(sources)
    assert (first.written, first.failed, first.ok) == (len(sources), 1, False)
    written = out.read_bytes()

    with Run(extractor, out) as run:
        second = run.extract(sources)
    assert (second.written, second.plan.skipped_good) == (0, len(batch))
    assert second.plan.skipped_failed == [str(empty)]
    assert not second.ok  # a failed source is still without a report
    assert out.read_bytes() == written

    shutil.copy(SAMPLES[0], empty)  # the cause is fixed
    with Run(extractor, out, redo_failed=True) as run:
        third = run.extract(sources)
    assert third.plan.retry_failed == [str(empty)]
    assert (third.written, third.failed, third.ok) == (1, 0, True)
    records = lines(out)
    assert [r["source"]["path"] for r in records].count(str(empty)) == 1  # old error dropped
    assert all(r["error"] is None for r in records)
    earlier = [json.loads(line) for line in written.decode("utf-8").splitlines()]
    assert records[: len(batch)] == [r for r in earlier if r["error"] is None]  # kept as were


def test_refresh_extracts_every_source_again_and_replaces_its_records(
    batch: list[str], extractor: Extractor, tmp_path: Path
) -> None:
    out = tmp_path / "reports.jsonl"
    with Run(extractor, out) as run:
        run.extract(batch)
    with Run(extractor, out, refresh=True) as run:
        again = run.extract(batch)
    assert sorted(again.plan.refreshed) == sorted(batch)
    assert again.written == len(batch)
    assert sorted(r["source"]["path"] for r in lines(out)) == sorted(batch)


def test_a_loaded_document_is_matched_by_its_label_and_text(
    extractor: Extractor, tmp_path: Path
) -> None:
    out = tmp_path / "reports.jsonl"
    document = load_document(SAMPLES[0].read_bytes(), source="<pasted>")
    other = load_document(SAMPLES[1].read_bytes(), source="<pasted>")
    with Run(extractor, out) as run:
        assert run.extract([document]).written == 1
        again = run.extract([document, other])
    assert (again.plan.skipped_good, again.written) == (1, 1)


def test_stdin_that_is_no_article_gets_an_error_record_of_the_runs_report_type(
    extractor: Extractor, tmp_path: Path
) -> None:
    out = tmp_path / "reports.jsonl"
    with Run(extractor, out) as run:
        result = run.extract(["-"], stdin=io.BytesIO(b""))
    assert (result.written, result.failed) == (1, 1)
    [record] = lines(out)
    assert record["source"]["path"] == "<stdin>"
    assert record["schema"] == extractor.settings.schema_name
    assert record["error"]["type"] == "DocumentError"


def test_one_output_has_one_run_at_a_time(extractor: Extractor, tmp_path: Path) -> None:
    out = tmp_path / "reports.jsonl"
    with Run(extractor, out), pytest.raises(OutputLockedError), Run(extractor, out):
        pass


def _signal_after_first(
    extract_many: Callable[..., Iterator[Extraction]], signum: int
) -> Callable[..., Iterator[Extraction]]:
    """extract_many that sends ``signum`` to this process while the second article is being
    extracted (between records, outside any write)."""

    def signalling(*args: Any, **kwargs: Any) -> Iterator[Extraction]:
        inner = extract_many(*args, **kwargs)
        try:
            for number, extraction in enumerate(inner):
                yield extraction
                if number == 0:
                    os.kill(os.getpid(), signum)
        finally:
            inner.close()  # type: ignore[attr-defined]

    return signalling


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_a_stop_signal_between_records_keeps_every_finished_one_and_a_rerun_completes(
    batch: list[str],
    extractor: Extractor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    signum: int,
) -> None:
    out = tmp_path / "reports.jsonl"
    previous = signal.getsignal(signum)
    real = extractor.extract_many
    monkeypatch.setattr(extractor, "extract_many", _signal_after_first(real, signum))
    seen: list[str] = []
    with Run(extractor, out) as run:
        stopped = run.extract(batch, on_record=lambda e: seen.append(e.source.path))
    assert stopped.interrupted and not stopped.ok
    assert signal.getsignal(signum) is previous  # the run's handlers are gone
    kept = lines(out)  # whole lines only
    assert len(kept) == stopped.written == len(seen) == 1
    assert [r["source"]["path"] for r in kept] == seen

    monkeypatch.setattr(extractor, "extract_many", real)
    with Run(extractor, out) as run:
        rest = run.extract(batch)
    assert (rest.plan.skipped_good, rest.written, rest.ok) == (1, len(batch) - 1, True)
    final = lines(out)
    assert final[:1] == kept
    assert sorted(r["source"]["path"] for r in final) == sorted(batch)


def test_a_stop_signal_while_a_record_is_written_waits_for_it_to_be_on_disk(
    batch: list[str], extractor: Extractor, tmp_path: Path
) -> None:
    out = tmp_path / "reports.jsonl"
    counted: list[str] = []

    def interrupted_while_counting(extraction: Extraction) -> None:
        os.kill(os.getpid(), signal.SIGTERM)  # inside the record: held
        counted.append(extraction.source.path)  # still runs

    with Run(extractor, out) as run:
        result = run.extract(batch, on_record=interrupted_while_counting)
    assert result.interrupted
    assert [r["source"]["path"] for r in lines(out)] == counted
    assert result.written == len(counted) == 1


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_a_stop_signal_once_the_last_record_is_written_stops_nothing(
    extractor: Extractor, tmp_path: Path, signum: int
) -> None:
    out = tmp_path / "reports.jsonl"
    sources = [str(sample) for sample in SAMPLES[:2]]
    counted: list[str] = []

    def stopped_while_counting_the_last(extraction: Extraction) -> None:
        counted.append(extraction.source.path)
        if len(counted) == len(sources):  # as the CLI prints its last progress line
            os.kill(os.getpid(), signum)

    with Run(extractor, out) as run:
        result = run.extract(sources, on_record=stopped_while_counting_the_last)
    assert not result.interrupted and result.ok
    assert result.written == len(lines(out)) == len(sources)


def test_a_run_told_not_to_handle_signals_leaves_the_handlers_alone(
    extractor: Extractor, tmp_path: Path
) -> None:
    handlers: list[object] = []
    with Run(extractor, tmp_path / "reports.jsonl", handle_signals=False) as run:
        run.extract(
            [str(SAMPLES[0])], on_record=lambda _: handlers.append(signal.getsignal(signal.SIGTERM))
        )
    assert handlers == [signal.getsignal(signal.SIGTERM)]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_a_stop_signal_inside_a_record_is_held_until_its_end(signum: int) -> None:
    interrupts = Interrupts()
    written: list[str] = []
    with interrupts.installed(), pytest.raises(KeyboardInterrupt), interrupts.record():
        os.kill(os.getpid(), signum)
        written.append("the whole record")  # still runs: the signal is held
    assert written == ["the whole record"]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_a_stop_signal_outside_a_record_interrupts_at_once(signum: int) -> None:
    interrupts = Interrupts()
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    reached: list[str] = []
    with interrupts.installed(), pytest.raises(KeyboardInterrupt):
        assert signal.getsignal(signum) == interrupts._handle
        os.kill(os.getpid(), signum)
        reached.append("after the signal")
    assert reached == []
    assert {sig: signal.getsignal(sig) for sig in previous} == previous  # handlers restored


def test_a_sigint_the_process_was_started_with_ignored_stays_ignored(
    saved_stop_handlers: dict[int, Any],
) -> None:
    # As a shell script's background job starts (`baocao extract ... &`).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    interrupt_on_stop_signals()
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, signal.SIG_IGN)
    interrupts = Interrupts()
    with interrupts.installed():
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) == interrupts._handle
        os.kill(os.getpid(), signal.SIGINT)  # ignored: nothing is raised
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_a_stop_is_counted_even_when_a_library_swallows_its_interrupt(
    saved_stop_handlers: dict[int, Any],
) -> None:
    interrupt_on_stop_signals()
    before = stop_signals_received()
    # As numpy's import does: the interrupt swallowed, an ImportError raised instead.
    with contextlib.suppress(KeyboardInterrupt):
        os.kill(os.getpid(), signal.SIGTERM)
    assert stop_signals_received() == before + 1


def test_stops_are_ignored_once_the_run_has_ended_only_where_the_cli_installed_them(
    saved_stop_handlers: dict[int, Any],
) -> None:
    previous = saved_stop_handlers
    ignore_stop_signals()  # nothing installed by the CLI: the program keeps its handlers
    assert {sig: signal.getsignal(sig) for sig in previous} == previous
    interrupt_on_stop_signals()
    ignore_stop_signals()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
    os.kill(os.getpid(), signal.SIGTERM)  # ignored: nothing is raised


def test_stops_ignored_from_the_last_record_stay_ignored_as_the_run_closes(
    extractor: Extractor, tmp_path: Path, saved_stop_handlers: dict[int, Any]
) -> None:
    # Under the command line's handlers a run ignores stops once its last record is counted,
    # while its own handler is installed; the handler it puts back must not raise one either.
    sources = [str(SAMPLES[0])]
    interrupt_on_stop_signals()
    with Run(extractor, tmp_path / "reports.jsonl") as run:
        result = run.extract(sources)
        os.kill(os.getpid(), signal.SIGTERM)  # as the run closes: ignored
    assert not result.interrupted
    interrupt_on_stop_signals()  # a new command line stops again
    with pytest.raises(KeyboardInterrupt):
        os.kill(os.getpid(), signal.SIGTERM)


def test_a_folder_gives_its_articles_sorted_and_a_file_named_twice_once(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text("a", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("c", encoding="utf-8")
    given = [tmp_path, tmp_path / "b.txt"]
    assert collect_sources(given) == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.html")]


def test_a_refresh_stopped_after_one_record_keeps_every_other_sources_record(
    batch: list[str], extractor: Extractor, tmp_path: Path
) -> None:
    out = tmp_path / "reports.jsonl"
    with Run(extractor, out) as run:
        run.extract(batch)
    before = lines(out)

    def stop(extraction: Extraction) -> None:
        raise KeyboardInterrupt

    with Run(extractor, out, refresh=True) as run:
        stopped = run.extract(batch, on_record=stop)
    assert stopped.interrupted and stopped.written == 1
    after = lines(out)
    assert sorted(r["source"]["path"] for r in after) == sorted(batch)  # none lost
    refreshed = after[-1]["source"]["path"]
    assert after[:-1] == [r for r in before if r["source"]["path"] != refreshed]


def test_a_refresh_whose_new_record_is_an_error_keeps_the_good_one(
    extractor: Extractor, tmp_path: Path
) -> None:
    source = tmp_path / "a.txt"
    shutil.copy(SAMPLES[0], source)
    out = tmp_path / "reports.jsonl"
    with Run(extractor, out) as run:
        run.extract([str(source)])
    [good] = lines(out)
    source.write_bytes(b"")  # not an article any more
    with Run(extractor, out, refresh=True) as run:
        again = run.extract([str(source)])
    assert again.failed == 1
    assert [r["error"] is None for r in lines(out)] == [True, False]
    assert lines(out)[0] == good


def test_redo_failed_keeps_the_other_lines_byte_for_byte_keys_it_does_not_know_included(
    extractor: Extractor, tmp_path: Path
) -> None:
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SAMPLES[0], good)
    bad.write_bytes(b"")
    out = tmp_path / "reports.jsonl"
    with Run(extractor, out) as run:
        run.extract([str(good), str(bad)])
    first, failed = lines(out)
    first["note"] = "checked by hand"  # a user's key, or a newer release's field
    noted = json.dumps(first, ensure_ascii=False, indent=None).encode("utf-8") + b"\n"
    out.write_bytes(noted + json.dumps(failed).encode("utf-8") + b"\n")
    shutil.copy(SAMPLES[1], bad)  # the cause is fixed
    with Run(extractor, out, redo_failed=True) as run:
        assert run.extract([str(good), str(bad)]).written == 1
    assert out.read_bytes().startswith(noted)
    assert len(lines(out)) == 2


def _swallowed_after_first(
    extract_many: Callable[..., Iterator[Extraction]],
) -> Callable[..., Iterator[Extraction]]:
    """extract_many in which a stop signal arrives after the first record and a library
    swallows its KeyboardInterrupt (as the import system's callbacks do), then goes on."""

    def swallowing(*args: Any, **kwargs: Any) -> Iterator[Extraction]:
        inner = extract_many(*args, **kwargs)
        try:
            for number, extraction in enumerate(inner):
                yield extraction
                if number == 0:
                    with contextlib.suppress(KeyboardInterrupt):
                        os.kill(os.getpid(), signal.SIGTERM)
        finally:
            inner.close()  # type: ignore[attr-defined]

    return swallowing


def test_a_stop_whose_interrupt_was_swallowed_still_stops_the_run_at_the_next_record(
    batch: list[str], extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "reports.jsonl"
    monkeypatch.setattr(extractor, "extract_many", _swallowed_after_first(extractor.extract_many))
    with Run(extractor, out) as run:
        stopped = run.extract(batch)
    assert stopped.interrupted and not stopped.ok
    assert stopped.written == len(lines(out)) == 2  # the record in flight is kept whole


def test_a_stop_answered_by_one_run_does_not_stop_the_next(
    batch: list[str], extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = extractor.extract_many
    monkeypatch.setattr(extractor, "extract_many", _swallowed_after_first(real))
    with Run(extractor, tmp_path / "first.jsonl") as run:
        assert run.extract(batch).interrupted
    monkeypatch.setattr(extractor, "extract_many", real)
    with Run(extractor, tmp_path / "second.jsonl") as run:
        result = run.extract(batch)
    assert result.ok and result.written == len(batch)


@pytest.mark.parametrize(
    ("scenario", "command_line"),
    [("under the command line's handlers", True), ("under a program's own", False)],
)
def test_a_run_that_wrote_its_last_record_ignores_stops_only_under_the_command_line(
    batch: list[str], extractor: Extractor, tmp_path: Path, scenario: str, command_line: bool
) -> None:
    # The CLI used to do this itself from on_record, counting records a second time.
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        if command_line:
            interrupt_on_stop_signals()
        else:
            signal.signal(signal.SIGTERM, signal.default_int_handler)
        with Run(extractor, tmp_path / "out.jsonl") as run:
            assert run.extract(batch[:2]).ok
        if command_line:
            try:
                os.kill(os.getpid(), signal.SIGTERM)  # nothing left to stop: nothing raised
            except KeyboardInterrupt:
                pytest.fail("a stop after the run's last record was raised")
        else:
            with pytest.raises(KeyboardInterrupt):
                os.kill(os.getpid(), signal.SIGTERM)
    finally:
        interrupt_on_stop_signals()  # the flag cleared for the tests after this one
        for sig, handler in previous.items():
            signal.signal(sig, handler)
