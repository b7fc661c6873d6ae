"""Quality of the offline backend's indicator labels and titles (QA pass 17, M6).

A label is the analyst's only description of a figure, yet eval never scores it (figures are
paired on value and unit). This script runs ``Extractor(offline=True)`` over folders of
articles and counts the labels an analyst cannot use, by failure class (the first class that
applies):

- ``symbol``: empty, or no word but symbols, function words and trend verbs ("‰", "‰ giảm");
- ``unit_only``: the label is the figure's unit and nothing else ("ca", "trẻ", a percent's
  "tỷ lệ"; a per-base unit like "giường bệnh/vạn dân" names its indicator and passes);
- ``dangling``: it ends in a function word ("đơn vị có", "... huyện Tân Mỹ và");
- ``doubled``: a word or two-word phrase printed twice in a row ("tỷ lệ tỉ lệ", "ca ca");
- ``cut``: it opens (after its unit or "tỷ lệ") or closes on half of a two-syllable word of
  the genre whose other half the quote prints next to it ("tỷ lệ đình ..." of "gia đình");
- ``capital``: a word inside it is capitalised only because it opens a sentence of the quote
  ("xã Toàn huyện"; names and acronyms printed mid-sentence pass);
- ``same_label``: figures of different value or unit in one sentence share one label
  (counted once per figure after the first).

and the titles that are no headline: longer than :data:`TITLE_MAX_CHARS` characters or ending
like a sentence (a full stop: a lead paragraph or a caption taken for a headline); and the empty
titles of pages whose first line is short enough for a headline (a headline lost, or a lead or
caption rightly left out: read them with ``--examples``).

Folders are given on the command line; the real corpus folder (``benchmarks/real/texts``)
keeps the pages of the splits asked for (``--split``, dev by default; each gold's address is
passed as a manifest would). ``--examples N`` prints N labels of each class.

    python benchmarks/labels.py [FOLDER ...] [--split dev|blind|all] [--examples N] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import needs_venv  # noqa: F401  (first: a clear line without the venv)
from realcorpus import SPLITS, TEXTS_DIR, read_pages

from baocao import load_document
from baocao.offline.text import fold, read_layout
from baocao.pipeline import Extractor

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDERS = (TEXTS_DIR, REPO / "examples" / "articles", REPO / "benchmarks/heldout/articles")
ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
CLASSES = ("symbol", "unit_only", "dangling", "doubled", "cut", "capital", "same_label")
# Words that cannot end a name of what is counted: conjunctions, prepositions, verbs of being
# and having, plural markers and aspect words (the measure's own list; the backend has its own).
FUNCTION_WORDS = frozenset(
    [
        "và",
        "có",
        "của",
        "với",
        "cho",
        "được",
        "là",
        "các",
        "những",
        "tại",
        "trong",
        "đã",
        "đang",
        "sẽ",
        "bị",
        "để",
        "từ",
        "đến",
        "hoặc",
        "hay",
        "nhưng",
        "mà",
        "thì",
        "về",
        "theo",
        "do",
        "bởi",
        "ở",
        "trên",
        "dưới",
        "hơn",
        "gần",
        "khoảng",
        "đạt",
        "chiếm",
        "như",
        "cùng",
        "mỗi",
        "vào",
        "lên",
        "xuống",
    ]
)
# "trở lên" (or more) and "triệt để" (thoroughly) close a phrase; "lên" alone is a verb's
# dangling particle.
CLOSING_PAIRS = frozenset({("trở", "lên"), ("trở", "xuống"), ("triệt", "để")})
# A per-base unit names its indicator ("giường bệnh/vạn dân", "bác sĩ trên 10.000 dân"): a label
# that repeats it is no bare unit; a bare base ("/100.000 dân") is.
PER_BASE_RE = re.compile(r"/|\strên\s")
# Words a rate's label opens with: alone they only repeat the unit ("tỷ lệ" of a "%").
RATE_WORDS = frozenset({"tỷ", "tỉ", "lệ", "suất"})
# Verbs of change that name no counted thing on their own ("‰ giảm").
TREND_WORDS = frozenset({"tăng", "giảm", "đạt", "vượt"})
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
TITLE_MAX_CHARS = 150
# Two-syllable words of the genre a label may cut in half at either end ("đình có nhà tiêu" of
# "gia đình", "... người cao" of "người cao tuổi"): the syllable inside the label and the one
# the quote prints next to it make one word. A short list, not a dictionary.
COMPOUNDS = frozenset(
    {
        ("gia", "đình"),
        ("vắc", "xin"),
        ("y", "tế"),
        ("bệnh", "nhân"),
        ("bệnh", "viện"),
        ("phụ", "nữ"),
        ("sức", "khỏe"),
        ("sức", "khoẻ"),
        ("cao", "tuổi"),
        ("trẻ", "em"),
        ("người", "dân"),
        ("trạm", "y"),
        ("thị", "trấn"),
        ("thị", "xã"),
        ("điều", "trị"),
        ("tiêm", "chủng"),
        ("dân", "số"),
        ("quốc", "gia"),
        ("tiêu", "chí"),
    }
)
# tỉ / tỷ: one word, two spellings ("tỷ lệ tỉ lệ" is a doubled phrase).
SPELLING_FOLDS = {"tỉ": "tỷ"}


@dataclass
class Tally:
    """The counts of one folder."""

    articles: int = 0
    labels: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    titles: int = 0
    titles_empty: int = 0
    titles_long: int = 0
    titles_sentence: int = 0
    titles_empty_short: int = 0
    title_examples: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The counts as JSON-ready data."""
        unusable = sum(self.failures.values())
        return {
            "articles": self.articles,
            "labels": self.labels,
            "unusable": unusable,
            **{name: self.failures[name] for name in CLASSES},
            "titles": self.titles,
            "titles_empty": self.titles_empty,
            "titles_long": self.titles_long,
            "titles_sentence": self.titles_sentence,
            "titles_empty_short": self.titles_empty_short,
        }


def _folded_words(label: str) -> list[str]:
    """The words of ``label`` in lower case, one spelling each ("tỉ" is "tỷ"); tones kept:
    "tiên tiến" is no doubled word."""
    return [SPELLING_FOLDS.get(w.lower(), w.lower()) for w in WORD_RE.findall(label)]


def _cuts_a_word(label: str, unit: str, quote: str) -> bool:
    """Whether ``label`` opens (after its unit or a rate's "tỷ lệ") or closes on half of a
    two-syllable word (COMPOUNDS) whose other half ``quote`` prints right next to it."""
    words = [w.lower() for w in label.split()]
    printed = [w.lower().strip(",.;:()") for w in quote.split()]
    if not words:
        return False
    heads = [unit.lower().split(), ["tỷ", "lệ"], ["tỉ", "lệ"]]
    opening = max((len(h) for h in heads if h and words[: len(h)] == h), default=0)
    for position, word in enumerate(printed):
        before = printed[position - 1] if position else ""
        after = printed[position + 1] if position + 1 < len(printed) else ""
        opens = (
            opening < len(words)
            and word == words[opening]
            and (before, word) in COMPOUNDS
            and (opening == 0 or words[opening - 1] != before)  # the unit is its first half
        )
        if opens and (opening + 1 == len(words) or after == words[opening + 1]):
            return True
        closes = word == words[-1] and (word, after) in COMPOUNDS
        if closes and (len(words) < 2 or before == words[-2]):
            return True
    return False


def _capital_inside(label: str, quote: str) -> bool:
    """Whether a word inside ``label`` (not its first) is capitalised only because it opens a
    sentence of ``quote`` ("xã Toàn huyện", "bệnh nhân Điều trị"): a capital word of more
    than one letter followed by a lower-case one, printed at the quote's start or after a
    sentence's or clause's end; names ("Trung tâm Y tế") are printed mid-sentence."""
    words = label.split()
    for position, word in enumerate(words[1:], start=1):
        following = words[position + 1] if position + 1 < len(words) else ""
        if len(word) < 2 or not word[:1].isupper() or word.isupper() or following[:1].isupper():
            continue  # (an acronym, "UBND", is printed in capitals anywhere)
        if re.search(rf"(?:^|[.:;!?]\s+){re.escape(word)}(?!\w)", quote.strip()):
            return True
    return False


def label_failure(label: str, unit: str, quote: str = "") -> str | None:
    """The first failure class of ``label`` for a figure in ``unit`` printed in ``quote`` (see
    the module docstring), or None when the label names something."""
    words = [word.lower() for word in WORD_RE.findall(label)]
    if not [w for w in words if w not in FUNCTION_WORDS and w not in TREND_WORDS]:
        return "symbol"
    per_base = unit[:1].isalpha() and PER_BASE_RE.search(unit) is not None
    if (fold(label.strip()) == fold(unit.strip()) and not per_base) or (
        not unit[:1].isalpha() and all(word in RATE_WORDS for word in words)
    ):
        return "unit_only"
    tail = [word.lower() for word in label.split()[-2:]]
    if tail and tail[-1] in FUNCTION_WORDS and tuple(tail) not in CLOSING_PAIRS:
        return "dangling"
    folded = _folded_words(label)
    for size in (1, 2):
        for start in range(len(folded) - 2 * size + 1):
            if folded[start : start + size] == folded[start + size : start + 2 * size]:
                return "doubled"
    if _cuts_a_word(label, unit, quote):
        return "cut"
    if _capital_inside(label, quote):
        return "capital"
    return None


def title_failures(title: str | None) -> tuple[bool, bool]:
    """(longer than TITLE_MAX_CHARS, ends like a sentence) for a report's title."""
    if not title:
        return False, False
    stripped = title.strip()
    return len(stripped) > TITLE_MAX_CHARS, stripped.endswith(".")


def measure_article(
    extractor: Extractor, path: Path, url: str | None, tally: Tally, keep: int
) -> None:
    """Extract one article and add its labels and title to ``tally``."""
    extraction = extractor.extract(path, url=url)
    tally.articles += 1
    if extraction.report is None:
        return
    report = extraction.report.model_dump(mode="json")
    text = load_document(path).text
    layout = read_layout(text)
    sentences = [(span.start, span.end) for span in layout.sentences]
    seen: dict[tuple[int, str], set[tuple[str, str]]] = defaultdict(set)
    for indicator in report.get("indicators", []):
        tally.labels += 1
        label, unit = indicator.get("label") or "", indicator.get("unit") or ""
        failure = label_failure(label, unit, indicator.get("quote") or "")
        if failure is None:
            where = text.find(indicator.get("quote") or "\0")
            sentence = next(
                (n for n, (start, end) in enumerate(sentences) if start <= where < end), -1
            )
            figure = (str(indicator.get("value")), fold(unit))
            figures = seen[(sentence, fold(label))]
            if where >= 0 and figures and figure not in figures:
                failure = "same_label"
            figures.add(figure)
        if failure is not None:
            tally.failures[failure] += 1
            if len(tally.examples[failure]) < keep:
                tally.examples[failure].append(
                    f"{path.name}: {label!r} ({indicator.get('value')} {unit}) "
                    f"in {indicator.get('quote')!r}"
                )
    title = report.get("title")
    tally.titles += 1
    long, sentence_like = title_failures(title)
    tally.titles_empty += not title
    tally.titles_long += long
    tally.titles_sentence += sentence_like
    if (long or sentence_like) and len(tally.title_examples) < keep:
        tally.title_examples.append(f"{path.name}: {title[:90]!r}...")
    first = text[layout.lines[0].start : layout.lines[0].end].strip() if layout.lines else ""
    if not title and first and len(first) <= TITLE_MAX_CHARS:
        # a short first line the report showed no title for: a headline lost, or a lead or
        # caption rightly left out (read with --examples)
        tally.titles_empty_short += 1
        if len(tally.title_examples) < keep:
            tally.title_examples.append(f"{path.name}: empty, first line {first[:90]!r}")


def _articles(folder: Path, splits: tuple[str, ...]) -> list[tuple[Path, str | None]]:
    if folder.resolve() == TEXTS_DIR.resolve():
        pages = [p for p in read_pages() if p.split in splits and not p.scanner_only]
        paths = [(folder / f"{p.stem}.txt", p.url) for p in pages]
        return [(path, url) for path, url in paths if path.exists()]
    return [(path, None) for path in sorted(folder.iterdir()) if path.suffix in ARTICLE_SUFFIXES]


def main(argv: list[str] | None = None) -> int:
    """Run the measure (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(DEFAULT_FOLDERS))
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    parser.add_argument("--examples", type=int, default=0, metavar="N")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    splits: tuple[str, ...] = SPLITS if args.split == "all" else (args.split,)
    results: dict[str, Any] = {}
    with Extractor(offline=True, no_cache=True) as extractor:
        for folder in args.folders:
            articles = _articles(folder, splits)
            if not articles:
                print(f"{folder}: no articles (real texts: run `make real-texts`)", file=sys.stderr)
                continue
            tally = Tally()
            for path, url in articles:
                measure_article(extractor, path, url, tally, args.examples)
            results[str(folder)] = tally
    if args.json:
        print(json.dumps({k: t.to_dict() for k, t in results.items()}, indent=2))
        return 0
    for name, tally in results.items():
        counts = tally.to_dict()
        print(f"== {name}: {counts['articles']} articles, {counts['labels']} labels")
        print(
            f"unusable labels {counts['unusable']}: "
            + "  ".join(f"{c} {counts[c]}" for c in CLASSES)
        )
        print(
            f"titles {counts['titles']}: empty {counts['titles_empty']}  "
            f"> {TITLE_MAX_CHARS} chars {counts['titles_long']}  "
            f"sentence-like {counts['titles_sentence']}  "
            f"empty with a short first line {counts['titles_empty_short']}"
        )
        for failure in CLASSES:
            for example in tally.examples.get(failure, []):
                print(f"  {failure}: {example}")
        for example in tally.title_examples:
            print(f"  title: {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
