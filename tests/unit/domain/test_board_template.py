import copy

import pytest

from fh_desktop import resources
from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import board_template as bt
from fh_desktop.domain.enums import PlanningArea


@pytest.fixture(scope="module")
def raw():
    return resources.load_json("board_template.json")


def test_shipped_template_is_valid_and_covers_the_domain(raw):
    t = bt.parse_template(raw)
    titles = {c.title for row in t.rows for lane in row for c in lane.cards}
    for needed in ("Jugendhilfeplanung", "Sozialplanung", "Jugendhilfeausschuss", "Netzwerkkonferenz Frühe Hilfen",
                   "Netzwerkkoordination Frühe Hilfen", "Sozialausschuss", "Gesundheitsausschuss", "Rat / Kreistag",
                   "Freie Träger", "Jugendamt / ASD", "Kindertagesbetreuung", "Interdisziplinäre Frühförderung",
                   "Jobcenter", "Statistikstelle", "Kämmerei", "Landrat/Landrätin bzw. (Ober-)Bürgermeister:in",
                   "Kommunale Gesundheitskonferenz", "Kinder- und Jugendärzt:innen, Frauenärzt:innen",
                   "Familienhebammen / FGKiKP"):
        assert needed in titles
    cards = {c.key: (c, lane) for row in t.rows for lane in row for c in lane.cards}
    # Politics and administration are two lanes in two colours ("Politik und Verwaltung").
    assert cards["dezernat"][1].area == "verwaltung" and cards["rat"][1].area == "politik"
    # The Netzwerkkonferenz receives the Bestandsdaten of the Jugendhilfeplanung (002, Teil 5).
    assert any(lk.kind == "daten" and (lk.source, lk.target) == ("jhp", "konferenz") for lk in t.links)
    assert {c.kind for c, _ in cards.values()} == {"actor", "task", "committee", "document", "note"}
    assert {lk.kind for lk in t.links} == {"austausch", "bericht", "beschluss", "daten", "beteiligung",
                                         "finanzierung", "anbindung", "vertretung"}
    areas = {c.area or lane.area for row in t.rows for lane in row for c in lane.cards}
    assert areas == set(PlanningArea.ALL)
    assert len(t.links) >= 10


def test_layout_is_tidy(raw):
    board = bt.layout_template(bt.parse_template(raw), origin=(100, 200))
    # every position and size on the grid
    for thing in board.cards + board.zones:
        for v in (thing.x, thing.y, thing.w, thing.h):
            assert v % st.GRID_SIZE == 0, thing
    # no two cards overlap, and each card lies in exactly one zone
    rects = [bl.card_rect(c) for c in board.cards]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
    for c in board.cards:
        r = bl.card_rect(c)
        inside = [z for z in board.zones if z.x <= r.x and r.right <= z.x + z.w and z.y <= r.y and r.bottom <= z.y + z.h]
        assert len(inside) == 1
    # zones do not overlap and rows are equally wide
    bounds = bl.content_bounds(board)
    assert (bounds.x, bounds.y) == (100, 200)
    right_edges = {}
    for z in board.zones:
        right_edges.setdefault(z.y, []).append(z.x + z.w)
    assert len({max(v) for v in right_edges.values()}) == 1
    ids = {c.id for c in board.cards}
    assert all(lk.source_id in ids and lk.target_id in ids for lk in board.links)


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.update(format="x"), "/format"),
        (lambda d: d.update(version=2), "/version"),
        (lambda d: d.pop("rows"), "/"),
        (lambda d: d["rows"][0]["lanes"][0].update(area="mars"), "/rows/0/lanes/0/area"),
        (lambda d: d["rows"][0]["lanes"][0]["cards"][0].update(kind="person"), "/rows/0/lanes/0/cards/0/kind"),
        (lambda d: d["rows"][0]["lanes"][0]["cards"][0].update(title="  "), "/rows/0/lanes/0/cards/0/title"),
        (lambda d: d["rows"][0]["lanes"][0]["cards"][0].update(influence=7), "/rows/0/lanes/0/cards/0/influence"),
        (lambda d: d["rows"][0]["lanes"][0]["cards"][1].update(key=d["rows"][0]["lanes"][0]["cards"][0]["key"]),
         "/rows/0/lanes/0/cards/1/key"),
        (lambda d: d["rows"][0]["lanes"][0].update(color="red"), "/rows/0/lanes/0/color"),
        (lambda d: d["rows"][0]["lanes"][0].update(colour="#ffffff"), "/rows/0/lanes/0"),
        (lambda d: d["links"][0].update(to="nobody"), "/links/0/to"),
        (lambda d: d["links"][0].update(direction="sideways"), "/links/0/direction"),
        (lambda d: d["links"][0].update(to=d["links"][0]["from"]), "/links/0"),
    ],
)
def test_malformed_template_names_the_problem(raw, mutate, where):
    data = copy.deepcopy(raw)
    mutate(data)
    with pytest.raises(bt.TemplateError) as err:
        bt.parse_template(data, "vorlage.json")
    assert f"„{where}“" in str(err.value)
    assert "vorlage.json" in str(err.value)


def test_not_an_object():
    with pytest.raises(bt.TemplateError, match="Objekt erwartet"):
        bt.parse_template([1, 2])
