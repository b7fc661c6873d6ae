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
from types import FrameType

EXIT_STOPPED = 130  # 128 + SIGINT, as the CLI's stops exit
STOPPED_WHILE_STARTING = "baocao: stopped while starting; nothing was read or written."


class _StartStops:
    """Counts the stop signals received while starting; each one raises KeyboardInterrupt.

    Counted because a library may swallow the KeyboardInterrupt raised inside its own import
    and fail with another error instead: a stop received is then still a stop.
    """

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.count += 1
        raise KeyboardInterrupt


def main() -> None:
    """Entry point of the ``baocao`` console script."""
    stops = _StartStops()
    for signum in (signal.SIGINT, signal.SIGTERM):
        # A job started with SIGINT ignored (``baocao ... &`` in a script) keeps ignoring it.
        if signal.getsignal(signum) is not signal.SIG_IGN:
            signal.signal(signum, stops)
    try:
        from baocao.cli import main as cli_main
    except BaseException:
        if stops.count:
            print(STOPPED_WHILE_STARTING, file=sys.stderr)
            raise SystemExit(EXIT_STOPPED) from None
        raise
    cli_main()


if __name__ == "__main__":
    main()
