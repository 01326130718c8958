"""Board templates: a prepared set of actors, committees and links, laid out tidily.

A template (``resources/board_template.json``, see ``docs/board-template.md``) lists
*rows* of *lanes*; each lane becomes a labelled zone holding its cards in a small
grid, rows are stacked, lanes of a row sit side by side and are stretched so every
row is equally wide. Links name their cards by ``key``. The demo board uses the same
form, so a moderator's own template and the shipped one are built alike.

``parse_template`` checks everything and names the offending place in its error;
``layout_template`` turns the result into a ``model.Board`` whose ids are local keys
(``BoardService.apply_template`` maps them to new ids).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

FORMAT = "fh-board-template"
VERSION = 1

MSG_BAD_TEMPLATE = QT_TRANSLATE_NOOP(
    "errors", "Die Pinnwand-Vorlage „{source}“ ist fehlerhaft bei „{path}“: {problem}"
)

# Layout, in board units; every value is a multiple of the grid, so snapping keeps it tidy.
CARD_GAP_X = 80.0  # room between neighbours for a link and its label
CARD_GAP_Y = 60.0
LANE_PADDING = 20.0
LANE_GAP = 40.0
ROW_GAP = 60.0


@dataclass
class TemplateCard:
    key: str
    kind: str
    title: str
    text: str = ""
    influence: int | None = None
    area: str | None = None  # None: the lane's area


@dataclass
class TemplateLane:
    label: str
    area: str
    color: str
    columns: int
    cards: list[TemplateCard] = field(default_factory=list)
    min_rows: int = 1


@dataclass
class TemplateLink:
    source: str
    target: str
    kind: str
    direction: str
    label: str = ""


@dataclass
class BoardTemplate:
    title: str
    rows: list[list[TemplateLane]]
    links: list[TemplateLink]
    source: str = ""
    card_size: tuple[float, float] = st.CARD_DEFAULT_SIZE


class TemplateError(ValidationError):
    template = MSG_BAD_TEMPLATE


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, problem: str) -> TemplateError:
        return TemplateError(source=self.source, path=path, problem=problem)

    def obj(self, value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(path, "Objekt erwartet")
        missing = [k for k in required if k not in value]
        if missing:
            raise self.fail(path, f"es fehlt „{missing[0]}“")
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            raise self.fail(path, f"unbekanntes Feld „{unknown[0]}“")
        return value

    def text(self, value: Any, path: str, *, empty_ok: bool = True, limit: int = 2000) -> str:
        if not isinstance(value, str):
            raise self.fail(path, "Text erwartet")
        if not empty_ok and not value.strip():
            raise self.fail(path, "darf nicht leer sein")
        if len(value) > limit:
            raise self.fail(path, f"Text zu lang (höchstens {limit} Zeichen)")
        return value

    def choice(self, value: Any, path: str, allowed: tuple[str, ...]) -> str:
        if value not in allowed:
            raise self.fail(path, f"„{value}“ ist keiner der Werte {', '.join(allowed)}")
        return value

    def integer(self, value: Any, path: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(path, f"ganze Zahl von {low} bis {high} erwartet")
        return value

    def items(self, value: Any, path: str, *, empty_ok: bool = True) -> list:
        if not isinstance(value, list):
            raise self.fail(path, "Liste erwartet")
        if not value and not empty_ok:
            raise self.fail(path, "Liste ist leer")
        return value


def _color(r: _Reader, value: Any, path: str) -> str:
    text = r.text(value, path)
    if len(text) != 7 or text[0] != "#" or any(ch not in "0123456789abcdefABCDEF" for ch in text[1:]):
        raise r.fail(path, "Farbe im Format #rrggbb erwartet")
    return text.lower()


def parse_template(raw: Any, source: str = "board_template.json") -> BoardTemplate:
    """Check a template as read from JSON; ``TemplateError`` names the first problem."""
    r = _Reader(source)
    top = r.obj(raw, "/", ("format", "version", "title", "rows"), ("source", "card_size", "links", "comment"))
    if top["format"] != FORMAT:
        raise r.fail("/format", f"„{FORMAT}“ erwartet")
    if top["version"] != VERSION:
        raise r.fail("/version", f"Version {top['version']!r} wird nicht unterstützt (erwartet {VERSION})")
    card_size = st.CARD_DEFAULT_SIZE
    if "card_size" in top:
        size = r.items(top["card_size"], "/card_size")
        if len(size) != 2:
            raise r.fail("/card_size", "zwei Zahlen [Breite, Höhe] erwartet")
        w = r.integer(size[0], "/card_size/0", int(st.CARD_MIN_SIZE[0]), 2000)
        h = r.integer(size[1], "/card_size/1", int(st.CARD_MIN_SIZE[1]), 2000)
        card_size = (float(w), float(h))
    keys: set[str] = set()
    rows = []
    for ri, raw_row in enumerate(r.items(top["rows"], "/rows", empty_ok=False)):
        rpath = f"/rows/{ri}"
        row = r.obj(raw_row, rpath, ("lanes",), ())
        lanes = []
        for li, raw_lane in enumerate(r.items(row["lanes"], f"{rpath}/lanes", empty_ok=False)):
            lpath = f"{rpath}/lanes/{li}"
            lane = r.obj(raw_lane, lpath, ("label", "area", "cards"), ("color", "columns", "min_rows"))
            area = r.choice(lane["area"], f"{lpath}/area", enums.PlanningArea.ALL)
            color = _color(r, lane["color"], f"{lpath}/color") if "color" in lane else st.AREA_ZONE_COLORS[area]
            cards = []
            for ci, raw_card in enumerate(r.items(lane["cards"], f"{lpath}/cards")):
                cpath = f"{lpath}/cards/{ci}"
                c = r.obj(raw_card, cpath, ("key", "kind", "title"), ("text", "influence", "area"))
                key = r.text(c["key"], f"{cpath}/key", empty_ok=False, limit=100)
                if key in keys:
                    raise r.fail(f"{cpath}/key", f"Schlüssel „{key}“ kommt doppelt vor")
                keys.add(key)
                cards.append(
                    TemplateCard(
                        key=key,
                        kind=r.choice(c["kind"], f"{cpath}/kind", enums.CardKind.ALL),
                        title=r.text(c["title"], f"{cpath}/title", empty_ok=False, limit=300),
                        text=r.text(c.get("text", ""), f"{cpath}/text"),
                        influence=None if c.get("influence") is None else r.integer(
                            c["influence"], f"{cpath}/influence", 0, st.INFLUENCE_MAX
                        ),
                        area=None if "area" not in c else r.choice(c["area"], f"{cpath}/area", enums.PlanningArea.ALL),
                    )
                )
            lanes.append(
                TemplateLane(
                    label=r.text(lane["label"], f"{lpath}/label", limit=300),
                    area=area,
                    color=color,
                    columns=r.integer(lane.get("columns", 2), f"{lpath}/columns", 1, 12),
                    cards=cards,
                    min_rows=r.integer(lane.get("min_rows", 1), f"{lpath}/min_rows", 1, 12),
                )
            )
        rows.append(lanes)
    links = []
    for i, raw_link in enumerate(r.items(top.get("links", []), "/links")):
        path = f"/links/{i}"
        lk = r.obj(raw_link, path, ("from", "to", "kind"), ("direction", "label"))
        for end in ("from", "to"):
            if lk[end] not in keys:
                raise r.fail(f"{path}/{end}", f"keine Karte mit dem Schlüssel „{lk[end]}“")
        if lk["from"] == lk["to"]:
            raise r.fail(path, "eine Verbindung braucht zwei verschiedene Karten")
        links.append(
            TemplateLink(
                source=lk["from"],
                target=lk["to"],
                kind=r.choice(lk["kind"], f"{path}/kind", enums.LinkKind.ALL),
                direction=r.choice(
                    lk.get("direction", enums.LinkDirection.FORWARD), f"{path}/direction", enums.LinkDirection.ALL
                ),
                label=r.text(lk.get("label", ""), f"{path}/label", limit=300),
            )
        )
    return BoardTemplate(
        title=r.text(top["title"], "/title", empty_ok=False, limit=300),
        source=r.text(top.get("source", ""), "/source"),
        rows=rows,
        links=links,
        card_size=card_size,
    )


def _lane_natural_width(lane: TemplateLane, cw: float) -> float:
    cols = max(1, min(lane.columns, max(1, len(lane.cards)))) if lane.cards else lane.columns
    return 2 * LANE_PADDING + cols * cw + (cols - 1) * CARD_GAP_X


def _lane_height(lane: TemplateLane, ch: float) -> float:
    cols = max(1, lane.columns)
    rows = max(lane.min_rows, -(-len(lane.cards) // cols))
    return st.ZONE_HEADER_HEIGHT + LANE_PADDING + rows * ch + (rows - 1) * CARD_GAP_Y + LANE_PADDING


def layout_template(template: BoardTemplate, origin: tuple[float, float] = (0.0, 0.0)) -> model.Board:
    """Cards, zones and links of ``template`` with positions; ids are local keys 1, 2, ...

    Zones get ids in lane order, cards in reading order; links refer to card ids.
    """
    cw, ch = template.card_size
    naturals = [[_lane_natural_width(lane, cw) for lane in row] for row in template.rows]
    row_widths = [sum(ws) + LANE_GAP * (len(ws) - 1) for ws in naturals]
    full = max(row_widths)
    board = model.Board()
    ids: dict[str, int] = {}
    x0, y = origin
    for row, widths, row_width in zip(template.rows, naturals, row_widths, strict=True):
        extra = (full - row_width) / len(row)
        # Keep lane edges on the grid when stretching.
        extra = (extra // st.GRID_SIZE) * st.GRID_SIZE
        height = max(_lane_height(lane, ch) for lane in row)
        x = x0
        for lane, natural in zip(row, widths, strict=True):
            width = natural + extra
            if lane is row[-1]:
                width = x0 + full - x  # the last lane closes the row exactly
            board.zones.append(
                model.Zone(id=len(board.zones) + 1, label=lane.label, color=lane.color, x=x, y=y, w=width, h=height, z=-100.0)
            )
            cols = max(1, lane.columns)
            used = min(cols, max(1, len(lane.cards)))
            block = used * cw + (used - 1) * CARD_GAP_X
            left = x + ((width - block) / 2 // st.GRID_SIZE) * st.GRID_SIZE
            top = y + st.ZONE_HEADER_HEIGHT + LANE_PADDING
            for i, tc in enumerate(lane.cards):
                col, line = i % cols, i // cols
                card_id = len(board.cards) + 1
                ids[tc.key] = card_id
                board.cards.append(
                    model.Card(
                        id=card_id,
                        kind=tc.kind,
                        title=tc.title,
                        text=tc.text,
                        area=tc.area or lane.area,
                        x=left + col * (cw + CARD_GAP_X),
                        y=top + line * (ch + CARD_GAP_Y),
                        w=cw,
                        h=ch,
                        z=float(card_id),
                        influence=tc.influence,
                    )
                )
            x += width + LANE_GAP
        y += height + ROW_GAP
    for i, tl in enumerate(template.links):
        board.links.append(
            model.Link(
                id=i + 1,
                source_id=ids[tl.source],
                target_id=ids[tl.target],
                kind=tl.kind,
                direction=tl.direction,
                label=tl.label,
            )
        )
    return board
