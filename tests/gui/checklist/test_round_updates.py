"""What a new submission changes on screen: who has answered, and nothing is rebuilt.

Many phones can send at once (docs/performance.md, "Participation server"): the window
must not rebuild the round view's name buttons or the claims list for each of them, and
gathers a burst into one update of the counts and the projector.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fh_desktop.domain import enums
from tests.gui.checklist.helpers import NAMES, answer_as, make_workshop, open_page, start_round
from tests.gui.checklist.test_devices import in_background, start_on_loopback
from tests.unit.web.phone import Phone


def test_a_phones_submission_updates_its_name_button_and_claim_row_in_place(qtbot, tmp_path):
    path = make_workshop(tmp_path / "w.fhw", items=3)
    window, page = open_page(qtbot, path)
    start_round(qtbot, page)
    p = start_on_loopback(qtbot, page)
    panel, view = page.devices_panel, page.round_view
    ids = [x.id for x in window.wf.meta.participants() if not x.is_observer]
    me = ids[2]
    phone = Phone(None, p.server.port, p.server.host, p.session.round_token)
    in_background(qtbot, phone.join)
    assert in_background(qtbot, lambda: phone.claim(me)).status == 200
    qtbot.waitUntil(lambda: me in panel.release_buttons)
    buttons = dict(view.name_buttons)
    row_label, release = panel.state_labels[me], panel.release_buttons[me]
    assert row_label.text() == "antwortet gerade" and not release.isHidden()

    answers = {i.id: enums.Answer.YES for i in window.wf.checklist.items()}
    assert in_background(qtbot, lambda: phone.submit(me, answers)).status == 200
    qtbot.waitUntil(lambda: buttons[me].property("answered"))
    qtbot.waitUntil(lambda: row_label.text() == "abgeschickt")

    # The very same buttons, in the same order; only this person's shows the answer.
    assert list(view.name_buttons) == list(buttons)
    assert all(view.name_buttons[pid] is b for pid, b in buttons.items())
    assert buttons[me].text() == f"✓  {NAMES[2]}" and buttons[me].accessibleName().endswith("hat geantwortet")
    for pid in ids:
        if pid != me:
            assert not buttons[pid].property("answered") and buttons[pid].text().startswith("○")
            assert buttons[pid].accessibleName().endswith("noch offen")
    assert view.progress.text() == "1 von 6 haben geantwortet."
    # The claims list kept its row and says "abgeschickt"; the name can no longer be freed.
    assert panel.state_labels[me] is row_label and panel.release_buttons[me] is release
    assert release.isHidden()

    # A name added during the round is a change of names: then the buttons are made anew,
    # and say who has answered just as before.
    window.wf.meta.add_participant("Gisela Hahn", "Planung")
    assert len(view.name_buttons) == 7 and view.name_buttons[ids[0]] is not buttons[ids[0]]
    assert [pid for pid, b in view.name_buttons.items() if b.property("answered")] == [me]


def test_a_burst_of_submissions_becomes_one_update_of_the_round_and_the_projector(qtbot, tmp_path):
    path = make_workshop(tmp_path / "w.fhw", items=3)
    window, page = open_page(qtbot, path)
    window.moderation.projector.open_on(QApplication.primaryScreen())
    qtbot.waitUntil(lambda: window.moderation.projector.active)
    projector = window.moderation.projector.window.content
    start_round(qtbot, page)
    view = page.round_view
    ids = [x.id for x in window.wf.meta.participants() if not x.is_observer]
    rnd = window.wf.checklist.open_round()
    answers = {i.id: enums.Answer.NO for i in window.wf.checklist.items()}
    updates: list[int] = []
    page.progress_changed.connect(lambda: updates.append(len(window.wf.checklist.submitted_ids(rnd.id))))

    # Four submissions in one turn of the event loop, as the server's jobs can arrive.
    with qtbot.waitSignal(page.progress_changed, timeout=5000):
        for pid in ids[:4]:
            page.workshop_commands.write(lambda pid=pid: window.wf.checklist.submit(rnd.id, pid, answers, ""))
        assert updates == []  # nothing redrawn yet, for any of them
        assert not any(b.property("answered") for b in view.name_buttons.values())
    assert updates == [4]  # one update, which saw all four
    assert [pid for pid, b in view.name_buttons.items() if b.property("answered")] == ids[:4]
    assert view.progress.text() == "4 von 6 haben geantwortet."
    assert "4 von 6 haben geantwortet." in projector.progress.progress.text()
    assert f"✓  {NAMES[3]}" in projector.progress.names.text() and f"○  {NAMES[4]}" in projector.progress.names.text()

    # At the shared screen the round view is up to date as soon as it is shown again.
    answer_as(qtbot, page, ids[4], [enums.Answer.YES] * 3)
    assert updates == [4, 5]
    assert view.name_buttons[ids[4]].property("answered")
    assert "5 von 6 haben geantwortet." in projector.progress.progress.text()
