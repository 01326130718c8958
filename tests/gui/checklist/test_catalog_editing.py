"""The moderator prepares the workshop's own catalog: add, edit, reorder, remove, switch."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from fh_desktop import resources
from fh_desktop.domain.enums import Answer
from fh_desktop.ui.checklist import page as checklist_page
from fh_desktop.ui.checklist.catalog_choice_dialog import CatalogChoiceDialog
from fh_desktop.ui.checklist.catalog_item_table_model import CatalogItemTableModel
from fh_desktop.ui.common.step_page import ITEM
from tests.gui.checklist.helpers import answer_as, answer_box, click, make_workshop, open_page, start_round
from tests.gui.keyboard import type_text


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def test_catalog_table_model_is_a_proper_qt_model(qtmodeltester, wf):
    model = CatalogItemTableModel(wf)
    qtmodeltester.check(model)
    assert model.rowCount() == 18
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Nr.", "Thema", "Aussage"]
    assert model.data(model.index(0, 0)) == "1.1"


def test_add_edit_move_remove_items(qtbot, tmp_path):
    window, page = open_page(qtbot, make_workshop(tmp_path / "w.fhw"))
    wf = window.wf
    view = page.catalog_view
    assert page.stack.currentWidget() is view
    assert view.title.text() == "Checkliste Planungskonzeption (QD 4 Planung)"
    first = wf.checklist.items()[0]

    view.select(first.id)
    click(qtbot, view.add_button)
    dialog = view.item_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.topic_box.currentText() == first.topic  # the new statement joins the selected topic
    ok(qtbot, dialog)
    assert "Aussage" in dialog.message.text() and dialog.isVisible()  # empty statement refused inline
    type_text(qtbot, dialog.code_edit, "1.1a")
    type_text(qtbot, dialog.statement_edit, "Die Jugendhilfeplanung lädt die Netzwerkkoordination zu jeder Planungsrunde ein.")
    ok(qtbot, dialog)
    items = wf.checklist.items()
    assert items[1].code == "1.1a" and items[1].topic == first.topic
    assert view.selected_item().id == items[1].id

    click(qtbot, view.edit_button)
    dialog = view.item_dialog
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.help_edit, "Gemeint sind regelmäßige Termine.")
    ok(qtbot, dialog)
    assert wf.checklist.items()[1].help == "Gemeint sind regelmäßige Termine."
    assert view.model.data(view.model.index(1, 2), 3) == "Gemeint sind regelmäßige Termine."  # tooltip

    click(qtbot, view.up_button)
    assert [i.code for i in wf.checklist.items()][:2] == ["1.1a", "1.1"]
    click(qtbot, view.down_button)
    click(qtbot, view.down_button)
    assert [i.code for i in wf.checklist.items()][:3] == ["1.1", "1.2", "1.1a"]

    click(qtbot, view.remove_button)
    answer_box(qtbot, view)
    assert "1.1a" not in [i.code for i in wf.checklist.items()]
    assert len(wf.checklist.items()) == 18
    window.close()


def test_switch_catalog_until_answers_exist(qtbot, tmp_path):
    window, page = open_page(qtbot, make_workshop(tmp_path / "w.fhw"))
    wf = window.wf
    view = page.catalog_view
    click(qtbot, view.switch_button)
    dialog = view.choice_dialog
    qtbot.waitUntil(dialog.isVisible)
    titles = [dialog.list.item(i).text().splitlines()[0] for i in range(dialog.list.count())]
    assert titles[0].startswith("Checkliste Planungskonzeption") and len(titles) == 4
    dialog.list.setCurrentRow(titles.index(next(t for t in titles if t.startswith("Politisch-strukturelle"))))
    ok(qtbot, dialog)
    assert wf.checklist.catalog().key == "qd5-verankerung"
    assert view.title.text() == "Politisch-strukturelle Verankerung (QD 5)"
    assert view.model.rowCount() == 13
    # The step panel shows the QD 5 dialogue now, with a note field per question.
    panel = window.view.questions
    assert panel.step == 2
    shown = [label.text() for label in panel.labels]
    assert "• Was sind Gelingensbedingungen für eine (stärkere) politische Verankerung der Frühen Hilfen?" in shown
    assert not any("Wie können Entscheidungstragende aus Politik und Verwaltung die Akteure" in t for t in shown)
    assert len(panel.note_edits) == 14

    people = [p for p in wf.meta.participants() if not p.is_observer]
    start_round(qtbot, page)
    answer_as(qtbot, page, people[0].id, [Answer.YES] * 13)
    click(qtbot, page.mode_buttons[checklist_page.MODE_CATALOG])
    assert not view.switch_button.isEnabled()
    assert "Einschätzungen" in view.switch_button.toolTip()
    window.close()


def test_a_broken_catalog_file_is_refused_with_its_problem(qtbot, tmp_path, wf):
    raw = json.loads(resources.path("catalogs", "qd5-verankerung.json").read_text(encoding="utf-8"))
    raw["items"][2]["statement"] = ""
    broken = tmp_path / "kaputt.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")
    dialog = CatalogChoiceDialog(wf.checklist.catalog().key)
    qtbot.addWidget(dialog)
    count = dialog.list.count()
    assert not dialog.load_file(broken)
    assert "kaputt.json" in dialog.message.text()
    assert "/items[2]/statement" in dialog.message.text()
    assert "leer" in dialog.message.text()
    assert dialog.list.count() == count

    raw["items"][2]["statement"] = "Eine eigene Aussage"
    raw["key"] = "eigen"
    good = tmp_path / "eigen.json"
    good.write_text(json.dumps(raw), encoding="utf-8")
    assert dialog.load_file(good)
    assert dialog.message.text() == ""
    ok(qtbot, dialog)
    wf.checklist.use_catalog(dialog.chosen)
    assert wf.checklist.catalog().key == "eigen"
    assert wf.checklist.items()[2].statement == "Eine eigene Aussage"


def test_reveal_item_during_an_open_round_selects_it_in_the_catalog(qtbot, tmp_path):
    window, page = open_page(qtbot, make_workshop(tmp_path / "w.fhw"))
    item = window.wf.checklist.items()[7]
    start_round(qtbot, page)
    page.reveal(ITEM, item.id)
    assert page.stack.currentWidget() is page.catalog_view  # never the results of an open round
    assert page.catalog_view.selected_item().id == item.id
    window.close()
