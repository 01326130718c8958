"""Answer scales per item and the ordinal statistics over them."""

from __future__ import annotations

import pytest

from fh_desktop.domain import scales, stats


def test_each_scale_offers_its_levels_and_unknown_where_the_catalog_does():
    assert scales.values_for("tick", ["yes", "no", "unknown"]) == ["yes", "no", "unknown"]
    assert scales.values_for("graded", ["yes", "no"]) == ["high", "medium", "low", "none"]
    assert scales.values_for("frequency") == ["regular", "sometimes", "rarely", "never", "unknown"]
    assert scales.values_for("open") == []
    assert scales.options("frequency")[0] == ("regular", "regelmäßig")
    assert scales.options("graded", translate=str.upper)[3] == ("none", "GAR NICHT")


def test_codes_are_distinct_across_scales_and_all_have_a_label_and_colour():
    assert len(set(scales.ALL_VALUES)) == len(scales.ALL_VALUES)
    assert set(scales.ALL_VALUES) <= set(scales.LABELS) and set(scales.ALL_VALUES) <= set(scales.COLORS)


def test_ordinal_order_and_scores_run_from_lowest_to_highest():
    assert scales.ordinal(["yes", "partly", "no", "unknown"]) == ["no", "partly", "yes"]
    assert scales.ordinal(scales.values_for("graded")) == ["none", "low", "medium", "high"]
    assert [scales.score(v) for v in ("never", "rarely", "sometimes", "regular")] == pytest.approx([0, 1 / 3, 2 / 3, 1])
    assert scales.score("unknown") is None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Inwieweit gibt es ein spezifisches Datenkonzept?", "graded"),
        ("Wie regelmäßig werden Planungsberichte erstellt?", "frequency"),
        ("Wie kontinuierlich und kleinräumig werden die Daten erhoben?", "frequency"),
        ("Auf welche Weise werden die Akteure eingebunden?", "open"),
        ("Die Koordination wird als Planungsaufgabe verstanden.", "tick"),
    ],
)
def test_the_wording_of_a_question_names_its_scale(question, kind):
    assert scales.guess_type(question) == kind


def test_disagreement_on_a_four_level_scale():
    values = scales.values_for("graded")
    assert stats.disagreement({"high": 3, "none": 3}, values) == pytest.approx(1.0)
    assert stats.disagreement({"high": 6}, values) == 0.0
    # Neighbouring levels disagree less than the extremes.
    assert stats.disagreement({"high": 3, "medium": 3}, values) < stats.disagreement({"high": 3, "low": 3}, values)
    # With the catalog-wide tick scale the item's own scale is recognised from the answers.
    assert stats.disagreement({"yes": 0, "regular": 2, "never": 2}) == pytest.approx(1.0)
    assert stats.most_disagreed({1: {"high": 2, "none": 2}, 2: {"yes": 4}}, {1: values}) == [1]
