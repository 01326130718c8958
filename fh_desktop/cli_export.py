"""Headless exports and the re-import of an edited action plan (registered in ``cli``).

``fh-desktop export FILE --xlsx OUT.xlsx --pdf OUT.pdf --report OUT.docx [--paper a3] [--individual] [--anonymous]``
``fh-desktop import-actions FILE IN.xlsx [--dry-run] [--force]``
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from pathlib import Path

from fh_desktop.cli import PROG, command
from fh_desktop.domain.errors import ValidationError

EXIT_USAGE = 2


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="Workshop-Datei (.fhw)")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="Excel-Arbeitsmappe schreiben")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="PDF-Dokumentation schreiben")
    p.add_argument("--report", type=Path, metavar="OUT.docx",
                   help="Kurzbericht für Ausschuss oder Kreistag schreiben (Word, ohne personenbezogene Daten)")  # fmt: skip
    p.add_argument("--paper", choices=("a4", "a3"), default="a4", help="Papierformat der Pinnwand-Seiten im PDF (Standard: a4)")
    p.add_argument("--individual", action="store_true", help="Einzelantworten der Checkliste mit Namen aufnehmen")
    p.add_argument(
        "--anonymous", action="store_true", help="Einzelantworten anonymisiert aufnehmen (Person 1, 2 …)"
    )


@command("export", "den Workshop als Excel-Arbeitsmappe, PDF-Dokumentation und/oder Kurzbericht exportieren", _export_args)
def cmd_export(args: argparse.Namespace) -> int:
    from fh_desktop.export.bundle import export_files
    from fh_desktop.export.options import ExportOptions
    from fh_desktop.store.workshop_file import WorkshopFile

    jobs = [(kind, path) for kind, path in (("xlsx", args.xlsx), ("pdf", args.pdf), ("docx", args.report)) if path is not None]
    if not jobs:
        print(f"{PROG} export: Fehler: bitte --xlsx OUT.xlsx, --pdf OUT.pdf und/oder --report OUT.docx angeben", file=sys.stderr)
        return EXIT_USAGE
    source = args.file.resolve()
    targets = [path.resolve() for _kind, path in jobs]
    if source in targets or len(set(targets)) < len(targets):
        raise ValidationError("Die Ausgabedateien müssen sich von der Workshop-Datei und voneinander unterscheiden.")
    with WorkshopFile.open(args.file) as wf:
        data = wf.snapshots.snapshot()
    # --anonymous alone means: individual answers, but without names.
    options = ExportOptions(individual=args.individual or args.anonymous, anonymous=args.anonymous, paper=args.paper)
    # A termination signal ends the export like Ctrl+C: the temporary files are removed.
    previous = None
    with contextlib.suppress(ValueError):  # only the main thread may set it
        previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        export_files(data, jobs, options)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    names = {"xlsx": "Excel-Datei", "pdf": "PDF-Datei", "docx": "Kurzbericht"}
    for kind, path in jobs:
        print(f"{names[kind]} geschrieben: {path}")
    return 0


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, help="Workshop-Datei (.fhw)")
    p.add_argument("xlsx", type=Path, metavar="IN.xlsx", help="bearbeitete Excel-Arbeitsmappe (Blatt „Maßnahmenplan“)")
    p.add_argument("--dry-run", action="store_true", help="nur anzeigen, was sich ändern würde")
    p.add_argument("--force", action="store_true", help="auch übernehmen, wenn die Datei aus einem anderen Workshop stammt")


@command("import-actions", "Änderungen am Maßnahmenplan aus einer bearbeiteten Excel-Datei übernehmen", _import_args)
def cmd_import_actions(args: argparse.Namespace) -> int:
    from fh_desktop.domain.action_import import describe
    from fh_desktop.export.xlsx_import import read_action_sheet
    from fh_desktop.store.workshop_file import WorkshopFile

    sheet = read_action_sheet(args.xlsx)
    with WorkshopFile.open(args.file) as wf:
        plan = wf.action_import.preview(sheet)
        for warning in plan.warnings:
            print(f"Hinweis: {warning}")
        if plan.foreign and not args.force:
            raise ValidationError(
                "„{path}“ stammt offenbar aus einem anderen Workshop; nichts wurde geändert "
                "(mit --force trotzdem übernehmen).",
                path=args.xlsx.name,
            )
        if not plan.ok:
            for problem in plan.problems:
                print(problem)
            rows = len({p.row for p in plan.problems})
            raise ValidationError(
                "{count} Zeile(n) in „{path}“ können nicht übernommen werden (siehe oben); nichts wurde geändert.",
                count=rows,
                path=args.xlsx.name,
            )
        for change in plan.changes:
            print(describe(change))
        if not plan.changes:
            print("Keine Änderungen gegenüber dem Workshop.")
            return 0
        summary = f"{len(plan.updated)} Maßnahme(n) geändert, {len(plan.added)} neu"
        if args.dry_run:
            print(f"Probelauf: {summary}; nichts wurde geändert.")
            return 0
        wf.action_import.apply(sheet, expected=plan)
    print(f"Übernommen: {summary}.")
    return 0
