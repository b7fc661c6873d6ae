"""The JSONL output: one record per source, appended so that nothing finished is ever lost.

A record is a :class:`Record` (``source``, ``schema``, ``report``, ``verification``,
``usage``, ``cached``, ``error``; defined in :mod:`baocao.record`, below the pipeline, so that
``Extraction.to_record`` builds it, and re-exported here): every function here reads and
writes that type, never a raw dict. :class:`RecordWriter` appends one whole line per
``write`` call and flushes it to disk (``os.fsync``) before returning, so a crash, Ctrl-C or
``kill`` leaves every finished record intact and at most a torn final line, which
:func:`read_records` tolerates (and the next :class:`RecordWriter` cuts off).

Resuming: :class:`ResumeIndex` says which sources already have a good record. A good record
is matched on the source path *and* the sha256 of the loaded document (so an edited file is
extracted again, and two copies of one article in two files each get their own record); a
failed record is matched on the path alone, because a source that could not be read has no
document hash.

Reading: the file is an append log, so a source extracted more than once (an edited file, a
failure retried) has several records; :func:`current_records` keeps the one that counts for
each source, which is what ``baocao check``, ``export`` and ``review`` show.

Checking: :func:`recheck_record` re-loads a record's source, re-validates its report and
re-runs the cross-check, for ``baocao check``, ``export`` and ``review``: trust is recomputed,
never read from the stored verification. :meth:`RecordCheck.verified` says what that means for
one value (:class:`Verified`): grounded, ungrounded, changed since extraction (the stored
verification disagrees with the recomputed one, or the source's sha256 differs), or its
source missing.

One writer at a time: :class:`OutputLock` is an exclusive OS lock (``fcntl.flock`` on POSIX,
``msvcrt.locking`` on Windows) on a lock file beside the output, ``.<name>.lock``, held for a
whole run. The OS drops it when its process ends, crash or ``kill -9`` included, so a lock
file left behind never blocks the next run; the holder's pid is written into it so that a
second writer can say who holds it.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import Self

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from baocao.crosscheck import (
    IMPLIED_KEY,
    CheckItem,
    Status,
    StoredCounts,
    Verification,
    same_value,
    verify,
)
from baocao.documents import Document, load_document
from baocao.errors import BaocaoError, OutputLockedError, RecordError
from baocao.record import Record as Record
from baocao.schemas import records_report_type
from baocao.settings import DEFAULT_MAX_DOCUMENT_BYTES

logger = logging.getLogger(__name__)

NEWLINE = b"\n"
# How far back from the end of a file to look for the last newline when cutting a torn line.
TAIL_CHUNK = 64 * 1024
DIGIT_RUNS = re.compile(r"(\d+)")


LOCK_SUFFIX = ".lock"
# errno values of a lock already held: flock says EWOULDBLOCK (= EAGAIN), msvcrt EACCES or
# EDEADLK once its retries are spent.
LOCK_HELD_ERRNOS = frozenset({errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK})
MAX_PID_BYTES = 32

if sys.platform == "win32":
    import msvcrt

    # msvcrt locks a byte range, and a locked range cannot be read: lock a byte past the pid.
    _LOCKED_BYTE = 1 << 20

    def _try_lock(fd: int) -> None:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def encode_record(record: Record) -> bytes:
    """One record as a single JSONL line (UTF-8, no ASCII escaping, ending in a newline).

    Raises:
        RecordError: the record cannot be serialised as JSON.
    """
    try:
        text = json.dumps(record.to_json(), ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as err:
        raise RecordError(f"record cannot be written as JSON: {err}") from err
    return text.encode("utf-8") + NEWLINE


def source_file(path: str, root: str | os.PathLike[str] | None = None) -> Path:
    """The file a record's source path names: a relative path is read from ``root``.

    Paths are stored as ``extract`` was given them, so a relative one is relative to the
    folder ``extract`` ran in; without ``root`` it is read from the current folder.
    """
    file = Path(path)
    return file if root is None or file.is_absolute() else Path(root) / file


def path_key(path: str) -> str:
    """The form of a source path used for matching (``./a//b.txt`` and ``a/b.txt`` agree)."""
    if is_label(path):
        return path  # "<stdin>", "<text>": labels, not paths
    return os.path.normpath(path)


def is_label(path: str) -> bool:
    """True for a source label such as ``<stdin>`` or ``<text>`` (not a file path)."""
    return path.startswith("<") and path.endswith(">")


RecordsOrPath = Iterable[Record] | str | os.PathLike[str]


def given_records(records: RecordsOrPath, taker: str) -> list[Record]:
    """The records a public function was given: as given, or those of a records file's path.

    A path (``str`` or ``os.PathLike``) is read as the CLI reads it, the latest record per
    source: ``current_records(read_records(path))``.

    Args:
        records: :class:`Record` objects, or the path of a JSONL file ``baocao extract`` wrote.
        taker: the function's name, for the message.

    Raises:
        TypeError: anything else (a dict read from JSON, a number, one Record, a path as
            bytes), naming what to pass.
        RecordError: the file cannot be read, or holds a line that is not a record.
    """
    if isinstance(records, str | os.PathLike):
        return _latest_per_source(read_records(records))
    what = (
        f"{taker}() takes Record objects (baocao.read_records(path) reads them) or the path "
        "of a records file written by 'baocao extract' (out/reports.jsonl)"
    )
    # Each of these is iterable, or a Record, and would be misnamed by the generic message.
    if isinstance(records, Record):
        raise TypeError(f"{what}, not a single Record: pass [record]")
    if isinstance(records, bytes | bytearray | memoryview):
        raise TypeError(f"{what}, not bytes: pass the path as str or Path (os.fsdecode(path))")
    if isinstance(records, Mapping):
        raise TypeError(
            f"{what}, not a {type(records).__name__}: Record.from_json(data) reads one "
            "record's JSON object"
        )
    try:
        listed = list(records)
    except TypeError:
        raise TypeError(f"{what}, not {type(records).__name__}") from None
    for record in listed:
        if not isinstance(record, Record):
            hint = ": Record.from_json(data) reads each" if isinstance(record, Mapping) else ""
            raise TypeError(
                f"{what}, not a {type(records).__name__} holding {type(record).__name__}{hint}"
            )
    return listed


def current_records(records: RecordsOrPath) -> list[Record]:
    """The record that counts for each source: its last good record, else its last record.

    An output file is an append log: an edited source is extracted again and its new record
    appended beside the old one, and a failure retried leaves a good record after the error.
    This keeps one record per source, in the order each source first appears.

    Sources are matched as resuming matches them: by path (spelled in any equivalent way, see
    :func:`path_key`). A label (``<stdin>``, ``<text>``) names no file that can be edited, so
    labelled articles are told apart by their document sha256: two different articles piped
    in on two runs both stay. Records without a source path are all kept.

    Args:
        records: records in file order (as read by :func:`read_records`), or the path of a
            records file (read here).

    Returns:
        The chosen records themselves (not copies).

    Raises:
        TypeError: ``records`` are neither records nor a path (see :func:`given_records`).
        RecordError: a path given cannot be read as records.
    """
    return given_current_records(records, "current_records")


def given_current_records(records: RecordsOrPath, taker: str) -> list[Record]:
    """:func:`current_records` for a public function ``taker`` (named in its TypeError).

    Raises:
        TypeError: ``records`` are neither records nor a path (see :func:`given_records`).
        RecordError: a path given cannot be read as records.
    """
    if isinstance(records, str | os.PathLike):
        return given_records(records, taker)  # the file's latest record per source
    return _latest_per_source(given_records(records, taker))


def _latest_per_source(records: Iterable[Record]) -> list[Record]:
    """Each source's last good record, else its last record (see :func:`current_records`)."""
    chosen: dict[object, Record] = {}
    for number, record in enumerate(records):
        path = record.source.path
        key: object
        if not path:
            key = number  # nothing to match on: every such record is its own source
        elif is_label(path):
            key = (path, record.source.sha256)
        else:
            key = path_key(path)
        previous = chosen.get(key)
        if previous is None or record.ok or not previous.ok:
            chosen[key] = record  # a dict keeps the position of the key's first insertion
    return list(chosen.values())


def _cut_torn_tail(fd: int, path: Path) -> None:
    """Truncate an unterminated last line left by an interrupted writer."""
    size = os.fstat(fd).st_size
    if size == 0:
        return
    if os.pread(fd, 1, size - 1) == NEWLINE:
        return
    end = size
    while end > 0:
        start = max(0, end - TAIL_CHUNK)
        chunk = os.pread(fd, end - start, start)
        cut = chunk.rfind(NEWLINE)
        if cut >= 0:
            keep = start + cut + 1
            break
        end = start
    else:
        keep = 0
    logger.warning(
        "%s: dropping a torn last line (%d bytes) left by an interrupted run", path, size - keep
    )
    os.ftruncate(fd, keep)


class RecordWriter:
    """Append records to a JSONL file, each one durable before ``write`` returns.

    Use as a context manager::

        with RecordWriter(Path("out.jsonl")) as writer:
            writer.write(extraction.to_record())

    A torn last line left by an earlier, killed run is cut off when the file is opened, so new
    records never glue onto half a line.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        """Remember where to write; the file is opened by :meth:`open` or ``with``."""
        self.path = Path(path)
        self._fd: int | None = None

    def open(self) -> Self:
        """Open (create) the file for appending.

        Raises:
            RecordError: the file or its folder cannot be created or opened.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as err:
            raise RecordError(f"cannot open {self.path} for writing: {err.strerror}") from err
        try:
            _cut_torn_tail(fd, self.path)
        except OSError as err:
            os.close(fd)
            raise RecordError(f"cannot repair {self.path}: {err.strerror}") from err
        self._fd = fd
        return self

    def write(self, record: Record) -> None:
        """Append one record as one line and fsync it.

        The line goes out in a single ``os.write``; if the write fails part-way (disk full),
        the file is cut back to where it was, so no half line remains.

        Raises:
            RecordError: the writer is closed, or the line cannot be written in full.
        """
        if self._fd is None:
            raise RecordError(f"{self.path}: the record writer is not open")
        data = encode_record(record)
        fd = self._fd
        start = os.fstat(fd).st_size
        try:
            written = os.write(fd, data)
            if written != len(data):
                raise OSError(0, f"short write ({written} of {len(data)} bytes)")
            os.fsync(fd)
        except OSError as err:
            try:
                os.ftruncate(fd, start)
            except OSError:
                logger.exception("%s: cannot cut back a partial record", self.path)
            raise RecordError(f"cannot write a record to {self.path}: {err.strerror}") from err

    def close(self) -> None:
        """Close the file (safe to call twice)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def lock_file(path: Path) -> Path:
    """The lock file of an output file: ``out/reports.jsonl`` -> ``out/.reports.jsonl.lock``."""
    return path.with_name(f".{path.name}{LOCK_SUFFIX}")


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, MAX_PID_BYTES).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


class OutputLock:
    """An exclusive lock on an output file, held by one run from planning to the last record.

    Two runs appending to one file would each extract the sources the other has not yet
    written: duplicates. The lock is taken on :func:`lock_file` (not on the output itself,
    which ``--redo-failed`` replaces by renaming) and never waits: a second writer fails at
    once. Use as a context manager::

        with OutputLock(Path("out.jsonl")):
            ...

    Raises:
        OutputLockedError: another process (or another ``OutputLock`` in this one) holds it.
        RecordError: the lock file cannot be created.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        """Remember the output file; the lock is taken by :meth:`acquire` or ``with``."""
        self.path = Path(path)
        self.lock_path = lock_file(self.path)
        self._fd: int | None = None

    def acquire(self) -> Self:
        """Take the lock and write this process's pid into the lock file.

        Raises:
            OutputLockedError: another run holds the lock.
            RecordError: the lock file cannot be created or locked.
        """
        while True:
            try:
                self.lock_path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as err:
                raise RecordError(f"cannot create {self.lock_path}: {err.strerror}") from err
            try:
                _try_lock(fd)
            except OSError as err:
                holder = _read_pid(fd)
                os.close(fd)
                if err.errno in LOCK_HELD_ERRNOS:
                    raise OutputLockedError(str(self.path), holder) from err
                raise RecordError(f"cannot lock {self.lock_path}: {err.strerror}") from err
            # A holder that let go between our open and our lock removed the file as it did:
            # this lock is then on a file nobody else will open; the lock to take is the new
            # file's.
            try:
                current = os.path.samestat(os.fstat(fd), self.lock_path.stat())
            except FileNotFoundError:
                current = False
            if current:
                break
            os.close(fd)
        self._fd = fd
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError as err:
            self.release()
            raise RecordError(f"cannot write {self.lock_path}: {err.strerror}") from err
        return self

    def release(self) -> None:
        """Let go of the lock (safe to call twice).

        On POSIX the lock file is removed while still locked, so a run that opened it in the
        meantime sees it is gone and locks a new one; Windows cannot remove an open file, and
        the file stays (harmless: only a held lock blocks).
        """
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            self.lock_path.unlink(missing_ok=True)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> Self:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def read_records(path: str | os.PathLike[str]) -> Iterator[Record]:
    """The records of a JSONL file, in order.

    Blank lines are skipped. A last line that is not valid JSON and has no newline (a run
    killed mid-write) is skipped with a warning naming the file and line; any other bad line
    is an error. A record without ``schema`` (written by an older release) reads with
    ``schema`` None.

    Raises:
        RecordError: the file cannot be read, or a line that is not the torn last line is not a
            record (not JSON, or a JSON value that is not a record: the message names the
            file, the line and each bad field).
    """
    for _, record in _read_lines(path):
        yield record


def _read_lines(path: str | os.PathLike[str]) -> Iterator[tuple[bytes, Record]]:
    """Each record of a JSONL file with its line's bytes as stored (see :func:`read_records`)."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        raise RecordError(f"cannot read records from {path}: {err.strerror}") from err
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                data = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                if not raw.endswith(NEWLINE) and not handle.read(1):
                    logger.warning(
                        "%s: line %d is incomplete (an interrupted run?): skipped", path, number
                    )
                    return
                raise RecordError(
                    f"{path}, line {number}: not a JSON record ({err}); "
                    "was the file written by baocao extract?"
                ) from err
            if not isinstance(data, dict):
                raise RecordError(f"{path}, line {number}: a record must be a JSON object")
            try:
                yield raw, Record.from_json(data)
            except RecordError as err:
                raise RecordError(
                    f"{path}, line {number}: {err}; was the file written by baocao extract?"
                ) from err


def rewrite_records(path: Path, records: Iterable[Record]) -> int:
    """Replace a JSONL file's content atomically (write a sibling, fsync, rename).

    Returns:
        The number of records written.

    Raises:
        RecordError: the file cannot be written.
    """
    return _rewrite_lines(path, (encode_record(record) for record in records))


def _rewrite_lines(path: Path, lines: Iterable[bytes]) -> int:
    """Replace a JSONL file's content with ``lines`` atomically (see :func:`rewrite_records`)."""
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    try:
        with tmp.open("wb") as handle:
            for line in lines:
                handle.write(line if line.endswith(NEWLINE) else line + NEWLINE)
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise RecordError(f"cannot rewrite {path}: {err.strerror}") from err
    return count


@dataclass
class ResumeIndex:
    """What an existing output file already holds, for resuming a run.

    Attributes:
        good: (path key, document sha256) of every source with a good record.
        good_paths: path keys with at least one good record (the only ones whose document
            must be loaded to compare hashes).
        failed_paths: path keys whose latest record is an error and that have no good record.
        urls: the page address (``source.url``, None when absent) of each path key's latest
            good record.
        report_types: the report types the records name, error records included (None: a
            record naming none).
    """

    good: set[tuple[str, str]] = field(default_factory=set)
    good_paths: set[str] = field(default_factory=set)
    failed_paths: set[str] = field(default_factory=set)
    urls: dict[str, str | None] = field(default_factory=dict)
    report_types: set[str | None] = field(default_factory=set)

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> ResumeIndex:
        """Index records (later records win over earlier ones for the same path)."""
        index = cls()
        for record in records:
            key = path_key(record.source.path)
            index.report_types.add(record.schema)
            if record.ok:
                index.good.add((key, record.source.sha256))
                index.good_paths.add(key)
                index.failed_paths.discard(key)
                index.urls[key] = record.source.url or None
            elif key not in index.good_paths:
                index.failed_paths.add(key)
        return index

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> ResumeIndex:
        """Index an output file; a file that does not exist yet gives an empty index.

        Raises:
            RecordError: the file exists but cannot be read.
        """
        if not Path(path).exists():
            return cls()
        return cls.from_records(read_records(path))

    def has_good(self, path: str, sha256: str) -> bool:
        """True when this source (path and document hash) already has a good record."""
        return (path_key(path), sha256) in self.good

    def has_good_path(self, path: str) -> bool:
        """True when some good record names this path (its document hash may differ)."""
        return path_key(path) in self.good_paths

    def url_of(self, path: str) -> str | None:
        """The page address recorded with this source's latest good record, if any."""
        return self.urls.get(path_key(path))

    def has_failed(self, path: str) -> bool:
        """True when this source's record is an error (and it has no good one)."""
        return path_key(path) in self.failed_paths


def drop_replaced(path: Path, paths: Iterable[str], *, appended: int) -> int:
    """Remove the older records of sources a run has just written again.

    For ``--refresh`` and ``--redo-failed``: a run appends each source's new record first and
    calls this once its new records are on disk, so a run stopped part-way (Ctrl-C, a dead
    endpoint) loses no record. Only the records the file held before the run (all but its last
    ``appended``) are candidates; the file is rewritten atomically and every other line is kept
    byte for byte (keys this release does not know, a user's note, stay).

    Args:
        path: the output file.
        paths: the sources whose new record replaces their older ones.
        appended: how many records the run appended at the file's end (its own, kept).

    Returns:
        How many records were removed.

    Raises:
        RecordError: the file cannot be read or rewritten.
    """
    dropped = {path_key(p) for p in paths}
    if not dropped or not path.exists():
        return 0
    lines = list(_read_lines(path))
    before = len(lines) - appended
    kept = [
        raw
        for number, (raw, record) in enumerate(lines)
        if number >= before or path_key(record.source.path) not in dropped
    ]
    if len(kept) != len(lines):
        _rewrite_lines(path, kept)
    return len(lines) - len(kept)


class CheckStatus(StrEnum):
    """What re-checking one record found."""

    OK = "ok"  # every value still grounded in the unchanged source
    UNGROUNDED = "ungrounded"  # some values are not in the source
    CHANGED = "changed"  # the source's sha256 differs, or a stored check disagrees (a hand edit)
    MISSING = "missing"  # the source file is gone (or was stdin / inline text)
    UNREADABLE = "unreadable"  # the source can no longer be loaded as an article
    INVALID = "invalid"  # the stored report does not validate against its schema
    FAILED = "failed"  # the record is an extraction error: nothing to check


class Verified(StrEnum):
    """What re-verification says of one value (the CSV's ``verified`` column, a review badge)."""

    GROUNDED = "grounded"  # found in the unchanged source, as the record says
    UNGROUNDED = "ungrounded"  # not in the unchanged source, as the record says
    CHANGED = "changed"  # the record or its source changed since extraction: re-check it
    SOURCE_MISSING = "source_missing"  # the source is gone or unreadable: nothing is proven
    INVALID = "invalid"  # the stored report no longer validates against its schema


# The least trustworthy first: a row of several figures (a CSV row, a review badge) is as
# trustworthy as its worst.
LEAST_TRUSTED_FIRST = (
    Verified.INVALID,
    Verified.SOURCE_MISSING,
    Verified.CHANGED,
    Verified.UNGROUNDED,
    Verified.GROUNDED,
)


@dataclass
class RecordCheck:
    """The result of re-checking one record against its source.

    Attributes:
        source: the record's source path.
        status: the most important finding (see :class:`CheckStatus`).
        ungrounded: (path, value) of every value not found in the current source text.
        message: details for MISSING, UNREADABLE, INVALID and FAILED, and the paths whose
            stored check disagrees with the recomputed one.
        changed: the source text differs from the one extracted (also true for UNGROUNDED).
        verification: the recomputed verification (None when the source or report could not
            be checked).
        disagreements: paths whose stored check (value or status) differs from the recomputed
            one: a value edited by hand after extraction, or checked by an older release.
        document: the source as loaded for the check (None when it could not be), for a
            caller that shows its text.
    """

    source: str
    status: CheckStatus
    ungrounded: list[tuple[str, str]] = field(default_factory=list)
    message: str = ""
    changed: bool = False
    verification: Verification | None = None
    disagreements: frozenset[str] = frozenset()
    document: Document | None = field(default=None, repr=False, compare=False)

    @property
    def changed_since_extraction(self) -> bool:
        """The source's sha256 differs, or some stored check disagrees with the recomputed."""
        return self.changed or bool(self.disagreements)

    def item(self, path: str) -> CheckItem | None:
        """The recomputed check of one value, by path (``indicators[3].value``)."""
        return self._items.get(path)

    def why(self, path: str) -> str:
        """Why the value at ``path`` (one of :attr:`ungrounded`) is ungrounded, in words
        (:attr:`CheckItem.why`): not printed in the article, or printed with another unit."""
        return self._items[path].why

    @cached_property
    def _items(self) -> dict[str, CheckItem]:
        return {} if self.verification is None else {i.path: i for i in self.verification.items}

    def verified(self, path: str) -> Verified | None:
        """What re-verification says of the value at ``path`` (None: not a checked value).

        A missing or unreadable source gives SOURCE_MISSING for every value, an invalid
        report INVALID; a changed source, or a stored check that disagrees, gives CHANGED;
        otherwise the recomputed status.
        """
        if self.status in (CheckStatus.MISSING, CheckStatus.UNREADABLE):
            return Verified.SOURCE_MISSING
        if self.status is CheckStatus.INVALID:
            return Verified.INVALID
        if self.changed or path in self.disagreements:
            return Verified.CHANGED
        item = self.item(path)
        if item is None:
            return None
        return Verified.GROUNDED if item.status is Status.GROUNDED else Verified.UNGROUNDED


def _implied_years(record: Record) -> dict[str, str]:
    """The values the record's extractor implied, by path: its stored items marked
    ``implied`` (the offline backend's evidence; a model's record and an older one have none).
    A value edited since no longer matches its path's, so it reads as plain "not printed"."""
    stored = record.verification
    if stored is None or isinstance(stored, StoredCounts):
        return {}
    return {
        item.path: item.value
        for item in stored.items
        # (an item stored grounded, or printed with another unit, was never implied: records
        # written while the mark was still set on every period year carry it there too)
        if item.implied and item.status is Status.UNGROUNDED and item.unit is None
    }


def _disagreements(record: Record, verification: Verification) -> frozenset[str]:
    """Paths whose stored check differs from ``verification`` (see :class:`RecordCheck`)."""
    stored = record.verification
    if stored is None:
        return frozenset()  # nothing was stored to disagree with
    if isinstance(stored, StoredCounts):
        # An older record: only its list of ungrounded paths can be compared.
        before = {item.path for item in stored.ungrounded}
        return frozenset(before ^ {item.path for item in verification.ungrounded})
    then = {item.path: item for item in stored.items}
    now = {item.path: item for item in verification.items}
    return frozenset(
        path for path in then.keys() | now.keys() if not _same_check(then.get(path), now.get(path))
    )


def _same_check(then: CheckItem | None, now: CheckItem | None) -> bool:
    """The stored and recomputed check of one path agree: same status, same value."""
    if then is None or now is None:
        return then is now
    return then.status == now.status and same_value(then.value, now.value)


def natural_key(path: str) -> tuple[tuple[int, int, str], ...]:
    """A sort key that orders check paths as a reader counts: ``figures[2]`` before
    ``figures[10]`` (each run of digits compares as a number)."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in DIGIT_RUNS.split(path)
        if part
    )


def validation_problem(problem: ErrorDetails) -> str:
    """One pydantic validation problem as a line: ``indicators.0.value: Input should be ...``
    (its field path, ``(the report)`` for the report as a whole, then pydantic's message)."""
    where = ".".join(str(step) for step in problem["loc"]) or "(the report)"
    return f"{where}: {problem['msg']}"


def misfit_problem(records: Iterable[Record], schema: str | None = None) -> str | None:
    """Why records that name no report type are probably of another type than ``schema``.

    An older record names no type: it is read as ``schema`` (default
    :data:`~baocao.settings.DEFAULT_SCHEMA`).
    When every such good record fails to validate as that type, the type is the wrong one
    (a hand-edited report fails alone); this gives the first record's first problem.

    Returns:
        ``"<source>: <field>: <problem>"``, or None when some record validates, or every
        record names its type.

    Raises:
        SchemaError: ``schema`` cannot be loaded.
    """
    unnamed = [record for record in records if record.ok and record.schema is None]
    if not unnamed:
        return None
    model = records_report_type(None, schema).model
    first: str | None = None
    for record in unnamed:
        try:
            model.model_validate(record.report)
        except ValidationError as err:
            if first is None:
                first = f"{record.source.path}: {validation_problem(err.errors()[0])}"
        else:
            return None
    return first


def resolve_report_types(records: Iterable[Record], schema: str | None = None) -> None:
    """Load the report type of the good records (each type they name once), before checking.

    :func:`recheck_record` loads a record's type only once its source loads, so a wrong
    ``schema`` or a gone schema file would go unnoticed when the sources are missing; ``check``
    calls this first, as ``export`` resolves the file's type before its rows.

    Raises:
        SchemaError: as :func:`~baocao.schemas.records_report_type` (a type cannot be loaded,
            ``schema`` differs from one the records name, or a named schema file is gone and
            no ``schema`` was given).
    """
    for name in dict.fromkeys(record.schema for record in records if record.ok):
        records_report_type(name, schema)


def recheck_record(
    record: Record,
    *,
    schema: str | None = None,
    max_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    root: str | os.PathLike[str] | None = None,
) -> RecordCheck:
    """Re-load a record's source, re-validate its report and re-run the cross-check.

    The one code path behind ``check``, ``export`` and ``review``. The report type is the
    one the record names, else ``schema`` (default
    :data:`~baocao.settings.DEFAULT_SCHEMA`); ``schema`` also
    stands in for a named schema file that is gone (see
    :func:`~baocao.schemas.records_report_type`). A changed source is still checked
    (against its current text) and flagged. A relative source path is read from ``root``
    (default: the current folder; see :func:`source_file`).

    Raises:
        SchemaError: the report type cannot be loaded, ``schema`` differs from the one the
            record names, or the record's schema file is gone and no ``schema`` was given.
    """
    path = record.source.path
    if not record.ok:
        error = record.error
        message = "no report" if error is None else f"{error.type}: {error.message}"
        return RecordCheck(path, CheckStatus.FAILED, message=message)
    if not path or is_label(path):
        return RecordCheck(path, CheckStatus.MISSING, message="the source is not a file")
    file = source_file(path, root)
    if not file.is_file():
        return RecordCheck(path, CheckStatus.MISSING, message=f"no file {file}")
    try:
        document = load_document(file, max_bytes=max_bytes)
    except BaocaoError as err:
        return RecordCheck(path, CheckStatus.UNREADABLE, message=str(err))
    report_type = records_report_type(record.schema, schema)
    try:
        report = report_type.model.model_validate(record.report)
    except ValidationError as err:
        problems = "; ".join(validation_problem(problem) for problem in err.errors())
        return RecordCheck(path, CheckStatus.INVALID, message=problems, document=document)
    verification = verify(report, document, context={IMPLIED_KEY: _implied_years(record)})
    ungrounded = [(item.path, item.value) for item in verification.ungrounded]
    changed = document.sha256 != record.source.sha256
    disagreements = _disagreements(record, verification)
    if ungrounded:
        status = CheckStatus.UNGROUNDED
    else:
        status = CheckStatus.CHANGED if changed or disagreements else CheckStatus.OK
    message = ""
    if disagreements:
        message = (
            f"{', '.join(sorted(disagreements, key=natural_key))}: the check stored at "
            "extraction differs from "
            "the one recomputed now (edited by hand since?)"
        )
    return RecordCheck(
        path,
        status,
        ungrounded,
        message=message,
        changed=changed,
        verification=verification,
        disagreements=disagreements,
        document=document,
    )
