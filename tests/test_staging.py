"""staging: outputs built beside their place, moved in whole, never left half-written."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import baocao.staging
from baocao.staging import staged_file, staged_folder


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_staged_file_replaces_the_old_one_only_when_whole(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old\n", encoding="utf-8")
    with staged_file(path, encoding="utf-8") as handle:
        handle.write("new\n")
        assert path.read_text(encoding="utf-8") == "old\n", "not before the block ends"
    assert path.read_text(encoding="utf-8") == "new\n"
    assert _names(tmp_path) == ["out.csv"]


@pytest.mark.parametrize("exists", [True, False], ids=["replacing", "new"])
def test_a_staged_file_stopped_part_way_leaves_no_trace(tmp_path: Path, exists: bool) -> None:
    path = tmp_path / "out.csv"
    if exists:
        path.write_text("old\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), staged_file(path, encoding="utf-8") as handle:
        handle.write("half")
        raise KeyboardInterrupt
    assert _names(tmp_path) == (["out.csv"] if exists else [])
    if exists:
        assert path.read_text(encoding="utf-8") == "old\n"


def test_a_new_staged_folder_is_renamed_into_place(tmp_path: Path) -> None:
    site = tmp_path / "deeper" / "site"
    with staged_folder(site) as building:
        (building / "index.html").write_text("index", encoding="utf-8")
        assert not site.exists()
    assert _names(site) == ["index.html"]
    assert _names(site.parent) == ["site"]


def test_an_existing_folder_gets_the_new_files_and_keeps_the_others(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for name, text in (("index.html", "old"), ("stale.html", "old"), ("notes.txt", "mine")):
        (site / name).write_text(text, encoding="utf-8")
    with staged_folder(site, last=("index.html",), remove=("stale.html",)) as building:
        assert building.parent == site and building.name.startswith(".")
        (building / "index.html").write_text("new", encoding="utf-8")
        (building / "page.html").write_text("new", encoding="utf-8")
        assert (site / "index.html").read_text(encoding="utf-8") == "old"
    assert _names(site) == ["index.html", "notes.txt", "page.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "new"


def test_the_current_folder_can_be_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with staged_folder(Path()) as building:
        (building / "index.html").write_text("new", encoding="utf-8")
    assert _names(tmp_path) == ["index.html"]


def test_a_staged_folder_stopped_part_way_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), staged_folder(site) as building:
        (building / "index.html").write_text("half", encoding="utf-8")
        raise KeyboardInterrupt
    assert _names(site) == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "old"


def test_a_file_where_the_folder_goes_is_refused_before_building(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.write_text("a file", encoding="utf-8")
    with pytest.raises(NotADirectoryError), staged_folder(site):
        pytest.fail("nothing is built")


def test_a_stop_while_moving_in_waits_until_every_file_is_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    real_move_in = baocao.staging._move_in

    def stopped_while_moving(*args: object) -> None:
        signal.raise_signal(signal.SIGINT)  # Ctrl-C as the first file moves
        real_move_in(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(baocao.staging, "_move_in", stopped_while_moving)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt), staged_folder(site) as building:
            for name in ("a.html", "b.html", "index.html"):
                (building / name).write_text("new", encoding="utf-8")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert _names(site) == ["a.html", "b.html", "index.html"], "the stop came after the move"


def test_a_fifo_is_written_in_place_for_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    # The reader's end, opened first without waiting, so the writer's open does not block
    # (and a file put in the FIFO's place leaves the reader with nothing, not a hang).
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with staged_file(fifo, encoding="utf-8") as handle:
            handle.write("a,b\n1,2\n")
        got = os.read(reader, 1024)
    finally:
        os.close(reader)
    assert got == b"a,b\n1,2\n", "the reader gets the rows"
    assert stat.S_ISFIFO(fifo.lstat().st_mode), "the FIFO is still a FIFO"
    assert _names(tmp_path) == ["out.csv"]


def test_a_symlink_keeps_pointing_at_the_file_it_names_which_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "data" / "real.csv"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(Path("data") / "real.csv")
    with staged_file(link, encoding="utf-8") as handle:
        handle.write("new\n")
    assert link.is_symlink(), "the link stays a link"
    assert real.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640, "the replaced file's mode is kept"
    assert _names(real.parent) == ["real.csv"]


def test_a_dangling_symlink_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "new.csv")
    with staged_file(link, encoding="utf-8") as handle:
        handle.write("new\n")
    assert link.is_symlink()
    assert (tmp_path / "new.csv").read_text(encoding="utf-8") == "new\n"


def _gone_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.skipif(os.name != "posix", reason="process ids checked on POSIX only")
def test_a_killed_runs_partials_are_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    site = tmp_path / "site"
    site.mkdir()
    dead, alive = _gone_pid(), os.getpid()
    leftovers = [
        tmp_path / f".out.csv.{dead}.0123abcd.partial",
        site / f".baocao.{dead}.0123abcd.partial",
    ]
    running = [
        tmp_path / f".out.csv.{alive}.0123abcd.partial",
        site / f".baocao.{alive}.0123abcd.partial",
    ]
    for file in (leftovers[0], running[0]):
        file.write_text("half", encoding="utf-8")
    for folder in (leftovers[1], running[1]):
        folder.mkdir()
        (folder / "page.html").write_text("half", encoding="utf-8")
    with staged_file(path, encoding="utf-8") as handle:
        handle.write("new\n")
    with staged_folder(site) as building:
        (building / "index.html").write_text("new", encoding="utf-8")
    assert not any(leftover.exists() for leftover in leftovers)
    assert all(mine.exists() for mine in running), "a running process keeps its partial"


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux's /proc")
def test_a_descriptor_named_through_proc_is_written_where_it_is(tmp_path: Path) -> None:
    """As ``--csv /dev/fd/3`` (``3>file``): the file the descriptor holds gets the rows."""
    held = tmp_path / "held.csv"
    held.write_text("old\n", encoding="utf-8")
    inode = held.stat().st_ino
    with held.open("rb") as opened:
        link = tmp_path / "fd.csv"
        link.symlink_to(f"/proc/self/fd/{opened.fileno()}")
        with staged_file(link, encoding="utf-8") as handle:
            handle.write("new\n")
        opened.seek(0)
        assert opened.read() == b"new\n", "the open descriptor sees the rows"
    assert held.stat().st_ino == inode, "the file was not replaced"


def test_a_move_in_failing_after_some_files_says_how_many_are_in(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "b.html").mkdir(parents=True)  # a folder in the way of the second file
    (site / "b.html" / "mine.txt").write_text("mine", encoding="utf-8")
    with (
        pytest.raises(baocao.staging.PartlyMovedError) as raised,
        staged_folder(site, last=("index.html",)) as building,
    ):
        for name in ("a.html", "b.html", "index.html"):
            (building / name).write_text("new", encoding="utf-8")
    assert (raised.value.moved, raised.value.total) == (1, 3)
    assert _names(site) == ["a.html", "b.html"], "a.html is in, index.html is not, no partial"
