"""PDF parts of the planning cycle: the follow-up's comparison section, and the report of
``fh-desktop compare``. Counts and joint assessments only, never names.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, SimpleDocTemplate, Spacer, TableStyle

from fh_desktop import __version__
from fh_desktop.domain import compare, cycle, enums, model, scales
from fh_desktop.domain.compare import Direction
from fh_desktop.export.atomic import write_atomically
from fh_desktop.export.fonts import pdf_fonts
from fh_desktop.export.pdf_sections import Context, head_row, heading
from fh_desktop.export.pdf_styles import Styles, grid_table
from fh_desktop.export.text import german_date

APP = enums.APP_TITLE


def _label(value: str | None) -> str:
    return scales.LABELS.get(value, "–") if value else "–"


def _dist(item: model.EarlierItem) -> str:
    """Every value of the item's scale with its label: „weitgehend 3 · teilweise 1 · …“."""
    return " · ".join(f"{scales.LABELS.get(v, v)} {n}" for v, n in compare.counts(item).items()) or "–"


def _heat_styles(cells: list[tuple[int, int, str | None]]) -> list[tuple]:
    out: list[tuple] = []
    for col, row, value in cells:
        if value in compare.HEAT:
            fill, _text = compare.HEAT[value]
            out.append(("BACKGROUND", (col, row), (col, row), HexColor(fill)))
    return out


def _cell_style(st: Styles, value: str | None):  # noqa: ANN202 - a paragraph style
    if value in compare.HEAT and compare.HEAT[value][1] == "#ffffff":  # the darkest fill: the top level
        from reportlab.lib.styles import ParagraphStyle

        return ParagraphStyle("heatDark", st.cell_bold, textColor=HexColor(compare.HEAT[value][1]))
    return st.cell


def _scale_legend(values: list[str]) -> str:
    """„Ausmaß: weitgehend / teilweise / ansatzweise / gar nicht / kann ich nicht beurteilen“."""
    kind = scales.type_of(next((v for v in values if v != scales.UNKNOWN), scales.UNKNOWN))
    return f"{scales.TYPE_LABELS[kind]}: " + " / ".join(scales.LABELS.get(v, v) for v in values)


# --- the follow-up's section ---------------------------------------------------------


def over_time_section(ctx: Context) -> list:
    """"Vergleich mit dem Workshop vom …": improved, worse, still open, and every item."""
    data = ctx.data
    if not data.earlier:
        return []
    st = ctx.styles
    result = compare.over_time(data)
    earlier = result.earlier
    assert earlier is not None
    then = german_date(earlier.date) or "früher"
    story: list = [NextPageTemplate("portrait"), PageBreak(), heading(ctx, f"Vergleich mit dem Workshop vom {then}")]
    chain = ", ".join(german_date(e.date) or "–" for e in data.earlier)
    story.append(st.para(f"Dieser Workshop ist ein Folgeworkshop. Frühere Workshops dieser Planung: {chain}. "
                         "Verglichen werden die gemeinsamen Einschätzungen; Einzelantworten sind nicht enthalten.", st.small))  # fmt: skip
    if result.other_catalog:
        story.append(st.para(f"Der Workshop vom {then} nutzte eine andere Checkliste („{earlier.catalog_title}“); "
                             "die Aussagen werden nicht verglichen."))  # fmt: skip
        return story
    groups = [
        ("Verbessert", result.improved),
        ("Verschlechtert", result.worse),
        ("Weiterhin offen", result.still_open),
    ]
    if result.changed:
        groups.append(("Wortlaut oder Skala geändert (nicht verglichen)", result.changed))
    for title, changes in groups:
        story.append(st.markup(f"<b>{st.esc(title)}</b> ({len(changes)})", st.h3))
        text = "; ".join(f"{c.item.code} {_short(c.item.statement)}" for c in changes) or "–"
        story.append(st.para(text, st.small))
    w = ctx.width
    widths = [0.07 * w, 0.43 * w, 0.15 * w, 0.15 * w, 0.20 * w]
    rows: list[list[object]] = [head_row(st, "Nr.", "Aussage", f"Einschätzung {then}", "jetzt", "Veränderung")]
    heat = []
    for r, c in enumerate(result.changes, start=1):
        prev = c.previous
        before = prev.joint_value if prev else None
        rows.append([
            st.para(c.item.code, st.cell_bold),
            [st.para(c.item.statement, st.cell), st.para(f"Verteilung {then}: {_dist(prev) if prev else '–'}; "
                                                         f"jetzt: {_dist(c.item)}", st.muted)],
            st.para(_label(before), _cell_style(st, before)),
            st.para(_label(c.item.joint_value), _cell_style(st, c.item.joint_value)),
            st.para(f"{Direction.ARROWS[c.direction]} {Direction.LABELS[c.direction]}", st.cell),
        ])  # fmt: skip
        heat += [(2, r, before), (3, r, c.item.joint_value)]
    table = grid_table(rows, widths, zebra=False, split_in_row=ctx.split_rows)
    table.setStyle(TableStyle(_heat_styles(heat)))
    story += [Spacer(1, 3 * mm), table]
    return story


def review_section(ctx: Context) -> list:
    """"Wiedervorlage": every carried-over action with its Stand der Umsetzung and decision."""
    data = ctx.data
    if not data.earlier:
        return []
    st = ctx.styles
    carried = [a for a in sorted(data.actions, key=lambda a: (a.position, a.id or 0)) if a.origin_number is not None]
    if not carried:
        return []
    story: list = [heading(ctx, "Wiedervorlage der Maßnahmen", 1)]
    w = ctx.wide
    rows: list[list[object]] = [head_row(st, "Nr.", "Maßnahme, Herkunft", "Stand der Umsetzung", "Entscheidung, Status",
                                         "Zeitrahmen bis, Wiedervorlage am")]  # fmt: skip
    for a in carried:
        decision = cycle.ReviewDecision.LABELS.get(a.review_decision, "nicht besprochen")
        rows.append([
            st.para(str(a.id), st.cell_bold),
            [st.para(a.title, st.cell), st.para(cycle.origin_label(a), st.muted)],
            st.para(a.progress or "–", st.cell),
            st.para(f"{decision}; {enums.Status.LABELS.get(a.status, a.status)}", st.cell),
            st.para(f"{german_date(a.due) or '–'}; {german_date(a.review_on) or '–'}", st.cell),
        ])  # fmt: skip
    story.append(grid_table(rows, [0.06 * w, 0.34 * w, 0.32 * w, 0.14 * w, 0.14 * w], split_in_row=ctx.split_rows))
    return story


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- fh-desktop compare -----------------------------------------------------------------


def write_compare_pdf(matrix: compare.Matrix, path: str | os.PathLike[str]) -> Path:
    fonts = pdf_fonts()
    st = Styles(fonts)

    def build(tmp: Path) -> None:
        page = landscape(A4)
        doc = SimpleDocTemplate(str(tmp), pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                                topMargin=15 * mm, bottomMargin=15 * mm, title=f"Vergleich: {matrix.catalog_title}",
                                creator=f"{APP} {__version__}")  # fmt: skip
        doc.build(_compare_story(matrix, st, page[0] - 30 * mm))

    return write_atomically(path, build)


def _compare_story(m: compare.Matrix, st: Styles, width: float) -> list:
    story: list = [st.para(f"Vergleich: {m.catalog_title}", st.h1),
                   st.para("Gemeinsame Einschätzungen je Aussage und Workshop; ohne Einzelantworten und Namen. "
                           "Aussagen werden über Checkliste und Code zugeordnet.", st.small)]  # fmt: skip
    for line in m.excluded + m.notes:
        story.append(st.para(str(line), st.small))
    n = max(len(m.columns), 1)
    first = 0.07 * width
    statement = 0.33 * width if n > 3 else 0.45 * width
    each = (width - first - statement) / n
    rows: list[list[object]] = [head_row(st, "Nr.", "Aussage", *[st.esc(c) for c in m.columns])]
    heat = []
    legends: dict[str, str] = {}  # one legend line per scale in the matrix, in the order met
    mixed = len({x.scale for x in m.rows if x.values}) > 1  # then each row names its scale
    for r, row in enumerate(m.rows, start=1):
        values = row.distribution_values()
        if values:
            legends.setdefault(row.scale, _scale_legend(values))
        text_cell = [st.para(_short(row.statement, 140), st.cell)]
        if mixed and row.scale in scales.TYPE_LABELS:
            text_cell.append(st.para(f"Skala: {scales.TYPE_LABELS[row.scale]}", st.muted))
        cells: list[object] = [st.para(row.code, st.cell_bold), text_cell]
        for c, cell in enumerate(row.cells, start=2):
            if cell is None:
                cells.append(st.para("nicht erhoben", st.muted))
                continue
            share = "" if cell.unknown_share is None else f" · ?: {round(cell.unknown_share * 100)} %"
            text = _label(cell.joint) + (" · Handlungsbedarf" if cell.needs_action else "")
            counts = " / ".join(str(cell.distribution.get(v, 0)) for v in values)
            cells.append([st.para(text, _cell_style(st, cell.joint)),
                          st.para(counts + share, _cell_style(st, cell.joint))])  # fmt: skip
            heat.append((c, r, cell.joint))
        rows.append(cells)
    table = grid_table(rows, [first, statement] + [each] * n, zebra=False)
    table.setStyle(TableStyle(_heat_styles(heat)))
    story += [Spacer(1, 3 * mm), table, Spacer(1, 2 * mm)]
    for legend in legends.values():
        story.append(st.para(f"Verteilung {legend}", st.muted))
    story.append(st.para("?: Anteil „kann ich nicht beurteilen“.", st.muted))
    story += [st.para("Maßnahmenplan je Workshop", st.h2)]
    prow: list[list[object]] = [head_row(st, "Workshop", *[enums.Status.LABELS[s] for s in enums.Status.ALL],
                                         "überfällig", "gesamt")]  # fmt: skip
    for label, p in zip(m.columns, m.progress, strict=True):
        if p is None:
            prow.append([st.para(label, st.cell), *[st.para("–", st.cell) for _ in range(len(enums.Status.ALL) + 2)]])
            continue
        prow.append([st.para(label, st.cell), *[st.para(str(p.by_status.get(s, 0)), st.cell) for s in enums.Status.ALL],
                     st.para(str(p.overdue), st.cell), st.para(str(p.total), st.cell)])  # fmt: skip
    k = len(enums.Status.ALL) + 2
    story.append(grid_table(prow, [0.3 * width] + [0.7 * width / k] * k))
    return story

