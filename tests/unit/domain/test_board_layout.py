import math

import pytest

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import model
from fh_desktop.domain.enums import LinkDirection


def _board():
    a = model.Card(id=1, x=0, y=0, w=200, h=100)
    b = model.Card(id=2, x=400, y=0, w=200, h=100)
    c = model.Card(id=3, x=0, y=300, w=200, h=100)
    zone = model.Zone(id=1, x=-100, y=-100, w=300, h=50)
    links = [
        model.Link(id=10, source_id=1, target_id=2, direction=LinkDirection.FORWARD),
        model.Link(id=11, source_id=2, target_id=1, direction=LinkDirection.BOTH),
        model.Link(id=12, source_id=1, target_id=3, direction=LinkDirection.NONE),
    ]
    return model.Board(cards=[a, b, c], links=links, zones=[zone])


def test_bounds_cover_cards_and_zones_plus_margin():
    board = _board()
    assert bl.content_bounds(board) == bl.Rect(-100, -100, 700, 500)
    assert bl.board_bounds(board, margin=10) == bl.Rect(-110, -110, 720, 520)
    assert bl.board_bounds(model.Board()) is None


def test_straight_link_runs_between_the_borders():
    g = bl.link_geometry(bl.Rect(0, 0, 200, 100), bl.Rect(400, 0, 200, 100), LinkDirection.FORWARD)
    assert g.start == (200, 50) and g.end == (400, 50)
    assert g.arrow_end and not g.arrow_start
    assert g.label_pos == (300, 50)


def test_arrow_heads_follow_the_direction():
    a, b = bl.Rect(0, 0, 100, 100), bl.Rect(300, 0, 100, 100)
    assert (bl.link_geometry(a, b, LinkDirection.NONE).arrow_start, bl.link_geometry(a, b, LinkDirection.NONE).arrow_end) == (False, False)
    both = bl.link_geometry(a, b, LinkDirection.BOTH)
    assert both.arrow_start and both.arrow_end


def test_parallel_links_get_opposite_lanes_and_stay_on_the_borders():
    board = _board()
    lanes = bl.lane_offsets(board.links)
    assert lanes[12] == 0
    # 1->2 and 2->1 share a pair: half a lane either side; the reversed one is negated
    # so that, seen from the pair, both lie on different sides.
    assert abs(lanes[10]) == st.LINK_LANE_SPACING / 2
    assert lanes[11] == lanes[10]
    geos = {g.link_id: g for g in bl.link_geometries(board)}
    y10, y11 = geos[10].start[1], geos[11].end[1]
    assert y10 != y11 and abs(y10 - y11) == pytest.approx(st.LINK_LANE_SPACING)
    for g in (geos[10], geos[11]):
        assert g.start[0] in (200, 400) and g.end[0] in (200, 400)


def test_links_to_missing_cards_are_left_out():
    board = _board()
    board.links.append(model.Link(id=99, source_id=1, target_id=42))
    assert 99 not in {g.link_id for g in bl.link_geometries(board)}


def test_overlapping_cards_still_give_a_line():
    g = bl.link_geometry(bl.Rect(0, 0, 200, 100), bl.Rect(50, 10, 200, 100))
    assert g.start != g.end
    same = bl.link_geometry(bl.Rect(0, 0, 200, 100), bl.Rect(0, 0, 200, 100))
    assert same.start == same.end and not same.arrow_end


def test_arrow_head_points_at_the_tip():
    tip, left, right = bl.arrow_head((100, 0), (0, 0), length=10, width=6)
    assert tip == (100, 0)
    assert left[0] == right[0] == 90
    assert sorted([left[1], right[1]]) == [-3, 3]
    assert math.isclose(math.dist(left, right), 6)


def test_influence_tower_marks_bottom_up():
    rect = bl.Rect(0, 0, 220, 120)
    assert bl.influence_marks(rect, None) == []
    marks = bl.influence_marks(rect, 2)
    assert len(marks) == st.INFLUENCE_MAX
    filled = [m for m, f in marks if f]
    assert len(filled) == 2
    # The filled marks are the lowest ones; the tower stands on the bottom edge, right.
    assert min(m.y for m in filled) > min(m.y for m, _ in marks)
    assert all(m.right <= rect.right and m.x > rect.cx and m.bottom <= rect.bottom for m, _ in marks)
    assert max(m.bottom for m, _ in marks) > rect.bottom - 10


def test_dot_badges_group_by_colour_in_known_order():
    rect = bl.Rect(0, 0, 220, 120)
    badges = bl.dot_badges(rect, ["#1f77b4", "#d62728", "#d62728", "#123456"])
    assert [(b.color, b.count) for b in badges] == [("#d62728", 2), ("#1f77b4", 1), ("#123456", 1)]
    assert badges[0].cx < badges[1].cx < badges[2].cx
    assert all(rect.contains(b.cx, b.cy + b.r) for b in badges)


def test_text_area_leaves_room_for_tower_and_dots():
    rect = bl.Rect(0, 0, 220, 120)
    plain = bl.text_area(rect, None, False)
    busy = bl.text_area(rect, 2, True)
    assert busy.w == plain.w and busy.h < plain.h
    towers = [m for m, _ in bl.influence_marks(rect, 2)]
    assert all(m.y >= busy.bottom for m in towers)
    assert bl.header_band_height(2) > bl.header_band_height(1)


def test_rect_grid_finds_only_near_rects():
    far = bl.Rect(5000, 5000, 10, 10)
    near = bl.Rect(100, 100, 300, 120)
    grid = bl.RectGrid([near, far])
    assert grid.near(bl.Rect(350, 200, 20, 20)) == [near]
    assert grid.near(bl.Rect(-900, -900, 10, 10)) == []
    wide = bl.Rect(-1000, 0, 3000, 10)  # spans several cells: reported once
    grid.add(wide)
    assert grid.near(bl.Rect(0, 0, 2000, 20)).count(wide) == 1


def test_labels_avoid_cards_and_each_other():
    # A long link passing a card at its middle, and a second link on the same line.
    board = model.Board(
        cards=[
            model.Card(id=1, x=0, y=0, w=100, h=100),
            model.Card(id=2, x=1000, y=0, w=100, h=100),
            model.Card(id=3, x=500, y=0, w=100, h=100),  # sits where the middle label would go
        ],
        links=[
            model.Link(id=1, source_id=1, target_id=2, direction=LinkDirection.NONE, label="a"),
            model.Link(id=2, source_id=2, target_id=1, direction=LinkDirection.NONE, label="b"),
        ],
    )
    sizes = {1: (80.0, 20.0), 2: (80.0, 20.0)}
    geos = {g.link_id: g for g in bl.link_geometries(board, sizes)}
    boxes = [bl.Rect(g.label_pos[0] - 40, g.label_pos[1] - 10, 80, 20) for g in geos.values()]
    card3 = bl.card_rect(board.cards[2])
    for box in boxes:
        assert not (box.x < card3.right and card3.x < box.right and box.y < card3.bottom and card3.y < box.bottom)
    a, b = boxes
    assert not (a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom)
    # without sizes the label sits in the middle of the line
    assert bl.link_geometries(board)[0].label_pos[0] == 550
