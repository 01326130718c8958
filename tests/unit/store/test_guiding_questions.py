"""Guiding questions in two groups per step, stored and dumped without a schema change."""

from __future__ import annotations

from fh_desktop import resources
from fh_desktop.domain.guiding_questions import GROUP_SPAN, QuestionGroup, group_of
from fh_desktop.store.workshop_file import WorkshopFile


def _texts(wf, step, group):
    return [q.text for q in wf.meta.questions(step) if group_of(q.position) == group]


def test_new_file_has_impulses_for_every_step_and_dialogue_questions_for_steps_2_and_3(wf):
    data = resources.load_json("guiding_questions.json")
    for step in (1, 2, 3):
        assert _texts(wf, step, QuestionGroup.IMPULSE) == data["steps"][str(step)]
    assert _texts(wf, 1, QuestionGroup.DIALOGUE) == []
    qd4 = _texts(wf, 2, QuestionGroup.DIALOGUE)
    qd5 = _texts(wf, 3, QuestionGroup.DIALOGUE)
    assert len(qd4) == 13 and qd4[0].startswith("Wie können Entscheidungstragende")
    assert len(qd5) == 14 and qd5[-1] == "Wie könnten zusätzliche Ressourcen akquiriert werden?"
    # Listed group after group: all impulses before the first dialogue question.
    groups = [group_of(q.position) for q in wf.meta.questions(2)]
    assert groups == sorted(groups)


def test_set_questions_replaces_one_group_only(wf, tmp_path):
    wf.meta.set_questions(2, ["  Eigene   Frage?  ", "", "Zweite Frage"], QuestionGroup.DIALOGUE)
    assert _texts(wf, 2, QuestionGroup.DIALOGUE) == ["Eigene Frage?", "Zweite Frage"]
    assert len(_texts(wf, 2, QuestionGroup.IMPULSE)) == 9  # untouched
    wf.meta.set_questions(2, ["Nur eine"])  # default group: the impulses
    assert _texts(wf, 2, QuestionGroup.IMPULSE) == ["Nur eine"]
    assert _texts(wf, 2, QuestionGroup.DIALOGUE) == ["Eigene Frage?", "Zweite Frage"]
    positions = [q.position for q in wf.meta.questions(2)]
    assert positions == [0, GROUP_SPAN, GROUP_SPAN + 1]
    # A dump and restore keeps the groups (they live in the positions).
    copy = WorkshopFile.create(tmp_path / "copy.fhw")
    copy.snapshots.load(wf.snapshots.snapshot())
    assert _texts(copy, 2, QuestionGroup.DIALOGUE) == ["Eigene Frage?", "Zweite Frage"]
    copy.close()


def test_default_questions_come_from_the_resource(wf):
    assert wf.meta.default_questions(3, QuestionGroup.DIALOGUE)[0].startswith("Was sind Gelingensbedingungen")
    assert wf.meta.default_questions(1, QuestionGroup.DIALOGUE) == []
