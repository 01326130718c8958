from fh_desktop.domain import board_style
from fh_desktop.domain.enums import CardKind, LinkKind, PlanningArea


def test_every_vocabulary_value_has_a_style():
    assert set(board_style.CARD_KIND_STYLES) == set(CardKind.ALL)
    assert set(board_style.LINK_STYLES) == set(LinkKind.ALL)
    assert all(board_style.area_color(a) == PlanningArea.COLORS[a] for a in PlanningArea.ALL)


def test_link_styles_differ_without_colour():
    patterns = {(s.dash, s.width) for s in board_style.LINK_STYLES.values()}
    assert len(patterns) == len(LinkKind.ALL)


def test_clip_to_rect_lands_on_the_border():
    # A 200 x 100 card centred at (0, 0); target far right, far below, diagonal.
    assert board_style.clip_to_rect(0, 0, 200, 100, 1000, 0) == (100, 0)
    assert board_style.clip_to_rect(0, 0, 200, 100, 0, -500) == (0, -50)
    x, y = board_style.clip_to_rect(0, 0, 200, 100, 400, 400)
    assert (x, y) == (50, 50)
    # A target inside the card: the point itself (no overshoot).
    assert board_style.clip_to_rect(0, 0, 200, 100, 10, 5) == (10, 5)


def test_darker():
    assert board_style.darker("#ffffff", 0.5) == "#808080"
    assert board_style.darker("#9ecae1", 0.0) == "#000000"
