"""How priority and status of an action look, for the table on screen and the exports.

Colour alone never carries the meaning (projectors wash colours out, some people do not
tell red from green): every value also has a symbol that goes in front of its label.
Backgrounds are light enough for black text.
"""

from __future__ import annotations

from fh_desktop.domain.enums import Priority, Status

PRIORITY_COLORS: dict[str, str] = {
    Priority.HIGH: "#f4a3a3",
    Priority.MEDIUM: "#fde28b",
    Priority.LOW: "#d4e9f7",
}
PRIORITY_SYMBOLS: dict[str, str] = {
    Priority.HIGH: "▲",
    Priority.MEDIUM: "●",
    Priority.LOW: "▽",
}

STATUS_COLORS: dict[str, str] = {
    Status.OPEN: "#ffffff",
    Status.IN_PROGRESS: "#bcd9f5",
    Status.DONE: "#b7e1b0",
    Status.POSTPONED: "#efe3f5",
    Status.DROPPED: "#d9d9d9",
}
STATUS_SYMBOLS: dict[str, str] = {
    Status.OPEN: "○",
    Status.IN_PROGRESS: "◐",
    Status.DONE: "✓",
    Status.POSTPONED: "‖",
    Status.DROPPED: "✕",
}
TEXT_COLOR = "#1a1a1a"
MUTED_TEXT_COLOR = "#5a5a5a"  # dropped actions: still readable, visibly out of play
PROBLEM_COLOR = "#b00020"  # inline validation messages and marks
