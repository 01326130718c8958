"""Step 2 of a follow-up: beside each item the earlier workshop's result and the direction.

The reveal gets the earlier distribution as an extra bar and a badge with the earlier
joint assessment and where the answers moved; the joint view gets a line per item that
compares the earlier joint assessment with the one being agreed now. Only items of the
same catalog with the same code and wording are compared (``domain.compare``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from fh_desktop.domain import compare, model, scales
from fh_desktop.domain.compare import Direction
from fh_desktop.ui.checklist import style
from fh_desktop.ui.common import theme

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile

DIRECTION_COLORS = {Direction.BETTER: "#006b4f", Direction.WORSE: "#b00020", Direction.SAME: "#555555"}


def direction_text(direction: str) -> str:
    return f"{Direction.ARROWS[direction]} {QCoreApplication.translate('compare', Direction.LABELS[direction])}"


class EarlierResults:
    """The origin's results of one follow-up, looked up by item (empty for a first workshop)."""

    def __init__(self, wf: WorkshopFile) -> None:
        origin = wf.cycle.origin()
        self.date = ""
        self.by_code: dict[str, model.EarlierItem] = {}
        self.labels: dict[int, QLabel] = {}
        if origin is not None and origin.catalog_key == wf.checklist.catalog().key:
            self.date = origin.date.strftime("%d.%m.%Y") if origin.date else QCoreApplication.translate("EarlierResults", "früher")
            self.by_code = {i.code: i for i in origin.items}

    def __bool__(self) -> bool:
        return bool(self.by_code)

    def item(self, item: model.CatalogItem) -> model.EarlierItem | None:
        prev = self.by_code.get(item.code)
        if prev is None or " ".join(prev.statement.split()) != " ".join(item.statement.split()):
            return None
        return prev if prev.scale == item.scale else None  # another scale: not comparable

    def joint_text(self, prev: model.EarlierItem) -> str:
        label = scales.LABELS.get(prev.joint_value or "")
        value = QCoreApplication.translate("enums", label) if label else (prev.joint_value or "–")
        return QCoreApplication.translate("EarlierResults", "{date}: gemeinsam „{value}“").format(date=self.date, value=value)

    # --- the reveal -------------------------------------------------------------

    def decorate_result(self, row: QWidget, item: model.CatalogItem, now: dict[str, int], scale: list[str]) -> None:
        """``row``: a ``ResultRow``; adds the earlier bar and a badge (nothing if not comparable)."""
        prev = self.item(item)
        if prev is None:
            return
        before = compare.counts(prev)
        if sum(before.values()):
            row.add_bar(self.date, before, scale)  # type: ignore[attr-defined]
        direction = compare.distribution_direction(before, now)
        text = self.joint_text(prev)
        if direction in DIRECTION_COLORS:
            text += " · " + direction_text(direction)
        label = style.plain_label(text, row, style.BODY_PT - 1)
        label.setObjectName("resultEarlier")
        label.setStyleSheet(f"color: {DIRECTION_COLORS.get(direction, theme.css(theme.MUTED))};")
        bars = row.bars  # type: ignore[attr-defined]
        if sum(before.values()) and bars.itemAtPosition(0, 0) is None:
            # The earlier bar has its date: the current one says it is today's.
            bars.addWidget(style.plain_label(QCoreApplication.translate("EarlierResults", "jetzt"), row, style.BODY_PT - 1, wrap=False), 0, 0)
        bars.addWidget(label, bars.rowCount(), 0, 1, 2)

    # --- the joint view -----------------------------------------------------------

    def add_to_joint_row(self, row: QWidget, item: model.CatalogItem) -> None:
        prev = self.item(item)
        if prev is None or item.id is None:
            return
        label = style.plain_label("", row, style.BODY_PT - 1)
        label.setObjectName(f"jointEarlier{item.id}")
        layout = row.layout()
        assert isinstance(layout, QGridLayout)
        side = layout.itemAtPosition(0, 2)  # under the distribution and its majority
        side_layout = side.layout() if side is not None else None
        if side_layout is not None:
            side_layout.addWidget(label)
        else:
            layout.addWidget(label, 3, 1, 1, 2)
        self.labels[item.id] = label

    def update_joint(self, rows: Mapping[int, QWidget], joint: dict[int, model.JointAssessment]) -> None:
        for ident, label in self.labels.items():
            row = rows.get(ident)
            if row is None:
                continue
            prev = self.item(row.item)  # type: ignore[attr-defined]
            if prev is None:
                continue
            now = joint.get(ident)
            direction = compare.direction(prev.joint_value, now.value if now else None)
            counts = " / ".join(str(n) for n in compare.counts(prev).values())  # in button order, as the bars
            text = f"{self.joint_text(prev)} ({counts})\n{direction_text(direction)}" if counts else (
                f"{self.joint_text(prev)}\n{direction_text(direction)}"
            )
            if prev.note:
                label.setToolTip(prev.note)
            label.setText(text)
            color = DIRECTION_COLORS.get(direction, theme.css(theme.MUTED))
            label.setStyleSheet(f"color: {color};")
