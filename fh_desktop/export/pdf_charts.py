"""Charts of the checklist results for the PDF (plain reportlab drawings).

Stacked bars per item and round in the answer colours of ``checklist_summary``,
with the count printed in each segment, so the chart reads in grey-scale too.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from fh_desktop.domain import enums, scales
from fh_desktop.export.checklist_summary import ANSWER_COLORS, RoundResult
from fh_desktop.export.fonts import FontSet

DARK: set[str] = {enums.Answer.YES, enums.Answer.NO}  # segments that need white text (as on screen)
BAR_H = 11.0
GAP = 3.0


def distribution_bars(
    rounds: list[RoundResult], scale: list[str], width: float, fonts: FontSet, *, labelled: bool = False
) -> Drawing:
    """One stacked bar per round; with ``labelled`` "R1"/"R2" in front (bars stay aligned across items)."""
    label_w = 18.0 if labelled else 0.0
    total_w = 30.0
    bar_w = width - label_w - total_w
    height = max(1, len(rounds)) * (BAR_H + GAP)
    d = Drawing(width, height)
    for i, result in enumerate(rounds):
        y = height - (i + 1) * (BAR_H + GAP) + GAP / 2
        if label_w:
            d.add(String(0, y + 3, f"R{result.number}", fontName=fonts.regular, fontSize=7))
        total = result.total
        if not total:
            d.add(Rect(label_w, y, bar_w, BAR_H, fillColor=white, strokeColor=HexColor("#bbbbbb"), strokeWidth=0.5))
            d.add(String(label_w + 4, y + 3, "keine Antworten", fontName=fonts.regular, fontSize=7,
                         fillColor=HexColor("#666666")))  # fmt: skip
            continue
        x = label_w
        for value in scale:
            n = result.distribution.get(value, 0)
            if not n:
                continue
            w = bar_w * n / total
            d.add(Rect(x, y, w, BAR_H, fillColor=HexColor(ANSWER_COLORS[value]), strokeColor=white, strokeWidth=0.6))
            if w >= stringWidth(str(n), fonts.bold, 7) + 3:
                d.add(String(x + w / 2, y + 3, str(n), fontName=fonts.bold, fontSize=7, textAnchor="middle",
                             fillColor=white if value in DARK else black))  # fmt: skip
            x += w
        d.add(String(width, y + 3, f"n = {total}", fontName=fonts.regular, fontSize=7, textAnchor="end"))
    return d


def answer_legend(scale: list[str], width: float, fonts: FontSet) -> Drawing:
    d = Drawing(width, 12)
    x = 0.0
    for value in scale:
        label = scales.LABELS[value]
        d.add(Rect(x, 2, 10, 8, fillColor=HexColor(ANSWER_COLORS[value]), strokeColor=None))
        d.add(String(x + 13, 3, label, fontName=fonts.regular, fontSize=7.5))
        x += 13 + stringWidth(label, fonts.regular, 7.5) + 14
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
        d.add(Rect(label_w, y + 1, w, row_h - 3, fillColor=HexColor(ANSWER_COLORS[enums.Answer.YES]), strokeColor=None))
        d.add(String(label_w + w + 3, y + 3, str(count), fontName=fonts.bold, fontSize=7.5))
    d.add(Line(label_w, 0, label_w, top, strokeColor=HexColor("#888888"), strokeWidth=0.5))
    d.add(String(label_w, top + 1, f"0 … {most} Aussagen", fontName=fonts.regular, fontSize=6.5,
                 fillColor=HexColor("#666666")))  # fmt: skip
    return d
