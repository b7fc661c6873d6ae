"""staging: outputs built beside their place, moved in whole, never left half-written."""

from __future__ import annotations

import signal
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
