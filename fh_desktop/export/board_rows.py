"""The Pinnwand as rows for the tables of both exports (PDF and Excel).

Cards are listed zone by zone (zones in reading order, top to bottom, left to right),
so the table follows the picture; cards outside every zone come last.
"""

from __future__ import annotations

from collections import Counter

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_ops, enums, model

ARROWS: dict[str, str] = {enums.LinkDirection.NONE: "—", enums.LinkDirection.FORWARD: "→", enums.LinkDirection.BOTH: "↔"}
INFLUENCE_TEXTS = ("0 – kein Einfluss", "1 – gering", "2 – mittel", "3 – hoch")  # as the card panel says


def card_zones(board: model.Board) -> dict[int, list[model.Zone]]:
    """Per card id the zone that holds it, as on the canvas (``board_ops.card_places``: a
    zone laid over a card does not take it), then the zones around that one."""
    by_id = {z.id: z for z in board.zones if z.id is not None}
    zones = {zid: (bl.zone_rect(z), z.z) for zid, z in by_id.items()}
    cards = {c.id: bl.Rect(c.x, c.y, c.w, c.h) for c in board.cards if c.id is not None}
    return {cid: [by_id[zid] for zid in place] for cid, place in board_ops.card_places(zones, cards).items()}


def cards_in_order(board: model.Board, zones: dict[int, list[model.Zone]]) -> list[model.Card]:
    order = {id(z): i for i, z in enumerate(sorted(board.zones, key=lambda z: (z.y, z.x, z.id or 0)))}

    def key(card: model.Card) -> tuple:
        own = zones.get(card.id or -1)
        return (order[id(own[0])] if own else len(order), card.y, card.x, card.id or 0)

    return sorted(board.cards, key=key)


def zone_names(zones: list[model.Zone]) -> str:
    return ", ".join(" ".join(z.label.split()) or "(Zone ohne Namen)" for z in zones)


def dot_counts(board: model.Board) -> dict[int, Counter[str]]:
    out: dict[int, Counter[str]] = {}
    for dot in board.dots:
        out.setdefault(dot.card_id, Counter())[dot.color] += 1
    return out


def dots_text(counts: Counter[str] | None) -> str:
    """"3× grün, 1× rot": known colours in the canvas's order first."""
    if not counts:
        return ""
    order = [c for c in enums.DOT_COLORS if c in counts] + sorted(c for c in counts if c not in enums.DOT_COLORS)
    return ", ".join(f"{counts[c]}× {enums.DOT_LABELS.get(c, c)}" for c in order)


def influence_text(level: int | None) -> str:
    if level is None:
        return "nicht bewertet"
    return INFLUENCE_TEXTS[level] if 0 <= level < len(INFLUENCE_TEXTS) else str(level)


def link_counts(board: model.Board) -> Counter[int]:
    counts: Counter[int] = Counter()
    for link in board.links:
        counts[link.source_id] += 1
        if link.target_id != link.source_id:
            counts[link.target_id] += 1
    return counts


def card_titles(board: model.Board) -> dict[int | None, str]:
    return {c.id: " ".join(c.title.split()) or f"Karte {c.id} (ohne Titel)" for c in board.cards}
