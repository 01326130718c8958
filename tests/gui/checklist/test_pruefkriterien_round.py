"""A Prüfkriterien round with graded, frequency and open items, played through the window and exported."""

from __future__ import annotations

from openpyxl import load_workbook

from fh_desktop.export.pdf import write_pdf
from fh_desktop.export.xlsx import write_xlsx
from fh_desktop.store.services.checklist import shipped_catalogs
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.checklist import page as checklist_page
from tests.gui.checklist.helpers import NAMES, click, open_page, start_round
from tests.gui.keyboard import type_text
from tests.unit.export.helpers import pdf_flat

CODES = ["4.1.1", "4.1.3", "4.2.4", "4.2.2"]  # graded, frequency, open, frequency


def make_pk_workshop(path):
    with WorkshopFile.create(path) as wf:
        for name in NAMES[:3]:
            wf.meta.add_participant(name, "Planung")
        pk = next(c for c in shipped_catalogs() if c.catalog.key == "pruefkriterien")
        wf.checklist.set_catalog(pk.catalog, [i for i in pk.items if i.code in CODES], pk.dialogue)
    return path


def answer(qtbot, page, participant_id, values):
    click(qtbot, page.round_view.name_buttons[participant_id])
    view = page.answer_view
    rows = {row.item.code: row for row in view.rows}
    assert not rows["4.2.4"].buttons  # the open question is a prompt, not a scale
    assert view.findChild(type(view.who), f"openPrompt{rows['4.2.4'].item.id}") is not None
    for code, value in values.items():
        click(qtbot, rows[code].buttons[value])
    click(qtbot, view.confirm_button)
    click(qtbot, page.handover_view.next_button)


def test_graded_frequency_and_open_items_through_round_reveal_joint_and_export(qtbot, tmp_path):
    path = make_pk_workshop(tmp_path / "pk.fhw")
    window, page = open_page(qtbot, path)
    wf = window.wf
    items = {i.code: i for i in wf.checklist.items()}
    people = wf.meta.participants()

    start_round(qtbot, page)
    first = page.answer_view
    click(qtbot, page.round_view.name_buttons[people[0].id])
    rows = {row.item.code: row for row in first.rows}
    # Each item offers its own scale, in button order (key 1 = the first).
    assert list(rows["4.1.1"].buttons) == ["high", "medium", "low", "none", "unknown"]
    assert rows["4.1.1"].buttons["high"].text() == "weitgehend"
    assert list(rows["4.1.3"].buttons)[:4] == ["regular", "sometimes", "rarely", "never"]
    assert rows["4.1.3"].buttons["regular"].text() == "regelmäßig"
    assert "passende Stufe" in first.instruction.text()
    click(qtbot, rows["4.1.1"].buttons["high"])
    click(qtbot, rows["4.1.3"].buttons["regular"])
    assert not first.confirm_button.isEnabled()  # 4.2.2 still open; 4.2.4 needs no answer
    click(qtbot, rows["4.2.2"].buttons["sometimes"])
    click(qtbot, first.confirm_button)
    click(qtbot, page.handover_view.next_button)
    answer(qtbot, page, people[1].id, {"4.1.1": "none", "4.1.3": "regular", "4.2.2": "sometimes"})
    answer(qtbot, page, people[2].id, {"4.1.1": "high", "4.1.3": "regular", "4.2.2": "unknown"})

    rnd = wf.checklist.rounds()[0]
    stored = {(a.participant_id, a.item_id): a.value for a in wf.checklist.answers(rnd.id)}
    assert stored[(people[1].id, items["4.1.1"].id)] == "none"
    assert not any(item == items["4.2.4"].id for _, item in stored)

    click(qtbot, page.round_view.reveal_button)
    result = page.reveal_view.rows
    dist = result[items["4.1.1"].id].bar_widgets[0].distribution()
    assert (dist["high"], dist["none"]) == (2, 1)
    assert "weitgehend: 2" in result[items["4.1.1"].id].bar_widgets[0].accessibleDescription()
    # 2 × highest against 1 × lowest on a four-level scale: the greatest disagreement.
    assert "badgeDisagree" in result[items["4.1.1"].id].badge_names
    assert result[items["4.1.3"].id].badge_names == []
    assert result[items["4.2.4"].id].badge_names == ["badgeOpen"]

    click(qtbot, page.mode_buttons[checklist_page.MODE_JOINT])
    joint = page.joint_view.rows
    assert list(joint[items["4.1.1"].id].value_buttons)[:4] == ["high", "medium", "low", "none"]
    assert joint[items["4.2.4"].id].value_buttons == {}
    click(qtbot, joint[items["4.1.1"].id].value_buttons["medium"])
    type_text(qtbot, joint[items["4.2.4"].id].note_edit, "Über die Netzwerkkonferenz, einmal jährlich")
    qtbot.waitUntil(lambda: any(j.note for j in wf.checklist.joint()))
    noted = {j.item_id: j for j in wf.checklist.joint()}
    assert noted[items["4.1.1"].id].value == "medium"
    assert noted[items["4.2.4"].id].note == "Über die Netzwerkkonferenz, einmal jährlich"

    data = wf.snapshots.snapshot()
    xlsx = write_xlsx(data, tmp_path / "pk.xlsx")
    sheet_text = " ".join(
        str(c.value) for ws in load_workbook(xlsx).worksheets for row in ws.iter_rows() for c in row if c.value is not None
    )
    for words in ("weitgehend", "regelmäßig", "Über die Netzwerkkonferenz, einmal jährlich", "4.2.4"):
        assert words in sheet_text
    pdf = pdf_flat(write_pdf(data, tmp_path / "pk.pdf"))
    for words in ("weitgehend", "regelmäßig", "4.2.4", "Über die Netzwerkkonferenz"):
        assert words in pdf
    window.close()
