"""Where an action comes from: links shown, picked, dropped and followed to the other steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fh_desktop.domain import model
from fh_desktop.ui.actions.link_picker_dialog import LinkPickerDialog
from fh_desktop.ui.common.step_page import ACTION, CARD, ITEM
from fh_desktop.ui.shell.main_window import MainWindow
from tests.gui.actions.helpers import stored_titles
from tests.gui.keyboard import type_text


def add_targets(wf):
    wf.checklist.set_catalog(
        model.Catalog(key="qd4", title="QD 4 Planung"),
        [
            model.CatalogItem(code="4.1.1", statement="Es gibt eine verabschiedete Planungskonzeption."),
            model.CatalogItem(code="4.1.3", statement="Planungsberichte werden regelmäßig vorgestellt."),
        ],
    )
    items = [i.id for i in wf.checklist.items()]
    cards = [wf.board.add_card(model.Card(title=t)).id for t in ("Jugendhilfeausschuss", "Kreistag")]
    return items, cards


def link_texts(page):
    box = page.form.links_box.list
    return [box.item(n).text() for n in range(box.count())]


def test_links_are_picked_shown_and_dropped(qtbot, page, wf, plan):
    items, cards = add_targets(wf)
    page.select_action(plan[0])
    links = page.form.links_box
    assert link_texts(page) == ["(noch keine Bezüge – „Verknüpfen …“)"]
    qtbot.mouseClick(links.pick_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(LinkPickerDialog)
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.search, "konzeption")
    assert [e.text() for e in dialog.entries() if not e.isHidden()] == ["4.1.1 – Es gibt eine verabschiedete Planungskonzeption."]
    dialog.entry(ITEM, items[0]).setCheckState(Qt.CheckState.Checked)
    dialog.entry(CARD, cards[1]).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    stored = wf.actions.action(plan[0])
    assert (stored.item_ids, stored.card_ids) == ([items[0]], [cards[1]])
    assert link_texts(page) == [
        "Checkliste: 4.1.1 – Es gibt eine verabschiedete Planungskonzeption.",
        "Pinnwand: Kreistag",
    ]
    assert page.proxy.index(0, 12).data() == "4.1.1\nKreistag"
    # Drop one with the Delete key in the list; undo brings it back.
    links.list.setFocus()
    links.list.setCurrentRow(1)
    qtbot.keyClick(links.list, Qt.Key.Key_Delete)
    assert wf.actions.action(plan[0]).card_ids == []
    page.undo_stack.undo()
    assert wf.actions.action(plan[0]).card_ids == [cards[1]]


def test_activating_a_link_asks_to_show_it_on_its_step(qtbot, page, wf, plan):
    items, cards = add_targets(wf)
    wf.actions.update_action(plan[1], item_ids=[items[1]], card_ids=[cards[0]])
    page.select_action(plan[1])
    links = page.form.links_box.list
    links.setFocus()
    links.setCurrentRow(0)
    with qtbot.waitSignal(page.navigate_requested) as to_item:
        qtbot.keyClick(links, Qt.Key.Key_Return)
    assert to_item.args == [2, ITEM, items[1]]
    links.setCurrentRow(1)
    with qtbot.waitSignal(page.navigate_requested) as to_card:
        qtbot.mouseClick(page.form.links_box.show_button, Qt.MouseButton.LeftButton)
    assert to_card.args == [1, CARD, cards[0]]


def test_renamed_and_removed_cards_update_the_links(qtbot, page, wf, plan):
    _, cards = add_targets(wf)
    wf.actions.update_action(plan[0], card_ids=cards)
    page.select_action(plan[0])
    wf.board.update_card(cards[0], title="Jugendhilfeausschuss (JHA)")
    assert link_texts(page)[0] == "Pinnwand: Jugendhilfeausschuss (JHA)"
    wf.board.remove_card(cards[1])
    assert link_texts(page) == ["Pinnwand: Jugendhilfeausschuss (JHA)"]
    assert wf.actions.action(plan[0]).card_ids == [cards[0]]


def test_reveal_selects_an_action_even_behind_a_filter(qtbot, page, wf, plan):
    page.filter_bar.search.setText("Bericht")
    page.reveal(ACTION, plan[3])
    assert page.current_id() == plan[3]
    assert page.form.title_edit.text() == "D Ausschuss"
    assert page.table.hasFocus() or QApplication.focusWidget() is page.table


def test_in_the_window_undo_keys_and_step_links_work(qtbot, tmp_path):
    from fh_desktop.demo import write_demo

    path = write_demo(tmp_path / "demo.fhw")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts act in the active window
    assert window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.view.pages[3]
    assert window.view.current_step() == 3
    assert page.model.rowCount() >= 8
    title = page.form.title_edit
    before = title.text()
    title.setFocus()
    title.end()
    type_text(qtbot, title, " (Entwurf)")
    assert window.wf.actions.action(page.current_id()).title == before + " (Entwurf)"
    # Ctrl+Z in the field undoes the whole typing through the workshop's history.
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.wf.actions.action(page.current_id()).title == before
    assert title.text() == before
    qtbot.keyClick(title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.wf.actions.action(page.current_id()).title == before + " (Entwurf)"
    # A link to a card switches the window to the board.
    card = window.wf.board.add_card(model.Card(title="Kreistag (neu)"))
    window.wf.actions.update_action(page.current_id(), card_ids=[card.id])
    links = page.form.links_box
    links.list.setCurrentRow(links.links().index((CARD, card.id)))
    links.show_button.click()
    assert window.view.current_step() == 1
    assert stored_titles(window.wf)[0] == before + " (Entwurf)"
    window.close()


def test_a_link_to_a_card_deleted_meanwhile_is_explained(qtbot, page, wf, plan):
    _, cards = add_targets(wf)
    page.select_action(plan[0])
    page.form.links_box.open_picker()
    dialog = page.form.links_box.picker
    dialog.entry(CARD, cards[0]).setCheckState(Qt.CheckState.Checked)
    wf.board.remove_card(cards[0])  # someone else on the board, while the dialog is open
    dialog.accept()
    assert page.form.links_message.isVisible() and "gibt es nicht" in page.form.links_message.text()
    assert wf.actions.action(plan[0]).card_ids == []
