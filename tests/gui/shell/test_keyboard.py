"""Keyboard-only moderation: every shell action by key, the shortcut help, tab order, names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from fh_desktop.ui.shell.shortcuts_overlay import ambiguous_shortcuts, collect_shortcuts


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the person types it: into whatever has the focus now."""
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifier)


def test_a_workshop_run_by_keyboard_only(window, hand, qtbot):
    w = window
    # Start page: Tab to "Demo-Workshop öffnen", Space.
    for _ in range(10):
        if QApplication.focusWidget() is w.start_page.demo_button:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is w.start_page.demo_button
    press(qtbot, Qt.Key.Key_Space)
    assert w.view is not None and w.view.current_step() == 1
    assert QApplication.focusWidget() is w.view.navigation.buttons[1]  # not a text field: B, ? work

    press(qtbot, Qt.Key.Key_F5)  # time for step 1 starts
    assert w.timer.running and w.timer.active_step == 1
    hand.advance(61 * 60)
    press(qtbot, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # step 1 done
    assert w.wf.meta.steps()[0].status == "erledigt" and w.wf.meta.steps()[0].elapsed_seconds == 61 * 60

    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.view.current_step() == 2
    press(qtbot, Qt.Key.Key_F5)
    assert w.timer.running and w.timer.active_step == 2
    press(qtbot, Qt.Key.Key_F11)
    assert w.moderation.presentation.active
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # on to step 3: step 2's time stops
    assert w.view.current_step() == 3 and w.timer.active_step == 3 and not w.timer.running
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert w.view.current_step() == 2
    press(qtbot, Qt.Key.Key_F5)  # and on with step 2
    assert w.timer.running and w.timer.active_step == 2
    press(qtbot, Qt.Key.Key_B)
    assert w.moderation.cover.isVisible()
    press(qtbot, Qt.Key.Key_Space)
    assert not w.moderation.cover.isVisible()
    press(qtbot, Qt.Key.Key_F11)
    assert not w.moderation.presentation.active
    press(qtbot, Qt.Key.Key_F5)
    assert not w.timer.running

    press(qtbot, Qt.Key.Key_F1)
    assert w.moderation.shortcuts_overlay.isVisible() and QApplication.focusWidget() is w.moderation.shortcuts_overlay
    press(qtbot, Qt.Key.Key_Escape)
    assert not w.moderation.shortcuts_overlay.isVisible()
    press(qtbot, Qt.Key.Key_Question)
    assert w.moderation.shortcuts_overlay.isVisible()
    press(qtbot, Qt.Key.Key_F1)  # the same key closes it again
    assert not w.moderation.shortcuts_overlay.isVisible()

    press(qtbot, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert w.settings_dialog.isVisible()
    w.settings_dialog.reject()


def test_the_help_lists_every_shortcut_of_the_window_including_the_pages(demo_window, qtbot):
    w = demo_window
    board = w.view.pages[1]
    act = QAction("Karte anlegen", board)
    act.setShortcut(QKeySequence("Ctrl+Shift+K"))
    act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    board.addAction(act)
    w.moderation.show_shortcuts()
    entries = {(e.group, e.text): e.keys for e in w.moderation.shortcuts_overlay.entries}
    assert entries[("Ansicht", "Präsentationsmodus")] == "F11"
    assert entries[("Ansicht", "Schwarzbild")] == "B, ."
    assert entries[("Schritte", "Zeit starten / anhalten")] == "F5"
    assert entries[("Hilfe", "Tastenkürzel")] == QKeySequence("F1").toString(QKeySequence.SequenceFormat.NativeText) + ", ?"
    assert entries[("Schritt 1: Pinnwand", "Karte anlegen")] == QKeySequence("Ctrl+Shift+K").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    # Every action that has a shortcut and a text is listed, nothing is made up.
    with_keys = {a for a in w.findChildren(QAction) if a.shortcuts() and a.text() and a.isVisible()}
    assert {e.action for e in collect_shortcuts(w)} == with_keys
    shown = [lab.text() for lab in w.moderation.shortcuts_overlay.findChildren(type(w.view.header.message))]
    assert "Präsentationsmodus" in shown and "Karte anlegen" in shown
    qtbot.mouseClick(w.moderation.shortcuts_overlay, Qt.MouseButton.LeftButton)
    assert not w.moderation.shortcuts_overlay.isVisible()


def test_no_shortcut_is_claimed_twice(demo_window):
    assert ambiguous_shortcuts(demo_window) == {}


def test_ambiguity_check_catches_a_clash(demo_window):
    w = demo_window
    clash = QAction("Noch ein Schwarzbild", w)
    clash.setShortcut(QKeySequence("B"))
    w.addAction(clash)
    assert list(ambiguous_shortcuts(w).values()) == [["Schwarzbild", "Noch ein Schwarzbild"]]


def test_tab_order_of_the_header_follows_the_layout(demo_window, qtbot):
    w = demo_window
    h = w.view.header
    h.title_edit.setFocus()
    order: list[QWidget] = []
    for _ in range(12):
        press(qtbot, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        owner = h.date_edit if h.date_edit.isAncestorOf(focus) else focus
        if not order or order[-1] is not owner:
            order.append(owner)
    expected = [h.kommune_edit, h.date_edit, h.place_edit, h.moderator_edit, h.participants_button, w.view.navigation.buttons[1]]
    assert order[: len(expected)] == expected


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def test_every_focusable_control_has_an_accessible_name(demo_window):
    w = demo_window
    for step in (1, 2, 3):
        w.view.show_step(step)
        focusable = [
            x
            for x in w.findChildren(QWidget)
            if x.isVisible() and x.isEnabled() and x.focusPolicy() & Qt.FocusPolicy.TabFocus and x.window() is w
            and not x.focusProxy()
        ]
        nameless = [f"{type(x).__name__} {x.objectName()!r}" for x in focusable if not _name(x) and not _name(x.parentWidget())]
        assert nameless == [], f"Schritt {step}: Bedienelemente ohne zugänglichen Namen: {nameless}"


def test_touch_sized_controls_in_the_shell(demo_window):
    v = demo_window.view
    controls = [*v.navigation.buttons.values(), v.agenda.start_button, v.agenda.finish_button, v.questions.toggle]
    assert all(c.height() >= 36 for c in controls), [(c.objectName(), c.height()) for c in controls]
