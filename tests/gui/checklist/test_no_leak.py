"""Nobody sees another person's answers before 'Aufdecken', not even in hidden widgets.

The proof is differential: the same session is played twice, once with Anna ticking
everything and once with Anna rejecting everything (and a different comment). If any
widget anywhere in the window (labels, buttons, tooltips, accessible names, item
models, charts' descriptions, views hidden in a stack) depended on Anna's answers, the
two windows would differ at the moments when the next person is at the screen.
"""

from __future__ import annotations

from fh_desktop.domain.enums import Answer
from fh_desktop.settings import Settings
from fh_desktop.ui.checklist import page as checklist_page
from tests.gui.checklist.helpers import answer_box, answer_as, click, make_workshop, open_page, start_round, window_state
from tests.gui.keyboard import type_text

ITEMS = 5


def play(qtbot, path, anna_value: str, secret: str) -> dict[str, list[tuple]]:
    """Anna answers; then the screen as the next people and the moderator see it."""
    if path.exists():
        path.unlink()
    # Both plays start from the same user profile, so the start page's list is equal too.
    settings = Settings()
    settings.remove_recent_file(path)
    settings.set_last_step(path, 1)  # and both open on step 1 (the window reopens where it was left)
    settings.sync()
    make_workshop(path, items=ITEMS)
    window, page = open_page(qtbot, path)
    people = [p for p in window.wf.meta.participants() if not p.is_observer]
    anna, ben, carla = people[:3]
    seen: dict[str, list[tuple]] = {}

    # An earlier, revealed round exists: its results are no secret, the new round's are.
    start_round(qtbot, page)
    answer_as(qtbot, page, carla.id, [Answer.PARTLY] * ITEMS)
    page.reveal_round()
    start_round(qtbot, page)

    click(qtbot, page.round_view.name_buttons[anna.id])
    for row in page.answer_view.rows:
        click(qtbot, row.buttons[anna_value])
    type_text(qtbot, page.answer_view.comment_edit, secret)
    click(qtbot, page.answer_view.confirm_button)
    seen["handover"] = window_state(window)
    click(qtbot, page.handover_view.next_button)
    seen["progress"] = window_state(window)

    click(qtbot, page.round_view.name_buttons[ben.id])
    seen["next person starts"] = window_state(window)
    for row in page.answer_view.rows[:2]:
        click(qtbot, row.buttons[Answer.UNKNOWN])
    seen["next person halfway"] = window_state(window)

    # During a turn the mode bar is locked; Ben gives up ("Abbrechen", yes), then
    # Anna corrects herself: she gets a blank form, not her earlier answers.
    assert not page.mode_buttons[checklist_page.MODE_ROUND].isEnabled()
    click(qtbot, page.answer_view.cancel_button)
    answer_box(qtbot, page.answer_view)
    click(qtbot, page.round_view.name_buttons[anna.id])
    click(qtbot, page.round_view.confirm_box.button(page.round_view.confirm_box.StandardButton.Yes))
    seen["correction form"] = window_state(window)
    click(qtbot, page.answer_view.cancel_button)

    # The moderator looks around: catalog, the locked result and joint views.
    click(qtbot, page.mode_buttons[checklist_page.MODE_CATALOG])
    seen["catalog"] = window_state(window)
    page.show_mode(checklist_page.MODE_REVEAL)  # as a shortcut would: refused, back to the round
    assert page.stack.currentWidget() is page.round_view
    page.show_mode(checklist_page.MODE_JOINT)
    seen["moderator tries results"] = window_state(window)
    assert page.reveal_view.rows == {} and page.joint_view.rows == {}
    window.close()
    return seen


def test_no_widget_shows_another_participants_answers_before_reveal(qtbot, tmp_path):
    path = tmp_path / "runde.fhw"
    ticks_all = play(qtbot, path, Answer.YES, "GEHEIM-alles-trifft-zu")
    rejects_all = play(qtbot, path, Answer.NO, "GEHEIM-nichts-trifft-zu")
    assert ticks_all.keys() == rejects_all.keys()
    for moment, state in ticks_all.items():
        assert len(state) > 100, moment  # the walk really covers the window
        assert state == rejects_all[moment], f"window differs at {moment!r}"
        texts = " ".join(s for entry in state for s in entry[2])
        assert "GEHEIM" not in texts, moment
