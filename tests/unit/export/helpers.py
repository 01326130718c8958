"""Reading exports back the way the administration's programs would."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader

from fh_desktop.export.pdf import BOTTOM, TOP


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdf_flat(path: Path) -> str:
    """The text with line breaks and repeated spaces removed (table cells wrap words)."""
    return " ".join(pdf_text(path).split())


def sheet_xml(path: Path, index: int) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


TOP_MARGIN, BOTTOM_MARGIN = TOP, BOTTOM  # the report's running header and footer
_PAINT = {b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*"}


def page_fill(page) -> float:
    """How far down its frame a page of the report is used, 0 (empty) … 1 (to the foot).

    The lowest point of anything printed between the running header and footer: text,
    table rules and backgrounds, board pictures, charts. Drawing that a clip path cuts
    off (the board window's edges) does not count.
    """
    top = float(page.mediabox.height) - TOP_MARGIN
    lowest = top
    clips: list[tuple[float, float] | None] = [None]  # vertical extent of the clip, per saved graphics state
    path: list[float] = []  # the y of the path being built, in page space

    def show(y0: float, y1: float) -> None:
        nonlocal lowest
        clip = clips[-1]
        if clip is not None:
            y0, y1 = max(y0, clip[0]), min(y1, clip[1])
        if y0 <= y1 and y1 > BOTTOM_MARGIN and y0 < top:
            lowest = min(lowest, max(y0, BOTTOM_MARGIN))

    def page_y(cm, x: float, y: float) -> float:
        return x * cm[1] + y * cm[3] + cm[5]

    def before(op, args, cm, _tm):
        if op == b"q":
            clips.append(clips[-1])
        elif op == b"Q" and len(clips) > 1:
            clips.pop()
        elif op == b"re":
            x, y, w, h = (float(a) for a in args)
            path.extend(page_y(cm, px, py) for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)))
        elif op in (b"m", b"l"):
            path.append(page_y(cm, float(args[0]), float(args[1])))
        elif op in (b"c", b"v", b"y"):
            path.append(page_y(cm, float(args[-2]), float(args[-1])))
        elif op in (b"W", b"W*") and path:
            lo, hi = min(path), max(path)
            clip = clips[-1]
            clips[-1] = (lo, hi) if clip is None else (max(lo, clip[0]), min(hi, clip[1]))
        elif op in _PAINT and path:
            show(min(path), max(path))
            path.clear()
        elif op == b"n":
            path.clear()

    def text(t, cm, tm, _font, size):
        if t.strip():
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            show(y - 0.25 * size, y)

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return (top - lowest) / (top - BOTTOM_MARGIN)
