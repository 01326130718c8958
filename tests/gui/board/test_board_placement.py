"""Where new cards and zones land, and what a zone carries when dragged, with real input."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from fh_desktop.domain import model
from fh_desktop.domain.board_layout import Rect
from tests.gui.board.conftest import add_cards, at, card_center, drag


def overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def card_rects(wf) -> list[Rect]:
    return [Rect(c.x, c.y, c.w, c.h) for c in wf.board.cards()]


def zone_rects(wf) -> list[Rect]:
    return [Rect(z.x, z.y, z.w, z.h) for z in wf.board.zones()]


def no_overlaps(rects: list[Rect]) -> bool:
    return not any(overlap(a, b) for i, a in enumerate(rects) for b in rects[i + 1 :])


def test_new_cards_by_toolbar_and_insert_key_land_beside_what_is_in_the_middle(wf, page, qtbot):
    add_cards(wf, (-120, -60, "Jugendamt"), (160, -60, "Gesundheitsamt"))
    page.view.set_zoom(0.8)
    page.view.centerOn(0, 0)
    visible = page.view.visible_rect()
    button = page.card_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_Return)
    for _ in range(3):
        qtbot.keyClick(page.view, Qt.Key.Key_Insert)
        assert page.inline_editor.isVisible()
        qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_Return)
    rects = card_rects(wf)
    assert len(rects) == 6 and no_overlaps(rects)
    for r in rects[2:]:  # near the middle of what the moderator looks at
        assert visible.contains(r.cx, r.cy)


def test_a_new_card_from_the_toolbar_keeps_off_zones_a_double_click_in_a_zone_puts_it_there(wf, page, qtbot):
    zone = wf.board.add_zone(model.Zone(label="Gesundheit", color="#e6f4ea", x=-300, y=-200, w=600, h=400))
    page.view.set_zoom(0.6)
    page.view.centerOn(0, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_Return)
    (card,) = wf.board.cards()
    assert not overlap(Rect(card.x, card.y, card.w, card.h), Rect(zone.x, zone.y, zone.w, zone.h))
    assert page.view.visible_rect().contains(card.x + card.w / 2, card.y + card.h / 2)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, 0, 0))
    qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_Return)
    inner = next(c for c in wf.board.cards() if c.id != card.id)
    assert -300 <= inner.x and inner.x + inner.w <= 300 and -156 <= inner.y and inner.y + inner.h <= 200


def test_a_new_zone_keeps_off_cards_and_zones(wf, page, qtbot):
    add_cards(wf, (-120, -60, "Jugendamt"), (300, 200, "Kita"))
    wf.board.add_zone(model.Zone(label="Gesundheit", x=-700, y=-500, w=500, h=400))
    page.view.set_zoom(0.5)
    page.view.centerOn(0, 0)
    toolbar = page.toolbar
    zone_button = toolbar.widgetForAction(page.new_zone_action)
    qtbot.mouseClick(zone_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(zone_button, Qt.MouseButton.LeftButton)
    zones = zone_rects(wf)
    assert len(zones) == 3 and no_overlaps(zones)
    for z in zones[1:]:
        assert not any(overlap(z, c) for c in card_rects(wf))
        assert z.x % 20 == 0 and z.y % 20 == 0
    # dragging the new zone carries nothing: it holds no card
    new = wf.board.zones()[-1]
    page.scene.clearSelection()
    drag(qtbot, page, at(page, new.x + 200, new.y + 20), at(page, new.x + 300, new.y + 20))
    assert wf.board.zone(new.id).x == new.x + 100
    assert sorted((c.x, c.y) for c in wf.board.cards()) == [(-120, -60), (300, 200)]


def test_double_click_beside_a_card_puts_the_new_card_under_the_pointer_but_not_on_the_card(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "Jugendamt"))
    page.view.set_zoom(1.0)
    page.view.centerOn(300, 60)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, 300, 60))  # 60 right of it
    qtbot.keyClick(page.inline_editor.title, Qt.Key.Key_Return)
    new = next(c for c in wf.board.cards() if c.id != a.id)
    r = Rect(new.x, new.y, new.w, new.h)
    assert not overlap(r, Rect(0, 0, 240, 120))
    assert r.x <= 300 <= r.right and r.y <= 60 <= r.bottom  # still under the pointer


def zones_with_cards(wf):
    area = wf.board.add_zone(model.Zone(label="Jugendhilfe", color="#e8eef7", x=0, y=0, w=1000, h=600, z=-100))
    gap = wf.board.add_zone(model.Zone(label="Planungslücke", color="#fff6bf", x=600, y=300, w=340, h=260, z=-99))
    # laid over the area's right part later: its label strip lies on the area's Gesundheitsamt card
    other = wf.board.add_zone(model.Zone(label="Gesundheit", color="#e6f4ea", x=800, y=20, w=600, h=400, z=-98))
    cards = add_cards(wf, (80, 100, "Jugendamt"), (640, 380, "Kita"), (840, 10, "Gesundheitsamt"), (1700, 0, "frei"),
                      (1140, 160, "Familienhebamme"))  # fmt: skip
    return area, gap, other, cards


def test_a_zone_dragged_by_its_frame_carries_what_it_holds_and_nothing_else(wf, page, qtbot):
    area, gap, other, (youth, kita, health, free, midwife) = zones_with_cards(wf)
    page.view.set_zoom(0.5)
    page.view.centerOn(700, 200)
    # the left edge of the area (its frame) is a handle as well as the label
    drag(qtbot, page, at(page, 4, 300), at(page, 104, 340))
    assert (wf.board.zone(area.id).x, wf.board.zone(area.id).y) == (100, 40)
    assert (wf.board.zone(gap.id).x, wf.board.zone(gap.id).y) == (700, 340)  # the gap inside it came along
    assert (wf.board.card(youth.id).x, wf.board.card(kita.id).x) == (180, 740)
    # its own card under the label of the zone laid over it came along too; that zone and its card stay
    assert (wf.board.card(health.id).x, wf.board.card(health.id).y) == (940, 50)
    assert wf.board.zone(other.id).x == 800 and wf.board.card(midwife.id).x == 1140
    assert wf.board.card(free.id).x == 1700
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert wf.board.zone(area.id).x == 0 and wf.board.card(kita.id).x == 640


def test_a_zone_laid_over_cards_leaves_them_when_dragged_by_its_label(wf, page, qtbot):
    area, gap, other, (youth, kita, health, free, midwife) = zones_with_cards(wf)
    page.view.set_zoom(0.5)
    page.view.centerOn(900, 200)
    assert page.scene.zones[other.id].on_frame(page.scene.zones[other.id].mapFromScene(at_scene(page, at(page, 1200, 40))))
    drag(qtbot, page, at(page, 1200, 40), at(page, 1400, 40))
    assert wf.board.zone(other.id).x == 1000 and wf.board.card(midwife.id).x == 1340
    assert (wf.board.card(health.id).x, wf.board.card(health.id).y) == (840, 10)  # beneath its label, not its card
    assert wf.board.zone(area.id).x == 0 and wf.board.card(youth.id).x == 80


def at_scene(page, point: QPoint) -> QPointF:
    return page.view.mapToScene(point)


def drag_path(qtbot, page, points: list[QPoint]) -> None:
    """Press at the first point, move through the others with the button held, release."""
    vp = page.view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=points[0])
    for a, b in pairwise(points):
        for i in range(1, 5):
            p = a + (b - a) * (i / 4)
            event = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(p), QPointF(vp.mapToGlobal(p)),
                                Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(vp, event)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=points[-1])


def test_a_zone_passing_over_cards_does_not_pick_them_up(wf, page, qtbot):
    area, gap, other, (youth, kita, health, free, midwife) = zones_with_cards(wf)
    page.view.set_zoom(0.5)
    page.view.centerOn(700, 200)
    # the gap zone by its label: over the Jugendamt card, then down to free board below the area
    drag_path(qtbot, page, [at(page, 700, 320), at(page, 160, 100), at(page, 160, 820)])
    assert (wf.board.zone(gap.id).x, wf.board.zone(gap.id).y) == (60, 800)
    assert (wf.board.card(youth.id).x, wf.board.card(youth.id).y) == (80, 100)  # passed over, never held
    assert (wf.board.card(kita.id).x, wf.board.card(kita.id).y) == (100, 880)  # held from the start
    assert page.undo_stack.count() == 1


def test_a_drag_inside_a_zone_selects_its_cards_and_does_not_pan(wf, page, qtbot):
    area, gap, other, (youth, kita, health, free, midwife) = zones_with_cards(wf)
    page.view.set_zoom(0.5)
    page.view.centerOn(700, 200)
    before = page.view.visible_rect()
    drag(qtbot, page, at(page, 30, 60), at(page, 960, 590))
    assert page.view.visible_rect() == before  # no panning
    cards, zones, _ = page.scene.selected_ids()
    assert cards == sorted([youth.id, kita.id]) and zones == [gap.id]
    assert page.undo_stack.count() == 0 and wf.board.zone(area.id).x == 0
    # a plain click inside the zone clears the selection, as on free board
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, 300, 450))
    assert page.scene.selectedItems() == []
    # free board outside the zones still pans
    drag(qtbot, page, at(page, 500, 700), at(page, 400, 700))
    assert round(page.view.visible_rect().x() - before.x()) == 100


def test_arrow_keys_move_a_zone_with_what_it_holds_only(wf, page, qtbot):
    area, gap, other, (youth, kita, health, free, midwife) = zones_with_cards(wf)
    page.view.set_zoom(0.5)
    page.view.centerOn(700, 200)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=at(page, 300, 20))
    assert page.scene.selected_ids()[1] == [area.id]
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert wf.board.zone(area.id).x == 20 and wf.board.zone(gap.id).x == 620
    assert wf.board.card(kita.id).x == 660 and wf.board.card(health.id).x == 860  # its own, from 840
    assert wf.board.zone(other.id).x == 800 and wf.board.card(midwife.id).x == 1140
    assert card_center(page, youth.id) == at(page, 220, 160)
