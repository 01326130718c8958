"""A whole workshop run with the keyboard only: Tab moves, Space presses, shortcuts switch steps.

A moderator with a presenter remote or a participant who cannot use a mouse must get
through every step. The helper ``tab_to`` presses Tab (never clicks) until the wanted
control has the focus, so the test also proves that every control on the way is in the
tab chain.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from fh_desktop.domain import enums
from fh_desktop.ui.checklist import page as checklist_page
from fh_desktop.ui.shell.main_window import MainWindow
from tests.gui.checklist.helpers import make_workshop

TAB_LIMIT = 400


def tab_to(qtbot, window: QWidget, target, matches=None) -> None:
    """Press Tab until ``target`` (or any widget ``matches`` accepts) has the keyboard focus."""
    matches = matches or (lambda w: w is target)
    visited = []
    for _ in range(TAB_LIMIT):
        QApplication.processEvents()  # what the screen does between two key presses
        if matches(QApplication.focusWidget()):
            return
        focus = QApplication.focusWidget()
        visited.append(focus.objectName() or type(focus).__name__ if focus else "-")
        qtbot.keyClick(focus or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {target.objectName() or type(target).__name__}: {visited[:60]}")


def press(qtbot, window: QWidget, target: QWidget) -> None:
    """Reach ``target`` by keyboard and press Space.

    Buttons of an exclusive group (mode bars, answer scales) behave like tabs: Tab enters
    the group once, the arrow keys move within it.
    """
    group = getattr(target, "group", lambda: None)()
    if group is not None and group.exclusive():
        buttons = group.buttons()
        tab_to(qtbot, window, target, matches=lambda w: w in buttons)
        for _ in range(2 * len(buttons)):
            if QApplication.focusWidget() is target:
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        assert QApplication.focusWidget() is target, "arrow keys never reach the button"
    else:
        tab_to(qtbot, window, target)
    qtbot.keyClick(target, Qt.Key.Key_Space)


def shortcut(qtbot, window: QWidget, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, mods)


def test_three_steps_by_keyboard(qtbot, tmp_path):
    path = make_workshop(tmp_path / "tastatur.fhw", names=["Anna", "Ben"], items=2)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_path(path)
    wf = window.wf

    # Step 1: a new card from the keyboard, titled in place.
    shortcut(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    board = window.view.pages[1]
    tab_to(qtbot, window, board.view)
    qtbot.keyClick(board.view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: len(wf.board.cards()) == 1)
    qtbot.keyClicks(QApplication.focusWidget(), "Jugendamt")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wf.board.cards()[0].title == "Jugendamt")

    # Step 2: start a round, both people answer, reveal, agree one joint assessment.
    shortcut(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.view.pages[2]
    press(qtbot, window, page.mode_buttons[checklist_page.MODE_ROUND])
    press(qtbot, window, page.round_view.start_button)
    assert wf.checklist.open_round() is not None
    people = [p for p in wf.meta.participants() if not p.is_observer]
    for person, value in zip(people, (enums.Answer.YES, enums.Answer.NO), strict=True):
        press(qtbot, window, page.round_view.name_buttons[person.id])
        assert page.stack.currentWidget() is page.answer_view
        for row in page.answer_view.rows:
            press(qtbot, window, row.buttons[value])
        press(qtbot, window, page.answer_view.confirm_button)
        assert page.stack.currentWidget() is page.handover_view
        press(qtbot, window, page.handover_view.next_button)
    rnd = wf.checklist.open_round()
    assert wf.checklist.submitted_ids(rnd.id) == {p.id for p in people}
    press(qtbot, window, page.round_view.reveal_button)
    qtbot.waitUntil(lambda: wf.checklist.open_round() is None)
    press(qtbot, window, page.mode_buttons[checklist_page.MODE_JOINT])
    item_id = wf.checklist.items()[0].id
    row = page.joint_view.rows[item_id]
    qtbot.waitUntil(row.isVisible)  # rows appear with the next paint, as people see them
    print("DEBUG", QApplication.activeWindow(), QApplication.activeModalWidget(), QApplication.activePopupWidget(), [w for w in QApplication.topLevelWidgets() if w.isVisible()])
    press(qtbot, window, row.value_buttons[enums.Answer.PARTLY])
    press(qtbot, window, row.flag_box)
    joint = {j.item_id: j for j in wf.checklist.joint()}[item_id]
    assert joint.value == enums.Answer.PARTLY and joint.needs_action

    # Step 3: quick entry of an action, Enter stores it.
    shortcut(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    actions = window.view.pages[3]
    tab_to(qtbot, window, actions.quick_entry)
    qtbot.keyClicks(actions.quick_entry, "Planungsrunde einrichten")
    qtbot.keyClick(actions.quick_entry, Qt.Key.Key_Return)
    assert [a.title for a in wf.actions.actions()] == ["Planungsrunde einrichten"]
    window.close()
