"""Step 2 after the reveal, as the room sees it: symbols beside colours, every statement at
once, 'Mehrheit' only for more than half, actions made in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

from fh_desktop.domain import enums, model
from fh_desktop.domain.enums import Answer
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.checklist import page as checklist_page
from fh_desktop.ui.checklist.distribution_bar import segment_text
from fh_desktop.ui.checklist.joint_view import JointRow
from tests.gui.checklist.helpers import click, make_workshop, open_page

Y, P, N, U = Answer.YES, Answer.PARTLY, Answer.NO, Answer.UNKNOWN


def _revealed(path, answers: list[list[str]]):
    """A workshop whose first round (one answer row per person) is already revealed."""
    with WorkshopFile.open(path) as wf:
        items = wf.checklist.items()
        rnd = wf.checklist.start_round()
        people = [p for p in wf.meta.participants() if not p.is_observer]
        for person, row in zip(people, answers, strict=False):
            wf.checklist.submit(rnd.id, person.id, {i.id: v for i, v in zip(items, row, strict=False)})
        wf.checklist.reveal_round(rnd.id)
    return path


def test_bar_segments_carry_a_symbol_not_only_a_colour(qtbot):
    metrics = QFontMetrics(QFont())
    wide, narrow = 200.0, metrics.horizontalAdvance("◐") + 9.0
    assert segment_text(Y, 3, wide, metrics.horizontalAdvance) == "✓ 3"
    assert segment_text(P, 2, wide, metrics.horizontalAdvance) == "◐ 2"
    assert segment_text(N, 1, wide, metrics.horizontalAdvance) == "✗ 1"
    assert segment_text(U, 1, wide, metrics.horizontalAdvance) == "? 1"
    assert segment_text(P, 2, narrow, metrics.horizontalAdvance) == "◐"  # too narrow for the count
    assert segment_text(P, 2, 3.0, metrics.horizontalAdvance) == ""
    assert segment_text("high", 4, wide, metrics.horizontalAdvance) == "● 4"


def test_majority_only_for_more_than_half(qtbot):
    item = model.CatalogItem(id=1, code="1.1", statement="Es gibt eine Planungskonzeption.")
    row = JointRow(item, list(enums.Answer.ALL))
    qtbot.addWidget(row)
    row.show_distribution({Y: 2, P: 1, N: 1, U: 1}, list(enums.Answer.ALL))
    assert row.majority.text() == "Am häufigsten: trifft zu (2 von 5), keine Mehrheit"
    row.show_distribution({Y: 1, P: 3, N: 1, U: 0}, list(enums.Answer.ALL))
    assert row.majority.text() == "Mehrheit: teilweise (3 von 5)"
    row.show_distribution({Y: 2, P: 0, N: 2, U: 0}, list(enums.Answer.ALL))
    assert row.majority.text() == "kein klares Mehrheitsbild"


def test_all_statements_at_once_fit_a_small_beamer(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    path = make_workshop(tmp_path / "w.fhw")
    rows = [[(Y, P, N, U)[(p + i) % 4] for i in range(18)] for p in range(6)]
    window, page = open_page(qtbot, _revealed(path, rows))
    click(qtbot, page.mode_buttons[checklist_page.MODE_REVEAL])
    view = page.reveal_view
    assert len(view.rows) == 18
    click(qtbot, view.compact_button)
    assert view.compact_scroll.isVisible() and not view.scroll_area.isVisible() and not view.side_scroll.isVisible()
    compact = view.compact
    assert set(compact.bars) == set(view.rows)
    assert next(iter(compact.bars.values())).distribution() == {Y: 2, P: 2, N: 1, U: 1}
    # Long statements end in "…" on their line; the whole text stays in the tooltip.
    label = next(iter(compact.statements.values()))
    assert label.shown_text().endswith("…") and label.toolTip() == label.text()

    # The room's screen (a 1024×768 beamer as second screen) shows all 18 bars without scrolling.
    projector = window.moderation.projector
    projector.open_on(QApplication.primaryScreen())
    qtbot.waitUntil(lambda: projector.active)
    pw = projector.window
    pw.showNormal()
    pw.resize(1024, 768)
    room = pw.content.reveal_view
    qtbot.waitUntil(lambda: room.compact_scroll.isVisibleTo(pw) and set(room.compact.bars) == set(view.rows))
    qtbot.waitUntil(lambda: room.compact.height() <= room.compact_scroll.viewport().height())
    assert not room.compact_scroll.verticalScrollBar().isVisible()
    assert all(bar.width() >= 200 for bar in room.compact.bars.values())  # bars wide enough to read

    click(qtbot, view.compact_button)  # back to the detail, on both screens
    assert view.scroll_area.isVisible() and not view.compact_scroll.isVisible()
    assert not room.compact_scroll.isVisibleTo(pw)
    window.close()


def test_actions_are_made_in_place_and_all_flagged_items_at_once(qtbot, tmp_path):
    path = make_workshop(tmp_path / "w.fhw", items=5)
    with WorkshopFile.open(path) as wf:
        items = wf.checklist.items()
        for item in items[:3]:
            wf.checklist.set_joint(item.id, value=P, needs_action=True)
        wf.actions.add_action(model.Action(title="Schon geplant", item_ids=[items[0].id]))
    window, page = open_page(qtbot, path)
    wf = window.wf
    click(qtbot, page.mode_buttons[checklist_page.MODE_JOINT])
    button = page.joint_view.take_over_button
    assert button.text() == "Handlungsbedarf als Maßnahmen übernehmen (2)"
    click(qtbot, button)
    assert page.stack.currentWidget() is page.joint_view  # the room stays in step 2
    made = [a for a in wf.actions.actions() if a.title != "Schon geplant"]
    assert sorted(a.item_ids[0] for a in made) == [items[1].id, items[2].id]
    assert all(a.title.startswith("Maßnahme zu QD 4 · ") and a.goal for a in made)
    assert not button.isEnabled() and button.text().endswith("(0)")
    assert all(page.joint_view.rows[i.id].action_button.text() == "→ Maßnahme öffnen" for i in items[:3])
    assert page.undo_stack.undoText().startswith("2 Maßnahme") and "Handlungsbedarf" in page.undo_stack.undoText()
    page.undo_stack.undo()  # one step for all of them
    assert [a.title for a in wf.actions.actions()] == ["Schon geplant"]
    assert button.isEnabled()

    # One item in place: a short title of the room's own, Escape changes nothing.
    row = page.joint_view.rows[items[1].id]
    click(qtbot, row.action_button)
    qtbot.keyClick(page.draft_dialog.title_edit, Qt.Key.Key_Escape)
    assert [a.title for a in wf.actions.actions()] == ["Schon geplant"]
    click(qtbot, row.action_button)
    dialog = page.draft_dialog
    dialog.title_edit.setText("Netzwerktreffen vierteljährlich")
    with qtbot.waitSignal(page.navigate_requested) as opened:
        click(qtbot, dialog.open_button)  # "Anlegen und in Schritt 3 öffnen"
    action = next(a for a in wf.actions.actions() if a.title == "Netzwerktreffen vierteljährlich")
    assert opened.args == [3, "action", action.id] and action.item_ids == [items[1].id]
    window.close()


def test_a_graded_bar_puts_cannot_judge_last(qtbot):
    from fh_desktop.domain import scales
    from fh_desktop.ui.checklist.distribution_bar import AnswerLegend, DistributionBar

    bar = DistributionBar()
    qtbot.addWidget(bar)
    levels = scales.values_for(scales.GRADED, list(enums.Answer.ALL))
    bar.set_distribution({"high": 2, "low": 1, U: 3}, levels)
    order = [part.split(":")[0] for part in bar.accessibleDescription().split("; ")]
    assert order[-1] == "kann ich nicht beurteilen" and order[0] == scales.LABELS["high"]
    legend = AnswerLegend([*levels, *enums.Answer.ALL])  # a mixed round: ticks and levels
    qtbot.addWidget(legend)
    marks = [w.text() for w in legend.findChildren(QLabel, "legendSwatch")]
    assert marks[-1] == "?" and marks.count("?") == 1
