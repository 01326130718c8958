"""The action form and table while the moderator types and deletes: nothing jumps, counts are right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.keyboard import type_text


def settle():
    QApplication.processEvents()  # the form's layout follows a height change on the next turn


def test_the_title_field_does_not_shrink_while_typing(qtbot, page, plan):
    page.select_action(plan[0])
    form = page.form
    title, below = form.title_edit, form.responsible_edit
    title.setFocus()
    title.end()
    heights, tops = [], []
    long_text = " – gemeinsam mit Jugendhilfe, Gesundheitsamt und freien Trägern, mit Bericht an den Ausschuss"
    for ch in long_text:
        type_text(qtbot, title, ch)
        settle()
        heights.append(title.height())
        tops.append(below.mapTo(form, below.rect().topLeft()).y())
    assert heights[-1] > heights[0]  # it grew with the text
    assert heights == sorted(heights) and tops == sorted(tops)  # and never jumped back while typing
    grown = title.height()
    for _ in range(len(long_text)):  # deleting it again, still in the field
        qtbot.keyClick(title, Qt.Key.Key_Backspace)
        settle()
        assert title.height() == grown
    assert title.text() == "A Konzeption"
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # leaving the field: it fits its text again
    settle()
    assert title.height() < grown and not title.hasFocus()
    page.select_action(plan[1])
    assert title.height() < grown


def test_tab_in_the_responsible_field_moves_on_and_takes_a_highlighted_suggestion(qtbot, page, wf, plan):
    page.select_action(plan[3])  # D: nobody responsible yet
    form = page.form
    edit = form.responsible_edit
    edit.setFocus()
    type_text(qtbot, edit, "jugend")
    popup = form.responsible_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # highlight "Jugendhilfeplanung"
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert not popup.isVisible()
    assert wf.actions.action(plan[3]).responsible == "Jugendhilfeplanung"
    assert QApplication.focusWidget() is form.involved_edit  # Tab was not swallowed
    # Without a highlighted suggestion Tab keeps what was typed and moves on, too.
    page.select_action(plan[2])
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, "Sozial")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert not popup.isVisible() and QApplication.focusWidget() is form.involved_edit
    assert wf.actions.action(plan[2]).responsible == "Sozial"


def test_after_deleting_the_count_says_how_many_there_are(qtbot, page, wf, plan):
    page.table.setFocus()
    page.select_action(plan[0])
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(wf.actions.actions()) == 3
    assert page.count_label.text() == "3 Maßnahmen"
    page.quick_entry.setFocus()
    type_text(qtbot, page.quick_entry, "E Neu")
    qtbot.keyClick(page.quick_entry, Qt.Key.Key_Return)
    assert page.count_label.text() == "4 Maßnahmen"
    type_text(qtbot, page.filter_bar.search, "bericht")  # only a filter hides some
    assert page.count_label.text() == "1 von 4 Maßnahmen angezeigt"
