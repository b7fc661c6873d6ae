"""Distinct copies of the sample articles for the benchmarks.

Per-text caches (the cross-checker folds each article once) must not turn repeated samples
into hits: a real batch has distinct articles. Each copy gets a distinct last line of letters
only (no figure for the number scanner), short enough to change nothing else.
"""

from __future__ import annotations

TAG_LETTERS = 26


def copy_tag(number: int) -> str:
    """A distinct last line of letters only ("Nguồn bản a", ... "bản z", "bản ba", ...)."""
    letters = ""
    while True:
        number, digit = divmod(number, TAG_LETTERS)
        letters = chr(ord("a") + digit) + letters
        if number == 0:
            return f"\n\nNguồn bản {letters}\n"
