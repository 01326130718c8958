"""The board page around the canvas: template, preferences, export, view, shell wiring."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from fh_desktop import resources
from fh_desktop.domain import board_layout, enums, model
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.shell.main_window import MainWindow
from tests.gui.board.conftest import add_cards, card_center


def test_template_button_on_empty_board_is_one_undo_step(wf, page, qtbot):
    assert page.empty_hint.isVisible()
    qtbot.mouseClick(page.empty_hint.template_button, Qt.MouseButton.LeftButton)
    board = wf.board.board()
    assert len(board.cards) >= 15 and len(board.zones) >= 5 and len(board.links) >= 10
    assert len(page.scene.cards) == len(board.cards) and len(page.scene.links) == len(board.links)
    assert not page.empty_hint.isVisible()
    # the whole board is in view after inserting
    assert page.view.visible_rect().contains(page.scene.content_rect())
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert wf.board.board() == model.Board()
    assert page.scene.cards == {} and page.empty_hint.isVisible()
    page.undo_stack.redo()
    assert wf.board.board() == board


def test_template_next_to_existing_cards(wf, page):
    add_cards(wf, (0, 0, "schon da"))
    page.template_action.trigger()
    cards = wf.board.cards()
    assert min(c.x for c in cards if c.title != "schon da") >= 240 + 200


def test_malformed_template_shows_a_message_naming_the_problem(wf, page, qtbot, tmp_path, monkeypatch):
    fake_root = tmp_path / "root"
    shutil.copytree(resources.resources_dir(), fake_root / "resources")
    target = fake_root / "resources" / "board_template.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    data["rows"][0]["lanes"][0]["cards"][1]["kind"] = "person"
    target.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(resources, "root", lambda: fake_root)
    qtbot.mouseClick(page.empty_hint.template_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "errorDialog")
    assert box is not None and box.isVisible()
    assert "/rows/0/lanes/0/cards/1/kind" in box.text() and "person" in box.text()
    assert wf.board.cards() == [] and page.undo_stack.count() == 0
    box.close()


def test_preferences_are_stored_per_workshop_and_restored(wf, make_page):
    a, b = add_cards(wf, (0, 0, "A"), (400, 0, "B"))
    wf.board.update_card(a.id, kind=enums.CardKind.ACTOR, influence=3)
    wf.board.update_card(b.id, kind=enums.CardKind.ACTOR, influence=1)
    page = make_page(wf)
    page.influence_filter.setCurrentIndex(page.influence_filter.findData(2))
    assert page.scene.cards[a.id].opacity() == 1.0
    assert page.scene.cards[b.id].opacity() < 0.5
    page.grid_action.trigger()
    page.snap_action.trigger()
    page.legend_action.trigger()
    assert (wf.meta.setting("board.influence_min"), wf.meta.setting("board.grid_visible"), wf.meta.setting("board.snap")) == (2, False, False)
    again = make_page(wf)
    assert again.scene.influence_min == 2 and again.influence_filter.currentData() == 2
    assert again.scene.cards[b.id].opacity() < 0.5
    assert not again.scene.grid_visible and not again.scene.snapping
    assert not again.legend.expanded and not again.legend_action.isChecked()


def test_store_changes_update_single_items_without_reload(wf, page):
    a, b = add_cards(wf, (0, 0, "A"), (400, 0, "B"))
    link = wf.board.add_link(model.Link(source_id=a.id, target_id=b.id))
    item_a, item_b, item_link = page.scene.cards[a.id], page.scene.cards[b.id], page.scene.links[link.id]
    wf.board.update_card(b.id, x=600.0, title="Jugendhilfeausschuss")
    assert page.scene.cards[a.id] is item_a and page.scene.cards[b.id] is item_b
    assert item_b.pos().x() == 600 and item_b.card.title == "Jugendhilfeausschuss"
    assert page.scene.links[link.id] is item_link
    assert item_link.geometry().end[0] == 600  # the link followed


def test_reopen_shows_the_board_as_left(tmp_path, make_page, qtbot):
    path = tmp_path / "w.fhw"
    wf = WorkshopFile.create(path)
    page = make_page(wf)
    qtbot.mouseClick(page.empty_hint.template_button, Qt.MouseButton.LeftButton)
    first = min(page.scene.cards)
    page.reveal("card", first)
    qtbot.keyClick(page.view, Qt.Key.Key_3)  # the blue dot tool; a click sticks the dot
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=card_center(page, first))
    page.controller.restack(front=True)
    zone = page.controller.create_zone(QPointF(3000, 0), label="Planungslücke", color="#fff6bf")
    page.controller.edit_zone(zone, {"w": 420.0})
    expected = wf.board.board()
    page.close()
    wf.close()
    with WorkshopFile.open(path) as again:
        reopened = make_page(again)
        assert again.board.board() == expected
        for card in expected.cards:
            item = reopened.scene.cards[card.id]
            assert (item.pos().x(), item.pos().y(), item.card.w, item.card.h, item.zValue()) == (card.x, card.y, card.w, card.h, card.z)
        assert reopened.scene.zones[zone].zone.w == 420 and reopened.scene.zones[zone].zone.color == "#fff6bf"
        assert reopened.scene.cards[first].dot_counts() == {enums.DOT_COLORS[2]: 1}
        assert set(reopened.scene.links) == {lk.id for lk in expected.links}
        reopened.close()


def test_export_png_and_svg_with_legend_and_escaped_text(wf, page, tmp_path):
    a, b = add_cards(wf, (0, 0, "<b>Träger & Co</b>"), (500, 300, "=SUMME(A1)"))
    wf.board.add_link(model.Link(source_id=a.id, target_id=b.id, label="Daten <script>"))
    png, svg = tmp_path / "pinnwand.png", tmp_path / "pinnwand.svg"
    assert page.export_picture(png, "png") and page.export_picture(svg, "svg")
    image = QImage(str(png))
    bounds = board_layout.board_bounds(wf.board.board())
    assert image.width() >= 2 * bounds.w and image.height() >= 2 * bounds.h  # high resolution, legend below
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Planungsbereiche" in text and "Beschluss/Auftrag" in text
    assert "&lt;b&gt;Träger &amp; Co&lt;/b&gt;" in text and "<script>" not in text
    assert not list(tmp_path.glob(".pinnwand*"))  # no temporary leftovers


def test_export_to_unwritable_place_shows_error_and_leaves_nothing(wf, page, tmp_path):
    add_cards(wf, (0, 0, "A"))
    target = tmp_path / "gibt-es-nicht" / "bild.png"
    assert not page.export_picture(target, "png")
    box = page.findChild(QMessageBox, "errorDialog")
    assert box is not None and "bild.png" in box.text()
    assert not target.parent.exists()
    box.close()
    # the note below the board keeps the one line after the dialog is gone
    note = page.export_note
    assert note.isVisible() and note.text().startswith("Nicht exportiert:") and "bild.png" in note.text()
    assert "\n" not in note.text()


def test_zoom_by_keys_wheel_and_fit(wf, page, qtbot):
    add_cards(wf, (0, 0, "A"), (3000, 2000, "B"))
    page.view.setFocus()
    page.view.set_zoom(1.0)
    qtbot.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoom() > 1.0
    qtbot.keyClick(page.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoom() == 1.0
    vp = page.view.viewport()
    pos = QPointF(vp.width() / 2, vp.height() / 2)
    wheel = QWheelEvent(pos, QPointF(vp.mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, -240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(vp, wheel)
    assert page.view.zoom() < 1.0
    qtbot.keyClick(page.view, Qt.Key.Key_Home)
    assert page.view.visible_rect().contains(page.scene.content_rect())
    assert page.zoom_controls.percent.text() == f"{round(page.view.zoom() * 100)} %"
    assert page.minimap.isHidden()  # everything fits: no overview needed
    page.view.set_zoom(1.0)
    page._update_overlays()
    assert page.minimap.isVisible()
    before = page.view.visible_rect().center()
    plain = QWheelEvent(pos, QPointF(vp.mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, -240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(vp, plain)
    assert page.view.visible_rect().center().y() > before.y()  # the wheel scrolls down


def test_reveal_selects_and_centres_a_card(wf, page):
    a, b = add_cards(wf, (0, 0, "A"), (5000, 3000, "Netzwerkkonferenz"))
    page.view.set_zoom(1.0)
    page.view.centerOn(0, 0)
    page.reveal("card", b.id)
    assert page.scene.selected_ids()[0] == [b.id]
    centre = page.view.visible_rect().center()
    r = page.scene.cards[b.id].scene_rect()
    assert abs(centre.x() - r.cx) < 2 and abs(centre.y() - r.cy) < 2


def test_shell_undo_redo_keys_reach_the_board(demo_file, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.open_path(Path(demo_file))
    page = window.view.pages[1]
    card_id = min(page.scene.cards)
    page.reveal("card", card_id)
    before = window.wf.board.card(card_id)
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert window.wf.board.card(card_id).x == before.x + 20
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.wf.board.card(card_id).x == before.x
    qtbot.keyClick(page.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.wf.board.card(card_id).x == before.x + 20
    window.close()


def test_demo_board_opens_with_everything(demo_file, make_page):
    with WorkshopFile.open(demo_file) as wf:
        page = make_page(wf)
        board = wf.board.board()
        assert len(page.scene.cards) == len(board.cards) >= 15
        assert len(page.scene.links) == len(board.links) >= 12
        assert len(page.scene.zones) >= 2
        assert sum(len(i.dots) for i in page.scene.cards.values()) == len(board.dots) > 0
        assert page.view.visible_rect().contains(page.scene.content_rect())
        page.close()


def test_card_clicked_in_view_shows_in_panel(wf, page, qtbot):
    (a,) = add_cards(wf, (0, 0, "Gesundheitsplanung"))
    page.view.set_zoom(1.0)
    page.view.centerOn(120, 60)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=card_center(page, a.id))
    assert page.inspector.card_panel.title.text() == "Gesundheitsplanung"
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert page.inline_editor.isVisible() and page.inline_editor.title.text() == "Gesundheitsplanung"


def test_far_zoom_draws_an_overview_and_cards_stay_clickable(wf, page, qtbot):
    from PySide6.QtWidgets import QGraphicsItem

    a, b = add_cards(wf, (0, 0, "A"), (400, 0, "B"))
    link = wf.board.add_link(model.Link(source_id=a.id, target_id=b.id, label="Bericht"))
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    page.view.set_zoom(0.2)  # a workshop-sized board keeps its cards (and their titles) here
    assert not page.scene.overview.isVisible()
    assert not page.scene.cards[a.id].flags() & no_contents
    page.view.set_zoom(0.1)
    assert page.scene.overview.isVisible()
    assert page.scene.cards[a.id].flags() & no_contents
    assert not page.scene.links[link.id].label_item.isVisible()
    page.view.centerOn(320, 70)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=card_center(page, b.id))
    assert page.scene.selected_ids()[0] == [b.id]
    c = wf.board.add_card(model.Card(title="C", x=800, y=0))
    assert page.scene.cards[c.id].flags() & no_contents  # new cards join the overview
    page.view.set_zoom(1.0)
    assert not page.scene.overview.isVisible()
    assert not page.scene.cards[c.id].flags() & no_contents
    assert page.scene.links[link.id].label_item.isVisible()


def test_touchpad_pinch_zooms_around_the_fingers(wf, page):
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    add_cards(wf, (0, 0, "A"))
    page.view.set_zoom(1.0)
    page.view.centerOn(120, 70)
    vp = page.view.viewport()
    spot = QPointF(200, 150)
    under = page.view.mapToScene(spot.toPoint())
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
        spot, spot, QPointF(vp.mapToGlobal(spot.toPoint())), 0.5, QPointF(), 1,
    )
    QApplication.sendEvent(vp, event)
    assert abs(page.view.zoom() - 1.5) < 1e-6
    after = page.view.mapToScene(spot.toPoint())
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2


def test_projector_shows_the_whole_board_live_and_read_only(wf, page, qtbot):
    from PySide6.QtWidgets import QWidget

    from fh_desktop.ui.board.projector_view import BoardProjectorView

    add_cards(wf, (0, 0, "A"), (2000, 1200, "B"))
    holder = QWidget()
    qtbot.addWidget(holder)
    view = page.projector_view(holder)
    assert isinstance(view, BoardProjectorView) and view.scene() is page.scene
    assert not view.isInteractive() and view.focusPolicy() == Qt.FocusPolicy.NoFocus
    holder.resize(800, 600)
    view.resize(800, 600)
    with qtbot.waitExposed(holder):
        holder.show()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(page.scene.content_rect())
    c = wf.board.add_card(model.Card(title="C", x=5000, y=0))
    qtbot.waitUntil(lambda: view.mapToScene(view.viewport().rect()).boundingRect().contains(page.scene.cards[c.id].sceneBoundingRect()))


def test_every_board_event_has_its_own_handler(page):
    """The scene lists its handlers explicitly: a board event without one is a bug here,
    not a silently ignored update."""
    from fh_desktop.store.events import BOARD_TOPICS, EMITS

    declared = {(topic, op) for topic in BOARD_TOPICS for op in EMITS[topic]}
    assert set(page.scene.handlers) == declared
    assert all(callable(h) for h in page.scene.handlers.values())


def test_picture_export_from_the_menu_names_the_file_written(wf, page, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QLineEdit, QToolButton

    from tests.gui.keyboard import type_text

    add_cards(wf, (0, 0, "Jugendamt"))
    assert not page.export_note.isVisible()
    button = page.findChild(QToolButton, "exportButton")

    def choose_png() -> None:  # the menu is open now: the first entry, "Als PNG-Bild …"
        menu = QApplication.activePopupWidget()
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_png)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QFileDialog, "boardPictureDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.selectedFiles()[0].endswith(" Pinnwand.png")
    target = tmp_path / "Bild für den Ausschuss.png"
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    name_field.selectAll()
    type_text(qtbot, name_field, str(target))
    qtbot.keyClick(name_field, Qt.Key.Key_Return)
    assert target.exists() and not QImage(str(target)).isNull()
    note = page.export_note
    assert note.isVisible() and "Bild für den Ausschuss.png" in note.text() and note.toolTip() == str(target)
    assert page.findChild(QMessageBox, "errorDialog") is None  # nothing to click away
