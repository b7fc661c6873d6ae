"""The ``baocao`` command and ``python -m baocao``: start the CLI, a stop while starting included.

Importing the CLI takes about half a second (typer, rich, pydantic, trafilatura). A Ctrl-C or
SIGTERM in that time would end as it ends any Python program: a traceback, or exit 143 with
no word. :func:`main` is the console script's entry: it imports nothing of baocao's before
it has made both signals stop the start quietly, with exit 130 and one line saying nothing
was read or written, and then hands over to :func:`baocao.cli.main`, which installs the
run's own handling (``runs.interrupt_on_stop_signals``).
"""

from __future__ import annotations

import signal
import sys

TYPE_CHECKING = False  # not typing's: ~7 ms of imports before the signals are handled
if TYPE_CHECKING:
    from types import FrameType
    from typing import NoReturn

EXIT_STOPPED = 130  # 128 + SIGINT, as the CLI's stops exit
STOPPED_WHILE_STARTING = "baocao: stopped while starting; nothing was read or written."


class _StartStops:
    """Counts the stop signals received while starting; each one raises KeyboardInterrupt.

    Counted because the KeyboardInterrupt may not reach :func:`main`: raised inside a callback
    of the import system it is only printed ("Exception ignored in ..."), and a library may
    catch it inside its own import and fail with another error. A stop received is a stop.
    """

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.count += 1
        raise KeyboardInterrupt


def _stopped() -> NoReturn:
    """End the start: no more stops (one is enough), the line, exit 130."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_IGN)
    print(STOPPED_WHILE_STARTING, file=sys.stderr)
    raise SystemExit(EXIT_STOPPED)


def _unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """Python's report of an exception it could not raise, but not a stop's interrupt.

    A stop signal's handler can run inside a callback of the import system, whose
    KeyboardInterrupt Python can only print ("Exception ignored in ...", a traceback). The
    stop is counted all the same (here and in ``baocao.runs``) and ends the program with
    its own line; the printout would only look like a crash.
    """
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)


def main() -> None:
    """Entry point of the ``baocao`` console script."""
    sys.unraisablehook = _unraisable
    stops = _StartStops()
    for signum in (signal.SIGINT, signal.SIGTERM):
        # A job started with SIGINT ignored (``baocao ... &`` in a script) keeps ignoring it.
        if signal.getsignal(signum) is not signal.SIG_IGN:
            signal.signal(signum, stops)
    try:
        from baocao.cli import main as cli_main
    except BaseException:
        if stops.count:
            _stopped()
        raise
    if stops.count:  # a stop the import system swallowed: the import went on, the stop holds
        _stopped()
    try:
        cli_main()
    except KeyboardInterrupt:
        # Only before a command runs (typer building it): during one, the CLI's error
        # handling ends every stop with its own line.
        _stopped()


def _forget_interrupted_exec() -> None:
    """Clear CPython's note that an ``exec`` of source text ended in KeyboardInterrupt.

    A stop that lands while a library defines code with ``exec`` (dataclasses, typing do, as
    they are imported) leaves that note set even once the stop is handled; under ``python -m``
    the interpreter then exits by SIGINT whatever code the program chose (130). Each
    ``exec`` of text resets the note when it starts, so an empty one clears it.
    """
    exec("")  # empty source: run only for the reset


if __name__ == "__main__":
    try:
        main()
    finally:
        _forget_interrupted_exec()  # the exit code stays the program's, under python -m too
