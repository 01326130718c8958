"""'Wie viele Häkchen haben Sie gesetzt?': one bar per person, with or without names."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from fh_desktop.domain import enums, stats
from fh_desktop.ui.checklist import style

ROW = 40
NAMED_ROW = 62  # name on its own line above the bar: long names stay whole


class TicksChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticksChart")
        self._rows: list[tuple[str, int]] = []
        self._maximum = 1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_rows([], 1)

    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def set_rows(self, rows: list[tuple[str, int]], maximum: int) -> None:
        """``rows``: (label, ticks); label "" in the anonymous view. ``maximum``: items in the round."""
        self._rows = rows
        self._maximum = max(1, maximum)
        row = NAMED_ROW if any(label for label, _ in rows) else ROW
        self.setFixedHeight(max(ROW, row * len(rows)) + 8)
        self.setAccessibleName(self.tr("Häkchen pro Person"))
        self.setAccessibleDescription("; ".join(f"{label or '–'}: {n}" for label, n in rows))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(style.font(self, style.BODY_PT, bold=True))
        named = any(label for label, _ in self._rows)
        row_h = NAMED_ROW if named else ROW
        bar_w = max(10.0, self.width() - 56)
        color = QColor(stats.ANSWER_COLORS[enums.Answer.YES])
        for row, (label, ticks) in enumerate(self._rows):
            y = 4 + row * row_h
            if named:
                painter.setPen(QColor("#222222"))
                text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, self.width())
                painter.drawText(QRectF(0, y, self.width(), 24), Qt.AlignmentFlag.AlignVCenter, text)
                y += row_h - ROW
            w = bar_w * ticks / self._maximum
            painter.fillRect(QRectF(0, y + 4, w, ROW - 14), color)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(w + 6, y, 48, ROW - 6), Qt.AlignmentFlag.AlignVCenter, str(ticks))
