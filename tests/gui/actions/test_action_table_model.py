"""The table model and its filter proxy are correct Qt models and mirror the store exactly."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPersistentModelIndex, Qt

from fh_desktop.domain import enums, model
from fh_desktop.store.events import Topic
from fh_desktop.ui.actions import action_table_model as atm
from fh_desktop.ui.actions.action_filter_model import ActionFilterModel
from fh_desktop.ui.actions.commands import ActionCommands
from fh_desktop.ui.actions.link_targets import LinkTargets
from fh_desktop.ui.common.commands import WorkshopCommands


def make_model(wf):
    commands = WorkshopCommands(wf)
    stack = commands.stack
    targets = LinkTargets(wf)
    table = atm.ActionTableModel(wf, ActionCommands(wf, commands), targets)
    wf.events.subscribe(lambda event: table.sync() if event.topic is Topic.ACTION else None)
    return table, stack, targets


def test_models_pass_the_qt_model_tester(qtmodeltester, wf, plan):
    card = wf.board.add_card(model.Card(title="Kreistag"))
    wf.actions.update_action(plan[0], card_ids=[card.id], start=dt.date(2027, 1, 1))
    table, _, targets = make_model(wf)
    qtmodeltester.check(table, force_py=True)
    proxy = ActionFilterModel(targets)
    proxy.setSourceModel(table)
    proxy.set_text("a")
    qtmodeltester.check(proxy, force_py=True)


def test_display_sort_and_edit_values(wf, plan):
    item = wf.checklist.add_item(model.CatalogItem(code="4.1.1", statement="Planungskonzeption verabschiedet"))
    card = wf.board.add_card(model.Card(title="Jugendhilfeausschuss"))
    wf.actions.update_action(plan[1], start=dt.date(2027, 1, 15), item_ids=[item.id], card_ids=[card.id])
    table, _, _ = make_model(wf)
    row = table.row_of(plan[1])

    def cell(col, role=Qt.ItemDataRole.DisplayRole):
        return table.index(row, col).data(role)

    assert cell(atm.COL_NUMBER) == "2"
    assert cell(atm.COL_TITLE) == "B Bericht"
    assert cell(atm.COL_START) == "15.01.2027" and cell(atm.COL_DUE) == "31.03.2027"
    assert cell(atm.COL_PRIORITY) == "▲ hoch"  # symbol and word, not colour alone
    assert cell(atm.COL_STATUS) == "◐ in Arbeit"
    assert cell(atm.COL_LINKS) == "4.1.1\nJugendhilfeausschuss"
    assert "Planungskonzeption verabschiedet" in cell(atm.COL_LINKS, Qt.ItemDataRole.ToolTipRole)
    assert cell(atm.COL_PRIORITY, Qt.ItemDataRole.BackgroundRole).color().name() == "#f4a3a3"
    assert cell(atm.COL_PRIORITY, Qt.ItemDataRole.EditRole) == enums.Priority.HIGH
    assert cell(atm.COL_DUE, atm.SortRole) == dt.date(2027, 3, 31).toordinal()
    assert table.index(2, atm.COL_DUE).data(atm.SortRole) > cell(atm.COL_DUE, atm.SortRole)  # empty last
    assert cell(atm.COL_PRIORITY, atm.SortRole) < table.index(0, atm.COL_PRIORITY).data(atm.SortRole)
    assert table.index(0, atm.COL_TITLE).flags() & Qt.ItemFlag.ItemIsEditable
    assert not table.index(0, atm.COL_GOAL).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.responsible_values() == ["Jugendhilfeplanung", "Sozialplanung"]


def test_text_sort_key_is_german_dictionary_order():
    words = ["Zweck", "Ärzte", "arbeit", "Öffentlichkeit", "Ost", "", "Straße"]
    assert sorted(words, key=atm.text_sort_key) == ["arbeit", "Ärzte", "Öffentlichkeit", "Ost", "Straße", "Zweck", ""]


def test_problems_are_marked_in_the_row(wf):
    bad = wf.actions.add_action(model.Action(title="", start=dt.date(2027, 5, 1), due=dt.date(2027, 4, 1)))
    table, _, _ = make_model(wf)
    title = table.index(0, atm.COL_TITLE)
    assert title.data() == "⚠ (ohne Titel)"
    assert "Titel" in title.data(Qt.ItemDataRole.ToolTipRole)
    assert "„Zeitrahmen bis“ 01.04.2027" in table.index(0, atm.COL_DUE).data(Qt.ItemDataRole.ToolTipRole)
    assert [p.field for p in title.data(atm.ProblemsRole)] == ["title", "due"]
    wf.actions.update_action(bad.id, title="Jetzt mit Titel", due=None)
    assert table.index(0, atm.COL_TITLE).data() == "Jetzt mit Titel"
    assert table.index(0, atm.COL_TITLE).data(atm.ProblemsRole) == []


def test_store_changes_arrive_as_narrow_signals(qtbot, wf, plan):
    table, _, _ = make_model(wf)
    persistent = QPersistentModelIndex(table.index(table.row_of(plan[3]), atm.COL_TITLE))
    with qtbot.waitSignal(table.dataChanged) as changed:
        wf.actions.update_action(plan[1], title="B neu")
    assert changed.args[0].row() == changed.args[1].row() == 1
    with qtbot.waitSignal(table.rowsInserted) as inserted:
        added = wf.actions.add_action(model.Action(title="E"))
    assert inserted.args[1:] == [4, 4]
    with qtbot.waitSignal(table.layoutChanged):
        wf.actions.set_order([plan[3], plan[0], plan[1], plan[2], added.id])
    assert persistent.row() == 0 and persistent.data() == "D Ausschuss"  # selections follow the move
    assert table.index(0, atm.COL_NUMBER).data() == "1"
    with qtbot.waitSignal(table.rowsRemoved) as removed:
        wf.actions.remove_action(plan[0])
    assert removed.args[1:] == [1, 1]
    with qtbot.waitSignal(table.modelReset):
        wf.actions.remove_actions([plan[1], plan[2]])
    assert [table.action(r).title for r in range(table.rowCount())] == ["D Ausschuss", "E"]


def test_cell_edits_are_undoable_and_bad_dates_are_reported(qtbot, wf, plan):
    table, stack, _ = make_model(wf)
    assert table.setData(table.index(0, atm.COL_TITLE), "A Konzeption fortschreiben")
    assert table.setData(table.index(0, atm.COL_START), "1.2.27")
    assert table.setData(table.index(0, atm.COL_STATUS), enums.Status.DONE)
    stored = wf.actions.action(plan[0])
    assert (stored.title, stored.start, stored.status) == ("A Konzeption fortschreiben", dt.date(2027, 2, 1), enums.Status.DONE)
    with qtbot.waitSignal(table.edit_rejected) as rejected:
        assert not table.setData(table.index(0, atm.COL_DUE), "31.02.2027")
    assert rejected.args[:3] == [plan[0], "due", "31.02.2027"]
    assert "kein gültiges Datum" in rejected.args[3]
    assert wf.actions.action(plan[0]).due == dt.date(2027, 6, 30)
    stack.undo()
    stack.undo()
    stack.undo()
    assert wf.actions.action(plan[0]).title == "A Konzeption"
    assert wf.actions.action(plan[0]).start is None


def test_drag_data_carries_the_ids(wf, plan):
    table, _, _ = make_model(wf)
    data = table.mimeData([table.index(1, 0), table.index(1, 3), table.index(3, 1)])
    assert atm.dragged_ids(data) == [plan[1], plan[3]]
    assert atm.MIME_TYPE in table.mimeTypes()


def test_markup_is_shown_literally_and_huge_text_shortened(wf):
    wf.actions.add_action(model.Action(title="<b>fett</b> =SUMME(A1)", goal="<i>kursiv</i> " + "y" * 5000))
    table, _, _ = make_model(wf)
    assert table.index(0, atm.COL_TITLE).data() == "<b>fett</b> =SUMME(A1)"
    goal = table.index(0, atm.COL_GOAL)
    assert len(goal.data()) == 400 and goal.data().endswith("…")
    tip = goal.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;kursiv&lt;/i&gt;" in tip and "<i>" not in tip  # Qt would render it as HTML


def test_every_heading_has_its_whole_text_as_tooltip(wf, plan):
    # On a 1024 px beamer "Verantwortlich" ends in "…": the tooltip still names the column.
    table, _, _ = make_model(wf)
    for section in range(table.columnCount()):
        heading = table.headerData(section, Qt.Orientation.Horizontal)
        tip = table.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip and (tip == heading or section == atm.COL_NUMBER), (section, heading, tip)
