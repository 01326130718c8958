"""A workshop opened read-only (a CD, a mail folder) is marked and refuses edits."""

from __future__ import annotations

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from fh_desktop.domain import model
from fh_desktop.ui.shell.workshop_view import WorkshopView


def test_read_only_workshop_is_marked_and_refuses_edits(qtbot, wf):
    wf.board.add_card(model.Card(title="Jugendamt"))
    wf.read_only = True  # what WorkshopFile.open(read_only=True) sets
    view = WorkshopView(wf, QUndoGroup())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    banner = view.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "Schreibgeschützt" in banner.text()
    assert view.header.title_edit.isReadOnly()
    board = view.pages[1]
    assert [c.title for c in board.scene.cards.values() for c in [c.card]] == ["Jugendamt"]  # viewing works
    assert board.controller.create_card(edit=False) is None
    assert [c.title for c in wf.board.cards()] == ["Jugendamt"]
    assert board.undo_stack.count() == 0  # no step for the refused edit
    box = view.findChild(QMessageBox, "errorDialog")
    assert box is not None and "schreibgeschützt" in box.text()
    box.done(0)
    view.shutdown()


def _dialogs(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "errorDialog") if b.isVisible()]


def test_a_workshop_from_a_cd_opens_to_look_present_and_export(qtbot, window, demo_file, tmp_path, monkeypatch):
    """The whole window on a read-only file: every edit greyed out, presenting and exporting work."""
    import os
    import shutil

    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtWidgets import QAbstractButton

    from fh_desktop.ui.checklist.page import MODE_JOINT
    from tests.gui.shell.test_export_dialog import run_export
    from tests.unit.store.small_fs import small_volume

    with small_volume(tmp_path, "16m") as volume:
        path = volume.folder / "von-der-cd.fhw"
        shutil.copyfile(demo_file, path)
        if volume.real:
            volume.remount_read_only()
        else:  # no mount possible: the operating system's answer says "read-only"
            real_access = os.access
            monkeypatch.setattr(os, "access", lambda p, m: False if m == os.W_OK else real_access(p, m))
        before = path.read_bytes()
        assert window.open_path(path)
        notice = window.findChild(QMessageBox, "errorDialog")
        assert notice is not None and "nur zum Ansehen" in notice.text()
        notice.done(0)
        assert "(schreibgeschützt)" in window.windowTitle()
        view = window.view
        assert not window.participants_action.isEnabled() and not window.import_actions_action.isEnabled()
        assert window.export_action.isEnabled() and not view.header.participants_button.isEnabled()

        # Step 1: look and select, but no new card, no delete, no dragging.
        board = view.pages[1]
        assert not board.new_card_action.isEnabled() and not board.card_button.isEnabled()
        assert not board.delete_action.isEnabled() and board.fit_action.isEnabled()
        card_id, item = next(iter(board.scene.cards.items()))
        board.scene.select_only([item])
        panel = board.inspector.card_panel
        assert panel.isVisible() and panel.title.text() == item.card.title  # what it says is readable
        assert panel.title.isReadOnly() and not panel.delete_button.isEnabled()  # selection does not re-enable
        start = board.view.mapFromScene(item.sceneBoundingRect().center())
        qtbot.mousePress(board.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(board.view.viewport(), start + QPointF(120, 80).toPoint())
        qtbot.mouseRelease(board.view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPointF(120, 80).toPoint())
        card = next(c for c in window.wf.board.cards() if c.id == card_id)
        assert (item.pos().x(), item.pos().y()) == (card.x, card.y)
        board.view.setFocus()
        qtbot.keyClick(board.view, Qt.Key.Key_Delete)
        assert card_id in {c.id for c in window.wf.board.cards()}
        assert not _dialogs(window)  # nothing was tried, nothing to refuse

        # Step 2: the joint assessment is there to read, its buttons and notes are locked.
        view.show_step(2)
        checklist = view.pages[2]
        checklist.show_mode(MODE_JOINT)
        rows = list(checklist.joint_view.rows.values())
        assert rows and all(not b.isEnabled() for r in rows for b in r.value_buttons.values())
        assert all(r.note_edit.isReadOnly() and not r.flag_box.isEnabled() for r in rows)
        assert any(b.isChecked() for r in rows for b in r.value_buttons.values())  # the result shows
        assert not checklist.round_view.start_button.isEnabled()
        assert all(e.isReadOnly() for e in view.questions.note_edits.values())

        # Step 3: the plan is readable, nothing can be added or changed.
        view.show_step(3)
        actions = view.pages[3]
        assert actions.quick_entry.isReadOnly() and not actions.add_button.isEnabled()
        assert actions.form.title_edit.isReadOnly() and actions.form.title_edit.toPlainText()
        assert actions.form.links_box.show_button.property("fhLocked") is None  # going to a card only looks
        locked_buttons = [b for b in actions.form.findChildren(QAbstractButton) if b.property("fhLocked")]
        assert locked_buttons and all(not b.isEnabled() for b in locked_buttons)

        # Presenting works: the room sees the plan, the step timer runs without saving.
        window.moderation.presentation.set_active(True)
        assert window.moderation.presentation.active
        window.timer.start()
        assert window.timer.running
        window.moderation.presentation.set_active(False)
        assert not _dialogs(window)

        # Exporting works, into a folder that can be written (not the CD's own).
        window.export_action.trigger()
        dialog = window.export_dialog
        assert dialog.folder_edit.text() != str(volume.folder)
        out = tmp_path / "ablage"
        out.mkdir()
        dialog.folder_edit.setText(str(out))
        assert run_export(qtbot, dialog)
        assert sorted(p.suffix for p in out.iterdir()) == [".pdf", ".xlsx"]
        dialog.close()
        window.close_workshop()
        assert sorted(p.name for p in volume.folder.iterdir()) == ["von-der-cd.fhw"]
        assert path.read_bytes() == before
