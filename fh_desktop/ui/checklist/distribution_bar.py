"""A horizontal stacked bar of one item's answers, large enough to read from the back row."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from fh_desktop.domain import enums, scales, stats
from fh_desktop.ui.checklist import style


def segment_text(value: str, count: int, width: float, advance: Callable[[str], int]) -> str:
    """What a segment shows: symbol and count, else the symbol, else nothing (too narrow).

    The symbol tells the answers apart without colour (a washed-out beamer, colour blindness).
    """
    mark = scales.MARKS.get(value, "")
    for text in (f"{mark} {count}".strip(), mark, str(count)):
        if text and width >= advance(text) + 8:
            return text
    return ""


class DistributionBar(QWidget):
    """Segments in scale order, each with its count; width proportional to the count.

    The numbers are also in ``accessibleDescription`` (screen readers, tests): a chart
    nobody can read aloud is a chart some people cannot use.
    """

    def __init__(self, parent: QWidget | None = None, height: int = 52) -> None:
        super().__init__(parent)
        self.setObjectName("distributionBar")
        self._dist: dict[str, int] = stats.empty_distribution()
        self._scale: Sequence[str] = enums.Answer.ALL
        self._height = height
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_distribution(self._dist, self._scale)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, self._height)

    def distribution(self) -> dict[str, int]:
        return dict(self._dist)

    def set_distribution(self, dist: dict[str, int], scale: Sequence[str] = enums.Answer.ALL) -> None:
        self._dist = dict(dist)
        self._scale = [v for v in scales.DISPLAY_ORDER if v in scale or dist.get(v)]
        parts = [f"{style.answer_label(v)}: {self._dist.get(v, 0)}" for v in self._scale]
        self.setAccessibleName(self.tr("Verteilung der Antworten"))
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 4, -1, -4)
        n = stats.total(self._dist)
        painter.setFont(style.font(self, max(11.0, rect.height() * 0.42), bold=True))
        if not n:
            painter.setPen(QPen(QColor("#9a9a9a"), 1.5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect, 6, 6)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("keine Antworten"))
            return
        x = rect.left()
        metrics = painter.fontMetrics()
        for value in self._scale:
            count = self._dist.get(value, 0)
            if not count:
                continue
            w = rect.width() * count / n
            seg = QRectF(x, rect.top(), w, rect.height())
            color = style.answer_color(value)
            painter.fillRect(seg, color)
            painter.setPen(QPen(QColor("#ffffff"), 2))
            painter.drawLine(seg.topRight(), seg.bottomRight())
            text = segment_text(value, count, w, metrics.horizontalAdvance)
            if text:
                painter.setPen(style.text_color_on(color))
                painter.drawText(seg, Qt.AlignmentFlag.AlignCenter, text)
            x += w
        painter.setPen(QPen(QColor("#444444"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)


class AnswerLegend(QWidget):
    """Colour key for the bars: one swatch and label per answer on the scale."""

    def __init__(self, scale: Sequence[str], parent: QWidget | None = None, points: float = style.BODY_PT) -> None:
        super().__init__(parent)
        self.setObjectName("answerLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        for value in scales.DISPLAY_ORDER:
            if value not in scale:
                continue
            color = stats.ANSWER_COLORS[value]
            swatch = QLabel(scales.MARKS.get(value, ""), self)
            swatch.setObjectName("legendSwatch")
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setFixedSize(28, 28)
            fg = style.text_color_on(QColor(color)).name()
            swatch.setStyleSheet(f"background: {color}; color: {fg}; border: 1px solid #444; font-weight: bold;")
            layout.addWidget(swatch)
            layout.addWidget(style.plain_label(style.answer_label(value), self, points, wrap=False))
        layout.addStretch(1)
