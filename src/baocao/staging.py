"""Outputs built beside their place and moved in at the end: a CSV file, a review site.

An export or a review can take minutes and be stopped (Ctrl-C, SIGTERM) or fail (a full
disk) part-way. Written in place, it would leave half a file where a good one was. Here the
new output is written to a hidden sibling (``.reports.csv.<random>.partial``, a folder
``.review.<random>.partial``) and moved in only once it is whole:

* :func:`staged_file`: one ``os.replace`` of the finished file over the old one (atomic on
  POSIX and Windows);
* :func:`staged_folder`: a folder that did not exist is built beside its place and renamed
  into it; one that exists gets a hidden folder inside (so nothing is written where the
  user may not write, ``--html .`` included), whose files are then moved over the old ones
  (the ones named ``last``, an index, after the others) and the names given as ``remove``
  deleted; the folder's other files are left alone.

Until the move, the previous output (or none) stays as it was; on any exception the partial
sibling is removed and the exception goes on. SIGINT and SIGTERM are held while the output
is moved in (a moment: renames) and re-raised after, so a stop never lands between two
files of a site. The standard library does all of it (``os.replace``, ``os.rename``); a
dependency would add nothing.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO

PARTIAL_SUFFIX = ".partial"
RANDOM_BYTES = 4  # 8 hex characters: two runs beside one output never pick the same name
NAME_ATTEMPTS = 16
PARTIAL_FOLDER = (
    "baocao"  # the hidden folder's name inside an existing folder: .baocao.<random>.partial
)
HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)

Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


def _partial_name(folder: Path, name: str) -> Path:
    """A hidden name in ``folder`` for new content: ``.<name>.<random>.partial``."""
    return folder / f".{name}.{secrets.token_hex(RANDOM_BYTES)}{PARTIAL_SUFFIX}"


@contextmanager
def _stops_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM for the block; a signal received meanwhile is raised after.

    Off the main thread (Python runs handlers there only), for a signal the process ignores
    and for one whose handler was set outside Python, nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        held.append(signum)

    previous: dict[signal.Signals, Handler] = {}
    for sig in HELD_SIGNALS:
        current = signal.getsignal(sig)
        # Ignored, or a handler set outside Python (None: it could not be put back): left.
        if current is not signal.SIG_IGN and current is not None:
            previous[sig] = signal.signal(sig, hold)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for signum in dict.fromkeys(held):  # each signal once, as the OS would deliver it
            signal.raise_signal(signum)


@contextmanager
def staged_file(path: Path, *, encoding: str) -> Iterator[TextIO]:
    """Write a new ``path`` through a hidden sibling, moved over ``path`` when the block ends.

    The file is opened for text with ``newline=""`` (the csv module's own line ends),
    created with the permissions a new file gets; it is flushed to disk before the move.
    When the block raises, the sibling is removed and ``path`` is as it was.

    Raises:
        OSError: the sibling cannot be created or written, or moved over ``path``.
    """
    for attempt in range(NAME_ATTEMPTS):
        partial = _partial_name(path.parent, path.name)
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            if attempt == NAME_ATTEMPTS - 1:
                raise
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with _stops_held():
            partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _make_folder(path: Path) -> Path:
    """A new hidden folder for ``path``'s files: beside it when it does not exist, else in it
    (permissions as a new folder gets)."""
    for attempt in range(NAME_ATTEMPTS):
        inside = path.is_dir()
        partial = _partial_name(
            path if inside else path.parent, PARTIAL_FOLDER if inside else path.name
        )
        try:
            partial.mkdir()
            return partial
        except FileExistsError:
            if attempt == NAME_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


@contextmanager
def staged_folder(
    path: Path, *, last: Iterable[str] = (), remove: Iterable[str] = ()
) -> Iterator[Path]:
    """Build files in a hidden folder, moved into ``path`` when the block ends.

    Args:
        path: the folder the files are for (created with its parents when missing).
        last: names moved in after every other file (an index linking to the others).
        remove: names deleted from ``path`` once the new files are in (an earlier run's
            files that this one did not write again).

    Yields:
        The folder to write the files to (flat: files only).

    When the block raises, the hidden folder is removed with what it holds and ``path`` is as
    it was (or still absent).

    Raises:
        OSError: ``path`` is a file, the hidden folder cannot be created, or a file cannot be
            moved into ``path``.
    """
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = _make_folder(path)
    try:
        yield partial
        with _stops_held():
            _move_in(partial, path, tuple(last), tuple(remove))
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise


def _move_in(partial: Path, path: Path, last: tuple[str, ...], remove: tuple[str, ...]) -> None:
    """Put the built files in place: the whole folder when ``path`` is new, else file by file."""
    if partial.parent != path:
        partial.rename(path)
        return
    names = sorted(entry.name for entry in partial.iterdir())
    ordered = [name for name in names if name not in last] + [n for n in last if n in names]
    for name in ordered:
        (partial / name).replace(path / name)
    for name in remove:
        (path / name).unlink(missing_ok=True)
    partial.rmdir()
