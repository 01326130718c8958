"""The sections of the PDF report: Checkliste, Maßnahmenplan, Anhang (the Pinnwand: ``pdf_board_section``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Paragraph, Spacer, TableStyle

from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain import enums, model, scales
from fh_desktop.export.board_rows import card_titles
from fh_desktop.export.checklist_summary import ANSWER_FILLS, ANSWER_MARKS, ChecklistSummary, summarize
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.pdf_charts import answer_color, answer_legend, answer_mark, distribution_bars, ticks_chart
from fh_desktop.export.pdf_widths import LONG_WORD, fit_widths
from fh_desktop.export.pdf_styles import LongTexts, Styles, grid_table
from fh_desktop.export.text import clean, german_date

NEEDS_ACTION_COLOR = "#b2182b"
PRIORITY_COLORS: dict[str, str] = {
    enums.Priority.HIGH: "#b2182b",
    enums.Priority.MEDIUM: "#8a5a00",
    enums.Priority.LOW: "#3b6e3b",
}


@dataclass
class Context:
    data: model.WorkshopData
    options: ExportOptions
    styles: Styles
    long_texts: LongTexts
    width: float  # usable width of a portrait page
    height: float  # usable height of a portrait page
    wide: float  # usable width of a landscape page
    wide_height: float
    # Rows taller than a page are split only when a first attempt without splitting failed:
    # splitting inside rows also splits rows that merely reach the page end.
    split_rows: bool = False
    toc: list[tuple[str, int, str]] = field(default_factory=list)  # (key, level, text) of the contents
    # Usable width and height of the board's pages, by page template (paper of the moderator's choice).
    board_frames: dict[str, tuple[float, float]] = field(default_factory=dict)
    marks: int = 0  # headings made so far (bookmark keys)


def heading(ctx: Context, text: str, level: int = 0, *, in_contents: bool = True) -> Paragraph:
    """A heading that appears as a PDF bookmark and (``in_contents``) in the contents."""
    st = ctx.styles
    p = st.para(text, st.h1 if level == 0 else st.h2)
    key = f"h{ctx.marks}"
    ctx.marks += 1
    p.toc_key = key
    p.toc_level = level
    p.outline_title = " ".join(clean(text).split())
    if in_contents:
        ctx.toc.append((key, level, p.outline_title))
    return p


def head_row(st: Styles, *titles: str) -> list[Paragraph]:
    return [st.markup(t, st.head) for t in titles]


def plain(text: str, limit: int = 40) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- 2 Checkliste ------------------------------------------------------------------


def checklist_section(ctx: Context) -> list:
    st, cl = ctx.styles, ctx.data.checklist
    # The step's one name, with the catalog the group worked on ("2 Checkliste: Politisch-
    # strukturelle Verankerung"); its full title and source follow right below.
    title = enums.step_heading(enums.CHECKLIST_STEP, catalog_title=clean(cl.catalog.title))
    story: list = [NextPageTemplate("portrait"), PageBreak(), heading(ctx, title)]
    if not cl.items:
        return story + [st.para("In diesem Workshop wurde keine Checkliste bearbeitet.")]
    o = ctx.options
    summary = summarize(ctx.data, individual=o.individual, anonymous=o.anonymous, seed=o.pseudonym_seed)
    # The source often carries its own brackets: a line of its own, not "(Quelle: …)".
    story.append(st.markup(f"<b>{st.esc(cl.catalog.title or 'Checkliste')}</b>"))
    if cl.catalog.source:
        story.append(st.para(f"Quelle: {cl.catalog.source}", st.small))
    rounds = []
    for r in summary.rounds:
        scope = "alle Aussagen" if r.item_ids is None else f"{len(r.item_ids)} Aussagen"
        state = "" if r.state == enums.RoundState.REVEALED else ", noch nicht aufgedeckt"
        people = summary.respondents.get(r.number, 0)
        rounds.append(f"Einzelrunde {r.number}: {people} {'Person' if people == 1 else 'Personen'}, {scope}{state}")
    if rounds:
        story.append(st.para("; ".join(rounds) + ".", st.small))
    story += [Spacer(1, 2 * mm), answer_legend(summary.scale, ctx.width, st.fonts), Spacer(1, 2 * mm)]
    story += [heading(ctx, "Ergebnisse je Aussage und gemeinsame Einschätzung", 1)]
    story += _item_tables(ctx, summary)
    story += _disputed(ctx, summary)
    story += _ticks(ctx, summary)
    story += _matrix(ctx, summary)
    return story


def _item_tables(ctx: Context, summary: ChecklistSummary) -> list:
    st = ctx.styles
    w = ctx.width
    widths = [0.08 * w, 0.58 * w, 0.34 * w]
    story: list = []
    topic = None
    rows: list[list[object]] = []
    labelled = any(len(r.rounds) > 1 for r in summary.items)

    def flush() -> None:
        if rows:
            story.append(grid_table([head_row(st, "Nr.", "Aussage und Verteilung", "Gemeinsame Einschätzung"), *rows],
                                    widths, zebra=False, split_in_row=ctx.split_rows))  # fmt: skip

    for result in summary.items:
        item = result.item
        if item.topic != topic:
            flush()
            rows = []
            topic = item.topic
            if topic:
                story.append(st.para(topic, st.h3))
        statement = ctx.long_texts.cell(st, item.statement, f"Aussage {item.code or item.id}")
        bars = distribution_bars(result.rounds, summary.scale, widths[1] - 10, st.fonts, labelled=labelled)
        rows.append([st.para(item.code or str(item.id), st.cell_bold), [st.markup(statement, st.cell), Spacer(1, 3), bars],
                     _joint_cell(ctx, result.joint, item)])  # fmt: skip
    flush()
    return story


def _joint_cell(ctx: Context, joint: model.JointAssessment | None, item: model.CatalogItem) -> list:
    st = ctx.styles
    if joint is None or (joint.value is None and not joint.note and not joint.needs_action):
        return [st.markup("<i>nicht festgehalten</i>", st.muted)]
    out = []
    if joint.value:
        color = answer_color(joint.value)
        mark = st.esc(answer_mark(joint.value))
        out.append(st.markup(f'<font color="{color}">■</font> <b>{mark} {st.esc(scales.LABELS.get(joint.value, joint.value))}</b>', st.cell))
    if joint.needs_action:
        out.append(st.markup(f'<font color="{NEEDS_ACTION_COLOR}"><b>Handlungsbedarf</b></font>', st.cell))
    if joint.note:
        out.append(st.markup(ctx.long_texts.cell(st, joint.note, f"Notiz zu {item.code or item.id}", 600), st.cell))
    return out


def _disputed(ctx: Context, summary: ChecklistSummary) -> list:
    st = ctx.styles
    disputed = summary.most_disputed(5)
    if not disputed:
        return []
    w = ctx.width
    rows: list[list[object]] = [head_row(st, "Nr.", "Aussage", "Uneinigkeit", "Verteilung (letzte Runde)")]
    for result in disputed:
        rows.append([
            st.para(result.item.code or str(result.item.id), st.cell_bold),
            st.para(plain(result.item.statement, 300), st.cell),
            st.para(f"{round(result.disagreement * 100)} %", st.cell),
            distribution_bars(result.rounds[-1:], summary.scale, 0.27 * w - 8, st.fonts),
        ])  # fmt: skip
    note = st.para(
        "Uneinigkeit: Streuung der Einschätzungen, 0 % = alle gleich, 100 % = je zur Hälfte „trifft zu“ und "
        "„trifft nicht zu“; „kann ich nicht beurteilen“ zählt nicht mit.",
        st.muted,
    )
    table = grid_table(rows, [0.08 * w, 0.52 * w, 0.13 * w, 0.27 * w])
    return [CondPageBreak(60 * mm), heading(ctx, "Größte Uneinigkeit", 1), note, Spacer(1, 2 * mm), table]


def _ticks(ctx: Context, summary: ChecklistSummary) -> list:
    st = ctx.styles
    if not summary.ticks:
        return []
    named = ctx.options.individual and not ctx.options.anonymous
    if ctx.options.individual:
        ticks = summary.ticks  # the same names or pseudonyms as the table of individual answers
    else:  # no labels that could be matched to anyone: a ranking only
        ticks = [(f"{i}.", n) for i, (_label, n) in enumerate(sorted(summary.ticks, key=lambda t: -t[1]), 1)]
    first = summary.rounds[0]
    asked = len(summary.items) if first.item_ids is None else len(first.item_ids)
    chart = ticks_chart(ticks, asked, ctx.width * 0.8, st.fonts)
    note = "mit Namen" if named else ("anonymisiert" if ctx.options.individual else "ohne Namen, absteigend sortiert")
    return [
        CondPageBreak(chart.height + 30 * mm),
        heading(ctx, "Wie viele Häkchen haben Sie gesetzt?", 1),
        st.para(f"Anzahl der Aussagen, die jede Person in Runde {first.number} mit „trifft zu“ eingeschätzt hat ({note}).", st.small),
        Spacer(1, 2 * mm),
        chart,
    ]  # fmt: skip


def _matrix(ctx: Context, summary: ChecklistSummary) -> list:
    """Who answered what: one table per round, people as P1, P2 ... with a key below."""
    st = ctx.styles
    if not summary.people:
        return []
    persons = list(dict.fromkeys(p.person for p in summary.people))
    # Pseudonyms "Person 3" are short already; names get a key P1, P2 ... explained below.
    keys = {person: person.replace("Person ", "P") if ctx.options.anonymous else f"P{i}" for i, person in enumerate(persons, 1)}
    wide = len(persons) > 12
    width = ctx.wide if wide else ctx.width
    code_w = 16 * mm
    col_w = min(14 * mm, (width - code_w) / len(persons))
    legend = " · ".join(f"{ANSWER_MARKS[v]} {scales.LABELS[v]}" for v in summary.scale)
    privacy = "anonymisiert, Nummern in zufälliger Reihenfolge" if ctx.options.anonymous else "mit Namen"
    # The first round's table in one piece where a page can hold it (about 16 pt a row).
    first = min(p.round_number for p in summary.people)
    first_rows = sum(1 for r in summary.items if any(rr.number == first for rr in r.rounds))
    needed = min(ctx.height - 1, (first_rows + 1) * 16 + 60)
    story: list = [NextPageTemplate("landscape"), PageBreak()] if wide else [CondPageBreak(needed)]
    story += [heading(ctx, "Einzelantworten", 1), st.para(f"Einzeleinschätzungen je Person ({privacy}). {legend}", st.small)]
    many = len({p.round_number for p in summary.people}) > 1
    for number in sorted({p.round_number for p in summary.people}):
        columns = [p for p in summary.people if p.round_number == number]
        results = [r for r in summary.items if any(rr.number == number for rr in r.rounds)]
        rows: list[list[object]] = [[st.markup("Nr.", st.head), *(st.markup(keys[p.person], st.head) for p in columns)]]
        cmds: list[tuple] = [("ALIGN", (1, 0), (-1, -1), "CENTER")]
        for r, result in enumerate(results, start=1):
            row: list[object] = [st.para(result.item.code or str(result.item.id), st.cell_bold)]
            for c, person in enumerate(columns, start=1):
                value = person.answers.get(result.item_id)
                row.append(st.para(ANSWER_MARKS.get(value, "") if value else "", st.cell))
                if value:
                    cmds.append(("BACKGROUND", (c, r), (c, r), HexColor(ANSWER_FILLS[value])))
            rows.append(row)
        table = grid_table(rows, [code_w] + [col_w] * len(columns), zebra=False)
        table.setStyle(TableStyle(cmds))
        if many:
            story.append(st.para(f"Runde {number}", st.h3))
        story += [Spacer(1, 2 * mm), table]
    if ctx.options.anonymous:
        return story
    key = "; ".join(f"{keys[p]} = {st.esc(p)}" for p in persons)
    return story + [Spacer(1, 2 * mm), st.markup(key, st.muted)]


# --- 3 Maßnahmenplan -------------------------------------------------------------


def actions_section(ctx: Context) -> list:
    st = ctx.styles
    actions = sorted(ctx.data.actions, key=lambda a: (a.position, a.id or 0))
    story: list = [NextPageTemplate("landscape" if actions else "portrait"), PageBreak(), heading(ctx, enums.step_heading(3))]
    if not actions:
        return story + [st.para("Es wurden keine Maßnahmen festgehalten.")]
    by_status = Counter(a.status for a in actions)
    by_priority = Counter(a.priority for a in actions)
    summary = (
        f"{len(actions)} Maßnahmen · Status: "
        + ", ".join(f"{by_status[s]} {enums.Status.LABELS[s]}" for s in enums.Status.ALL if by_status[s])
        + " · Priorität: "
        + ", ".join(f"{by_priority[p]} {enums.Priority.LABELS[p]}" for p in enums.Priority.ALL if by_priority[p])
    )
    story += [st.para(summary, st.small), Spacer(1, 3 * mm)]
    # "QD 4 · 1.7", never a bare "1.7": the reader of the export sees which catalog is meant.
    refs = catalog_format.item_refs(ctx.data.checklist.catalog, ctx.data.checklist.items)
    codes = {i: _unbroken(ref) for i, ref in refs.items()}
    cards = card_titles(ctx.data.board)
    rows: list[list[object]] = [
        head_row(st, "Nr.", "Maßnahme und Zielsetzung", "Beschreibung", "Verantwortlich, Beteiligte",
                 "Beginn, Zeitrahmen bis", "Priorität, Status, Ebene", "Ressourcen, Erfolgsindikator", "Bezüge")
    ]  # fmt: skip
    for a in actions:
        rows.append(_action_row(ctx, a, codes, cards))
    widths = fit_widths(rows, ctx.wide)
    story.append(grid_table(rows, widths, split_in_row=ctx.split_rows))
    return story


def _unbroken(ref: str) -> str:
    """A reference without a line break inside where it is no longer than a long word
    (the column has room for that); a longer one at least keeps "· 1.7" with its code."""
    if len(ref) <= len(LONG_WORD):
        return ref.replace(" ", "\u00a0")
    head, sep, code = ref.rpartition(" · ")
    return f"{head}\u00a0·\u00a0{code}" if sep else ref


def _action_row(ctx: Context, a: model.Action, codes: dict, cards: dict) -> list:
    st, lt = ctx.styles, ctx.long_texts
    name = f"Nr. {a.id} „{plain(a.title)}“"
    title = lt.cell(st, a.title, f"{name}: Titel", 300) if a.title.strip() else "<i>(ohne Titel)</i>"
    first = [st.markup(title, st.cell_bold)]
    if a.goal:
        first.append(st.markup("<b>Zielsetzung:</b> " + lt.cell(st, a.goal, f"{name}: Zielsetzung"), st.cell))
    people = [st.markup(lt.cell(st, a.responsible, f"{name}: Verantwortlich", 300), st.cell_bold)]
    if a.involved:
        people.append(st.markup(lt.cell(st, a.involved, f"{name}: Beteiligte", 400), st.cell))
    if a.start and a.due:
        period = f"{german_date(a.start)} –<br/>{german_date(a.due)}"
    elif a.due:
        period = f"bis {german_date(a.due)}"
    elif a.start:
        period = f"ab {german_date(a.start)}"
    else:
        period = "–"
    color = PRIORITY_COLORS.get(a.priority, "#000000")
    prio = st.esc(enums.Priority.LABELS.get(a.priority, a.priority))
    status = st.esc(enums.Status.LABELS.get(a.status, a.status))
    extra = []
    if a.resources:
        extra.append(st.markup("<b>Ressourcen:</b> " + lt.cell(st, a.resources, f"{name}: Ressourcen", 600), st.cell))
    if a.indicator:
        extra.append(st.markup("<b>Erfolgsindikator:</b> " + lt.cell(st, a.indicator, f"{name}: Erfolgsindikator", 600), st.cell))
    refs = []
    items = [codes[i] for i in a.item_ids if i in codes]
    linked_cards = [cards[c] for c in a.card_ids if c in cards]
    if items:
        refs.append(st.markup("<b>Checkliste:</b> " + st.esc(", ".join(items)), st.cell))
    if linked_cards:
        refs.append(st.markup("<b>Pinnwand:</b> " + st.esc("; ".join(plain(c, 60) for c in linked_cards)), st.cell))
    # The worksheet's fields: the Qualitätsdimension is a reference, the Kleingruppe plans it;
    # Ebene and Befassung im Gremium say, with priority and status, what is to happen next.
    if a.dimension:
        refs.append(st.markup("<b>Qualitätsdimension:</b> " + st.esc(plain(a.dimension, 120)), st.cell))
    if a.working_group:
        people.append(st.markup("<b>Kleingruppe:</b> " + st.esc(plain(a.working_group, 200)), st.cell))
    state = [st.markup(f'<font color="{color}"><b>{prio}</b></font>', st.cell), st.markup(status, st.cell)]
    if a.level:
        state.append(st.markup(st.esc(catalog_format.LEVEL_LABELS.get(a.level, a.level)), st.cell))
    if a.needs_committee:
        state.append(st.markup("<b>Befassung im Gremium nötig</b>", st.cell))
    return [
        st.para(str(a.id), st.cell),
        first,
        st.markup(lt.cell(st, a.description, f"{name}: Beschreibung"), st.cell),
        people,
        st.markup(period, st.cell),
        state,
        extra,
        refs,
    ]


# --- Anhang ------------------------------------------------------------------------


def appendix(ctx: Context) -> list:
    st = ctx.styles
    entries = ctx.long_texts.entries
    if not entries:
        return []
    story: list = [NextPageTemplate("portrait"), PageBreak(), heading(ctx, "Anhang: vollständige Texte")]
    story.append(st.para("Texte, die für eine Tabellenzelle zu lang sind, stehen hier vollständig.", st.small))
    for mark, title, text in entries:
        story += [CondPageBreak(30 * mm), st.para(f"{mark} – {title}", st.h3_loose), st.para(text, st.body)]
    return story
