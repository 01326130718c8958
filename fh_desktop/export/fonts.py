"""The TrueType font embedded in every PDF, and which characters it can draw.

DejaVu Sans (``resources/fonts``, Bitstream Vera licence) covers Latin, Greek,
Cyrillic and many symbols, i.e. everything a German municipal workshop types,
including Turkish and Polish names. Characters it lacks are printed as a visible
placeholder (``text.printable``). Should the font files be missing from a broken
installation, the PDF still comes out with reportlab's built-in Helvetica.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFError

from fh_desktop import resources

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    covered: frozenset[int]  # code points both faces can draw
    embedded: bool


@lru_cache(maxsize=1)
def pdf_fonts() -> FontSet:
    try:
        regular = TTFont("FHSans", str(resources.path("fonts", REGULAR_FILE)))
        bold = TTFont("FHSans-Bold", str(resources.path("fonts", BOLD_FILE)))
    except (OSError, TTFError):
        return _builtin()
    for font in (regular, bold):
        pdfmetrics.registerFont(font)
    _family("FHSans", "FHSans-Bold")
    # Only the Basic Multilingual Plane: reportlab writes the text map of astral characters
    # (most emoji) wrongly, so they could not be searched or copied from the PDF.
    covered = frozenset(c for c in regular.face.charToGlyph if c <= 0xFFFF) & frozenset(bold.face.charToGlyph)
    return FontSet("FHSans", "FHSans-Bold", covered, embedded=True)


def _builtin() -> FontSet:
    covered = set()
    for code in range(32, 256):
        try:
            covered.add(ord(bytes([code]).decode("cp1252")))
        except UnicodeDecodeError:
            continue
    return FontSet("Helvetica", "Helvetica-Bold", frozenset(covered), embedded=False)


def _family(regular: str, bold: str) -> None:
    # <b> in our own markup picks the bold face; italics fall back to upright.
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, regular)
    addMapping(regular, 1, 1, bold)
