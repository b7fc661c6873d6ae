"""Labels of the offline backend's indicators as an analyst reads them.

The indicator rules first gather the words around a figure (its keyword window: the unit and the
words after it, else the words before it), which the category rules read. Shown as the figure's
label, that window can fail the reader: it may be the unit alone ("ca", "tỷ lệ"), a symbol and
a trend verb ("‰ giảm"), end on a function word ("đơn vị có", "... huyện Tân Mỹ và"), repeat
the unit where the window joins it ("tỷ lệ tỷ lệ", "ca ca mắc"), or give two figures of one
sentence the same words. :func:`shown_labels` makes the label name what is counted:

- the window is tidied: the words it repeats where the unit meets the text are dropped, and so
  are function words at its ends ("trở lên", a closed phrase, stays);
- a label that names nothing but the unit, a rate word or a trend ("tăng", "giảm") takes the
  nearest noun phrase of its sentence: a trend right after another figure is that figure's
  change ("tỷ suất sinh thô giảm"); a counted noun takes the words after it, passive verbs
  included ("cá nhân được Hội Nông dân tặng giấy khen"); else the phrase before the figure, back
  to the previous figure;
- figures of one sentence that would share a label are told apart by the phrase before each
  (its cue and subject left out).

Nothing here changes what is extracted: values, units, quotes and categories come from the
indicator rules, the label only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from baocao.offline.text import Span

# How many words a phrase taken from the text around a figure may hold (the indicator rules'
# keyword window holds 8, which cuts "... tặng Giấy khen" and "tỷ lệ người dân có thẻ ...").
PHRASE_MAX_WORDS = 10
# A phrase cut after a function word keeps at least half of them (function words at its ends
# aside): a shorter one has lost what is measured ("tỷ lệ trẻ 24 tháng tuổi" for a dose given
# to those children).
PHRASE_MIN_KEPT = PHRASE_MAX_WORDS // 2
# Words that cannot end the name of what is counted, nor open one taken from the text before a
# figure: conjunctions, prepositions, verbs of being, having and reaching, aspect words.
DANGLING_WORDS = frozenset(
    {
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
        "tới",
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
        "còn",
        "ước",
        "thêm",
        "đối",
        "so",
    }
)
# Closed phrases whose last word is otherwise dangling: "con thứ 3 trở lên" (or more), "xử lý
# triệt để" (thoroughly); and
# nouns whose first word is otherwise one: "đối tượng" (the people a programme covers).
CLOSING_PAIRS = frozenset({("trở", "lên"), ("trở", "xuống"), ("triệt", "để")})
OPENING_PAIRS = frozenset({("đối", "tượng")})
# Words that name nothing counted on their own: a bound's ("trở lên"), a correspondence's
# ("tương ứng").
BOUND_WORDS = frozenset({"trở", "tương", "ứng"})
# Words that point back ("trong đó", "đến nay", "số này"): never a phrase's first word.
POINTING_WORDS = frozenset({"đó", "nay", "này"})
# Words of time: a part before a figure holding only them and numbers ("(năm 2029 đạt 88,7%)")
# says when, and qualifies the nearest phrase before it that names something.
TIME_WORDS = frozenset({"năm", "tháng", "quý", "kỳ", "tuần", "ngày", "đầu", "cuối", "cùng"})
# Verbs of change: alone with a unit they name no counted thing ("‰ giảm", "tỷ lệ tăng").
TREND_WORDS = frozenset({"tăng", "giảm", "vượt"})
# Words that open the name of a rate ("tỷ lệ", "tỉ lệ", "tỷ suất", "công suất", "hệ số"): alone
# they repeat a percent's unit; before another rate's name they double it.
RATE_HEADS = frozenset({"tỷ", "tỉ", "công", "hệ"})
RATE_TAILS = frozenset({"lệ", "suất", "số"})
PERCENT_HEAD = ("tỷ", "lệ")
PERCENT_UNIT = "%"
# How many words beyond PHRASE_MAX_WORDS a rate's name may reach back.
RATE_REACH = 4
# One word, two spellings: compared as one.
SPELLINGS = {"tỉ": "tỷ"}
# A per-capita or per-base unit names an indicator by itself ("bác sĩ trên 10.000 dân",
# "giường bệnh/vạn dân"); a bare base ("/100.000 dân") does not.
PER_BASE_RE = re.compile(r"/|\strên\s")
# Where the words after a figure stop when they name its counted noun: the clause moves on. A
# passive verb ("cá nhân được Hội Nông dân tặng giấy khen") still describes what is counted.
AFTER_STOP_RE = re.compile(
    r"\s(?:so với|so cùng kỳ|trong đó|tăng|giảm|chiếm|với|bằng|là|gồm|tiến hành|tỷ lệ"
    r"|nhằm|để|như|theo|cho|đến|từ)(?:\s.*|$)",
    re.IGNORECASE | re.DOTALL,
)
PUNCTUATION = "()[],;:.!?\"'“”"
PHRASE_END_RE = re.compile(r"[,;:()]|\.(?=\s|$)")
WORD_RE = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class ShownFigure:
    """One indicator as its label is shown: the rules' keyword window (``raw``), its figure's
    span (``start`` to ``end``, a range's high end included), unit, the unit as printed after
    the figure (``printed``), the figure's value, and the clause and sentence that hold it."""

    raw: str
    start: int
    end: int
    unit: str
    printed: str | None
    value: Decimal
    money: bool
    clause: Span
    sentence: Span


def _key(word: str) -> str:
    lowered = word.lower()
    return SPELLINGS.get(lowered, lowered)


def _keys(words: list[str]) -> list[str]:
    return [_key(word) for word in words]


def _is_content(word: str) -> bool:
    key = _key(word)
    return (
        WORD_RE.search(word) is not None
        and key not in DANGLING_WORDS
        and key not in TREND_WORDS
        and key not in RATE_HEADS
        and key not in RATE_TAILS
        and key not in BOUND_WORDS
    )


def _names_something(words: list[str], unit: str) -> bool:
    """Whether ``words`` name more than the unit, a rate word, a trend or a function word; a
    per-base unit ("bác sĩ trên 10.000 dân") names its indicator by itself."""
    unit_words = set(_keys(unit.split()))
    if unit[:1].isalpha() and PER_BASE_RE.search(unit) and words:
        return True
    return any(_is_content(word) and _key(word) not in unit_words for word in words)


def _trim(words: list[str], *, lead: bool = True) -> list[str]:
    """``words`` without function words at their end (a closed pair like "trở lên" stays) and,
    when ``lead``, at their start."""
    words = list(words)
    while words and _key(words[-1]) in DANGLING_WORDS:
        if len(words) > 1 and (_key(words[-2]), _key(words[-1])) in CLOSING_PAIRS:
            break
        words.pop()
    while (
        lead
        and words
        and (
            _key(words[0]) in DANGLING_WORDS
            or _key(words[0]) in POINTING_WORDS
            or WORD_RE.match(words[0]) is None
        )
    ):
        if len(words) > 1 and (_key(words[0]), _key(words[1])) in OPENING_PAIRS:
            break
        words.pop(0)  # (a word opening with no letter: "/tuần" after a figure, "+ ...")
    return words


def _last_words(words: list[str]) -> list[str]:
    """The last :data:`PHRASE_MAX_WORDS` of ``words``, started after a function word
    within them when there is one that keeps at least :data:`PHRASE_MIN_KEPT` words (a
    phrase's own start, not the second syllable of a word: "đối tượng hộ cận nghèo", not
    "tượng hộ cận nghèo"; not the last words alone: "... mũi 3 cho trẻ 24 tháng tuổi" keeps
    what was given), and never inside a rate's name."""
    first = max(0, len(words) - PHRASE_MAX_WORDS)
    if first == 0:
        return words
    keys = _keys(words)
    for start in range(len(words) - 2, max(0, first - RATE_REACH) - 1, -1):
        if keys[start] in RATE_HEADS and keys[start + 1] in RATE_TAILS:
            return words[start:]  # a rate's whole name: "tỷ lệ người dân có thẻ ..."
    for start in range(first, len(words) - 1):
        if (
            _key(words[start - 1]) in DANGLING_WORDS
            and len(_trim(words[start:])) >= PHRASE_MIN_KEPT
        ):
            return words[start:]
    for start in range(first, len(words) - 1):
        if words[start][:1].isupper() and words[start - 1][:1].islower():
            return words[start:]  # "... Kết quả đánh giá ...": a name or a phrase opens
    if _key(words[first]) in RATE_TAILS and _key(words[first - 1]) in RATE_HEADS:
        first -= 1  # "tỷ lệ ...", not "lệ ..."
    return words[first:]


def _join(head: list[str], rest: list[str]) -> list[str]:
    """``head`` followed by ``rest`` without the words ``rest`` repeats where they meet: the
    end of ``head`` it opens with ("tỷ lệ" + "lệ sinh", "ca" + "ca mắc", "kỹ thuật" + "thuật
    được"), or ``rest`` whole when it only repeats the start of ``head``."""
    head_keys, rest_keys = _keys(head), _keys(rest)
    if rest_keys and head_keys[: len(rest_keys)] == rest_keys:
        return list(head)
    for size in range(min(len(head), len(rest)), 0, -1):
        if head_keys[-size:] == rest_keys[:size]:
            return [*head, *rest[size:]]
    if (
        head_keys == list(PERCENT_HEAD)
        and len(rest_keys) > 1
        and rest_keys[0] in RATE_HEADS
        and rest_keys[1] in RATE_TAILS
    ):
        return list(rest)  # "tỷ lệ" + "tỷ suất sinh thô": the rate's own name
    return [*head, *rest]


def tidy_label(raw: str, unit: str) -> list[str]:
    """The words of a keyword window as a label: the unit (or a percent's "tỷ lệ") it opens
    with joined to the text's words without repeating them, a unit that opens with a symbol
    dropped before words, function words trimmed from the end."""
    words = raw.split()
    unit_words = unit.split()
    for head in (list(PERCENT_HEAD), unit_words):
        if head and _keys(words[: len(head)]) == _keys(head) and len(words) > len(head):
            words = _join(words[: len(head)], words[len(head) :])
            break
    if (
        unit_words
        and not unit[:1].isalpha()
        and len(words) > len(unit_words)
        and _keys(words[: len(unit_words)]) == _keys(unit_words)
    ):
        # "‰ tỷ suất sinh thô", "/100.000 dân tỷ lệ mắc lao": the unit has its column
        words = words[len(unit_words) :]
        if _key(words[0]) == PERCENT_HEAD[1]:
            words = [PERCENT_HEAD[0], *words]  # "lệ lưu hành": the window cut "tỷ"
    return _trim(words, lead=False)


def _phrase_before(text: str, figure: ShownFigure, figures: list[ShownFigure]) -> list[str]:
    """The nearest phrase naming something before ``figure`` in its sentence: the words of each
    part between punctuation and other figures (a figure's printed unit with it), nearest
    first; a rate's name is not cut after its first word."""
    cuts = [
        (other.start, min(_unit_end(text, other), figure.start))
        for other in figures
        if figure.sentence.start <= other.start < figure.start
    ]
    left = figure.sentence.start
    pieces: list[tuple[int, int]] = []
    for start, end in sorted(cuts):
        pieces.append((left, start))
        left = max(left, end)
    pieces.append((left, figure.start))
    when: list[str] = []
    for start, end in reversed(pieces):
        for part in reversed(PHRASE_END_RE.split(text[start:end])):
            words = _trim(_last_words(part.split()))
            content = [word for word in words if _is_content(word)]
            if content and all(_key(word) in TIME_WORDS for word in content):
                when = when or words  # "năm 2017": the nearest time, kept for the phrase
            elif content:
                while (
                    when
                    and len(words) > 2
                    and _key(words[-2]) in TIME_WORDS
                    and _numeric(words[-1])
                ):
                    words = words[:-2]  # "tỷ lệ bao phủ năm 2023 đạt 92%, (năm 2022: 90%)"
                return [*words, *when]
    return []


def _numeric(word: str) -> bool:
    return any(character.isdigit() for character in word)


def _names_rate(words: list[str]) -> bool:
    """Whether ``words`` hold a rate's name ("... tỷ lệ phát hiện ...", "công suất ...")."""
    keys = _keys(words)
    pairs = itertools.pairwise(keys)
    return any(head in RATE_HEADS and tail in RATE_TAILS for head, tail in pairs)


def _unit_end(text: str, figure: ShownFigure) -> int:
    """Where ``figure`` and the unit printed after it end."""
    gap = len(text[figure.end :]) - len(text[figure.end :].lstrip(" \t"))
    for unit in (figure.unit, figure.printed):
        if unit and text.startswith(unit, figure.end + gap):
            return figure.end + gap + len(unit)
    return figure.end


def _words_after(text: str, figure: ShownFigure, figures: list[ShownFigure]) -> list[str]:
    """The words after a counted figure that describe what it counts, a passive verb and a
    number that is no figure ("trẻ dưới 6 tuổi được cân đo") included, up to the clause's
    next part or figure."""
    start = _unit_end(text, figure)
    end = min(
        [figure.clause.end] + [other.start for other in figures if start <= other.start],
    )
    after = PHRASE_END_RE.split(text[start:end], maxsplit=1)[0]
    after = AFTER_STOP_RE.sub("", " " + after)
    return _trim(after.split()[:PHRASE_MAX_WORDS], lead=False)


def _previous_in_sentence(
    text: str, figures: list[ShownFigure], shown: list[list[str]], position: int
) -> int | None:
    """The figure just before ``figures[position]`` in its sentence when only its own label's
    words, a trend, function words and punctuation stand between them ("16,2‰, giảm 0,3‰",
    "45.000 lượt người (tăng 12,5%)"), else None."""
    figure = figures[position]
    if position == 0:
        return None
    previous = figures[position - 1]
    if previous.start < figure.sentence.start or previous.end > figure.start:
        return None
    between = [
        word.strip(PUNCTUATION) for word in text[_unit_end(text, previous) : figure.start].split()
    ]
    own = set(_keys(shown[position - 1]))
    if any(_is_content(word) and _key(word) not in own for word in between):
        return None
    return position - 1


def _counted(words: list[str], unit: str) -> list[str]:
    """``words`` without the rate's name they open with when they name the counted ``unit``
    after it: "(46/50 trẻ)" after "tỷ lệ trẻ ... đạt 92%" counts the children."""
    keys = _keys(words)
    if (
        unit[:1].isalpha()
        and len(keys) > len(PERCENT_HEAD)
        and keys[0] in RATE_HEADS
        and keys[1] in RATE_TAILS
        and _key(unit.split()[0]) in keys[2:]
    ):
        return words[2:]
    return words


def _with_trend(words: list[str], trend: str) -> list[str]:
    return words if _key(trend) in _keys(words) else [*words, trend]


def _name(
    text: str,
    figures: list[ShownFigure],
    shown: list[list[str]],
    position: int,
    changes: dict[int, tuple[int, str]],
    before: Callable[[int], list[str]],
) -> list[str]:
    """The label of ``figures[position]``, the labels before it being ``shown``; a change of
    the figure before it is noted in ``changes`` (its position and trend word); ``before``
    gives the phrase before a figure (:func:`_phrase_before`, computed once per figure)."""
    figure = figures[position]
    words = tidy_label(figure.raw, figure.unit)
    rest = words[len(PERCENT_HEAD) :]
    if (
        figure.unit == PERCENT_UNIT
        and rest
        and _keys(words[: len(PERCENT_HEAD)]) == list(PERCENT_HEAD)
    ):
        phrase = before(position)
        if (
            _names_rate(phrase)
            and len(phrase) > len(words)
            and _keys(phrase)[-len(rest) :] == _keys(rest)
        ):
            keys = _keys(phrase)
            head = max(
                n
                for n in range(len(keys) - 1)
                if keys[n] in RATE_HEADS and keys[n + 1] in RATE_TAILS
            )
            return phrase[head:]  # the rate's whole name, which the window cut
    words = _counted(words, figure.unit)
    if _names_something(words, figure.unit):
        return words
    trend = next((w for w in figure.raw.split() if _key(w) in TREND_WORDS), None)
    if trend is not None:
        previous = _previous_in_sentence(text, figures, shown, position)
        if previous is not None and _names_something(shown[previous], figures[previous].unit):
            changes[position] = (previous, trend)
            return _with_trend(shown[previous], trend)
    if trend is None and figure.unit[:1].isalpha() and not figure.money:
        after = _words_after(text, figure, figures)
        if any(_is_content(word) for word in after):
            return _join(figure.unit.split(), after)
    phrase = before(position)
    if not phrase:
        return words or figure.raw.split()
    if figure.unit == PERCENT_UNIT and not _names_rate(phrase):
        phrase = _join(list(PERCENT_HEAD), phrase)
    elif figure.unit[:1].isalpha() and not figure.money:
        unit = figure.unit.split()
        phrase = _counted(phrase, figure.unit)
        if _key(unit[0]) not in _keys(phrase):
            phrase = [*unit, *phrase]  # "điểm" + "Trung tâm Y tế huyện A": whose score
    if trend is not None and _key(trend) not in _keys(phrase):
        phrase = [*phrase, trend]
    return phrase


# Words that open a phrase before a figure without telling what it counts: a cue of aim or
# source ("dự kiến", "phấn đấu", "theo", "ngoài ra"), and the subject that did the work (a
# unit's capitalised name, "toàn huyện") up to its tense word ("Trung tâm sẽ khám", "... đã").
CUE_PAIRS = frozenset({("dự", "kiến"), ("phấn", "đấu"), ("ngoài", "ra")})
CUE_WORDS = frozenset({"theo"})
TENSE_WORDS = frozenset({"sẽ", "đã", "đang"})
WHOLE_AREA_WORD = "toàn"
SUBJECT_MAX_WORDS = 4
# Words a sentence's capital may open that are common nouns inside a label ("Năm 2030",
# "Xã Suối Đá" -> "năm 2030", "xã Suối Đá").
COMMON_OPENERS = TIME_WORDS | frozenset({"xã", "huyện", "tỉnh", "phường", "quận", "thị"})


def _opens_name(words: list[str], start: int) -> bool:
    """Whether ``words[start]`` may open a subject: the start of a capitalised run, the phrase's
    first word or one after a clause mark or a figure ("Năm 2030, Bệnh viện ...", "năm 2030
    Trung tâm ..."), not a word inside a name ("Bệnh viện Đa khoa": not "Đa")."""
    if start == 0:
        return True
    previous = words[start - 1]
    return not previous[-1:].isalpha() or previous[:1].isdigit()


def _subject_split(phrase: list[str]) -> tuple[list[str], tuple[int, int] | None]:
    """``phrase`` without a leading cue (CUE_PAIRS, CUE_WORDS), and where its subject lies in
    it (from, to), if any: a capitalised name opening a run (:func:`_opens_name`) closed by its
    tense word ("sẽ", "đã" or "đang" within SUBJECT_MAX_WORDS), or "toàn huyện"."""
    words = list(phrase)
    while words:
        if len(words) > 1 and (_key(words[0]), _key(words[1])) in CUE_PAIRS:
            words = words[2:]
        elif _key(words[0]) in CUE_WORDS:
            words = words[1:]
        else:
            break
    for start, word in enumerate(words):
        whole_area = _key(word) == WHOLE_AREA_WORD
        if not (whole_area or (word[:1].isupper() and _opens_name(words, start))):
            continue
        if _key(word) in COMMON_OPENERS:
            continue  # "Năm 2030 ...": the time, not the subject
        keys = _keys(words[start + 1 : start + 1 + SUBJECT_MAX_WORDS])
        tense = next((offset for offset, key in enumerate(keys) if key in TENSE_WORDS), None)
        if tense is None and whole_area:
            tense = 0  # "toàn huyện thực hiện": the area is the subject
        if tense is not None and start + tense + 2 < len(words):
            return words, (start, start + tense + 2)
    return words, None


def _telling_words(words: list[str], subject: tuple[int, int] | None) -> list[str]:
    """The words of a phrase (cue left out, :func:`_subject_split`) that tell a figure apart:
    without its ``subject`` when given; a sentence's capital on a common noun lowered."""
    if subject is not None:
        words = [*words[: subject[0]], *words[subject[1] :]]
    if words and words[0][:1].isupper() and _key(words[0]) in COMMON_OPENERS:
        words = [words[0].lower(), *words[1:]]
    return words


def _tells_apart(phrase: list[str], label: list[str]) -> bool:
    """Whether ``phrase`` adds to ``label`` more than it repeats (a phrase that mostly repeats
    the label, "... giảm sâu nhất số ca nhiễm mới ... giảm sâu nhất", tells nothing apart)."""
    own = set(_keys(label))
    new = [key for key in _keys(phrase) if key not in own]
    return len(new) * 2 > len(phrase)


def shown_labels(text: str, figures: list[ShownFigure]) -> list[str]:
    """The label of each figure (in the order of the text) as the report shows it (see the
    module docstring)."""
    shown: list[list[str]] = []
    changes: dict[int, tuple[int, str]] = {}
    phrases_before: dict[int, tuple[str, ...]] = {}

    def before(position: int) -> list[str]:
        if position not in phrases_before:
            phrase = _phrase_before(text, figures[position], figures)
            phrases_before[position] = tuple(phrase)
        return list(phrases_before[position])

    for position in range(len(figures)):
        shown.append(_name(text, figures, shown, position, changes, before))
    # Figures of one sentence with one label: each told apart by the phrase before it.
    groups: dict[tuple[int, tuple[str, ...]], list[int]] = {}
    for position, words in enumerate(shown):
        groups.setdefault((figures[position].sentence.start, tuple(_keys(words))), []).append(
            position
        )
    for members in groups.values():
        if len({(figures[p].value, figures[p].unit) for p in members}) < 2:
            continue
        split = {position: _subject_split(before(position)) for position in members}
        # a subject (its tense word aside) is left out only when every member shares it:
        # "Bệnh viện A đã khám ..., Bệnh viện B đã khám ..." tells them apart by whose they are
        subjects = {
            None if span is None else tuple(_keys(words[span[0] : span[1] - 1]))
            for words, span in split.values()
        }
        shared = len(subjects) == 1
        phrases = {
            position: _telling_words(words, span if shared else None)
            for position, (words, span) in split.items()
        }
        for position, phrase in phrases.items():
            if position not in changes and _tells_apart(phrase, shown[position]):
                shown[position] = _join(shown[position], phrase)
    for position, (previous, trend) in changes.items():
        shown[position] = _with_trend(shown[previous], trend)  # the figure told apart
    return [" ".join(words) for words in shown]
