"""Step 3 of a follow-up: Stand der Umsetzung and Wiedervorlage am in the detail form, with the origin."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.gui.keyboard import type_text


def test_progress_and_review_date_are_typed_and_stored_and_the_origin_is_shown(window, follow_up_file, qtbot):
    assert window.open_path(follow_up_file)
    window.show_step(3)
    page = window.view.pages[3]
    ident = window.wf.actions.actions()[0].id
    assert page.select_action(ident)
    form = page.form
    qtbot.waitUntil(form.origin_label.isVisible)
    assert form.origin_label.text() == f"aus Workshop vom 26.11.2026, Nr. {ident}"
    type_text(qtbot, form.editors["progress"], "Entwurf für den Ausschuss fertig.")
    line = form.editors["review_on"].line
    line.setFocus()
    qtbot.keyClicks(line, "1.3.2028")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.wf.actions.action(ident).review_on == dt.date(2028, 3, 1))
    assert window.wf.actions.action(ident).progress == "Entwurf für den Ausschuss fertig."
    window.undo_action.trigger()  # one history: the date goes back first
    assert window.wf.actions.action(ident).review_on is None
