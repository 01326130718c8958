"""Headless commands of the planning cycle (registered in ``cli``).

``fh-desktop follow-up PREVIOUS.fhw NEW.fhw [--date YYYY-MM-DD] [--title TEXT] [--without-participants]``
``fh-desktop compare FILE... --xlsx OUT.xlsx [--pdf OUT.pdf] [--with-earlier] [--strict]``
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from fh_desktop.cli import command


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"kein Datum im Format JJJJ-MM-TT: {text!r}") from None


def _follow_up_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("previous", type=Path, metavar="PREVIOUS.fhw", help="der bisherige Workshop")
    p.add_argument("new", type=Path, metavar="NEW.fhw", help="die neue Workshop-Datei")
    p.add_argument("--date", type=_date, help="Datum des Folgeworkshops (JJJJ-MM-TT; Standard: heute)")
    p.add_argument("--title", help="Titel des Folgeworkshops (Standard: der bisherige)")
    p.add_argument(
        "--without-participants", action="store_true", help="die Teilnehmendenliste nicht übernehmen"
    )
    p.add_argument("--force", action="store_true", help="vorhandene Datei ersetzen")


@command("follow-up", "einen Folgeworkshop aus einem bisherigen Workshop anlegen", _follow_up_args)
def cmd_follow_up(args: argparse.Namespace) -> int:
    from fh_desktop.store.services.cycle import create_follow_up

    create_follow_up(
        args.previous,
        args.new,
        date=args.date,
        title=args.title,
        participant_ids=() if args.without_participants else None,
        overwrite=args.force,
    )
    print(f"Folgeworkshop angelegt: {args.new}")
    return 0


def _compare_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", type=Path, nargs="+", metavar="FILE", help="Workshop-Dateien (.fhw) derselben Checkliste")
    p.add_argument("--xlsx", type=Path, required=True, metavar="OUT.xlsx", help="Excel-Arbeitsmappe mit der Matrix")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="zusätzlich ein PDF")
    p.add_argument(
        "--with-earlier",
        action="store_true",
        help="auch die früheren Workshops aufnehmen, deren Ergebnisse ein Folgeworkshop mitführt",
    )
    p.add_argument(
        "--strict", action="store_true", help="abbrechen statt weglassen, wenn ein Workshop eine andere Checkliste nutzt"
    )


@command("compare", "mehrere Workshops derselben Checkliste nebeneinanderstellen (ohne Einzelantworten)", _compare_args)
def cmd_compare(args: argparse.Namespace) -> int:
    import sys

    from fh_desktop.domain import compare
    from fh_desktop.domain.errors import ValidationError
    from fh_desktop.export.pdf_compare import write_compare_pdf
    from fh_desktop.export.xlsx_compare import write_compare_xlsx
    from fh_desktop.store.workshop_file import WorkshopFile

    workshops = []
    for path in args.files:
        with WorkshopFile.open(path) as wf:
            workshops.append(wf.snapshots.snapshot())
    if args.with_earlier:
        sources = compare.sources_with_earlier(workshops)
    else:
        sources = [compare.source_of(data) for data in workshops]
    matrix = compare.build_matrix(sources)
    if matrix.excluded and args.strict:
        raise ValidationError("Nicht vergleichbar: {detail}", detail="; ".join(map(str, matrix.excluded)))
    for line in matrix.excluded + matrix.notes:
        print(f"Hinweis: {line}", file=sys.stderr)
    write_compare_xlsx(matrix, args.xlsx)
    print(f"Vergleich geschrieben: {args.xlsx}")
    if args.pdf:
        write_compare_pdf(matrix, args.pdf)
        print(f"Vergleich geschrieben: {args.pdf}")
    return 0
