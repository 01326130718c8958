"""Single-key shortcuts (B, ".", "?") must never eat a letter someone is typing.

Text fields already claim printable keys before shortcuts are looked up; tables that
start editing on any key, and a board text being edited, do not. This application-wide
filter claims the key for them, so "B" types a "B" there and blanks the screen elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QGraphicsView, QWidget


def is_typing_target(widget: QWidget | None) -> bool:
    """Would a printable key typed into ``widget`` become text?"""
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return bool(widget.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed) or (
                widget.state() == QAbstractItemView.State.EditingState
            )
        if isinstance(widget, QAbstractSpinBox) or (isinstance(widget, QComboBox) and widget.isEditable()):
            return True
        if isinstance(widget, QGraphicsView):
            scene = widget.scene()
            item = scene.focusItem() if scene is not None else None
            return item is not None and bool(item.flags() & item.GraphicsItemFlag.ItemAcceptsInputMethod)
        widget = widget.parentWidget() if not widget.isWindow() else None
    return False


def _plain_modifiers(event: QKeyEvent) -> bool:
    """No modifier but Shift (the keypad does not count)."""
    # Qt imported here, not at the top: the guard is installed before the window's first
    # paint, which does without the Qt namespace's enums (see ui/shell/main_window.py).
    from PySide6.QtCore import Qt

    mod = Qt.KeyboardModifier
    return (event.modifiers() & ~mod.KeypadModifier) in (mod.NoModifier, mod.ShiftModifier, mod.KeypadModifier)


class TypingGuard(QObject):
    """Install once on the application: ``app.installEventFilter(TypingGuard(app))``."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            text = event.text()
            if text and text.isprintable() and _plain_modifiers(event) and isinstance(obj, QWidget) and is_typing_target(obj):
                event.accept()  # the key goes to the widget as a key press, not to a shortcut
                return True
        return False
