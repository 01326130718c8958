"""Small moderation aids, used as a moderator does: keys and clicks, then what is stored."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from fh_desktop.ui.shell.main_window import MainWindow


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_reopened_workshop_starts_on_the_step_where_the_moderator_left_it(demo_window, qtbot, hand):
    w = demo_window
    path = w.wf.path
    assert w.view.current_step() == 1  # never opened before: step 1
    click(qtbot, w.view.navigation.buttons[3])
    assert not w.undo_group.canUndo()  # where one stands is no undo step
    w.close_workshop()
    assert w.open_path(path)
    assert w.view.current_step() == 3 and w.view.navigation.buttons[3].isChecked()
    assert w.timer.active_step == 3
    w.close()
    # Another window (the next day's start) reads the same preference.
    other = MainWindow(clocks=hand.clocks())
    qtbot.addWidget(other)
    assert other.open_path(path)
    assert other.view.current_step() == 3
    click(qtbot, other.view.navigation.buttons[2])
    other.close()
    third = MainWindow(clocks=hand.clocks())
    qtbot.addWidget(third)
    assert third.open_path(path)
    assert third.view.current_step() == 2
    third.close()


def test_the_workshop_date_is_typed_and_the_calendar_opens_at_it(demo_window, qtbot):
    w = demo_window
    field = w.view.header.date_edit
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, "12.03.2026")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)  # moves on like every header field
    assert w.wf.meta.workshop().date == dt.date(2026, 3, 12)
    assert field.line.text() == "12.03.2026" and not field.hasFocus()
    assert QApplication.focusWidget() is w.view.header.place_edit
    field.button.menu().aboutToShow.emit()
    assert field.calendar.selectedDate() == QDate(2026, 3, 12)
    field.button.menu().hide()
    # Nonsense is said, not stored; emptied means no date, and the calendar then opens today.
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, "32.13.")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert w.wf.meta.workshop().date == dt.date(2026, 3, 12)
    assert "kein gültiges Datum" in w.view.header.message.text()
    field.line.selectAll()
    qtbot.keyClick(field.line, Qt.Key.Key_Delete)
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert w.wf.meta.workshop().date is None and w.view.header.message.text() == ""
    field.button.menu().aboutToShow.emit()
    assert field.calendar.selectedDate() == QDate.currentDate()
    field.button.menu().hide()


def test_enter_in_the_participants_dialog_adds_the_person_once_and_quietly(demo_window, qtbot):
    w = demo_window
    before = len(w.wf.meta.participants())
    click(qtbot, w.view.header.participants_button)
    dialog = w.participants_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Frieda Neu")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert [p.name for p in w.wf.meta.participants()].count("Frieda Neu") == 1
    assert len(w.wf.meta.participants()) == before + 1
    assert dialog.message.text() == "" and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Gustav Zwei")
    qtbot.keyClick(dialog.role_edit, Qt.Key.Key_Tab)
    dialog.role_edit.setFocus()
    qtbot.keyClicks(dialog.role_edit, "Jugendamt")
    qtbot.keyClick(dialog.role_edit, Qt.Key.Key_Enter)
    assert len(w.wf.meta.participants()) == before + 2 and dialog.message.text() == ""
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # nothing typed: now the hint is right
    assert "Namen" in dialog.message.text() and len(w.wf.meta.participants()) == before + 2
    dialog.close()


def colours(widget):
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_the_shortcut_help_draws_its_scrollbar(demo_window, qtbot):
    w = demo_window
    w.resize(1024, 600)  # a small beamer: the list is longer than the card
    qtbot.keyClick(w, Qt.Key.Key_F1)
    overlay = w.moderation.shortcuts_overlay
    assert overlay.isVisible()
    bar = overlay.scroll_area.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    assert bar.maximum() > 0
    # A drawn scrollbar has a groove and a handle: more than one colour (an empty one has one).
    # Drawn, not an empty outline on the card: below the handle (at the top) lies the groove.
    card = overlay.card.grab().toImage()
    spot = bar.mapTo(overlay.card, QPoint(bar.width() // 2, bar.height() * 3 // 4))
    assert card.pixelColor(spot) != card.pixelColor(8, card.height() // 2)  # not the card's own colour
    assert len(colours(bar)) > 2
    assert not overlay.scroll_area.horizontalScrollBar().isVisible()  # nothing in the list is that wide
    qtbot.keyClick(overlay, Qt.Key.Key_PageDown)  # and it scrolls by key
    assert bar.value() > 0 and overlay.isVisible()
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
