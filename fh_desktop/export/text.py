"""Turning user text into something an export prints literally.

Everything a person typed reaches the PDF as escaped text (never markup) and the
Excel file as text cells (never formulas). Dates are German (``TT.MM.JJJJ``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Collection

# Control characters are invalid in XML (xlsx) and make no sense on paper; \t and \n stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A cell starting with one of these is read as a formula (or DDE payload) by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
PLACEHOLDER = "\ufffd"  # "�": visible, so a missing glyph is noticed rather than silently lost

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip


def german_date(value: dt.date | None, empty: str = "") -> str:
    return value.strftime("%d.%m.%Y") if value is not None else empty


def german_date_long(value: dt.date | None, empty: str = "") -> str:
    if value is None:
        return empty
    return f"{value.day}. {MONTHS[value.month - 1]} {value.year}"


def clean(text: str | None) -> str:
    """Line ends unified to ``\\n``, control characters dropped."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# --- PDF ---------------------------------------------------------------------


# Hebrew, Arabic (with Syriac, Thaana, N'Ko ...) and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def visual(text: str) -> str:
    """Right-to-left text in the order it is drawn, Arabic letters joined (shaped).

    A PDF draws glyphs left to right as given; reportlab reorders only with extras not
    installed here. So each line that holds Hebrew or Arabic is reordered by the Unicode
    bidi algorithm (python-bidi) after Arabic letters got their joined forms
    (arabic-reshaper). Lines without such letters stay as they are."""
    if not _RTL.search(text):
        return text
    try:
        import arabic_reshaper
        from bidi import get_display
    except ImportError:  # a broken installation: letters in typed order, still readable
        return text
    return "\n".join(get_display(arabic_reshaper.reshape(line)) if _RTL.search(line) else line for line in text.split("\n"))


def printable(text: str, covered: Collection[int]) -> str:
    """``text`` with every character the font cannot draw replaced by a placeholder.

    Invisible format characters (zero-width joiner, variation selectors, soft hyphen)
    are dropped instead: they carry no letter of their own. Right-to-left lines come
    in drawing order (``visual``).
    """
    text = visual(text)
    out = []
    for ch in text:
        if ord(ch) in covered or ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append("    ")
        elif unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F:
            continue
        else:
            out.append(PLACEHOLDER)
    return "".join(out)


def escape_markup(text: str) -> str:
    """reportlab's paragraph markup is XML-like: ``&``, ``<`` and ``>`` must be entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_text(text: str | None, covered: Collection[int]) -> str:
    """User text as paragraph markup that prints exactly this text (line breaks kept)."""
    return escape_markup(printable(clean(text), covered)).replace("\n", "<br/>")


def shorten(text: str, limit: int) -> tuple[str, bool]:
    """``text`` cut at a word boundary near ``limit`` characters; True when it was cut."""
    if len(text) <= limit:
        return text, False
    cut = text.rfind(" ", int(limit * 0.8), limit)
    return text[: cut if cut > 0 else limit].rstrip() + " …", True


# --- Excel -------------------------------------------------------------------


def excel_text(text: str | None) -> tuple[str, bool]:
    """Text for a cell and whether it must be guarded as text (it looks like a formula).

    The cell limit of spreadsheet programs is 32,767 characters; longer text is cut
    with a visible mark rather than making the file unreadable.
    """
    value = _CONTROL.sub("", text or "")
    if len(value) > EXCEL_CELL_LIMIT:
        value = value[: EXCEL_CELL_LIMIT - 20] + " … [gekürzt]"
    return value, value.startswith(FORMULA_STARTS)


def excel_header_footer(text: str) -> str:
    """Literal text inside an Excel page header/footer, where ``&`` starts a code."""
    return _CONTROL.sub("", text).replace("\n", " ").replace("&", "&&")
