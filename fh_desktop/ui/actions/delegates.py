"""Cell editors of the action table: choice lists for priority/status, German dates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of fixed codes shown by their labels; a pick is stored at once.

    A selected cell keeps its colour (priority and status are read by colour from afar)
    and shows the selection as a frame instead of the usual fill.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not option.state & QStyle.StateFlag.State_Selected:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        painter.save()
        painter.setPen(QPen(option.palette.highlight().color(), 4))
        painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
        painter.restore()

    def __init__(self, codes: tuple[str, ...], label: Callable[[str], str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._codes = codes
        self._label = label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for code in self._codes:
            combo.addItem(self._label(code), code)
        combo.activated.connect(lambda *_: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        combo: QComboBox = editor  # type: ignore[assignment]
        combo.setCurrentIndex(max(0, combo.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        combo: QComboBox = editor  # type: ignore[assignment]
        if combo.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, combo.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A line for TT.MM.JJJJ; the table model parses it and reports what it cannot read."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        line = QLineEdit(parent)
        line.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        line.setMaxLength(40)
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        text = editor.text()  # type: ignore[attr-defined]
        if text != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, text, Qt.ItemDataRole.EditRole)
