"""Reading exports back the way the administration's programs would."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdf_flat(path: Path) -> str:
    """The text with line breaks and repeated spaces removed (table cells wrap words)."""
    return " ".join(pdf_text(path).split())


def sheet_xml(path: Path, index: int) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")
