"""Text fields of the detail form that grow with their text, so it can be read without scrolling.

``GrowingTextEdit`` wraps and is as high as its text (``min_lines`` to ``max_lines``);
``TitleEdit`` is the one-paragraph variant for the title: Enter moves on to the next
field and pasted line breaks become spaces. Both leave undo to the workshop's stack and
offer ``text()``/``setText()`` like a line edit.

While the person types, a field only grows: deleting a word (or a wrap that the font
measures one line shorter for a moment) never pulls the form below it up under the
pointer. It fits its text again when the focus leaves or a new text is loaded. Its own
scrollbar appears only at ``max_lines``: one that came and went with the text changed
the wrap width and made the height flicker.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QRect, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
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
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self._fit)
        self._fit(shrink=True)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - same name as QLineEdit's
        self.setPlainText(text)
        self._fit(shrink=True)  # a new text (another action, undo): fit it exactly

    def end(self) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)

    def _fit(self, shrink: bool | None = None) -> None:
        # Measured with the font, not the document layout: QPlainTextEdit lays out lazily.
        margin = int(self.document().documentMargin())
        width = max(10, self.viewport().width() - 2 * margin)
        metrics = self.fontMetrics()
        needed = metrics.boundingRect(QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, self.toPlainText() or "x")
        lines = min(self.max_lines, max(self.min_lines, round(needed.height() / metrics.lineSpacing())))
        margins = self.contentsMargins()
        height = metrics.lineSpacing() * lines + 2 * margin + margins.top() + margins.bottom() + 2
        if shrink is None:
            shrink = not self.hasFocus()
        if height < self.height() and not shrink:
            return  # typing: grow only
        if self.height() != height:
            self.setFixedHeight(height)
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if lines >= self.max_lines else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a completer or menu: still typing
            self._fit(shrink=True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit(shrink=True)


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
