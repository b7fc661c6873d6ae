"""What a report type declares about its scoring against gold reports (``baocao eval``).

A schema module declares ``SCORING_RULES =`` :class:`ScoringRules` beside its model where the
schema alone cannot say how a report is compared with its gold: which fields are scored and
under which names, a field's own normaliser (place names), which attributes of a list's items
are scored, which units name the same thing, how an item is shown in the misses.
:mod:`baocao.evaluation` reads the declaration (with :func:`baocao.schemas.declaration`) and
scores with it; a schema imports only this module, low in the layers, never the evaluator.

:func:`normalize_label` is the text folding the evaluator compares with, public here so a
type's own normaliser can build on it (``schemas/health_review.py``'s ``normalize_place``).
This module imports only :mod:`baocao.errors`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from baocao.errors import SchemaError

# The module-level name under which a schema's module declares its ScoringRules.
SCORING_RULES_NAME = "SCORING_RULES"
# What an item is called in a miss row when its report type does not say.
DEFAULT_ITEM_NAME = "item"

# Tone marks (not vowel-quality marks: breve, circumflex and horn stay) as combining characters.
TONE_MARKS = frozenset({"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"})
WHITESPACE_RE = re.compile(r"\s+")

Normalizer = Callable[[object], object]
SameUnit = Callable[[str, str], bool]


def strip_tones(text: str) -> str:
    """``text`` without Vietnamese tone marks, NFC: ``"Hoà"`` -> ``"Hoa"``, ``"Đắk"`` -> ``"Đăk"``.

    Vowel-quality marks (breve, circumflex, horn) and ``đ`` stay.
    """
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


def normalize_label(value: object) -> str:
    """Fold a string for comparison: NFC, casefold, single spaces, Vietnamese tone marks off.

    Args:
        value: any value; None gives "".

    Returns:
        The folded string; ``"Hòa"`` and ``"Hoà"`` (old and new tone placement) and
        ``"Đắk"`` and ``"Đăk"`` fold to the same string.
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = WHITESPACE_RE.sub(" ", text).strip()
    return strip_tones(text)


def same_text(first: str, second: str) -> bool:
    """Whether two folded units are equal: :class:`ListRules`' default ``same_unit``."""
    return first == second


@dataclass(frozen=True)
class ListRules:
    """How the items of one list are matched and scored, where the schema does not say.

    Names are leaf names of one item (``"value"``, ``"week.year"``) or the path of an object
    in it (``"week"``: its leaves compared together, as one attribute).

    Attributes:
        value: the figure items are matched on; default: the item's first figure.
        unit: the value's unit; default: the field its ``Grounded(unit_field=...)`` names.
        label: what names the item in the misses; default: its first text leaf (not the unit,
            not a quote).
        base: a figure shown after the value as its ratio's base (``40 cơ sở /52``).
        attributes: the attributes of a matched pair scored against the gold, in output order;
            default: every leaf but the value, the unit and quotes (evidence, not facts).
        gold_optional: attributes scored only on pairs whose gold item has the key (added
            after golds were written: a gold without it says nothing about them).
        normalizers: an attribute's own normaliser, instead of its kind's.
        shown: the keys of a missing or spurious item kept in the misses; default: every key
            that has a value.
        item_name: the key naming one item in a miss row (default ``"item"``).
        same_unit: whether two folded units (scale word and percent already folded) name the
            same thing; default: equal.
    """

    value: str | None = None
    unit: str | None = None
    label: str | None = None
    base: str | None = None
    attributes: tuple[str, ...] | None = None
    gold_optional: frozenset[str] = frozenset()
    normalizers: Mapping[str, Normalizer] = field(default_factory=dict)
    shown: tuple[str, ...] | None = None
    item_name: str = DEFAULT_ITEM_NAME
    same_unit: SameUnit = same_text

    def __post_init__(self) -> None:
        """Refuse declarations of the wrong shape where they are written (the schema file).

        Raises:
            SchemaError: a name list is a bare string (read letter by letter) or holds no
                names, a normaliser is not callable.
        """
        for what in ("attributes", "shown", "gold_optional"):
            _check_names(getattr(self, what), f"ListRules({what}=...)")
        _check_callables(self.normalizers, "normalizers")


@dataclass(frozen=True)
class ScoringRules:
    """What a report type declares about its scoring (``SCORING_RULES`` in its module).

    Attributes:
        fields: the article fields scored, in output order: leaf names, or the path of an
            object whose leaves are compared together as one field (``"week"``: its number
            and year); default: every article leaf but quotes, each a field.
        normalizers: a field's own normaliser (place names), instead of its kind's.
        lists: per list name, how its items are matched and scored.
    """

    fields: tuple[str, ...] | None = None
    normalizers: Mapping[str, Normalizer] = field(default_factory=dict)
    lists: Mapping[str, ListRules] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Refuse declarations of the wrong shape where they are written (the schema file).

        Raises:
            SchemaError: ``fields`` is not a sequence of names (a bare string would be read
                letter by letter), a normaliser is not callable, a list's rules are not a
                :class:`ListRules`.
        """
        _check_names(self.fields, "ScoringRules(fields=...)")
        _check_callables(self.normalizers, "normalizers")
        if not isinstance(self.lists, Mapping):
            raise SchemaError(
                f"ScoringRules(lists={self.lists!r}): give a dict of list name to "
                "baocao.scoring.ListRules(...)"
            )
        for name, rules in self.lists.items():
            if not isinstance(rules, ListRules):
                raise SchemaError(
                    f"ScoringRules(lists={{{name!r}: {rules!r}}}): give each list's rules as "
                    "baocao.scoring.ListRules(...)"
                )


def _check_names(names: object, where: str) -> None:
    """Refuse a declared list of names that is a bare string or holds anything but names."""
    if names is None:
        return
    if not isinstance(names, (tuple, list, set, frozenset)) or not all(
        isinstance(name, str) for name in names
    ):
        raise SchemaError(
            f'{where}: {names!r} is not a tuple of names; one name is written ("name",)'
        )


def _check_callables(normalizers: object, what: str) -> None:
    """Refuse normalisers that are not a dict of functions of one value
    (:class:`ScoringRules`, :class:`ListRules`)."""
    if not isinstance(normalizers, Mapping):
        raise SchemaError(
            f"{what}={normalizers!r}: give a dict of field name to a function of one value"
        )
    for name, normalise in normalizers.items():
        if not callable(normalise):
            raise SchemaError(
                f"{what}={{{name!r}: {normalise!r}}}: a normaliser is a function "
                "of one value (e.g. baocao.scoring.normalize_label), not a value"
            )
