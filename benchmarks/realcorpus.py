"""The real corpus (issue 12): published pages, their gold reports of facts, and their texts.

Layout of ``benchmarks/real/``:

- ``gold/<stem>.json`` (committed): a gold ``HealthReviewReport`` of facts written by reading
  the page. Third-party sentences are never committed, so indicators carry ``span`` (character
  offsets of the printed figure in ``load_document(text).text``) instead of ``quote``, and
  ``title``, ``achievements``, ``challenges``, ``priorities`` are empty. ``_source`` says where
  the page is (``url``, ``outlet``, ``published``, ``sha256`` of the loaded text, ``split``
  dev / blind, ``truncated``, ``collector``, optionally ``scanner_only``); ``_scanner`` lists
  the printed dates and identifiers for the number scanner's benchmark.
- ``texts/<stem>.txt`` (ignored by git): the page's text, fetched from its address by
  ``make real-texts`` (this module's ``fetch`` command) and checked against the sha256.
- ``SOURCES.md`` (committed, generated from the golds by the ``sources`` command; a test
  checks that it is in sync).

Run from the repository root::

    python benchmarks/realcorpus.py sources          # rewrite SOURCES.md from gold/
    python benchmarks/realcorpus.py sources --check  # exit 1 when SOURCES.md is stale
    python benchmarks/realcorpus.py fetch            # fill texts/ from the addresses
    python benchmarks/realcorpus.py restore STEM FILE  # keep a copy read elsewhere (a stored
                                                     # copy of the page) when its sha256 holds
    python benchmarks/realcorpus.py manifest         # texts/manifest.csv for the CLI:
    baocao extract benchmarks/real/texts -o out.jsonl --offline \
        --manifest benchmarks/real/texts/manifest.csv
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import needs_venv  # noqa: F401  (first: a clear line without the venv)

from baocao import load_document
from baocao.errors import DocumentError
from baocao.pipeline import Extractor
from baocao.records import Record

CORPUS = Path(__file__).resolve().parent / "real"
GOLD_DIR = CORPUS / "gold"
TEXTS_DIR = CORPUS / "texts"
SOURCES_FILE = CORPUS / "SOURCES.md"
# The extractor's logger, quieted while a benchmark extracts (quiet_extractor).
QUIET_LOGGER = "baocao"
MANIFEST_FILE = TEXTS_DIR / "manifest.csv"
SPLITS = ("dev", "blind")
FETCH_TIMEOUT_S = 30
# Consecutive failures to reach a site (not HTTP errors) after which fetch stops: no internet.
MAX_NETWORK_FAILURES = 3
FETCH_USER_AGENT = "baocao-realcorpus/1 (+https://github.com/; fetches one page per gold)"
SOURCES_HEADER = """\
# Real corpus: sources

Generated from `gold/*.json` by `python benchmarks/realcorpus.py sources`; do not edit by hand
(a test checks that it is in sync). Each row is one published page: its gold report of facts is
`gold/<stem>.json`; its text is not committed (third-party text) and is fetched into
`texts/<stem>.txt` by `make real-texts`, which checks the sha256 below (of the text as
`baocao.load_document` reads it). Split: `dev` pages may be used to tune the rules, `blind`
pages are only run to measure.

| stem | outlet | split | sha256 | url |
|---|---|---|---|---|
"""


@dataclass(frozen=True)
class Page:
    """One corpus page as its gold describes it."""

    stem: str
    url: str
    outlet: str
    split: str
    sha256: str
    scanner_only: bool
    gold: dict[str, Any]

    @property
    def round(self) -> int | None:
        """The collection round the page came in (``_source.round``), if the gold says."""
        value = self.gold["_source"].get("round")
        return value if isinstance(value, int) else None

    @property
    def text_path(self) -> Path:
        """Where the page's text is kept (``texts/<stem>.txt``)."""
        return TEXTS_DIR / f"{self.stem}.txt"


def read_pages(gold_dir: Path = GOLD_DIR) -> list[Page]:
    """Every gold of ``gold_dir``, sorted by stem.

    Raises:
        SystemExit: a gold is not JSON or lacks its ``_source`` address, split or sha256.
    """
    pages = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
            source = gold["_source"]
            page = Page(
                stem=path.stem,
                url=str(source["url"]),
                outlet=str(source.get("outlet") or ""),
                split=str(source["split"]),
                sha256=str(source["sha256"]),
                scanner_only=bool(source.get("scanner_only", False)),
                gold=gold,
            )
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise SystemExit(f"{path}: not a real-corpus gold ({err!r}); see {__file__}") from err
        if page.split not in SPLITS:
            raise SystemExit(f"{path}: _source.split is {page.split!r}, expected dev or blind")
        pages.append(page)
    return pages


def add_round_argument(parser: argparse.ArgumentParser) -> None:
    """``--round N [N ...]``: keep the pages of those collection rounds (``Page.round``)."""
    parser.add_argument(
        "--round",
        type=int,
        nargs="+",
        metavar="N",
        help="only the pages of these collection rounds (the golds' _source.round)",
    )


def add_misses_arguments(parser: argparse.ArgumentParser) -> None:
    """``--misses`` (list the misses per page) and ``--open-blind``: a blind page's misses are
    listed only with the second, once its round is opened for tuning (a blind round is run to
    be measured; whoever reads its misses can no longer measure it blind)."""
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list every miss per page (a blind page's only with --open-blind)",
    )
    parser.add_argument(
        "--open-blind",
        action="store_true",
        help="with --misses (alone it is a usage error), list blind pages' misses too: do it "
        "only when their round is opened for tuning, it ends their blindness",
    )


def refuse_open_blind_alone(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """A usage error (exit 2) for ``--open-blind`` without ``--misses``: it opens nothing
    alone, and a run that seems to ignore it misleads."""
    if args.open_blind and not args.misses:
        parser.error("--open-blind works only with --misses (it lists blind pages' misses)")


def blind_hidden_note(count: int) -> str:
    """The line that says ``count`` blind pages' misses were not listed, and how to list them."""
    return (
        f"the rules' misses on {count} blind pages are not listed: a blind round is measured, "
        "not read (--open-blind lists them once the round is opened for tuning)"
    )


@contextmanager
def quiet_extractor() -> Iterator[None]:
    """Silence the extractor's warnings (errors still show) while the block runs: they name
    pages and what the rules read in them, a blind page's too, and a benchmark prints only
    its counts. The logger's level is restored afterwards."""
    quiet = logging.getLogger(QUIET_LOGGER)
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        yield
    finally:
        quiet.setLevel(level)


def offline_records(pages: list[Page], *, with_urls: bool = True) -> list[Record]:
    """The offline extractor's record of each page's text (with the page's address as a
    manifest gives it, unless ``with_urls`` is false), in the order of ``pages``; its warnings
    are not printed (:func:`quiet_extractor`)."""
    with quiet_extractor(), Extractor(offline=True, no_cache=True) as extractor:
        return [
            extractor.extract(page.text_path, url=page.url if with_urls else None).to_record()
            for page in pages
        ]


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def render_sources(pages: list[Page]) -> str:
    """The text of ``SOURCES.md`` for ``pages``."""
    rows = [
        f"| {page.stem} | {_cell(page.outlet)} | {page.split}"
        f"{' (scanner only)' if page.scanner_only else ''} | `{page.sha256}` | {_cell(page.url)} |"
        for page in pages
    ]
    counts = ", ".join(f"{sum(p.split == s for p in pages)} {s}" for s in SPLITS)
    return (
        SOURCES_HEADER
        + "\n".join(rows)
        + ("\n" if rows else "")
        + f"\n{len(pages)} pages: {counts}.\n"
    )


def fetch_text(url: str) -> str:
    """The page at ``url`` read as baocao reads it (``load_document`` of the bytes).

    Raises:
        OSError: the page cannot be fetched (no network, HTTP error, timeout).
        DocumentError: the page holds no article text.
    """
    request = urllib.request.Request(url, headers={"User-Agent": FETCH_USER_AGENT})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
        body = response.read()
    return load_document(body, source=url).text


def _is_network_failure(err: Exception) -> bool:
    """True when no server answered (DNS, refused, timeout), not when one answered an error."""
    return isinstance(err, OSError) and not isinstance(err, urllib.error.HTTPError)


def fetch_all(pages: list[Page], *, keep_mismatched: bool = False) -> int:
    """Fetch every page whose text is missing into ``texts/``; one line per page.

    A text already present is checked against the gold's sha256 too (a changed text would
    silently change the scores). A text whose sha256 differs from the gold's (the page changed
    since the gold was written, or the site served another layout) is not kept unless
    ``keep_mismatched``: the gold's offsets would not hold. After
    :data:`MAX_NETWORK_FAILURES` pages in a row that no server answered, the rest are not
    tried and one line counts them. Returns the number of pages that failed.
    """
    TEXTS_DIR.mkdir(parents=True, exist_ok=True)
    failed = 0
    unreachable = 0  # pages in a row that no server answered
    for number, page in enumerate(pages):
        if page.text_path.exists():
            try:
                digest = load_document(page.text_path).sha256
            except DocumentError as err:
                digest = f"no article ({err})"
            if digest == page.sha256:
                print(f"{page.stem}: present, sha256 ok")
            else:
                print(
                    f"{page.stem}: present but sha256 mismatch: {page.text_path} gives {digest}, "
                    f"gold has {page.sha256}; delete it and fetch again"
                )
                failed += 1
            continue
        if unreachable >= MAX_NETWORK_FAILURES:
            missing = sum(not p.text_path.exists() for p in pages)
            print(f"no internet? {missing} pages not fetched")
            return failed + sum(not p.text_path.exists() for p in pages[number:])
        try:
            text = fetch_text(page.url)
        except (OSError, DocumentError, ValueError) as err:
            reason = getattr(err, "reason", None) or err
            print(f"{page.stem}: cannot fetch {page.url}: {reason}")
            failed += 1
            unreachable = unreachable + 1 if _is_network_failure(err) else 0
            continue
        unreachable = 0
        digest = load_document(text, source=page.stem).sha256
        if digest != page.sha256:
            kept = "kept anyway (--keep-mismatched)" if keep_mismatched else "not kept"
            print(
                f"{page.stem}: sha256 mismatch for {page.url}: got {digest}, gold has "
                f"{page.sha256} (the page changed or was served differently); {kept}"
            )
            failed += 1
            if not keep_mismatched:
                continue
        else:
            print(f"{page.stem}: fetched, sha256 ok")
        page.text_path.write_text(text, encoding="utf-8")
    return failed


def restore_forms(text: str) -> Iterator[tuple[str, str]]:
    """The layouts a copy of a page may have been kept in, each named: as written, and with one
    blank line between paragraphs (a copy read as one line per paragraph)."""
    yield "as written", text
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    yield "one blank line between paragraphs", "\n\n".join(paragraphs) + "\n"


def first_span_off(page: Page, text: str) -> str | None:
    """The first gold figure whose printed digits are not at the gold's offsets in ``text``,
    described for a reader mending a copy (``None`` when every span holds)."""
    for item in page.gold.get("indicators", []):
        span = item.get("span")
        if not span:
            continue
        start, end = span
        printed = text[start:end]
        if not any(ch.isdigit() for ch in printed):
            return (
                f"figure {item.get('value')} {item.get('unit') or ''} ({item.get('label')}) "
                f"expected at {start}-{end}, the copy has {printed!r} there; nearby: "
                f"{text[max(0, start - 40) : end + 40]!r}"
            )
    return None


def restore(page: Page, candidates: list[Path]) -> str:
    """Keep the first of ``candidates`` (in one of :func:`restore_forms`) whose text as
    ``load_document`` reads it has the gold's sha256, as ``texts/<stem>.txt``. Returns one line
    saying what happened (which file and layout, or why none holds)."""
    notes = []
    for candidate in candidates:
        raw = candidate.read_text(encoding="utf-8")
        for form, text in restore_forms(raw):
            try:
                document = load_document(text, source=page.stem)
            except DocumentError as err:
                notes.append(f"{candidate} ({form}): no article ({err})")
                continue
            if document.sha256 == page.sha256:
                TEXTS_DIR.mkdir(parents=True, exist_ok=True)
                page.text_path.write_text(text, encoding="utf-8")
                return f"{page.stem}: restored from {candidate} ({form}), sha256 ok"
            off = first_span_off(page, document.text)
            notes.append(
                f"{candidate} ({form}): sha256 differs, {len(document.text)} characters; "
                + (off or "every gold figure's offsets hold (a difference after them?)")
            )
    return f"{page.stem}: not restored\n  " + "\n  ".join(notes)


def write_manifest(pages: list[Page], path: Path = MANIFEST_FILE) -> None:
    """A ``path,url`` CSV of the pages (paths relative to its folder), for ``--manifest``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["path", "url"])
        for page in pages:
            writer.writerow([f"{page.stem}.txt", page.url])


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sources = commands.add_parser("sources", help="write SOURCES.md from gold/")
    sources.add_argument("--check", action="store_true", help="exit 1 when SOURCES.md is stale")
    commands.add_parser("manifest", help="write texts/manifest.csv (path,url) for the CLI")
    fetch = commands.add_parser("fetch", help="fetch the missing texts into texts/")
    fetch.add_argument(
        "--keep-mismatched", action="store_true", help="keep texts whose sha256 differs"
    )
    restore_cmd = commands.add_parser(
        "restore",
        help="keep a copy of a page read elsewhere when its sha256 holds",
        description="Keep FILE as texts/STEM.txt when its text (as written, or with one blank "
        "line between paragraphs) has the gold's sha256; otherwise say where the copy first "
        "departs from the gold's offsets. For a machine without internet whose pages are "
        "read from stored copies.",
    )
    restore_cmd.add_argument("stem", help="the page's stem (gold/<stem>.json)")
    restore_cmd.add_argument("files", nargs="+", type=Path, help="candidate copies, in order")
    args = parser.parse_args(argv)
    pages = read_pages()
    if args.command == "restore":
        by_stem = {page.stem: page for page in pages}
        if args.stem not in by_stem:
            print(f"no gold named {args.stem} in {GOLD_DIR}")
            return 2
        line = restore(by_stem[args.stem], args.files)
        print(line)
        return 0 if "sha256 ok" in line else 1
    if args.command == "sources":
        rendered = render_sources(pages)
        if args.check:
            current = SOURCES_FILE.read_text(encoding="utf-8") if SOURCES_FILE.exists() else ""
            if current != rendered:
                print(f"{SOURCES_FILE} is stale: run python benchmarks/realcorpus.py sources")
                return 1
            return 0
        SOURCES_FILE.write_text(rendered, encoding="utf-8")
        print(f"wrote {SOURCES_FILE} ({len(pages)} pages)")
        return 0
    if args.command == "manifest":
        write_manifest(pages)
        print(f"wrote {MANIFEST_FILE} ({len(pages)} pages)")
        return 0
    failed = fetch_all(pages, keep_mismatched=args.keep_mismatched)
    print(f"{len(pages) - failed} of {len(pages)} texts present in {TEXTS_DIR}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
