"""Presentation mode on a small beamer: every name, every answer, every card title whole.

The offscreen screen is 800 px wide: narrower than the 1024 px beamers of meeting rooms,
so what fits here fits there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from fh_desktop.ui.board import card_lod
from fh_desktop.ui.checklist import page as checklist_page


def _text_fits(button: QAbstractButton) -> bool:
    metrics = QFontMetrics(button.font())
    return all(metrics.horizontalAdvance(line) <= button.width() - 8 for line in button.text().splitlines())


def _inside_window(widget: QWidget) -> bool:
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def test_presenting_on_a_narrow_screen_keeps_every_name_and_answer_whole(demo_window, qtbot):
    w = demo_window
    w.moderation.presentation.set_active(True)
    qtbot.waitUntil(lambda: w.width() <= 800)
    view = w.view
    assert not view.sidebar_scroll.isVisible()  # the step gets the width
    # "Präsentation beenden" never lies over the title.
    exit_button = w.moderation.presentation.exit_button
    title = view.header.title_label

    def title_rect() -> QRect:
        return QRect(title.mapTo(w, title.rect().topLeft()), title.size())

    qtbot.waitUntil(lambda: title.isVisible() and title_rect().right() < w.width() - 100)  # laid out
    assert exit_button.isVisible() and not exit_button.geometry().intersects(title_rect())
    assert title.wordWrap() and title.text().startswith("Kommunale Verankerung")

    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = view.pages[2]
    for button in page.mode_buttons.values():
        assert _text_fits(button) and _inside_window(button), button.text()
    if not page.round_is_open():
        qtbot.mouseClick(page.mode_buttons[checklist_page.MODE_ROUND], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.round_view.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.round_view.name_buttons))
    qtbot.wait(20)
    for button in page.round_view.name_buttons.values():
        assert button.isVisible() and _text_fits(button) and _inside_window(button), button.text()

    first = next(iter(page.round_view.name_buttons.values()))
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    answers = page.answer_view
    qtbot.waitUntil(lambda: bool(answers.rows))
    qtbot.wait(20)
    assert answers.scroll_area.horizontalScrollBar().maximum() == 0  # nothing hides to the right
    row = answers.rows[0]
    viewport = answers.scroll_area.viewport()
    for button in row.buttons.values():
        left = button.mapTo(viewport, button.rect().topLeft()).x()
        assert left >= 0 and left + button.width() <= viewport.width(), button.text()
        assert _text_fits(button), button.text()
    w.moderation.presentation.set_active(False)


def test_board_at_fit_zoom_shows_every_card_title(demo_window, qtbot):
    w = demo_window
    w.resize(1280, 800)
    w.moderation.presentation.set_active(True)
    page = w.view.pages[1]
    qtbot.waitUntil(lambda: page.view.is_fitted())
    qtbot.wait(50)
    zoom = page.view.zoom()
    assert card_lod.needs_title_only(zoom)  # the full layout would be unreadable here
    for item in page.scene.cards.values():
        title = " ".join(item.card.title.split())
        if not title:
            continue
        pad = 5.0
        inner_w, inner_h = item.card.w - 2 * pad, item.card.h - 2 * pad
        size, lines = card_lod.title_fit(title, round(inner_w, 1), round(inner_h, 1), round(zoom * 1000))
        assert lines, title
        assert size * zoom >= card_lod.MIN_TITLE_PX - 0.5  # on screen, at least the minimum
        shown = "".join(line.rstrip("-") for line in lines).replace(" ", "")
        assert shown.rstrip("…")[: min(8, len(title))] == title.replace(" ", "")[: min(8, len(title))]
    w.moderation.presentation.set_active(False)


def test_focus_on_a_zone_zooms_to_it_and_home_shows_all(demo_window, qtbot):
    w = demo_window
    page = w.view.pages[1]
    qtbot.waitUntil(lambda: page.view.is_fitted())
    fitted = page.view.zoom()
    def cards_in(zone):
        return [c for c in page.scene.cards.values() if zone.sceneBoundingRect().contains(c.sceneBoundingRect())]

    zone = min((z for z in page.scene.zones.values() if cards_in(z)), key=lambda z: z.zone.w * z.zone.h)
    card = cards_in(zone)[0]
    page.scene.clearSelection()
    card.setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z)
    assert page.view.zoom() > fitted * 1.3
    visible = page.view.visible_rect()
    assert visible.contains(zone.sceneBoundingRect().center())
    qtbot.keyClick(page.view, Qt.Key.Key_Home)
    assert abs(page.view.zoom() - fitted) < 1e-6


def test_projector_shows_no_selection_frames_while_presenting(demo_window, qtbot):
    from fh_desktop.ui.board.card_item import CardItem

    w = demo_window
    w.moderation.presentation.set_active(True)
    assert CardItem.show_selection is False
    w.moderation.presentation.set_active(False)
    assert CardItem.show_selection is True
    assert QApplication.instance() is not None


def test_link_handle_is_generous_at_fit_zoom(demo_window, qtbot):
    """A press near the blue dot at fit zoom starts a link, it does not pan the board."""
    from PySide6.QtCore import QPointF

    w = demo_window
    page = w.view.pages[1]
    qtbot.waitUntil(lambda: page.view.is_fitted())
    zoom = page.view.zoom()
    assert zoom < 0.6
    cards = sorted(page.scene.cards.values(), key=lambda c: (c.pos().y(), c.pos().x()))
    source = cards[0]
    links_before = len(w.wf.board.links())
    handle = source.mapToScene(source.handle_center())
    # 10 screen pixels off the dot's centre, where the old shape had a hole or nothing.
    press_at = page.view.mapFromScene(handle + QPointF(0, 10 / zoom))
    target = next(c for c in cards[1:] if c.card_id not in {lk.target_id for lk in w.wf.board.links()
                                                              if lk.source_id == source.card_id})
    release_at = page.view.mapFromScene(target.mapToScene(target.rect().center()))
    scroll = (page.view.horizontalScrollBar().value(), page.view.verticalScrollBar().value())
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press_at)
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtCore import QEvent
    for k in range(1, 6):
        p = press_at + (release_at - press_at) * (k / 5)
        QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(viewport.mapToGlobal(p)),
                                                     Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=release_at)
    assert (page.view.horizontalScrollBar().value(), page.view.verticalScrollBar().value()) == scroll  # no pan
    qtbot.waitUntil(lambda: len(w.wf.board.links()) == links_before + 1)
    new = max(w.wf.board.links(), key=lambda lk: lk.id)
    assert (new.source_id, new.target_id) == (source.card_id, target.card_id)


def test_every_name_tile_and_answer_option_is_whole_on_a_1024x768_beamer(tmp_path):
    """A real 1024 × 768 screen in a child process (the tests' own offscreen screen is 800 × 600):
    presenting the individual round of the demo's seven people, no name tile is cut off, and
    the first person sees all four answer options of the statement they are on."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    config = tmp_path / "screen.json"
    screen = {"name": "Beamer", "x": 0, "y": 0, "width": 1024, "height": 768, "logicalDpiX": 96, "logicalDpiY": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", FH_DESKTOP_HOME=str(tmp_path / "home"))
    probe = Path(__file__).with_name("round_probe.py")
    done = subprocess.run(
        [sys.executable, str(probe), str(tmp_path / "demo.fhw")],
        env=env, cwd=Path(__file__).resolve().parents[3], capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screen"] == [1024, 768] and result["presenting"]
    assert len(result["tiles"]) == 7
    for tile in result["tiles"]:
        assert tile["visible"] == tile["size"], tile  # whole, not cut by the panel below
    assert len(result["options"]) == 4
    for option in result["options"]:
        assert option["visible"] == option["size"], option  # no option below the visible area


def _laptop_probe(tmp_path, lang: str) -> dict:
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    config = tmp_path / "screen.json"
    screen = {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpiX": 96, "logicalDpiY": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", FH_DESKTOP_HOME=str(tmp_path / "home"))
    probe = Path(__file__).with_name("laptop_probe.py")
    done = subprocess.run(
        [sys.executable, str(probe), str(tmp_path / "demo.fhw"), lang],
        env=env, cwd=Path(__file__).resolve().parents[3], capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_moderators_1280x800_window_shows_every_name_answer_and_button_whole(tmp_path, lang):
    """The normal window on a 1280 × 800 laptop, sidebar on (the default): the room's screens
    of step 2 and the action plan get the sidebar's width, the clock moves into the step bar,
    and no name, answer option, button or form field is cut or scrolls sideways."""
    r = _laptop_probe(tmp_path, lang)
    assert r["screen"] == [1280, 800] and r["window"][0] > 1200
    catalog = r["catalog"]
    assert catalog["sidebar"] and not catalog["clock"]  # preparing: the agenda stays beside the catalogue
    assert catalog["cut"] == [] and not catalog["agenda_sideways"]
    for screen in ("round", "answers", "result", "actions"):
        assert not r[screen]["sidebar"] and r[screen]["clock"], screen
    assert r["round"]["tiles"] == 7 and r["round"]["cut"] == []
    assert r["answers"]["options"] == 4 and r["answers"]["cut"] == []
    assert r["result"]["cut"] == [] and not r["result"]["side_sideways"]
    assert not r["actions"]["table_sideways"] and not r["actions"]["form_sideways"]
    # Ctrl+Shift+L brings the sidebar back over the room's screen; again, and it is off.
    assert r["actions_by_hand"] == {"sidebar": True, "clock": False}
    assert r["actions_off"] == {"sidebar": False, "clock": True, "checked": False}


def test_a_1024_wide_window_gives_the_board_the_sidebars_width(demo_window, qtbot):
    # On a 1024x768 laptop the board beside card panel and sidebar kept 370 px and cut every title.
    w = demo_window
    view = w.view
    w.resize(1024, 740)
    qtbot.waitUntil(lambda: not view.sidebar_scroll.isVisible())
    assert view.current_step() == 1 and view.nav_clock.isVisible()
    w.resize(1280, 800)
    qtbot.waitUntil(view.sidebar_scroll.isVisible)  # the laptop of 1280 px keeps it beside the board
    assert not view.nav_clock.isVisible()
