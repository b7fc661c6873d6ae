"""The number scanner on real articles: dates and identifiers are no quantities, figures ground.

Over a folder of real-corpus texts (``<stem>.txt``) and their golds (``<stem>.json``, the
format of benchmarks/real: indicator ``span`` offsets and ``_scanner`` date and identifier
offsets, all in ``load_document(text).text``), it reports:

- **dates**: the share of annotated printed dates (``24-7``, ``3/1/2024``, ``tháng 9.2021``)
  that no quantity mention overlaps (a quantity there could ground a wrong figure);
- **identifiers**: the same for patient numbers, document codes, phone numbers (``bệnh nhân
  416``, ``BN416``, ``số 1038/QĐ-UBND``);
- **located**: the share of gold indicator values that :func:`baocao.locate_value` (value and
  unit as in the gold) finds at their gold span.

Every miss is listed: article, span, the printed text and how the scanner read it; a blind
page's (its gold's ``_source.split``) only with ``--open-blind``, once its round is opened for
tuning (its misses count, and are not shown: a blind round is measured, not read).
``--open-blind`` lists a blind page's misses and unannotated mentions, and only beside an
explicit ``--misses N`` or ``--unannotated`` (alone it is a usage error, exit 2, as in real.py
and agreement.py). With ``--unannotated`` it also lists the quantity mentions that lie on no
gold figure, date or identifier: figures the gold leaves out (a national total, a baseline)
and forms the scanner takes for quantities that are none (a per-capita base), for a reader to
judge. A gold whose sha256 differs from its text's is skipped with a message (its offsets would
be wrong); with no texts at all (CI, where the third-party texts are absent) nothing is scored.

``--phoner FILE`` scores the same two shares on a PhoNER_COVID19 file (JSON lines of
``{"words", "tags"}``, VinAIResearch; kept in the ignored ``benchmarks/phoner/``, never
committed): each sentence's syllables are joined back into newspaper text (see
:func:`detokenize`) and its ``DATE`` and ``PATIENT_ID`` entities that hold a digit are checked.

Run from the repository root::

    python benchmarks/real_numbers.py [--texts DIR] [--gold DIR] [--phoner FILE] [--misses N]
                                      [--unannotated] [--open-blind]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import needs_venv  # noqa: F401  (first: a clear line without the venv)

from baocao import load_document
from baocao.numerals import QUANTITY_KINDS, NumberIndex, NumberMention

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT / "benchmarks" / "real" / "texts"
DEFAULT_GOLD = ROOT / "benchmarks" / "real" / "gold"
TARGET_DATES = 0.98
TARGET_IDENTIFIERS = 0.95
TARGET_LOCATED = 0.99
DEFAULT_MISSES = 40
# Characters of context printed on each side of a miss.
CONTEXT = 30
PHONER_DATE = "DATE"
PHONER_PATIENT = "PATIENT_ID"
DIGIT = re.compile(r"[0-9]")

Span = tuple[int, int]


@dataclass
class Tally:
    """Hits and misses of one measure."""

    name: str
    target: float
    hits: int = 0
    misses: list[str] = field(default_factory=list)
    # Misses counted but not listed (blind pages').
    hidden: int = 0

    @property
    def total(self) -> int:
        return self.hits + len(self.misses) + self.hidden

    def hide_from(self, shown: int) -> None:
        """Count the misses listed after the first ``shown`` as hidden, and unlist them."""
        self.hidden += len(self.misses) - shown
        del self.misses[shown:]

    def line(self) -> str:
        if not self.total:
            return f"{self.name}: nothing annotated"
        share = self.hits / self.total
        verdict = "meets" if share >= self.target else "below"
        return (
            f"{self.name}: {self.hits}/{self.total} = {share:.3f} "
            f"({verdict} the target {self.target:.2f})"
        )


def describe(mention: NumberMention) -> str:
    """How the scanner read a mention, in one short phrase."""
    values = ",".join(str(value) for value in mention.values) or "-"
    unit = f" unit={mention.unit}" if mention.unit else ""
    return f"{mention.kind.value}({mention.raw!r} = {values}{unit})"


def overlapping(index: NumberIndex, span: Span) -> list[NumberMention]:
    """The mentions of ``index`` that share a character with ``span``."""
    start, end = span
    return [m for m in index.mentions if m.start < end and start < m.end]


def in_context(text: str, span: Span) -> str:
    """``text[span]`` marked inside its surroundings, on one line."""
    start, end = span
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return f"{before}[{text[start:end]}]{after}".replace("\n", " ")


def check_no_quantity(
    tally: Tally, article: str, text: str, index: NumberIndex, spans: Iterable[Span]
) -> None:
    """Count each span that no quantity mention overlaps; list the others."""
    for span in spans:
        read = [m for m in overlapping(index, span) if m.kind in QUANTITY_KINDS]
        if not read:
            tally.hits += 1
            continue
        how = "; ".join(describe(m) for m in read)
        tally.misses.append(f"{article} {list(span)} {in_context(text, span)!r} read as {how}")


def check_located(
    tally: Tally, article: str, text: str, index: NumberIndex, gold: dict[str, Any]
) -> None:
    """Count each gold indicator whose value ``locate`` finds at its span; list the others."""
    for indicator in gold.get("indicators", []):
        span = indicator.get("span")
        if not span:
            continue
        start, end = span
        found = index.locate(str(indicator["value"]), indicator.get("unit"))
        if any(s < end and start < e for s, e in found):
            tally.hits += 1
            continue
        how = "; ".join(describe(m) for m in overlapping(index, (start, end))) or "no mention"
        tally.misses.append(
            f"{article} {span} {in_context(text, (start, end))!r} value={indicator['value']} "
            f"unit={indicator.get('unit')!r}: read as {how}; located at {found or 'nowhere'}"
        )


def unannotated(article: str, text: str, index: NumberIndex, gold: dict[str, Any]) -> Iterator[str]:
    """The quantity mentions of ``index`` that no gold figure, date or identifier overlaps."""
    marks = gold.get("_scanner") or {}
    spans = [tuple(i["span"]) for i in gold.get("indicators", []) if i.get("span")]
    spans += [tuple(s) for s in marks.get("dates", []) + marks.get("identifiers", [])]
    for mention in index.mentions:
        if mention.kind in QUANTITY_KINDS and not any(
            mention.start < end and start < mention.end for start, end in spans
        ):
            span = (mention.start, mention.end)
            yield f"{article} {list(span)} {in_context(text, span)!r} read as {describe(mention)}"


def score_corpus(
    texts: Path,
    golds: Path,
    extra: list[str] | None = None,
    *,
    open_blind: bool = False,
    blind_skipped: list[str] | None = None,
) -> tuple[int, list[Tally]]:
    """Score every gold of ``golds`` whose text is in ``texts``: (articles scored, tallies).

    ``extra``, when given, collects the :func:`unannotated` quantity mentions. A blind
    page's misses are counted, not listed, unless ``open_blind``; its unannotated mentions
    are not collected, and ``blind_skipped``, when given, gets its stem instead (to say how
    many pages the listing leaves out).
    """
    dates = Tally("dates read as no quantity", TARGET_DATES)
    identifiers = Tally("identifiers read as no quantity", TARGET_IDENTIFIERS)
    located = Tally("gold figures located at their span", TARGET_LOCATED)
    scored = 0
    missing = 0
    for gold_path in sorted(golds.glob("*.json")):
        text_path = texts / f"{gold_path.stem}.txt"
        if not text_path.exists():
            missing += 1
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        document = load_document(text_path)
        expected = (gold.get("_source") or {}).get("sha256")
        if expected and expected != document.sha256:
            print(f"skipped {gold_path.name}: the text's sha256 differs from the gold's")
            continue
        index = NumberIndex(document.text)
        marks = gold.get("_scanner") or {}
        article = gold_path.stem
        listed = [len(tally.misses) for tally in (dates, identifiers, located)]
        check_no_quantity(dates, article, document.text, index, map(tuple, marks.get("dates", [])))
        check_no_quantity(
            identifiers, article, document.text, index, map(tuple, marks.get("identifiers", []))
        )
        check_located(located, article, document.text, index, gold)
        blind = (gold.get("_source") or {}).get("split") == "blind" and not open_blind
        if blind:
            for tally, shown in zip((dates, identifiers, located), listed, strict=True):
                tally.hide_from(shown)
        if extra is not None and not blind:
            extra.extend(unannotated(article, document.text, index, gold))
        elif extra is not None and blind_skipped is not None:
            blind_skipped.append(article)
        scored += 1
    if missing:
        print(f"skipped {missing} golds with no text in {texts} (make real-texts fetches them)")
    return scored, [dates, identifiers, located]


# --- PhoNER_COVID19 --------------------------------------------------------------------------

_GLUE_BEFORE = frozenset(",.:;!?)]%…")
_GLUE_AFTER = frozenset("([")
_JOINERS = frozenset("-/")


def detokenize(words: list[str]) -> tuple[str, list[Span]]:
    """Join PhoNER syllables back into newspaper text: the text and each word's span.

    Closing punctuation sticks to the word before it, opening brackets to the word after;
    a hyphen or slash between two words is written without spaces (``24 - 7`` → ``24-7``,
    ``Covid - 19`` → ``Covid-19``), as the newspapers the corpus was drawn from print them.
    The rule looks at the words only, never at the tags. Quotes keep their spaces.
    """
    pieces: list[str] = []
    spans: list[Span] = []
    pos = 0
    glue_next = False
    for i, word in enumerate(words):
        joiner = word in _JOINERS and 0 < i < len(words) - 1
        glue = not pieces or glue_next or word in _GLUE_BEFORE or joiner
        if not glue:
            pieces.append(" ")
            pos += 1
        spans.append((pos, pos + len(word)))
        pieces.append(word)
        pos += len(word)
        glue_next = word in _GLUE_AFTER or joiner
    return "".join(pieces), spans


def entities(tags: list[str], wanted: str) -> Iterator[Span]:
    """(first word, last word + 1) of each ``wanted`` entity in BIO ``tags``."""
    start = -1
    for i, tag in enumerate([*tags, "O"]):
        inside = tag == f"I-{wanted}" and start >= 0
        if inside:
            continue
        if start >= 0:
            yield start, i
            start = -1
        if tag == f"B-{wanted}":
            start = i


def score_phoner(path: Path) -> tuple[int, list[Tally]]:
    """Score the DATE and PATIENT_ID entities (with a digit) of a PhoNER JSON-lines file."""
    dates = Tally("PhoNER DATE read as no quantity", TARGET_DATES)
    patients = Tally("PhoNER PATIENT_ID read as no quantity", TARGET_IDENTIFIERS)
    sentences = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            print(f"{path.name}:{number}: not a JSON line (a cut copy?); stopped here")
            break
        text, spans = detokenize(row["words"])
        index = NumberIndex(text)
        sentences += 1
        for wanted, tally in ((PHONER_DATE, dates), (PHONER_PATIENT, patients)):
            found = []
            for first, last in entities(row["tags"], wanted):
                span = (spans[first][0], spans[last - 1][1])
                if DIGIT.search(text, *span):
                    found.append(span)
            check_no_quantity(tally, f"{path.name}:{number}", text, index, found)
    return sentences, [dates, patients]


def report(tallies: list[Tally], misses: int) -> None:
    """Print each measure, then its misses (at most ``misses`` of each)."""
    for tally in tallies:
        print(tally.line())
    for tally in tallies:
        if not tally.misses:
            continue
        print(f"\nmisses: {tally.name} ({len(tally.misses)})")
        for miss in tally.misses[:misses]:
            print(f"  {miss}")
        if len(tally.misses) > misses:
            print(f"  ... {len(tally.misses) - misses} more (--misses N)")
    hidden = sum(tally.hidden for tally in tallies)
    if hidden:
        print(
            f"\n{hidden} misses on blind pages not listed: a blind round is measured, not read "
            "(--open-blind lists them once the round is opened for tuning)"
        )


def main(argv: list[str] | None = None) -> None:
    """Score the real corpus (and PhoNER when asked) and print the figures.

    Raises:
        SystemExit: ``--phoner`` names no file (before anything is scored).
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of *.txt")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of *.json")
    parser.add_argument("--phoner", type=Path, help="a PhoNER_COVID19 JSON-lines file")
    parser.add_argument(
        "--misses",
        type=int,
        help=f"misses listed per measure (default {DEFAULT_MISSES})",
    )
    parser.add_argument(
        "--unannotated", action="store_true", help="list quantities on no gold figure"
    )
    parser.add_argument(
        "--open-blind",
        action="store_true",
        help="with --misses N or --unannotated: list blind pages' misses and unannotated "
        "mentions too, only once their round is opened for tuning (a usage error alone)",
    )
    args = parser.parse_args(argv)
    if args.open_blind and args.misses is None and not args.unannotated:
        parser.error(
            "--open-blind works only with --misses N or --unannotated (it lists blind pages' "
            "misses and unannotated mentions)"
        )
    misses = DEFAULT_MISSES if args.misses is None else args.misses
    if args.phoner is not None and not args.phoner.is_file():
        sys.exit(f"no PhoNER file at {args.phoner}: give the path of test_syllable.json")

    if not args.texts.is_dir() or not any(args.texts.glob("*.txt")):
        print(f"no texts in {args.texts}: the real corpus is not here, nothing scored")
    else:
        extra: list[str] | None = [] if args.unannotated else None
        skipped: list[str] = []
        scored, tallies = score_corpus(
            args.texts, args.gold, extra, open_blind=args.open_blind, blind_skipped=skipped
        )
        print(f"real corpus: {scored} articles scored ({args.texts}, golds {args.gold})")
        report(tallies, misses)
        if extra is not None:
            print(f"\nquantities on no gold figure, date or identifier ({len(extra)}):")
            for line in extra:
                print(f"  {line}")
            if skipped:
                print(
                    f"  ({len(skipped)} blind pages skipped: a blind round is measured, not "
                    "read; --open-blind lists theirs once the round is opened for tuning)"
                )
    if args.phoner is not None:
        sentences, tallies = score_phoner(args.phoner)
        print(f"\nPhoNER_COVID19: {sentences} sentences ({args.phoner})")
        report(tallies, misses)


if __name__ == "__main__":
    main()
