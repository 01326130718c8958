"""What a card shows when the board is zoomed out: its title, large enough to read.

At fit zoom on a beamer a card's normal layout (17-unit title, 14-unit text) shrinks to a
few screen pixels. Below ``FULL_TEXT_LOD`` a card therefore shows only its title, in a
font sized in *screen* pixels (``MIN_TITLE_PX`` to ``MAX_TITLE_PX``): never a textless
box. A German compound too long for the card is broken with a hyphen rather than cut.
This is painting only; the layout shared with the PDF stays in ``card_text`` /
``domain.board_layout``.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from fh_desktop.domain import board_style as st
from fh_desktop.ui.board import qt_style

MIN_TITLE_PX = 11.0  # on screen: the smallest title a back row can still read
MAX_TITLE_PX = 15.0  # one size for (nearly) all cards: a calm board, not a ransom note
# Below this zoom the normal title would be under MIN_TITLE_PX on screen.
FULL_TEXT_LOD = MIN_TITLE_PX / st.TITLE_FONT_SIZE


def needs_title_only(lod: float) -> bool:
    return lod < FULL_TEXT_LOD


def _font(size: float) -> QFont:
    return qt_style.font(max(1.0, size), bold=True)


def wrap(text: str, metrics: QFontMetricsF, width: float, split_words: bool) -> list[str] | None:
    """Greedy word wrap; None if a word is wider than ``width`` and may not be split."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(trial) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
            line = ""
        while metrics.horizontalAdvance(word) > width:
            if not split_words:
                return None
            cut = len(word) - 1
            while cut > 1 and metrics.horizontalAdvance(word[:cut] + "-") > width:
                cut -= 1
            lines.append(word[:cut] + "-")
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


@lru_cache(maxsize=4096)
def title_fit(title: str, w: float, h: float, lod_key: int) -> tuple[float, tuple[str, ...]]:
    """The board-unit font size and the lines of the title for a ``w`` x ``h`` box.

    The largest screen size from ``MAX_TITLE_PX`` down to ``MIN_TITLE_PX`` at which the
    whole title fits unbroken wins; otherwise the minimum, long words hyphenated, and
    what does not fit cut with "…".
    """
    lod = lod_key / 1000
    for px in range(int(MAX_TITLE_PX), int(MIN_TITLE_PX) - 1, -1):
        metrics = QFontMetricsF(_font(px / lod))
        lines = wrap(title, metrics, w, split_words=False)
        if lines is not None and len(lines) * metrics.lineSpacing() <= h:
            return px / lod, tuple(lines)
    size = MIN_TITLE_PX / lod
    metrics = QFontMetricsF(_font(size))
    lines = wrap(title, metrics, w, split_words=True) or []
    room = max(1, int(h // metrics.lineSpacing()))
    if len(lines) > room:
        lines = lines[:room]
        last = lines[-1].rstrip("-")
        while last and metrics.horizontalAdvance(last + " …") > w:
            last = last[:-1]
        lines[-1] = (last + " …").strip()
    return size, tuple(lines)


def paint_title_only(painter: QPainter, rect: QRectF, title: str, lod: float, color: str) -> None:
    pad = st.CARD_PADDING / 2
    inner = rect.adjusted(pad, pad, -pad, -pad)
    title = " ".join(title.split())
    if inner.width() <= 0 or inner.height() <= 0 or not title:
        return
    size, lines = title_fit(title, round(inner.width(), 1), round(inner.height(), 1), max(1, round(lod * 1000)))
    font = _font(size)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(qt_style.qcolor(color))
    y = inner.top() + metrics.ascent()
    for line in lines:
        painter.drawText(QPointF(inner.left(), y), line)
        y += metrics.lineSpacing()
