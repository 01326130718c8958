"""The planning cycle end to end, on real files: demo → follow-up → Wiedervorlage →
a new individual and joint round → export, and what each file then contains."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fh_desktop.domain import cycle, enums, model, serialize
from fh_desktop.domain.cycle import ReviewDecision
from fh_desktop.export.pdf import write_pdf
from fh_desktop.export.xlsx import write_xlsx
from fh_desktop.store.services.cycle import create_follow_up
from fh_desktop.store.workshop_file import WorkshopFile

YES, PARTLY, NO = enums.Answer.YES, enums.Answer.PARTLY, enums.Answer.NO


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def run_round(wf: WorkshopFile, value_for) -> None:
    rnd = wf.checklist.start_round()
    items = wf.checklist.items()
    for p in [p for p in wf.meta.participants() if not p.is_observer]:
        wf.checklist.submit(rnd.id, p.id, {i.id: value_for(i, p) for i in items})
    wf.checklist.reveal_round(rnd.id)


def test_follow_up_carries_board_plan_and_results_but_no_individual_answers(demo_file: Path, tmp_path: Path):
    with WorkshopFile.open(demo_file) as old:
        before = old.snapshots.snapshot()
    assert before.checklist.answers, "the demo has individual answers"
    new = create_follow_up(demo_file, tmp_path / "2027.fhw", date=dt.date(2027, 11, 20), title="Fortschreibung 2027")
    with WorkshopFile.open(new) as wf:
        data = wf.snapshots.snapshot()
    assert data.workshop.title == "Fortschreibung 2027"
    assert data.workshop.date == dt.date(2027, 11, 20)
    assert data.workshop.kommune == before.workshop.kommune
    assert [p.name for p in data.participants] == [p.name for p in before.participants]
    assert [(c.id, c.title, c.x, c.y) for c in data.board.cards] == [(c.id, c.title, c.x, c.y) for c in before.board.cards]
    assert len(data.board.links) == len(before.board.links)
    assert [(i.code, i.statement) for i in data.checklist.items] == [(i.code, i.statement) for i in before.checklist.items]
    # A fresh step 2: no rounds, no answers, no joint assessment yet.
    assert not data.checklist.rounds and not data.checklist.answers and not data.checklist.joint
    # The whole plan with its status, each action knowing where it came from.
    assert [(a.id, a.title, a.status, a.item_ids) for a in data.actions] == [
        (a.id, a.title, a.status, a.item_ids) for a in before.actions
    ]
    assert all(a.origin_date == before.workshop.date and a.origin_number == a.id for a in data.actions)
    assert cycle.origin_label(data.actions[0]).startswith("aus Workshop vom 26.11.2026, Nr. 1")
    # The previous results, read-only: counts per round and joint assessments, no names.
    (earlier,) = data.earlier
    assert (earlier.title, earlier.date) == (before.workshop.title, before.workshop.date)
    joint = {j.item_id: j for j in before.checklist.joint}
    first = before.checklist.items[0]
    item = earlier.items[0]
    assert (item.code, item.joint_value, item.note) == (first.code, joint[first.id].value, joint[first.id].note)
    answered = [a for a in before.checklist.answers if a.item_id == first.id]
    assert sum(r.total for r in item.rounds) == len(answered)
    assert all(list(r.counts) == list(enums.Answer.ALL) for r in item.rounds)
    dumped = str(serialize.to_dict(data))
    for p in before.participants:
        assert f"'participant_id': {p.id}" not in dumped


def test_follow_up_participants_are_the_moderators_choice(demo_file: Path, tmp_path: Path):
    new = create_follow_up(demo_file, tmp_path / "leer.fhw", date=dt.date(2027, 1, 1), participant_ids=())
    with WorkshopFile.open(new) as wf:
        assert wf.meta.participants() == []
        assert wf.cycle.is_follow_up()


def test_follow_up_refuses_its_own_source_and_an_existing_file(demo_file: Path, tmp_path: Path):
    from fh_desktop.domain.errors import FhError

    with pytest.raises(FhError):
        create_follow_up(demo_file, demo_file)
    (tmp_path / "da.fhw").write_bytes(b"x")
    with pytest.raises(FhError, match="gibt es schon"):
        create_follow_up(demo_file, tmp_path / "da.fhw")
    assert (tmp_path / "da.fhw").read_bytes() == b"x"


def test_the_whole_cycle_review_new_rounds_and_export(demo_file: Path, tmp_path: Path):
    new = create_follow_up(demo_file, tmp_path / "folge.fhw", date=dt.date(2027, 11, 20))
    with WorkshopFile.open(new) as wf:
        todo = wf.cycle.review_list()
        all_actions = wf.actions.actions()
        # Done and dropped actions do not come up again.
        closed = [a.id for a in all_actions if a.status in cycle.CLOSED]
        assert {a.id for a in todo} == {a.id for a in all_actions} - set(closed)
        first, second, third = todo[0], todo[1], todo[2]
        wf.cycle.review_action(first.id, ReviewDecision.DONE, progress="Kreistagsbeschluss am 3.7.2027 gefasst.")
        wf.cycle.review_action(
            second.id, ReviewDecision.CHANGED, progress="Verzögert: Stelle unbesetzt.", due=dt.date(2028, 6, 30),
            review_on=dt.date(2028, 3, 1),
        )  # fmt: skip
        wf.cycle.review_action(third.id, ReviewDecision.DROPPED, progress="Fördermittel entfallen.")
        summary = wf.cycle.review_summary()
        assert [a.id for a in summary.decided[ReviewDecision.DONE]] == [first.id]
        assert [a.id for a in summary.decided[ReviewDecision.DROPPED]] == [third.id]
        assert len(summary.pending) == len(todo) - 3
        assert wf.actions.action(first.id).status == enums.Status.DONE
        assert wf.actions.action(third.id).status == enums.Status.DROPPED
        changed = wf.actions.action(second.id)
        assert changed.status != enums.Status.DONE and changed.due == dt.date(2028, 6, 30)
        # Step 2 again: an individual round and the joint assessment.
        items = wf.checklist.items()
        run_round(wf, lambda i, p: YES if i.position <= 3 else PARTLY)
        earlier = {e.code: e for e in wf.cycle.origin().items}
        for i in items:
            wf.checklist.set_joint(i.id, value=YES if i.position <= 3 else NO, note=f"2027: {i.code}")
        data = wf.snapshots.snapshot()
    xlsx = write_xlsx(data, tmp_path / "folge.xlsx")
    pdf = write_pdf(data, tmp_path / "folge.pdf")

    wb = load_workbook(xlsx)
    plan = wb["Maßnahmenplan"]
    header = [c.value for c in plan[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in plan.iter_rows(min_row=2, values_only=True) if r[0] is not None}
    assert rows[first.id]["Status"] == "erledigt"
    assert rows[first.id]["Stand der Umsetzung"] == "Kreistagsbeschluss am 3.7.2027 gefasst."
    assert rows[second.id]["Wiedervorlage am"].date() == dt.date(2028, 3, 1)
    assert rows[second.id]["Herkunft"] == f"aus Workshop vom 26.11.2026, Nr. {second.id}"
    comparison = wb["Vergleich"]
    header = [c.value for c in comparison[1]]
    assert header[:5] == ["Code", "Aussage", "Einschätzung 26.11.2026", "Einschätzung 20.11.2027", "Veränderung"]
    lines = {r[0]: r for r in comparison.iter_rows(min_row=2, values_only=True) if r[0] in earlier}
    some = items[0]
    expected = {"yes": "▲", "partly": "▲", "no": "▲", "unknown": "•", None: "•"}
    assert lines[some.code][3] == "trifft zu"
    assert lines[some.code][2] == (enums.Answer.LABELS[earlier[some.code].joint_value] if earlier[some.code].joint_value else "")
    if earlier[some.code].joint_value == YES:
        assert lines[some.code][4].startswith("=")
    else:
        assert lines[some.code][4].startswith(expected[earlier[some.code].joint_value])
    assert all("Dr. Katrin Albers" not in str(v) for r in comparison.iter_rows(values_only=True) for v in r)

    text = pdf_text(pdf)
    assert "Vergleich mit dem Workshop vom 26.11.2026" in text
    assert "Verbessert" in text and "Weiterhin offen" in text
    assert "Wiedervorlage der Maßnahmen" in text
    assert "Kreistagsbeschluss am 3.7.2027 gefasst." in text
    assert "Verzögert: Stelle unbesetzt." in text and "wird nicht weiterverfolgt" in text


def test_a_three_year_chain_keeps_every_earlier_result(demo_file: Path, tmp_path: Path):
    y2 = create_follow_up(demo_file, tmp_path / "2027.fhw", date=dt.date(2027, 11, 1))
    with WorkshopFile.open(y2) as wf:
        run_round(wf, lambda i, p: NO)
        for i in wf.checklist.items():
            wf.checklist.set_joint(i.id, value=NO, note="Jahr 2")
        added = wf.actions.add_action(model.Action(title="Neu 2027"))
    y3 = create_follow_up(y2, tmp_path / "2028.fhw", date=dt.date(2028, 11, 1))
    with WorkshopFile.open(y3) as wf:
        earlier = wf.cycle.earlier()
        actions = {a.id: a for a in wf.actions.actions()}
    assert [e.date for e in earlier] == [dt.date(2026, 11, 26), dt.date(2027, 11, 1)]
    assert all(i.note == "Jahr 2" and i.joint_value == NO for i in earlier[1].items)
    assert any(i.note and i.note != "Jahr 2" for i in earlier[0].items), "year 1's notes are still there"
    # An action keeps its first origin; one added in year 2 comes from year 2.
    assert actions[1].origin_date == dt.date(2026, 11, 26)
    assert (actions[added.id].origin_date, actions[added.id].origin_number) == (dt.date(2027, 11, 1), added.id)


def test_dump_and_restore_carry_the_cycle(demo_file: Path, tmp_path: Path):
    import json
    import subprocess
    import sys

    new = create_follow_up(demo_file, tmp_path / "folge.fhw", date=dt.date(2027, 11, 20))
    with WorkshopFile.open(new) as wf:
        a = wf.cycle.review_list()[0]
        wf.cycle.review_action(a.id, ReviewDecision.CONTINUED, progress="läuft", review_on=dt.date(2028, 1, 15))
    dump = subprocess.run([sys.executable, "-m", "fh_desktop", "dump", str(new)], capture_output=True, text=True, check=True)
    raw = json.loads(dump.stdout)
    assert raw["earlier"][0]["items"][0]["rounds"]
    assert raw["actions"][0]["review_decision"] == "weiter"
    (tmp_path / "d.json").write_text(dump.stdout, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "fh_desktop", "restore", str(tmp_path / "r.fhw"), str(tmp_path / "d.json")], check=True)
    again = subprocess.run([sys.executable, "-m", "fh_desktop", "dump", str(tmp_path / "r.fhw")], capture_output=True, text=True, check=True)
    assert again.stdout == dump.stdout


def test_review_refuses_an_unknown_decision_and_a_new_action(demo_file: Path, tmp_path: Path):
    from fh_desktop.domain import model
    from fh_desktop.domain.errors import ValidationError

    new = create_follow_up(demo_file, tmp_path / "folge.fhw", date=dt.date(2027, 11, 20))
    with WorkshopFile.open(new) as wf:
        a = wf.cycle.review_list()[0]
        with pytest.raises(ValidationError):
            wf.cycle.review_action(a.id, "vielleicht")
        fresh = wf.actions.add_action(model.Action(title="neu hier"))
        with pytest.raises(ValidationError):
            wf.cycle.review_action(fresh.id, ReviewDecision.DONE)
        assert wf.actions.action(a.id).review_decision == ""
