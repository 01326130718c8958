"""Entering and editing actions the way a moderator does: keyboard first, stored at once, undoable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from fh_desktop.domain import enums, model
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.actions import action_table_model as atm
from tests.gui.actions.helpers import shown_titles, stored_titles
from tests.gui.keyboard import type_text


def test_quick_entry_adds_one_action_per_enter(qtbot, page, wf):
    page.quick_entry.setFocus()
    type_text(qtbot, page.quick_entry, "Planungskonzeption fortschreiben")
    qtbot.keyClick(page.quick_entry, Qt.Key.Key_Return)
    type_text(qtbot, page.quick_entry, "Berichterstattung im Jugendhilfeausschuss")
    qtbot.keyClick(page.quick_entry, Qt.Key.Key_Return)
    assert stored_titles(wf) == ["Planungskonzeption fortschreiben", "Berichterstattung im Jugendhilfeausschuss"]
    assert page.quick_entry.text() == "" and page.quick_entry.hasFocus()  # ready for the next one
    assert page.form.title_edit.text() == "Berichterstattung im Jugendhilfeausschuss"  # the new one is current
    # Enter on an empty line explains itself instead of adding an empty action.
    qtbot.keyClick(page.quick_entry, Qt.Key.Key_Return)
    assert page.quick_message.isVisible() and len(wf.actions.actions()) == 2
    page.undo_stack.undo()
    assert stored_titles(wf) == ["Planungskonzeption fortschreiben"]
    page.undo_stack.redo()
    assert stored_titles(wf) == ["Planungskonzeption fortschreiben", "Berichterstattung im Jugendhilfeausschuss"]


def test_enter_in_last_row_adds_and_typing_the_title_is_one_undo_step(qtbot, page, wf, plan):
    page.table.setFocus()
    page.select_action(plan[2])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # not the last row: just moves down
    assert page.current_id() == plan[3]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # last row: a new action, cursor in its title
    assert len(wf.actions.actions()) == 5
    assert page.form.title_edit.hasFocus()
    type_text(qtbot, page.form.title_edit, "Familien beteiligen: Befragung in Familienzentren")
    new = wf.actions.actions()[-1]
    assert new.title == "Familien beteiligen: Befragung in Familienzentren"  # stored while typing
    assert shown_titles(page)[-1] == new.title
    page.undo_stack.undo()  # the whole typed title at once
    assert wf.actions.action(new.id).title == ""
    assert page.form.title_edit.text() == ""
    page.undo_stack.undo()
    assert len(wf.actions.actions()) == 4
    page.undo_stack.redo()
    page.undo_stack.redo()
    assert wf.actions.actions()[-1].title == "Familien beteiligen: Befragung in Familienzentren"


def test_every_field_of_the_form_is_stored_and_survives_reopen(qtbot, page, wf, plan):
    page.select_action(plan[0])
    form = page.form
    for name, text in (
        ("goal", "Eine verabschiedete Planungskonzeption für die Frühen Hilfen."),
        ("description", "Entwurf, Abstimmung, Vorlage für den Kreistag."),
        ("responsible", "Jugendhilfeplanung (M. Brenner)"),
        ("involved", "Sozialplanung, Gesundheitsplanung"),
        ("resources", "4 Std./Woche"),
        ("indicator", "Beschluss des Kreistags liegt vor."),
    ):
        form.editors[name].setFocus()
        form.editors[name].selectAll() if hasattr(form.editors[name], "selectAll") else None
        if name == "responsible":
            form.editors[name].clear()
        type_text(qtbot, form.editors[name], text)
    form.start_field.line.setFocus()
    type_text(qtbot, form.start_field.line, "1.2.27")
    assert wf.actions.action(plan[0]).start is None  # "1.2.2" is not yet a date: nothing stored
    qtbot.keyClick(form.start_field.line, Qt.Key.Key_Tab)  # leaving the field stores the date
    assert form.due_field.line.hasFocus()
    form.due_field.line.selectAll()
    type_text(qtbot, form.due_field.line, "30.09.2027")
    assert wf.actions.action(plan[0]).due == dt.date(2027, 9, 30)  # stored as soon as complete
    qtbot.keyClick(form.due_field.line, Qt.Key.Key_Return)
    form.priority_combo.setFocus()
    qtbot.keyClick(form.priority_combo, Qt.Key.Key_Up)  # niedrig -> mittel
    form.status_combo.setFocus()
    qtbot.keyClick(form.status_combo, Qt.Key.Key_Down)  # offen -> in Arbeit
    stored = wf.actions.action(plan[0])
    assert stored.goal == "Eine verabschiedete Planungskonzeption für die Frühen Hilfen."
    assert stored.description == "Entwurf, Abstimmung, Vorlage für den Kreistag."
    assert stored.responsible == "Jugendhilfeplanung (M. Brenner)"
    assert stored.involved == "Sozialplanung, Gesundheitsplanung"
    assert (stored.resources, stored.indicator) == ("4 Std./Woche", "Beschluss des Kreistags liegt vor.")
    assert (stored.start, stored.due) == (dt.date(2027, 2, 1), dt.date(2027, 9, 30))
    assert (stored.priority, stored.status) == (enums.Priority.MEDIUM, enums.Status.IN_PROGRESS)
    # The table shows it, with the moderator's date as typed kept readable.
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(plan[0]), atm.COL_START)).row()
    assert page.proxy.index(row, atm.COL_START).data() == "01.02.2027"
    assert page.proxy.index(row, atm.COL_STATUS).data() == "◐ in Arbeit"
    # Each field is its own undo step: 8 texts/dates + 2 choices.
    assert page.undo_stack.count() == 10
    path = wf.path
    wf.close()
    with WorkshopFile.open(path) as again:
        assert again.actions.action(plan[0]) == stored


def test_due_before_start_is_shown_and_stored_as_typed(qtbot, page, wf, plan):
    page.select_action(plan[0])  # due 30.06.2027
    form = page.form
    form.start_field.line.setFocus()
    type_text(qtbot, form.start_field.line, "01.09.2027")
    qtbot.keyClick(form.start_field.line, Qt.Key.Key_Return)
    assert wf.actions.action(plan[0]).start == dt.date(2027, 9, 1)
    message = form.messages["due"]
    assert message.isVisible()
    assert "„Zeitrahmen bis“ 30.06.2027 liegt vor dem Beginn 01.09.2027" in message.text()
    assert form.due_field.line.property("invalid") is True
    assert page.table.currentIndex().siblingAtColumn(atm.COL_TITLE).data().startswith("⚠")
    # Fixing the end date clears the message.
    form.due_field.line.setFocus()
    form.due_field.line.clear()
    type_text(qtbot, form.due_field.line, "31.12.2027")
    qtbot.keyClick(form.due_field.line, Qt.Key.Key_Return)
    assert not message.isVisible()
    assert wf.actions.action(plan[0]).due == dt.date(2027, 12, 31)


def test_an_unreadable_date_stays_in_the_field_with_its_message(qtbot, page, wf, plan):
    page.select_action(plan[1])
    form = page.form
    form.due_field.line.setFocus()
    form.due_field.line.clear()
    type_text(qtbot, form.due_field.line, "31.02.2027")
    qtbot.keyClick(form.due_field.line, Qt.Key.Key_Return)
    assert "„31.02.2027“ ist kein gültiges Datum" in form.messages["due"].text()
    assert form.due_field.text() == "31.02.2027"
    assert wf.actions.action(plan[1]).due == dt.date(2027, 3, 31)  # the old date is kept
    # Away and back: what was typed is still there, still explained.
    page.select_action(plan[0])
    assert form.due_field.text() == "30.06.2027" and not form.messages["due"].isVisible()
    page.select_action(plan[1])
    assert form.due_field.text() == "31.02.2027" and form.messages["due"].isVisible()
    form.due_field.line.setFocus()
    form.due_field.line.clear()
    type_text(qtbot, form.due_field.line, "28.02.2027")
    qtbot.keyClick(form.due_field.line, Qt.Key.Key_Return)
    assert wf.actions.action(plan[1]).due == dt.date(2027, 2, 28)
    assert not form.messages["due"].isVisible()


def test_an_emptied_title_is_explained_not_refused(qtbot, page, wf, plan):
    page.select_action(plan[0])
    form = page.form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Delete)
    assert wf.actions.action(plan[0]).title == ""
    assert form.messages["title"].isVisible() and "Titel" in form.messages["title"].text()
    type_text(qtbot, form.title_edit, "Neu formuliert")
    assert not form.messages["title"].isVisible()
    assert wf.actions.action(plan[0]).title == "Neu formuliert"


def test_bad_date_typed_in_a_cell_moves_into_the_form(qtbot, page, wf, plan):
    proxy_index = page.proxy.index(0, atm.COL_DUE)
    assert not page.proxy.setData(proxy_index, "morgen")
    assert page.form.due_field.text() == "morgen"
    assert "kein gültiges Datum" in page.form.messages["due"].text()
    assert wf.actions.action(plan[0]).due == dt.date(2027, 6, 30)


def test_too_long_text_stays_typed_with_a_message(qtbot, page, wf, plan):
    page.select_action(plan[0])
    editor = page.form.editors["description"]
    editor.setFocus()
    editor.setPlainText("x" * 20_001)  # pasted
    assert "zu lang" in page.form.messages["description"].text()
    assert editor.toPlainText() == "x" * 20_001
    assert wf.actions.action(plan[0]).description == ""


def test_cell_editing_by_keyboard(qtbot, page, wf, plan):
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.proxy.index(1, atm.COL_RESPONSIBLE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Sozialplanung"
    editor.selectAll()
    type_text(qtbot, editor, "Gesundheitsplanung")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits a cell editor on the next turn of the event loop.
    qtbot.waitUntil(lambda: wf.actions.action(plan[1]).responsible == "Gesundheitsplanung")
    assert page.form.responsible_edit.text() == "Gesundheitsplanung"
    # Priority from a drop-down in the cell: F2, arrow, Enter.
    table.setCurrentIndex(page.proxy.index(1, atm.COL_PRIORITY))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.currentData() == enums.Priority.HIGH
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: wf.actions.action(plan[1]).priority == enums.Priority.MEDIUM)


def test_delete_key_removes_and_undo_restores_with_links_and_place(qtbot, page, wf, plan):
    card = wf.board.add_card(model.Card(title="Kreistag"))
    wf.actions.update_action(plan[1], card_ids=[card.id])
    page.table.setFocus()
    page.select_action(plan[1])
    page.table.selectionModel().select(
        page.proxy.index(2, 0), page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored_titles(wf) == ["A Konzeption", "D Ausschuss"]
    assert page.current_id() == plan[3]  # the next one is ready
    page.undo_stack.undo()
    assert stored_titles(wf) == ["A Konzeption", "B Bericht", "C Austausch", "D Ausschuss"]
    assert wf.actions.action(plan[1]).card_ids == [card.id]


def test_changes_from_other_steps_appear(qtbot, page, wf, plan):
    draft = wf.actions.add_action(model.Action(title="Aus der Checkliste: Datenkonzept"))
    assert shown_titles(page)[-1] == "Aus der Checkliste: Datenkonzept"
    page.reveal("action", draft.id)
    assert page.form.title_edit.text() == "Aus der Checkliste: Datenkonzept"
    wf.actions.update_action(draft.id, title="Datenkonzept abstimmen")
    assert page.form.title_edit.text() == "Datenkonzept abstimmen"
