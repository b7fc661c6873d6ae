"""Small charts as inline SVG, for the review site: no JavaScript, no library, no network.

:func:`bar_chart` draws horizontal bars, one per label, each split into coloured segments
(grounded / ungrounded / unproven values of one label, say), with the total at the bar's
end and the segment counts in each segment's ``<title>`` (shown on hover). Every piece of
text is escaped. Pure: text in, text out.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

# Geometry of a chart, in SVG user units (the SVG scales to its container's width).
CHART_WIDTH = 640
LABEL_WIDTH = 190
TOTAL_WIDTH = 56
ROW_HEIGHT = 22
BAR_HEIGHT = 15
LEGEND_HEIGHT = 24
FONT_SIZE = 12
# A label longer than this is cut (the whole label stays in the row's title).
LABEL_MAX_CHARS = 28


@dataclass(frozen=True)
class Series:
    """One segment kind of every bar: its name (legend) and fill colour."""

    name: str
    colour: str


@dataclass(frozen=True)
class Bar:
    """One bar: its label and one count per series (same order as the chart's series)."""

    label: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        """The sum of the bar's segments."""
        return sum(self.counts)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_MAX_CHARS else label[: LABEL_MAX_CHARS - 1] + "…"


def bar_chart(title: str, series: Sequence[Series], bars: Sequence[Bar]) -> str:
    """A horizontal stacked bar chart as an inline ``<svg>`` element.

    Args:
        title: what is counted (the chart's accessible name).
        series: the segment kinds, drawn left to right in this order.
        bars: one bar per label, drawn top to bottom in this order.

    Returns:
        The SVG markup; a short paragraph when there is nothing to draw.
    """
    if not bars:
        return f"<p>{_e(title)}: nothing to draw.</p>"
    largest = max(bar.total for bar in bars) or 1
    span = CHART_WIDTH - LABEL_WIDTH - TOTAL_WIDTH
    height = LEGEND_HEIGHT + ROW_HEIGHT * len(bars)
    parts = [
        f'<svg class="chart" role="img" aria-label="{_e(title)}" '
        f'viewBox="0 0 {CHART_WIDTH} {height}" width="100%" '
        f'font-size="{FONT_SIZE}" xmlns="http://www.w3.org/2000/svg">'
    ]
    x = LABEL_WIDTH
    for kind in series:
        parts.append(
            f'<rect x="{x}" y="4" width="12" height="12" fill="{_e(kind.colour)}"/>'
            f'<text x="{x + 16}" y="15">{_e(kind.name)}</text>'
        )
        x += 16 + 8 * len(kind.name) + 16
    for row, bar in enumerate(bars):
        y = LEGEND_HEIGHT + row * ROW_HEIGHT
        detail = ", ".join(
            f"{count} {kind.name}" for kind, count in zip(series, bar.counts, strict=True) if count
        )
        parts.append(f"<g><title>{_e(bar.label)}: {_e(detail or 'none')}</title>")
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR_HEIGHT - 3}" '
            f'text-anchor="end">{_e(_cut(bar.label))}</text>'
        )
        left = float(LABEL_WIDTH)
        for kind, count in zip(series, bar.counts, strict=True):
            if not count:
                continue
            width = span * count / largest
            parts.append(
                f'<rect x="{left:.1f}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                f'fill="{_e(kind.colour)}"/>'
            )
            left += width
        parts.append(f'<text x="{left + 4:.1f}" y="{y + BAR_HEIGHT - 3}">{bar.total}</text></g>')
    parts.append("</svg>")
    return "".join(parts)
