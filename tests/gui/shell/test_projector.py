"""The participant view on a second screen: placement, content per step, blank and freeze."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from fh_desktop.ui.common.title_slide import StepTitleSlide

PROBE = Path(__file__).with_name("two_screens_probe.py")


def open_projector(w, qtbot):
    """Offscreen Qt has one screen; the window logic is the same for any screen passed in."""
    w.moderation.projector.open_on(QApplication.primaryScreen())
    qtbot.waitUntil(lambda: w.moderation.projector.active)
    return w.moderation.projector.window


def test_projector_shows_the_current_steps_participant_view_without_controls(demo_window, qtbot):
    w = demo_window
    board = w.view.pages[1]
    board.projector_view = board.default_projector_view  # the title slide, as a page without its own view
    pw = open_projector(w, qtbot)
    assert pw.isFullScreen() and pw.geometry() == QApplication.primaryScreen().geometry()
    assert w.moderation.projector_action.isChecked() and w.moderation.freeze_action.isEnabled()
    assert isinstance(pw.content, StepTitleSlide)
    assert pw.title.text() == "Schritt 1: Pinnwand"
    slide = pw.content
    assert slide.step == 1 and slide.workshop_label.text().startswith("Kommunale Verankerung")
    assert slide.place_label.text() == "Landkreis Lindenau · 26.11.2026 · Kreishaus Lindenau, Sitzungssaal 2"
    assert [lab.text() for lab in slide.questions.labels][0].startswith("• Welchen Planungsaufgaben")
    assert not slide.questions.edit_button.isVisible()
    assert not [b for b in pw.findChildren(QPushButton) if b.isVisible()]  # nothing to click for the room
    assert pw.countdown is not None and pw.countdown.text() == w.view.agenda.countdown.text()
    # The laptop keeps the keyboard: the projector never takes focus.
    assert pw.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.activeWindow() is w

    w.wf.meta.update_workshop(title="Neuer Titel")
    assert pw.content.workshop_label.text().startswith("Neuer Titel")
    w.view.show_step(3)
    assert pw.title.text() == "Schritt 3: Maßnahmenplan"


def test_page_hook_supplies_the_projector_view(demo_window, qtbot):
    w = demo_window
    page = w.view.pages[2]
    page.projector_view = lambda parent: QLabel("Auswertung für alle", parent)
    pw = open_projector(w, qtbot)
    w.view.show_step(2)
    assert isinstance(pw.content, QLabel) and pw.content.text() == "Auswertung für alle"
    assert pw.content.parent() is pw.live


def test_blank_key_blanks_the_projector_not_the_console(demo_window, qtbot):
    w = demo_window
    pw = open_projector(w, qtbot)
    w.view.navigation.buttons[1].setFocus()
    qtbot.keyClick(w.view.navigation.buttons[1], Qt.Key.Key_B)
    assert pw.blanked and not pw.title.isVisible() and not w.moderation.cover.isVisible()
    qtbot.keyClick(w.view.navigation.buttons[1], Qt.Key.Key_B)
    assert not pw.blanked and pw.stack.currentWidget() is pw.live


def test_freeze_keeps_the_last_picture_while_the_moderator_prepares(demo_window, qtbot):
    w = demo_window
    pw = open_projector(w, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_F9)
    assert pw.is_frozen and pw.stack.currentWidget() is pw.frozen
    assert not pw.frozen.pixmap().isNull() and w.moderation.freeze_action.isChecked()
    w.view.show_step(2)  # prepared underneath, not shown
    assert pw.stack.currentWidget() is pw.frozen and pw.title.text() == "Schritt 2: Checkliste"
    w.moderation.blank_screen()
    assert pw.blanked
    w.moderation.blank_screen()
    assert pw.stack.currentWidget() is pw.frozen  # unblanking returns to the frozen picture
    qtbot.keyClick(w, Qt.Key.Key_F9)
    assert not pw.is_frozen and pw.stack.currentWidget() is pw.live


def rgb(image):
    return image.convertToFormat(QImage.Format.Format_RGB32)


def on_window(pw, widget):
    """``widget``'s place in the projector window's own coordinates."""
    return QRect(widget.mapTo(pw, QPoint(0, 0)), widget.size())


def test_freeze_includes_the_bar_with_step_and_clock(demo_window, qtbot, hand):
    w = demo_window
    pw = open_projector(w, qtbot)
    qtbot.mouseClick(w.view.agenda.start_button, Qt.MouseButton.LeftButton)
    bar = on_window(pw, pw.title).united(on_window(pw, pw.countdown))
    before = rgb(pw.grab(bar).toImage())
    title_before = rgb(pw.title.grab().toImage())
    qtbot.keyClick(w, Qt.Key.Key_F9)
    qtbot.mouseClick(w.view.navigation.buttons[2], Qt.MouseButton.LeftButton)  # another step, another clock
    hand.advance(125)
    w.timer.tick()
    assert pw.title.text() == "Schritt 2: Checkliste" and pw.countdown.text() == "75:00"
    # What the room sees is the picture of the moment F9 was pressed, the bar included.
    assert rgb(pw.grab(bar).toImage()) == before
    assert rgb(pw.title.grab().toImage()) != title_before  # underneath, the bar has moved on
    qtbot.keyClick(w, Qt.Key.Key_F9)
    assert rgb(pw.grab(bar).toImage()) != before


def test_closing_the_projector_and_the_workshop(demo_window, qtbot):
    w = demo_window
    pw = open_projector(w, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_F8)  # F8 toggles: off
    assert not w.moderation.projector.active and not w.moderation.projector_action.isChecked()
    pw = open_projector(w, qtbot)
    w.close_workshop()
    assert pw.countdown is None and pw.content is None and pw.title.text() == "Frühe-Hilfen-Werkstatt"
    qtbot.keyClick(pw, Qt.Key.Key_Escape)
    assert not w.moderation.projector.active


def test_with_one_screen_f8_explains_instead_of_covering_the_console(demo_window, qtbot):
    w = demo_window
    assert len(QApplication.screens()) == 1
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert not w.moderation.projector.active and not w.moderation.projector_action.isChecked()
    assert "Präsentationsmodus" in w.statusBar().currentMessage()
    w.moderation.screens_menu.aboutToShow.emit()
    texts = [a.text() for a in w.moderation.screens_menu.actions()]
    assert any("Bildschirm dieses Fensters" in t for t in texts)
    assert not [a for a in w.moderation.screens_menu.actions() if a.isEnabled()]


def test_two_screens_projector_goes_to_the_chosen_screen(tmp_path):
    """A real second screen: Qt's offscreen platform configured with two screens, in a child process."""
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpiX": 96, "logicalDpiY": 96},
                    {"name": "Beamer", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpiX": 96, "logicalDpiY": 96},
                ]
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", FH_DESKTOP_HOME=str(tmp_path / "home"))
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "demo.fhw")], env=env, cwd=root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screens"] == 2
    assert result["menu_enabled"] == ["Beamer (1920 × 1080)"]  # the console's own screen is not offered
    assert result["projector_screen"] == "Beamer"
    assert result["projector_geometry"] == [1280, 0, 1920, 1080]
    assert result["console_screen"] == "Laptop"
    assert result["remembered"] == "Beamer"
    assert result["after_removal"] is False  # unplugging the projector closes its window
