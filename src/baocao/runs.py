"""Batch runs into a JSONL file: what to extract, resuming, and stopping cleanly.

A :class:`Run` is one extraction of many sources into one output file, for the library as
for ``baocao extract``::

    with Extractor(offline=True) as extractor, Run(extractor, "out/reports.jsonl") as run:
        result = run.extract(collect_sources(["examples/articles"]))
    if result.interrupted:
        ...  # Ctrl-C: every finished record is on disk; the same call again continues

Three steps, each its own method so a caller can show progress between them:

1. **Lock** (``with Run(...)``): :class:`~baocao.records.OutputLock` on the output for the
   whole run, so a second run on the same file fails at once instead of duplicating work.
2. **Plan** (:meth:`Run.plan`, :func:`plan_run`): the output's records are indexed
   (:class:`~baocao.records.ResumeIndex`) and each source is kept or skipped: a source with a
   good record for the same path and document sha256 is done; a failed one is skipped unless
   ``redo_failed``; with ``refresh`` every source is extracted again.
3. **Execute** (:meth:`Run.execute`): every pending source is extracted
   (:meth:`Extractor.extract_many`) and its record appended and fsynced as it finishes; the
   failed (or refreshed) sources' old records are dropped from the file at the end, once
   their new ones are on disk.
   SIGINT and SIGTERM stop the run between records, never inside one
   (:class:`Interrupts`): the extractions in flight are cancelled, every finished record
   stays, and the result says ``interrupted``.

The pipeline (and with it the model stack) is imported only when a run executes, so the
CLI's other commands do not pay for it.
"""

from __future__ import annotations

import itertools
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, BinaryIO, NoReturn, Self

from baocao.documents import Document, load_document
from baocao.errors import ConfigError, DocumentError, SchemaError
from baocao.record import ErrorInfo, SourceInfo
from baocao.records import (
    OutputLock,
    RecordWriter,
    ResumeIndex,
    drop_replaced,
    path_key,
)
from baocao.schemas import ReportType, records_report_type

if TYPE_CHECKING:
    from baocao.pipeline import Extraction, Extractor

logger = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
STDIN_PATH = "-"  # a source read from stdin
STDIN_SOURCE = "<stdin>"  # its record's source path
SUFFIX_ORDER = (".txt", ".html", ".htm", ".md")  # as messages list them
ARTICLE_SUFFIXES = frozenset(SUFFIX_ORDER)

RunSource = str | os.PathLike[str] | Document


def collect_sources(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """Expand paths into sources: files as given, folders recursively, ``-`` for stdin.

    Folders contribute their ``.txt``, ``.html``, ``.htm`` and ``.md`` files, sorted; a source
    named twice is kept once. A folder without any is skipped with a warning, unless no path
    gives a source at all.

    Raises:
        ConfigError: a path does not exist, or the paths hold no article at all.
    """
    sources: list[str] = []
    seen: set[str] = set()
    for given in (os.fspath(path) for path in paths):
        if given == STDIN_PATH:
            found = [STDIN_PATH]
        else:
            path = Path(given)
            if path.is_dir():
                found = sorted(
                    str(p)
                    for p in path.rglob("*")
                    if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
                )
                if not found:
                    logger.warning("%s: no .txt, .html, .htm or .md files in this folder", given)
            elif path.exists():
                found = [str(path)]
            else:
                raise ConfigError(f"path not found: {given}")
        for source in found:
            if source not in seen:
                seen.add(source)
                sources.append(source)
    if paths and not sources:
        raise ConfigError(
            f"no articles in {', '.join(os.fspath(path) for path in paths)} "
            f"(looked for {' '.join(SUFFIX_ORDER)}): give a folder or files holding articles"
        )
    return sources


@dataclass
class Plan:
    """What a run will do, after comparing the sources with the output file.

    Attributes:
        pending: the sources to extract, in the order given.
        unreadable: sources that could not even be read (stdin that is not an article):
            each is written as an error record before the pending ones.
        skipped_good: sources skipped because they already have a good record.
        skipped_new_url: of those, how many were given an address their record lacks.
        refreshed: done sources extracted again under ``refresh`` (their records replaced).
        skipped_failed: sources whose record is an error, skipped (no ``redo_failed``).
        retry_failed: sources whose record is an error, extracted again (``redo_failed``).
    """

    pending: list[Path | Document] = field(default_factory=list)
    unreadable: list[DocumentError] = field(default_factory=list)
    skipped_good: int = 0
    skipped_new_url: int = 0
    refreshed: list[str] = field(default_factory=list)
    skipped_failed: list[str] = field(default_factory=list)
    retry_failed: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """How many records executing this plan writes (unless interrupted)."""
        return len(self.unreadable) + len(self.pending)


def plan_run(
    sources: Sequence[RunSource],
    done: ResumeIndex,
    *,
    redo_failed: bool,
    max_bytes: int,
    stdin: BinaryIO | None = None,
    urls: Mapping[str, str] | None = None,
    refresh: bool = False,
) -> Plan:
    """Decide which sources still need a record.

    A source is skipped when the output already has a good record for the same path and the
    same document sha256 (the document is loaded only for paths that have one), or when its
    record is an error and ``redo_failed`` is off. With ``refresh`` nothing is skipped: the
    sources already in the output are listed in ``refreshed`` (their records are replaced).
    ``urls`` gives the pages' addresses by source (``-`` for stdin's).

    A :class:`Document` source (text the caller loaded) is matched by its ``source`` label
    and sha256. ``-`` is an article read here from ``stdin`` (default: the process's stdin;
    it can be read only once): when it is not an article (empty, binary, too large) its
    error goes to ``unreadable``, to be written as the ``<stdin>`` error record like any
    unreadable file's.
    """
    plan = Plan()
    urls = urls or {}
    for given in sources:
        if isinstance(given, Document):
            _plan_document(plan, given, done, refresh)
            continue
        source = os.fspath(given)
        if source == STDIN_PATH:
            data = (stdin or sys.stdin.buffer).read()
            try:
                document = load_document(
                    bytes(data), max_bytes=max_bytes, source=STDIN_SOURCE, url=urls.get(source)
                )
            except DocumentError as err:
                plan.unreadable.append(err)
                continue
            _plan_document(plan, document, done, refresh)
            continue
        if refresh:
            if done.has_failed(source) or done.has_good_path(source):
                plan.refreshed.append(source)
            plan.pending.append(Path(source))
            continue
        if done.has_failed(source):
            if redo_failed:
                plan.retry_failed.append(source)
                plan.pending.append(Path(source))
            else:
                plan.skipped_failed.append(source)
            continue
        if done.has_good_path(source):
            try:
                sha = load_document(Path(source), max_bytes=max_bytes).sha256
            except DocumentError:
                sha = ""
            if done.has_good(source, sha):
                plan.skipped_good += 1
                if source in urls and done.url_of(source) != urls[source]:
                    plan.skipped_new_url += 1
                continue
        plan.pending.append(Path(source))
    return plan


def _plan_document(plan: Plan, document: Document, done: ResumeIndex, refresh: bool) -> None:
    """A loaded article is done when a good record has its label and text (not under refresh)."""
    if done.has_good(document.source, document.sha256) and not refresh:
        plan.skipped_good += 1
    else:
        plan.pending.append(document)


def check_report_types(output: Path, named: Iterable[str | None], report_type: ReportType) -> None:
    """Refuse to add records of ``report_type`` to an output holding another type's.

    ``named`` are the report types the output's records name, error records too (a retry
    would add good records of another type beside them). Each is resolved as every reader
    resolves it (:func:`~baocao.schemas.records_report_type` with the run's type as the
    caller's): a record naming none (an older release) or naming a schema file that is gone
    reads as the run's type. Export, review and eval read one type per file, so a mixed file
    would be refused there; it is refused here, before extracting.

    Raises:
        ConfigError: some record names another type (the message names both).
    """
    for name in named:
        try:
            records_report_type(name, report_type.spec)
        except SchemaError as err:
            raise ConfigError(
                f"{output} holds records of report type '{name}', not '{report_type.spec}': "
                "one file holds one report type; write these records to another file "
                f"(-o other.jsonl), or pass --schema {name} to add to it"
            ) from err


# How many stop signals reached this module's handlers (see stop_signals_received).
_stops_seen = 0
# Set by ignore_stop_signals, cleared by interrupt_on_stop_signals: _raise_interrupt then
# does nothing, even where a run's own handler put it back after ignore_stop_signals.
_stops_ignored = False


def _stop() -> NoReturn:
    """Count a stop signal and stop as Ctrl-C does: raise ``KeyboardInterrupt``."""
    global _stops_seen
    _stops_seen += 1
    raise KeyboardInterrupt


def _raise_interrupt(signum: int, frame: FrameType | None) -> None:
    """The command line's signal handler: it stops as Ctrl-C does (raises
    ``KeyboardInterrupt``), unless :func:`ignore_stop_signals` was called since."""
    if not _stops_ignored:
        _stop()


def stop_signals_received() -> int:
    """How many times SIGINT or SIGTERM reached this module's handlers in this process.

    The ``KeyboardInterrupt`` a handler raises can be swallowed: a C extension interrupted
    while it imports (numpy) prints it and raises an ImportError of its own, with no cause. A
    caller notes the count when it starts and, meeting such an error, compares: a higher
    count means the user stopped the program meanwhile.
    """
    return _stops_seen


def ignore_stop_signals() -> None:
    """Ignore SIGINT and SIGTERM from now on: for a command line whose run has ended.

    Once every record is on disk and the output is released, a stop signal has nothing left
    to stop; the program finishes printing its summary and exits with the run's own code
    instead of saying it was interrupted (or dying while the interpreter shuts down).
    Only the handlers :func:`interrupt_on_stop_signals` installed are replaced: a program
    that did not install them (the CLI invoked in-process, from Python or a test) keeps its
    own. Off the main thread nothing changes. Called while a run's own handler is installed
    (from ``on_record``, once the last record is on disk), it takes effect when the run
    puts :func:`interrupt_on_stop_signals`' handler back: that handler then does nothing.
    """
    global _stops_ignored
    _stops_ignored = True
    if threading.current_thread() is threading.main_thread():
        for sig in _handled_signals():
            if signal.getsignal(sig) is _raise_interrupt:
                signal.signal(sig, signal.SIG_IGN)


def _handled_signals() -> tuple[signal.Signals, ...]:
    """The stop signals this process handles: SIGINT only when it was not started with it
    ignored (a shell script's background job, ``nohup``-like launchers): that choice of the
    parent's is kept, as Python itself keeps it."""
    return tuple(
        sig
        for sig in STOP_SIGNALS
        if sig != signal.SIGINT or signal.getsignal(sig) is not signal.SIG_IGN
    )


def interrupt_on_stop_signals() -> None:
    """Make SIGINT and SIGTERM raise ``KeyboardInterrupt`` in this process from now on.

    For a command line, at its start: a stop signal that arrives before a run executes (the
    schema loading, the output being opened, the client built) or after it ends then stops
    the program as one during the run does, through the same ``except KeyboardInterrupt``,
    instead of SIGTERM's default death (exit 143, no cleanup). A SIGINT the process was
    started with ignored stays ignored (a background job of a script is not stopped by the
    terminal's Ctrl-C). :meth:`Interrupts.installed` replaces these handlers while a run
    executes and puts them back after. Off the main thread nothing is installed.
    """
    global _stops_ignored
    _stops_ignored = False
    if threading.current_thread() is threading.main_thread():
        for sig in _handled_signals():
            signal.signal(sig, _raise_interrupt)


class Interrupts:
    """SIGINT and SIGTERM stop a run, but never while a record is being written.

    Raising KeyboardInterrupt at an arbitrary point could land inside serialising a record
    (pydantic then reports it as a serialisation error) or between writing a record and
    counting it. A signal that arrives inside :meth:`record` is held and raised as soon as the
    record is on disk; anywhere else it interrupts at once (so a run waiting minutes on a
    model stops immediately). Once the run calls :meth:`exhaust` (its last record is
    written, counted or being counted), signals are ignored, a held one included: a run
    with nothing left to do is not reported as stopped; under the command line's handlers
    (:func:`interrupt_on_stop_signals`) they stay ignored after the run, as
    :func:`ignore_stop_signals` makes them, while the program closes. A stop whose
    KeyboardInterrupt was swallowed on the way (raised inside a callback of the import
    system, or caught by a library) is still counted, and :meth:`record` stops the run at
    the next record.
    """

    def __init__(self) -> None:
        """Nothing is installed until :meth:`installed`; stops are counted from now."""
        self._writing = False
        self._stops_before = _stops_seen
        self._under_command_line = False
        self.exhausted = False

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.exhausted:  # every record is written: nothing is left to stop
            return
        if self._writing:
            global _stops_seen
            _stops_seen += 1  # counted now, raised once the record is on disk
            return
        _stop()

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Route SIGINT and SIGTERM to this object for the duration of the block.

        Off the main thread nothing is installed (Python delivers signals to the main
        thread only); an ignored SIGINT (the process was started so) stays ignored; the
        previous handlers are restored when the block ends.
        """
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {sig: signal.signal(sig, self._handle) for sig in _handled_signals()}
        self._under_command_line = any(h is _raise_interrupt for h in previous.values())
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def exhaust(self) -> None:
        """The plan's last record is written: stops have nothing left to stop from now on.

        Under the command line's handlers this is :func:`ignore_stop_signals` too (the
        handler the run puts back then does nothing while the program closes).
        """
        self.exhausted = True
        if self._under_command_line:
            ignore_stop_signals()

    @contextmanager
    def record(self) -> Iterator[None]:
        """Hold signals while one record is serialised, written and counted; then raise a
        held stop, or one received since the run began whose interrupt never arrived (a
        stop that was raised would have ended the run before this record)."""
        self._writing = True
        try:
            yield
        finally:
            self._writing = False
        if _stops_seen > self._stops_before and not self.exhausted:
            raise KeyboardInterrupt


@dataclass
class RunResult:
    """What executing a plan did.

    Attributes:
        plan: the plan executed.
        written: records this run appended (error records included).
        failed: of those, the errors.
        interrupted: SIGINT or SIGTERM (or KeyboardInterrupt) stopped the run; the records
            written so far are whole and on disk, and running the same sources again
            continues where it stopped. A stop signal that arrives once the last record is
            written (while ``on_record`` counts it) stops nothing and is ignored.
    """

    plan: Plan
    written: int = 0
    failed: int = 0
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        """Every source has a good record: nothing failed, skipped as failed or left undone."""
        return not (self.failed or self.plan.skipped_failed or self.interrupted)


OnRecord = Callable[["Extraction"], None]


class Run:
    """One extraction run into a JSONL output file: resumable and safe to interrupt.

    Use as a context manager, which holds the output's lock for the whole run (see the
    module docstring)::

        with Run(extractor, "out.jsonl", redo_failed=True) as run:
            plan = run.plan(sources)
            result = run.execute(plan, on_record=print)
    """

    def __init__(
        self,
        extractor: Extractor,
        output: str | os.PathLike[str],
        *,
        redo_failed: bool = False,
        refresh: bool | None = None,
        urls: Mapping[str, str] | None = None,
        handle_signals: bool = True,
    ) -> None:
        """Describe the run; nothing is read or locked until the ``with`` block.

        Args:
            extractor: does the extracting (its settings give the size limit of articles).
            output: the JSONL file records are appended to (created with its folder).
            redo_failed: extract again the sources whose record is an error (their old
                error records are dropped from the file once the new ones are on disk).
            refresh: extract every source again, replacing its records; None follows the
                extractor's ``settings.refresh`` (which also bypasses the cache).
            urls: pages' addresses by source as given (``-`` for stdin's).
            handle_signals: route SIGINT and SIGTERM to the run while it executes (main
                thread only), so they stop it between records; off, a KeyboardInterrupt
                still stops it, but may cut the record being written (that torn line is
                dropped by the next run).
        """
        self.extractor = extractor
        self.output = Path(output)
        self.redo_failed = redo_failed
        self.refresh = extractor.settings.refresh if refresh is None else refresh
        self.urls: Mapping[str, str] = urls or {}
        self.handle_signals = handle_signals
        self._lock = OutputLock(self.output)

    def __enter__(self) -> Self:
        """Take the output's lock.

        Raises:
            OutputLockedError: another run is writing the output.
            RecordError: the lock file cannot be created.
        """
        self._lock.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._lock.release()

    def plan(self, sources: Sequence[RunSource], *, stdin: BinaryIO | None = None) -> Plan:
        """Compare ``sources`` with the output's records (see :func:`plan_run`).

        Raises:
            ConfigError: the output holds records of another report type than the
                extractor's (one file holds one type).
            RecordError: the output exists but cannot be read.
        """
        done = ResumeIndex.from_file(self.output)
        check_report_types(self.output, done.report_types, self.extractor.report_type)
        return plan_run(
            sources,
            done,
            redo_failed=self.redo_failed,
            max_bytes=self.extractor.settings.max_document_bytes,
            stdin=stdin,
            urls=self.urls,
            refresh=self.refresh,
        )

    def execute(self, plan: Plan, *, on_record: OnRecord | None = None) -> RunResult:
        """Extract the plan's sources, appending each record as it finishes.

        The error records of ``plan.unreadable`` are written first, then the pending sources
        extracted. ``on_record`` is called with each Extraction once its record is on disk,
        before a held signal stops the run (so what it counts matches the file). The older
        records of a source in ``plan.retry_failed`` or ``plan.refreshed`` are dropped only
        at the end of the run (stopped or not), and only when it wrote the source's new
        record (a refreshed source's good record stays when its new one is an error), so a
        run stopped part-way loses no record. A run stopped before its first record leaves
        no empty file behind.

        Returns:
            What was written; ``interrupted`` when SIGINT, SIGTERM or KeyboardInterrupt
            stopped the run (the extractions in flight are cancelled, every finished record
            stays, each one whole).

        Raises:
            RecordError: the output cannot be read or written.
            RunStoppedError: the model endpoint cannot serve the rest of the run (its
                records so far stay).
        """
        result = RunResult(plan)
        existed = self.output.exists()
        replaced: set[str] = set()
        try:
            self._write_records(plan, result, on_record, replaced)
        finally:
            if replaced:  # the file's last result.written lines are this run's
                drop_replaced(self.output, replaced, appended=result.written)
            if not existed and self.output.exists() and self.output.stat().st_size == 0:
                self.output.unlink()
        return result

    def extract(
        self,
        sources: Sequence[RunSource],
        *,
        stdin: BinaryIO | None = None,
        on_record: OnRecord | None = None,
    ) -> RunResult:
        """Plan and execute in one call (:meth:`plan`, then :meth:`execute`).

        Raises:
            RecordError: the output cannot be read or written.
            RunStoppedError: the model endpoint cannot serve the rest of the run.
        """
        return self.execute(self.plan(sources, stdin=stdin), on_record=on_record)

    def _write_records(
        self, plan: Plan, result: RunResult, on_record: OnRecord | None, replaced: set[str]
    ) -> None:
        """Write the plan's records, counting them in ``result``; a stop signal ends the loop.

        Each source of ``plan.retry_failed`` or ``plan.refreshed`` whose new record replaces
        its older ones (any record of a retried source, a good one of a refreshed source) is
        added to ``replaced`` once that record is on disk.
        """
        retried = {path_key(p) for p in plan.retry_failed}
        refreshed = {path_key(p) for p in plan.refreshed}
        from baocao.pipeline import Extraction  # the model stack

        interrupts = Interrupts()
        installed: AbstractContextManager[None] = (
            interrupts.installed() if self.handle_signals else nullcontext()
        )
        with RecordWriter(self.output) as writer, installed:
            results = self.extractor.extract_many(plan.pending, urls=self.urls)
            try:
                unreadable = (
                    Extraction(
                        SourceInfo(error.source, ""),
                        error=ErrorInfo.from_exception(error),
                        schema=self.extractor.report_type.spec,
                    )
                    for error in plan.unreadable
                )
                for extraction in itertools.chain(unreadable, results):
                    with interrupts.record():
                        writer.write(extraction.to_record())
                        key = path_key(extraction.source.path)
                        if key in retried or (key in refreshed and extraction.ok):
                            replaced.add(extraction.source.path)
                        result.written += 1
                        result.failed += int(not extraction.ok)
                        # The plan is exhausted: a stop from now on (while the caller counts
                        # this record, say) has nothing to stop, and is ignored.
                        if result.written >= plan.total:
                            interrupts.exhaust()
                        if on_record is not None:
                            on_record(extraction)
            except KeyboardInterrupt:
                result.interrupted = True
            finally:
                close = getattr(results, "close", None)
                if callable(close):
                    close()  # cancels what is still in flight
