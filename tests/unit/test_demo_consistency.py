"""The demo workshop agrees with itself (``fh_desktop/demo/facts.py``)."""

from __future__ import annotations

import re

from fh_desktop.demo import actions as demo_actions
from fh_desktop.demo import facts
from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain import enums
from fh_desktop.store.services.checklist import shipped_catalogs
from fh_desktop.store.workshop_file import WorkshopFile


def _texts(wf) -> list[str]:
    data = wf.snapshots.snapshot()
    out = [data.workshop.moderator, data.workshop.notes]
    out += [f"{p.name} {p.role}" for p in data.participants]
    out += [f"{c.title} {c.text}" for c in data.board.cards] + [lk.label for lk in data.board.links]
    out += [j.note for j in data.checklist.joint] + [s.comment for s in data.checklist.submissions]
    out += [" ".join((a.title, a.goal, a.description, a.responsible, a.involved, a.resources, a.indicator)) for a in data.actions]
    return out


def test_no_text_of_the_demo_contradicts_its_facts(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        texts = _texts(wf)
        joint = {i.code: j for i in wf.checklist.items() for j in wf.checklist.joint() if j.item_id == i.id}
    for phrase in facts.CONTRADICTIONS:
        assert not [t for t in texts if phrase in t], phrase
    for code in facts.NOT_IN_PLACE:
        assert joint[code].value in (enums.Answer.NO, enums.Answer.PARTLY), code


def test_people_and_places_have_one_name_and_one_role(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        texts = _texts(wf)
        people = wf.meta.participants()
        moderator = wf.meta.workshop().moderator
    # The moderator is not a participant and not the network coordination a second time.
    assert facts.MODERATOR in moderator and "Netzwerkkoordination" not in moderator
    assert all(facts.MODERATOR not in p.name for p in people)
    assert [p.name for p in people if "Netzwerkkoordination" in p.role] == [facts.NETWORK_COORDINATOR]
    # One family centre, one name.
    centres = {m for t in texts for m in re.findall(r"Familienzentr\w*(?: [A-ZÄÖÜ][\w-]+)?", t)}
    assert centres == {facts.FAMILY_CENTRE}


def test_every_reference_of_the_plan_exists(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        key = wf.checklist.catalog().key
        codes = {i.code for i in wf.checklist.items()}
        cards = wf.board.cards()
        plan = {a.title: a for a in wf.actions.actions()}
    all_codes = {catalog_format.qualified_ref(c.catalog.key, i.code) for c in shipped_catalogs() for i in c.items}
    for entry in demo_actions.ACTIONS:
        action = plan[entry.title]
        for refs in entry.items:
            assert refs[0] in codes, (entry.title, refs)  # a code of the demo's own catalog
        assert len(action.item_ids) == len(entry.items), entry.title
        assert len(action.card_ids) == len(entry.cards), entry.title  # every card found, none guessed
        for ref in filter(None, action.dimension.split(", ")):
            assert ref in all_codes, (entry.title, ref)
        assert demo_actions.find_card(cards, ("Netzwerkkoordination Frühe Hilfen",)) is not None
    assert key == "qd4-planung"
