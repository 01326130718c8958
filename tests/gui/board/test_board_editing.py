"""Creating, moving, linking, editing and deleting on the board with real mouse and keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from fh_desktop.domain import enums, model
from tests.gui.board.conftest import add_cards, at, card_center, drag
from tests.gui.keyboard import type_text


def test_double_click_creates_a_card_written_in_place_one_undo_step(wf, page, qtbot):
    page.view.set_zoom(1.0)
    page.view.centerOn(0, 0)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, 100, 60))
    cards = wf.board.cards()
    assert len(cards) == 1
    card = cards[0]
    # centred on the click, as far as the grid allows
    assert abs(card.x + card.w / 2 - 100) <= 10 and abs(card.y + card.h / 2 - 60) <= 10
    assert card.x % 20 == 0 and card.y % 20 == 0
    editor = page.inline_editor
    assert editor.isVisible() and editor.title.hasFocus()
    type_text(qtbot, editor.title, "Gesundheitsamt Süd")
    qtbot.keyClick(editor.title, Qt.Key.Key_Tab)
    type_text(qtbot, editor.text, "Schuleingangsuntersuchung")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    stored = wf.board.card(card.id)
    assert (stored.title, stored.text) == ("Gesundheitsamt Süd", "Schuleingangsuntersuchung")
    assert page.scene.cards[card.id].card.title == "Gesundheitsamt Süd"
    # creating and writing is one step
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert wf.board.cards() == []
    page.undo_stack.redo()
    assert wf.board.card(card.id).title == "Gesundheitsamt Süd"


def test_in_place_typing_is_stored_at_once_and_escape_takes_it_back(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "Sozialplanung"))
    page.edit_card_inline(a.id)
    qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_End)
    type_text(qtbot, page.inline_editor.title, " Süd")
    # nothing typed is lost, even before Enter
    assert wf.board.card(a.id).title == "Sozialplanung Süd"
    assert page.undo_stack.count() == 1
    qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_Escape)
    assert wf.board.card(a.id).title == "Sozialplanung"
    assert page.undo_stack.index() == 0


def test_escape_on_a_card_just_created_removes_it(wf, page, qtbot):
    page.view.set_zoom(1.0)
    page.view.centerOn(0, 0)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, 0, 0))
    assert len(wf.board.cards()) == 1
    type_text(qtbot, page.inline_editor.title, "versehentlich")
    qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_Escape)
    assert wf.board.cards() == []
    # an older card written on again is not affected by the creation that came before
    page.undo_stack.redo()
    (card,) = wf.board.cards()
    page.edit_card_inline(card.id)
    type_text(qtbot, page.inline_editor.title, "x")
    qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_Escape)
    assert wf.board.card(card.id).title == "versehentlich"


def test_drag_moves_card_snapped_and_undo_restores(wf, page, qtbot):
    a, b = add_cards(wf, (0, 0, "A"), (400, 0, "B"))
    link = wf.board.add_link(model.Link(source_id=a.id, target_id=b.id))
    page.view.set_zoom(1.0)
    page.view.centerOn(200, 60)
    start = card_center(page, a.id)
    drag(qtbot, page, start, start + QPoint(93, 147))
    moved = wf.board.card(a.id)
    assert (moved.x, moved.y) == (100, 140)  # 93/147 pixels at 100 %, snapped to the 20 grid
    assert page.scene.cards[a.id].pos().x() == 100
    # the link followed its card
    geo = page.scene.links[link.id].geometry()
    assert page.scene.cards[a.id].scene_rect().contains(*geo.start)
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert (wf.board.card(a.id).x, wf.board.card(a.id).y) == (0, 0)
    assert page.scene.cards[a.id].pos().x() == 0


def test_drag_without_snapping_keeps_exact_position(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "A"))
    page.set_snapping(False)
    page.view.set_zoom(1.0)
    page.view.centerOn(120, 60)
    start = card_center(page, a.id)
    drag(qtbot, page, start, start + QPoint(33, 17))
    assert (wf.board.card(a.id).x, wf.board.card(a.id).y) == (33, 17)
    assert wf.meta.setting("board.snap") is False


def test_drag_from_handle_to_other_card_draws_link(wf, page, qtbot):
    a, b = add_cards(wf, (0, 0, "Jugendhilfeplanung"), (500, 200, "Jugendhilfeausschuss"))
    page.view.set_zoom(1.0)
    page.view.centerOn(370, 160)
    handle = at(page, 240, 60)  # middle of A's right edge
    drag(qtbot, page, handle, card_center(page, b.id))
    links = wf.board.links()
    assert len(links) == 1
    assert (links[0].source_id, links[0].target_id) == (a.id, b.id)
    assert links[0].kind == enums.LinkKind.EXCHANGE and links[0].direction == enums.LinkDirection.FORWARD
    assert links[0].id in page.scene.links
    # the new link is selected and can be edited in the side panel at once
    assert page.inspector.stack.currentWidget() is page.inspector.link_panel
    panel = page.inspector.link_panel
    panel.kind.setCurrentIndex(panel.kind.findData(enums.LinkKind.REPORT))
    panel.kind.activated.emit(panel.kind.currentIndex())
    qtbot.mouseClick(panel.label, Qt.MouseButton.LeftButton)
    type_text(qtbot, panel.label, "Jugendhilfeplan")
    stored = wf.board.link(links[0].id)
    assert (stored.kind, stored.label) == (enums.LinkKind.REPORT, "Jugendhilfeplan")
    qtbot.mouseClick(panel.reverse, Qt.MouseButton.LeftButton)
    assert (wf.board.link(links[0].id).source_id, wf.board.link(links[0].id).target_id) == (b.id, a.id)
    # link, kind, label (typing merged), reverse: four steps
    assert page.undo_stack.count() == 4
    for _ in range(4):
        page.undo_stack.undo()
    assert wf.board.links() == []


def test_drag_to_empty_space_draws_no_link(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "A"))
    page.view.set_zoom(1.0)
    page.view.centerOn(120, 60)
    drag(qtbot, page, at(page, 240, 60), at(page, 500, 300))
    assert wf.board.links() == []
    assert page.undo_stack.count() == 0


def test_delete_key_removes_card_with_links_and_dots_undo_restores_all(wf, page, qtbot):
    a, b, c = add_cards(wf, (0, 0, "A"), (400, 0, "B"), (0, 300, "C"))
    ab = wf.board.add_link(model.Link(source_id=a.id, target_id=b.id, kind=enums.LinkKind.DATA))
    ca = wf.board.add_link(model.Link(source_id=c.id, target_id=a.id))
    wf.board.add_dot(model.Dot(card_id=a.id))
    before = wf.board.board()
    page.view.set_zoom(1.0)
    page.view.centerOn(300, 200)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=card_center(page, a.id))
    assert page.scene.selected_ids()[0] == [a.id]
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    after = wf.board.board()
    assert [x.id for x in after.cards] == [b.id, c.id]
    assert after.links == [] and after.dots == []
    assert a.id not in page.scene.cards and ab.id not in page.scene.links and ca.id not in page.scene.links
    page.undo_stack.undo()
    assert wf.board.board() == before
    assert {ab.id, ca.id} <= set(page.scene.links)
    assert len(page.scene.cards[a.id].dots) == 1
    page.undo_stack.redo()
    assert len(wf.board.cards()) == 2


def test_side_panel_typing_is_one_undo_step_per_burst(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "Netzwerk"))
    page.reveal("card", a.id)
    panel = page.inspector.card_panel
    assert page.inspector.stack.currentWidget() is panel
    qtbot.mouseClick(panel.title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.title, Qt.Key.Key_End)
    type_text(qtbot, panel.title, "koordination Frühe Hilfen")
    assert wf.board.card(a.id).title == "Netzwerkkoordination Frühe Hilfen"
    assert page.scene.cards[a.id].card.title == "Netzwerkkoordination Frühe Hilfen"
    assert page.undo_stack.count() == 1
    panel.area.setCurrentIndex(panel.area.findData(enums.PlanningArea.NETWORK))
    panel.area.activated.emit(panel.area.currentIndex())
    panel.influence.setCurrentIndex(3)
    panel.influence.activated.emit(3)
    stored = wf.board.card(a.id)
    assert (stored.area, stored.influence) == (enums.PlanningArea.NETWORK, 2)
    page.undo_stack.undo()
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert wf.board.card(a.id).title == "Netzwerk"
    assert panel.title.text() == "Netzwerk"


def test_keyboard_select_all_duplicate_nudge(wf, page, qtbot):
    a, b = add_cards(wf, (0, 0, "A"), (400, 0, "B"))
    wf.board.add_link(model.Link(source_id=a.id, target_id=b.id, label="Bericht"))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.scene.selected_ids()[0] == [a.id, b.id]
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    board = wf.board.board()
    assert len(board.cards) == 4 and len(board.links) == 2
    copies = sorted((c for c in board.cards if c.id not in (a.id, b.id)), key=lambda c: c.x)
    # As a group (B stays 400 right of A), beside the originals, on none of them.
    assert copies[1].x - copies[0].x == 400 and copies[0].y == copies[1].y
    assert not any(_overlap(c, other) for c in copies for other in (a, b))
    placed = sorted((c.x, c.y) for c in copies)
    # the copies are selected now; arrows move them, several presses are one step
    assert sorted(page.scene.selected_ids()[0]) == sorted(c.id for c in copies)
    count = page.undo_stack.count()
    for _ in range(3):
        qtbot.keyClick(page.view, Qt.Key.Key_Right)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = {c.id: (c.x, c.y) for c in wf.board.cards()}
    assert sorted(moved[c.id] for c in copies) == [(x + 60, y + 100) for x, y in placed]  # 3 x 20 right, 5 x 20 down
    assert moved[a.id] == (0, 0)
    assert page.undo_stack.count() == count + 1  # one burst of nudging = one step
    page.undo_stack.undo()
    assert sorted((wf.board.card(c.id).x, wf.board.card(c.id).y) for c in copies) == placed


def _overlap(p, q) -> bool:
    return p.x < q.x + q.w and q.x < p.x + p.w and p.y < q.y + q.h and q.y < p.y + p.h


def test_duplicate_lands_beside_the_card_and_on_no_other(wf, page, qtbot):
    # A row of cards: the spot right of A is taken by B, so the copy goes to the nearest free one.
    a, b, c = add_cards(wf, (0, 0, "A"), (240, 0, "B"), (0, 160, "C"))
    page.view.setFocus()
    page.scene.select_only([page.scene.cards[a.id]])
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    cards = wf.board.cards()
    assert len(cards) == 4
    copy = next(x for x in cards if x.id not in (a.id, b.id, c.id))
    assert copy.title == "A"
    assert not any(_overlap(copy, other) for other in (a, b, c)), (copy.x, copy.y)
    assert abs(copy.x - a.x) + abs(copy.y - a.y) < 800  # near the original, not far off


def test_ctrl_click_and_rubber_band_select_then_align(wf, page, qtbot):
    a, b, c = add_cards(wf, (0, 0, "A"), (400, 60, "B"), (800, 200, "C"))
    page.view.set_zoom(0.8)
    page.view.centerOn(520, 160)
    vp = page.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=card_center(page, a.id))
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, card_center(page, c.id))
    assert page.scene.selected_ids()[0] == [a.id, c.id]
    # a plain click on free board clears, Shift-drag draws a rubber band
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=at(page, 600, 500))
    assert page.scene.selected_ids()[0] == []
    drag(qtbot, page, at(page, -20, -20), at(page, 660, 200), Qt.KeyboardModifier.ShiftModifier)
    assert page.scene.selected_ids()[0] == [a.id, b.id]
    page.controller.align("top")
    assert wf.board.card(b.id).y == 0 and wf.board.card(a.id).y == 0
    assert page.undo_stack.count() == 1


def test_resize_grip(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "Sozialplanung"))
    page.view.set_zoom(1.0)
    page.view.centerOn(200, 150)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=card_center(page, a.id))
    drag(qtbot, page, at(page, 236, 116), at(page, 318, 205))
    stored = wf.board.card(a.id)
    assert (stored.w, stored.h) == (320, 200)
    page.undo_stack.undo()
    assert (wf.board.card(a.id).w, wf.board.card(a.id).h) == (240, 120)


def test_zone_drag_carries_its_cards(wf, page, qtbot):
    inside, outside = add_cards(wf, (40, 80, "drin"), (900, 80, "draußen"))
    zone = wf.board.add_zone(model.Zone(label="Planungslücke", color="#fff6bf", x=0, y=0, w=600, h=400))
    page.view.set_zoom(0.8)
    page.view.centerOn(400, 200)
    page.scene.load(wf.board.board())
    # the label strip is the handle; the body of a zone is free board
    drag(qtbot, page, at(page, 300, 20), at(page, 400, 120))
    assert (wf.board.zone(zone.id).x, wf.board.zone(zone.id).y) == (100, 100)
    assert (wf.board.card(inside.id).x, wf.board.card(inside.id).y) == (140, 180)
    assert wf.board.card(outside.id).x == 900
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert wf.board.card(inside.id).x == 40 and wf.board.zone(zone.id).x == 0


def test_drag_on_free_board_pans_and_keeps_data(wf, page, qtbot):
    add_cards(wf, (0, 0, "A"))
    page.scene.load(wf.board.board())
    page.view.set_zoom(1.0)
    page.view.centerOn(120, 60)
    before = page.view.mapToScene(page.view.viewport().rect().center())
    drag(qtbot, page, at(page, 600, 400), at(page, 450, 300))
    after = page.view.mapToScene(page.view.viewport().rect().center())
    assert round(after.x() - before.x()) == 150 and round(after.y() - before.y()) == 100
    assert page.undo_stack.count() == 0 and wf.board.card(1).x == 0


def test_keys_1_to_4_choose_the_dot_colour_and_stick_nothing_on_the_selection(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "Netzwerkkonferenz"))
    page.reveal("card", a.id)
    assert page.scene.cards[a.id].isSelected()
    qtbot.keyClick(page.view, Qt.Key.Key_3)
    assert wf.board.dots() == [] and page.undo_stack.count() == 0  # a vote is a click, not a key
    assert page.scene.tool == "dot" and page.controller.dot_color == enums.DOT_COLORS[2]
    assert [a.isChecked() for a in page.dot_color_group.actions()] == [False, False, True, False]
    vp = page.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=card_center(page, a.id))
    qtbot.keyClick(page.view, Qt.Key.Key_1)
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=card_center(page, a.id))
    assert sorted(d.color for d in wf.board.dots()) == sorted([enums.DOT_COLORS[2], enums.DOT_COLORS[0]])
    texts = [act.text() for act in page.dot_key_actions]
    assert texts[0] == "Klebepunktfarbe rot wählen" and [act.shortcut().toString() for act in page.dot_key_actions] == ["1", "2", "3", "4"]


def test_dots_by_click_and_panel(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "Netzwerkkonferenz"))
    page.reveal("card", a.id)
    vp = page.view.viewport()
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(page.view, key)
        qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=card_center(page, a.id))
    colors = sorted(d.color for d in wf.board.dots())
    assert colors == sorted([enums.DOT_COLORS[0], enums.DOT_COLORS[0], enums.DOT_COLORS[1]])
    panel = page.inspector.card_panel
    assert panel.dot_counts[enums.DOT_COLORS[0]].text() == "2"
    assert page.scene.cards[a.id].dot_counts() == {enums.DOT_COLORS[0]: 2, enums.DOT_COLORS[1]: 1}
    qtbot.mouseClick(panel.dot_remove[enums.DOT_COLORS[0]], Qt.MouseButton.LeftButton)
    assert panel.dot_counts[enums.DOT_COLORS[0]].text() == "1"
    assert len(wf.board.dots()) == 2
    page.undo_stack.undo()
    assert len(wf.board.dots()) == 3


def test_dot_tool_sticks_and_removes_dots_by_click(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "Familien"))
    page.view.set_zoom(1.0)
    page.view.centerOn(120, 60)
    page._set_dot_color(enums.DOT_COLORS[2])
    vp = page.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=card_center(page, a.id))
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=card_center(page, a.id))
    assert [d.color for d in wf.board.dots()] == [enums.DOT_COLORS[2]] * 2
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, card_center(page, a.id))
    assert len(wf.board.dots()) == 1


def test_keys_typed_on_a_card_are_text_not_board_shortcuts(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "Sozialplanung"))
    page.reveal("card", a.id)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = page.inline_editor
    assert editor.isVisible()
    qtbot.keyClick(editor.title, Qt.Key.Key_End)
    for key in (Qt.Key.Key_Insert, Qt.Key.Key_1, Qt.Key.Key_N):
        qtbot.keyClick(editor.title, key)
    qtbot.keyClick(editor.title, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(wf.board.cards()) == 1 and wf.board.dots() == []  # no new card, no dot, no copy
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert wf.board.card(a.id).title == "Sozialplanung1n"
    # on the board itself, Return opens the card for writing again
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert editor.isVisible()


def test_new_card_in_an_area_zone_takes_its_area_and_zone_body_is_free_board(wf, page, qtbot):
    from fh_desktop.domain import board_style

    zone = wf.board.add_zone(model.Zone(label="Gesundheitsplanung", color=board_style.AREA_ZONE_COLORS["gesundheit"],
                                        x=0, y=0, w=800, h=600))
    page.view.set_zoom(1.0)
    page.view.centerOn(400, 300)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, 400, 300))
    qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_Return)
    (card,) = wf.board.cards()
    assert card.area == enums.PlanningArea.HEALTH
    assert wf.board.zone(zone.id).x == 0  # the double-click did not grab the zone


def test_a_dot_meaning_typed_in_the_panel_is_one_undo_step(wf, page, qtbot):
    card = wf.board.add_card(model.Card(title="Jugendamt"))
    qtbot.waitUntil(lambda: card.id in page.scene.cards)
    page.scene.select_only([page.scene.cards[card.id]])
    panel = page.inspector.card_panel
    red = enums.DOT_COLORS[0]
    field = panel.dot_meanings[red]
    qtbot.waitUntil(field.isVisible)
    before = {m.color: m.meaning for m in wf.board.dot_meanings()}[red]
    field.setFocus()
    field.selectAll()
    type_text(qtbot, field, "bis Herbst klären")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert {m.color: m.meaning for m in wf.board.dot_meanings()}[red] == "bis Herbst klären"
    assert page.undo_stack.undoText() == "Bedeutung der Klebepunkte ändern"
    page.view.setFocus()  # Bearbeiten → Rückgängig: the field is no longer being typed in
    page.undo_stack.undo()
    assert {m.color: m.meaning for m in wf.board.dot_meanings()}[red] == before
    qtbot.waitUntil(lambda: field.text() == before)  # the panel shows what is stored
    page.undo_stack.redo()
    assert {m.color: m.meaning for m in wf.board.dot_meanings()}[red] == "bis Herbst klären"
