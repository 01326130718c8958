"""A short report for the Jugendhilfeausschuss or Kreistag, as a Word document.

Two to four pages a Verwaltung can paste into a Sitzungsvorlage: what the workshop did,
the key results of the checklist, the Handlungsbedarfe, the action plan in short and an
editable "Beschlussvorschlag". It carries no personal data at all: no participant, no
moderator, no responsible person, no individual answer; only counts, the group's joint
results and the plan's titles. The PDF stays the full record.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from fh_desktop import __version__
from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain import enums, model
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.export.atomic import write_atomically
from fh_desktop.export.checklist_summary import summarize
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.text import clean, german_date, german_date_long, shorten

APP = enums.APP_TITLE
FONT = "Arial"
PRIMARY = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x59, 0x59, 0x59)
MAX_ACTIONS = 12  # rows of the plan in short; the rest is counted, the PDF has them all
MAX_NEEDS = 10
STATEMENT_CHARS = 160
PRIORITY_ORDER = {p: i for i, p in enumerate(enums.Priority.ALL)}


def write_report(data: model.WorkshopData, path: str | os.PathLike[str], *, options: ExportOptions | None = None) -> Path:
    return write_atomically(path, report_writer(data, options or ExportOptions()))


def report_writer(data: model.WorkshopData, options: ExportOptions) -> Callable[[Path], None]:
    """What writes the report into a (temporary) file; for ``atomic.write_all``."""

    def write(tmp: Path) -> None:
        options.report(QT_TRANSLATE_NOOP("ExportProgress", "Kurzbericht wird erstellt …"))
        buffer = io.BytesIO()
        build_report(data, options).save(buffer)
        with open(tmp, "wb") as fh:
            fh.write(buffer.getbuffer())

    return write


def _one_line(text: str | None) -> str:
    return " ".join(clean(text).split())


def build_report(data: model.WorkshopData, options: ExportOptions):  # noqa: ANN201 - python-docx Document
    w = data.workshop
    doc = Document()
    _base_styles(doc)
    props = doc.core_properties
    props.title = f"Kurzbericht: {_one_line(w.title) or 'Workshop'}"
    props.subject = "Ergebnisse des Workshops zur kommunalen Verankerung der Frühen Hilfen"
    props.author = APP  # never the moderator: the report has no personal data
    props.last_modified_by = APP
    props.comments = f"Erstellt mit {APP} {__version__} am {german_date(options.created)}"
    props.language = "de-DE"
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.0)
    footer = section.footer.paragraphs[0]
    footer.text = f"{APP} {__version__} · Kurzbericht, erstellt am {german_date(options.created)}"
    footer.runs[0].font.size = Pt(8)

    doc.add_heading(f"Ergebnisse des Workshops „{_one_line(w.title) or 'Workshop'}“", level=0)
    place = ", ".join(t for t in (_one_line(w.kommune), german_date_long(w.date), _one_line(w.place)) if t)
    if place:
        doc.add_paragraph(place)
    _what_was_done(doc, data)
    summary = summarize(data, individual=False, anonymous=True, seed=0)
    _checklist(doc, data, summary)
    _needs(doc, data, summary)
    _actions(doc, data)
    _proposal(doc, data)
    return doc


def _base_styles(doc) -> None:  # noqa: ANN001
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Table Grid"):
        try:
            style = doc.styles[name]
        except KeyError:
            continue
        style.font.name = FONT
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "de-DE")
        rpr.append(lang)
        if name.startswith(("Title", "Heading")):
            style.font.color.rgb = PRIMARY
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.styles["Title"].font.size = Pt(18)
    doc.styles["Heading 1"].font.size = Pt(13)


def _step(data: model.WorkshopData, step: int) -> str:
    """The step as the PDF and the workbook name it: „2 Checkliste: Planungskonzeption“."""
    return "„" + enums.step_heading(step, catalog_title=_one_line(data.checklist.catalog.title)) + "“"


def _what_was_done(doc, data: model.WorkshopData) -> None:  # noqa: ANN001
    doc.add_heading("1 Anlass und Vorgehen", level=1)
    people = len([p for p in data.participants if not p.is_observer])
    board = data.board
    kinds = Counter(c.kind for c in board.cards)
    areas = sorted({enums.PlanningArea.LABELS.get(c.area, c.area) for c in board.cards})
    parts = [
        f"Im Workshop haben {people} Fachkräfte und Leitungskräfte aus Jugendhilfe-, Sozial- und "
        "Gesundheitsplanung, Netzwerk Frühe Hilfen und Politik gemeinsam untersucht, wie die Frühen "
        "Hilfen in der kommunalen Planung verankert sind.",
    ]
    if board.cards:
        parts.append(
            f"Im Schritt {_step(data, 1)} wurden {len(board.cards)} Karten angelegt ({kinds.get(enums.CardKind.ACTOR, 0)} "
            f"Planungsakteure, {kinds.get(enums.CardKind.COMMITTEE, 0)} Gremien, {kinds.get(enums.CardKind.TASK, 0)} "
            f"Aufgaben) und mit {len(board.links)} Verbindungen gezeigt, wo die Planungsbereiche ineinandergreifen"
            + (f" ({', '.join(areas)})." if areas else ".")
        )
    items = data.checklist.items
    if items:
        parts.append(
            f"Im Schritt {_step(data, 2)} hat jede Person die {len(items)} Aussagen zunächst für sich eingeschätzt;"
            " danach hat die Gruppe je Aussage eine gemeinsame Einschätzung festgehalten."
        )
    if data.actions:
        parts.append(f"Im Schritt {_step(data, 3)} wurden {len(data.actions)} Maßnahmen vereinbart.")
    doc.add_paragraph(" ".join(parts))


def _checklist(doc, data: model.WorkshopData, summary) -> None:  # noqa: ANN001
    if not data.checklist.items:
        return
    doc.add_heading(f"2 Wichtigste Ergebnisse der {enums.STEP_TITLES[2]}", level=1)
    joint = [r.joint for r in summary.items if r.joint and r.joint.value]
    counts = Counter(j.value for j in joint)
    text = ", ".join(f"{counts[v]}× „{enums.Answer.LABELS.get(v, v)}“" for v in summary.scale if counts[v])
    doc.add_paragraph(
        f"Für {len(joint)} von {len(summary.items)} Aussagen hat die Gruppe eine gemeinsame Einschätzung festgehalten"
        + (f": {text}." if text else ".")
    )
    disputed = summary.most_disputed(3)
    if disputed:
        refs = catalog_format.item_refs(data.checklist.catalog, data.checklist.items)
        doc.add_paragraph("Am unterschiedlichsten wurden eingeschätzt:")
        for result in disputed:
            statement, _ = shorten(_one_line(result.item.statement), STATEMENT_CHARS)
            doc.add_paragraph(f"{refs.get(result.item.id or 0, '')} {statement}".strip(), style="List Bullet")


def _needs(doc, data: model.WorkshopData, summary) -> None:  # noqa: ANN001
    needs = [r for r in summary.items if r.joint and r.joint.needs_action]
    doc.add_heading("3 Handlungsbedarfe", level=1)
    if not needs:
        doc.add_paragraph("Die Gruppe hat keinen Handlungsbedarf markiert.")
        return
    doc.add_paragraph(f"Die Gruppe sieht bei {len(needs)} Aussage(n) Handlungsbedarf:")
    refs = catalog_format.item_refs(data.checklist.catalog, data.checklist.items)
    for result in needs[:MAX_NEEDS]:
        statement, _ = shorten(_one_line(result.item.statement), STATEMENT_CHARS)
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(f"{refs.get(result.item.id or 0, '')} ").bold = True
        p.add_run(statement)
        note = _one_line(result.joint.note)
        if note:
            p.add_run(f" – {shorten(note, 200)[0]}").italic = True
    if len(needs) > MAX_NEEDS:
        doc.add_paragraph(f"… und {len(needs) - MAX_NEEDS} weitere (siehe Dokumentation).")


def _actions(doc, data: model.WorkshopData) -> None:  # noqa: ANN001
    doc.add_heading(f"4 {enums.STEP_TITLES[3]} in Kürze", level=1)
    actions = sorted(data.actions, key=lambda a: (PRIORITY_ORDER.get(a.priority, 9), a.position, a.id or 0))
    if not actions:
        doc.add_paragraph("Es wurden keine Maßnahmen festgehalten.")
        return
    by_priority = Counter(a.priority for a in actions)
    committee = sum(1 for a in actions if a.needs_committee)
    doc.add_paragraph(
        f"{len(actions)} Maßnahmen, davon "
        + ", ".join(f"{by_priority[p]} mit Priorität {enums.Priority.LABELS[p]}" for p in enums.Priority.ALL if by_priority[p])
        + (f"; {committee} {'braucht' if committee == 1 else 'brauchen'} eine Befassung im Gremium" if committee else "")
        + ". Die wichtigsten:"
    )
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.autofit = False  # the widths below, in Word and in LibreOffice
    for cell, title in zip(table.rows[0].cells, ("Maßnahme", "Priorität", "Zeitrahmen bis", "Status"), strict=False):
        cell.text = title
        cell.paragraphs[0].runs[0].bold = True
    for a in actions[:MAX_ACTIONS]:
        cells = table.add_row().cells
        cells[0].text = shorten(_one_line(a.title) or "(ohne Titel)", 120)[0]
        # The worksheet's Ebene and "Befassung im Gremium nötig" under the title, in small type.
        facts = [catalog_format.LEVEL_LABELS.get(a.level, a.level)] if a.level else []
        if a.needs_committee:
            facts.append("Befassung im Gremium nötig")
        if facts:
            run = cells[0].add_paragraph().add_run(" · ".join(facts))
            run.font.size = Pt(9)
            run.font.color.rgb = MUTED
        cells[1].text = enums.Priority.LABELS.get(a.priority, a.priority)
        cells[2].text = german_date(a.due, "–")
        cells[3].text = enums.Status.LABELS.get(a.status, a.status)
    widths = (Cm(9.0), Cm(2.2), Cm(2.8), Cm(3.0))  # room for "zurückgestellt"
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width
    if len(actions) > MAX_ACTIONS:
        doc.add_paragraph(f"Weitere {len(actions) - MAX_ACTIONS} Maßnahmen stehen in der vollständigen Dokumentation.")


def _proposal(doc, data: model.WorkshopData) -> None:  # noqa: ANN001
    doc.add_heading("5 Beschlussvorschlag", level=1)
    hint = doc.add_paragraph("Bitte an die Sitzung anpassen:")
    hint.runs[0].italic = True
    w = data.workshop
    date = german_date_long(w.date)
    text = (
        f"Der Ausschuss nimmt die Ergebnisse des Workshops „{_one_line(w.title) or 'Workshop'}“"
        + (f" vom {date}" if date else "")
        + " zur Kenntnis. Er beauftragt die Verwaltung, die vereinbarten Maßnahmen zur Verankerung der "
        "Frühen Hilfen in der Jugendhilfe-, Sozial- und Gesundheitsplanung umzusetzen und dem Ausschuss "
        "in einem Jahr über den Stand zu berichten."
    )
    p = doc.add_paragraph(text)
    _box(p)


def _box(paragraph) -> None:  # noqa: ANN001
    """A thin frame and a light fill, so the proposal stands out and stays editable text."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "6")
        edge.set(qn("w:space"), "6")
        edge.set(qn("w:color"), "1F4E79")
        borders.append(edge)
    ppr.append(borders)
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:fill"), "EEF3F8")
    ppr.append(shade)
