"""Title and text of a card, laid out once per change, drawn cheaply per paint.

A card is painted again on every zoom step; laying out its text each time would make
a board of a thousand cards stutter. So the layout happens here, when the card's
content or size changes, and ``paint`` only draws prepared ``QStaticText`` lines.

German planning vocabulary is full of long compounds ("Jugendhilfeausschuss"): a
title shrinks a little (down to ``TITLE_MIN_FONT_SIZE``) until its longest word fits,
rather than breaking a word in the middle; a word that still does not fit is broken
with a hyphen.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.ui.board import qt_style

ELLIPSIS = bl.ELLIPSIS


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
    boxes: list[bl.Rect]  # where the printed lines are (card coordinates), kept free of link labels


def _static(text: str, font: QFont) -> QStaticText:
    s = QStaticText(text)
    s.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    s.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    s.prepare(font=font)
    return s


@lru_cache(maxsize=64)
def _metrics(size: float, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(qt_style.font(size, bold=bold))


def measure(text: str, size: float, bold: bool) -> float:
    """Width of ``text`` in board units, as Qt draws it: the measure ``board_layout`` lays out with."""
    return _metrics(size, bold).horizontalAdvance(text)


def title_font_for(title: str, width: float) -> QFont:
    """The largest title size at which the longest word fits into ``width``."""
    return qt_style.font(bl.title_size(title, width, measure), bold=True)


def layout_card(title: str, text: str, w: float, h: float, *, influence: int | None, has_dots: bool,
                header_band: bool) -> CardText:
    """Lay out title (bold) and text of a w x h card in card coordinates (0, 0 top-left).

    The lines, their breaks, sizes and places come from ``board_layout.text_layout``, the
    layout the PDF prints with, measured with Qt's fonts; here they only become prepared
    ``QStaticText`` lines."""
    placeholder = QCoreApplication.translate("CardItem", "(ohne Titel)")
    layout = bl.text_layout(title, text, bl.Rect(0, 0, w, h), influence, has_dots, header_band, measure, placeholder)
    out: list[TextLine] = []
    for line in layout.lines:
        if line.placeholder:
            font, color = qt_style.placeholder_font(), st.PLACEHOLDER_COLOR
        else:
            font, color = qt_style.font(line.size, bold=line.bold), st.TEXT_COLOR
        out.append(TextLine(_static(line.text, font), QPointF(line.x, line.y), font, color))
    return CardText(out, layout.header_height, layout.truncated, bl.text_boxes(layout, measure))
