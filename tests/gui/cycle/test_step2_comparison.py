"""Step 2 of a follow-up shows the earlier workshop beside each item, in the reveal and the joint view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from fh_desktop.domain import enums
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.checklist import page as cpage


def _round(path, value):
    with WorkshopFile.open(path) as wf:
        rnd = wf.checklist.start_round()
        for p in [p for p in wf.meta.participants() if not p.is_observer]:
            wf.checklist.submit(rnd.id, p.id, {i.id: value for i in wf.checklist.items()})
        wf.checklist.reveal_round(rnd.id)


def test_reveal_and_joint_view_compare_with_the_earlier_workshop(window, demo_file, follow_up_file, qtbot):
    with WorkshopFile.open(demo_file) as old:
        first = old.checklist.items()[0]
        before = {j.item_id: j for j in old.checklist.joint()}[first.id].value
    assert before == enums.Answer.YES  # the demo agreed "trifft zu" on 1.1
    _round(follow_up_file, enums.Answer.NO)
    assert window.open_path(follow_up_file)
    window.show_step(2)
    page = window.view.pages[2]
    page.show_mode(cpage.MODE_REVEAL)
    row = page.reveal_view.rows[first.id]
    qtbot.waitUntil(row.isVisible)
    earlier = row.findChild(QLabel, "resultEarlier")
    assert earlier.text() == "26.11.2026: gemeinsam „trifft zu“ · ▼ schlechter"
    assert len(row.bar_widgets) == 2  # today's answers and those of 26.11.2026

    page.show_mode(cpage.MODE_JOINT)
    joint_row = page.joint_view.rows[first.id]
    label = joint_row.findChild(QLabel, f"jointEarlier{first.id}")
    qtbot.waitUntil(label.isVisible)
    assert "noch nicht eingeschätzt" in label.text()
    qtbot.mouseClick(joint_row.value_buttons[enums.Answer.PARTLY], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "▼ schlechter" in label.text())
    assert label.text().startswith("26.11.2026: gemeinsam „trifft zu“")
    qtbot.mouseClick(joint_row.value_buttons[enums.Answer.YES], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "= unverändert" in label.text())
    # Datei → Vergleich mit dem letzten Workshop … lists what changed.
    window.cycle.over_time_action.trigger()
    dialog = window.cycle.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Vergleich mit dem Workshop vom 26.11.2026"
    assert dialog.lists["worse"].count() == 0
    dialog.reject()


def test_a_first_workshop_shows_no_comparison(window, demo_file, qtbot):
    assert window.open_path(demo_file)
    window.show_step(2)
    page = window.view.pages[2]
    page.show_mode(cpage.MODE_JOINT)
    assert not page.joint_view.findChildren(QLabel, "jointEarlier1")
    assert not window.cycle.over_time_action.isEnabled()


def test_compare_dialog_writes_the_matrix_of_the_open_and_another_workshop(window, demo_file, follow_up_file, tmp_path, qtbot):
    from openpyxl import load_workbook

    assert window.open_path(follow_up_file)
    window.cycle.compare_action.trigger()
    dialog = window.cycle.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.paths() == [follow_up_file]  # the open workshop is in the list already
    dialog.add_file(demo_file)
    out = tmp_path / "Vergleich Lindenau.xlsx"
    dialog.xlsx_edit.selectAll()
    qtbot.keyClicks(dialog.xlsx_edit, str(out))
    qtbot.mouseClick(dialog.pdf_box, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.pdf_box.height() // 2))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists())
    assert out.with_suffix(".pdf").exists()
    header = [c.value for c in load_workbook(out)["Matrix"][1]]
    assert header[2:] == ["Landkreis Lindenau 20.11.2027", "Landkreis Lindenau 26.11.2026"]
    assert dialog.result_label.text().startswith("2 Workshops verglichen")


def test_a_graded_items_earlier_distribution_and_joint_value_in_step_2(window, tmp_path, qtbot):
    import datetime as dt

    from fh_desktop.store.services import checklist as checklist_service
    from fh_desktop.store.services.cycle import create_follow_up

    old = tmp_path / "pk.fhw"
    with WorkshopFile.create(old) as wf:
        pk = next(c for c in checklist_service.shipped_catalogs() if c.catalog.key == "pruefkriterien")
        wf.checklist.use_catalog(pk)
        wf.meta.update_workshop(date=dt.date(2026, 3, 1))
        people = [wf.meta.add_participant(name) for name in ("Anna", "Ben", "Cem", "Dora", "Emil")]
        graded = {i.code: i for i in wf.checklist.items()}["4.1.1"]
        rnd = wf.checklist.start_round([graded.id])
        for person, value in zip(people, ("high", "high", "medium", "none", "unknown"), strict=True):
            wf.checklist.submit(rnd.id, person.id, {graded.id: value})
        wf.checklist.reveal_round(rnd.id)
        wf.checklist.set_joint(graded.id, value="low")
    new = create_follow_up(old, tmp_path / "folge.fhw", date=dt.date(2027, 3, 1))
    with WorkshopFile.open(new) as wf:
        rnd = wf.checklist.start_round([graded.id])
        for p in wf.meta.participants():
            wf.checklist.submit(rnd.id, p.id, {graded.id: "high"})
        wf.checklist.reveal_round(rnd.id)
    assert window.open_path(new)
    window.show_step(2)
    page = window.view.pages[2]
    page.show_mode(cpage.MODE_REVEAL)
    row = page.reveal_view.rows[graded.id]
    qtbot.waitUntil(row.isVisible)
    assert row.findChild(QLabel, "resultEarlier").text() == "01.03.2026: gemeinsam „ansatzweise“ · ▲ besser"
    then = row.bar_widgets[-1]  # the bar of 01.03.2026, every level with its count
    assert then.distribution() == {"high": 2, "medium": 1, "low": 0, "none": 1, "unknown": 1}
    described = then.accessibleDescription().split("; ")
    assert sorted(described) == sorted(["weitgehend: 2", "teilweise: 1", "ansatzweise: 0", "gar nicht: 1",
                                        "kann ich nicht beurteilen: 1"])  # fmt: skip

    page.show_mode(cpage.MODE_JOINT)
    joint_row = page.joint_view.rows[graded.id]
    label = joint_row.findChild(QLabel, f"jointEarlier{graded.id}")
    qtbot.waitUntil(label.isVisible)
    assert label.text().startswith("01.03.2026: gemeinsam „ansatzweise“ (2 / 1 / 0 / 1 / 1)")
    qtbot.mouseClick(joint_row.value_buttons["medium"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "▲ besser" in label.text())
