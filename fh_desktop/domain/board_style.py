"""How the Pinnwand looks, as plain data shared by the canvas and every exported picture.

The Qt board (``ui.board``), its PNG/SVG export and the PDF report (``export``) all draw
from these tables, so a colour or line style means the same on screen, on paper and in
the legend. Colours are ``#rrggbb``; dash patterns are in multiples of the line width
(Qt's convention; reportlab multiplies by the width itself); an empty pattern is solid.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from fh_desktop.domain.enums import CardKind, LinkKind, PlanningArea

TEXT_COLOR = "#1a1a1a"
BOARD_BACKGROUND = "#f7f4ec"  # cork-like light beige: calm on a projector, dark text readable
GRID_COLOR = "#e4dfd2"
SELECTION_COLOR = "#0057b7"
GRID_SIZE = 20.0  # board units; card sizes are multiples of it


class _WithFallback(dict):
    """A style table that draws an unknown code (a file from a newer version, or one
    written past the services) like a known one, instead of failing in a paint call."""

    def __init__(self, fallback: str, items: dict) -> None:
        super().__init__(items)
        self.fallback = fallback

    def __missing__(self, key: object) -> object:
        return self[self.fallback]


@dataclass(frozen=True)
class CardKindStyle:
    corner_radius: float  # 0 = square corners
    border_width: float
    border_dash: tuple[float, ...]  # () = solid
    header_band: bool  # a darker band behind the title (committees stand out)


CARD_KIND_STYLES: dict[str, CardKindStyle] = _WithFallback(CardKind.NOTE, {
    CardKind.ACTOR: CardKindStyle(corner_radius=12.0, border_width=2.0, border_dash=(), header_band=False),
    CardKind.TASK: CardKindStyle(corner_radius=0.0, border_width=2.0, border_dash=(), header_band=False),
    CardKind.COMMITTEE: CardKindStyle(corner_radius=4.0, border_width=3.5, border_dash=(), header_band=True),
    # A document: square like a sheet of paper, a double-weight dashed edge sets it apart from a task.
    CardKind.DOCUMENT: CardKindStyle(corner_radius=0.0, border_width=3.0, border_dash=(3.0, 1.5), header_band=False),
    CardKind.NOTE: CardKindStyle(corner_radius=0.0, border_width=1.5, border_dash=(4.0, 3.0), header_band=False),
})


@dataclass(frozen=True)
class LinkStyle:
    color: str
    width: float
    dash: tuple[float, ...]  # () = solid


# Distinguishable without colour (dash pattern) and without pattern (colour), for
# projectors, grey-scale print-outs and colour-blind readers alike.
LINK_STYLES: dict[str, LinkStyle] = _WithFallback(LinkKind.EXCHANGE, {
    LinkKind.EXCHANGE: LinkStyle("#4d4d4d", 2.5, ()),
    LinkKind.REPORT: LinkStyle("#0072b2", 2.5, (6.0, 3.0)),
    LinkKind.DECISION: LinkStyle("#b2182b", 3.5, ()),
    LinkKind.DATA: LinkStyle("#009e73", 2.5, (1.0, 2.5)),
    LinkKind.PARTICIPATION: LinkStyle("#8e5ea2", 2.5, (6.0, 2.5, 1.0, 2.5)),
    LinkKind.FUNDING: LinkStyle("#e69f00", 3.0, (8.0, 2.5)),
    LinkKind.ATTACHMENT: LinkStyle("#56b4e9", 4.0, ()),
    LinkKind.MEMBERSHIP: LinkStyle("#000000", 1.5, (2.0, 2.0, 6.0, 2.0)),
})

ZONE_COLORS = ("#e8eef7", "#fdf1dc", "#e6f4e1", "#f1e7f4", "#fde4dc", "#ececec", "#f6eee0", "#e2f4ef", "#fff6bf")
GAP_ZONE_COLOR = "#fff6bf"  # "Planungslücke": a light yellow that reads as "look here"
# A zone grouping one planning area gets a light tint of that area's card colour.
AREA_ZONE_COLORS: dict[str, str] = {
    PlanningArea.YOUTH: "#e8eef7",
    PlanningArea.SOCIAL: "#fdf1dc",
    PlanningArea.HEALTH: "#e6f4e1",
    PlanningArea.POLITICS: "#f1e7f4",
    PlanningArea.NETWORK: "#fde4dc",
    PlanningArea.OTHER: "#ececec",
    PlanningArea.ADMINISTRATION: "#f6eee0",
    PlanningArea.PRACTICE: "#e2f4ef",
}


def area_color(area: str) -> str:
    return PlanningArea.COLORS.get(area, PlanningArea.COLORS[PlanningArea.OTHER])


def darker(color: str, factor: float = 0.6) -> str:
    """The colour scaled towards black (borders and header bands of cards). A value that
    is no ``#rrggbb`` (a damaged or newer file) counts as a neutral grey, never as an
    exception in the middle of a paint call."""
    try:
        r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    except (TypeError, ValueError, IndexError):
        r, g, b = (0xCC, 0xCC, 0xCC)
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(c * factor))) for c in (r, g, b)))


def clip_to_rect(
    cx: float, cy: float, w: float, h: float, tx: float, ty: float
) -> tuple[float, float]:
    """Where the ray from the centre (cx, cy) of a w x h rectangle towards (tx, ty) leaves it.

    Links are drawn between card borders, not centres, so arrow heads stay visible.
    """
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(
        (w / 2) / abs(dx) if dx else math.inf,
        (h / 2) / abs(dy) if dy else math.inf,
    )
    scale = min(scale, 1.0)
    return cx + dx * scale, cy + dy * scale


# --- Geometry and type shared by every renderer -------------------------------
# Sizes are board units (1 unit = 1 pixel at 100 % zoom); fonts are given in units too,
# so a picture looks the same at any screen resolution and in the PDF.

CARD_DEFAULT_SIZE = (240.0, 140.0)  # multiples of GRID_SIZE: two lines of title, two of text
CARD_MIN_SIZE = (120.0, 60.0)
CARD_PADDING = 10.0
TITLE_FONT_SIZE = 17.0  # bold; readable from the back row at 100 % zoom
TITLE_MIN_FONT_SIZE = 13.0  # a title shrinks down to this so its longest word fits unbroken
TEXT_FONT_SIZE = 14.0
TEXT_LINE_SPACING = 1.2  # line height as a multiple of the font size
HEADER_BAND_FACTOR = 0.82  # committee header band: the area colour, a little darker
SELECTION_WIDTH = 3.0
PLACEHOLDER_COLOR = "#6b6b6b"  # "(ohne Titel)" on a card without a title

ZONE_MIN_SIZE = (200.0, 120.0)
ZONE_HEADER_HEIGHT = 40.0  # the label strip: where a zone is grabbed and moved
ZONE_LABEL_FONT_SIZE = 20.0
ZONE_BORDER_FACTOR = 0.75
ZONE_BORDER_WIDTH = 2.0
ZONE_LABEL_FACTOR = 0.42  # zone labels: the zone colour, dark enough to read on it
GAP_ZONE_DASH = (6.0, 4.0)  # a "Planungslücke" zone gets a dashed border

LINK_LANE_SPACING = 14.0  # distance between parallel links of the same pair of cards
ARROW_LENGTH = 14.0
ARROW_WIDTH = 11.0
LINK_LABEL_FONT_SIZE = 13.0
LINK_LABEL_BACKGROUND = "#fffdf7"
LINK_LABEL_PADDING = 3.0

# Influence tower (Net-Map): up to three stacked marks in the top-right corner of a card.
INFLUENCE_MAX = 3
INFLUENCE_MARK_SIZE = (16.0, 7.0)
INFLUENCE_MARK_GAP = 3.0
INFLUENCE_COLOR = "#1a1a1a"
INFLUENCE_EMPTY_COLOR = "#ffffff"

# Klebepunkte: one round badge per colour along the bottom edge, with a count when > 1.
DOT_RADIUS = 9.0
DOT_GAP = 4.0
DOT_COUNT_COLOR = "#ffffff"
DOT_FONT_SIZE = 11.0

BOARD_MARGIN = 40.0  # around the content in exported pictures
LEGEND_FONT_SIZE = 14.0


def is_gap_zone(color: str) -> bool:
    return color.lower() == GAP_ZONE_COLOR


def header_band_color(area: str) -> str:
    return darker(area_color(area), HEADER_BAND_FACTOR)


def card_border_color(area: str) -> str:
    return darker(area_color(area))


def zone_border_color(color: str) -> str:
    return darker(color, ZONE_BORDER_FACTOR)


def zone_label_color(color: str) -> str:
    return darker(color, ZONE_LABEL_FACTOR)
