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


@dataclass(frozen=True)
class CardKindStyle:
    corner_radius: float  # 0 = square corners
    border_width: float
    border_dash: tuple[float, ...]  # () = solid
    header_band: bool  # a darker band behind the title (committees stand out)


CARD_KIND_STYLES: dict[str, CardKindStyle] = {
    CardKind.ACTOR: CardKindStyle(corner_radius=12.0, border_width=2.0, border_dash=(), header_band=False),
    CardKind.TASK: CardKindStyle(corner_radius=0.0, border_width=2.0, border_dash=(), header_band=False),
    CardKind.COMMITTEE: CardKindStyle(corner_radius=4.0, border_width=3.5, border_dash=(), header_band=True),
    CardKind.NOTE: CardKindStyle(corner_radius=0.0, border_width=1.5, border_dash=(4.0, 3.0), header_band=False),
}


@dataclass(frozen=True)
class LinkStyle:
    color: str
    width: float
    dash: tuple[float, ...]  # () = solid


# Distinguishable without colour (dash pattern) and without pattern (colour), for
# projectors, grey-scale print-outs and colour-blind readers alike.
LINK_STYLES: dict[str, LinkStyle] = {
    LinkKind.EXCHANGE: LinkStyle("#4d4d4d", 2.5, ()),
    LinkKind.REPORT: LinkStyle("#0072b2", 2.5, (6.0, 3.0)),
    LinkKind.DECISION: LinkStyle("#b2182b", 3.5, ()),
    LinkKind.DATA: LinkStyle("#009e73", 2.5, (1.0, 2.5)),
    LinkKind.PARTICIPATION: LinkStyle("#8e5ea2", 2.5, (6.0, 2.5, 1.0, 2.5)),
}

ZONE_COLORS = ("#e8eef7", "#fdf1dc", "#e6f4e1", "#f1e7f4", "#fde4dc", "#ececec", "#fff6bf")
GAP_ZONE_COLOR = "#fff6bf"  # "Planungslücke": a light yellow that reads as "look here"


def area_color(area: str) -> str:
    return PlanningArea.COLORS.get(area, PlanningArea.COLORS[PlanningArea.OTHER])


def darker(color: str, factor: float = 0.6) -> str:
    """The colour scaled towards black (borders and header bands of cards)."""
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
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
