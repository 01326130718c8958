"""Guiding questions in two groups per step, stored and dumped without a schema change."""

from __future__ import annotations

from fh_desktop import resources
from fh_desktop.domain.guiding_questions import GROUP_SPAN, QuestionGroup, group_of
from fh_desktop.store.workshop_file import WorkshopFile


def _texts(wf, step, group):
    return [q.text for q in wf.meta.questions(step) if group_of(q.position) == group]


def test_new_file_has_impulses_for_every_step_and_the_default_catalogs_dialogue_in_step_2(wf):
    data = resources.load_json("guiding_questions.json")
    for step in (1, 2, 3):
        assert _texts(wf, step, QuestionGroup.IMPULSE) == [q["text"] for q in data["steps"][str(step)]]
    assert _texts(wf, 1, QuestionGroup.DIALOGUE) == []
    assert _texts(wf, 3, QuestionGroup.DIALOGUE) == []
    qd4 = _texts(wf, 2, QuestionGroup.DIALOGUE)
    assert len(qd4) == 13 and qd4[0].startswith("Wie können Entscheidungstragende")
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
    assert wf.meta.default_questions(2, QuestionGroup.DIALOGUE)[0].startswith("Wie können Entscheidungstragende")
    assert wf.meta.default_questions(3, QuestionGroup.DIALOGUE) == []
    assert wf.meta.default_questions(1, QuestionGroup.DIALOGUE) == []


def test_dialogue_follows_the_chosen_catalog(wf):
    from fh_desktop.store.services.checklist import shipped_catalogs

    qd5 = next(c for c in shipped_catalogs() if c.catalog.key == "qd5-verankerung")
    first = next(q for q in wf.meta.questions(2) if group_of(q.position) == QuestionGroup.DIALOGUE)
    wf.meta.set_question_note(first.id, "Wird im JHA besprochen")
    wf.checklist.use_catalog(qd5)
    dialogue = _texts(wf, 2, QuestionGroup.DIALOGUE)
    assert len(dialogue) == 14 and dialogue[0].startswith("Was sind Gelingensbedingungen")
    # The notes of the old catalog's questions went with them.
    assert all(not e.note for e in wf.meta.conversation_guide())


def test_dialogue_questions_take_notes_for_the_conversation_guide(wf):
    q = next(q for q in wf.meta.questions(2) if group_of(q.position) == QuestionGroup.DIALOGUE)
    wf.meta.set_question_note(q.id, "  Die Stelle ist beim Jugendamt angesiedelt.  ")
    guide = wf.meta.conversation_guide(with_notes_only=True)
    assert [(e.step, e.group, e.text, e.note) for e in guide] == [
        (2, QuestionGroup.DIALOGUE, q.text, "Die Stelle ist beim Jugendamt angesiedelt.")
    ]
    assert len(wf.meta.conversation_guide()) == len(wf.meta.questions())
    # Editing the list keeps the note of an unchanged question.
    texts = _texts(wf, 2, QuestionGroup.DIALOGUE)
    wf.meta.set_questions(2, texts + ["Eigene Frage?"], QuestionGroup.DIALOGUE)
    guide = wf.meta.conversation_guide()
    assert [e.note for e in guide if e.text == q.text] == ["Die Stelle ist beim Jugendamt angesiedelt."]
    assert [e.origin for e in guide if e.text == "Eigene Frage?"] == ["own"]


def test_tools_own_step_3_questions_are_marked_as_such(wf):
    origins = [q.origin for q in wf.meta.questions(3) if group_of(q.position) == QuestionGroup.IMPULSE]
    assert origins == ["quoted", "own", "own", "own"]
    step1 = list(wf.meta.questions(1))
    assert any(q.origin == "adapted" and q.text.startswith("Welche politischen Entscheidungstragenden,") for q in step1)


def test_step_info_carries_the_materials_time_ranges_zielfokus_and_praxisimpuls(wf):
    info = wf.meta.step_info()
    assert [(i.min_minutes, i.max_minutes) for i in (info[1], info[2], info[3])] == [(60, 90), (60, 90), (30, None)]
    assert info[1].praxisimpuls.startswith("Dieser erste Arbeitsschritt kann bereits im Vorfeld vorbereitet werden.")
    assert "nicht davon auszugehen" in info[2].praxisimpuls
    assert info[3].zielfokus == "Konkrete Aktivitäten zur Weiterentwicklung Früher Hilfen planen"
    assert info[2].minutes_warning(75) is None
    assert info[2].minutes_warning(20) is not None
    assert info[2].minutes_warning(600) is not None
    assert info[3].minutes_warning(240) is None
