"""The legend: planning-area colours, card kinds, link styles, direction, influence, dots.

``Legend`` lays out and paints in board units, so the overlay on screen and every
exported picture show the very same legend. ``LegendWidget`` is the collapsible
overlay in the corner of the board.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.ui.board import qt_style

CTX = "BoardLegend"
ROW = 24.0
SAMPLE_W = 46.0
GAP = 10.0
SECTION_GAP = 28.0
PAD = 14.0

SECTION_AREAS = QT_TRANSLATE_NOOP("BoardLegend", "Planungsbereiche")
SECTION_KINDS = QT_TRANSLATE_NOOP("BoardLegend", "Kartenarten")
SECTION_LINKS = QT_TRANSLATE_NOOP("BoardLegend", "Verbindungen")
SECTION_DIRECTION = QT_TRANSLATE_NOOP("BoardLegend", "Richtung")
SECTION_MARKS = QT_TRANSLATE_NOOP("BoardLegend", "Markierungen")
TEXT_ONE_WAY = QT_TRANSLATE_NOOP("BoardLegend", "in eine Richtung (Pfeil)")
TEXT_TWO_WAY = QT_TRANSLATE_NOOP("BoardLegend", "wechselseitig")
TEXT_UNDIRECTED = QT_TRANSLATE_NOOP("BoardLegend", "ungerichtet")
TEXT_INFLUENCE = QT_TRANSLATE_NOOP("BoardLegend", "Einfluss 0–3 (hier: 2)")
TEXT_DOTS = QT_TRANSLATE_NOOP("BoardLegend", "Klebepunkte (mit Anzahl)")
TEXT_GAP = QT_TRANSLATE_NOOP("BoardLegend", "Zone „Planungslücke“")


@dataclass
class _Entry:
    kind: str  # "area", "card", "link", "arrow", "influence", "dots", "gap"
    code: str
    label: str


def _tr(text: str, ctx: str = CTX) -> str:
    return QCoreApplication.translate(ctx, text)


def sections() -> list[tuple[str, list[_Entry]]]:
    return [
        (_tr(SECTION_AREAS), [_Entry("area", a, qt_style.label(enums.PlanningArea.LABELS, a)) for a in enums.PlanningArea.ALL]),
        (_tr(SECTION_KINDS), [_Entry("card", k, qt_style.label(enums.CardKind.LABELS, k)) for k in enums.CardKind.ALL]),
        (_tr(SECTION_LINKS), [_Entry("link", k, qt_style.label(enums.LinkKind.LABELS, k)) for k in enums.LinkKind.ALL]),
        (
            _tr(SECTION_DIRECTION),
            [
                _Entry("arrow", enums.LinkDirection.FORWARD, _tr(TEXT_ONE_WAY)),
                _Entry("arrow", enums.LinkDirection.BOTH, _tr(TEXT_TWO_WAY)),
                _Entry("arrow", enums.LinkDirection.NONE, _tr(TEXT_UNDIRECTED)),
            ],
        ),
        (
            _tr(SECTION_MARKS),
            [
                _Entry("influence", "2", _tr(TEXT_INFLUENCE)),
                _Entry("dots", "", _tr(TEXT_DOTS)),
                _Entry("gap", st.GAP_ZONE_COLOR, _tr(TEXT_GAP)),
            ],
        ),
    ]


class Legend:
    """Lays the legend out in board units.

    ``rows``: one line per section, entries side by side (a strip under the board, on
    screen and in wide pictures); otherwise ``columns`` columns of sections.
    """

    def __init__(self, columns: int = 4, rows: bool = False) -> None:
        self.sections = sections()
        self.font = qt_style.font(st.LEGEND_FONT_SIZE)
        self.title_font = qt_style.font(st.LEGEND_FONT_SIZE + 1, bold=True)
        metrics = QFontMetricsF(self.font)
        title_metrics = QFontMetricsF(self.title_font)

        def entry_w(e: _Entry) -> float:
            return SAMPLE_W + GAP + metrics.horizontalAdvance(e.label)

        # (x, y, width, title or entry) relative to the top-left corner inside the padding
        self._titles: list[tuple[float, float, float, str]] = []
        self._entries: list[tuple[float, float, float, _Entry]] = []
        if rows:
            title_w = max(title_metrics.horizontalAdvance(t) for t, _ in self.sections) + SECTION_GAP
            width = 0.0
            for r, (title, entries) in enumerate(self.sections):
                y = r * ROW
                self._titles.append((0.0, y, title_w, title))
                x = title_w
                for e in entries:
                    self._entries.append((x, y, entry_w(e), e))
                    x += entry_w(e) + SECTION_GAP
                width = max(width, x - SECTION_GAP)
            self._w, self._h = width, ROW * len(self.sections)
            return
        columns = max(1, columns)
        widths = [
            max(title_metrics.horizontalAdvance(title), max(entry_w(e) for e in entries))
            for title, entries in self.sections
        ]
        # Section i goes into column i % columns; columns are as wide as their widest section.
        col_widths = [
            max(w for i, w in enumerate(widths) if i % columns == col) for col in range(min(columns, len(widths)))
        ]
        heights = [0.0] * len(col_widths)
        for i, (title, entries) in enumerate(self.sections):
            col = i % columns
            x = sum(col_widths[:col]) + SECTION_GAP * col
            y = heights[col]
            self._titles.append((x, y, col_widths[col], title))
            for n, e in enumerate(entries):
                self._entries.append((x, y + ROW * (n + 1), col_widths[col], e))
            heights[col] += ROW * (1 + len(entries)) + SECTION_GAP / 2
        self._w = sum(col_widths) + SECTION_GAP * (len(col_widths) - 1)
        self._h = max(heights) - SECTION_GAP / 2

    def size(self) -> tuple[float, float]:
        return 2 * PAD + self._w, 2 * PAD + self._h

    def paint(self, painter: QPainter, x: float, y: float, background: bool = True) -> None:
        w, h = self.size()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if background:
            painter.setPen(QPen(QColor(st.GRID_COLOR), 1.5))
            painter.setBrush(qt_style.brush("#ffffff"))
            painter.drawRoundedRect(QRectF(x, y, w, h), 8, 8)
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.setFont(self.title_font)
        painter.setPen(QColor(st.TEXT_COLOR))
        for tx, ty, tw, title in self._titles:
            painter.drawText(QRectF(x + PAD + tx, y + PAD + ty, tw, ROW), left, title)
        for ex, ey, ew, entry in self._entries:
            cx, cy = x + PAD + ex, y + PAD + ey
            self._sample(painter, entry, QRectF(cx, cy + 3, SAMPLE_W, ROW - 6))
            painter.setFont(self.font)
            painter.setPen(QColor(st.TEXT_COLOR))
            painter.drawText(QRectF(cx + SAMPLE_W + GAP, cy, ew, ROW), left, entry.label)
        painter.restore()

    def _sample(self, painter: QPainter, e: _Entry, r: QRectF) -> None:
        mid = r.center().y()
        if e.kind == "area":
            painter.setPen(qt_style.card_pen(enums.CardKind.TASK, e.code))
            painter.setBrush(qt_style.brush(st.area_color(e.code)))
            painter.drawRoundedRect(r.adjusted(6, 0, -6, 0), 3, 3)
        elif e.kind == "card":
            style = st.CARD_KIND_STYLES[e.code]
            pen = qt_style.card_pen(e.code, enums.PlanningArea.OTHER)
            painter.setPen(pen)
            painter.setBrush(qt_style.brush(st.area_color(enums.PlanningArea.OTHER)))
            box = r.adjusted(6, 0, -6, 0)
            radius = min(style.corner_radius / 2, 6)
            painter.drawRoundedRect(box, radius, radius)
            if style.header_band:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(qt_style.brush(st.header_band_color(enums.PlanningArea.OTHER)))
                half = style.border_width / 2
                painter.drawRect(QRectF(box.left() + half, box.top() + half, box.width() - 2 * half, box.height() * 0.4))
        elif e.kind == "link":
            painter.setPen(qt_style.link_pen(e.code))
            painter.drawLine(QLineF(r.left(), mid, r.right(), mid))
        elif e.kind == "arrow":
            pen = qt_style.link_pen(enums.LinkKind.EXCHANGE)
            start, end = (r.left() + 2, mid), (r.right() - 2, mid)
            inset = st.ARROW_LENGTH * 0.8
            x1 = start[0] + (inset if e.code == enums.LinkDirection.BOTH else 0)
            x2 = end[0] - (inset if e.code != enums.LinkDirection.NONE else 0)
            painter.setPen(pen)
            painter.drawLine(QLineF(x1, mid, x2, mid))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qt_style.brush(pen.color().name()))
            if e.code != enums.LinkDirection.NONE:
                painter.drawPolygon(QPolygonF([QPointF(*p) for p in bl.arrow_head(end, start)]))
            if e.code == enums.LinkDirection.BOTH:
                painter.drawPolygon(QPolygonF([QPointF(*p) for p in bl.arrow_head(start, end)]))
        elif e.kind == "influence":
            # the tower of a card whose bottom-right corner is the sample's
            card = bl.Rect(r.center().x() - 40, r.bottom() + st.CARD_PADDING / 2 - 60, 40 + st.CARD_PADDING + st.INFLUENCE_MARK_SIZE[0] / 2, 60)
            painter.save()
            painter.translate(0, mid)
            painter.scale(1.0, 0.62)  # squeezed to the legend's line height
            painter.translate(0, -mid)
            painter.setPen(QPen(QColor(st.INFLUENCE_COLOR), 1.2))
            for mark, filled in bl.influence_marks(card, int(e.code)):
                painter.setBrush(qt_style.brush(st.INFLUENCE_COLOR if filled else st.INFLUENCE_EMPTY_COLOR))
                painter.drawRect(QRectF(mark.x, mark.y, mark.w, mark.h))
            painter.restore()
        elif e.kind == "dots":
            radius = 7.0
            painter.setFont(qt_style.font(st.DOT_FONT_SIZE - 1, bold=True))
            for i, (color, count) in enumerate(((enums.DOT_COLORS[0], 3), (enums.DOT_COLORS[1], 1))):
                c = QPointF(r.left() + 10 + i * 2.3 * radius, mid)
                painter.setPen(QPen(QColor(st.darker(color, 0.7)), 1))
                painter.setBrush(qt_style.brush(color))
                painter.drawEllipse(c, radius, radius)
                if count > 1:
                    painter.setPen(QColor(st.DOT_COUNT_COLOR))
                    painter.drawText(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius), Qt.AlignmentFlag.AlignCenter, str(count))
        elif e.kind == "gap":
            painter.setPen(qt_style.zone_pen(e.code))
            painter.setBrush(qt_style.brush(e.code))
            painter.drawRoundedRect(r.adjusted(2, 0, -2, 0), 4, 4)


class LegendWidget(QWidget):
    """The legend as a strip under the board; a click folds it to one line.

    It sits beside the board, not on it: a widget lying over the view would make Qt
    repaint the whole board on every scroll step instead of moving the picture.
    """

    toggled = Signal(bool)
    SCALE = 0.8
    FOLDED_HEIGHT = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardLegend")
        self.legend = Legend(rows=True)
        self.expanded = True
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Legende ein- oder ausklappen"))
        self._resize()

    def _title(self) -> str:
        return self.tr("Legende ▾") if self.expanded else self.tr("Legende ▸")

    def _resize(self) -> None:
        w, h = self.legend.size()
        if self.expanded:
            self.setFixedHeight(round(h * self.SCALE) + 4)
            self.setMinimumWidth(0)
        else:
            self.setFixedHeight(self.FOLDED_HEIGHT)
        self._natural_width = round(w * self.SCALE) + 110

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._natural_width, self.height())

    def set_expanded(self, on: bool) -> None:
        if on != self.expanded:
            self.expanded = on
            self._resize()
            self.update()
            self.toggled.emit(on)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.set_expanded(not self.expanded)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setFont(qt_style.font(13, bold=True))
        painter.setPen(QColor(st.TEXT_COLOR))
        painter.drawText(QRectF(8, 0, 100, self.FOLDED_HEIGHT), Qt.AlignmentFlag.AlignVCenter, self._title())
        if self.expanded:
            w, _h = self.legend.size()
            # A narrow window gets a smaller legend rather than a cut one.
            scale = min(self.SCALE, (self.width() - 104) / max(1.0, w - 2 * PAD))
            painter.translate(100 - PAD * scale, 2 - PAD * scale + 3)
            painter.scale(scale, scale)
            self.legend.paint(painter, 0, 0, background=False)
        painter.end()
