"""Every shipped catalog against the NZFH source texts it quotes.

The sources are committed under tests/data/sources/ (copies of shared/domain/, see its
README), so CI checks them without anything beside the clone. A quoted statement, topic,
help line or dialogue question must be found there word for word (runs of white space
count as one space); an adapted statement must keep its original, and that original
must be found word for word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fh_desktop import resources
from fh_desktop.domain import catalog, scales

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"
SHIPPED = sorted(resources.path("catalogs").glob("*.json"))


def _flat(text: str) -> str:
    text = re.sub(r"</?[a-z]+>", " ", text)
    return re.sub(r"\s+", " ", text.replace("**", " ")).strip()


CORPUS = _flat("\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))))
# A help line is "<label>: <quoted text>".
HELP_LINE = re.compile(r"^(Dialogfrage|Prüfkriterium [45]\.\d\.\d|QD [45] · \d\.\d|Hinweis): (.+)$")


def quoted(text: str) -> bool:
    return _flat(text) in CORPUS


def load(path: Path) -> catalog.CatalogFile:
    return catalog.parse_text(path.read_text(encoding="utf-8"), path.name)


def test_the_five_source_texts_are_committed():
    assert len(list(SOURCES.glob("*.txt"))) == 5
    assert "Qualitätsdimension 4: Planung" in CORPUS


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_statement_is_quoted_verbatim_or_marked_adapted_with_its_original(path):
    parsed = load(path)
    for item in parsed.items:
        if item.origin == catalog.QUOTED:
            assert quoted(item.statement), f"{path.name} {item.code}: not verbatim in the sources"
        elif item.origin == catalog.ADAPTED:
            assert quoted(item.original), f"{path.name} {item.code}: original not verbatim in the sources"
            assert not quoted(item.statement), f"{path.name} {item.code}: verbatim after all, mark it quoted"
        else:
            assert item.origin == catalog.OWN


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_topics_help_lines_and_dialogue_are_quoted(path):
    parsed = load(path)
    for topic in parsed.topics():
        assert quoted(re.sub(r"^[45]\.\d ", "", topic)), f"{path.name}: topic {topic!r}"
    for item in parsed.items:
        for line in filter(None, item.help.split("\n")):
            m = HELP_LINE.match(line)
            assert m, f"{path.name} {item.code}: help line without a known label: {line!r}"
            assert quoted(m.group(2)), f"{path.name} {item.code}: help not verbatim: {line!r}"
    for question in parsed.dialogue:
        assert quoted(question), f"{path.name}: dialogue question {question!r}"


def test_qd_catalogs_are_complete():
    qd4 = load(resources.path("catalogs", "qd4-planung.json"))
    qd5 = load(resources.path("catalogs", "qd5-verankerung.json"))
    assert (len(qd4.items), len(qd5.items)) == (18, 13)
    assert (len(qd4.dialogue), len(qd5.dialogue)) == (13, 14)
    # The dialogue belongs to its dimension ("... Inhalte der Qualitätsdimension Planung ...").
    assert qd4.dialogue[0].startswith("Wie können Entscheidungstragende aus Politik und Verwaltung die Akteure")
    assert qd5.dialogue[0].startswith("Was sind Gelingensbedingungen")


def test_help_texts_belong_to_their_statement():
    qd5 = {i.code: i for i in load(resources.path("catalogs", "qd5-verankerung.json")).items}
    # The role question belongs to 2.3 ("sind sich ihrer Rolle ... bewusst"), not to 2.2.
    assert "Welche eigene Rolle" in qd5["2.3"].help
    assert "Welche eigene Rolle" not in qd5["2.2"].help
    assert "Wie sind die Abstimmungswege zwischen den einzelnen Fachplanungen" in qd5["3.2"].help
    assert "Prüfkriterium 5.3.2: In welchem Umfang" in qd5["3.2"].help
    assert "Prüfkriterium 5.3.4: Wie angemessen" in qd5["3.4"].help


def test_adaptations_are_the_ones_a_tick_list_needs():
    qd4 = {i.code: i for i in load(resources.path("catalogs", "qd4-planung.json")).items}
    qd5 = {i.code: i for i in load(resources.path("catalogs", "qd5-verankerung.json")).items}
    assert "im Idealfall" in qd4["1.3"].original and "im Idealfall" not in qd4["1.3"].statement
    assert qd4["1.7"].original.startswith("Die Berichte") and qd4["1.7"].statement.startswith("Die Planungsberichte")
    assert "zu diesem Zweck" not in qd4["3.7"].statement
    assert qd5["2.2"].original.startswith("Das Konzept") and qd5["2.2"].statement.startswith("Das Gesamtkonzept")
    assert "befördern die" in qd5["3.3"].original and "befördert die" in qd5["3.3"].statement


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_question_item_has_the_scale_its_wording_asks_for(path):
    for item in load(path).items:
        if item.statement.endswith("?"):
            assert item.scale == scales.guess_type(item.statement), f"{path.name} {item.code}"


def test_crosswalk_references_resolve_both_ways():
    parsed = {p.stem: load(p) for p in SHIPPED}
    codes = {key: {i.code for i in c.items} for key, c in parsed.items()}
    links = set()
    for key, c in parsed.items():
        for item in c.items:
            for ref in item.refs:
                target, code = ref.split(":")
                assert code in codes[target], f"{key} {item.code} -> {ref}"
                links.add(tuple(sorted([(key, item.code), (target, code)])))
    # Every link is stated in both catalogs (QD -> Prüfkriterium and back).
    for (a, ca), (b, cb) in links:
        a_item = next(i for i in parsed[a].items if i.code == ca)
        b_item = next(i for i in parsed[b].items if i.code == cb)
        assert f"{b}:{cb}" in a_item.refs and f"{a}:{ca}" in b_item.refs
    assert len(links) >= 30


def test_eckpunkte_of_a_planungskonzeption_are_a_catalog():
    ep = load(resources.path("catalogs", "eckpunkte.json"))
    assert len(ep.items) == 14
    assert ep.items[0].statement.startswith("Es geht bei der Planung „Früher Hilfen“ auf kommunaler Ebene")
    assert ep.dialogue == ["Für wie wünschenswert halten Sie dieses Szenario?", "Für wie realistisch halten Sie dieses Szenario?"]


def test_step_names_times_zielfokus_and_praxisimpulse_are_quoted():
    from fh_desktop.domain import guiding_questions as gq

    for info in gq.STEPS.values():
        for text in (info.title, info.zielfokus, info.praxisimpuls):
            assert not text or quoted(text), text
    assert [(i.min_minutes, i.max_minutes) for i in gq.STEPS.values()] == [(60, 90), (60, 90), (30, None)]


def test_guiding_questions_are_quoted_adapted_or_marked_as_the_tools_own():
    import json

    raw = json.loads(resources.path("guiding_questions.json").read_text(encoding="utf-8"))
    for step, questions in raw["steps"].items():
        for q in questions:
            if q["origin"] == "quoted":
                assert quoted(q["text"]), (step, q["text"])
            elif q["origin"] == "adapted":
                assert quoted(q["original"]) and not quoted(q["text"]), (step, q["text"])
            else:
                assert q["origin"] == "own" and not quoted(q["text"]), (step, q["text"])
