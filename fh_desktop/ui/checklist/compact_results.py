"""'Alle auf einen Blick': every statement of a revealed round as one line with its bar.

The detailed result shows one or two statements per projector screen; the room wants the
whole picture first ("where do we differ?"), then the detail. One line per statement: the
code, the statement cut to the line (in full as tooltip), the bar with symbols and counts,
and a marker where the room disagrees most or often could not judge.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from fh_desktop.domain import model
from fh_desktop.ui.checklist import style
from fh_desktop.ui.checklist.distribution_bar import DistributionBar

ROW_HEIGHT = 28


class ElidedLabel(QLabel):
    """One line that ends in "…" when the column is too narrow; the whole text as tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.shown_text())


def _marker(text: str, color: str, tip: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setToolTip(tip)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFixedSize(26, 26)
    label.setStyleSheet(f"color: white; background: {color}; border-radius: 13px; font-weight: bold;")
    return label


class CompactResults(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compactResults")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.bars: dict[int, DistributionBar] = {}
        self.statements: dict[int, ElidedLabel] = {}
        self.markers: dict[int, list[str]] = {}

    def clear(self) -> None:
        style.clear_layout(self.grid)
        self.bars, self.statements, self.markers = {}, {}, {}

    def fill(
        self,
        items: Sequence[model.CatalogItem],
        dists: dict[int, dict[str, int]],
        values: dict[int, list[str]],
        disagreed: set[int],
        unknown: set[int],
    ) -> None:
        self.clear()
        points = style.BODY_PT
        for row, item in enumerate(items):
            assert item.id is not None
            code = style.plain_label(item.code, self, points, bold=True, wrap=False)
            statement = ElidedLabel(" ".join(item.statement.split()), self)
            statement.setFont(style.font(statement, points))
            self.grid.addWidget(code, row, 0)
            self.grid.addWidget(statement, row, 1)
            self.statements[item.id] = statement
            if item.id in dists:
                bar = DistributionBar(self, height=ROW_HEIGHT - 4)
                bar.set_distribution(dists[item.id], values[item.id])
                self.grid.addWidget(bar, row, 2)
                self.bars[item.id] = bar
            else:
                self.grid.addWidget(style.plain_label(self.tr("offene Frage"), self, points - 1, wrap=False), row, 2)
            names = []
            col = 3
            if item.id in disagreed:
                self.grid.addWidget(_marker("!", style.DISAGREE_COLOR, self.tr("Größte Uneinigkeit"), self, "compactDisagree"), row, col)
                names.append("disagree")
            col += 1
            if item.id in unknown:
                self.grid.addWidget(
                    _marker("?", style.UNKNOWN_COLOR, self.tr("Oft „kann ich nicht beurteilen“"), self, "compactUnknown"), row, col
                )
                names.append("unknown")
            self.markers[item.id] = names
            self.grid.setRowMinimumHeight(row, ROW_HEIGHT)
        self.grid.setRowStretch(len(items), 1)
