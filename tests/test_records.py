"""records: durable JSONL appends, torn-line tolerance, resume matching, re-checking."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from baocao.crosscheck import StoredCounts, UngroundedValue, Verification, verify
from baocao.documents import load_document
from baocao.errors import OutputLockedError, RecordError, SchemaError
from baocao.record import SourceInfo
from baocao.records import (
    CheckStatus,
    OutputLock,
    Record,
    RecordWriter,
    ResumeIndex,
    Verified,
    current_records,
    drop_replaced,
    lock_file,
    read_records,
    recheck_record,
    rewrite_records,
)
from baocao.schemas import load_report_type

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "articles" / "000_653dcc8e01e3b730.txt"
GOLD = REPO / "examples" / "gold" / "000_653dcc8e01e3b730.json"


def record(path: str, sha: str = "abc", *, ok: bool = True, **extra: Any) -> Record:
    """A minimal record of the DESIGN.md shape (``extra`` replaces keys of its JSON)."""
    base: dict[str, Any] = {
        "source": {"path": path, "sha256": sha},
        "report": {"title": "Hội nghị tổng kết"} if ok else None,
        "verification": None,
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "cost_usd": 0.0},
        "cached": False,
        "error": None if ok else {"type": "DocumentError", "message": "empty"},
    }
    base.update(extra)
    return Record.from_json(base)


def test_written_records_read_back_in_order_with_vietnamese_text_unescaped(
    tmp_path: Path,
) -> None:
    out = tmp_path / "sub" / "out.jsonl"
    records = [record("báo cáo y tế.txt", "1"), record("b.txt", "2", ok=False)]
    with RecordWriter(out) as writer:
        for item in records:
            writer.write(item)
    assert list(read_records(out)) == records
    assert "báo cáo y tế" in out.read_text(encoding="utf-8")
    assert out.read_bytes().count(b"\n") == len(records)


def test_every_record_is_fsynced_before_write_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def counting_fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", counting_fsync)
    with RecordWriter(tmp_path / "out.jsonl") as writer:
        writer.write(record("a.txt"))
        assert len(synced) == 1
        writer.write(record("b.txt"))
        assert len(synced) == 2


def test_a_short_write_is_cut_back_so_no_half_line_remains(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    with RecordWriter(out) as writer:
        writer.write(record("a.txt"))
        before = out.read_bytes()
        real_write = os.write

        def half_write(fd: int, data: bytes) -> int:
            return real_write(fd, data[: len(data) // 2])

        monkeypatch.setattr(os, "write", half_write)
        with pytest.raises(RecordError, match="cannot write a record"):
            writer.write(record("b.txt"))
    assert out.read_bytes() == before


def test_writing_to_a_closed_writer_is_an_error(tmp_path: Path) -> None:
    writer = RecordWriter(tmp_path / "out.jsonl")
    with pytest.raises(RecordError, match="not open"):
        writer.write(record("a.txt"))


@pytest.mark.parametrize(
    ("scenario", "content", "expected_paths"),
    [
        ("torn last line", b'{"source":{"path":"a"}}\n{"source":{"pa', ["a"]),
        ("torn inside a UTF-8 character", b'{"source":{"path":"a"}}\n{"x":"\xc3', ["a"]),
        ("blank lines skipped", b'\n{"source":{"path":"a"}}\n\n', ["a"]),
        ("last line without newline but complete", b'{"source":{"path":"a"}}', ["a"]),
        ("empty file", b"", []),
    ],
)
def test_read_records_tolerates(
    tmp_path: Path, scenario: str, content: bytes, expected_paths: list[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    assert [r.source.path for r in read_records(out)] == expected_paths, scenario


GOOD_LINE = b'{"source":{"path":"a"}}\n'


@pytest.mark.parametrize(
    ("scenario", "content", "message"),
    [
        ("bad line in the middle", GOOD_LINE + b'{"a":\n' + GOOD_LINE, "line 2"),
        ("torn line followed by a newline", GOOD_LINE + b'{"a":\n', "line 2"),
        ("JSON that is not an object", b"[1, 2]\n", "JSON object"),
        ("an object that is not a record", GOOD_LINE + b'{"a":1}\n', "line 2: .*source"),
        ("a field of the wrong type", b'{"source":{"path":"a"},"cached":[1]}\n', "cached"),
    ],
)
def test_read_records_refuses(tmp_path: Path, scenario: str, content: bytes, message: str) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(content)
    with pytest.raises(RecordError, match=message):
        list(read_records(out))


def test_reading_a_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match=r"nope\.jsonl"):
        list(read_records(tmp_path / "nope.jsonl"))


def test_a_new_writer_cuts_the_torn_tail_before_appending(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"source":{"path":"a"}}\n{"source":{"path":"b","sha')
    with RecordWriter(out) as writer:
        writer.write(record("c.txt"))
    assert [r.source.path for r in read_records(out)] == ["a", "c.txt"]


def test_a_file_that_is_one_torn_line_is_emptied_before_appending(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"source":{"path":"half')
    with RecordWriter(out) as writer:
        writer.write(record("c.txt"))
    assert [r.source.path for r in read_records(out)] == ["c.txt"]


@pytest.mark.parametrize(
    ("scenario", "records", "path", "sha", "good", "failed"),
    [
        ("same path and hash", [record("a.txt", "1")], "a.txt", "1", True, False),
        ("path spelled differently", [record("./d/../a.txt", "1")], "a.txt", "1", True, False),
        ("edited file: hash differs", [record("a.txt", "1")], "a.txt", "2", False, False),
        ("copy elsewhere: path differs", [record("a.txt", "1")], "b.txt", "1", False, False),
        ("failed record", [record("a.txt", "", ok=False)], "a.txt", "", False, True),
        (
            "failed then good",
            [record("a.txt", "", ok=False), record("a.txt", "1")],
            "a.txt",
            "1",
            True,
            False,
        ),
        (
            "good then failed keeps the good one",
            [record("a.txt", "1"), record("a.txt", "", ok=False)],
            "a.txt",
            "1",
            True,
            False,
        ),
        ("stdin label", [record("<stdin>", "9")], "<stdin>", "9", True, False),
    ],
)
def test_resume_index(
    scenario: str,
    records: list[dict[str, Any]],
    path: str,
    sha: str,
    good: bool,
    failed: bool,
) -> None:
    index = ResumeIndex.from_records(records)
    assert index.has_good(path, sha) is good, scenario
    assert index.has_failed(path) is failed, scenario


def test_resume_index_of_a_missing_file_is_empty(tmp_path: Path) -> None:
    index = ResumeIndex.from_file(tmp_path / "none.jsonl")
    assert not index.good and not index.failed_paths


@pytest.mark.parametrize(
    ("scenario", "records", "expected"),
    [
        ("one record per source", [record("a.txt", "1"), record("b.txt", "2")], ["a1", "b2"]),
        (
            "edited source: the newer good record replaces the old one in its place",
            [record("a.txt", "1"), record("b.txt", "2"), record("a.txt", "3")],
            ["a3", "b2"],
        ),
        (
            "a later failure does not hide the last good record",
            [record("a.txt", "1"), record("a.txt", "", ok=False)],
            ["a1"],
        ),
        (
            "a later good record replaces a failure",
            [record("a.txt", "", ok=False), record("a.txt", "1")],
            ["a1"],
        ),
        (
            "only failures: the last one",
            [record("a.txt", "x", ok=False), record("a.txt", "y", ok=False)],
            ["ay"],
        ),
        (
            "a path spelled two ways is one source",
            [record("./d/../a.txt", "1"), record("a.txt", "2")],
            ["a2"],
        ),
        (
            "stdin articles with different text are different sources",
            [record("<stdin>", "1"), record("<stdin>", "2"), record("<stdin>", "1")],
            ["<stdin>1", "<stdin>2"],
        ),
        (
            "records without a source path are all kept",
            [record("", "1"), record("", "2")],
            ["1", "2"],
        ),
        ("no records", [], []),
    ],
)
def test_current_records(scenario: str, records: list[Record], expected: list[str]) -> None:
    kept = current_records(records)
    labels = [r.source.path.removesuffix(".txt") + r.source.sha256 for r in kept]
    assert labels == expected, scenario
    assert all(any(k is r for r in records) for k in kept), scenario  # the records themselves


def test_drop_replaced_removes_only_the_older_records_of_the_replaced_sources(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    rewrite_records(
        out,
        [
            record("a.txt", "1"),
            record("b.txt", ok=False),
            record("c.txt", ok=False),
            record("b.txt", "2"),  # the run's new record: after the first three
        ],
    )
    assert drop_replaced(out, ["b.txt", "./a.txt"], appended=1) == 2
    assert [r.source.path for r in read_records(out)] == ["c.txt", "b.txt"]
    assert not list(tmp_path.glob(".*.tmp"))


def _good_record(path: Path) -> Record:
    document = load_document(path)
    return record(
        str(path),
        document.sha256,
        report=json.loads(GOLD.read_text(encoding="utf-8")),
    )


def test_recheck_of_a_gold_record_is_ok() -> None:
    result = recheck_record(_good_record(SAMPLE))
    assert (result.status, result.ungrounded, result.changed) == (CheckStatus.OK, [], False)


def test_recheck_names_a_damaged_value(tmp_path: Path) -> None:
    damaged = _good_record(SAMPLE)
    assert damaged.report is not None
    damaged.report["indicators"][0]["value"] = 987654321
    result = recheck_record(damaged)
    assert result.status is CheckStatus.UNGROUNDED
    assert ("indicators[0].value", "987654321") in result.ungrounded


def test_recheck_flags_a_changed_source(tmp_path: Path) -> None:
    copy = tmp_path / "article.txt"
    copy.write_text(SAMPLE.read_text(encoding="utf-8") + "\nThêm một dòng.\n", encoding="utf-8")
    good = _good_record(SAMPLE)
    stale = dataclasses.replace(good, source=dataclasses.replace(good.source, path=str(copy)))
    result = recheck_record(stale)
    assert result.changed
    assert result.status is CheckStatus.CHANGED


@pytest.mark.parametrize(
    ("scenario", "change", "status"),
    [
        ("source deleted", {"source": {"path": "/nonexistent/a.txt", "sha256": "x"}}, "missing"),
        ("stdin source", {"source": {"path": "<stdin>", "sha256": "x"}}, "missing"),
        ("extraction error", {"report": None, "error": {"type": "E", "message": "m"}}, "failed"),
        ("report missing a field", {"report": {"title": "only a title"}}, "invalid"),
    ],
)
def test_recheck_reports(scenario: str, change: dict[str, Any], status: str) -> None:
    good = _good_record(SAMPLE).to_json()
    damaged = Record.from_json({**good, **change})
    result = recheck_record(damaged)
    assert result.status == status, scenario
    assert result.message, scenario


def _extracted(path: Path) -> Record:
    """A gold record of ``path`` with the verification extraction stores."""
    good = _good_record(path)
    report = load_report_type("health_review").model.model_validate(good.report)
    return dataclasses.replace(good, verification=verify(report, load_document(path)))


def test_recheck_of_an_extracted_record_agrees_with_its_stored_check() -> None:
    result = recheck_record(_extracted(SAMPLE))
    assert (result.status, result.disagreements) == (CheckStatus.OK, frozenset())
    assert result.verified("indicators[0].value") is Verified.GROUNDED


def test_a_value_edited_to_another_printed_figure_is_changed_not_ok() -> None:
    edited = _extracted(SAMPLE)
    assert edited.report is not None
    assert edited.report["indicators"][0]["value"] == 75
    edited.report["indicators"][0]["value"] = 25  # also printed in the article
    result = recheck_record(edited)
    assert result.ungrounded == []
    assert result.status is CheckStatus.CHANGED and not result.changed
    assert result.disagreements == {"indicators[0].value"}
    assert "indicators[0].value" in result.message
    assert result.verified("indicators[0].value") is Verified.CHANGED
    assert result.verified("indicators[1].value") is Verified.GROUNDED


def test_a_figure_extracted_as_81_0_is_not_changed_when_read_back_as_81() -> None:
    # The offline rules read "81,0%" as Decimal("81.0"); the report's JSON stores 81.
    extracted = _extracted(SAMPLE)
    assert extracted.report is not None
    model = load_report_type("health_review").model
    report = model.model_validate(extracted.report)
    first = report.indicators[0]  # type: ignore[attr-defined]
    first.value = Decimal(f"{first.value}.0")
    at_extraction = verify(report, load_document(SAMPLE))
    (item,) = [i for i in at_extraction.items if i.path == "indicators[0].value"]
    assert item.value == "75"  # no trailing zero
    stored = dataclasses.replace(extracted, verification=at_extraction)
    result = recheck_record(stored)
    assert (result.status, result.disagreements) == (CheckStatus.OK, frozenset())


def test_an_older_record_stored_81_0_agrees_with_81_recomputed() -> None:
    extracted = _extracted(SAMPLE)
    assert isinstance(extracted.verification, Verification)
    items = tuple(
        dataclasses.replace(item, value=f"{item.value}.0")
        if item.path == "indicators[0].value"
        else item
        for item in extracted.verification.items
    )
    assert "75.0" in {item.value for item in items}
    stored = dataclasses.replace(
        extracted, verification=dataclasses.replace(extracted.verification, items=items)
    )
    result = recheck_record(stored)
    assert (result.status, result.disagreements) == (CheckStatus.OK, frozenset())


def test_a_missing_source_proves_no_value() -> None:
    extracted = _extracted(SAMPLE)
    gone = dataclasses.replace(extracted, source=SourceInfo("/nonexistent/a.txt", "x"))
    result = recheck_record(gone)
    assert result.verification is None
    assert result.verified("indicators[0].value") is Verified.SOURCE_MISSING


# --- the record's JSON form -----------------------------------------------------------------


def test_a_record_reads_and_writes_its_line_byte_for_byte(tmp_path: Path) -> None:
    extracted = dataclasses.replace(_extracted(SAMPLE), schema="health_review")
    out = tmp_path / "out.jsonl"
    rewrite_records(out, [extracted])
    line = out.read_bytes()
    assert list(json.loads(line)) == [
        "source",
        "schema",
        "report",
        "verification",
        "usage",
        "cached",
        "error",
    ]
    (back,) = read_records(out)
    assert back == extracted
    assert back.schema == "health_review"
    assert isinstance(back.verification, type(extracted.verification))
    rewrite_records(out, [back])
    assert out.read_bytes() == line


OLDER_LINE = (
    b'{"source":{"path":"a.txt","sha256":"1"},"report":{"title":"t"},'
    b'"verification":{"checked":2,"grounded":1,"ungrounded":[{"path":"x.value","value":"5"}]},'
    b'"usage":{"prompt_tokens":3,"completion_tokens":4,"cost_usd":0.5},"cached":false,'
    b'"error":null}\n'
)


def test_an_older_record_reads_and_keeps_its_verification_when_rewritten(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(OLDER_LINE)
    (old,) = read_records(out)
    assert old.schema is None  # the reader's --schema applies
    assert old.verification == StoredCounts(2, 1, (UngroundedValue("x.value", "5"),))
    assert (old.usage.prompt_tokens, old.usage.requests, old.usage.cost_usd) == (3, 0, 0.5)
    rewrite_records(out, [old])  # as --redo-failed does: its usage gains the zero counts
    line = json.loads(out.read_bytes())
    assert "schema" not in line  # no report type is claimed for it
    assert line["verification"] == json.loads(OLDER_LINE)["verification"]
    assert list(read_records(out)) == [old]


def test_recheck_loads_the_report_type_the_record_names() -> None:
    named = dataclasses.replace(_good_record(SAMPLE), schema="no_such_report_type")
    with pytest.raises(SchemaError, match="no_such_report_type"):
        recheck_record(named, schema="health_review")


# --- one writer at a time ---------------------------------------------------------------------


def test_a_second_lock_on_one_output_fails_naming_the_holder(tmp_path: Path) -> None:
    out = tmp_path / "out" / "reports.jsonl"
    with OutputLock(out):
        assert lock_file(out).read_text(encoding="ascii").strip() == str(os.getpid())
        with pytest.raises(OutputLockedError) as caught, OutputLock(out):
            pass
        assert caught.value.pid == os.getpid()
        assert str(out) in str(caught.value) and f"pid {os.getpid()}" in str(caught.value)
        with OutputLock(tmp_path / "other.jsonl"):  # another output is another lock
            pass
    assert not lock_file(out).exists()
    with OutputLock(out):  # released: the next run takes it
        pass


def test_a_lock_file_left_by_a_dead_run_does_not_block(tmp_path: Path) -> None:
    out = tmp_path / "reports.jsonl"
    lock_file(out).write_text("999999999\n", encoding="ascii")  # no lock is held on it
    with OutputLock(out):
        assert lock_file(out).read_text(encoding="ascii").strip() == str(os.getpid())


def test_a_lock_file_that_cannot_be_created_is_a_record_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="ascii")
    with pytest.raises(RecordError, match="cannot create"), OutputLock(blocker / "out.jsonl"):
        pass


@pytest.mark.parametrize(
    ("scenario", "given", "says"),
    [
        ("one Record", record("a.txt"), r"not a single Record: pass \[record\]"),
        ("a dict", {"a": 1}, r"not a dict: Record\.from_json\(data\) reads one record's JSON"),
        ("a path as bytes", b"out/reports.jsonl", r"not bytes: pass the path as str or Path"),
        ("a list of dicts", [{"a": 1}], r"not a list holding dict: Record\.from_json"),
        ("a number", 3, r"not int$"),
    ],
)
def test_what_is_not_records_is_refused_by_what_it_is(scenario: str, given: Any, says: str) -> None:
    # These read as a list of str or int before ('takes Record objects ... not Record').
    with pytest.raises(TypeError, match=r"current_records\(\) takes Record objects") as refused:
        current_records(given)
    assert re.search(says, str(refused.value)), (scenario, str(refused.value))
