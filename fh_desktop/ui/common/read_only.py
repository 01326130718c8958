"""Controls that change the workshop, greyed out while it is open read-only.

A workshop from a CD or a mail folder opens to look, present and export. Where a page
makes a control that edits (a button, a menu entry, a text field), it marks it with
``edits(...)``. For a read-only workshop the workshop view calls ``lock(page)`` once the
page is built: every marked button and action is disabled and stays disabled, whatever
the page later enables on a selection, and every marked text field turns read-only (its
text stays readable and selectable). The command layer refuses an edit anyway; this
only keeps the moderator from reaching for one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

EDIT_PROPERTY = "fhEdits"
LOCKED_PROPERTY = "fhLocked"


def edits(*objects: QObject) -> None:
    """Mark widgets and actions that change the workshop."""
    for obj in objects:
        obj.setProperty(EDIT_PROPERTY, True)


INPUTS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


def views(*objects: QObject) -> None:
    """Take the mark off controls inside a marked form that only look (e.g. "Anzeigen")."""
    for obj in objects:
        obj.setProperty(EDIT_PROPERTY, False)


def edits_inputs(form: QWidget) -> None:
    """Mark every input of ``form`` (an editor whose every field changes the workshop)."""
    edits(*(w for w in form.findChildren(QWidget) if isinstance(w, INPUTS)))


def is_locked(obj: QObject) -> bool:
    return bool(obj.property(LOCKED_PROPERTY))


class _KeepDisabled(QObject):
    """Turns a marked widget off again whenever the page enables it."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.EnabledChange and isinstance(obj, QWidget) and obj.isEnabled():
            obj.setEnabled(False)
        return False


def _keep_action_disabled(action: QAction) -> None:
    if action.isEnabled():
        action.setEnabled(False)


def _lock_one(obj: QObject, keeper: _KeepDisabled) -> None:
    if is_locked(obj):
        return
    obj.setProperty(LOCKED_PROPERTY, True)
    if isinstance(obj, QAction):
        obj.setEnabled(False)
        obj.changed.connect(lambda a=obj: _keep_action_disabled(a))
    elif isinstance(obj, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        obj.setReadOnly(True)
    elif isinstance(obj, QAbstractItemView):
        obj.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    elif isinstance(obj, QWidget):
        obj.setEnabled(False)
        obj.installEventFilter(keeper)


def lock(root: QObject) -> int:
    """Lock every marked control in ``root`` (and ``root`` itself); returns how many."""
    keeper = root.findChild(_KeepDisabled, "readOnlyKeeper")
    if keeper is None:
        keeper = _KeepDisabled(root)
        keeper.setObjectName("readOnlyKeeper")
    marked = [o for o in [root, *root.findChildren(QObject)] if o.property(EDIT_PROPERTY)]
    for obj in marked:
        _lock_one(obj, keeper)
    return len(marked)
