"""One export of several files (Excel, PDF, short report) written as one unit."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from fh_desktop.domain import model
from fh_desktop.export.atomic import write_all
from fh_desktop.export.options import ExportOptions



def export_files(data: model.WorkshopData, jobs: Sequence[tuple[str, str | os.PathLike[str]]], options: ExportOptions) -> list[Path]:
    """Write each (kind, path) of ``jobs``: all targets are checked first, all files are
    made, and only then are they put in place together, so an export pair never mixes a
    new workbook with an old PDF (their pseudonyms would no longer match)."""
    from fh_desktop.export.docx_report import report_writer
    from fh_desktop.export.pdf import pdf_writer
    from fh_desktop.export.xlsx import xlsx_writer

    writers: dict[str, Callable[[model.WorkshopData, ExportOptions], Callable[[Path], None]]] = {
        "xlsx": xlsx_writer, "pdf": pdf_writer, "docx": report_writer,
    }  # fmt: skip
    return write_all([(path, writers[kind](data, options)) for kind, path in jobs])
