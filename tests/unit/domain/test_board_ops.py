import random

from fh_desktop.domain import board_ops as ops
from fh_desktop.domain import model
from fh_desktop.domain.board_layout import Rect


def test_snap_to_grid():
    assert ops.snap(29, 20) == 20 and ops.snap(31, 20) == 40 and ops.snap(-11, 20) == -20
    assert ops.snap_size(5, 60, 20) == 60


def test_align_and_distribute():
    rects = {1: Rect(0, 0, 100, 50), 2: Rect(40, 100, 60, 40), 3: Rect(300, 30, 100, 20)}
    assert ops.align(rects, ops.ALIGN_LEFT) == {1: (0, 0), 2: (0, 100), 3: (0, 30)}
    assert ops.align(rects, ops.ALIGN_RIGHT)[2] == (340, 100)
    assert ops.align(rects, ops.ALIGN_TOP) == {1: (0, 0), 2: (40, 0), 3: (300, 0)}
    assert ops.align(rects, ops.ALIGN_BOTTOM)[3] == (300, 120)
    centred = ops.align(rects, ops.ALIGN_VCENTER)
    assert len({y + rects[k].h / 2 for k, (_, y) in centred.items()}) == 1
    spread = ops.distribute(rects, ops.HORIZONTAL)
    # first and last keep their place; the gaps are equal
    assert spread[1] == (0, 0) and spread[3] == (300, 30)
    gap1 = spread[2][0] - rects[1].right
    gap2 = spread[3][0] - (spread[2][0] + rects[2].w)
    assert gap1 == gap2


def test_copy_items_keeps_inner_links_and_dots_only():
    board = model.Board(
        cards=[model.Card(id=1, x=0, y=0, z=5), model.Card(id=2, x=300, y=0, z=1)],
        links=[model.Link(id=7, source_id=1, target_id=2), model.Link(id=8, source_id=1, target_id=99)],
        dots=[model.Dot(id=3, card_id=2), model.Dot(id=4, card_id=99)],
    )
    out = ops.copy_items(board, 20, 40, z_base=10)
    assert [(c.id, c.x, c.y) for c in out.cards] == [(2, 320, 40), (1, 20, 40)]
    assert [c.z for c in out.cards] == [11, 12]  # above everything, in the old order
    assert [lk.id for lk in out.links] == [7]
    assert [d.id for d in out.dots] == [3]
    assert board.cards[0].x == 0  # the original is untouched


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def test_free_place_keeps_the_wished_spot_when_it_is_free():
    assert ops.free_place((240, 120), (0, 0), []) == (0, 0)
    assert ops.free_place((240, 120), (0, 0), [Rect(600, 0, 240, 120)]) == (0, 0)


def test_free_place_never_covers_a_card_and_stays_near():
    card = Rect(0, 0, 240, 120)
    x, y = ops.free_place((240, 120), (0, 0), [card], gap=20, step=20)
    placed = Rect(x, y, 240, 120)
    assert not _overlap(placed.adjusted(19), card)
    assert abs(x) + abs(y) <= 260  # the nearest side, not somewhere far away
    # one after another (the Insert key pressed three times): three separate cards
    taken = [card]
    for _ in range(3):
        x, y = ops.free_place((240, 120), (0, 0), taken, gap=20, step=20)
        new = Rect(x, y, 240, 120)
        assert not any(_overlap(new, r) for r in taken)
        taken.append(new)


def test_free_place_in_a_crowded_middle_finds_the_nearest_gap():
    rng = random.Random(5)
    blocked = [Rect(rng.randrange(-800, 800, 20), rng.randrange(-600, 600, 20), 240, 120) for _ in range(40)]
    x, y = ops.free_place((240, 120), (0, 0), blocked, gap=20, step=20)
    new = Rect(x, y, 240, 120)
    assert not any(_overlap(new.adjusted(19), r) for r in blocked)
    # no grid spot nearer to the wish is free (the search took the nearest)
    d = (x * x + y * y) ** 0.5
    for i in range(-40, 41):
        for j in range(-40, 41):
            cx, cy = i * 20, j * 20
            if (cx * cx + cy * cy) ** 0.5 < d - 1e-6:
                probe = Rect(cx - 20, cy - 20, 280, 160)
                assert any(_overlap(probe, r) for r in blocked)


def test_free_place_puts_a_card_wholly_inside_or_outside_a_zone_and_off_its_label():
    zone = Rect(0, 0, 600, 400)
    header = Rect(0, 0, 600, 44)
    # wished across the zone's right edge: pulled inside or pushed out, never across
    x, y = ops.free_place((240, 120), (500, 100), [header], [zone], gap=20, step=20)
    new = Rect(x, y, 240, 120)
    inside = zone.x <= new.x and new.right <= zone.right and new.bottom <= zone.bottom
    assert inside or not _overlap(new, zone)
    assert not _overlap(new, header)
    # wished on the label strip: lands below it, in the zone
    x, y = ops.free_place((240, 120), (100, 0), [header], [zone], gap=20, step=20)
    assert y >= 44 and Rect(x, y, 240, 120).bottom <= 400


def test_free_place_falls_back_right_of_everything():
    wall = [Rect(-1000, -1000, 2000, 2000)]
    x, y = ops.free_place((240, 120), (0, 0), wall, gap=20, step=20, max_rings=5)
    assert x >= 1000 and y == 0


def test_a_zone_carries_the_cards_it_holds_and_its_inner_zones_never_others():
    zones = {
        1: (Rect(0, 0, 1000, 600), -100.0),  # an area
        2: (Rect(600, 300, 300, 250), -99.0),  # a gap inside it, drawn above it
        3: (Rect(800, 20, 600, 400), -98.0),  # a zone laid over the area's right part later
    }
    cards = {
        10: Rect(40, 80, 240, 120),  # in the area
        11: Rect(640, 360, 200, 100),  # in the gap
        12: Rect(840, 10, 240, 120),  # in the area, under the label of the zone laid over it
        13: Rect(1100, 100, 240, 120),  # on the later zone only
        14: Rect(2000, 0, 240, 120),  # on free board
    }
    assert ops.zone_owners(zones, cards) == {10: 1, 11: 2, 12: 1, 13: 3}
    assert ops.zone_carry([1], zones, cards) == ({1, 2}, {10, 11, 12})
    assert ops.zone_carry([2], zones, cards) == ({2}, {11})
    assert ops.zone_carry([3], zones, cards) == ({3}, {13})
    # What the exports name as each card's place: the holder, then the zones that carry it.
    assert ops.card_places(zones, cards) == {10: [1], 11: [2, 1], 12: [1], 13: [3]}


def test_a_zone_laid_over_a_whole_zone_takes_neither_it_nor_its_cards():
    zones = {1: (Rect(100, 100, 400, 300), -100.0), 2: (Rect(0, 0, 800, 600), -90.0)}  # 2 lies above 1
    cards = {10: Rect(150, 160, 200, 100), 11: Rect(600, 400, 100, 80)}
    assert ops.zone_owners(zones, cards) == {10: 1, 11: 2}
    assert ops.zone_carry([2], zones, cards) == ({2}, {11})
    assert ops.card_places(zones, cards) == {10: [1], 11: [2]}  # 2 does not carry 1: not named for 10
    # two zones on the same spot: the one above counts as the inner one
    same = {1: (Rect(0, 0, 400, 300), -100.0), 2: (Rect(0, 0, 400, 300), -90.0)}
    assert ops.zone_owners(same, {10: Rect(10, 60, 100, 50)}) == {10: 2}


def test_stacking_top():
    assert ops.stacking_top([]) == 0
    assert ops.stacking_top([3, -1]) == 4
