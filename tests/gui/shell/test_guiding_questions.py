"""One guiding-questions panel for all steps: groups, editing per workshop, large when presenting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fh_desktop.domain.guiding_questions import QuestionGroup, group_of
from fh_desktop.store.workshop_file import WorkshopFile
from tests.gui.keyboard import type_text


def test_panel_follows_the_step_and_shows_both_groups(demo_window):
    w = demo_window
    panel = w.view.questions
    assert panel.step == 1 and panel.labels[0].text().startswith("• Welchen Planungsaufgaben")
    assert panel.headings == []  # one group only: no heading needed
    w.view.show_step(2)
    assert panel.step == 2
    assert [h.text() for h in panel.headings] == ["Frageimpulse", "Dialog mit der strategisch-politischen Ebene"]
    assert len(panel.labels) == 9 + 13
    assert panel.labels[0].textFormat() == Qt.TextFormat.PlainText


def test_questions_are_edited_per_workshop_and_stored_at_once(demo_window, qtbot):
    w = demo_window
    w.view.show_step(2)
    qtbot.mouseClick(w.view.questions.edit_button, Qt.MouseButton.LeftButton)
    dialog = w.view.questions.dialog
    assert dialog.isVisible()
    editor = dialog.editors[QuestionGroup.DIALOGUE]
    editor.selectAll()
    type_text(qtbot, editor, "Wer trägt die Maßnahme politisch?")
    path = w.wf.path
    texts = [q.text for q in w.wf.meta.questions(2) if group_of(q.position) == QuestionGroup.DIALOGUE]
    assert texts == ["Wer trägt die Maßnahme politisch?"]
    assert w.view.questions.labels[-1].text() == "• Wer trägt die Maßnahme politisch?"
    # A question the moderator wrote is marked as the tool's own, not the catalog's.
    assert "eigene Ergänzung" in w.view.questions.body.findChildren(type(w.view.questions.labels[-1]))[-2].text()
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    # The defaults are the dialogue of the workshop's catalog (QD 4 in the demo).
    assert len([q for q in w.wf.meta.questions(2) if group_of(q.position) == QuestionGroup.DIALOGUE]) == 13
    editor.selectAll()
    type_text(qtbot, editor, "<b>Markup?</b>")
    dialog.reject()
    w.close_workshop()
    with WorkshopFile.open(path) as wf:
        assert wf.meta.questions(2)[-1].text == "<b>Markup?</b>"
    w.open_path(path)
    w.view.show_step(2)
    assert w.view.questions.labels[-1].text() == "• <b>Markup?</b>"  # shown as typed, never as markup


def test_questions_are_large_in_presentation_mode(demo_window, qtbot):
    w = demo_window
    label = w.view.questions.labels[0]
    before = label.font().pointSizeF()
    w.moderation.presentation.set_active(True)
    # Qt hands the new application font to existing widgets through the event loop.
    qtbot.waitUntil(lambda: label.font().pointSizeF() >= before * 1.5)
    w.moderation.presentation.set_active(False)
    qtbot.waitUntil(lambda: label.font().pointSizeF() == before)
