"""User text in places where Qt would guess "rich text" (tooltips) or where it can be huge (cells)."""

from __future__ import annotations

import html

CELL_LIMIT = 400  # characters shown in a table cell; the form shows everything
TOOLTIP_LIMIT = 2000


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt renders tooltips that look like HTML as HTML."""
    if len(text) > TOOLTIP_LIMIT:
        text = text[:TOOLTIP_LIMIT] + "…"
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def cell_text(text: str) -> str:
    """Long texts shortened for a table cell (a pasted novel must not make one row fill the screen)."""
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"
