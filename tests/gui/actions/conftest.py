"""An actions page on a fresh workshop, shown like the moderator sees it."""

from __future__ import annotations

import datetime as dt

import pytest

from fh_desktop.domain import enums, model
from fh_desktop.ui.actions.page import ActionsPage
from fh_desktop.ui.common.store_signals import StoreSignals


@pytest.fixture
def make_page(qtbot, wf):
    def make() -> ActionsPage:
        signals = StoreSignals(wf)
        page = ActionsPage(wf, signals)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


@pytest.fixture
def page(make_page):
    return make_page()


@pytest.fixture
def plan(wf):
    """Four actions in plan order A, B, C, D with different priorities, statuses, people, dates."""
    H, M, L = enums.Priority.HIGH, enums.Priority.MEDIUM, enums.Priority.LOW  # noqa: N806 - read like the table
    rows = [
        ("A Konzeption", L, enums.Status.OPEN, "Jugendhilfeplanung", dt.date(2027, 6, 30)),
        ("B Bericht", H, enums.Status.IN_PROGRESS, "Sozialplanung", dt.date(2027, 3, 31)),
        ("C Austausch", M, enums.Status.DONE, "Jugendhilfeplanung", None),
        ("D Ausschuss", H, enums.Status.OPEN, "", dt.date(2027, 1, 31)),
    ]
    return [
        wf.actions.add_action(model.Action(title=t, priority=p, status=s, responsible=r, due=due)).id
        for t, p, s, r, due in rows
    ]

