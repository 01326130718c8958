"""The workshop record as PDF: cover, contents, one section per step, appendix.

Built with reportlab's platypus on portrait pages, with landscape pages for the
board and the action plan. Every page carries the workshop title, the program
version and "Seite X von Y"; the contents list page numbers and the PDF has
bookmarks. All user text is escaped and drawn with the embedded DejaVu Sans.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate, Spacer
from reportlab.platypus.doctemplate import LayoutError

from fh_desktop import __version__
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import FhError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.export import pdf_sections as sections
from fh_desktop.export.atomic import write_atomically
from fh_desktop.export.fonts import FontSet, pdf_fonts
from fh_desktop.export.pdf_board_section import board_section
from fh_desktop.export.pdf_compare import over_time_section, review_section
from fh_desktop.export.pdf_dialogue import dialogue_section
from fh_desktop.export.pdf_flow import KeepWithStart, balance_section_ends
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.pdf_styles import MUTED, PRIMARY, RULE, LongTexts, Styles, grid_table
from fh_desktop.export.text import clean, german_date, german_date_long, printable

APP = enums.APP_TITLE
MSG_LAYOUT = QT_TRANSLATE_NOOP("errors", "Die PDF-Dokumentation konnte nicht gesetzt werden: {detail}")
MARGIN = 18 * mm
TOP = 22 * mm
BOTTOM = 18 * mm
FRAME_PAD = 6.0
COVER_NOTES = 400  # characters of the workshop's notes on the cover


def write_pdf(data: model.WorkshopData, path: str | os.PathLike[str], *, options: ExportOptions | None = None) -> Path:
    return write_atomically(path, pdf_writer(data, options or ExportOptions()))


def pdf_writer(data: model.WorkshopData, options: ExportOptions) -> Callable[[Path], None]:
    """What writes the report into a (temporary) file; for ``atomic.write_all``."""

    def build(tmp: Path) -> None:
        options.report(QT_TRANSLATE_NOOP("ExportProgress", "PDF-Dokumentation wird erstellt …"))
        fonts = pdf_fonts()
        try:
            try:
                _Report(data, options, fonts).build(tmp)
            except LayoutError:
                # Some table row is taller than a page: set again, splitting such rows.
                _Report(data, options, fonts, split_rows=True).build(tmp)
        except LayoutError as exc:
            raise FhError(MSG_LAYOUT, detail=str(exc).splitlines()[0][:200]) from None

    return build


class _Document(BaseDocTemplate):
    def afterFlowable(self, flowable: object) -> None:  # noqa: N802 - reportlab hook
        key = getattr(flowable, "toc_key", None)
        if key is None:
            return
        # The canvas holds pages back until it knows their count: a bookmark made now would
        # point at the page the PDF writer is on (the first). It is made when this page is
        # written out, with the place of the heading on it.
        top = self.frame._y + flowable.height if hasattr(flowable, "height") else None
        self.canv.marks.setdefault(self.page, []).append((key, flowable.outline_title, flowable.toc_level, top))  # type: ignore[attr-defined]
        self.canv.toc_pages[key] = self.page


class _Contents(Flowable):
    """The table of contents, laid out in one pass.

    reportlab's own TableOfContents needs the whole document set twice. Here the
    entries are known in advance (``sections.Context.toc``); the page numbers are
    written by the canvas at the very end, when every heading has found its page.
    """

    def __init__(self, entries: list[tuple[str, int, str]], styles: Styles) -> None:
        super().__init__()
        self.entries = entries
        self.styles = styles

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, sum(self.styles.toc[min(level, 1)].leading for _k, level, _t in self.entries)

    def draw(self) -> None:
        canv = self.canv
        y = sum(self.styles.toc[min(level, 1)].leading for _k, level, _t in self.entries)
        for key, level, text in self.entries:
            style = self.styles.toc[min(level, 1)]
            y -= style.leading
            base = y + (style.leading - style.fontSize) / 2
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawString(style.leftIndent, base, text)
            start = style.leftIndent + canv.stringWidth(text, style.fontName, style.fontSize) + 6
            dot = canv.stringWidth(" .", style.fontName, style.fontSize)
            count = int((self.width - 22 - start) // dot)
            if count > 0:
                canv.drawRightString(self.width - 22, base, " ." * count)
            canv.linkRect("", key, (0, y, self.width, y + style.leading), relative=1, thickness=0)
            x, yy = canv.absolutePosition(self.width, base)
            canv.toc_slots.append((canv.getPageNumber(), key, x, yy, style.fontName, style.fontSize))


class _Report:
    def __init__(self, data: model.WorkshopData, options: ExportOptions, fonts: FontSet, *, split_rows: bool = False) -> None:
        self.split_rows = split_rows
        self.data = data
        self.options = options
        self.fonts = fonts
        self.styles = Styles(fonts)
        w = data.workshop
        self.title = " ".join(clean(w.title).split()) or "Workshop"
        self.header_right = " ".join(clean(w.kommune).split())
        self.footer = f"{APP} {__version__} · erstellt am {german_date(options.created)}"

    def build(self, path: Path) -> None:
        doc = _Document(
            str(path),
            pagesize=A4,
            title=self.title,
            author=" ".join(clean(self.data.workshop.moderator).split()),
            subject=f"Workshop-Dokumentation {self.header_right}".strip(),
            keywords=["Frühe Hilfen", "Planung", "Workshop", self.header_right],
            creator=f"{APP} {__version__}",
            lang="de-DE",
            keepTogetherClass=KeepWithStart,  # a heading keeps to the start of its table, not all of it
        )
        # No padding at the sides: tables and the board line up with the header rule.
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": FRAME_PAD, "bottomPadding": FRAME_PAD}
        portrait_frame = Frame(MARGIN, BOTTOM, A4[0] - 2 * MARGIN, A4[1] - TOP - BOTTOM, id="p", **pad)
        wide = landscape(A4)
        landscape_frame = Frame(MARGIN, BOTTOM, wide[0] - 2 * MARGIN, wide[1] - TOP - BOTTOM, id="l", **pad)
        paper = A3 if self.options.paper == "a3" else A4
        board_frames = {
            name: Frame(MARGIN, BOTTOM, size[0] - 2 * MARGIN, size[1] - TOP - BOTTOM, id=name, **pad)
            for name, size in (("board_portrait", paper), ("board_landscape", landscape(paper)))
        }
        doc.addPageTemplates(
            [
                PageTemplate("cover", [portrait_frame], onPage=self._footer_only, pagesize=A4),
                PageTemplate("portrait", [portrait_frame], onPage=self._decorate, pagesize=A4),
                PageTemplate("landscape", [landscape_frame], onPage=self._decorate, pagesize=wide),
                PageTemplate("board_portrait", [board_frames["board_portrait"]], onPage=self._decorate, pagesize=paper),
                PageTemplate("board_landscape", [board_frames["board_landscape"]], onPage=self._decorate,
                             pagesize=landscape(paper)),
            ]
        )  # fmt: skip
        ctx = sections.Context(
            self.data, self.options, self.styles, LongTexts(), portrait_frame._aW, portrait_frame._height - 2 * FRAME_PAD,
            landscape_frame._aW, landscape_frame._height - 2 * FRAME_PAD, self.split_rows,
            board_frames={name: (f._aW, f._height - 2 * FRAME_PAD) for name, f in board_frames.items()},
        )  # fmt: skip
        story = self._cover(ctx)
        story += board_section(ctx)
        story += sections.checklist_section(ctx)
        story += over_time_section(ctx)  # only in a follow-up
        story += sections.actions_section(ctx)
        story += review_section(ctx)  # only in a follow-up
        story += dialogue_section(ctx)
        story += sections.appendix(ctx)
        heights = {"cover": ctx.height, "portrait": ctx.height, "landscape": ctx.wide_height}
        heights.update({name: h for name, (_w, h) in ctx.board_frames.items()})
        balance_section_ends(story, heights, "cover")
        self.options.report(QT_TRANSLATE_NOOP("ExportProgress", "PDF-Seiten werden gesetzt …"))
        doc.build(story, canvasmaker=_numbered_canvas(self.fonts, self.footer))

    # --- cover ------------------------------------------------------------

    def _cover(self, ctx: sections.Context) -> list:
        st, w = self.styles, self.data.workshop
        story: list = [
            NextPageTemplate("portrait"),  # a page the cover runs onto has the running header
            Spacer(1, 18 * mm),
            st.markup("Dokumentation des Workshops", st.cover_sub),
            st.para(w.title or "Workshop ohne Titel", st.cover_title),
        ]
        if w.kommune:
            story.append(st.para(w.kommune, st.cover_sub))
        story.append(Spacer(1, 6 * mm))
        facts = [
            ("Datum", german_date_long(w.date, "–")),
            ("Ort", w.place or "–"),
            ("Moderation", w.moderator or "–"),
            ("Teilnehmende", _people_count(self.data.participants)),
        ]
        rows = [[st.markup("<b>" + label + "</b>", st.body), st.para(value)] for label, value in facts]
        story.append(grid_table(rows, [38 * mm, ctx.width - 38 * mm], header=False, zebra=False))
        if w.notes:  # long notes go to the appendix, the cover keeps its contents on the page
            story += [Spacer(1, 4 * mm), st.markup(ctx.long_texts.cell(st, w.notes, "Notizen zum Workshop", COVER_NOTES), st.small)]
        story += [Spacer(1, 8 * mm), st.markup("Inhalt", st.h2), _Contents(ctx.toc, st), Spacer(1, 6 * mm)]
        return story + _participants(ctx)

    # --- page decoration ----------------------------------------------------

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(self.fonts.bold, 8.5)
        canvas.setFillColor(PRIMARY)
        right = printable(self.header_right, self.fonts.covered)
        right_w = canvas.stringWidth(right, self.fonts.regular, 8.5)
        title = _fit(canvas, printable(self.title, self.fonts.covered), self.fonts.bold, 8.5, width - 2 * MARGIN - right_w - 20)
        canvas.drawString(MARGIN, height - TOP + 10, title)
        canvas.setFont(self.fonts.regular, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, height - TOP + 10, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - TOP + 6, width - MARGIN, height - TOP + 6)
        canvas.restoreState()
        self._footer_only(canvas, doc)

    def _footer_only(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, BOTTOM - 6, width - MARGIN, BOTTOM - 6)
        canvas.setFont(self.fonts.regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, BOTTOM - 15, self.footer)
        canvas.restoreState()


def _people_count(people: list[model.Participant]) -> str:
    """"7" or "7 (dazu 1 beobachtend)", so the number matches the table below it."""
    observers = sum(1 for p in people if p.is_observer)
    active = len(people) - observers
    return f"{active} (dazu {observers} beobachtend)" if observers else str(active)


def _participants(ctx: sections.Context) -> list:
    st = ctx.styles
    people = sorted(ctx.data.participants, key=lambda p: (p.position, p.id or 0))
    if not people:
        return []
    rows: list[list[object]] = [[st.markup("Name", st.head), st.markup("Fachbereich / Funktion", st.head),
                                 st.markup("Teilnahme", st.head)]]  # fmt: skip
    for p in people:
        rows.append([st.para(p.name, st.cell), st.para(p.role, st.cell),
                     st.para("beobachtend" if p.is_observer else "teilnehmend", st.cell)])  # fmt: skip
    return [st.markup("Teilnehmende", st.h2), grid_table(rows, [0.38 * ctx.width, 0.44 * ctx.width, 0.18 * ctx.width])]


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _numbered_canvas(fonts: FontSet, footer: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds pages back until the end, so each can say "Seite X von Y"."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs.setdefault("initialFontName", fonts.regular)  # no stray Helvetica in the page resources
            kwargs["lang"] = kwargs.get("lang") or "de-DE"  # the document's language, for screen readers and search
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.toc_pages: dict[str, int] = {}  # heading key -> page, filled by the document
            self.toc_slots: list[tuple] = []  # where the contents want a page number
            self.marks: dict[int, list[tuple]] = {}  # page -> (key, title, level, top) of its headings

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, _height = self._pagesize
                self.saveState()
                self.setFont(fonts.regular, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(width - MARGIN, BOTTOM - 15, f"Seite {number} von {total}")
                self.setFillColor(black)
                for page, key, x, y, font, size in self.toc_slots:
                    if page == number and key in self.toc_pages:
                        self.setFont(font, size)
                        self.drawRightString(x, y, str(self.toc_pages[key]))
                self.restoreState()
                for key, title, level, top in self.marks.get(number, []):
                    if top is None:
                        self.bookmarkPage(key)
                    else:
                        self.bookmarkPage(key, fit="XYZ", left=0, top=top + 4)
                    self.addOutlineEntry(title, key, level=level, closed=False)
                super().showPage()
            super().save()

    return NumberedCanvas

