"""Outputs built beside their place and moved in at the end: a CSV file, a review site.

An export or a review can take minutes and be stopped (Ctrl-C, SIGTERM) or fail (a full
disk) part-way. Written in place, it would leave half a file where a good one was. Here the
new output is written to a hidden sibling (``.reports.csv.<pid>.<random>.partial``, a folder
``.review.<pid>.<random>.partial``) and moved in only once it is whole:

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

A CSV target that is not a regular file (a FIFO, ``/dev/stdout``, a shell's ``/dev/fd/N``) is
written in place, as a shell's ``>`` would: there is no file to keep whole. A symbolic link
is followed: the file it names is replaced (with that file's permission bits) and the link
stays. A process killed outright (SIGKILL, a power cut) cannot remove its hidden sibling; the
process id in the name lets the next run beside the same output remove it (POSIX: a
process that no longer exists), so leftovers never pile up.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import signal
import stat
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TextIO, TypeVar

PARTIAL_SUFFIX = ".partial"
RANDOM_BYTES = 4  # 8 hex characters: two runs beside one output never pick the same name
NAME_ATTEMPTS = 16
PARTIAL_FOLDER = (
    "baocao"  # the hidden folder's name inside an existing folder: .baocao.<pid>.<random>.partial
)
HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)

Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


SYMLINK_HOPS = 40  # Linux's own limit on links followed in one path (ELOOP beyond)
PROCESS_FOLDER = ("/", "proc")  # a link through /proc (/dev/stdout, /dev/fd/N): a descriptor


_Made = TypeVar("_Made")


def _partial_name(folder: Path, name: str) -> Path:
    """A hidden name in ``folder`` for new content: ``.<name>.<pid>.<random>.partial``."""
    token = secrets.token_hex(RANDOM_BYTES)
    return folder / f".{name}.{os.getpid()}.{token}{PARTIAL_SUFFIX}"


def _claim(folder: Path, name: str, create: Callable[[Path], _Made]) -> tuple[Path, _Made]:
    """A new partial name in ``folder`` for ``name``, made by ``create`` (which must fail
    with :class:`FileExistsError` when the name is taken: another name is then drawn)."""
    for attempt in range(NAME_ATTEMPTS):
        partial = _partial_name(folder, name)
        try:
            return partial, create(partial)
        except FileExistsError:
            if attempt == NAME_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _process_gone(pid: int) -> bool:
    """Whether no process ``pid`` exists (POSIX only: elsewhere none is ever said gone).

    Signal 0 checks without sending; on Windows ``os.kill`` would end the process instead.
    """
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # EPERM: it exists, another user's
        return False
    return False


def _remove_abandoned(folder: Path, name: str) -> None:
    """Remove ``folder``'s hidden partials for ``name`` whose writer no longer exists.

    A run killed outright (SIGKILL) leaves its partial; one still running keeps its own.
    """
    pattern = re.compile(
        rf"\.{re.escape(name)}\.(\d+)\.[0-9a-f]{{{2 * RANDOM_BYTES}}}{re.escape(PARTIAL_SUFFIX)}"
    )
    try:
        entries = list(folder.iterdir())
    except OSError:
        return  # no folder yet (or unreadable): nothing of ours is there
    for entry in entries:
        found = pattern.fullmatch(entry.name)
        if found is None or not _process_gone(int(found.group(1))):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _link_target(path: Path) -> Path | None:
    """The file ``path`` names once symbolic links are followed, or None for a descriptor.

    None when a link leads through ``/proc`` (``/dev/stdout``, ``/dev/fd/N``: whatever the
    descriptor is, a pipe or a file a shell opened, it is written where it is). The target
    need not exist (a dangling link names the file to create).

    Raises:
        OSError: ``path`` holds a loop of links (ELOOP).
    """
    current = path.absolute()  # '..' is left to realpath, which reads it after links
    for _ in range(SYMLINK_HOPS):
        parent = Path(os.path.realpath(current.parent))
        if parent.parts[:2] == PROCESS_FOLDER:
            return None
        current = parent / current.name
        if not current.is_symlink():
            return current
        current = parent / current.readlink()  # an absolute link replaces parent
    raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))


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
    created with the permissions a new file gets, or those of the file it replaces; it is
    flushed to disk before the move. When the block raises, the sibling is removed and
    ``path`` is as it was. A symbolic link is followed (the file it names is replaced, the
    link stays); a ``path`` that is not a regular file (a FIFO, a terminal, ``/dev/stdout``,
    ``/dev/fd/N``) is opened and written in place, as it stands. Replacing a file gives it a
    new inode: its other hard links keep the old content, and it takes this process's owner.

    Raises:
        OSError: the sibling cannot be created or written, or moved over ``path``; ``path``
            cannot be opened (written in place); its links loop.
    """
    target = _link_target(path)
    try:
        kind = path.stat().st_mode
    except FileNotFoundError:
        kind = None
    if target is None or (kind is not None and not stat.S_ISREG(kind)):
        with path.open("w", encoding=encoding, newline="") as handle:
            yield handle
        return
    _remove_abandoned(target.parent, target.name)
    partial, fd = _claim(target.parent, target.name, _create_file)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if kind is not None:
            shutil.copymode(target, partial)
        with _stops_held():
            partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _create_file(path: Path) -> int:
    """Create ``path`` for writing, failing when it exists (permissions as a new file gets)."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)


def _make_folder(path: Path) -> Path:
    """A new hidden folder for ``path``'s files: beside it when it does not exist, else in it
    (permissions as a new folder gets)."""
    inside = path.is_dir()
    folder, name = (path, PARTIAL_FOLDER) if inside else (path.parent, path.name)
    _remove_abandoned(folder, name)
    partial, _ = _claim(folder, name, Path.mkdir)
    return partial


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
    it was (or still absent). Only a failure while the files are moved into an existing
    folder can leave some of them in (:class:`PartlyMovedError`).

    Raises:
        PartlyMovedError: a file could not be moved into ``path`` after others were.
        OSError: ``path`` is a file, the hidden folder cannot be created, or the first file
            cannot be moved into ``path``.
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


class PartlyMovedError(OSError):
    """A file could not be moved into an existing folder after others were.

    The ones moved (``moved`` of ``total``) are in, over the old files of those names; the
    rest, and the files named ``last`` when they were not reached, are not (removed with
    the hidden folder). A rename in one folder fails rarely (a file made read-only where
    the system honours it, a folder in the way), so this is said, not undone.
    """

    def __init__(self, err: OSError, moved: int, total: int) -> None:
        super().__init__(err.errno, err.strerror, err.filename)
        self.moved = moved
        self.total = total


def _move_in(partial: Path, path: Path, last: tuple[str, ...], remove: tuple[str, ...]) -> None:
    """Put the built files in place: the whole folder when ``path`` is new, else file by file.

    Raises:
        PartlyMovedError: a file failed after others were moved in.
        OSError: the first file (or the new folder) could not be moved: nothing changed.
    """
    if partial.parent != path:
        partial.rename(path)
        return
    names = sorted(entry.name for entry in partial.iterdir())
    ordered = [name for name in names if name not in last] + [n for n in last if n in names]
    for moved, name in enumerate(ordered):
        try:
            (partial / name).replace(path / name)
        except OSError as err:
            if moved:
                raise PartlyMovedError(err, moved, len(ordered)) from err
            raise
    for name in remove:
        (path / name).unlink(missing_ok=True)
    partial.rmdir()
