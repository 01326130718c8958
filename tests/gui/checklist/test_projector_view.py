"""Step 2 on the projector: who has answered during a round, the moderator's result after it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from fh_desktop.domain import enums
from fh_desktop.ui.checklist import page as checklist_page
from fh_desktop.ui.checklist.projector_view import ChecklistProjectorView
from tests.gui.checklist.helpers import NAMES, answer_as, click, make_workshop, open_page, start_round


def visible_texts(widget) -> str:
    return "\n".join(lab.text() for lab in widget.findChildren(QLabel) if lab.isVisibleTo(widget))


def open_projector(window, qtbot):
    window.moderation.projector.open_on(QApplication.primaryScreen())
    qtbot.waitUntil(lambda: window.moderation.projector.active)
    return window.moderation.projector.window


def test_projector_shows_progress_not_answers_then_the_revealed_round(qtbot, tmp_path):
    path = make_workshop(tmp_path / "w.fhw", items=3)
    window, page = open_page(qtbot, path)
    pw = open_projector(window, qtbot)
    view = pw.content
    assert isinstance(view, ChecklistProjectorView)

    start_round(qtbot, page)
    ids = [p.id for p in window.wf.meta.participants() if not p.is_observer]
    answer_as(qtbot, page, ids[0], [enums.Answer.YES] * 3, comment="Geheimer Kommentar")
    assert view.stack.currentWidget() is view.progress
    text = visible_texts(view)
    assert "1 von 6 haben geantwortet." in text
    assert f"✓  {NAMES[0]}" in text and f"○  {NAMES[1]}" in text
    # Nothing of what was answered, anywhere in the projector's widgets, visible or not.
    everything = "\n".join(lab.text() for lab in view.findChildren(QLabel))
    assert "Geheimer Kommentar" not in everything and "trifft zu" not in everything
    assert not view.reveal_view.rows and not view.joint_view.rows

    for pid in ids[1:]:
        answer_as(qtbot, page, pid, [enums.Answer.NO, enums.Answer.PARTLY, enums.Answer.YES])
    page.reveal_round()
    assert page.mode == checklist_page.MODE_REVEAL
    assert view.stack.currentWidget() is view.reveal_view
    assert view.reveal_view.round.id == page.reveal_view.round.id
    assert sorted(view.reveal_view.rows) == sorted(page.reveal_view.rows)
    assert "Geheimer Kommentar" in visible_texts(view)  # revealed now, as on the moderator's page
    # No controls for the room: no visible buttons, no selection boxes.
    assert not [b for b in view.findChildren(QPushButton) if b.isVisibleTo(view)]
    assert not any(row.select_box.isVisibleTo(view) for row in view.reveal_view.rows.values())

    # Anonymous on the moderator's screen means anonymous on the projector too.
    click(qtbot, page.reveal_view.anonymous_box)
    assert NAMES[0] not in visible_texts(view)


def test_projector_shows_the_joint_assessment_read_only_and_follows_edits(qtbot, demo_file):
    from tests.gui.checklist.helpers import open_page as open_demo

    window, page = open_demo(qtbot, demo_file)
    pw = open_projector(window, qtbot)
    view = pw.content
    click(qtbot, page.mode_buttons[checklist_page.MODE_JOINT])
    assert view.stack.currentWidget() is view.joint_view
    item_id = next(iter(page.joint_view.rows))
    row = view.joint_view.rows[item_id]
    assert row.note_edit.isReadOnly() and not row.action_button.isVisibleTo(view)
    window.wf.checklist.set_joint(item_id, note="Neu vereinbart")
    assert view.joint_view.rows[item_id].note_edit.text() == "Neu vereinbart"
    click(qtbot, page.mode_buttons[checklist_page.MODE_CATALOG])
    assert view.stack.currentWidget() is view.slide
