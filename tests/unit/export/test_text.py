"""Escaping and neutralising user text, German dates."""

from __future__ import annotations

import datetime as dt

import pytest

from fh_desktop.export.text import PLACEHOLDER, excel_header_footer, excel_text, german_date, german_date_long, pdf_text, printable

LATIN = frozenset(range(32, 0x250))


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("A & B", "A &amp; B"),
        ("&amp;", "&amp;amp;"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("eins\nzwei\r\ndrei", "eins<br/>zwei<br/>drei"),
        ("nul\x00bell\x07", "nulbell"),
    ],
)
def test_pdf_text_escapes_markup(text, markup):
    assert pdf_text(text, LATIN) == markup


def test_missing_glyphs_become_a_visible_placeholder_and_invisible_marks_vanish():
    assert printable("Daumen 👍 中", LATIN) == f"Daumen {PLACEHOLDER} {PLACEHOLDER}"
    assert printable("a\u200db\ufe0fc", LATIN) == "abc"


@pytest.mark.parametrize("text", ["=SUM(A1)", "+49 30", "-", "@x", "\tTab", "\rCR"])
def test_formula_like_text_is_guarded(text):
    value, guard = excel_text(text)
    assert value == text and guard


@pytest.mark.parametrize("text", ["Summe = 3", "a+b", "", "Größe"])
def test_ordinary_text_is_not_guarded(text):
    assert excel_text(text) == (text, False)


def test_excel_text_drops_control_characters_and_respects_the_cell_limit():
    assert excel_text("a\x01b\x1fc")[0] == "abc"
    value, _ = excel_text("x" * 40_000)
    assert len(value) <= 32_767 and value.endswith("[gekürzt]")


def test_header_footer_ampersand_is_literal():
    assert excel_header_footer("Kita & Co\nneu") == "Kita && Co neu"


def test_german_dates():
    assert german_date(dt.date(2027, 3, 5)) == "05.03.2027"
    assert german_date(None, "–") == "–"
    assert german_date_long(dt.date(2026, 11, 26)) == "26. November 2026"
    assert german_date_long(dt.date(2026, 3, 1)) == "1. März 2026"


def test_right_to_left_names_come_in_drawing_order_with_joined_letters(tmp_path, rich):
    import dataclasses

    from pypdf import PdfReader

    from fh_desktop.domain import model
    from fh_desktop.export.pdf import write_pdf
    from fh_desktop.export.text import visual

    arabic, hebrew = "سلمى الخطيب", "דנה כהן"
    people = [*rich.participants, model.Participant(20, arabic, "Familienhebamme", False, 20),
              model.Participant(21, hebrew, "Kita-Fachberatung", False, 21)]  # fmt: skip
    path = tmp_path / "bericht.pdf"
    write_pdf(dataclasses.replace(rich, participants=people), path)
    cover = PdfReader(str(path)).pages[0].extract_text() + PdfReader(str(path)).pages[1].extract_text()
    # pypdf gives text back in reading order; the drawing order is what ``pdf_text`` made.
    from fh_desktop.export.fonts import pdf_fonts
    from fh_desktop.export.text import pdf_text

    assert pdf_text(hebrew, pdf_fonts().covered) == "ןהכ הנד"  # drawn from the right
    assert hebrew in cover
    shaped = visual(arabic)
    assert shaped[::-1] in cover and all(0xFE70 <= ord(c) <= 0xFEFC for c in shaped if c != " ")
    assert not any(0x0621 <= ord(c) <= 0x064A for c in cover)  # no isolated base letters left
    assert visual("Jugendamt Lindenau") == "Jugendamt Lindenau"
