from __future__ import annotations

import pytest

from fh_desktop.domain import model


@pytest.fixture
def people(wf) -> list[model.Participant]:
    names = ["Anna Adler", "Bernd Bauer", "Cem Çelik"]
    out = [wf.meta.add_participant(n) for n in names]
    wf.meta.add_participant("Olga Observer", "Hospitation", is_observer=True)
    return out


@pytest.fixture
def round_(wf, people) -> model.Round:
    return wf.checklist.start_round()


@pytest.fixture
def served(wf, round_):
    from fh_desktop.web.participation import Participation

    p = Participation(wf, "127.0.0.1", 0)
    yield p
    p.stop()


def all_items(wf, value: str = "yes") -> dict[int, str]:
    return {i.id: value for i in wf.checklist.items()}
