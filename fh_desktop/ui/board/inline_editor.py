"""Writing on a card where it hangs: title and text fields laid over the card.

Every keystroke is stored at once (nothing typed is lost if the machine dies), as one
undo step for the whole writing. Enter in the title (or Ctrl+Enter in the text) and
leaving the editor finish it; Esc takes it back (and a card just created with it). The
fields grow with the zoom, so what one types is as large as what the card shows.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from fh_desktop.domain import board_style as st


class InlineCardEditor(QFrame):
    edited = Signal(int, str, str)  # card id, title, text: each keystroke, stored at once
    committed = Signal(int, str, str)  # card id, title, text
    cancelled = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inlineCardEditor")
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet(
            f"#inlineCardEditor {{ background: white; border: 2px solid {st.SELECTION_COLOR}; border-radius: 4px; }}"
        )
        self.card_id: int | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("inlineTitle")
        self.title.setPlaceholderText(self.tr("Titel"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("inlineText")
        self.text.setPlaceholderText(self.tr("Text (Strg+Enter: fertig)"))
        self.text.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.title.installEventFilter(self)
        self.text.installEventFilter(self)
        self._filling = False
        self.title.textEdited.connect(self._changed)
        self.text.textChanged.connect(self._changed)
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a widget lives only in a widget application
        app.focusChanged.connect(self._focus_changed)

    def open(self, card_id: int, title: str, text: str, rect: QRectF, zoom: float) -> None:
        self.card_id = card_id
        title_font, text_font = QFont(), QFont()
        title_font.setPixelSize(max(12, min(40, round(st.TITLE_FONT_SIZE * zoom))))
        title_font.setBold(True)
        text_font.setPixelSize(max(11, min(34, round(st.TEXT_FONT_SIZE * zoom))))
        self.title.setFont(title_font)
        self.text.setFont(text_font)
        self._filling = True
        self.title.setText(title)
        self.text.setPlainText(text)
        self._filling = False
        self.place(rect)
        self.show()
        self.raise_()
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()

    def place(self, rect: QRectF) -> None:
        """``rect``: the card in viewport pixels; the editor is at least big enough to type in."""
        w = max(rect.width(), 260.0)
        h = max(rect.height(), 150.0)
        self.setGeometry(round(rect.left()), round(rect.top()), round(w), round(h))

    def _changed(self, *_args: object) -> None:
        if self.card_id is not None and not self._filling:
            self.edited.emit(self.card_id, self.title.text(), self.text.toPlainText())

    def is_open(self) -> bool:
        return self.card_id is not None

    def commit(self) -> None:
        if self.card_id is None:
            return
        card_id, self.card_id = self.card_id, None
        self.hide()
        self.committed.emit(card_id, self.title.text(), self.text.toPlainText())

    def cancel(self) -> None:
        if self.card_id is None:
            return
        card_id, self.card_id = self.card_id, None
        self.hide()
        self.cancelled.emit(card_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride:
            # While writing on a card, Return, Einfg, digits, Strg+D and Strg+L are text
            # keys, not the board's shortcuts (new card, Klebepunkt, duplicate, link).
            key_event = cast(QKeyEvent, event)  # a ShortcutOverride comes as a key event
            mods = key_event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            if mods == Qt.KeyboardModifier.NoModifier or (
                mods == Qt.KeyboardModifier.ControlModifier and key_event.key() in (Qt.Key.Key_D, Qt.Key.Key_L)
            ):
                event.accept()
                return True
        if event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            key = key_event.key()
            if key == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.title or key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.commit()
                    return True
        return super().eventFilter(watched, event)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.card_id is None or new is None:
            return
        if new is not self and not self.isAncestorOf(new):
            self.commit()
