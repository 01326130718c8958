"""The worksheet's fields of an action, the Eckpunkte skeleton and several Maßnahmen per Zielsetzung."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fh_desktop.domain import model
from tests.gui.keyboard import type_text


def test_dimension_group_level_and_committee_are_entered_and_stored(qtbot, page, wf):
    added = page.add_action("Planungsbericht erstellen")
    form = page.form
    type_text(qtbot, form.dimension_edit, "QD 4 · 1.6")
    type_text(qtbot, form.working_group_edit, "Sozialplanung und Gesundheitsplanung")
    level = form.editors["level"]
    level.setCurrentIndex(level.findData("operativ"))
    level.activated.emit(level.currentIndex())
    qtbot.mouseClick(form.committee_box, Qt.MouseButton.LeftButton)
    stored = wf.actions.action(added.id)
    assert (stored.dimension, stored.working_group, stored.level, stored.needs_committee) == (
        "QD 4 · 1.6", "Sozialplanung und Gesundheitsplanung", "operativ", True,
    )


def test_planungskonzeption_starts_from_the_eckpunkte_and_more_measures_share_its_goal(qtbot, page, wf):
    qtbot.mouseClick(page.skeleton_button, Qt.MouseButton.LeftButton)
    (action,) = wf.actions.actions()
    assert action.title == "Planungskonzeption Frühe Hilfen erarbeiten"
    assert action.needs_committee and action.level == "strategisch" and action.dimension == "QD 4 · 1.5"
    lines = action.description.splitlines()
    assert sum(line.startswith("☐ ") for line in lines) == 14  # every Eckpunkt, once
    assert "☐ E2 Die Koordination des Netzwerkes der Frühen Hilfen wird als Infrastrukturauftrag verstanden" in action.description
    assert page.current_id() == action.id
    qtbot.mouseClick(page.same_goal_button, Qt.MouseButton.LeftButton)
    first, second = wf.actions.actions()
    assert second.goal == first.goal and second.title == "" and second.dimension == first.dimension
    assert page.current_id() == second.id
    type_text(qtbot, page.form.title_edit, "Entwurf in der Planungsrunde abstimmen")
    assert wf.actions.action(second.id).title == "Entwurf in der Planungsrunde abstimmen"
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert [a.title for a in wf.actions.actions()] == ["Planungskonzeption Frühe Hilfen erarbeiten"]
    assert isinstance(first, model.Action)
