"""Catalog files: every shipped one validates, every broken one is refused by name."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from fh_desktop import resources
from fh_desktop.domain import catalog, enums
from fh_desktop.domain.errors import ValidationError

SHIPPED = sorted(resources.path("catalogs").glob("*.json"))


def load(name: str) -> catalog.CatalogFile:
    path = resources.path("catalogs", name)
    return catalog.parse_text(path.read_text(encoding="utf-8"), path.name)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_catalog_validates(path):
    parsed = catalog.parse_text(path.read_text(encoding="utf-8"), path.name)
    assert parsed.catalog.key == path.stem  # file name and key agree: one catalog, one name
    assert parsed.catalog.title and parsed.catalog.source
    assert enums.Answer.YES in parsed.catalog.scale
    assert all(item.statement and item.topic for item in parsed.items)


def test_four_catalogs_are_shipped_with_the_default_among_them():
    assert {p.stem for p in SHIPPED} == {"qd4-planung", "qd5-verankerung", "pruefkriterien", "eckpunkte"}
    assert catalog.DEFAULT_KEY == "qd4-planung"


def test_default_catalog_is_the_qd4_checklist_in_three_topics():
    qd4 = load("qd4-planung.json")
    assert qd4.topics() == [
        "Verankerung der Frühen Hilfen in der Jugendhilfe-, Sozial- und Gesundheitsplanung",
        "Systemübergreifende Bestandsanalyse und Bedarfsermittlung",
        "Einbindung in ein System der Qualitätsentwicklung",
    ]
    assert [sum(i.topic == t for i in qd4.items) for t in qd4.topics()] == [7, 4, 7]
    assert qd4.items[1].statement == "Die Koordination des Netzwerks Frühe Hilfen wird als Planungsaufgabe verstanden."
    assert qd4.catalog.scale == list(enums.Answer.ALL)


def test_pruefkriterien_are_assessed_per_konkretisierung_under_their_goal():
    pk = load("pruefkriterien.json")
    assert len(pk.items) == 39
    assert len(pk.topics()) == 11  # the Entwicklungsziele 4.1 ... 5.5
    first = pk.items[0]
    assert (first.code, first.scale) == ("4.1.1", "graded")
    assert first.statement.startswith("Inwieweit gibt es eine vom Rat/Kreistag")
    assert first.topic.startswith("4.1 Das Netzwerk Frühe Hilfen ist in der kommunalen Jugendhilfeplanung")
    assert pk.items[-1].code == "5.5.5"
    by_code = {i.code: i for i in pk.items}
    assert by_code["4.1.3"].scale == "frequency"  # "Wie regelmäßig ..."
    assert by_code["4.2.4"].scale == "open"  # "Auf welche Weise ..."
    assert {by_code[c].scale for c in ("4.6.1", "4.6.2", "4.6.3")} == {"open"}
    # 24 graded questions (16 by extent, 8 by frequency) and 15 open ones, as the issue counted.
    kinds = [i.scale for i in pk.items]
    assert (kinds.count("graded"), kinds.count("frequency"), kinds.count("open")) == (16, 8, 15)
    # 002 marks 5.4/5.5 as "Operative, umsetzende Ebene".
    assert {by_code[c].level for c in ("5.4.1", "5.5.5")} == {"operativ"}
    assert pk.dialogue[0] == "Wie nah ist Ihr System Früher Hilfen diesen Qualitätskriterien?"


def test_qd5_has_its_three_topics():
    qd5 = load("qd5-verankerung.json")
    assert qd5.topics() == [
        "Verankerung der Frühen Hilfen in der Kommunalpolitik",
        "Systemübergreifendes kommunales Gesamtkonzept der Frühen Hilfen",
        "Ressourcen für die Frühen Hilfen",
    ]


def test_scale_is_stored_in_natural_order_and_may_be_smaller():
    raw = json.loads(resources.path("catalogs", "qd4-planung.json").read_text(encoding="utf-8"))
    raw["scale"] = ["unknown", "no", "yes"]
    assert catalog.parse(raw, "x.json").catalog.scale == ["yes", "no", "unknown"]


def _valid() -> dict:
    return {
        "format": "fh-catalog",
        "version": 1,
        "key": "eigen",
        "title": "Eigener Katalog",
        "scale": ["yes", "no"],
        "items": [
            {"id": "a", "code": "1", "topic": "T1", "statement": "Aussage A"},
            {"id": "b", "code": "2", "topic": "T2", "statement": "Aussage B", "help": "Hilfe"},
        ],
    }


def _broken(change) -> dict:
    raw = copy.deepcopy(_valid())
    change(raw)
    return raw


@pytest.mark.parametrize(
    ("raw", "path", "words"),
    [
        ([], "/", "JSON-Objekt"),
        (_broken(lambda r: r.update(format="anders")), "/format", "fh-catalog"),
        (_broken(lambda r: r.update(version=3)), "/version", "nicht unterstützt"),
        (_broken(lambda r: r.update(dialogue=["Frage?"])), "/", "erst ab Version 2"),
        (_broken(lambda r: r["items"][0].update(scale="graded")), "/items[0]", "scale"),
        (_broken(lambda r: r.pop("title")), "/title", "fehlt"),
        (_broken(lambda r: r.update(title="  ")), "/title", "leer"),
        (_broken(lambda r: r.update(key="Mit Leerzeichen")), "/key", "Kleinbuchstaben"),
        (_broken(lambda r: r.update(extra=1)), "/", "unbekannte Felder ['extra']"),
        (_broken(lambda r: r.update(scale=["yes", "vielleicht"])), "/scale[1]", "vielleicht"),
        (_broken(lambda r: r.update(scale=["no", "unknown"])), "/scale", "„yes“"),
        (_broken(lambda r: r.update(scale=["yes", "yes"])), "/scale", "doppelt"),
        (_broken(lambda r: r.update(items=[])), "/items", "nicht leere Liste"),
        (_broken(lambda r: r["items"].append("Text")), "/items[2]", "Objekt erwartet"),
        (_broken(lambda r: r["items"][1].pop("statement")), "/items[1]/statement", "fehlt"),
        (_broken(lambda r: r["items"][1].update(statement=7)), "/items[1]/statement", "Text erwartet"),
        (_broken(lambda r: r["items"][1].update(id="a")), "/items[1]/id", "doppelt"),
        (_broken(lambda r: r["items"][1].update(code="1")), "/items[1]/code", "doppelt"),
        (_broken(lambda r: r["items"][0].update(farbe="rot")), "/items[0]", "farbe"),
        (_broken(lambda r: r["items"][1].update(statement="x" * 1001)), "/items[1]/statement", "zu lang"),
        (
            _broken(lambda r: r["items"].append({"id": "c", "topic": "T1", "statement": "C"})),
            "/items[2]/topic",
            "erneut",
        ),
    ],
)
def test_malformed_catalog_is_refused_naming_file_path_and_problem(raw, path, words):
    with pytest.raises(ValidationError) as err:
        catalog.parse(raw, "meine-liste.json")
    text = str(err.value)
    assert "„meine-liste.json“" in text
    assert f"„{path}“" in text
    assert words in text


def test_text_that_is_not_json_names_the_place():
    with pytest.raises(ValidationError, match=r"kaputt.json.*Zeile 2"):
        catalog.parse_text('{\n  "format": }', "kaputt.json")


def test_valid_minimal_catalog_parses():
    parsed = catalog.parse(_valid(), "eigen.json")
    assert [(i.code, i.topic, i.help) for i in parsed.items] == [("1", "T1", ""), ("2", "T2", "Hilfe")]
    assert parsed.catalog.scale == ["yes", "no"]


def _valid_v2() -> dict:
    raw = _valid()
    raw["version"] = 2
    raw["dialogue"] = ["Wie sehen Sie das?"]
    raw["items"][0].update(scale="graded", origin="adapted", original="Aussage A im Original", level="operativ")
    raw["items"][1].update(scale="open", refs=["pruefkriterien:4.1.2"])
    return raw


def test_version_2_carries_scale_origin_level_refs_and_dialogue():
    parsed = catalog.parse(_valid_v2(), "eigen.json")
    a, b = parsed.items
    assert (a.scale, a.origin, a.original, a.level) == ("graded", "adapted", "Aussage A im Original", "operativ")
    assert (b.scale, b.origin, b.refs) == ("open", "quoted", ["pruefkriterien:4.1.2"])
    assert parsed.dialogue == ["Wie sehen Sie das?"]


def _broken2(change) -> dict:
    raw = copy.deepcopy(_valid_v2())
    change(raw)
    return raw


@pytest.mark.parametrize(
    ("raw", "path", "words"),
    [
        (_broken2(lambda r: r["items"][0].update(scale="sternchen")), "/items[0]/scale", "sternchen"),
        (_broken2(lambda r: r["items"][0].pop("original")), "/items[0]/original", "Originalwortlaut"),
        (_broken2(lambda r: r["items"][0].update(original="Aussage A")), "/items[0]/original", "nicht angepasst"),
        (_broken2(lambda r: r["items"][1].update(original="x")), "/items[1]/original", "nur bei"),
        (_broken2(lambda r: r["items"][0].update(level="mittel")), "/items[0]/level", "mittel"),
        (_broken2(lambda r: r["items"][1].update(refs=["4.1.2"])), "/items[1]/refs[0]", "katalog:nummer"),
        (_broken2(lambda r: r.update(dialogue=["", "x"])), "/dialogue[0]", "nicht leer"),
    ],
)
def test_malformed_version_2_entries_are_refused(raw, path, words):
    with pytest.raises(ValidationError) as err:
        catalog.parse(raw, "meine-liste.json")
    assert f"„{path}“" in str(err.value)
    assert words in str(err.value)


def test_references_name_their_catalog():
    assert catalog.qualified_ref("qd4-planung", "1.7") == "QD 4 · 1.7"
    assert catalog.qualified_ref("pruefkriterien", "4.1.2") == "Prüfkriterium 4.1.2"
    assert catalog.qualified_ref("eigene-liste", "3") == "eigene-liste · 3"


def test_the_documented_example_is_a_valid_catalog():
    doc = (Path(__file__).resolve().parents[3] / "docs" / "catalog-format.md").read_text(encoding="utf-8")
    example = doc.split("## Example", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    parsed = catalog.parse_text(example, "beispiel.json")
    assert [i.scale for i in parsed.items] == ["tick", "tick", "frequency", "open"]
    assert parsed.dialogue == ["Was nehmen wir aus der Runde mit?"]
