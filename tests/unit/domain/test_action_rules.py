"""Rules for one action: what the editor shows beside a field and the re-import checks."""

from __future__ import annotations

import datetime as dt

import pytest

from fh_desktop.domain import action_rules as rules
from fh_desktop.domain import action_style, enums, model


def fields_of(problems):
    return [(p.field, p.severity) for p in problems]


def test_a_complete_action_has_no_problems():
    a = model.Action(id=1, title="Planungskonzeption fortschreiben", start=dt.date(2027, 1, 1), due=dt.date(2027, 6, 30))
    assert rules.validate_action(a) == []
    assert rules.validate_action(a, today=dt.date(2027, 3, 1)) == []


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_empty_title_is_an_error(title):
    problems = rules.validate_action(model.Action(title=title))
    assert fields_of(problems) == [("title", rules.ERROR)]
    assert "Titel" in problems[0].message.format()


def test_due_before_start_names_both_dates_in_german_format():
    a = model.Action(title="x", start=dt.date(2027, 3, 1), due=dt.date(2027, 2, 28))
    (p,) = rules.validate_action(a)
    assert p.field == "due" and p.severity == rules.ERROR
    assert p.message.format() == "„Zeitrahmen bis“ 28.02.2027 liegt vor dem Beginn 01.03.2027."
    # The same day is fine; one date alone is fine.
    assert rules.validate_action(model.Action(title="x", start=dt.date(2027, 3, 1), due=dt.date(2027, 3, 1))) == []
    assert rules.validate_action(model.Action(title="x", due=dt.date(2020, 1, 1))) == []


def test_too_long_text_is_reported_per_field():
    a = model.Action(title="ok", description="x" * (rules.MAX_TEXT + 1), resources="y" * rules.MAX_TEXT)
    (p,) = rules.validate_action(a)
    assert p.field == "description"
    assert str(rules.MAX_TEXT + 1) in p.message.format()


def test_unknown_priority_and_status_are_errors():
    a = model.Action(title="x", priority="dringend", status="fertig")
    assert fields_of(rules.validate_action(a)) == [("priority", rules.ERROR), ("status", rules.ERROR)]
    assert "hoch, mittel, niedrig" in rules.validate_action(a)[0].message.format()


def test_overdue_is_a_warning_only_when_not_finished_and_today_given():
    a = model.Action(title="x", due=dt.date(2027, 1, 31), status=enums.Status.IN_PROGRESS)
    assert rules.validate_action(a) == []
    assert fields_of(rules.validate_action(a, today=dt.date(2027, 2, 1))) == [("due", rules.WARNING)]
    assert rules.validate_action(a, today=dt.date(2027, 1, 31)) == []
    for status in (enums.Status.DONE, enums.Status.DROPPED):
        a.status = status
        assert rules.validate_action(a, today=dt.date(2030, 1, 1)) == []
    assert rules.errors_only([rules.problem("due", "w", rules.WARNING)]) == []


def test_translated_template_is_filled_in():
    (p,) = rules.validate_action(model.Action(title="x", start=dt.date(2027, 3, 2), due=dt.date(2027, 3, 1)))
    assert p.message.format("End {due} < start {start}") == "End 01.03.2027 < start 02.03.2027"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.03.2027", dt.date(2027, 3, 31)),
        (" 1.4.2027 ", dt.date(2027, 4, 1)),
        ("1.4.27", dt.date(2027, 4, 1)),
        ("01. 04. 2027", dt.date(2027, 4, 1)),
        ("2027-04-01", dt.date(2027, 4, 1)),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_german_dates(text, expected):
    assert rules.parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2027", "morgen", "12/03/2027", "1.1.", "=HEUTE()", "32.1.2027"])
def test_unparseable_dates_raise_with_the_text(text):
    with pytest.raises(rules.DateParseError) as info:
        rules.parse_date(text)
    problem = info.value.problem("start")
    assert problem.field == "start"
    assert text.strip() in problem.message.format()


@pytest.mark.parametrize(
    ("text", "complete"),
    [("1.4.2027", True), ("01.04.2027", True), ("2027-04-01", True), ("1.4.20", False), ("1.4.202", False),
     ("31.02.2027", False), ("", False)],
)
def test_complete_dates_are_only_those_with_a_full_year(text, complete):
    assert rules.is_complete_date(text) is complete


def test_format_date():
    assert rules.format_date(dt.date(2027, 1, 5)) == "05.01.2027"
    assert rules.format_date(None) == ""


def test_order_by_priority_is_stable_within_a_priority():
    H, M, L = enums.Priority.HIGH, enums.Priority.MEDIUM, enums.Priority.LOW  # noqa: N806 - read like the table
    plan = [model.Action(id=i, priority=p) for i, p in enumerate([L, H, M, H, L, M], start=1)]
    assert rules.order_by_priority(plan) == [2, 4, 3, 6, 1, 5]
    again = sorted(plan, key=lambda a: [2, 4, 3, 6, 1, 5].index(a.id))
    assert rules.order_by_priority(again) == [2, 4, 3, 6, 1, 5]


@pytest.mark.parametrize(
    ("ids", "before", "expected"),
    [
        ([3], 1, [3, 1, 2, 4]),
        ([1], None, [2, 3, 4, 1]),
        ([1], 4, [2, 3, 1, 4]),
        ([4, 2], 1, [2, 4, 1, 3]),  # moved block keeps the plan's order
        ([2], 2, [1, 2, 3, 4]),  # onto itself: nothing happens
        ([2, 3], 3, [1, 2, 3, 4]),
    ],
)
def test_moved(ids, before, expected):
    assert rules.moved([1, 2, 3, 4], ids, before) == expected


def test_moved_after_a_row_keeps_hidden_followers_behind():
    # A filter shows 1 and 3; dropping 4 below 3 means "right after 3", not "at the very end".
    assert rules.moved([1, 2, 3, 5, 4], [4], None, after=3) == [1, 2, 3, 4, 5]
    assert rules.moved([1, 2, 3], [1], None, after=3) == [2, 3, 1]
    assert rules.moved([1, 2, 3], [2], None, after=None) == [1, 3, 2]


def test_every_value_has_a_colour_and_a_symbol():
    for table in (action_style.PRIORITY_COLORS, action_style.PRIORITY_SYMBOLS):
        assert set(table) == set(enums.Priority.ALL)
    for table in (action_style.STATUS_COLORS, action_style.STATUS_SYMBOLS):
        assert set(table) == set(enums.Status.ALL)
    assert len(set(action_style.PRIORITY_SYMBOLS.values())) == 3
    assert len(set(action_style.STATUS_SYMBOLS.values())) == len(enums.Status.ALL)
    assert set(rules.FIELD_LABELS) >= set(rules.TEXT_FIELDS) | {"start", "due", "priority", "status"}
