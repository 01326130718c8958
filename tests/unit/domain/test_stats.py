"""The numbers the reveal screen and the exporters show, computed by hand."""

from __future__ import annotations

import pytest

from fh_desktop.domain import enums, model, stats

Y, P, N, U = enums.Answer.YES, enums.Answer.PARTLY, enums.Answer.NO, enums.Answer.UNKNOWN


def answers(table: dict[int, str], item_id: int = 1, round_id: int = 1) -> list[model.IndividualAnswer]:
    """{participant_id: value} for one item."""
    return [model.IndividualAnswer(round_id=round_id, participant_id=p, item_id=item_id, value=v) for p, v in table.items()]


def dist(yes=0, partly=0, no=0, unknown=0) -> dict[str, int]:
    return {Y: yes, P: partly, N: no, U: unknown}


def test_distribution_counts_every_value_and_only_that_item():
    rows = answers({1: Y, 2: Y, 3: N, 4: U}) + answers({1: P}, item_id=2)
    assert stats.distribution(rows, 1) == dist(yes=2, no=1, unknown=1)
    assert stats.distribution(rows, 3) == dist()
    assert stats.distributions(rows) == {1: dist(yes=2, no=1, unknown=1), 2: dist(partly=1)}


def test_ticks_per_participant_includes_zero_and_skips_anonymised():
    rows = answers({1: Y, 2: N, 3: Y}, 1) + answers({1: Y, 2: P, 3: U}, 2) + answers({None: Y}, 3)
    assert stats.ticks_per_participant(rows) == {1: 2, 2: 0, 3: 1}
    assert stats.tick_counts(rows) == [2, 1, 0]


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (dist(yes=6), 0.0),  # all agree
        (dist(yes=3, no=3), 1.0),  # split between the extremes
        (dist(yes=3, partly=3), 0.5),  # split between neighbours
        (dist(yes=5, no=1), 1 / 3),  # one dissenter stays low
        (dist(yes=4, no=2), 2 / 3),
        (dist(yes=2, partly=2, no=2), 2 / 3),
        (dist(yes=1, unknown=5), 0.0),  # "kann ich nicht beurteilen" is no opinion
        (dist(), 0.0),
    ],
)
def test_disagreement_is_leiks_ordinal_dispersion(d, expected):
    assert stats.disagreement(d) == pytest.approx(expected)


def test_disagreement_follows_the_scale_offered():
    # Without "teilweise" on the scale a yes/no split is still maximal.
    assert stats.disagreement(dist(yes=2, no=2), (Y, N, U)) == pytest.approx(1.0)
    assert stats.disagreement(dist(yes=3, no=1), (Y, N)) == pytest.approx(0.5)


def test_unknown_share_mean_and_majority():
    d = dist(yes=2, partly=1, no=1, unknown=2)
    assert stats.unknown_share(d) == pytest.approx(2 / 6)
    assert stats.mean_score(d) == pytest.approx((2 + 0.5) / 4)
    assert stats.mean_score(dist(unknown=3)) is None
    assert stats.majority(dist(yes=3, no=1)) == Y
    assert stats.majority(d) is None  # tie between yes and unknown
    assert stats.majority(dist()) is None
    assert stats.unknown_share(dist()) == 0.0


def test_too_few_for_anonymity():
    assert stats.too_few_for_anonymity(dist(yes=2))
    assert not stats.too_few_for_anonymity(dist(yes=2, no=1))
    assert not stats.too_few_for_anonymity(dist())  # nobody answered: nothing to trace


def test_highlights_pick_the_top_items_above_the_threshold():
    dists = {
        1: dist(yes=6),
        2: dist(yes=3, no=3),  # 1.0
        3: dist(yes=4, no=2),  # 0.67
        4: dist(yes=5, no=1),  # 0.33: below the threshold
        5: dist(yes=3, partly=3),  # 0.5
        6: dist(yes=2, partly=2, no=2),  # 0.67, ties with 3
    }
    assert stats.most_disagreed(dists) == [2, 3, 6]
    assert stats.most_disagreed(dists, limit=2) == [2, 3, 6]  # the tie at the cut is kept whole
    assert stats.most_disagreed(dists, limit=1) == [2]
    assert stats.most_disagreed({1: dist(yes=6)}) == []
    known = {1: dist(yes=6), 2: dist(yes=3, unknown=3), 3: dist(yes=5, unknown=1), 4: dist(unknown=2, no=4)}
    assert stats.least_known(known) == [2, 4]


def test_convergence_between_rounds():
    assert stats.convergence(dist(yes=3, no=3), dist(yes=5, no=1)) == pytest.approx(2 / 3)
    assert stats.convergence(dist(yes=6), dist(yes=3, no=3)) == pytest.approx(-1.0)
