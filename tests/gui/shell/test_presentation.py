"""Presentation mode on one screen, and the blank screen for pauses."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from fh_desktop.ui.common import theme


def test_presentation_mode_enlarges_hides_moderator_panels_and_restores_everything(demo_window, qtbot):
    w = demo_window
    w.showNormal()
    w.setGeometry(QRect(20, 30, 760, 565))  # inside the 800 x 600 offscreen screen, above every page's minimum
    before_geometry = w.geometry()
    app = QApplication.instance()
    font_before = app.font().pointSizeF()
    title_before = w.view.header.title_edit.font().pointSizeF()
    window_colour = app.palette().color(QPalette.ColorRole.Window)
    header = w.view.header
    assert w.menuBar().isVisible() and w.toolbar.isVisible() and header.participants_button.isVisible()

    qtbot.keyClick(w, Qt.Key.Key_F11)
    assert w.moderation.presentation.active and w.isFullScreen() and w.moderation.presentation_action.isChecked()
    assert app.font().pointSizeF() > font_before * 1.5
    assert header.title_edit.font().pointSizeF() > title_before * 1.5  # explicit sizes grow too
    assert not w.menuBar().isVisible() and not w.toolbar.isVisible()
    assert not header.participants_button.isVisible() and not header.kommune_edit.isVisible()
    assert not w.view.agenda.plan.isVisible() and not w.view.questions.edit_button.isVisible()
    # The title is a heading now, not an edit box; on this narrow screen the sidebar gives way.
    assert header.title_label.isVisible() and not header.title_edit.isVisible()
    assert header.title_label.text() == header.title_edit.text()
    assert not w.view.sidebar_scroll.isVisible()
    assert theme.notifier().high_contrast
    pal = app.palette()
    assert theme.contrast_ratio(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)) > 15
    assert w.moderation.presentation.exit_button.isVisible()

    # Steps and the timer still work by keyboard with the menu bar hidden.
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.view.current_step() == 2
    qtbot.keyClick(w, Qt.Key.Key_F11)
    assert not w.moderation.presentation.active and not w.isFullScreen()
    assert w.geometry() == before_geometry
    assert app.font().pointSizeF() == font_before
    assert header.title_edit.font().pointSizeF() == title_before
    assert w.menuBar().isVisible() and w.toolbar.isVisible() and header.participants_button.isVisible()
    # The agenda's plan is shown again (the sidebar holding it sits out a window this narrow).
    assert not w.view.agenda.plan.isHidden()
    assert app.palette().color(QPalette.ColorRole.Window) == window_colour
    assert not theme.notifier().high_contrast and not w.moderation.presentation.exit_button.isVisible()


def test_widgets_hidden_before_stay_hidden_after(demo_window, qtbot):
    w = demo_window
    w.moderation.sidebar_action.trigger()  # the moderator hid the sidebar
    assert not w.view.sidebar.isVisible()
    w.moderation.presentation.set_active(True)
    w.moderation.presentation.set_active(False)
    assert not w.view.sidebar.isVisible()
    assert w.view.header.participants_button.isVisible()


def test_exit_button_leaves_presentation_mode(demo_window, qtbot):
    w = demo_window
    w.moderation.presentation.set_active(True)
    qtbot.mouseClick(w.moderation.presentation.exit_button, Qt.MouseButton.LeftButton)
    assert not w.moderation.presentation.active and w.menuBar().isVisible()


def test_pages_are_told_about_presentation_mode(demo_window):
    w = demo_window
    seen = []
    for page in w.view.pages.values():
        page.set_presentation = lambda on, p=page: seen.append((p.step, on))
    w.moderation.presentation.set_active(True)
    w.moderation.presentation.set_active(False)
    assert seen == [(1, True), (2, True), (3, True), (1, False), (2, False), (3, False)]


def test_blank_screen_key_covers_the_window_until_any_key(demo_window, qtbot):
    w = demo_window
    w.view.navigation.buttons[1].setFocus()
    qtbot.keyClick(w.view.navigation.buttons[1], Qt.Key.Key_B)
    cover = w.moderation.cover
    assert cover.isVisible() and cover.geometry() == w.rect()
    assert cover.title == w.wf.meta.workshop().title
    assert QApplication.focusWidget() is cover
    qtbot.keyClick(cover, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # no shortcut fires underneath
    assert not cover.isVisible() and w.view.current_step() == 1
    assert QApplication.focusWidget() is w.view.navigation.buttons[1]
    qtbot.keyClick(w.view.navigation.buttons[1], Qt.Key.Key_Period)
    assert cover.isVisible()
    qtbot.mouseClick(cover, Qt.MouseButton.LeftButton)
    assert not cover.isVisible()


def test_blank_key_types_a_letter_in_text_fields(demo_window, qtbot):
    w = demo_window
    edit: QLineEdit = w.view.header.place_edit
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, "B")
    assert not w.moderation.cover.isVisible()
    assert edit.text().endswith("B")
    assert w.wf.meta.workshop().place.endswith("B")


def test_the_phone_panel_keeps_its_explanation_for_the_moderator(demo_window, qtbot):
    # Folded by default (its three lines took the name tiles' height on a 1280x800
    # laptop); "Wie geht das?" unfolds it, and presentation mode hides both from the room.
    demo_window.view.show_step(2)
    page = demo_window.view.pages[2]
    if not page.round_is_open():
        page.start_round(anonymous=False)
    panel = page.devices_panel
    qtbot.waitUntil(panel.hint_button.isVisible)
    assert not panel.hint.isVisible()
    assert "Handy" in panel.hint_button.toolTip()
    qtbot.mouseClick(panel.hint_button, Qt.MouseButton.LeftButton)
    assert panel.hint.isVisible() and "Handy" in panel.hint.text()
    demo_window.moderation.presentation.set_active(True)
    assert not panel.hint.isVisible() and not panel.hint_button.isVisible() and panel.title.isVisible()
    demo_window.moderation.presentation.set_active(False)
    assert panel.hint.isVisible() and panel.hint_button.isVisible()
    qtbot.mouseClick(panel.hint_button, Qt.MouseButton.LeftButton)
    assert not panel.hint.isVisible()
