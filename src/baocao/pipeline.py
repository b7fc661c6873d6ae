"""The extraction pipeline: load → scan → cache → backend → verify → record.

:class:`Extractor` turns articles into :class:`Extraction` records. Each article goes
through one async path (:meth:`Extractor._extract_one`):

1. ``load_document`` (a :class:`DocumentError` becomes that article's error);
2. ``NumberIndex`` over the normalised text;
3. the cache (a backend with a cache identity: the model): a hit is re-validated against
   the schema and costs 0;
4. the :class:`~baocao.backends.Backend` chosen at construction: the model (prompt rendered
   from the report type's templates, then :meth:`ModelClient.complete` with the document
   and index as grounding context) or the offline rules;
5. ``verify`` (every number and quote located in the article; the grounding validator's
   verification is reused when it checked the very report returned), then the policy: warn,
   or in strict mode an error instead of the report;
6. the cache keeps successful reports.

Each :class:`Extraction` names the report type used (``schema``: a registry name, or a
schema file's absolute path), and :meth:`Extraction.to_record` turns it into the typed JSONL line,
:class:`baocao.record.Record`.

Every per-article exception becomes that :class:`Extraction`'s ``error``; a batch never
stops for one article. Configuration problems (no key, unknown schema) are raised by the
constructor instead, and an endpoint that cannot serve the rest of the run
(:class:`RunStoppedError`: unreachable, its quota used up, or failing article after article)
stops the batch: it is raised to the caller and the articles it interrupted get no record,
so a rerun once the cause is gone extracts them.

``extract()`` and ``extract_many()`` share that path. Both run it on an event loop in a
background thread owned by the Extractor (one HTTP connection pool for its lifetime, usable
from any thread, even one that already runs an event loop). ``extract_many()`` keeps at most
``concurrency`` requests in flight (the HTTP pool's limit) with as many articles again loaded
and waiting for a connection, and yields results as they complete; closing its iterator
early (or Ctrl-C) cancels the outstanding work.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import logging
import os
import queue
import threading
import weakref
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, SecretStr, ValidationError

from baocao.backends import Backend, ModelBackend, OfflineBackend
from baocao.cache import ExtractionCache
from baocao.crosscheck import Policy, Verification, enforce, verify
from baocao.documents import Document, load_document
from baocao.errors import (
    BaocaoError,
    ConfigError,
    DocumentError,
    GroundingError,
    RunStoppedError,
    SchemaError,
)
from baocao.llm import ModelClient
from baocao.numerals import NumberIndex
from baocao.prompts import load_prompts
from baocao.record import ErrorInfo, Record, SourceInfo, Usage
from baocao.schemas import ReportType, load_report_type, model_report_type, schema_hash
from baocao.settings import Settings
from baocao.transport import TransportStats

logger = logging.getLogger(__name__)

Source = str | os.PathLike[str] | Document
T = TypeVar("T")

TEXT_LABEL = "<text>"
LABEL_MAX_CHARS = 200  # a longer str (or one with a newline) is article text, not a path
SHUTDOWN_TIMEOUT_S = 10.0  # closing waits this long for the HTTP pool to close
CANCEL_GRACE_S = 10.0  # an abandoned batch waits this long for its tasks to cancel


@dataclass
class Extraction:
    """The result for one article: report, verification, usage and provenance.

    Attributes:
        source: path and text hash of the article.
        report: the schema instance, or None when extraction failed (or strict mode refused).
        verification: where each number and quote was found (None when there is no report).
        usage: tokens and cost of every attempt (zero for a cache hit or offline).
        cached: the report came from the cache.
        error: None on success.
        schema: the report type used (:attr:`ReportType.spec`: a registry name as given, a
            schema file by its absolute path); the Extractor sets it.
    """

    source: SourceInfo
    report: BaseModel | None = None
    verification: Verification | None = None
    usage: Usage = field(default_factory=Usage)
    cached: bool = False
    error: ErrorInfo | None = None
    schema: str | None = None

    @property
    def ok(self) -> bool:
        """True when there is a report and no error."""
        return self.error is None and self.report is not None

    def to_record(self) -> Record:
        """The JSONL record of DESIGN.md (verification includes its ``items``)."""
        return Record(
            source=self.source,
            schema=self.schema,
            report=None if self.report is None else self.report.model_dump(mode="json"),
            verification=self.verification,
            usage=self.usage,
            cached=self.cached,
            error=self.error,
        )


class _LoopThread:
    """An event loop running in a daemon thread; the Extractor's coroutines all run on it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="baocao-extractor", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            loop = self._loop
        return asyncio.run_coroutine_threadsafe(coro, loop)

    def stop(self, final: Callable[[], Awaitable[None]] | None = None) -> None:
        """Run ``final`` on the loop (if it ever started), then stop the loop and thread."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        if final is not None:

            async def run_final() -> None:
                await final()

            try:
                asyncio.run_coroutine_threadsafe(run_final(), loop).result(SHUTDOWN_TIMEOUT_S)
            except Exception as err:  # closing must not fail the caller
                logger.debug("closing the model client failed: %s", err)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(SHUTDOWN_TIMEOUT_S)
        if not thread.is_alive():
            loop.close()


def _shutdown(runner: _LoopThread, backend: Backend, cache: ExtractionCache | None) -> None:
    runner.stop(backend.aclose)
    if cache is not None:
        cache.close()


_END = object()  # the producer of extract_many has finished


@dataclass(frozen=True)
class _Raise:
    """Raised in the caller's thread: the caller's iterable of sources failed, or the
    endpoint is dead."""

    error: BaseException


def _refuse_unreloadable(report_type: ReportType) -> None:
    """Refuse a model given from code that the records could not name for a later reading.

    A record names its report type by schema file and class (``path.py:Class``): ``check``,
    ``export``, ``review`` and ``eval`` load it from there. A class of a script run as
    ``__main__`` (loading it would run the script again), of a module with no file (``python
    -c``, a notebook) or nested in another class cannot be loaded so.

    Raises:
        SchemaError: naming why, and to put the model in a schema file of its own.
    """
    model = report_type.model
    if model.__module__ == "__main__":
        why = "it is defined in the script being run, which loading it would run again"
    elif report_type.module_path == Path():
        why = "its module has no file"
    elif "." in model.__qualname__:
        why = "it is nested in another class"
    else:
        return
    raise SchemaError(
        f"{model.__qualname__}: records name their report type by schema file and class, "
        f"and this model cannot be loaded from one ({why}); put it in a .py file of its own "
        "and pass the class imported from there, or 'path.py:Class'"
    )


class Extractor:
    """Turns articles into verified reports (see the module docstring).

    Use as a context manager, or call :meth:`close`, to release the HTTP pool, the cache
    and the background thread (also released when the Extractor is garbage-collected).
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | SecretStr | None = None,
        schema: str | type[BaseModel] | None = None,
        offline: bool | None = None,
        cache_dir: str | os.PathLike[str] | None = None,
        concurrency: int | None = None,
        strict: bool | None = None,
        no_cache: bool | None = None,
        refresh: bool | None = None,
        mode: str | None = None,
        model_client: ModelClient | None = None,
    ) -> None:
        """Validate the configuration and prepare the backend.

        Args:
            settings: the run's settings; None reads the environment
                (:meth:`Settings.from_env`). Keyword arguments that are not None win.
            model, base_url, api_key, schema, offline, cache_dir, concurrency, strict,
                no_cache, refresh, mode: override the matching settings
                (``schema`` is ``Settings.schema_name``; it may also be the report model
                itself, a class imported from code: its schema file is then the class's
                module, as :func:`baocao.schemas.model_report_type` reads it).
            model_client: a ready :class:`ModelClient` (tests inject one with zero
                backoff); built from the settings when None.

        Raises:
            ConfigError: invalid settings, no API key for a model run, an offline run with a
                schema the offline backend cannot fill, a context window (``context_window``)
                too small for any article, or an unusable cache folder.
            SchemaError: the report type or its prompt templates cannot be loaded.
        """
        given_type = (
            None if schema is None or isinstance(schema, str) else model_report_type(schema)
        )
        if given_type is not None:
            _refuse_unreloadable(given_type)
        overrides: dict[str, Any] = {
            "model": model,
            "base_url": base_url,
            "api_key": api_key,
            "schema_name": given_type.spec if given_type is not None else schema,
            "offline": offline,
            "cache_dir": None if cache_dir is None else Path(cache_dir),
            "concurrency": concurrency,
            "strict": strict,
            "no_cache": no_cache,
            "refresh": refresh,
            "mode": mode,
        }
        if settings is None:
            settings = Settings.from_env(**overrides)
        elif any(value is not None for value in overrides.values()):
            settings = Settings.build(**{**settings.model_dump(), **overrides})
        self.settings = settings
        self.report_type: ReportType = given_type or load_report_type(settings.schema_name)
        self._policy = Policy.STRICT if settings.strict else Policy.WARN
        self._schema_hash = schema_hash(self.report_type.model)
        self._backend = self._make_backend(settings, model_client)
        # The backend's cache identity is None when its reports are not cached (offline).
        self._cache_identity = self._backend.cache_identity
        self._cache: ExtractionCache | None = None
        if (
            self._cache_identity is not None
            and settings.uses_cache
            and settings.cache_dir is not None
        ):
            self._cache = ExtractionCache(settings.cache_dir)
        self._runner = _LoopThread()
        self._finalizer = weakref.finalize(
            self, _shutdown, self._runner, self._backend, self._cache
        )

    def _make_backend(self, settings: Settings, model_client: ModelClient | None) -> Backend:
        """The offline rules or the model, chosen once (see :mod:`baocao.backends`)."""
        if settings.offline:
            return OfflineBackend(self.report_type, strict=settings.strict)
        prompts = load_prompts(self.report_type)
        client = model_client if model_client is not None else ModelClient(settings)
        return ModelBackend(client, self.report_type, prompts)

    # ---- public API ----------------------------------------------------------------------

    def extract(self, source: Source, *, url: str | None = None) -> Extraction:
        """Extract one article (a path, article text, or a loaded :class:`Document`).

        ``url`` is the page's address when the caller knows it (recorded in ``source.url``;
        the offline backend reads the province from it when the article names none).
        Never raises for a problem with the article: it is the Extraction's ``error``.

        Raises:
            RunStoppedError: the model endpoint cannot serve the run (unreachable, its
                quota used up, or failing with server errors).
        """
        future = self._submit(self._extract_one(source, url))
        try:
            return future.result()
        except BaseException:
            future.cancel()  # e.g. KeyboardInterrupt while waiting
            raise

    def extract_many(
        self, sources: Iterable[Source], *, urls: Mapping[str, str] | None = None
    ) -> Iterator[Extraction]:
        """Extract many articles, ``concurrency`` requests at a time, yielded as they complete.

        ``urls`` gives pages' addresses by path as given (``str(path)``, a manifest's
        ``path,url`` rows), as ``url`` does for :meth:`extract`.
        The order of results is completion order; each Extraction names its source. Closing
        the iterator early (``break``, an exception in the loop body, Ctrl-C) cancels the
        articles still in flight.

        Raises:
            RunStoppedError: the model endpoint cannot serve the rest of the run
                (unreachable, its quota used up, or failing with server errors): the batch
                stops; the articles not finished have no Extraction.
            Exception: whatever iterating ``sources`` raised, after the results before it.
        """
        results: queue.Queue[object] = queue.Queue()
        future = self._submit(self._produce(iter(sources), results, urls or {}))
        finished = False
        try:
            while True:
                item = results.get()
                if item is _END:
                    finished = True
                    return
                if isinstance(item, _Raise):
                    raise item.error
                if isinstance(item, Extraction):
                    yield item
        finally:
            if not finished:
                future.cancel()
                _drain_until_end(results)

    @property
    def transport_stats(self) -> TransportStats | None:
        """HTTP requests, 429 answers and the concurrency settled at (None offline)."""
        return self._backend.transport_stats

    @property
    def cache(self) -> ExtractionCache | None:
        """The cache in use (None offline or with ``no_cache``)."""
        return self._cache

    def close(self) -> None:
        """Release the HTTP pool, the cache and the background thread (idempotent)."""
        self._finalizer()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ---- the one path ----------------------------------------------------------------------

    def _submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        if not self._finalizer.alive:
            coro.close()
            raise RuntimeError("this Extractor is closed: create a new one")
        return self._runner.submit(coro)

    async def _produce(
        self,
        sources: Iterator[Source],
        results: queue.Queue[object],
        urls: Mapping[str, str],
    ) -> None:
        """Feed sources to bounded concurrent extractions, putting results as they complete."""
        # The backend says how many articles to prepare per request slot (with a model, a
        # freed connection goes to a request that is ready: benchmarks/README.md, batch).
        slots = asyncio.Semaphore(self._backend.articles_per_slot * self.settings.concurrency)
        tasks: set[asyncio.Task[None]] = set()
        dead: list[RunStoppedError] = []  # the endpoint died: the batch stops

        async def one(source: Source) -> None:
            try:
                url = None if isinstance(source, Document) else urls.get(os.fspath(source))
                results.put(await self._extract_one(source, url))
            except RunStoppedError as err:
                dead.append(err)
            finally:
                slots.release()

        try:
            try:
                for source in sources:
                    await slots.acquire()
                    if dead:
                        break
                    task = asyncio.create_task(one(source))
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
                    # Yield once per article started. Started back to back, the articles'
                    # CPU work (loading, scanning, building the request) all runs ahead of
                    # their sends: the requests leave, and the answers return, in one burst
                    # that every later round of the batch inherits (1.2x vs 1.4x the ideal
                    # wall time in benchmarks/batch.py). Interleaved, they stay staggered.
                    await asyncio.sleep(0)
            except Exception as err:  # the caller's iterable failed: finish what started
                results_error: BaseException | None = err
            else:
                results_error = None
            while tasks and not dead:
                await asyncio.wait(set(tasks), return_when=asyncio.FIRST_COMPLETED)
            if dead:  # what is still in flight would fail the same way: no records
                await _cancel(tasks)
                results.put(_Raise(dead[0]))
            elif results_error is not None:
                results.put(_Raise(results_error))
        except asyncio.CancelledError:
            await _cancel(tasks)
            raise
        finally:
            results.put(_END)

    async def _extract_one(self, source: Source, url: str | None = None) -> Extraction:
        """One article through the whole pipeline, its Extraction naming the report type;
        raises only for cancellation and a dead endpoint."""
        extraction = await self._run_one(source, url)
        extraction.schema = self.report_type.spec
        return extraction

    async def _run_one(self, source: Source, url: str | None) -> Extraction:
        """The steps of :meth:`_extract_one` (see the module docstring)."""
        try:
            document = self._load(source, url)
        except DocumentError as err:
            return Extraction(SourceInfo(err.source, ""), error=ErrorInfo.from_exception(err))
        except Exception as err:
            return self._unexpected(SourceInfo(_label(source), ""), err, Usage())
        info = SourceInfo(document.source, document.sha256, document.url)
        usage = Usage()
        key: str | None = None
        try:
            index = NumberIndex(document.text)
            report: BaseModel | None = None
            if self._cache is not None:
                key = self._cache_key(document)
                if not self.settings.refresh:
                    report = self._cached_report(key, document.source)
            cached = report is not None
            # The grounding validator leaves its verification in the context; verify reuses
            # it for a report with the same values, and walks any other (a cache hit, an
            # answer the validator did not reach) itself.
            context: dict[str, Any] = {"document": document, "index": index}
            if report is None:
                report = await self._backend.fill(document, index, usage, context)
            verification = verify(report, document, index, context=context)
        except RunStoppedError:
            raise  # not this article's fault: the batch stops
        except BaocaoError as err:
            return Extraction(info, usage=usage, error=ErrorInfo.from_exception(err))
        except Exception as err:
            return self._unexpected(info, err, usage)
        try:
            enforce(verification, self._policy, document.source)
        except GroundingError as err:
            # Strict mode: an error instead of the report; the verification says what failed.
            return Extraction(
                info, None, verification, usage, cached, ErrorInfo.from_exception(err)
            )
        if key is not None and not cached and self._cache is not None:
            self._cache.put(key, report.model_dump(mode="json"))
        return Extraction(info, report, verification, usage, cached)

    def _load(self, source: Source, url: str | None) -> Document:
        if isinstance(source, Document):
            return source if url is None else dataclasses.replace(source, url=url)
        return load_document(source, max_bytes=self.settings.max_document_bytes, url=url)

    def _cache_key(self, document: Document) -> str:
        if self._cache_identity is None:
            raise ConfigError("the cache is only used with a backend that has a cache identity")
        return ExtractionCache.make_key(
            **self._cache_identity,
            schema=self.report_type.name,
            schema_hash=self._schema_hash,
            document=document.sha256,
        )

    def _cached_report(self, key: str, label: str) -> BaseModel | None:
        """The cached report for ``key``, re-validated; None for a miss or a stale entry."""
        if self._cache is None:
            return None
        stored = self._cache.get(key)
        if stored is None:
            return None
        try:
            return self.report_type.model.model_validate(stored)
        except ValidationError:
            logger.info("%s: cached report no longer fits the schema: extracting again", label)
            return None

    @staticmethod
    def _unexpected(info: SourceInfo, error: Exception, usage: Usage) -> Extraction:
        # A bug or an unforeseen input: recorded for this article, the batch goes on.
        logger.debug("%s: unexpected error", info.path, exc_info=True)
        message = f"unexpected {type(error).__name__}: {error}"
        return Extraction(info, usage=usage, error=ErrorInfo(type(error).__name__, message))


async def _cancel(tasks: set[asyncio.Task[None]]) -> None:
    """Cancel ``tasks`` and wait until they have finished."""
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def _drain_until_end(results: queue.Queue[object]) -> None:
    """Wait (bounded) for an abandoned producer to finish cancelling."""
    while True:
        try:
            item = results.get(timeout=CANCEL_GRACE_S)
        except queue.Empty:
            logger.debug("abandoned batch did not finish cancelling in time")
            return
        if item is _END:
            return


def _label(source: Source) -> str:
    if isinstance(source, Document):
        return source.source
    text = os.fspath(source)
    if "\n" in text or len(text) > LABEL_MAX_CHARS:
        return TEXT_LABEL
    return text
