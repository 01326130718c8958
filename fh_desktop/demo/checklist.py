"""Demo content for the checklist step: a played first round, a second round, joint results.

The answers follow a plausible Landkreis: planning reports and the data concept are
weak, the network coordination's exchange works, and the people further from planning
(freier Träger, Ausschuss) more often cannot judge. A fixed seed keeps the demo stable.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from fh_desktop.domain import enums, model

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile

Y, P, N, U = enums.Answer.YES, enums.Answer.PARTLY, enums.Answer.NO, enums.Answer.UNKNOWN

# Per item code of the QD 4 catalog: weights of (yes, partly, no) in this Landkreis.
TENDENCY = {
    "1.1": (5, 3, 1), "1.2": (2, 3, 3), "1.3": (1, 1, 5), "1.4": (4, 2, 1), "1.5": (0, 1, 6),
    "1.6": (1, 2, 4), "1.7": (1, 3, 3), "2.1": (1, 2, 4), "2.2": (3, 4, 1), "2.3": (0, 2, 5),
    "2.4": (2, 2, 2), "3.1": (2, 3, 2), "3.2": (4, 3, 1), "3.3": (2, 4, 2), "3.4": (3, 2, 2),
    "3.5": (0, 1, 5), "3.6": (1, 2, 4), "3.7": (1, 3, 3),
}
# How often each person (in the order of demo.workshop.PARTICIPANTS) cannot judge.
UNKNOWN_RATE = [0.0, 0.05, 0.05, 0.15, 0.15, 0.3, 0.35]

COMMENTS = {
    1: "Die Planungsberichte gehen bisher nur an den Jugendhilfeausschuss.",
    2: "Ein Datenkonzept gibt es nicht; Gesundheitsdaten kommen nur auf Anfrage.",
    5: "Als freier Träger bekommen wir von den Planungen wenig mit.",
}

JOINT = {
    "1.1": (Y, "Rollenbewusstsein ist da, v. a. bei den Leitungen.", False),
    "1.2": (P, "Im Jugendamt ja, in Gesundheits- und Sozialplanung noch nicht.", True),
    "1.3": (N, "Koordination sitzt in der Fachabteilung, nicht in der Planung.", False),
    "1.4": (P, "Austausch findet statt, aber nicht verbindlich geregelt.", True),
    "1.5": (N, "Keine verabschiedete Planungskonzeption.", True),
    "1.6": (N, "", False),
    "1.7": (N, "Der Jugendhilfeausschuss bekommt keinen regelmäßigen Bericht.", True),
    "2.1": (N, "Datenkonzept fehlt; Gesundheitsdaten kommen nicht an.", True),
    "2.2": (P, "", False),
    "2.3": (N, "Familien werden bei der Auswertung nicht beteiligt.", True),
    "2.4": (P, "", False),
    "3.1": (P, "", False),
    "3.2": (Y, "", False),
    "3.3": (P, "Qualitätsverständnis soll in der Netzwerkkonferenz erarbeitet werden.", False),
    "3.4": (Y, "", False),
    "3.5": (N, "", False),
    "3.6": (N, "", False),
    "3.7": (P, "", False),
}


def _answer(rng: random.Random, code: str, unknown_rate: float, pull: float = 0.0) -> str:
    if rng.random() < unknown_rate:
        return U
    yes, partly, no = TENDENCY.get(code, (1, 1, 1))
    # A second round after discussion pulls opinions towards the middle ground.
    return rng.choices((Y, P, N), weights=(yes, partly + pull * (yes + no), no))[0]


def _id(stored: model.Round | model.Participant | model.CatalogItem) -> int:
    assert stored.id is not None  # the services hand back what they stored, with its id
    return stored.id


def fill(wf: WorkshopFile) -> None:
    cl = wf.checklist
    rng = random.Random(4711)
    people = [p for p in wf.meta.participants() if not p.is_observer]
    items = cl.items()
    first = cl.start_round()
    for k, person in enumerate(people):
        rate = UNKNOWN_RATE[k % len(UNKNOWN_RATE)]
        values = {_id(i): _answer(rng, i.code, rate) for i in items}
        cl.submit(_id(first), _id(person), values, COMMENTS.get(k, ""))
    cl.reveal_round(_id(first))

    # The room argued about the exchange and the reports; a second round on those.
    disputed = [i for i in items if i.code in ("1.2", "1.4", "2.4")]
    second = cl.start_round([_id(i) for i in disputed])
    for k, person in enumerate(people):
        rate = UNKNOWN_RATE[k % len(UNKNOWN_RATE)] / 2
        values = {_id(i): _answer(rng, i.code, rate, pull=1.5) for i in disputed}
        cl.submit(_id(second), _id(person), values)
    cl.reveal_round(_id(second))

    for item in items:
        value, note, flag = JOINT.get(item.code, (None, "", False))
        cl.set_joint(_id(item), value=value, note=note, needs_action=flag)
