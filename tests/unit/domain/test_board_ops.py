from fh_desktop.domain import board_ops as ops
from fh_desktop.domain import model
from fh_desktop.domain.board_layout import Rect


def test_snap_to_grid():
    assert ops.snap(29, 20) == 20 and ops.snap(31, 20) == 40 and ops.snap(-11, 20) == -20
    assert ops.snap_size(5, 60, 20) == 60


def test_cards_in_zone_by_centre():
    cards = [
        model.Card(id=1, x=10, y=10, w=100, h=50),  # inside
        model.Card(id=2, x=250, y=10, w=100, h=50),  # centre at 300: outside
        model.Card(id=3, x=150, y=10, w=100, h=50),  # centre at 200: on the edge, inside
    ]
    assert ops.cards_in_zone(Rect(0, 0, 200, 200), cards) == [1, 3]


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


def test_free_spot_avoids_stacking():
    occupied = [Rect(0, 0, 10, 10), Rect(20, 20, 10, 10)]
    assert ops.free_spot(0, 0, occupied, 20) == (40, 40)
    assert ops.free_spot(100, 0, occupied, 20) == (100, 0)


def test_stacking_top():
    assert ops.stacking_top([]) == 0
    assert ops.stacking_top([3, -1]) == 4
