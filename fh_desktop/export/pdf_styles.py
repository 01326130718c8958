"""Paragraph styles and small building blocks shared by the sections of the PDF report."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from fh_desktop.export.fonts import FontSet
from fh_desktop.export.pdf_flow import GridTable
from fh_desktop.export.text import pdf_text, shorten

PRIMARY = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#bfbfbf")
ZEBRA = colors.HexColor("#f2f5f9")
MUTED = colors.HexColor("#595959")
# Characters of one text in a table cell; the rest goes to the appendix. Small enough that
# a row of the action plan with every field this long still fits on one page.
CELL_LIMIT = 700


class CellParagraph(Paragraph):
    """A paragraph that breaks its lines once per width.

    reportlab wraps every table cell again to size the table, to split it at a page end
    and to draw it; the lines come out the same each time. For a plan of 200 actions
    that repeated work was most of the time the whole PDF took.
    """

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        if availWidth == self._wrapped_at and hasattr(self, "blPara"):  # split() may drop it
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


class Styles:
    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        # Long words: an address (URL, path) breaks after "/" (uriWasteReduce), a compound
        # at its own hyphen ("Sozial-/Gesundheitsplanung"); only a word wider than the
        # whole column is cut anywhere (splitLongWords).
        base = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.5, alignment=TA_LEFT,
                              uriWasteReduce=0.3, embeddedHyphenation=1, splitLongWords=1)  # fmt: skip
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10)
        self.cell_bold = ParagraphStyle("cellBold", self.cell, fontName=fonts.bold)
        self.head = ParagraphStyle("head", self.cell, fontName=fonts.bold, textColor=colors.white)
        self.muted = ParagraphStyle("muted", self.small, textColor=MUTED)
        self.h1 = ParagraphStyle("H1", base, fontName=fonts.bold, fontSize=16, leading=20, textColor=PRIMARY,
                                 spaceBefore=2, spaceAfter=8)  # fmt: skip
        self.h2 = ParagraphStyle("H2", base, fontName=fonts.bold, fontSize=12, leading=15, textColor=PRIMARY,
                                 spaceBefore=10, spaceAfter=4, keepWithNext=1)  # fmt: skip
        self.h3 = ParagraphStyle("H3", base, fontName=fonts.bold, fontSize=10, leading=13, spaceBefore=6,
                                 spaceAfter=2, keepWithNext=1)  # fmt: skip
        # A heading before a text longer than a page: keepWithNext would push both to the next page.
        self.h3_loose = ParagraphStyle("H3loose", self.h3, keepWithNext=0)
        self.cover_title = ParagraphStyle("coverTitle", base, fontName=fonts.bold, fontSize=22, leading=27,
                                          textColor=PRIMARY, spaceAfter=10)  # fmt: skip
        self.cover_sub = ParagraphStyle("coverSub", base, fontSize=13, leading=17, textColor=MUTED, spaceAfter=4)
        self.toc = [
            ParagraphStyle("toc0", base, fontSize=10.5, leading=15, leftIndent=0),
            ParagraphStyle("toc1", base, fontSize=9.5, leading=13, leftIndent=14, textColor=MUTED),
        ]

    def para(self, text: str | None, style: ParagraphStyle | None = None) -> Paragraph:
        """User text, printed literally (escaped, missing glyphs replaced)."""
        return CellParagraph(pdf_text(text, self.fonts.covered), style or self.body)

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """Our own markup around already escaped user text."""
        return CellParagraph(markup, style or self.body)

    def esc(self, text: str | None) -> str:
        return pdf_text(text, self.fonts.covered)


@dataclass
class LongTexts:
    """Texts too long for a table cell: the cell shows the start and points to the appendix."""

    entries: list[tuple[str, str, str]] = field(default_factory=list)  # (mark, heading, full text)

    def cell(self, styles: Styles, text: str | None, heading: str, limit: int = CELL_LIMIT) -> str:
        short, cut = shorten(text or "", limit)
        if not cut:
            return styles.esc(text)
        mark = f"A{len(self.entries) + 1}"
        self.entries.append((mark, heading, text or ""))
        return styles.esc(short) + f" <i>(vollständig im Anhang, {mark})</i>"


def grid_table(rows: list[list[object]], widths: list[float], *, header: bool = True, zebra: bool = True,
               split_in_row: bool = False) -> GridTable:  # fmt: skip
    table = GridTable(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1 if split_in_row else 0,
                  hAlign="LEFT")  # fmt: skip
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), PRIMARY), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    if zebra and len(rows) > 2:
        style.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA]))
    table.setStyle(TableStyle(style))
    return table
