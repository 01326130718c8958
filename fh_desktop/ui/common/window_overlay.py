"""A layer over a whole window that holds the keyboard until any key or a click ends it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

MODIFIERS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr)


class WindowOverlay(QWidget):
    """Base of the blank cover and the shortcut help: covers ``window``, follows its size.

    While shown it claims every key (no shortcut fires underneath); ``handle_key`` may use a
    key, anything else ends the overlay and the focus returns to where it was.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._previous_focus: QWidget | None = None
        self.hide()
        self._window = window
        window.installEventFilter(self)

    def _host(self) -> QWidget:
        return self._window

    def show_over(self) -> None:
        self._previous_focus = QApplication.focusWidget()
        self.setGeometry(self._host().rect())
        self.relayout()
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def dismiss(self) -> None:
        if self.isHidden():
            return
        self.hide()
        previous, self._previous_focus = self._previous_focus, None
        if previous is not None and shiboken6.isValid(previous) and previous.isVisible():
            previous.setFocus(Qt.FocusReason.OtherFocusReason)

    def relayout(self) -> None:
        """The overlay got a new size; place its contents."""

    def handle_key(self, event: QKeyEvent) -> bool:
        """True when the key was used (it does not end the overlay)."""
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in MODIFIERS or self.handle_key(event):
            return  # a modifier alone is half a key; wait for the real one
        self.dismiss()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.dismiss()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize and not self.isHidden():
            self.setGeometry(self._host().rect())
            self.relayout()
        return False
