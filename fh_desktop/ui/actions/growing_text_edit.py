"""Text fields of the detail form that grow with their text, so it can be read without scrolling.

``GrowingTextEdit`` wraps and is as high as its text (``min_lines`` to ``max_lines``);
``TitleEdit`` is the one-paragraph variant for the title: Enter moves on to the next
field and pasted line breaks become spaces. Both leave undo to the workshop's stack and
offer ``text()``/``setText()`` like a line edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QRect, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class GrowingTextEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None, *, min_lines: int = 2, max_lines: int = 8) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # one history: the workshop's undo stack
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._fit)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - same name as QLineEdit's
        self.setPlainText(text)

    def end(self) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)

    def _fit(self) -> None:
        # Measured with the font, not the document layout: QPlainTextEdit lays out lazily.
        margin = int(self.document().documentMargin())
        width = max(10, self.viewport().width() - 2 * margin)
        metrics = self.fontMetrics()
        needed = metrics.boundingRect(QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, self.toPlainText() or "x")
        lines = min(self.max_lines, max(self.min_lines, round(needed.height() / metrics.lineSpacing())))
        margins = self.contentsMargins()
        height = metrics.lineSpacing() * lines + 2 * margin + margins.top() + margins.bottom() + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


class TitleEdit(GrowingTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, min_lines=1, max_lines=4)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)
