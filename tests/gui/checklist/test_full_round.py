"""A whole step 2 for six people, played through taps: what is stored and what is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fh_desktop.domain import enums, stats
from fh_desktop.domain.enums import Answer
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.checklist import page as checklist_page
from fh_desktop.ui.common.step_page import ACTION, ITEM
from tests.gui.checklist.helpers import NAMES, answer_as, answer_box, click, make_workshop, open_page, start_round
from tests.gui.keyboard import type_text

Y, P, N, U = Answer.YES, Answer.PARTLY, Answer.NO, Answer.UNKNOWN


def planned(n_items: int) -> list[list[str]]:
    """Answers of six people: item 0 split 3:3, item 1 half cannot judge, item 2 unanimous,
    items 3 and 4 split 2:2:2 and 4:2; the rest mildly mixed (4 ticks, 2 "teilweise")."""
    rows = []
    for p in range(6):
        row = [
            Y if p < 3 else N,
            U if p % 2 else Y,
            Y,
            (Y, Y, P, P, N, N)[p],
            N if p in (1, 4) else Y,
        ]
        row += [P if (p + i) % 3 == 0 else Y for i in range(5, n_items)]
        rows.append(row)
    return rows


def test_six_people_answer_correct_reveal_agree_and_draft_an_action(qtbot, tmp_path):
    path = make_workshop(tmp_path / "runde.fhw")
    window, page = open_page(qtbot, path)
    wf = window.wf
    items = wf.checklist.items()
    people = [p for p in wf.meta.participants() if not p.is_observer]
    observer = next(p for p in wf.meta.participants() if p.is_observer)
    values = planned(len(items))

    start_round(qtbot, page)
    assert set(page.round_view.name_buttons) == {p.id for p in people}  # the observer does not score
    assert observer.name in page.round_view.observers.text()
    assert not page.mode_buttons[checklist_page.MODE_REVEAL].isEnabled()
    assert not page.mode_buttons[checklist_page.MODE_JOINT].isEnabled()

    # Carla first answers everything "trifft nicht zu", then corrects herself.
    answer_as(qtbot, page, people[2].id, [N] * len(items), "erste Fassung")
    for k, person in enumerate(people):
        comment = "Berichte gehen nur an den Jugendhilfeausschuss – „schade“" if k == 0 else ""
        answer_as(qtbot, page, person.id, values[k], comment, correction=(k == 2))
        done = page.round_view.progress.text()
        confirmed = len(wf.checklist.submitted_ids(wf.checklist.open_round().id))
        assert f"{confirmed} von 6" in done or (confirmed == 6 and "Alle 6" in done)
        # Progress shows who, never what.
        assert Y not in done and "trifft" not in done
    assert "Alle 6 haben geantwortet" in page.round_view.progress.text()
    assert page.round_view.all_answered()

    # Stored: one submission per person, the correction replaced Carla's first answers.
    rnd = wf.checklist.rounds()[0]
    stored = wf.checklist.answers(rnd.id)
    for k, person in enumerate(people):
        mine = {a.item_id: a.value for a in stored if a.participant_id == person.id}
        assert mine == dict(zip([i.id for i in items], values[k], strict=True))
    comments = {s.participant_id: s.comment for s in wf.checklist.submissions(rnd.id)}
    assert comments[people[2].id] == "" and comments[people[0].id].endswith("„schade“")

    # Reveal: the moderator's button; all answered, so no question is asked.
    click(qtbot, page.round_view.reveal_button)
    assert page.stack.currentWidget() is page.reveal_view
    assert wf.checklist.rounds()[0].state == enums.RoundState.REVEALED
    rows = page.reveal_view.rows
    assert rows[items[0].id].bar_widgets[0].distribution() == {Y: 3, P: 0, N: 3, U: 0}
    assert rows[items[1].id].bar_widgets[0].distribution() == {Y: 3, P: 0, N: 0, U: 3}
    assert "trifft zu: 6" in rows[items[2].id].bar_widgets[0].accessibleDescription()
    assert set(rows[items[0].id].badge_names) == {"badgeDisagree"}
    assert set(rows[items[1].id].badge_names) == {"badgeUnknown"}
    assert rows[items[2].id].badge_names == []
    assert "badgeDisagree" in rows[items[3].id].badge_names and "badgeDisagree" in rows[items[4].id].badge_names
    assert all(not rows[i.id].badge_names for i in items[5:])
    # Room-safe by default: tick counts and comments without names ...
    assert [label for label, _ in page.reveal_view.ticks.rows()] == [""] * 6
    assert "Berichte" in page.reveal_view.comments.text() and "Anna Albers" not in page.reveal_view.comments.text()
    # ... unless the moderator chooses to show them; then in list order, nobody ranked.
    click(qtbot, page.reveal_view.names_box)
    assert [label for label, _ in page.reveal_view.ticks.rows()] == [p.name for p in people]
    ticks = dict(page.reveal_view.ticks.rows())
    for k, person in enumerate(people):
        assert ticks[person.name] == values[k].count(Y)
    assert "Anna Albers: Berichte" in page.reveal_view.comments.text()

    # Anonymous: no names anywhere on the result, the tick counts stay.
    click(qtbot, page.reveal_view.anonymous_box)
    assert wf.checklist.rounds()[0].anonymous
    assert [label for label, _ in page.reveal_view.ticks.rows()] == [""] * 6
    assert sorted(n for _, n in page.reveal_view.ticks.rows()) == sorted(v.count(Y) for v in values)
    shown = " ".join(
        w.text() + w.accessibleDescription() for w in page.reveal_view.findChildren(type(page.reveal_view.comments))
    ) + page.reveal_view.ticks.accessibleDescription()
    assert not any(name in shown for name in NAMES)

    # Second round on the two most disputed statements; opinions converge.
    click(qtbot, page.reveal_view.rows[items[0].id].select_box)
    click(qtbot, page.reveal_view.rows[items[3].id].select_box)
    click(qtbot, page.reveal_view.second_button)
    assert page.stack.currentWidget() is page.round_view
    second = wf.checklist.open_round()
    assert second.number == 2 and second.item_ids == [items[0].id, items[3].id] and second.anonymous
    for k, person in enumerate(people):
        answer_as(qtbot, page, person.id, [Y if k < 5 else P, P if k else Y])
    click(qtbot, page.round_view.reveal_button)
    row = page.reveal_view.rows[items[0].id]
    assert [b.distribution() for b in row.bar_widgets] == [{Y: 3, P: 0, N: 3, U: 0}, {Y: 5, P: 1, N: 0, U: 0}]
    assert "badgeConverged" in row.badge_names
    assert set(page.reveal_view.rows) == {items[0].id, items[3].id}
    # Only 6 answers per item: no warning about traceable answers.
    assert all("badgeTraceable" not in r.badge_names for r in page.reveal_view.rows.values())

    # Joint round: agreed value, a note, Handlungsbedarf, then a draft action for step 3.
    click(qtbot, page.mode_buttons[checklist_page.MODE_JOINT])
    joint_row = page.joint_view.rows[items[3].id]
    assert joint_row.bar.distribution() == {Y: 1, P: 5, N: 0, U: 0}  # the latest round that asked it
    click(qtbot, joint_row.value_buttons[P])
    type_text(qtbot, joint_row.note_edit, "Austausch nur informell, keine Geschäftsordnung")
    assert not joint_row.action_button.isEnabled()
    click(qtbot, joint_row.flag_box)
    assert joint_row.action_button.isEnabled()
    # The action is made in place: a short title, and the room stays in step 2.
    click(qtbot, joint_row.action_button)
    dialog = page.draft_dialog
    assert dialog.isVisible() and dialog.title == f"Maßnahme zu QD 4 · {items[3].code}"  # not the statement twice
    type_text(qtbot, dialog.title_edit, "Geschäftsordnung für den Austausch")  # replaces the proposal
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and page.stack.currentWidget() is page.joint_view
    actions = wf.actions.actions()
    assert len(actions) == 1
    action = actions[0]
    assert action.item_ids == [items[3].id] and action.status == enums.Status.OPEN
    assert action.title == "Geschäftsordnung für den Austausch"
    assert page.joint_view.rows[items[3].id].action_button.text() == "→ Maßnahme öffnen"
    assert action.goal == items[3].statement and action.dimension == f"QD 4 · {items[3].code}"
    assert action.description.startswith("Austausch nur informell")
    joint = {j.item_id: j for j in wf.checklist.joint()}[items[3].id]
    assert (joint.value, joint.note, joint.needs_action) == (P, "Austausch nur informell, keine Geschäftsordnung", True)

    # Back on step 2, the item's button now opens that action instead of making another.
    window.show_step(2)
    page.reveal(ITEM, items[3].id)
    assert page.stack.currentWidget() is page.joint_view
    joint_row = page.joint_view.rows[items[3].id]
    assert joint_row.property("highlighted")
    with qtbot.waitSignal(page.navigate_requested) as signal:
        click(qtbot, joint_row.action_button)
    assert signal.args == [3, ACTION, action.id] and len(wf.actions.actions()) == 1

    # Privacy after the joint round: anonymise keeps the distribution, drops the names.
    window.show_step(2)
    click(qtbot, page.mode_buttons[checklist_page.MODE_JOINT])
    dist_before = stats.distributions(wf.checklist.answers(rnd.id))
    click(qtbot, page.joint_view.anonymise_button)
    answer_box(qtbot, page.joint_view)
    assert wf.checklist.is_anonymised()
    assert stats.distributions(wf.checklist.answers(rnd.id)) == dist_before
    assert not page.joint_view.anonymise_button.isEnabled()
    click(qtbot, page.joint_view.delete_button)
    answer_box(qtbot, page.joint_view)
    assert wf.checklist.answers() == []
    assert "Berichte gehen nur" not in path.read_bytes().decode("latin-1")
    click(qtbot, page.mode_buttons[checklist_page.MODE_REVEAL])
    assert page.reveal_view.ticks.rows() == []
    assert "gelöscht" in page.reveal_view.ticks_note.text()

    window.close()
    with WorkshopFile.open(path) as again:
        assert len(again.checklist.rounds()) == 2
        assert {j.item_id for j in again.checklist.joint() if j.needs_action} == {items[3].id}


def test_reveal_before_everyone_answered_asks_first(qtbot, tmp_path):
    window, page = open_page(qtbot, make_workshop(tmp_path / "w.fhw", items=3))
    people = [p for p in window.wf.meta.participants() if not p.is_observer]
    start_round(qtbot, page)
    answer_as(qtbot, page, people[0].id, [Y, N, P])
    click(qtbot, page.round_view.reveal_button)
    answer_box(qtbot, page.round_view, yes=False)
    assert window.wf.checklist.open_round() is not None
    click(qtbot, page.round_view.reveal_button)
    answer_box(qtbot, page.round_view)
    assert window.wf.checklist.open_round() is None
    assert page.stack.currentWidget() is page.reveal_view
    window.close()


def test_anonymous_result_warns_when_too_few_answered(qtbot, tmp_path):
    window, page = open_page(qtbot, make_workshop(tmp_path / "w.fhw", items=2))
    people = [p for p in window.wf.meta.participants() if not p.is_observer]
    click(qtbot, page.mode_buttons[checklist_page.MODE_ROUND])
    click(qtbot, page.round_view.anonymous_box)
    click(qtbot, page.round_view.start_button)
    for person in people[:2]:
        answer_as(qtbot, page, person.id, [Y, N])
    click(qtbot, page.round_view.reveal_button)
    answer_box(qtbot, page.round_view)
    rows = page.reveal_view.rows.values()
    assert all("badgeTraceable" in r.badge_names for r in rows)
    # Named view: the warning is about anonymity, so it is not shown there.
    click(qtbot, page.reveal_view.anonymous_box)
    assert all("badgeTraceable" not in r.badge_names for r in page.reveal_view.rows.values())
    window.close()


def test_cancelling_an_entry_stores_nothing_and_clears_the_form(qtbot, tmp_path):
    window, page = open_page(qtbot, make_workshop(tmp_path / "w.fhw", items=2))
    people = [p for p in window.wf.meta.participants() if not p.is_observer]
    start_round(qtbot, page)
    click(qtbot, page.round_view.name_buttons[people[0].id])
    click(qtbot, page.answer_view.rows[0].buttons[Y])
    assert not page.answer_view.confirm_button.isEnabled()  # one statement still open
    click(qtbot, page.answer_view.cancel_button)
    answer_box(qtbot, page.answer_view)
    assert page.stack.currentWidget() is page.round_view
    assert page.answer_view.rows == []
    assert window.wf.checklist.answers() == []
    window.close()
