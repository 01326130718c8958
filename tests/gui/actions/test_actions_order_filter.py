"""Sorting, filtering and reordering the plan: by header click, drag, keyboard and by priority."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from fh_desktop.domain import enums
from fh_desktop.ui.actions import action_table_model as atm
from fh_desktop.ui.actions.action_filter_model import NOBODY
from tests.gui.actions.helpers import shown_titles, stored_titles
from tests.gui.keyboard import type_text


def choose(qtbot, combo, data) -> None:
    """Pick an entry of a closed drop-down with the keyboard, as a person would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def drag_events(page, rows: list[int], onto_row: int, lower_half: bool = False):
    """Enter, move and drop events of a mouse drag of ``rows`` onto a place in the table."""
    data = page.proxy.mimeData([page.proxy.index(r, 0) for r in rows])
    rect = page.table.visualRect(page.proxy.index(onto_row, atm.COL_TITLE))
    pos = QPointF(rect.center().x(), rect.bottom() - 3 if lower_half else rect.top() + 3)
    args = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # Enter and move events take a QPoint in Qt (PySide 6.11 insists), the drop a QPointF.
    return QDragEnterEvent(pos.toPoint(), *args), QDragMoveEvent(pos.toPoint(), *args), QDropEvent(pos, *args)


def drop_rows(page, rows: list[int], onto_row: int, lower_half: bool = False) -> None:
    """Drag ``rows`` and drop them onto a place in the table, as the mouse would."""
    enter, move, drop = drag_events(page, rows, onto_row, lower_half)
    viewport = page.table.viewport()
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted() and page.table._drop_y is not None  # the line shows where it lands
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    # After a move Qt asks the model to remove the dragged rows; the store has moved them already.
    assert not page.proxy.removeRows(rows[0], 1)
    assert page.table._drop_y is None


def test_search_and_filters_narrow_the_table(qtbot, page, plan):
    bar = page.filter_bar
    type_text(qtbot, bar.search, "bericht")
    assert shown_titles(page) == ["B Bericht"]
    assert "1 von 4" in page.count_label.text()
    bar.search.clear()
    choose(qtbot, bar.status_combo, "unfinished")
    assert shown_titles(page) == ["A Konzeption", "B Bericht", "D Ausschuss"]
    choose(qtbot, bar.priority_combo, enums.Priority.HIGH)
    assert shown_titles(page) == ["B Bericht", "D Ausschuss"]
    choose(qtbot, bar.responsible_combo, NOBODY)
    assert shown_titles(page) == ["D Ausschuss"]
    assert bar.reset_button.isEnabled()
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert len(shown_titles(page)) == 4
    choose(qtbot, bar.responsible_combo, "Jugendhilfeplanung")
    assert shown_titles(page) == ["A Konzeption", "C Austausch"]


def test_search_finds_linked_cards_and_items(qtbot, page, wf, plan):
    from fh_desktop.domain import model

    card = wf.board.add_card(model.Card(title="Gesundheitsausschuss"))
    wf.actions.update_action(plan[2], card_ids=[card.id])
    type_text(qtbot, page.filter_bar.search, "gesundheitsaus")
    assert shown_titles(page) == ["C Austausch"]


def test_an_edited_action_does_not_vanish_from_the_filter(qtbot, page, wf, plan):
    choose(qtbot, page.filter_bar.status_combo, enums.Status.OPEN)
    assert shown_titles(page) == ["A Konzeption", "D Ausschuss"]
    page.select_action(plan[0])
    page.form.status_combo.setFocus()
    qtbot.keyClick(page.form.status_combo, Qt.Key.Key_Down)  # offen -> in Arbeit
    assert wf.actions.action(plan[0]).status == enums.Status.IN_PROGRESS
    assert shown_titles(page) == ["A Konzeption", "D Ausschuss"]  # still there while being edited
    choose(qtbot, page.filter_bar.status_combo, enums.Status.OPEN)  # filter applied anew
    choose(qtbot, page.filter_bar.status_combo, None)
    choose(qtbot, page.filter_bar.status_combo, enums.Status.OPEN)
    assert shown_titles(page) == ["D Ausschuss"]


def test_new_action_stays_visible_under_a_filter(qtbot, page, wf, plan):
    choose(qtbot, page.filter_bar.status_combo, enums.Status.DONE)
    page.quick_entry.setFocus()
    type_text(qtbot, page.quick_entry, "Neue Idee")
    qtbot.keyClick(page.quick_entry, Qt.Key.Key_Return)
    assert shown_titles(page) == ["C Austausch", "Neue Idee"]


def test_header_click_sorts_and_turns_off_moving(qtbot, page, plan):
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(atm.COL_DUE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_titles(page) == ["D Ausschuss", "B Bericht", "A Konzeption", "C Austausch"]  # empty date last
    assert not page.table.reorder_allowed
    assert page.order_hint.isVisible() and "bis" in page.order_hint.text()
    assert not page.up_button.isEnabled()
    qtbot.mouseClick(page.plan_order_button, Qt.MouseButton.LeftButton)
    assert shown_titles(page) == ["A Konzeption", "B Bericht", "C Austausch", "D Ausschuss"]
    assert page.table.reorder_allowed and not page.order_hint.isVisible()


def test_sort_by_priority_and_status_columns(qtbot, page, plan):
    page.table.sortByColumn(atm.COL_PRIORITY, Qt.SortOrder.AscendingOrder)
    assert shown_titles(page) == ["B Bericht", "D Ausschuss", "C Austausch", "A Konzeption"]
    page.table.sortByColumn(atm.COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert shown_titles(page)[0] == "C Austausch"  # erledigt after in Arbeit after offen


def test_drag_moves_rows_in_one_undo_step(qtbot, page, wf, plan):
    drop_rows(page, [3], onto_row=0)  # D above A
    assert stored_titles(wf) == ["D Ausschuss", "A Konzeption", "B Bericht", "C Austausch"]
    assert shown_titles(page) == stored_titles(wf)
    assert page.proxy.index(0, atm.COL_NUMBER).data() == "1"
    drop_rows(page, [0, 1], onto_row=3, lower_half=True)  # D and A below C
    assert stored_titles(wf) == ["B Bericht", "C Austausch", "D Ausschuss", "A Konzeption"]
    page.undo_stack.undo()
    assert stored_titles(wf) == ["D Ausschuss", "A Konzeption", "B Bericht", "C Austausch"]
    page.undo_stack.undo()
    assert stored_titles(wf) == ["A Konzeption", "B Bericht", "C Austausch", "D Ausschuss"]


def test_drag_while_filtered_lands_next_to_the_row_it_was_dropped_on(qtbot, page, wf, plan):
    choose(qtbot, page.filter_bar.priority_combo, enums.Priority.HIGH)
    assert shown_titles(page) == ["B Bericht", "D Ausschuss"]
    drop_rows(page, [0], onto_row=1, lower_half=True)  # B after D
    assert stored_titles(wf) == ["A Konzeption", "C Austausch", "D Ausschuss", "B Bericht"]


def test_no_drop_while_sorted_by_another_column(qtbot, page, wf, plan):
    page.table.sortByColumn(atm.COL_TITLE, Qt.SortOrder.DescendingOrder)
    enter, _, drop = drag_events(page, [0], 3)
    QApplication.sendEvent(page.table.viewport(), enter)
    assert not enter.isAccepted()
    QApplication.sendEvent(page.table.viewport(), drop)
    assert not drop.isAccepted()
    assert stored_titles(wf) == ["A Konzeption", "B Bericht", "C Austausch", "D Ausschuss"]


def test_keyboard_moves_the_selection(qtbot, page, wf, plan):
    page.table.setFocus()
    page.select_action(plan[2])
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored_titles(wf) == ["C Austausch", "A Konzeption", "B Bericht", "D Ausschuss"]
    assert page.current_id() == plan[2]  # the moved action stays selected
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first: nothing
    assert page.undo_stack.count() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_titles(wf) == ["A Konzeption", "C Austausch", "B Bericht", "D Ausschuss"]
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert stored_titles(wf) == ["A Konzeption", "B Bericht", "C Austausch", "D Ausschuss"]


def test_order_by_priority_is_one_command(qtbot, page, wf, plan):
    page.table.sortByColumn(atm.COL_DUE, Qt.SortOrder.AscendingOrder)
    qtbot.mouseClick(page.priority_button, Qt.MouseButton.LeftButton)
    assert stored_titles(wf) == ["B Bericht", "D Ausschuss", "C Austausch", "A Konzeption"]
    assert page.proxy.is_plan_order()  # shows the result in the plan's order
    assert shown_titles(page) == stored_titles(wf)
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert stored_titles(wf) == ["A Konzeption", "B Bericht", "C Austausch", "D Ausschuss"]


def test_shown_columns_are_remembered_per_workshop(qtbot, make_page, wf, plan):
    page = make_page()
    assert page.table.isColumnHidden(atm.COL_GOAL)
    page.table.horizontalHeader().customContextMenuRequested.emit(QPoint(5, 5))
    goal = next(a for a in page.column_menu.actions() if a.text() == "Zielsetzung")
    goal.trigger()  # tick "Zielsetzung"
    page.column_menu.close()
    assert not page.table.isColumnHidden(atm.COL_GOAL)
    assert "goal" not in wf.meta.setting("actions.hidden_columns")
    again = make_page()
    assert not again.table.isColumnHidden(atm.COL_GOAL)
    assert again.table.isColumnHidden(atm.COL_INDICATOR)
    # The title keeps a readable width whatever else is shown.
    assert again.table.columnWidth(atm.COL_TITLE) >= again.table.minimum_stretch_width()
