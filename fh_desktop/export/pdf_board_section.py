"""Section 1 of the PDF report: the Pinnwand as a picture with its legend, then its tables.

The picture gets a page of its own, in the orientation that shows it largest: a wide
board on a landscape page with the legend in a column beside it, a tall one on a
portrait page with the legend below. Cards and links follow as tables.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from fh_desktop.domain import board_style as bst
from fh_desktop.domain import enums
from fh_desktop.export import board_rows as rows
from fh_desktop.export.pdf_board import BoardDrawing
from fh_desktop.export.pdf_board_pages import DETAIL_SCALE, detail_pages
from fh_desktop.export.pdf_legend import Legend
from fh_desktop.export.pdf_sections import Context, head_row, heading, plain
from fh_desktop.export.pdf_styles import ZEBRA as ZONE_ROW
from fh_desktop.export.pdf_styles import grid_table

SIDE = 46 * mm  # the legend's column beside a landscape board
SIDE_GAP = 5 * mm
LEGEND_PT = 7.5  # legend type on paper; smaller only when the legend would not fit
LEGEND_MIN_PT = 5.5
MAX_SCALE = 0.75  # a small board is not blown up beyond a comfortable card size
SLACK = 4.0  # points kept free in a frame, against rounding in reportlab's layout
# Cards and links are mostly one line per row: tighter rows keep them to fewer pages.
DENSE = [("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]


def board_section(ctx: Context) -> list:
    st, board = ctx.styles, ctx.data.board
    empty = not board.cards and not board.zones
    title = "1 Pinnwand: Planungsakteure und Aufgaben"
    if empty:
        return [NextPageTemplate("portrait"), PageBreak(), heading(ctx, title),
                st.para("Auf der Pinnwand wurden keine Karten angelegt.")]  # fmt: skip
    picture = BoardDrawing(board, st.fonts)
    landscape, scale, story = _board_page(ctx, picture, title)
    story = [NextPageTemplate("board_landscape" if landscape else "board_portrait"), PageBreak(), *story]
    if scale < DETAIL_SCALE:
        story += detail_pages(ctx, picture)
    tables = _cards_table(ctx) + _links_table(ctx)
    if tables:
        story += [NextPageTemplate("landscape"), PageBreak(), *tables]
    return story


def _board_page(ctx: Context, picture: BoardDrawing, title: str) -> tuple[bool, float, list]:
    """The heading, the picture and the legend, fitted to one page; True for landscape."""
    head = heading(ctx, title)
    bw, bh = picture.size()
    wide_w, wide_h = ctx.board_frames.get("board_landscape", (ctx.wide, ctx.wide_height))
    tall_w, tall_h = ctx.board_frames.get("board_portrait", (ctx.width, ctx.height))

    def head_height(width: float) -> float:
        return head.wrap(width, 1000)[1] + head.getSpaceBefore() + head.getSpaceAfter()

    # Landscape: the legend in a column at the left, the board beside it.
    wide_room = wide_h - head_height(wide_w) - SLACK
    wide_scale = min((wide_w - SIDE - SIDE_GAP) / bw, wide_room / bh, MAX_SCALE)
    # Portrait: the legend below the board, in as many columns as fit.
    legend_p, legend_scale_p = _fit_legend(ctx, tall_w, tall_h / 3)
    tall_room = tall_h - head_height(tall_w) - legend_p.height * legend_scale_p - 3 * mm - _summary_height(ctx, tall_w) - SLACK
    tall_scale = min(tall_w / bw, tall_room / bh, MAX_SCALE)
    if wide_scale >= tall_scale:
        drawing = picture.drawing(wide_scale)
        legend, scale = _fit_legend(ctx, SIDE, wide_room - _summary_height(ctx, SIDE) - 3 * mm, columns=(1, 2))
        side: list[Flowable] = [*_summary(ctx, wide_scale), Spacer(1, 3 * mm), legend.drawing(scale)]
        layout = Table([[side, drawing]], colWidths=[SIDE + SIDE_GAP, wide_w - SIDE - SIDE_GAP], hAlign="LEFT")
        layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
        return True, wide_scale, [head, layout]
    drawing = picture.drawing(tall_scale)
    below = KeepTogether([*_summary(ctx, tall_scale), legend_p.drawing(legend_scale_p)])
    return False, tall_scale, [head, drawing, Spacer(1, 3 * mm), below]


def _fit_legend(ctx: Context, width: float, height: float, columns: tuple[int, ...] = (5, 4, 3, 2, 1)) -> tuple[Legend, float]:
    """The legend and its scale: the first column count at which it reaches ``LEGEND_PT``,
    else the one that shows it largest (never below what fits ``width`` x ``height``)."""
    best: tuple[Legend, float] | None = None
    base = LEGEND_PT / bst.LEGEND_FONT_SIZE
    for n in columns:
        legend = Legend(ctx.data.board, ctx.styles.fonts, n)
        scale = min(base, width / max(legend.width, 1.0), height / max(legend.height, 1.0))
        if scale >= base:
            return legend, scale
        if best is None or scale > best[1]:
            best = (legend, scale)
    assert best is not None
    return best


def _summary_text(ctx: Context, scale: float) -> list[str]:
    b = ctx.data.board
    counts = [(len(b.cards), "Karte", "Karten"), (len(b.links), "Verbindung", "Verbindungen"),
              (len(b.zones), "Zone", "Zonen"), (len(b.dots), "Klebepunkt", "Klebepunkte")]  # fmt: skip
    # No line break between a number and its noun in the narrow column.
    out = [" · ".join(f"{n}\u00a0{one if n == 1 else many}" for n, one, many in counts if n)]
    if scale < DETAIL_SCALE:
        out.append("Die folgenden Seiten zeigen die Pinnwand Zone für Zone in lesbarer Größe; alle Karten und "
                   "Verbindungen stehen außerdem in den Tabellen danach.")  # fmt: skip
    return out


def _summary(ctx: Context, scale: float) -> list[Flowable]:
    return [ctx.styles.para(text, ctx.styles.small) for text in _summary_text(ctx, scale)]


def _summary_height(ctx: Context, width: float) -> float:
    # the longer text (small scale) is what must fit
    return sum(p.wrap(width, 1000)[1] for p in _summary(ctx, 0.0))


# --- tables -------------------------------------------------------------------------


def _cards_table(ctx: Context) -> list:
    """One table, the cards zone by zone under a row naming the zone (as on the board)."""
    st, board = ctx.styles, ctx.data.board
    if not board.cards:
        return []
    zones = rows.card_zones(board)
    dots = rows.dot_counts(board)
    table: list[list[object]] = [head_row(st, "Titel", "Art", "Text", "Planungsbereich", "Einfluss", "Klebepunkte")]
    groups: list[int] = []  # rows that name a zone
    current: object = None
    for card in rows.cards_in_order(board, zones):
        own = zones.get(card.id or -1, [])
        group = id(own[0]) if own else None
        if group != current or not groups:
            current = group
            groups.append(len(table))
            name = rows.zone_names(own[:1]) if own else "außerhalb der Zonen"
            table.append([st.markup(f"<b>{st.esc(name)}</b>", st.cell), "", "", "", "", ""])
        label = f"Karte „{plain(card.title)}“"
        title = ctx.long_texts.cell(st, card.title, f"{label}: Titel", 400) if card.title.strip() else "<i>(ohne Titel)</i>"
        table.append([
            st.markup(title, st.cell_bold),
            st.para(enums.CardKind.LABELS.get(card.kind, card.kind), st.cell),
            st.markup(ctx.long_texts.cell(st, card.text, f"{label}: Text"), st.cell),
            st.para(enums.PlanningArea.LABELS.get(card.area, card.area), st.cell),
            st.para(rows.influence_text(card.influence), st.cell),
            st.para(rows.dots_text(dots.get(card.id or -1)), st.cell),
        ])  # fmt: skip
    widths = [0.22, 0.07, 0.34, 0.14, 0.12, 0.11]
    grid = grid_table(table, [f * ctx.wide for f in widths], zebra=False, split_in_row=ctx.split_rows)
    style: list[tuple] = list(DENSE)
    for r in groups:  # a zone's name never stays alone at the foot of a page
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), ZONE_ROW), ("NOSPLIT", (0, r), (-1, r + 1))]
    grid.setStyle(TableStyle(style))
    return [heading(ctx, "Karten der Pinnwand", 1), grid]


def _links_table(ctx: Context) -> list:
    st, board = ctx.styles, ctx.data.board
    if not board.links:
        return []
    titles = rows.card_titles(board)
    table: list[list[object]] = [head_row(st, "Von", "", "Nach", "Art der Verbindung", "Beschriftung")]
    for link in board.links:
        table.append([
            st.para(titles.get(link.source_id, "?"), st.cell),
            st.para(rows.ARROWS.get(link.direction, ""), st.cell_bold),
            st.para(titles.get(link.target_id, "?"), st.cell),
            st.para(enums.LinkKind.LABELS.get(link.kind, link.kind), st.cell),
            st.markup(ctx.long_texts.cell(st, link.label, "Beschriftung einer Verbindung", 400), st.cell),
        ])  # fmt: skip
    widths = [0.27, 0.04, 0.27, 0.14, 0.28]
    legend = st.para("→ einseitig · ↔ wechselseitig · — ungerichtet", st.muted)
    grid = grid_table(table, [f * ctx.wide for f in widths], split_in_row=ctx.split_rows)
    grid.setStyle(TableStyle(DENSE))
    return [heading(ctx, "Verbindungen", 1), legend, Spacer(1, 1.5 * mm), grid]

