"""Typing text as a person would, including umlauts and other non-ASCII letters.

``qtbot.keyClicks`` maps every character to a key code through Qt's ``asciiToKey``,
which aborts the process on non-ASCII input ("Ü", "ß", "ı") in Qt 6.12 builds with
assertions. Real keyboards deliver such letters as key events that carry the text,
so that is what we send: one press/release per character, the text in the event.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    for ch in text:
        if ch.isascii() and ch.isprintable():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
