"""Column widths that follow the content of a table (the action plan).

A fixed split of the page cannot suit both a plan with one-line descriptions and one
with paragraphs: the long column gets so narrow that each action fills a page. Here
every column first gets room for its longest word (names such as
"Netzwerkkoordination" are not broken), then the rest of the width goes, step by
step, to the column where it saves the most lines.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

PADDING = 8.0  # left plus right cell padding of ``grid_table``
WRAP_LOSS = 1.1  # a wrapped line is never quite full
STEPS = 40
SAMPLE_ROWS = 80  # enough rows to see what the table holds; all would cost time, not quality
LONG_WORD = "Netzwerkkoordination"
MAX_SHARE = 0.3  # no column's minimum may take more (a 300-letter "word" gets broken)

Cell = tuple[float, float]  # (longest word, whole text on one line) in points


# Where reportlab breaks a long address (``uriWasteReduce``) and a compound with hyphens.
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|[^\s/]+\.[a-z]{2,}/)", re.IGNORECASE)
_ADDRESS_BREAKS = re.compile(r"(?<=[/?&=#])")
_HYPHEN_BREAKS = re.compile(r"(?<=[a-zäöüß]-)(?=[A-Za-zÄÖÜäöüß])")


def _longest_piece(word: str) -> str:
    """The longest part of ``word`` that is never broken: an address breaks after its
    slashes, a compound after its hyphens; every other word stays whole."""
    if _ADDRESS.match(word) or word.count("/") >= 2:
        return max(_ADDRESS_BREAKS.split(word), key=len)
    return max(_HYPHEN_BREAKS.split(word), key=len) if "-" in word else word


def _cells(value: object) -> list[Cell]:
    items = value if isinstance(value, list | tuple) else [value]
    out = []
    for item in items:
        if isinstance(item, Paragraph):
            text = item.getPlainText()
            style = item.style
            font = style.fontName
            word = max((stringWidth(_longest_piece(w), font, style.fontSize) for w in text.split()), default=0.0)
            # reportlab's own measure knows the bold parts of the markup, but counts an
            # address whole: it counts up to the width of a long German word.
            word = max(word, min(item.minWidth(), stringWidth(LONG_WORD, font, style.fontSize) * 1.1))
            out.append((word, stringWidth(text, font, style.fontSize) if text.strip() else 0.0))
    return out


def _lines(cells: list[Cell], width: float) -> int:
    room = max(width - PADDING, 1.0)
    return sum(math.ceil(whole * WRAP_LOSS / room) if whole else 0 for _word, whole in cells)


def fit_widths(rows: Sequence[Sequence[object]], total: float, fixed: dict[int, float] | None = None) -> list[float]:
    """Widths for the columns of ``rows`` (the first row is the header) adding up to ``total``.

    ``fixed``: columns whose width is given (e.g. a number column)."""
    fixed = fixed or {}
    n = len(rows[0])
    cells = [[_cells(value) for value in row] for row in rows]
    body = cells[1:]
    if len(body) > SAMPLE_ROWS:
        body = [body[i * len(body) // SAMPLE_ROWS] for i in range(SAMPLE_ROWS)]
    widths = []
    for c in range(n):
        if c in fixed:
            widths.append(fixed[c])
            continue
        word = max((w for row in cells for w, _ in row[c]), default=0.0)
        widths.append(min(word + PADDING, total * MAX_SHARE))
    free = [c for c in range(n) if c not in fixed]
    spare = total - sum(widths)
    if spare < 0:  # even the longest words do not fit: shrink the free columns alike
        shrink = (total - sum(fixed.values())) / max(sum(widths[c] for c in free), 1.0)
        return [w if c in fixed else w * shrink for c, w in enumerate(widths)]

    lines = [[_lines(row[c], widths[c]) for row in body] for c in range(n)]
    demand = [sum(whole for row in body for _w, whole in row[c]) for c in range(n)]
    step = spare / STEPS
    for _ in range(STEPS):
        best, best_key, best_lines = free[0], (math.inf, 0.0), lines[free[0]]
        for c in free:
            trial = [_lines(row[c], widths[c] + step) for row in body]
            others = [max((lines[o][r] for o in range(n) if o != c), default=0) for r in range(len(body))]
            # fewest lines in all; on a tie the column with the most text for its width
            key = (sum(map(max, trial, others)), -demand[c] / widths[c])
            if key < best_key:
                best, best_key, best_lines = c, key, trial
        widths[best] += step
        lines[best] = best_lines
    return widths
