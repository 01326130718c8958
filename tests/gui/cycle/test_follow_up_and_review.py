"""Datei → Folgeworkshop anlegen … and the Wiedervorlage, clicked and typed as a moderator would."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from fh_desktop.domain import enums
from fh_desktop.store.workshop_file import WorkshopFile
from tests.gui.keyboard import type_text


def click_choice(qtbot, button) -> None:  # noqa: ANN001
    """A radio button reacts on its circle and its text, not on the empty rest of its row."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _menu_trigger(window, name: str) -> None:
    action = next(a for a in window.file_menu.actions() if a.objectName() == name)
    assert action.isEnabled()
    action.trigger()


def test_follow_up_dialog_creates_and_opens_the_follow_up_then_starts_the_review(window, demo_file, tmp_path, qtbot):
    assert window.open_path(demo_file)
    assert not window.cycle.review_action.isEnabled()  # the demo is a first workshop
    _menu_trigger(window, "followUpAction")
    dialog = window.cycle.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    line = dialog.date_edit.line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "20.11.27")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert dialog.date() == dt.date(2027, 11, 20)
    assert dialog.path_edit.text().endswith("demo 2027-11-20.fhw")
    dialog.title_edit.clear()
    type_text(qtbot, dialog.title_edit, "Fortschreibung – Frühe Hilfen 2027")
    target = tmp_path / "Folge 2027.fhw"
    dialog.path_edit.setFocus()
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(target))
    # The moderator leaves out two people who will not come again.
    for row in (0, 1):
        item = dialog.people.item(row)
        rect = dialog.people.visualItemRect(item)
        qtbot.mouseClick(dialog.people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClick(dialog.people, Qt.Key.Key_Space)
    assert len(dialog.chosen_participants()) == dialog.people.count() - 2
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.wf is not None and window.wf.path == target)
    assert window.windowTitle().startswith("Folge 2027.fhw")
    wf = window.wf
    assert wf.meta.workshop().title == "Fortschreibung – Frühe Hilfen 2027"
    assert wf.meta.workshop().date == dt.date(2027, 11, 20)
    with WorkshopFile.open(demo_file) as old:
        names = [p.name for p in old.meta.participants()]
    assert [p.name for p in wf.meta.participants()] == names[2:]
    # The Wiedervorlage opens by itself on a follow-up with open actions.
    review = window.cycle.dialog
    qtbot.waitUntil(lambda: review is not dialog and review.isVisible())
    assert review.objectName() == "reviewDialog"
    assert window.cycle.review_action.isEnabled()
    review.reject()


def test_a_wrong_target_is_one_line_of_error_and_nothing_is_created(window, demo_file, tmp_path, qtbot):
    from PySide6.QtWidgets import QMessageBox

    assert window.open_path(demo_file)
    _menu_trigger(window, "followUpAction")
    dialog = window.cycle.dialog
    dialog.path_edit.setText(str(demo_file))  # the open workshop itself
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "eigene Datei" in box.text() and "Traceback" not in box.text()
    box.accept()
    assert dialog.isVisible() and dialog.created is None
    dialog.path_edit.clear()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "Dateinamen" in box.text()
    box.accept()
    assert dialog.isVisible() and dialog.created is None
    assert window.wf.path == demo_file


def test_the_review_goes_through_the_open_actions_and_sums_up(window, follow_up_file, qtbot):
    assert window.open_path(follow_up_file)
    window.moderation.projector.open_on(QApplication.primaryScreen())
    qtbot.waitUntil(lambda: window.moderation.projector.active)
    window.cycle.review_action.trigger()
    review = window.cycle.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    todo = list(review.actions)
    assert len(todo) >= 3 and all(a.status not in ("erledigt", "verworfen") for a in todo)
    projector = window.moderation.projector.window.content
    assert projector.objectName() == "reviewProjectorView"
    assert projector.title.text() == todo[0].title
    assert projector.counter.text() == f"Wiedervorlage: Maßnahme 1 von {len(todo)}"
    assert "aus Workshop vom 26.11.2026" in projector.origin.text()

    # 1: done, with a note on where it stands.
    type_text(qtbot, review.progress_edit, "Beschluss im Kreistag gefasst, Umsetzung läuft.")
    click_choice(qtbot, review.decision_buttons["erledigt"])
    assert projector.decision.text().startswith("erledigt")
    qtbot.mouseClick(review.next_button, Qt.MouseButton.LeftButton)
    assert projector.title.text() == todo[1].title
    # 2: continued with changes and a new due date, chosen by keyboard.
    type_text(qtbot, review.progress_edit, "Verzögert, Stelle erst seit Mai besetzt.")
    qtbot.keyClick(review.progress_edit, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: review.current.review_decision == "geaendert")
    review.due_field.line.setFocus()
    review.due_field.line.selectAll()
    qtbot.keyClicks(review.due_field.line, "30.6.2028")
    qtbot.keyClick(review.due_field.line, Qt.Key.Key_Tab)
    qtbot.mouseClick(review.next_button, Qt.MouseButton.LeftButton)
    # 3: dropped.
    click_choice(qtbot, review.decision_buttons["verworfen"])
    qtbot.mouseClick(review.back_button, Qt.MouseButton.LeftButton)
    assert review.title_label.text() == todo[1].title
    assert review.decision_buttons["geaendert"].isChecked()
    assert review.progress_edit.toPlainText() == "Verzögert, Stelle erst seit Mai besetzt."
    qtbot.mouseClick(review.summary_button, Qt.MouseButton.LeftButton)
    text = review.summary_label.text()
    assert "erledigt: 1" in text and "wird geändert fortgesetzt: 1" in text and "wird nicht weiterverfolgt: 1" in text
    assert f"noch nicht besprochen: {len(todo) - 3}" in text
    assert projector.title.text() == "Zusammenfassung"
    qtbot.mouseClick(review.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not review.isVisible())
    # Everything is on disk, and the projector is back on the step.
    wf = window.wf
    first, second, third = (wf.actions.action(a.id) for a in todo[:3])
    assert (first.status, first.progress) == (enums.Status.DONE, "Beschluss im Kreistag gefasst, Umsetzung läuft.")
    assert (second.review_decision, second.due) == ("geaendert", dt.date(2028, 6, 30))
    assert third.status == enums.Status.DROPPED
    assert window.moderation.projector.window.content.objectName() != "reviewProjectorView"


def test_text_typed_in_the_review_survives_closing_the_dialog_at_once(window, follow_up_file, qtbot):
    assert window.open_path(follow_up_file)
    window.cycle.review_action.trigger()
    review = window.cycle.dialog
    qtbot.waitUntil(review.isVisible)
    ident = review.current.id
    type_text(qtbot, review.progress_edit, "Zwischenstand")
    qtbot.keyClick(review, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not review.isVisible())
    assert window.wf.actions.action(ident).progress == "Zwischenstand"


def test_in_presentation_mode_the_review_itself_is_in_large_type(window, follow_up_file, qtbot):
    assert window.open_path(follow_up_file)
    normal = window.font().pointSizeF()
    window.moderation.presentation.set_active(True)
    window.cycle.review_action.trigger()
    review = window.cycle.dialog
    qtbot.waitUntil(review.isVisible)
    assert review.font().pointSizeF() > normal * 1.2
    assert review.title_label.font().pointSizeF() > review.font().pointSizeF()
    review.reject()
