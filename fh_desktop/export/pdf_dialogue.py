"""Section 4 of the PDF report: the Gesprächsleitfaden with the notes taken in the workshop."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

from fh_desktop.export.dialogue import TITLE, dialogue_questions, source, step_title
from fh_desktop.export.pdf_sections import Context, heading
from fh_desktop.export.pdf_styles import grid_table


def dialogue_section(ctx: Context) -> list:
    questions = dialogue_questions(ctx.data)
    if not questions:
        return []
    st = ctx.styles
    story: list = [NextPageTemplate("portrait"), PageBreak(), heading(ctx, f"4 {TITLE}")]
    if src := source():
        story.append(st.para(f"Quelle: {src}", st.small))
    noted = sum(1 for q in questions if q.note.strip())
    story += [st.para(f"{len(questions)} Fragen, zu {noted} davon Notizen aus dem Workshop.", st.small), Spacer(1, 2 * mm)]
    step = None
    rows: list[list[object]] = []

    def flush() -> None:
        if rows:
            story.append(grid_table([[st.markup("Nr.", st.head), st.markup("Frage und Notiz", st.head)], *rows],
                                    [0.08 * ctx.width, 0.92 * ctx.width], zebra=False, split_in_row=ctx.split_rows))  # fmt: skip

    for n, q in enumerate(questions, start=1):
        if q.step != step:
            flush()
            rows = []
            step = q.step
            story.append(st.para(step_title(q.step), st.h3))
        note = (
            st.markup("<b>Notiz:</b> " + ctx.long_texts.cell(st, q.note, f"Notiz zu Frage {n}"), st.cell)
            if q.note.strip()
            else st.markup("<i>keine Notiz</i>", st.muted)
        )
        rows.append([st.para(str(n), st.cell_bold), [st.para(q.text, st.cell_bold), Spacer(1, 2), note]])
    flush()
    return story
