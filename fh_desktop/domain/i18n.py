"""Translation markers usable below the UI layer.

The core must not import Qt, yet its user-facing texts (enum labels, error messages)
have to reach Qt's translation files. ``pyside6-lupdate`` finds calls by name, so a
pure-Python function called ``QT_TRANSLATE_NOOP`` marks a string for extraction while
returning it unchanged; the UI later translates it with
``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text
