"""One history for the whole workshop: Ctrl+Z across the steps does the right thing."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from fh_desktop.domain import model
from fh_desktop.ui.board.commands import RemoveItemsCommand
from fh_desktop.ui.shell.import_dialog import open_import
from fh_desktop.ui.shell.main_window import MainWindow


def _window(qtbot, tmp_path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.new_workshop(tmp_path / "Verlauf.fhw")
    return window


def _undo(window: MainWindow) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # Bearbeiten → Rückgängig (Ctrl+Z)


def test_all_steps_share_one_stack(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    pages = [window.view.pages[step] for step in (1, 2, 3)]
    assert len({id(page.undo_stack) for page in pages}) == 1
    assert window.undo_group.activeStack() is pages[0].undo_stack


def test_undo_a_card_deletion_after_its_action_was_deleted(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    wf = window.wf
    board, actions = window.view.pages[1], window.view.pages[3]
    card_id = board.controller.create_card(edit=False)
    action = actions.commands.add(model.Action(title="Netzwerktreffen", card_ids=[card_id]))
    board.controller.select_cards([card_id])
    board.controller.delete_selection()
    window.show_step(3)
    actions.commands.remove([action.id])
    assert wf.board.cards() == [] and wf.actions.actions() == []

    _undo(window)  # the action comes back first: it was deleted last; its card is still gone
    assert [a.card_ids for a in wf.actions.actions()] == [[]]
    _undo(window)  # then the card, with its link to the action that is back as well
    assert [c.id for c in wf.board.cards()] == [card_id]
    assert wf.actions.action(action.id).card_ids == [card_id]
    assert board.scene.cards.keys() == {card_id}


def test_a_deleted_cards_undo_skips_a_link_to_an_action_gone_meanwhile(qtbot, tmp_path):
    """The action went by a way that is no undo step (e.g. an import): no FOREIGN KEY
    error, the card comes back, the link to the gone action does not."""
    window = _window(qtbot, tmp_path)
    wf = window.wf
    board = window.view.pages[1]
    card = wf.board.add_card(model.Card(title="Jugendamt"))
    action = wf.actions.add_action(model.Action(title="Treffen", card_ids=[card.id]))
    assert board.controller.push(RemoveItemsCommand(wf.board, "Löschen", card_ids=[card.id]))
    wf.actions.remove_actions([action.id])
    _undo(window)
    assert [c.title for c in wf.board.cards()] == ["Jugendamt"]
    assert wf.actions.actions() == []
    assert window.findChild(QMessageBox, "errorDialog") is None


def test_undo_of_action_links_after_the_card_was_deleted(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    wf = window.wf
    board, actions = window.view.pages[1], window.view.pages[3]
    card = wf.board.add_card(model.Card(title="Kita"))
    action = wf.actions.add_action(model.Action(title="Treffen"))
    actions.commands.edit(action.id, {"card_ids": [card.id]})
    board.controller.select_cards([card.id])
    board.controller.delete_selection()
    assert wf.actions.action(action.id).card_ids == []
    _undo(window)  # the card and its link come back
    assert wf.actions.action(action.id).card_ids == [card.id]
    _undo(window)  # then the link edit is taken back, without an exception out of undo()
    assert wf.actions.action(action.id).card_ids == []
    # The card goes once more by a way that is no undo step; redo replays the link edit
    # without the gone card, and the card's deletion, now without object, is dropped.
    wf.board.remove_items(card_ids=[card.id])
    window.redo_action.trigger()
    assert wf.actions.action(action.id).card_ids == []
    window.redo_action.trigger()
    box = window.findChild(QMessageBox, "errorDialog")
    qtbot.waitUntil(box.isVisible)
    assert "gibt es nicht" in box.text()
    assert not window.redo_action.isEnabled()
    box.close()


def test_after_an_excel_import_undo_does_not_bring_back_the_old_value(qtbot, tmp_path):
    from fh_desktop.export.xlsx import write_xlsx

    window = _window(qtbot, tmp_path)
    wf = window.wf
    actions = window.view.pages[3]
    action = actions.commands.add(model.Action(title="Alt"))
    actions.commands.edit(action.id, {"title": "Vor dem Import"})
    path = tmp_path / "plan.xlsx"
    write_xlsx(wf.snapshots.snapshot(), path)
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == action.id)
    row[1].value = "Aus Excel"
    wb.save(path)
    dialog = open_import(wf, path, window)
    qtbot.addWidget(dialog)
    cleared = []
    window.view.commands.history_cleared.connect(cleared.append)
    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert wf.actions.action(action.id).title == "Aus Excel"
    assert not window.undo_action.isEnabled()  # Ctrl+Z has nothing from before the import
    QApplication.processEvents()
    assert cleared and "Excel-Import" in cleared[0]
    assert wf.actions.action(action.id).title == "Aus Excel"
