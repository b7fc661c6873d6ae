"""The ``baocao`` command line, thin over the public API.

Every command is a few lines over the library; what they share lives here:

* errors are mapped to exit codes in one place (:class:`ErrorMappingGroup`): a
  :class:`~baocao.errors.ConfigError`, :class:`~baocao.errors.SchemaError`,
  :class:`~baocao.errors.RunStoppedError` (unreachable endpoint, used-up quota, failing
  server) or
  :class:`~baocao.errors.OutputLockedError` (and click's usage errors) exit 2, any
  other :class:`~baocao.errors.BaocaoError` exits 1, Ctrl-C or SIGTERM exits 130
  (:func:`main` makes SIGTERM stop as Ctrl-C does);
  the user sees one line, never a traceback (``--verbose`` logs it);
* settings come from :meth:`Settings.from_env` with the flags as overrides, so the precedence
  is flags > environment > defaults;
* human output (progress, summaries, warnings) goes to stderr, data (tables, JSON) to stdout;
  off a terminal (a pipe, a file, a CI log) lines are never wrapped, so a file name is never
  cut in two (:func:`_console`).

Exit codes: 0 all good, 1 some sources failed (their records are still written) or a
``--strict`` gate (``check``, ``export``) found a failed record or an ungrounded value, 2
usage or configuration errors, a model endpoint that cannot be reached or an output file
another run is writing, 130 interrupted. A command whose data's reader goes away (``| head``)
ends quietly, exit 1, as Unix tools end without a message; a closed stderr (progress,
summaries) stops nothing: its lines are dropped (:class:`HumanOutput`).
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
import time
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Protocol, TextIO, cast
from urllib.parse import urlsplit

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text
from typer.core import TyperArgument, TyperGroup

from baocao import __version__
from baocao.cache import ExtractionCache, cache_exists
from baocao.crosscheck import IMPLIED_HOW
from baocao.documents import is_address, load_document, read_manifest
from baocao.errors import (
    BaocaoError,
    ConfigError,
    EndpointTimeoutError,
    EndpointUnreachableError,
    OutputLockedError,
    ProviderError,
    RunStoppedError,
    SchemaError,
)
from baocao.evaluation import evaluate, format_misses
from baocao.export import write_csv
from baocao.numerals import find_numbers
from baocao.records import (
    CheckStatus,
    Record,
    current_records,
    misfit_problem,
    read_records,
    recheck_record,
    resolve_report_types,
)
from baocao.review import INDEX_NAME, write_review_site
from baocao.runs import (
    STDIN_PATH,
    STDIN_SOURCE,
    Plan,
    Run,
    collect_sources,
    ignore_stop_signals,
    interrupt_on_stop_signals,
    stop_signals_received,
)
from baocao.schemas import available_report_types
from baocao.settings import (
    AUTO_MODE,
    DEFAULT_MAX_TOKENS,
    DEFAULT_SCHEMA,
    DEFAULT_TIMEOUT_S,
    ENV_VARS,
    MAX_TOKENS_ENV_VAR,
    MODE_CHOICES,
    OPENAI_HOST,
    TIMEOUT_ENV_VAR,
    Settings,
    resolve_endpoint,
)

if TYPE_CHECKING:
    from baocao.pipeline import Extraction
    from baocao.transport import TransportStats

logger = logging.getLogger(__name__)


def _report_types() -> str:
    """The bundled report types' names for ``--help`` ("?" on a broken install: the command
    itself then says what is wrong)."""
    try:
        return ", ".join(available_report_types())
    except BaocaoError:
        return "?"


REPORT_TYPES = _report_types()

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
MAX_LISTED_FAILURES = 10
LOGGER_NAME = "baocao"
# Off a terminal there is no screen to fit: a width no path reaches (Linux PATH_MAX) lets
# tables take their natural width and keeps every file name on one line.
PIPE_WIDTH = 4096
PIPE_LOG_FORMAT = "%(levelname)-8s %(message)s"

MODEL_ENV_VAR = next(var for var, name in ENV_VARS.items() if name == "model")
MAX_LISTED_MODELS = 10
NAME_A_MODEL = f"pass --model NAME (or set {MODEL_ENV_VAR})"


def _examples(*lines: str) -> str:
    """A help epilog listing example command lines, one per line."""
    # "\b" tells click not to re-wrap the paragraph that follows.
    return "Examples:\n\n\b\n" + "\n".join(f"  $ {line}" for line in lines)


# --- errors -> exit codes, in one place -------------------------------------------------


def _verbose() -> bool:
    return logging.getLogger(LOGGER_NAME).isEnabledFor(logging.DEBUG)


def _drop_output(stream: TextIO) -> None:
    """Point ``stream``'s file descriptor at the null device: its reader has gone.

    What is still buffered, and all that is written later, goes nowhere instead of failing
    again (and instead of Python's shutdown reporting the failed flush).
    """
    try:
        fd = stream.fileno()
    except (OSError, ValueError):  # not a real file (a test's capture): nothing to redirect
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


class HumanOutput(io.TextIOBase):
    """stderr for progress, summaries and warnings, which a closed reader does not stop.

    ``baocao extract ... 2>&1 | head -2`` closes the pipe after two lines: the next line
    would raise BrokenPipeError out of the run's progress callback and end the run. Here
    the first such error sends stderr to the null device (:func:`_drop_output`) and the
    run goes on writing its records; the lines it would have printed are dropped.
    """

    def __init__(self, stream: TextIO) -> None:
        """Write to ``stream``: the ``sys.stderr`` of the moment, taken before a progress
        bar replaces it with a proxy of its own, which writes back here."""
        super().__init__()
        self._stream = stream

    @property
    def encoding(self) -> str:  # type: ignore[override]  # TextIOBase's is a plain attribute
        """The stream's encoding."""
        return getattr(self._stream, "encoding", None) or "utf-8"

    def write(self, text: str) -> int:
        """Write to the stream; nothing when its reader has gone."""
        try:
            self._stream.write(text)
        except BrokenPipeError:
            _drop_output(self._stream)
        return len(text)

    def flush(self) -> None:
        """Flush the stream; nothing when its reader has gone."""
        try:
            self._stream.flush()
        except BrokenPipeError:
            _drop_output(self._stream)

    def isatty(self) -> bool:
        """Whether the stream is a terminal."""
        return self._stream.isatty()

    def fileno(self) -> int:
        """The stream's file descriptor."""
        return self._stream.fileno()


def _human_output() -> TextIO:
    """stderr as :class:`HumanOutput`."""
    # typeshed's IO[str] is a class, not a protocol: a TextIOBase is a text stream all the same.
    return cast("TextIO", HumanOutput(sys.stderr))


def _console(*, stderr: bool = False, highlight: bool = True) -> Console:
    """A rich console on stdout or stderr; off a terminal, one that never wraps a line.

    rich wraps to 80 columns when it writes to a pipe or a file, cutting file names mid-name
    (or shortening a table cell with an ellipsis); there, text is printed unwrapped and
    tables at their natural width. stderr is :class:`HumanOutput`, which a closed reader
    does not stop.
    """
    file = _human_output() if stderr else None
    console = Console(file=file, highlight=highlight)
    if console.is_terminal:
        return console
    return Console(file=file, highlight=highlight, width=PIPE_WIDTH, soft_wrap=True)


def _fail(message: str, code: int) -> NoReturn:
    """Print one line to stderr (and the traceback under --verbose), then exit.

    Stop signals are ignored from here: the command is ending, and a stop while its last
    line prints would cut it off.
    """
    ignore_stop_signals()
    if _verbose() and sys.exc_info()[0] is not None:
        _human_output().write(traceback.format_exc())
    _say_error(message)
    raise typer.Exit(code)


def _say_error(message: str) -> None:
    """Print ``Error: message`` on stderr, one line."""
    _console(stderr=True, highlight=False).print(f"[bold red]Error:[/] {message}", soft_wrap=True)


def _raised_by_a_stop(err: BaseException, stops_before: int) -> bool:
    """Whether ``err`` comes of a stop signal: a KeyboardInterrupt in its chain of causes, or
    a stop signal received since the count ``stops_before``
    (:func:`baocao.runs.stop_signals_received`).

    A library interrupted while it imports (numpy, for one) re-raises the signal as its own
    ImportError, with or without the KeyboardInterrupt as its cause; the user stopped the
    run, so it is an interruption, not a bug to report.
    """
    if stop_signals_received() > stops_before:
        return True
    seen: set[int] = set()
    cause: BaseException | None = err
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


# The key under which a command leaves, in its context's meta, how to say it was stopped
# (a callable: what it has written by then); without one a stop says "interrupted".
STOPPED_MESSAGE = "baocao.stopped_message"
# The key under which ErrorMappingGroup.invoke leaves the count of stop signals the command
# line started from (click shares meta with every nested context): a command compares it
# to stop_signals_received() to notice a stop whose KeyboardInterrupt a library swallowed.
STOPS_AT_START = "baocao.stops_at_start"
STOPPED_WHILE_PARSING = "interrupted while reading the command line: nothing was read or written"
# The count of stop signals when main() started, before it installed its handlers; taken
# (and cleared) by the first ErrorMappingGroup.invoke. None when the CLI runs inside
# another program (tests): the count is then taken as the command line is invoked.
_stops_at_main: int | None = None


def _take_stops_at_start() -> int:
    """The count of stop signals the command line started from (see ``_stops_at_main``)."""
    global _stops_at_main
    baseline = stop_signals_received() if _stops_at_main is None else _stops_at_main
    _stops_at_main = None
    return baseline


def _stopped(ctx: Any) -> str:
    """What a stopped command says: its own line (STOPPED_MESSAGE), else "interrupted"."""
    describe = ctx.meta.get(STOPPED_MESSAGE)
    return describe() if callable(describe) else "interrupted"


class PlainArgument(TyperArgument):
    """An argument shown by its metavar alone: ``PATH...``, not ``PATH <list[str]>``.

    typer prints a Python type after each argument's name in ``--help`` (``<list[str]>``,
    ``<file>``), which says nothing to a user the metavar and help do not; and ``{PATH}``
    on the usage line for a required one. Typer builds its arguments itself (there is no
    class to pass for them), so :class:`ErrorMappingGroup` makes its commands' arguments
    this class.
    """

    def display_type_rich(self, ctx: Any) -> str | None:
        """No type after the name: the metavar and the help say what to give."""
        return None

    def _rich_display_name(self) -> str:
        """The name in the Arguments list: ``PATH...`` for several, ``FILE`` for one."""
        return self.display_name_raw + ("..." if self.nargs != 1 else "")

    def _usage_display_name(self) -> str:
        """The name on the usage line: ``PATH...``, ``[PATH]...`` when optional."""
        name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
        return name + ("..." if self.nargs != 1 else "")


class ErrorMappingGroup(TyperGroup):
    """The command group that turns exceptions into one-line messages and exit codes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """The group, its commands' arguments shown plainly (:class:`PlainArgument`)."""
        super().__init__(*args, **kwargs)
        for command in self.commands.values():
            for param in command.params:
                if type(param) is TyperArgument:
                    param.__class__ = PlainArgument  # same fields, plainer help

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Parse the command line and run it; a stop while parsing ends with its line.

        typer turns a KeyboardInterrupt outside :meth:`invoke` (while the line is parsed:
        the only place one can reach it, since stops are ignored once a command has ended)
        into a bare exit 130, saying nothing; it is told apart by being that exit's cause.
        """
        try:
            return super().main(*args, **kwargs)
        except SystemExit as done:
            typer_exit = done.__context__
            if isinstance(typer_exit, typer.Exit) and isinstance(
                typer_exit.__cause__, KeyboardInterrupt
            ):
                ignore_stop_signals()
                _say_error(STOPPED_WHILE_PARSING)
            raise

    def invoke(self, ctx: Any) -> Any:  # typer vendors click: its Context type is private
        """Run the command; translate baocao's errors (and any bug) into an exit code.

        A stop received since the command line started (:func:`main`), even one whose
        KeyboardInterrupt a library swallowed while the CLI loaded, stops it here, before
        the command starts.
        """
        if STOPS_AT_START not in ctx.meta:
            ctx.meta[STOPS_AT_START] = _take_stops_at_start()
        stops_before: int = ctx.meta[STOPS_AT_START]
        try:
            if stop_signals_received() > stops_before:
                raise KeyboardInterrupt  # a stop a library swallowed: no command starts
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except KeyboardInterrupt:
            _fail(_stopped(ctx), EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader of the command's data went away (``baocao numbers --json | head``):
            # end quietly with 1, as rich does for what it prints. Human output never raises
            # it (HumanOutput) and the model stack reports its sockets' errors as its own,
            # so it is stdout's.
            _drop_output(sys.stdout)
            raise typer.Exit(EXIT_FAILED) from None
        except Exception as err:
            # A stop that a library turned into its own error (numpy's import raising
            # ImportError, which a schema file's loading reports as a SchemaError) is a stop.
            if _raised_by_a_stop(err, stops_before):
                _fail(_stopped(ctx), EXIT_INTERRUPTED)
            if isinstance(err, (ConfigError, SchemaError, RunStoppedError, OutputLockedError)):
                _fail(str(err), EXIT_USAGE)
            if isinstance(err, BaocaoError):
                _fail(str(err), EXIT_FAILED)
            # a bug: still no traceback unless asked for
            _fail(
                f"unexpected {type(err).__name__}: {err} "
                "(rerun with --verbose for the traceback, and please report it)",
                EXIT_FAILED,
            )
        finally:
            # The command has ended, its exit code decided: a stop has nothing left to stop
            # while the process exits (it would die by SIGINT, or claim an interruption).
            ignore_stop_signals()


app = typer.Typer(
    cls=ErrorMappingGroup,
    name="baocao",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help=(
        "Turn Vietnamese health-sector review articles into structured, verified reports: "
        "every number in a report is checked against the article."
    ),
    epilog=_examples(
        "baocao extract examples/articles -o out/reports.jsonl",
        "baocao review out/reports.jsonl --html out/review",
        "baocao export out/reports.jsonl --csv out/reports.csv --excel",
    ),
)
cache_app = typer.Typer(
    cls=ErrorMappingGroup,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Inspect or empty the extraction cache.",
    epilog=_examples("baocao cache info", "baocao cache clear --cache-dir /tmp/baocao-cache"),
)
app.add_typer(cache_app, name="cache")


def _log_handler() -> logging.Handler:
    """rich's handler on a terminal; plain lines elsewhere (rich pads each to the width)."""
    console = Console(file=_human_output())
    if console.is_terminal:
        return RichHandler(console=console, show_time=False, show_path=False, rich_tracebacks=False)
    handler = logging.StreamHandler(_human_output())
    handler.setFormatter(logging.Formatter(PIPE_LOG_FORMAT))
    return handler


def _configure_logging(verbose: bool) -> None:
    """Send baocao's log records to stderr: warnings by default, everything with --verbose."""
    package_logger = logging.getLogger(LOGGER_NAME)
    for old in list(package_logger.handlers):
        if getattr(old, "baocao_cli", False):
            package_logger.removeHandler(old)
    handler = _log_handler()
    handler.baocao_cli = True  # type: ignore[attr-defined]
    package_logger.addHandler(handler)
    package_logger.setLevel(logging.DEBUG if verbose else logging.WARNING)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"baocao {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log details (and tracebacks) to stderr.")
    ] = False,
) -> None:
    """Common options; see each command's --help."""
    _configure_logging(verbose)


Verbose = Annotated[
    bool, typer.Option("--verbose", "-v", help="Log details (and tracebacks) to stderr.")
]
MaxBytes = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        min=1,
        metavar="BYTES",
        help="Refuse articles larger than this (default 200000 bytes).",
    ),
]
RecordSchema = Annotated[
    str | None,
    typer.Option(
        metavar="NAME",
        help="Report type of records that do not name one (older files) or whose schema file "
        f"has moved: a name ({REPORT_TYPES}) or path/to/file.py:Class [default: the type the "
        f"records name, else {DEFAULT_SCHEMA}]. Another type than the records name is refused.",
    ),
]
SourceRoot = Annotated[
    Path | None,
    typer.Option(
        "--root",
        metavar="DIR",
        exists=True,
        file_okay=False,
        help="Folder the records' relative source paths are read from: the folder 'baocao "
        "extract' ran in [default: the current folder].",
    ),
]
RecordsFile = Annotated[
    Path,
    typer.Argument(
        metavar="OUT.jsonl",
        exists=True,
        dir_okay=False,
        help="Records written by 'baocao extract'.",
    ),
]


def _set_verbose(verbose: bool) -> None:
    if verbose:
        _configure_logging(True)


# --- extract ------------------------------------------------------------------------------


def source_urls(
    sources: Sequence[str], source_url: str | None, manifest: Path | None
) -> dict[str, str]:
    """The pages' addresses by source path, from ``--source-url`` or ``--manifest``.

    ``--source-url`` may name stdin's page (``-``). Manifest rows that match no source and
    sources that no row lists are counted in one warning.

    Raises:
        ConfigError: both options, ``--source-url`` with other than one source or not an
            http(s) address, or an unreadable manifest.
    """
    if source_url is not None and manifest is not None:
        raise ConfigError(
            "--source-url and --manifest both give the pages' addresses; pass one of them"
        )
    if source_url is not None:
        if not is_address(source_url):
            raise ConfigError(
                f"--source-url {source_url!r} is not a web address; "
                "pass the page's full http(s):// address"
            )
        if len(sources) != 1:
            raise ConfigError(
                f"--source-url names one page but {len(sources)} sources were given; "
                "use --manifest FILE.csv with 'path,url' rows for several"
            )
        return {sources[0]: source_url}
    if manifest is None:
        return {}
    listed = read_manifest(manifest)
    urls = {
        source: listed[Path(source).resolve()]
        for source in sources
        if source != STDIN_PATH and Path(source).resolve() in listed
    }
    unmatched_rows = len(listed) - len({Path(source).resolve() for source in urls})
    unlisted = len(sources) - len(urls)
    if unmatched_rows or unlisted:
        logger.warning(
            "%s: %d of its %d rows match no source given and %d of %d sources have no row "
            "(its paths are read relative to its own folder)",
            manifest,
            unmatched_rows,
            len(listed),
            unlisted,
            len(sources),
        )
    return urls


# Settings field -> the option that sets it, for messages about an invalid value.
OPTION_NAMES = {
    "model": "--model",
    "base_url": "--base-url",
    "concurrency": "--concurrency",
    "cache_dir": "--cache-dir",
    "schema_name": "--schema",
    "max_document_bytes": "--max-bytes",
    "context_window": "--context-window",
    "mode": "--mode",
    "offline": "--offline",
    "timeout_s": "--timeout",
    "max_tokens": "--max-tokens",
}


def build_settings(
    *,
    model: str | None = None,
    base_url: str | None = None,
    offline: bool = False,
    concurrency: int | None = None,
    no_cache: bool = False,
    refresh: bool = False,
    cache_dir: Path | None = None,
    schema: str | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
    context_window: int | None = None,
    mode: str | None = None,
    timeout: float | None = None,
    max_tokens: int | None = None,
) -> tuple[Settings, str | None]:
    """Settings from flags over the environment, and a notice when falling back to offline.

    The fallback is :func:`baocao.settings.resolve_endpoint`'s: with no key, no base URL and
    no --offline, a model asked for (--model or BAOCAO_MODEL) is a configuration error;
    otherwise baocao runs offline and says so.

    Raises:
        ConfigError: invalid values, or a model asked for without any endpoint.
    """
    settings = Settings.from_env(
        model=model,
        base_url=base_url,
        offline=True if offline else None,
        concurrency=concurrency,
        no_cache=True if no_cache else None,
        refresh=True if refresh else None,
        cache_dir=cache_dir,
        schema_name=schema,
        strict=True if strict else None,
        max_document_bytes=max_bytes,
        context_window=context_window,
        mode=mode,
        timeout_s=timeout,
        max_tokens=max_tokens,
        option_names=OPTION_NAMES,
    )
    return resolve_endpoint(settings, model_named=model is not None, option_names=OPTION_NAMES)


def choose_served_model(settings: Settings, *, named: bool) -> tuple[Settings, str | None]:
    """The model to ask a server for when none is named, and a notice saying which.

    The default model (gpt-4o-mini) is OpenAI's: sent to a local server it is refused or,
    worse, answered by whatever the server runs under a name that is not its own (and cached
    and priced as such). So when a base URL other than OpenAI's is set and no model is named
    (``named``: --model; or BAOCAO_MODEL in the environment), the server is asked
    (``GET /models``): the one model it serves is used, and the notice says so.

    Raises:
        ConfigError: the server lists several models, none, cannot list them, or answers
            nothing in time (busy): the message asks for --model (and names what it serves).
        EndpointUnreachableError: the server cannot be reached.
    """
    base_url = settings.base_url
    if settings.offline or named or base_url is None or os.environ.get(MODEL_ENV_VAR, "").strip():
        return settings, None
    if urlsplit(base_url).hostname == OPENAI_HOST:
        return settings, None
    from baocao.llm import list_models  # the model stack: loaded only when a server is asked

    try:
        served = list_models(settings)
    except EndpointUnreachableError:
        raise
    except EndpointTimeoutError as err:
        raise ConfigError(f"{err}: {NAME_A_MODEL} to skip the lookup") from err
    except ProviderError as err:
        raise ConfigError(
            f"no model named for {base_url}, and it did not list its models ({err}): {NAME_A_MODEL}"
        ) from err
    if len(served) == 1:
        notice = f"model {served[0]}: the one model {base_url} serves (--model names another)"
        return settings.model_copy(update={"model": served[0]}), notice
    if not served:
        raise ConfigError(f"no model named for {base_url}, which lists none: {NAME_A_MODEL}")
    listed = ", ".join(served[:MAX_LISTED_MODELS]) + (
        ", ..." if len(served) > MAX_LISTED_MODELS else ""
    )
    raise ConfigError(
        f"no model named for {base_url}, which serves {len(served)} models ({listed}): "
        f"{NAME_A_MODEL}"
    )


@dataclass
class Tally:
    """Running totals of an extract run."""

    total: int = 0
    done: int = 0
    cached: int = 0
    failed: int = 0
    checked: int = 0
    grounded: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    requests: int = 0
    prompted: int = 0  # articles sent to a model (cache hits and offline ones are not)
    prompt_fixed_chars: int = 0
    article_chars: int = 0
    first_prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    reasks_skipped: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens

    def add(self, extraction: Extraction) -> None:
        """Count one finished extraction."""
        self.done += 1
        self.cached += int(extraction.cached)
        self.prompt_tokens += extraction.usage.prompt_tokens
        self.completion_tokens += extraction.usage.completion_tokens
        self.cost_usd += extraction.usage.cost_usd
        self.requests += extraction.usage.requests
        usage = extraction.usage
        if usage.prompt_fixed_chars or usage.article_chars:
            self.prompted += 1
            self.prompt_fixed_chars += usage.prompt_fixed_chars
            self.article_chars += usage.article_chars
        self.first_prompt_tokens += usage.first_prompt_tokens
        self.cached_prompt_tokens += usage.cached_prompt_tokens
        self.reasks_skipped += usage.reasks_skipped
        if extraction.verification is not None:
            self.checked += extraction.verification.checked
            self.grounded += extraction.verification.grounded
        if not extraction.ok:
            self.failed += 1
            error = extraction.error
            message = f"{error.type}: {error.message}" if error else "failed"
            self.failures.append((extraction.source.path, message))


class Reporter(Protocol):
    """Shows the progress of an extract run."""

    def advance(self, extraction: Extraction, tally: Tally) -> None:
        """One source finished."""

    def close(self) -> None:
        """The run is over."""


class ProgressBar:
    """A rich progress bar on stderr (for terminals)."""

    def __init__(self, console: Console, total: int) -> None:
        """Start the bar."""
        self._progress = Progress(
            TextColumn("[bold]extract"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(
                "cached {task.fields[cached]} · [red]failed {task.fields[failed]}[/] · "
                "{task.fields[tokens]} tokens · ${task.fields[cost]:.4f}"
            ),
            TimeRemainingColumn(),
            console=console,
        )
        self._task = self._progress.add_task(
            "extract", total=total, cached=0, failed=0, tokens=0, cost=0.0
        )
        self._progress.start()

    def advance(self, extraction: Extraction, tally: Tally) -> None:
        """Move the bar and refresh the counters."""
        self._progress.update(
            self._task,
            advance=1,
            cached=tally.cached,
            failed=tally.failed,
            tokens=tally.tokens,
            cost=tally.cost_usd,
        )

    def close(self) -> None:
        """Stop the bar (it stays on screen)."""
        self._progress.stop()


class LogLines:
    """One plain line per finished source on stderr (for logs and pipes)."""

    def __init__(self) -> None:
        """Print to stderr as it is now."""
        self._stream = _human_output()

    def advance(self, extraction: Extraction, tally: Tally) -> None:
        """Print the line for one source."""
        where = f"[{tally.done}/{tally.total}] {extraction.source.path}"
        if extraction.ok:
            v = extraction.verification
            grounded = f"{v.grounded}/{v.checked} grounded" if v is not None else "not verified"
            cached = ", cached" if extraction.cached else ""
            typer.echo(f"{where}: ok ({grounded}{cached})", file=self._stream)
        else:
            error = extraction.error
            message = f"{error.type}: {error.message}" if error else "failed"
            typer.echo(f"{where}: FAILED {message}", file=self._stream)

    def close(self) -> None:
        """Nothing to clean up."""


def _tokens_cell(tally: Tally) -> str:
    if tally.requests and not tally.tokens:
        # Some local servers send no usage: the cost shown is then not a measured 0.
        return f"not reported by the endpoint ({tally.requests} requests)"
    return f"{tally.prompt_tokens} + {tally.completion_tokens}"


def _prompt_rows(tally: Tally) -> list[tuple[str, str]]:
    """How the prompts split: the fixed part against the articles, first asks against re-asks."""
    if not tally.prompted:
        return []
    rows = [
        (
            "prompt chars: fixed + article (mean)",
            f"{tally.prompt_fixed_chars // tally.prompted} + "
            f"{tally.article_chars // tally.prompted}",
        )
    ]
    if tally.first_prompt_tokens:
        reasked = tally.prompt_tokens - tally.first_prompt_tokens
        rows.append(
            ("prompt tokens: first asks + re-asks", f"{tally.first_prompt_tokens} + {reasked}")
        )
    if tally.cached_prompt_tokens:
        rows.append(("  from the server's prompt cache", str(tally.cached_prompt_tokens)))
    if tally.reasks_skipped:
        rows.append(("re-asks not sent: context too small", str(tally.reasks_skipped)))
    return rows


def _summary_table(
    tally: Tally, plan: Plan, output: Path, elapsed: float, transport: TransportStats | None
) -> Table:
    table = Table(title="baocao extract", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows: list[tuple[str, str]] = [
        ("extracted ok", str(tally.done - tally.failed)),
        ("  from cache", str(tally.cached)),
        ("failed", str(tally.failed)),
        ("values grounded / checked", f"{tally.grounded} / {tally.checked}"),
        ("tokens (prompt + completion)", _tokens_cell(tally)),
        *_prompt_rows(tally),
        ("cost", f"${tally.cost_usd:.4f}"),
        ("time", f"{elapsed:.1f} s"),
        ("records", str(output)),
    ]
    if transport is not None and transport.rate_limited:
        rows.insert(
            -2,
            (
                "rate limited (HTTP 429)",
                f"{transport.rate_limited} of {transport.requests} requests; concurrency "
                f"settled at {transport.concurrency} of {transport.max_concurrency}",
            ),
        )
    if plan.skipped_good:
        rows.insert(3, ("skipped: already done", str(plan.skipped_good)))
    if plan.skipped_failed:
        rows.insert(
            3, ("skipped: failed before (use --redo-failed)", str(len(plan.skipped_failed)))
        )
    for what, count in rows:
        table.add_row(what, count)
    return table


EXTRACT_HELP = f"""Extract a report from every article and append one JSON record per article.

Records are flushed to disk as each article finishes, so an interrupted run (Ctrl-C,
SIGTERM, while starting or extracting; exit 130) keeps every finished record; run the same
command again to continue: sources that
already have a good record (same path, same document sha256) are skipped, and failed ones
are skipped too unless --redo-failed is given (--refresh extracts every source again).

Settings: flags win over the environment ({", ".join(ENV_VARS)}), which wins over
defaults.

One run writes OUT.jsonl at a time: a second run on the same file exits 2 at once, naming
the first one's pid (the lock, .OUT.jsonl.lock beside it, goes when its run ends, crash
included).

Exit status: 0 every source has a good record, 1 some failed (their error records are
written), 2 usage or configuration error or OUT.jsonl in use by another run, 130
interrupted."""


@app.command(
    help=EXTRACT_HELP,
    epilog=_examples(
        "baocao extract examples/articles -o out/reports.jsonl",
        "baocao extract a.txt b.html -o out.jsonl --model gpt-4o-mini   (needs OPENAI_API_KEY)",
        "baocao extract news/ -o out.jsonl --base-url http://localhost:11434/v1 --model qwen2.5",
        "cat article.txt | baocao extract - -o out.jsonl --offline",
        "baocao extract articles/ -o out.jsonl --redo-failed   (resume; retry the failures)",
    ),
)
def extract(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Article files, folders (searched recursively for .txt, .html, .htm, .md) "
            "or - for one article on stdin (its record's source is <stdin>).",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="OUT.jsonl",
            dir_okay=False,
            help="JSONL file to append records to.",
        ),
    ],
    model: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="Model name [env BAOCAO_MODEL; default gpt-4o-mini on api.openai.com; with "
            "another --base-url, the one model the server lists, else exit 2].",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            metavar="URL",
            help="OpenAI-compatible endpoint, e.g. a local Ollama, vLLM or llama.cpp server "
            "[env OPENAI_BASE_URL].",
        ),
    ] = None,
    offline: Annotated[
        bool,
        typer.Option(
            "--offline",
            help="Use the rule-based extractor, no model. This is also what happens when no "
            "endpoint is configured at all (no OPENAI_API_KEY, no --base-url, no --model): "
            "baocao says so in one line. --model without an endpoint is an error (exit 2).",
        ),
    ] = False,
    concurrency: Annotated[
        int | None,
        typer.Option(
            min=1,
            metavar="N",
            help="Model requests in flight at once [env BAOCAO_CONCURRENCY; default 8].",
        ),
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option(
            metavar="MODE",
            help=f"How the model is asked for JSON: {' | '.join(MODE_CHOICES)}. "
            f"'{AUTO_MODE}' starts with tools and moves down the list when the endpoint "
            "refuses a mode, remembering what works for the run; any other mode is used as "
            "given [env BAOCAO_MODE; default auto].",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the cache.")
    ] = False,
    refresh: Annotated[
        bool,
        typer.Option(
            "--refresh",
            help="Extract every source again: ignore cached results (but store the fresh "
            "ones) and replace the sources' records already in OUT.jsonl.",
        ),
    ] = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            file_okay=False,
            metavar="DIR",
            help="Cache folder [env BAOCAO_CACHE_DIR; default: the user cache dir].",
        ),
    ] = None,
    schema: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help=f"Report type: a name of schemas/ ({REPORT_TYPES}) or path/to/file.py:Class "
            f"[default: {DEFAULT_SCHEMA}].",
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="A value not found in the article makes the record an error. Offline, a "
            "reviewed period's year the page implies but never prints is reported as null "
            "instead (printed values only), as is the year of a next period planned after it "
            "(its printed kind kept) and a meeting date whose year only that year gives, so "
            "such a page keeps its record and figures.",
        ),
    ] = False,
    redo_failed: Annotated[
        bool,
        typer.Option(
            "--redo-failed",
            help="Retry sources whose record in OUT.jsonl is an error (OUT.jsonl is rewritten "
            "without those old error records first).",
        ),
    ] = False,
    source_url: Annotated[
        str | None,
        typer.Option(
            metavar="URL",
            help="The page's address, for one PATH file or - (recorded as source.url; the "
            "offline rules place the article from it when its text names no place).",
        ),
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE.csv",
            exists=True,
            dir_okay=False,
            help="CSV of 'path,url' rows: the pages' addresses, as --source-url for many "
            "(paths relative to the manifest's folder; a header row may name more columns).",
        ),
    ] = None,
    max_bytes: MaxBytes = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            min=0.001,
            metavar="SECONDS",
            help="How long one model request may take before it is abandoned and sent "
            "again. On a slow local server (a CPU, a long article) raise it above the time "
            "one answer takes: a request abandoned early is re-sent while the server is still "
            f"generating the first answer [env {TIMEOUT_ENV_VAR}; default "
            f"{DEFAULT_TIMEOUT_S:g}].",
        ),
    ] = None,
    max_tokens: Annotated[
        int | None,
        typer.Option(
            min=1,
            metavar="N",
            help="The answer's token limit: a report cut at it is a TruncatedError record; "
            "it is also kept free in --context-window [env "
            f"{MAX_TOKENS_ENV_VAR}; default {DEFAULT_MAX_TOKENS}].",
        ),
    ] = None,
    context_window: Annotated[
        int | None,
        typer.Option(
            min=1,
            metavar="TOKENS",
            help="The endpoint's context size: a request that would not fit it (with the "
            "answer's --max-tokens) is not sent: an article gets a ContextWindowError record, "
            "a re-ask is skipped and the last answer kept, flagged; a size too small for any "
            "article exits 2 [env BAOCAO_CONTEXT_WINDOW; default: learned from the first "
            "refusal].",
        ),
    ] = None,
    verbose: Verbose = False,
) -> None:
    """Extract a report from every article and append one JSON record per article.

    The command's help is :data:`EXTRACT_HELP` (it lists the environment variables from
    :data:`baocao.settings.ENV_VARS`).
    """
    # The summary's time is the run's: from the process's start (or this command's), the
    # backend's loading included.
    started = time.monotonic() if _process_started is None else _process_started
    # Counted from the command line's start: a stop swallowed while typer loaded the
    # command counts too.
    stops_at_start: int = ctx.meta[STOPS_AT_START]  # set by ErrorMappingGroup.invoke
    _set_verbose(verbose)
    console = _console(stderr=True)
    tally = Tally()
    # A stop signal while starting (schema, output, client) or during the run (main() makes
    # SIGTERM raise KeyboardInterrupt as SIGINT does) ends the same way, in ErrorMappingGroup:
    # with this line, saying what is on disk. Once the records are all written, stop signals
    # are ignored while the summary is printed.
    ctx.meta[STOPPED_MESSAGE] = lambda: _stopped_message(tally.done, output, tally.total)
    sources = collect_sources(paths)
    urls = source_urls(sources, source_url, manifest)
    settings, notice = build_settings(
        model=model,
        base_url=base_url,
        offline=offline,
        concurrency=concurrency,
        no_cache=no_cache,
        refresh=refresh,
        cache_dir=cache_dir,
        schema=schema,
        strict=strict,
        max_bytes=max_bytes,
        context_window=context_window,
        mode=mode,
        timeout=timeout,
        max_tokens=max_tokens,
    )
    settings, served = choose_served_model(settings, named=model is not None)
    # Imported here: the model stack (openai, instructor) and the gazetteer take seconds to
    # import, which every other command (and --help) should not pay.
    from baocao.pipeline import Extractor

    # Config errors (exit 2) before touching OUT, and before the notices: a run the backend
    # refuses (another report type offline) is not first announced as an offline run.
    extractor = Extractor(settings)
    for line in (notice, served):
        if line:
            console.print(Text(line, style="yellow"), soft_wrap=True, highlight=False)
    # Then one writer at a time, for the whole run.
    with (
        extractor,
        Run(extractor, output, redo_failed=redo_failed, refresh=refresh, urls=urls) as run,
    ):
        plan = run.plan(sources)
        tally.total = plan.total
        reporter: Reporter = (
            ProgressBar(console, tally.total) if console.is_terminal else LogLines()
        )

        def advance(extraction: Extraction) -> None:
            # Once the last record is on disk the run ignores stops (its closing, then the
            # summary: it put the command line's handlers back, doing nothing).
            tally.add(extraction)
            reporter.advance(extraction, tally)

        if stop_signals_received() > stops_at_start:
            raise KeyboardInterrupt  # a stop a library swallowed while the run was set up
        try:
            interrupted = run.execute(plan, on_record=advance).interrupted
        finally:
            reporter.close()
        transport = extractor.transport_stats
    # Every record is on disk and OUT released: a stop from here on has nothing to stop.
    ignore_stop_signals()
    console.print(_summary_table(tally, plan, output, time.monotonic() - started, transport))
    for path, message in tally.failures[:MAX_LISTED_FAILURES]:
        console.print(Text.assemble(("failed ", "red"), f"{path}: {message}"), soft_wrap=True)
    if plan.skipped_new_url:
        console.print(
            Text(
                f"note: {plan.skipped_new_url} source(s) already done were skipped, so the "
                "address now given is not in their records; pass --refresh to re-extract them",
                style="yellow",
            ),
            soft_wrap=True,
        )
    if interrupted:
        _fail(_stopped_message(tally.done, output, tally.total), EXIT_INTERRUPTED)
    if tally.failed or plan.skipped_failed:
        raise typer.Exit(EXIT_FAILED)


def _stopped_message(written: int, output: Path, planned: int = 0) -> str:
    """What an interrupted ``extract`` says: what is on disk and how to go on.

    ``planned``: the records the run's plan holds (0 before it is made). A stop once all
    of them are written (as the run closes, before the summary) has left nothing to do.
    """
    records = f"{written} record{'' if written == 1 else 's'}"
    if planned and written >= planned:
        return f"stopped after all {records} of this run were written to {output}: none is left"
    return (
        f"interrupted: {records} written to {output} by this run; "
        "run the same command again to continue"
    )


# --- check, export, review, eval -----------------------------------------------------------


@app.command(
    epilog=_examples(
        "baocao check out/reports.jsonl",
        "baocao check out/reports.jsonl --strict   (exit 1 when anything failed or is ungrounded)",
        "baocao check ~/project/out/reports.jsonl --root ~/project   (run elsewhere)",
        "baocao check out/reports.jsonl --matches   (how each value matched the article)",
    )
)
def check(
    records_file: RecordsFile,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit 1 when any record failed, any value is ungrounded, or a source is "
            "missing, changed, unreadable or its report invalid.",
        ),
    ] = False,
    schema: RecordSchema = None,
    root: SourceRoot = None,
    max_bytes: MaxBytes = None,
    matches: Annotated[
        bool,
        typer.Option(
            "--matches",
            help="Also list every checked value: its path, value, status and how it matched "
            "the article (exact, scaled, percent, ratio_side, range_end, ambiguous).",
        ),
    ] = False,
    verbose: Verbose = False,
) -> None:
    """Re-verify the records against their source files.

    Only the latest record per source is checked: its last good record, else its last error
    (a source extracted again after an edit has its older records ignored). Its source is
    loaded again, its report re-validated with its schema and every number and quote searched
    in the article again. Prints each ungrounded value (source, path, value, and why: printed
    nowhere, or printed with another unit than reported) and each source
    that is missing or changed since extraction (sha256 differs). With ``--matches``, every
    checked value too, with the kinds of match found for it (a quote has none).
    """
    _set_verbose(verbose)
    limit = Settings.build(max_document_bytes=max_bytes).max_document_bytes
    table = Table(title="ungrounded values", title_justify="left")
    for column in ("source", "path", "value", "why"):
        table.add_column(column, overflow="fold")
    checked = Table(title="checked values", title_justify="left")
    for column in ("source", "path", "value", "status", "matches"):
        checked.add_column(column, overflow="fold")
    counts: dict[CheckStatus, int] = dict.fromkeys(CheckStatus, 0)
    notes: list[str] = []
    implied = 0  # ungrounded values that are years the extractor implied (CheckItem.implied_year)
    implied_sources: list[str] = []
    records = current_records(read_records(records_file))
    resolve_report_types(records, schema)
    misfit = _warn_misfit(records_file, records, schema)
    for record in records:
        result = recheck_record(record, schema=schema, max_bytes=limit, root=root)
        counts[result.status] += 1
        for path, value in result.ungrounded:
            table.add_row(result.source, path, value, result.why(path))
            item = result.item(path)
            if item is not None and item.implied_year:
                implied += 1
                if result.source not in implied_sources:
                    implied_sources.append(result.source)
        if matches and result.verification is not None:
            for item in result.verification.items:
                kinds = ", ".join(dict.fromkeys(match.value for match in item.matches))
                checked.add_row(
                    result.source, item.path, item.value, item.status.value, kinds or NO_MATCH
                )
        if result.changed:
            notes.append(f"{result.source}: changed since extraction (sha256 differs)")
        if result.message:
            notes.append(f"{result.source}: {result.status}: {result.message}")
    out = _console()
    if checked.row_count:
        out.print(checked)
    if table.row_count:
        out.print(table)
    err = _console(stderr=True, highlight=False)
    for note in notes:
        err.print(note, markup=False, soft_wrap=True)
    if counts[CheckStatus.MISSING] and root is None and not misfit:
        err.print(MISSING_SOURCES_HINT, markup=False, soft_wrap=True)
    err.print(
        ", ".join(f"{count} {status}" for status, count in counts.items() if count) or "no records",
        markup=False,
    )
    problems = sum(count for status, count in counts.items() if status is not CheckStatus.OK)
    if strict and problems:
        if implied:
            _fail(_implied_failure(counts, table.row_count, implied, implied_sources), EXIT_FAILED)
        raise typer.Exit(EXIT_FAILED)


# How many sources a message names before it counts the rest ("a.txt, b.txt and 3 more").
NAMED_SOURCES = 3


def _some(sources: Sequence[str]) -> str:
    """The first :data:`NAMED_SOURCES` of ``sources`` and how many more."""
    named = ", ".join(sources[:NAMED_SOURCES])
    rest = len(sources) - NAMED_SOURCES
    return f"{named} and {rest} more" if rest > 0 else named


def _implied_failure(
    counts: Mapping[CheckStatus, int], ungrounded: int, implied: int, sources: Sequence[str]
) -> str:
    """``check --strict``'s last line when some ungrounded values are implied years: the
    advice alone when they are all that fails, else every cause first."""
    years = f"{'is a year' if implied == 1 else 'are years'} the extractor implied"
    where = f"in {_some(sources)}"
    advice = (
        "(a period printed without its year): check each by hand before summing by period, "
        "or extract --offline --strict to get null instead"
    )
    others = {
        status: count
        for status, count in counts.items()
        if count and status not in (CheckStatus.OK, CheckStatus.UNGROUNDED)
    }
    if not others and ungrounded == implied:
        what = "the ungrounded value" if implied == 1 else f"all {implied} ungrounded values"
        return f"--strict: {what} {years} {where} {advice}"
    causes = [f"{count} {status}" for status, count in others.items()]
    causes.append(f"{ungrounded} ungrounded value{'s' if ungrounded != 1 else ''}")
    return (
        f"--strict: fails on {', '.join(causes)}; {implied} of the ungrounded values {years} "
        f"{where} {advice}"
    )


NO_MATCH = "-"  # the matches cell of a quote or an ungrounded number


def _warn_misfit(records_file: Path, records: list[Record], schema: str | None) -> bool:
    """Warn when records that name no report type all fail to validate as the one used.

    Returns:
        True when warned (the records are probably of another type: a hint about missing
        sources would point the wrong way).
    """
    problem = misfit_problem(records, schema)
    if problem is None:
        return False
    _console(stderr=True).print(
        Text.assemble(
            ("warning: ", "yellow"),
            f"no report in {records_file} validates as report type "
            f"'{schema or DEFAULT_SCHEMA}' (first problem: {problem}): the records are "
            "probably of another report type; pass --schema NAME or path/to/file.py:Class "
            "naming theirs",
        ),
        soft_wrap=True,
    )
    return True


MISSING_SOURCES_HINT = (
    "Relative source paths are read from the current folder: run check from the folder "
    "'baocao extract' ran in, or pass --root DIR."
)


FileState = tuple[int, int, int] | None  # a file's (device, inode, mtime_ns); None: absent


def _file_state(path: Path) -> FileState:
    """What tells a file apart from the one that replaces it (None when there is none)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino, stat.st_mtime_ns


def _output_stopped_message(what: str, before: FileState, now: FileState) -> str:
    """What a stopped ``export`` or ``review`` says of its output, looking at it on disk.

    Both build their output beside it and move it in at the end (:mod:`baocao.staging`),
    so a stop leaves the previous output or the new one whole, never a part.
    """
    if now == before:
        left = "was not written" if now is None else "was left as it was"
        return f"interrupted: {what} {left} (run the same command again to write it)"
    return f"interrupted after {what} was written in full"


@app.command(
    epilog=_examples(
        "baocao export out/reports.jsonl --csv out/reports.csv",
        "baocao export out/reports.jsonl --csv out/reports.csv --excel",
        "baocao export ~/project/out/reports.jsonl --csv x.csv --root ~/project   (run elsewhere)",
        "baocao export out/reports.jsonl --csv out/reports.csv --strict   (exit 1 when "
        "a record failed or a value is ungrounded)",
    )
)
def export(
    ctx: typer.Context,
    records_file: RecordsFile,
    csv_path: Annotated[
        Path,
        typer.Option("--csv", metavar="FILE", dir_okay=False, help="CSV file to write."),
    ],
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help="For spreadsheets: start the file with a BOM so Excel reads Vietnamese text, "
            "and put an apostrophe before any text cell starting with = + - @ (or a tab or "
            "carriage return) so it cannot run as a formula. Numbers stay numbers. Without "
            "--excel the cells are written verbatim.",
        ),
    ] = False,
    schema: RecordSchema = None,
    root: SourceRoot = None,
    max_bytes: MaxBytes = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit 1 (after writing the file) when any record failed or any value is "
            "ungrounded.",
        ),
    ] = False,
    verbose: Verbose = False,
) -> None:
    """Write one CSV row per item of each report's lists of figures, with its article's fields.

    An article without figures gets one row of its fields (its figure columns empty), so
    articles can be counted per province or period.

    Columns come from the report type's fields (named by their paths), or as its schema file
    declares them. Each record is re-verified against its source, as check does: grounded is
    yes/no in the current source text; verified is grounded, ungrounded, changed (the record
    or its source changed since extraction, e.g. a value edited by hand), source_missing or
    invalid. Only the latest record per source is used: its last good record (a source
    extracted again after an edit has its older records ignored). Records that are errors
    give no rows: their count is printed as a warning, and so is the count of values it
    cannot vouch for.
    """
    _set_verbose(verbose)
    before = _file_state(csv_path)
    ctx.meta[STOPPED_MESSAGE] = lambda: _output_stopped_message(
        str(csv_path), before, _file_state(csv_path)
    )
    limit = Settings.build(max_document_bytes=max_bytes).max_document_bytes
    records = current_records(read_records(records_file))
    misfit = _warn_misfit(records_file, records, schema)
    result = write_csv(records, csv_path, excel=excel, schema=schema, max_bytes=limit, root=root)
    err = _console(stderr=True, highlight=False)
    err.print(f"wrote {result.rows} rows to {csv_path}", markup=False, soft_wrap=True)
    warnings = []
    if not records:
        warnings.append(
            f"{records_file} holds no records: the CSV has its header only "
            "(did 'baocao extract' write to another file?)"
        )
    if result.failed:
        warnings.append(
            f"{result.failed} of {len(records)} records failed and give no rows "
            f"(see 'baocao check {records_file}'; --strict exits 1 on them)"
        )
    if result.ungrounded:
        warnings.append(
            f"ungrounded values (grounded=no: not printed in their article, or printed "
            f"with another unit; 'baocao check' says which): {result.ungrounded} "
            "(--strict exits 1 on them)"
            + (
                f"; {result.implied} of them "
                f"{'a year' if result.implied == 1 else 'years'} the extractor implied, "
                f"in {_some(result.implied_sources)}: {IMPLIED_HOW}"
                if result.implied
                else ""
            )
        )
    if result.changed:
        warnings.append(
            f"values changed since extraction (verified=changed: the record or its source was "
            f"edited): {result.changed} (--strict exits 1 on them)"
        )
    if result.unproven:
        warnings.append(
            f"records whose values cannot be checked (verified=source_missing or invalid): "
            f"{result.unproven} "
            + (
                "(--strict exits 1)"
                if misfit
                else "(--root DIR names the folder extract ran in; --strict exits 1)"
            )
        )
    for warning in warnings:
        err.print(Text.assemble(("warning: ", "yellow"), warning), soft_wrap=True)
    if strict and result.problems:
        raise typer.Exit(EXIT_FAILED)


@app.command(
    epilog=_examples(
        "baocao review out/reports.jsonl --html out/review",
        "xdg-open out/review/index.html",
        "baocao review ~/project/out/reports.jsonl --html site --root ~/project",
    )
)
def review(
    ctx: typer.Context,
    records_file: RecordsFile,
    html_dir: Annotated[
        Path,
        typer.Option("--html", metavar="DIR", file_okay=False, help="Folder to write the site to."),
    ],
    schema: RecordSchema = None,
    root: SourceRoot = None,
    max_bytes: MaxBytes = None,
    verbose: Verbose = False,
) -> None:
    """Write a static review site: an overview and one page per article, every record re-verified.

    Each record is re-checked against its source, as check does: a value edited since
    extraction shows as changed, a record whose source is gone as source missing. The
    overview lists failures, changed records and ungrounded values first, then charts of the
    items and articles per value of the report's fields, then every article (filter and sort
    in the page). An article page shows the text with its numbers marked (green: grounds a
    value; grey: used by none) beside a table per list of figures: click a row to mark its
    figure in the text. The site is
    self-contained (no network), so it can be zipped and shared; writing it again removes
    the pages it wrote before and no other file.

    One page per source, from the latest record per source: its last good record, else its
    last error (a source extracted again after an edit has its older records ignored).
    """
    _set_verbose(verbose)
    index_file = html_dir / INDEX_NAME  # moved in last: changed once the new site is in
    before = _file_state(index_file)
    ctx.meta[STOPPED_MESSAGE] = lambda: _output_stopped_message(
        f"the review site in {html_dir}", before, _file_state(index_file)
    )
    limit = Settings.build(max_document_bytes=max_bytes).max_document_bytes
    records = current_records(read_records(records_file))
    _warn_misfit(records_file, records, schema)
    index = write_review_site(records, html_dir, max_bytes=limit, root=root, schema=schema)
    _console(stderr=True, highlight=False).print(f"review site: {index}", markup=False)


@app.command(
    name="eval",
    epilog=_examples(
        "baocao eval out/reports.jsonl --gold examples/gold",
        "baocao eval out/reports.jsonl --gold examples/gold --json > scores.json",
    ),
)
def eval_(
    records_file: RecordsFile,
    gold: Annotated[
        Path,
        typer.Option(
            metavar="DIR",
            exists=True,
            file_okay=False,
            help="Folder of gold reports named <article file stem>.json.",
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    schema: RecordSchema = None,
    verbose: Verbose = False,
) -> None:
    """Score records against gold reports: field accuracy, item precision/recall/F1.

    What is scored comes from the report type's schema (and the rules declared beside it):
    its fields, and the items of each list of figures, paired on value and unit; for the
    pairs, the table also gives how often each other attribute agrees with the gold.
    Then every miss, per field: the article and both values (gold -> predicted), the gold
    items not found and the predicted ones that match none (--json: "misses"). Only the
    latest record per source is scored: its last good record, else its last error. A failed
    record counts as missed: its gold items are not found and its fields are wrong. A score
    with nothing to score shows n/a (null in --json): precision with nothing predicted,
    grounding with nothing checked, an attribute with no matched pair.
    """
    _set_verbose(verbose)
    records = current_records(read_records(records_file))
    _warn_misfit(records_file, records, schema)
    report = evaluate(records, gold, schema=schema)
    if report.articles and not any(article.has_gold for article in report.articles):
        _console(stderr=True).print(
            Text(
                f"warning: no <stem>.json in {gold} matched a record's source file: nothing "
                "was scored; name each gold after its article file (a.txt -> a.json)",
                style="yellow",
            ),
            soft_wrap=True,
        )
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    out = _console()
    table = Table(title="baocao eval", title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in report.summary().items():
        table.add_row(name, _format_score(value))
    out.print(table)
    articles = Table(title="per article", title_justify="left")
    for column in ("source", "precision", "recall", "mismatched fields", "error"):
        articles.add_column(column, overflow="fold")
    for article in report.articles:
        articles.add_row(
            article.source,
            _format_score(article.precision) if article.has_gold else "no gold",
            _format_score(article.recall) if article.has_gold else "",
            ", ".join(article.mismatched_fields),
            article.error or "",
        )
    out.print(articles)
    lines = format_misses(report)
    if lines:
        out.print("misses (gold -> predicted)", style="bold")
        for line in lines:
            out.print(Text(line), soft_wrap=True)


NOT_APPLICABLE = "n/a"  # a score with nothing to score (JSON null)


def _format_score(value: Any) -> str:
    if value is None:
        return NOT_APPLICABLE
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


# --- cache, numbers ---------------------------------------------------------------------------

CacheDir = Annotated[
    Path | None,
    typer.Option(
        file_okay=False,
        metavar="DIR",
        help="Cache folder [env BAOCAO_CACHE_DIR; default: the user cache dir].",
    ),
]


def _cache_folder(cache_dir: Path | None) -> Path:
    directory = Settings.from_env(cache_dir=cache_dir).cache_dir
    if directory is None:
        raise ConfigError("no cache folder configured: pass --cache-dir or set BAOCAO_CACHE_DIR")
    return directory


@cache_app.command(epilog=_examples("baocao cache info", "baocao cache info --cache-dir /tmp/c"))
def info(cache_dir: CacheDir = None, verbose: Verbose = False) -> None:
    """Show where the cache is and what it holds."""
    _set_verbose(verbose)
    table = Table(show_header=False)
    directory = _cache_folder(cache_dir)
    if not cache_exists(directory):  # only looking: nothing is made where no cache is
        _console(stderr=True, highlight=False).print(f"no cache at {directory} yet")
        return
    with ExtractionCache(directory) as cache:
        details = cache.info()
    for key, value in details.items():
        table.add_row(str(key), str(value))
    _console().print(table)


@cache_app.command(epilog=_examples("baocao cache clear", "baocao cache clear --cache-dir /tmp/c"))
def clear(cache_dir: CacheDir = None, verbose: Verbose = False) -> None:
    """Delete every cached extraction."""
    _set_verbose(verbose)
    directory = _cache_folder(cache_dir)
    if not cache_exists(directory):  # a mistyped folder is said, not made a cache
        _console(stderr=True, highlight=False).print(f"no cache at {directory}: nothing to clear")
        return
    with ExtractionCache(directory) as cache:
        removed = cache.clear()
    _console(stderr=True, highlight=False).print(f"removed {removed} cached extractions")


@app.command(
    epilog=_examples(
        "baocao numbers examples/articles/000_653dcc8e01e3b730.txt",
        "baocao numbers article.html --json | jq '.[] | select(.kind == \"percent\")'",
        "baocao numbers article.txt --explain",
    )
)
def numbers(
    file: Annotated[str, typer.Argument(metavar="FILE", help="An article file, or - for stdin.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON list instead of a table.")
    ] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Also show the scanner rule that read each number (a column; a 'rule' key "
            "with --json).",
        ),
    ] = False,
    max_bytes: MaxBytes = None,
    verbose: Verbose = False,
) -> None:
    """List every number the scanner finds in one article: span, raw text, readings, kind.

    With --explain, each number also shows the rule that read it: a plain number's rule is
    named in baocao.numerals.PLAIN_RULES (first match wins); "+linked_range" and the like
    name a later pass that changed the reading.
    """
    _set_verbose(verbose)
    limit = Settings.build(max_document_bytes=max_bytes).max_document_bytes
    if file == STDIN_PATH:
        document = load_document(sys.stdin.buffer.read(), max_bytes=limit, source=STDIN_SOURCE)
    elif not Path(file).exists():
        raise ConfigError(f"path not found: {file}")
    else:
        document = load_document(Path(file), max_bytes=limit)
    mentions = find_numbers(document.text)
    if as_json:
        rows: list[dict[str, object]] = [
            {
                "start": m.start,
                "end": m.end,
                "raw": m.raw,
                "values": [str(v) for v in m.values],
                "kind": str(m.kind),
                "unit": m.unit,
                "qualifier": str(m.qualifier),
                "denominator": [str(v) for v in m.denominator],
            }
            for m in mentions
        ]
        if explain:
            for row, m in zip(rows, mentions, strict=True):
                row["rule"] = m.rule
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{document.source}: {len(mentions)} numbers", title_justify="left")
    columns = ("start", "end", "raw", "values", "kind", "unit", "qualifier")
    for column in (*columns, "rule") if explain else columns:
        table.add_column(
            column, overflow="fold", justify="right" if column in ("start", "end") else "left"
        )
    for m in mentions:
        values = " | ".join(str(v) for v in m.values)
        if m.denominator:
            values += " / " + " | ".join(str(v) for v in m.denominator)
        cells = [
            str(m.start),
            str(m.end),
            m.raw,
            values,
            str(m.kind),
            m.unit or "",
            str(m.qualifier),
        ]
        if explain:
            cells.append(m.rule)
        table.add_row(*cells)
    _console().print(table)


# When this process started, on the monotonic clock: set by main(), so that the extract
# summary's time includes starting Python and importing baocao (a second or more) as a
# user's stopwatch does. None when the CLI runs inside another program (tests).
_process_started: float | None = None
PROC_UPTIME = Path("/proc/uptime")
PROC_SELF_STAT = Path("/proc/self/stat")
STAT_STARTTIME_FIELD = 19  # field 22, starttime, counted after the ")" ending the name


def _process_age_s() -> float:
    """How long this process has been running: Linux's /proc says; elsewhere 0 (unknown)."""
    try:
        uptime_s = float(PROC_UPTIME.read_text(encoding="ascii").split()[0])
        fields = PROC_SELF_STAT.read_text(encoding="ascii").rsplit(")", 1)[1].split()
        started_s = int(fields[STAT_STARTTIME_FIELD]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0
    return max(0.0, uptime_s - started_s)


def main() -> None:
    """Entry point of the ``baocao`` console script."""
    global _process_started, _stops_at_main
    _process_started = time.monotonic() - _process_age_s()
    _stops_at_main = stop_signals_received()
    interrupt_on_stop_signals()  # SIGTERM stops as Ctrl-C does, from here on (exit 130)
    app()
