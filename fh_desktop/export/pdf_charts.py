"""Charts of the checklist results for the PDF (plain reportlab drawings).

Made for grey printers and colour-blind readers: each answer has a fixed place in the
row (its slot, in the catalog's order, also with zero votes), its symbol and count
printed in front of its bar (so no count disappears in a narrow segment), and a print
palette whose greys differ clearly (``PRINT_COLORS``: dark, middle, light, very light)
while keeping the hues of the reveal screen.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from fh_desktop.domain import enums
from fh_desktop.export.checklist_summary import ANSWER_MARKS, RoundResult
from fh_desktop.export.fonts import FontSet

# Grey values (0.299 R + 0.587 G + 0.114 B): 69, 119, 162, 217.
PRINT_COLORS: dict[str, str] = {
    enums.Answer.YES: "#00664d",
    enums.Answer.NO: "#d55e00",
    enums.Answer.PARTLY: "#e69f00",
    enums.Answer.UNKNOWN: "#d9d9d9",
}
# Answers of other scales (from the catalog) take these in order, dark to light.
FALLBACK_COLORS = ("#08306b", "#2171b5", "#6baed6", "#c6dbef", "#4d4d4d", "#969696", "#d9d9d9")
OUTLINE = HexColor("#404040")
BAR_H = 11.0
GAP = 3.0
FONT_PT = 7.0


def answer_color(value: str, index: int = 0) -> str:
    return PRINT_COLORS.get(value) or FALLBACK_COLORS[index % len(FALLBACK_COLORS)]


def answer_mark(value: str, index: int = 0) -> str:
    return ANSWER_MARKS.get(value) or str(index + 1)


def answer_label(value: str) -> str:
    return enums.Answer.LABELS.get(value, value)


def distribution_bars(
    rounds: list[RoundResult], scale: list[str], width: float, fonts: FontSet, *, labelled: bool = False
) -> Drawing:
    """One row per round; in each row one slot per answer of ``scale``, always in the same
    place: "✓ 5" and a bar as long as the share. With ``labelled`` "R1"/"R2" in front."""
    label_w = 18.0 if labelled else 0.0
    total_w = 30.0
    slots = max(1, len(scale))
    slot_w = (width - label_w - total_w) / slots
    text_w = max([stringWidth(f"{answer_mark(v, i)} 00", fonts.bold, FONT_PT) for i, v in enumerate(scale)] + [0.0]) + 3
    bar_room = max(4.0, slot_w - text_w - 4)
    height = max(1, len(rounds)) * (BAR_H + GAP)
    d = Drawing(width, height)
    for row, result in enumerate(rounds):
        y = height - (row + 1) * (BAR_H + GAP) + GAP / 2
        if label_w:
            d.add(String(0, y + 3, f"R{result.number}", fontName=fonts.regular, fontSize=FONT_PT))
        total = result.total
        for i, value in enumerate(scale):
            n = result.distribution.get(value, 0)
            x = label_w + i * slot_w
            d.add(String(x, y + 3, f"{answer_mark(value, i)} {n}", fontName=fonts.bold, fontSize=FONT_PT,
                         fillColor=HexColor("#000000") if n else HexColor("#777777")))  # fmt: skip
            bx = x + text_w
            d.add(Rect(bx, y, bar_room, BAR_H, fillColor=white, strokeColor=HexColor("#c8c8c8"), strokeWidth=0.4))
            if n and total:
                d.add(Rect(bx, y, bar_room * n / total, BAR_H, fillColor=HexColor(answer_color(value, i)),
                           strokeColor=OUTLINE, strokeWidth=0.5))  # fmt: skip
        text = f"n = {total}" if total else "keine Antw."
        d.add(String(width, y + 3, text, fontName=fonts.regular, fontSize=FONT_PT, textAnchor="end"))
    return d


def answer_legend(scale: list[str], width: float, fonts: FontSet) -> Drawing:
    """Symbol, colour and name of every answer, in the order of the slots."""
    entries = [(answer_mark(v, i), answer_color(v, i), answer_label(v)) for i, v in enumerate(scale)]
    rows: list[list[tuple[str, str, str]]] = [[]]
    x = 0.0
    for entry in entries:
        w = 13 + stringWidth(f"{entry[0]} {entry[2]}", fonts.regular, 7.5) + 14
        if x + w > width and rows[-1]:
            rows.append([])
            x = 0.0
        rows[-1].append(entry)
        x += w
    d = Drawing(width, 12 * len(rows))
    for r, row in enumerate(rows):
        y = 12 * (len(rows) - r - 1)
        x = 0.0
        for mark, fill, label in row:
            d.add(Rect(x, y + 2, 10, 8, fillColor=HexColor(fill), strokeColor=OUTLINE, strokeWidth=0.5))
            d.add(String(x + 13, y + 3, f"{mark} {label}", fontName=fonts.regular, fontSize=7.5))
            x += 13 + stringWidth(f"{mark} {label}", fonts.regular, 7.5) + 14
    return d


def ticks_chart(ticks: list[tuple[str, int]], most: int, width: float, fonts: FontSet) -> Drawing:
    """"Wie viele Häkchen haben Sie gesetzt?": one horizontal bar per person."""
    row_h = 13.0
    label_w = min(150.0, max((stringWidth(label, fonts.regular, 7.5) for label, _ in ticks), default=0) + 6)
    bar_w = width - label_w - 24
    most = max(most, 1)
    d = Drawing(width, len(ticks) * row_h + 14)
    top = len(ticks) * row_h + 10
    for i, (label, count) in enumerate(ticks):
        y = top - (i + 1) * row_h
        shown = label
        while shown and stringWidth(shown, fonts.regular, 7.5) > label_w - 6:
            shown = shown[:-2] + "…"
        d.add(String(label_w - 6, y + 3, shown, fontName=fonts.regular, fontSize=7.5, textAnchor="end"))
        w = bar_w * count / most
        d.add(Rect(label_w, y + 1, w, row_h - 3, fillColor=HexColor(answer_color(enums.Answer.YES)), strokeColor=None))
        d.add(String(label_w + w + 3, y + 3, str(count), fontName=fonts.bold, fontSize=7.5))
    d.add(Line(label_w, 0, label_w, top, strokeColor=HexColor("#888888"), strokeWidth=0.5))
    d.add(String(label_w, top + 1, f"0 … {most} Aussagen", fontName=fonts.regular, fontSize=6.5,
                 fillColor=HexColor("#666666")))  # fmt: skip
    return d
