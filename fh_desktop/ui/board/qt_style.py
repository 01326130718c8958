"""``board_style`` turned into Qt pens, brushes and fonts (cached: built once, used per paint)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem

from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums

# QGraphicsItem::UserType: the board's own item types (``type()``) count up from it.
USER_TYPE: int = QGraphicsItem.UserType  # type: ignore[attr-defined]  # PySide6's stubs leave it out


def qcolor(value: str) -> QColor:
    return QColor(value)


@lru_cache(maxsize=64)
def brush(value: str) -> QBrush:
    return QBrush(QColor(value))


@lru_cache(maxsize=16)
def font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font sized in board units: pixel sizes scale with the view, not with the screen's DPI."""
    f = QFont()
    f.setPixelSize(round(size))
    f.setBold(bold)
    f.setItalic(italic)
    # Glyph shapes must not snap to device pixels, or text jumps while zooming.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def title_font() -> QFont:
    return font(st.TITLE_FONT_SIZE, bold=True)


def text_font() -> QFont:
    return font(st.TEXT_FONT_SIZE)


def placeholder_font() -> QFont:
    return font(st.TITLE_FONT_SIZE, italic=True)


@lru_cache(maxsize=64)
def card_pen(kind: str, area: str) -> QPen:
    style = st.CARD_KIND_STYLES.get(kind, st.CARD_KIND_STYLES[enums.CardKind.NOTE])
    pen = QPen(QColor(st.card_border_color(area)), style.border_width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if style.border_dash:
        pen.setDashPattern(list(style.border_dash))
    return pen


@lru_cache(maxsize=16)
def link_pen(kind: str) -> QPen:
    style = st.LINK_STYLES.get(kind, st.LINK_STYLES[enums.LinkKind.EXCHANGE])
    pen = QPen(QColor(style.color), style.width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if style.dash:
        pen.setDashPattern(list(style.dash))
    return pen


@lru_cache(maxsize=1)
def selection_pen() -> QPen:
    pen = QPen(QColor(st.SELECTION_COLOR), st.SELECTION_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@lru_cache(maxsize=32)
def zone_pen(color: str) -> QPen:
    pen = QPen(QColor(st.zone_border_color(color)), st.ZONE_BORDER_WIDTH)
    if st.is_gap_zone(color):
        pen.setDashPattern(list(st.GAP_ZONE_DASH))
    return pen


def label(vocabulary: dict[str, str], code: str) -> str:
    """The translated label of a vocabulary code (``enums.*.LABELS``)."""
    text = vocabulary.get(code, code)
    return QCoreApplication.translate("enums", text)
