"""The Excel workbook the administration receives and keeps working in.

Sheets: one per step, named like the step ("Maßnahmenplan", a real Excel table with
drop-downs, the one the import reads back; "Checkliste"; "Pinnwand" with the cards and
"Verbindungen"), "Workshop", and a very hidden sheet with the values as exported, so a
later import takes over only what was changed in Excel.
"""

from __future__ import annotations

import copy

import io
import os
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from fh_desktop import __version__
from fh_desktop.domain import action_import as ai
from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain import enums, model, scales
from fh_desktop.domain.board_style import area_color
from fh_desktop.domain.cycle import origin_label
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.export import board_rows
from fh_desktop.export.atomic import write_atomically
from fh_desktop.export.checklist_summary import ANSWER_FILLS, ChecklistSummary, summarize
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.text import german_date
from fh_desktop.export.xlsx_compare import add_over_time_sheet
from fh_desktop.export.xlsx_cells import (
    BASE_FONT,
    BOLD,
    DATE_FORMAT,
    WRAP,
    ID_FILL,
    ID_FONT,
    TITLE_FONT,
    add_table,
    header_row,
    print_setup,
    put,
    unique_headers,
)
from fh_desktop.export.xlsx_dialogue import add_dialogue_sheet
from fh_desktop.export.xlsx_layout import fit_row_heights

APP = enums.APP_TITLE
STEP_SHEETS = dict(enums.STEP_TITLES)  # "Pinnwand", "Checkliste", "Maßnahmenplan" (= ai.SHEET_TITLE)
VALIDATION_ROWS = 500  # drop-downs reach this far below the last action, for new rows


def write_xlsx(data: model.WorkshopData, path: str | os.PathLike[str], *, options: ExportOptions | None = None) -> Path:
    return write_atomically(path, xlsx_writer(data, options or ExportOptions()))


def xlsx_writer(data: model.WorkshopData, options: ExportOptions) -> Callable[[Path], None]:
    """What writes the workbook into a (temporary) file; for ``atomic.write_all``."""

    def write(tmp: Path) -> None:
        options.report(QT_TRANSLATE_NOOP("ExportProgress", "Excel-Datei wird erstellt …"))
        # Into memory first: openpyxl's zip file left open by a full disk would try to
        # finish itself when collected and print a traceback after the one-line message.
        buffer = io.BytesIO()
        build_workbook(data, options).save(buffer)
        with open(tmp, "wb") as fh:
            fh.write(buffer.getbuffer())

    return write


def build_workbook(data: model.WorkshopData, options: ExportOptions) -> Workbook:
    wb = Workbook()
    _default_font(wb)
    wb.properties.title = data.workshop.title or "Workshop"
    wb.properties.creator = f"{APP} {__version__}"
    footer = f"{APP} {__version__} · erstellt am {german_date(options.created)}"
    title = " – ".join(t for t in (data.workshop.title, data.workshop.kommune) if t) or "Workshop"
    actions = wb.active
    actions.title = ai.SHEET_TITLE
    _actions_sheet(actions, data)
    summary = summarize(data, individual=options.individual, anonymous=options.anonymous, seed=options.pseudonym_seed)
    # One sheet per step, named as the step bar names it (the links have a sheet of their own).
    _checklist_sheet(wb.create_sheet(STEP_SHEETS[2]), data, summary)
    _board_sheet(wb.create_sheet(STEP_SHEETS[1]), data)
    if data.board.links:
        _links_sheet(wb.create_sheet("Verbindungen"), data)
    add_dialogue_sheet(wb, data)
    _workshop_sheet(wb.create_sheet("Workshop"), data, options)
    add_over_time_sheet(wb, data)  # only in a follow-up
    for ws in wb.worksheets:
        print_setup(
            ws, title, footer, landscape=ws.title != "Workshop", title_rows="1:1" if ws.title != "Workshop" else None,
            title_cols="A:B" if ws.title == ai.SHEET_TITLE else None,  # Nr. and Maßnahme on every page across
        )
        fit_row_heights(ws)
    _marker_sheet(wb.create_sheet(ai.MARKER_SHEET), data)
    wb.active = 0
    return wb


# --- Maßnahmenplan ---------------------------------------------------------------


def _default_font(wb: Workbook) -> None:
    """Arial for every cell, also those a clerk fills in later (openpyxl's default is
    Calibri, which LibreOffice replaces by a font of other widths, or by a serif)."""
    wb._fonts = IndexedList([BASE_FONT])  # the font of style 0, which empty and new cells use
    normal = next((s for s in wb._named_styles if s.name == "Normal"), None)
    if normal is not None:
        normal.font = BASE_FONT


def _actions_sheet(ws: Worksheet, data: model.WorkshopData) -> None:
    cols = ai.ACTION_COLUMNS
    header_row(ws, 1, [c.header for c in cols], [c.width for c in cols])
    # "QD 4 · 1.7", never a bare "1.7": the reader of the export sees which catalog is meant.
    codes = catalog_format.item_refs(data.checklist.catalog, data.checklist.items)
    cards = {c.id: c.title or f"Karte {c.id}" for c in data.board.cards}
    actions = sorted(data.actions, key=lambda a: (a.position, a.id or 0))
    for r, action in enumerate(actions, start=2):
        for c, col in enumerate(cols, start=1):
            value = _action_value(action, col, codes, cards)
            cell = put(ws, r, c, value, wrap=col.kind not in (ai.DATE, ai.CHOICE, ai.YES_NO, ai.IDENT))
            if col.kind == ai.IDENT:
                cell.fill, cell.font = ID_FILL, ID_FONT
    add_table(ws, "Massnahmenplan", 1, len(cols), len(actions))
    ws.freeze_panes = "C2"
    last = len(actions) + 1 + VALIDATION_ROWS
    # Rows a clerk adds below the plan: dates as dates, long texts wrapped, the same font.
    # The styles are made once in the first of those rows and copied (assigning a style
    # hashes it anew for every cell: 12,500 cells took a second).
    first = len(actions) + 2
    for c, col in enumerate(cols, start=1):
        cell = ws.cell(row=first, column=c)
        cell.font = BASE_FONT
        if col.kind == ai.DATE:
            cell.number_format = DATE_FORMAT
        elif col.kind not in (ai.CHOICE, ai.YES_NO, ai.IDENT):
            cell.alignment = WRAP
        for r in range(first + 1, last + 1):
            ws.cell(row=r, column=c)._style = copy.copy(cell._style)
    letter = {c.field: get_column_letter(i) for i, c in enumerate(cols, start=1)}
    lists = {name: [labels[c] for c in codes_] for name, (codes_, labels, _default) in ai.CHOICES.items()}
    lists |= {c.field: [ai.YES, ai.NO] for c in cols if c.kind == ai.YES_NO}
    for name, values in lists.items():
        may_be_empty = ai.CHOICES.get(name, ((), {}, None))[2] == ""
        dv = DataValidation(
            type="list",
            formula1='"' + ",".join(values) + '"',
            allow_blank=name not in ai.REQUIRED,
            showErrorMessage=True,
            errorTitle=ai.COLUMNS_BY_FIELD[name].header,
            error="Bitte einen Wert aus der Liste wählen" + (" oder die Zelle leer lassen." if may_be_empty else "."),
        )
        dv.add(f"{letter[name]}2:{letter[name]}{last}")
        ws.add_data_validation(dv)
    dates = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="36526",  # 01.01.2000: anything a person types as a date passes
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Datum",
        error="Bitte ein Datum eingeben (TT.MM.JJJJ).",
    )
    dates.add(f"{letter['start']}2:{letter['due']}{last}")
    dates.add(f"{letter['review_on']}2:{letter['review_on']}{last}")
    ws.add_data_validation(dates)
    # The id ties a row to its action: typing into the column is refused, clearing is not
    # (a row without Nr. is a new action); sorting and filtering move it with its row.
    ident = DataValidation(
        type="custom",
        formula1="FALSE",
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorTitle="Nr. nicht ändern",
        error="Die Nr. verbindet die Zeile mit der Maßnahme im Workshop. Für neue Maßnahmen bleibt sie leer.",
        promptTitle="Nr.",
        prompt="Nicht ändern. Neue Maßnahmen ohne Nr. eintragen.",
    )
    ident.add(f"{letter['id']}2:{letter['id']}{last}")
    ws.add_data_validation(ident)
    ws[f"{letter['id']}1"].comment = Comment(
        "Die Nr. verbindet jede Zeile mit ihrer Maßnahme in der Workshop-Datei, auch nach dem "
        "Sortieren oder Filtern. Bitte nicht ändern. Neue Maßnahmen in einer neuen Zeile ohne Nr. "
        "eintragen. Die Spalten „Bezug …“ werden beim Übernehmen nicht ausgewertet.",
        APP,
        width=320,
        height=130,
    )


def _action_value(action: model.Action, col: ai.Column, codes: dict, cards: dict) -> object:
    if col.field == "item_ids":
        return ", ".join(codes[i] for i in action.item_ids if i in codes)
    if col.field == "card_ids":
        return "; ".join(cards[i] for i in action.card_ids if i in cards)
    if col.field == "origin":
        return origin_label(action)
    value = getattr(action, col.field)
    if col.kind == ai.CHOICE:
        return ai.CHOICES[col.field][1].get(value, value)
    if col.kind == ai.YES_NO:
        return ai.YES_NO_LABELS[bool(value)]
    return value


def _marker_sheet(ws: Worksheet, data: model.WorkshopData) -> None:
    """Very hidden: what the import compares against (see ``domain.action_import``)."""
    ws.sheet_state = "veryHidden"
    for c, value in enumerate((ai.MARKER, ai.MARKER_VERSION, __version__), start=1):
        put(ws, 1, c, value, wrap=False)
    date = data.workshop.date.isoformat() if data.workshop.date else ""
    for c, value in enumerate(("Workshop", data.workshop.title, data.workshop.kommune, date), start=1):
        put(ws, 2, c, value, wrap=False)
    fields = ("id", *ai.IMPORTED_FIELDS)
    for c, name in enumerate(fields, start=1):
        put(ws, 3, c, name, wrap=False)
    for r, action in enumerate(data.actions, start=4):
        for c, name in enumerate(fields, start=1):
            col = ai.COLUMNS_BY_FIELD[name]
            put(ws, r, c, _action_value(action, col, {}, {}), wrap=False)


# --- Checkliste ------------------------------------------------------------------


def _checklist_sheet(ws: Worksheet, data: model.WorkshopData, summary: ChecklistSummary) -> None:
    many_rounds = len(list(summary.rounds)) > 1
    fixed = ["Code", "Thema", "Aussage"]
    widths = [8, 22, 60]
    if many_rounds:
        fixed.append("Verteilung aus Runde")  # the last round that asked the item
        widths.append(12)
    fixed += [scales.LABELS[v] for v in summary.scale]
    widths += [11] * len(summary.scale)
    fixed += ["Antworten", "Uneinigkeit", "Gemeinsame Einschätzung", "Handlungsbedarf", "Notiz"]
    widths += [11, 12, 16, 14, 40]
    headers = unique_headers(fixed + [p.label for p in summary.people])
    header_row(ws, 1, headers, widths + [14] * len(summary.people))
    for r, result in enumerate(summary.items, start=2):
        item, latest, joint = result.item, result.latest, result.joint
        row: list[object] = [item.code, item.topic, item.statement]
        if many_rounds:
            row.append(latest.number if latest else None)
        row += [latest.distribution.get(v, 0) if latest else 0 for v in summary.scale]
        row += [latest.total if latest else 0, round(result.disagreement, 2) if latest and latest.total else None]
        row += [
            scales.LABELS.get(joint.value, "") if joint and joint.value else "",
            "ja" if joint and joint.needs_action else "",
            joint.note if joint else "",
        ]
        for c, value in enumerate(row, start=1):
            cell = put(ws, r, c, value, wrap=c <= 3 or c == len(row))
            if headers[c - 1] == "Uneinigkeit":
                cell.number_format = "0 %"
        for c, person in enumerate(summary.people, start=len(row) + 1):
            value = person.answers.get(result.item_id)
            cell = put(ws, r, c, scales.LABELS.get(value, "") if value else "", wrap=False)
            if value:
                cell.fill = PatternFill("solid", fgColor=ANSWER_FILLS[value].lstrip("#").upper())
    add_table(ws, "Checkliste", 1, len(headers), len(summary.items))
    ws.freeze_panes = "D2"
    if summary.people and summary.ticks:
        row_no = max(len(summary.items), 1) + 4
        put(ws, row_no, 1, "Häkchen je Person (Runde 1): Wie viele Aussagen trafen aus Ihrer Sicht zu?", wrap=False).font = BOLD
        for n, (label, count) in enumerate(summary.ticks, start=row_no + 1):
            put(ws, n, 2, label, wrap=False)
            put(ws, n, 3, count, wrap=False).alignment = Alignment(horizontal="left")


# --- Akteure (Pinnwand) ----------------------------------------------------------


def _board_sheet(ws: Worksheet, data: model.WorkshopData) -> None:
    board = data.board
    degree = board_rows.link_counts(board)
    dots = board_rows.dot_counts(board)
    zones = board_rows.card_zones(board)
    headers = ["Nr.", "Zone", "Titel", "Art", "Text", "Planungsbereich", "Einfluss (0–3)", "Klebepunkte", "Verbindungen"]
    # "Art" as wide as its longest label: "Planungsgrundlage" was cut by the text beside it.
    kind_width = max(12, *(len(label) + 2 for label in enums.CardKind.LABELS.values()))
    header_row(ws, 1, headers, [7, 24, 30, kind_width, 50, 22, 10, 18, 13])
    cards = board_rows.cards_in_order(board, zones)  # zone by zone, as the PDF lists them
    for r, card in enumerate(cards, start=2):
        row = [
            card.id,
            board_rows.zone_names(zones.get(card.id or -1, [])),
            card.title,
            enums.CardKind.LABELS.get(card.kind, card.kind),
            card.text,
            enums.PlanningArea.LABELS.get(card.area, card.area),
            card.influence,
            board_rows.dots_text(dots.get(card.id or -1)),
            degree.get(card.id or -1, 0),
        ]
        for c, value in enumerate(row, start=1):
            put(ws, r, c, value, wrap=c in (2, 3, 5, 8))
        ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=area_color(card.area).lstrip("#").upper())
    add_table(ws, "Karten", 1, len(headers), len(cards))
    ws.freeze_panes = "A2"


def _links_sheet(ws: Worksheet, data: model.WorkshopData) -> None:
    """The links on a sheet of their own: their own column widths and print titles."""
    board = data.board
    titles = board_rows.card_titles(board)
    link_headers = ["Von", "Richtung", "Nach", "Art der Verbindung", "Beschriftung"]
    header_row(ws, 1, link_headers, [34, 10, 34, 22, 44])
    centred = Alignment(horizontal="center", vertical="top")
    for r, link in enumerate(board.links, start=2):
        row = [
            titles.get(link.source_id, "?"),
            board_rows.ARROWS.get(link.direction, ""),
            titles.get(link.target_id, "?"),
            enums.LinkKind.LABELS.get(link.kind, link.kind),
            link.label,
        ]
        for c, value in enumerate(row, start=1):
            cell = put(ws, r, c, value, wrap=c != 2)
            if c == 2:
                cell.alignment = centred
    add_table(ws, "Verbindungen", 1, len(link_headers), len(board.links))
    ws.freeze_panes = "A2"


# --- Workshop ---------------------------------------------------------------------


def _workshop_sheet(ws: Worksheet, data: model.WorkshopData, options: ExportOptions) -> None:
    w = data.workshop
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 30
    put(ws, 1, 1, "Workshop-Dokumentation", wrap=False).font = TITLE_FONT
    facts: list[tuple[str, object]] = [
        ("Titel", w.title),
        ("Kommune", w.kommune),
        ("Datum", w.date),
        ("Ort", w.place),
        ("Moderation", w.moderator),
        ("Notizen", w.notes),
        ("Checkliste", data.checklist.catalog.title),
        ("Quelle der Checkliste", data.checklist.catalog.source),
        ("Einzelantworten", _individual_text(options)),
        ("Erstellt am", options.created),
        ("Erstellt mit", f"{APP} {__version__}"),
    ]
    row = 3
    for label, value in facts:
        put(ws, row, 1, label, wrap=False).font = BOLD
        cell = put(ws, row, 2, value)
        if hasattr(value, "year"):
            cell.alignment = Alignment(horizontal="left", vertical="top")
        row += 1
    row += 1
    put(ws, row, 1, "Ablauf", wrap=False).font = TITLE_FONT
    row += 1
    header_row(ws, row, ["Schritt", "geplant (Minuten)", "genutzt (Minuten)", "Status"])
    for step in sorted(data.steps, key=lambda s: s.step):
        row += 1
        values = [
            enums.step_heading(step.step, catalog_title=data.checklist.catalog.title)
            if step.step in enums.STEP_TITLES
            else str(step.step),
            step.planned_minutes,
            round(step.elapsed_seconds / 60),
            enums.StepStatus.LABELS.get(step.status, step.status),
        ]
        for c, value in enumerate(values, start=1):
            put(ws, row, c, value, wrap=False).alignment = Alignment(horizontal="left")
    row += 2
    put(ws, row, 1, "Teilnehmende", wrap=False).font = TITLE_FONT
    row += 1
    first = row
    ws.column_dimensions["D"].width = 14
    header_row(ws, row, ["Name", "Fachbereich / Funktion", "Teilnahme"])
    people = sorted(data.participants, key=lambda p: (p.position, p.id or 0))
    for p in people:
        row += 1
        put(ws, row, 1, p.name)
        put(ws, row, 2, p.role)
        put(ws, row, 3, "beobachtend (ohne Einschätzung)" if p.is_observer else "teilnehmend")
    add_table(ws, "Teilnehmende", first, 3, len(people))


def _individual_text(options: ExportOptions) -> str:
    if not options.individual:
        return "nicht enthalten"
    return "enthalten, anonymisiert (Person 1, 2 … in zufälliger Reihenfolge)" if options.anonymous else "enthalten, mit Namen"
