"""A link whose straight line would cross a third card bends around it (issue #12)."""

from __future__ import annotations

import math

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import model
from fh_desktop.domain.enums import LinkDirection

LEFT, MIDDLE, RIGHT = bl.Rect(0, 0, 200, 100), bl.Rect(300, 0, 200, 100), bl.Rect(600, 0, 200, 100)


def _curve(geo: bl.LinkGeometry, n: int = 400) -> list[bl.Point]:
    return [geo.point_at(i / n) for i in range(n + 1)]


def test_a_card_in_the_way_makes_the_link_bend_around_it():
    geo = bl.link_geometry(LEFT, RIGHT, LinkDirection.FORWARD, cards=bl.RectGrid([LEFT, MIDDLE, RIGHT]))
    assert geo.control is not None
    points = _curve(geo)
    assert not any(MIDDLE.contains(*p) for p in points)
    # Not even close: the margin is kept all along.
    assert not any(MIDDLE.adjusted(bl.ROUTE_MARGIN - 1).contains(*p) for p in points)
    # It still runs from border to border ...
    assert geo.start[0] == LEFT.right and geo.end[0] == RIGHT.x
    # ... with the label on the curve's middle and the arrow head along its end tangent.
    assert geo.label_pos == geo.point_at(0.5)
    tip, left, right = bl.arrow_head(geo.end, geo.tail_of_end())
    base = ((left[0] + right[0]) / 2, (left[1] + right[1]) / 2)
    tangent = (geo.end[0] - geo.control[0], geo.end[1] - geo.control[1])
    along = (tip[0] - base[0], tip[1] - base[1])
    assert math.isclose(along[0] * tangent[1] - along[1] * tangent[0], 0, abs_tol=1e-6)


def test_nothing_in_the_way_keeps_the_link_straight_and_unchanged():
    plain = bl.link_geometry(LEFT, RIGHT, LinkDirection.FORWARD)
    aside = bl.Rect(300, 400, 200, 100)  # below the line
    geo = bl.link_geometry(LEFT, RIGHT, LinkDirection.FORWARD, cards=bl.RectGrid([LEFT, aside, RIGHT]))
    assert geo == plain and geo.control is None
    assert geo.start == (200, 50) and geo.end == (600, 50) and geo.label_pos == (400, 50)


def test_the_whole_board_bends_links_and_keeps_labels_on_the_curve():
    cards = [model.Card(id=i + 1, x=r.x, y=r.y, w=r.w, h=r.h) for i, r in enumerate((LEFT, MIDDLE, RIGHT))]
    links = [model.Link(id=1, source_id=1, target_id=3, label="Daten"), model.Link(id=2, source_id=1, target_id=2)]
    board = model.Board(cards=cards, links=links)
    bent, straight = bl.link_geometries(board, {1: (40.0, 16.0)})
    assert bent.control is not None and not any(MIDDLE.contains(*p) for p in _curve(bent))
    assert bent.label_pos == bent.point_at(0.5)  # a free spot: the label takes the middle
    assert straight.control is None  # its neighbour is its own target


def test_a_stroke_cut_short_for_its_arrow_stays_on_the_curve():
    geo = bl.link_geometry(LEFT, RIGHT, LinkDirection.BOTH, cards=bl.RectGrid([LEFT, MIDDLE, RIGHT]))
    a, control, b = geo.stroke(8.0, 8.0)
    assert control is not None
    assert math.isclose(math.dist(a, geo.start), 8.0, rel_tol=0.1)
    assert math.isclose(math.dist(b, geo.end), 8.0, rel_tol=0.1)
    part = bl.LinkGeometry(None, a, b, False, False, a, control)
    full = _curve(geo, 2000)
    for p in _curve(part, 20):  # every point of the part lies on the whole curve
        assert min(math.dist(p, q) for q in full) < 1.0
    c1, c2 = bl.quad_to_cubic(geo.start, geo.control, geo.end)
    for t in (0.25, 0.5, 0.75):  # the cubic is the same curve
        u = 1 - t
        cubic = tuple(u**3 * s + 3 * u * u * t * p + 3 * u * t * t * q + t**3 * e
                      for s, p, q, e in zip(geo.start, c1, c2, geo.end, strict=True))  # fmt: skip
        assert math.dist(cubic, geo.point_at(t)) < 1e-9


def test_a_link_that_cannot_get_past_stays_straight():
    wall = bl.Rect(220, -2000, 360, 4000)  # between the two, far higher than any bend
    geo = bl.link_geometry(LEFT, RIGHT, cards=bl.RectGrid([LEFT, wall, RIGHT]))
    assert geo.control is None
