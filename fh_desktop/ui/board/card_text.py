"""Title and text of a card, wrapped and elided once per change, drawn cheaply per paint.

A card is painted again on every zoom step; laying out its text each time would make
a board of a thousand cards stutter. So the layout happens here, when the card's
content or size changes, and ``paint`` only draws prepared ``QStaticText`` lines.

German planning vocabulary is full of long compounds ("Jugendhilfeausschuss"): a
title shrinks a little (down to ``TITLE_MIN_FONT_SIZE``) until its longest word fits,
rather than breaking a word in the middle; a word that still does not fit is broken
with a hyphen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText, QTextLayout, QTextOption

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.ui.board import qt_style

ELLIPSIS = "…"


@dataclass
class TextLine:
    text: QStaticText
    pos: QPointF
    font: QFont
    color: str


@dataclass
class CardText:
    lines: list[TextLine]
    header_height: float  # committee header band (0 for other kinds)
    truncated: bool  # something did not fit: the full text goes into the tooltip


def _static(text: str, font: QFont) -> QStaticText:
    s = QStaticText(text)
    s.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    s.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    s.prepare(font=font)
    return s


def _flow(
    text: str, font: QFont, y: float, bottom: float, line_height: float, width_at: Callable[[float], float]
) -> tuple[list[tuple[str, float, float]], bool]:
    """Lines (text, y, width) of ``text`` from ``y`` down to ``bottom``; True if cut short."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    out: list[tuple[str, float, float]] = []
    paragraphs = text.strip().split("\n")
    for pi, paragraph in enumerate(paragraphs):
        if not paragraph.strip():
            if y + line_height > bottom + 0.5:
                return out, pi < len(paragraphs) - 1
            y += line_height / 2
            continue
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            if y + line_height > bottom + 0.5:
                layout.endLayout()
                if out:
                    # Elide the last line we kept, with the rest of the text behind it.
                    last, ly, lw = out[-1]
                    rest = paragraph[line.textStart() :] if line.textStart() < len(paragraph) else ""
                    metrics = QFontMetricsF(font)
                    joined = f"{last} {rest}".strip()
                    elided = metrics.elidedText(joined, Qt.TextElideMode.ElideRight, lw)
                    if not elided.endswith(ELLIPSIS):
                        elided = metrics.elidedText(joined, Qt.TextElideMode.ElideRight, lw - metrics.horizontalAdvance(ELLIPSIS))
                        elided = elided.rstrip(ELLIPSIS) + ELLIPSIS
                    out[-1] = (elided, ly, lw)
                return out, True
            width = max(1.0, width_at(y))
            line.setLineWidth(width)
            start, end = line.textStart(), line.textStart() + line.textLength()
            text_line = paragraph[start:end].rstrip()
            if 0 < end < len(paragraph) and paragraph[end - 1].isalnum() and paragraph[end].isalnum():
                # A word too long for the card was broken: mark it, as one would by hand.
                line.setLineWidth(max(1.0, width - QFontMetricsF(font).horizontalAdvance("-")))
                start, end = line.textStart(), line.textStart() + line.textLength()
                text_line = paragraph[start:end].rstrip() + "-"
            out.append((text_line, y, width))
            y += line_height
        layout.endLayout()
    return out, False


def title_font_for(title: str, width: float) -> QFont:
    """The largest title size at which the longest word fits into ``width``."""
    words = title.split() or [""]
    size = st.TITLE_FONT_SIZE
    while size > st.TITLE_MIN_FONT_SIZE:
        font = qt_style.font(size, bold=True)
        metrics = QFontMetricsF(font)
        if max(metrics.horizontalAdvance(w) for w in words) <= width:
            return font
        size -= 1
    return qt_style.font(st.TITLE_MIN_FONT_SIZE, bold=True)


def layout_card(title: str, text: str, w: float, h: float, *, influence: int | None, has_dots: bool,
                header_band: bool) -> CardText:
    """Lay out title (bold) and text of a w x h card in card coordinates (0, 0 top-left)."""
    area = bl.text_area(bl.Rect(0, 0, w, h), influence, has_dots)

    def width_at(_y: float) -> float:
        return area.w

    out: list[TextLine] = []
    truncated = False
    y = area.y
    title = " ".join(title.split())
    if title:
        font = title_font_for(title, area.w)
        lh = font.pixelSize() * st.TEXT_LINE_SPACING
        room = area.bottom if not text.strip() else min(area.bottom, area.y + 3 * lh)
        lines, cut = _flow(title, font, y, max(room, area.y + lh), lh, width_at)
        truncated |= cut
        for line, ly, _ in lines:
            out.append(TextLine(_static(line, font), QPointF(area.x, ly), font, st.TEXT_COLOR))
        y += len(lines) * lh
        n_title = len(lines)
    else:
        font = qt_style.placeholder_font()
        placeholder = QCoreApplication.translate("CardItem", "(ohne Titel)")
        out.append(TextLine(_static(placeholder, font), QPointF(area.x, y), font, st.PLACEHOLDER_COLOR))
        y += st.TITLE_FONT_SIZE * st.TEXT_LINE_SPACING
        n_title = 1

    header = 0.0
    if header_band:
        header = bl.header_band_height(n_title)
        y = max(y, header) + st.CARD_PADDING / 2
    else:
        y += st.CARD_PADDING / 3

    if text.strip():
        font = qt_style.text_font()
        lh = st.TEXT_FONT_SIZE * st.TEXT_LINE_SPACING
        lines, cut = _flow(text, font, y, area.bottom, lh, width_at)
        truncated |= cut
        for line, ly, _ in lines:
            out.append(TextLine(_static(line, font), QPointF(area.x, ly), font, st.TEXT_COLOR))
    return CardText(out, header, truncated)
