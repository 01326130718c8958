"""Column widths of the action plan follow its content."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from fh_desktop.export.fonts import pdf_fonts
from fh_desktop.export.pdf_styles import Styles
from fh_desktop.export.pdf_widths import PADDING, fit_widths

TOTAL = 700.0


def table(description: str) -> list[list[object]]:
    st = Styles(pdf_fonts())
    head = [st.markup(t, st.head) for t in ("Nr.", "Maßnahme", "Beschreibung", "Verantwortlich")]
    rows = [head]
    for i in range(1, 30):
        rows.append([st.para(str(i), st.cell), [st.para("Planungsrunde einrichten", st.cell_bold)],
                     st.para(description, st.cell), st.para("Netzwerkkoordination (Selin Yıldız)", st.cell_bold)])  # fmt: skip
    return rows


def test_widths_fill_the_page_and_never_break_a_name():
    widths = fit_widths(table("Kurz."), TOTAL)
    assert abs(sum(widths) - TOTAL) < 1e-6
    fonts = pdf_fonts()
    assert widths[3] >= stringWidth("Netzwerkkoordination", fonts.bold, 8) + PADDING
    assert widths[0] < 40  # a number column stays narrow


def test_the_column_with_the_most_text_gets_the_most_room():
    short = fit_widths(table("Kurz."), TOTAL)
    long = fit_widths(table("Quartalsweise Planungsrunde mit fester Tagesordnung und Protokoll. " * 6), TOTAL)
    assert long[2] > short[2] and long[2] == max(long)


def test_words_wider_than_the_page_do_not_take_it_all():
    st = Styles(pdf_fonts())
    rows = [[st.para("A"), st.para("B")], [st.para("x" * 400), st.para("y" * 400)]]
    widths = fit_widths(rows, TOTAL)
    assert abs(sum(widths) - TOTAL) < 1e-6 and min(widths) > 0.2 * TOTAL
