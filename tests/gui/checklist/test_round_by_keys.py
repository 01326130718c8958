"""The individual round played with the keyboard alone: digits answer, the form moves on.

Six people, every statement: the name by Space, each answer by a digit (the form goes on
to the next open statement by itself), "Bestätigen", "Weiter", the next name, and at the
end "Aufdecken" - not one click, not one Tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from fh_desktop.ui.checklist import page as checklist_page
from fh_desktop.ui.shell.main_window import MainWindow
from tests.gui.checklist.helpers import NAMES, make_workshop
from tests.gui.test_keyboard_only_workshop import press

DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6]


def _focus():
    QApplication.processEvents()
    return QApplication.focusWidget()


def _open(qtbot, tmp_path):
    path = make_workshop(tmp_path / "tasten.fhw")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.open_path(path)
    qtbot.keyClick(_focus() or window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.view.pages[2]
    press(qtbot, window, page.mode_buttons[checklist_page.MODE_ROUND])
    press(qtbot, window, page.round_view.start_button)
    assert window.wf.checklist.open_round() is not None
    return window, page


def test_six_people_answer_every_statement_by_keys_alone(qtbot, tmp_path):
    window, page = _open(qtbot, tmp_path)
    wf = window.wf
    scale = wf.checklist.catalog().scale
    people = [p for p in wf.meta.participants() if not p.is_observer]
    assert [p.name for p in people] == NAMES
    expected: dict[int, dict[int, str]] = {}
    for k, person in enumerate(people):
        qtbot.waitUntil(lambda p=person: _focus() is page.round_view.name_buttons.get(p.id))
        qtbot.keyClick(_focus(), Qt.Key.Key_Space)
        answers = page.answer_view
        qtbot.waitUntil(lambda a=answers: a.isVisible() and bool(a.rows) and _focus() in a.rows[0].buttons.values())
        assert window.view.header.isEnabled() is False and window.view.navigation.isEnabled() is False
        mine = {}
        for i, row in enumerate(answers.rows):
            assert answers.current == i and _focus() in row.buttons.values()  # the form moved on by itself
            choice = (i + k) % len(scale)
            qtbot.keyClick(_focus(), DIGITS[choice])
            mine[row.item.id] = scale[choice]
        assert answers.missing() == 0 and _focus() is answers.confirm_button
        qtbot.keyClick(_focus(), Qt.Key.Key_Space)
        expected[person.id] = mine
        qtbot.waitUntil(lambda: _focus() is page.handover_view.next_button)
        assert window.view.header.isEnabled()  # the turn is over
        qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    rnd = wf.checklist.open_round()
    assert wf.checklist.submitted_ids(rnd.id) == set(expected)
    qtbot.waitUntil(lambda: _focus() is page.round_view.reveal_button)
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wf.checklist.open_round() is None)
    revealed = wf.checklist.rounds()[-1]
    stored: dict[int, dict[int, str]] = {}
    for answer in wf.checklist.answers(revealed.id):
        stored.setdefault(answer.participant_id, {})[answer.item_id] = answer.value
    assert stored == expected
    window.close()


def test_arrows_enter_and_the_open_statement(qtbot, tmp_path):
    window, page = _open(qtbot, tmp_path)
    first = next(iter(page.round_view.name_buttons.values()))
    qtbot.waitUntil(lambda: _focus() is first)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    answers = page.answer_view
    qtbot.waitUntil(lambda: bool(answers.rows) and _focus() in answers.rows[0].buttons.values())
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    qtbot.keyClick(_focus(), Qt.Key.Key_Down)
    assert answers.current == 2
    qtbot.keyClick(_focus(), Qt.Key.Key_2)  # statement 3 answered, on to 4
    assert answers.rows[2].value() is not None and answers.current == 3
    qtbot.keyClick(_focus(), Qt.Key.Key_Up)
    qtbot.keyClick(_focus(), Qt.Key.Key_Up)
    qtbot.keyClick(_focus(), Qt.Key.Key_Up)
    assert answers.current == 0
    # The footer names the first open statement; Enter jumps to the next open one.
    assert answers.open_button.isVisible() and answers.rows[0].item.code in answers.open_button.text()
    qtbot.keyClick(_focus(), Qt.Key.Key_1)
    assert answers.current == 1
    qtbot.keyClick(_focus(), Qt.Key.Key_1)
    assert answers.current == 3  # statement 3 was done already
    qtbot.keyClick(_focus(), Qt.Key.Key_Return)
    assert answers.current == 3
    window.close()


def test_tab_stays_in_the_form_and_leaving_mid_turn_asks(qtbot, tmp_path):
    window, page = _open(qtbot, tmp_path)
    first = next(iter(page.round_view.name_buttons.values()))
    qtbot.waitUntil(lambda: _focus() is first)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    answers = page.answer_view
    qtbot.waitUntil(lambda: bool(answers.rows) and _focus() in answers.rows[0].buttons.values())
    qtbot.keyClick(_focus(), Qt.Key.Key_1)
    for _ in range(len(answers.rows) * 6 + 10):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        assert answers.isAncestorOf(_focus()), _focus()
    kommune = window.view.header.kommune_edit.text()
    assert not window.view.header.isEnabled()
    assert not page.mode_buttons[checklist_page.MODE_CATALOG].isEnabled()
    # A step shortcut mid-turn asks first; "Abbrechen" keeps the person's answers.
    qtbot.keyClick(_focus(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    box = page.confirm_box
    qtbot.waitUntil(box.isVisible)
    assert window.view.current_step() == 2
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.view.current_step() == 2 and answers.values()
    qtbot.keyClick(answers.rows[0].buttons[next(iter(answers.rows[0].buttons))], Qt.Key.Key_1,
                   Qt.KeyboardModifier.ControlModifier)
    box = page.confirm_box
    qtbot.waitUntil(box.isVisible)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.view.current_step() == 1)
    assert window.view.header.isEnabled() and answers.rows == []
    assert window.view.header.kommune_edit.text() == kommune
    window.close()


def test_a_shared_screen_is_named_before_the_round(qtbot, tmp_path):
    from fh_desktop.ui.checklist.round_view import screen_is_shared

    path = make_workshop(tmp_path / "ein-bildschirm.fhw")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    window.view.show_step(2)
    page = window.view.pages[2]
    page.show_mode(checklist_page.MODE_ROUND)
    warning = page.round_view.shared_warning
    assert screen_is_shared()  # the offscreen platform has one screen, like a laptop on HDMI mirror
    assert warning.isVisible()
    text = warning.text()
    assert "sehen alle" in text and "F8" in text and "eigenen Geräten" in text
    page.round_view.start_button.click()
    assert not warning.isVisible()  # said before the round; during it the names matter
    window.close()
