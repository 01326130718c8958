"""Follow-ups of workshops whose items use a graded or frequency scale: every earlier round
keeps one count per value of the item's scale, through a chain, in `compare`, the
comparison sheet and the PDF, and in the dump."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fh_desktop.domain import compare, model, scales, serialize
from fh_desktop.domain.errors import UnknownValueError
from fh_desktop.export.pdf import write_pdf
from fh_desktop.export.xlsx import write_xlsx
from fh_desktop.store import validate
from fh_desktop.store.services import checklist as checklist_service
from fh_desktop.store.services.cycle import create_follow_up
from fh_desktop.store.workshop_file import WorkshopFile

PEOPLE = ("Anna", "Ben", "Cem", "Dora", "Emil", "Fiona")

# Answers of the six people, per item code, in the first round: distributions no two
# levels share, so a count landing on the wrong value is seen.
GRADED_ROUND_1 = {
    "G1": ["high", "high", "high", "medium", "none", "unknown"],
    "G2": ["low", "low", "medium", "none", "none", "none"],
}
FREQUENCY_ROUND_1 = {
    "F1": ["regular", "sometimes", "sometimes", "rarely", "rarely", "rarely"],
    "F2": ["never", "never", "unknown", "unknown", "sometimes", "regular"],
}


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fh_desktop", *map(str, args)], capture_output=True, text=True, timeout=180)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def expected(values: list[str], scale: str) -> dict[str, int]:
    """The counts a round must keep: every value of the scale (in button order), 0 included."""
    got = Counter(values)
    return {v: got[v] for v in scales.values_for(scale)}


def answer_round(wf: WorkshopFile, answers: dict[str, list[str]]) -> model.Round:
    items = {i.code: i for i in wf.checklist.items()}
    rnd = wf.checklist.start_round([items[code].id for code in answers])
    for n, person in enumerate(p for p in wf.meta.participants() if not p.is_observer):
        wf.checklist.submit(rnd.id, person.id, {items[code].id: values[n] for code, values in answers.items()})
    wf.checklist.reveal_round(rnd.id)
    return rnd


def workshop(path: Path, scale: str, first: dict[str, list[str]], *, date: dt.date) -> Path:
    """A workshop of one scale: two items, six people, one round, joint assessments."""
    with WorkshopFile.create(path) as wf:
        wf.meta.update_workshop(kommune="Landkreis Lindenau", title="Planung", date=date)
        wf.checklist.set_catalog(
            model.Catalog(key=f"eigene-{scale}", title=f"Eigene Liste ({scale})"),
            [model.CatalogItem(code=code, topic="T", statement=f"Aussage {code}", scale=scale) for code in first],
        )
        for name in PEOPLE:
            wf.meta.add_participant(name)
        answer_round(wf, first)
        for item in wf.checklist.items():
            wf.checklist.set_joint(item.id, value=scales.LEVELS[scale][2], note=f"Notiz {item.code}")
    return path


@pytest.mark.parametrize(("scale", "first"), [(scales.GRADED, GRADED_ROUND_1), (scales.FREQUENCY, FREQUENCY_ROUND_1)])
def test_a_follow_up_keeps_every_value_of_each_earlier_round(tmp_path: Path, scale: str, first: dict[str, list[str]]):
    path = workshop(tmp_path / "2026.fhw", scale, first, date=dt.date(2026, 3, 1))
    second = {code: list(reversed(values)) for code, values in first.items() if code.endswith("1")}
    with WorkshopFile.open(path) as wf:
        answer_round(wf, second)  # a second round on the first item only
    new = create_follow_up(path, tmp_path / "2027.fhw", date=dt.date(2027, 3, 1))
    with WorkshopFile.open(new) as wf:
        (earlier,) = wf.cycle.earlier()
    by_code = {i.code: i for i in earlier.items}
    for code, values in first.items():
        item = by_code[code]
        assert item.scale == scale
        assert (item.joint_value, item.note) == (scales.LEVELS[scale][2], f"Notiz {code}")
        assert item.rounds[0].number == 1
        assert item.rounds[0].counts == expected(values, scale)
        assert list(item.rounds[0].counts) == scales.values_for(scale)  # button order, unknown last
    (code,) = second
    assert [r.number for r in by_code[code].rounds] == [1, 2]
    assert by_code[code].rounds[1].counts == expected(second[code], scale)
    assert [r.number for r in by_code[[c for c in first if c != code][0]].rounds] == [1]
    assert compare.counts(by_code[code]) == expected(second[code], scale)  # the last round


def test_a_three_workshop_chain_keeps_each_years_distributions(tmp_path: Path):
    y1 = workshop(tmp_path / "2026.fhw", scales.GRADED, GRADED_ROUND_1, date=dt.date(2026, 3, 1))
    y2 = create_follow_up(y1, tmp_path / "2027.fhw", date=dt.date(2027, 3, 1))
    year_2 = {"G1": ["medium"] * 4 + ["low", "unknown"], "G2": ["high", "high", "low", "low", "low", "none"]}
    with WorkshopFile.open(y2) as wf:
        answer_round(wf, year_2)
        for item in wf.checklist.items():
            wf.checklist.set_joint(item.id, value="high")
    y3 = create_follow_up(y2, tmp_path / "2028.fhw", date=dt.date(2028, 3, 1))
    with WorkshopFile.open(y3) as wf:
        first, second = wf.cycle.earlier()
    assert [e.date for e in (first, second)] == [dt.date(2026, 3, 1), dt.date(2027, 3, 1)]
    for e, answers in ((first, GRADED_ROUND_1), (second, year_2)):
        assert {i.code: i.rounds[0].counts for i in e.items} == {c: expected(v, scales.GRADED) for c, v in answers.items()}
    assert {i.joint_value for i in second.items} == {"high"}


def _pruefkriterien_workshop(path: Path, date: dt.date, graded: list[str], frequency: list[str], joint: str) -> Path:
    with WorkshopFile.create(path) as wf:
        pk = next(c for c in checklist_service.shipped_catalogs() if c.catalog.key == "pruefkriterien")
        wf.checklist.use_catalog(pk)
        wf.meta.update_workshop(kommune="Landkreis Lindenau", title="Prüfkriterien", date=date)
        for name in PEOPLE:
            wf.meta.add_participant(name)
        answer_round(wf, {"4.1.1": graded, "4.1.3": frequency})
        items = {i.code: i for i in wf.checklist.items()}
        wf.checklist.set_joint(items["4.1.1"].id, value=joint)
        wf.checklist.set_joint(items["4.2.4"].id, note="Über die Netzwerkkonferenz")  # an open question
    return path


def test_compare_shows_graded_and_frequency_distributions(tmp_path: Path):
    a = _pruefkriterien_workshop(tmp_path / "a.fhw", dt.date(2026, 3, 1), GRADED_ROUND_1["G1"], FREQUENCY_ROUND_1["F1"], "low")
    b = _pruefkriterien_workshop(tmp_path / "b.fhw", dt.date(2027, 3, 1), GRADED_ROUND_1["G2"], FREQUENCY_ROUND_1["F2"], "high")
    c = create_follow_up(b, tmp_path / "c.fhw", date=dt.date(2028, 3, 1))  # nothing answered yet
    out, pdf = tmp_path / "v.xlsx", tmp_path / "v.pdf"
    result = cli("compare", a, b, c, "--xlsx", out, "--pdf", pdf)
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out)
    cols = ["Landkreis Lindenau 01.03.2026", "Landkreis Lindenau 01.03.2027", "Landkreis Lindenau 01.03.2028"]
    matrix = {r[0]: r for r in wb["Matrix"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert matrix["4.1.1"][2:5] == ("ansatzweise", "weitgehend", "–")
    ws = wb["Matrix"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "4.1.1")
    assert ws.cell(row, 4).fill.fgColor.rgb == "004A4A4A"  # the top level, dark as "trifft zu"
    assert ws.cell(row, 3).fill.fgColor.rgb == "00C8C8C8"  # the third of four levels

    dist = wb["Verteilungen"]
    header = [cell.value for cell in dist[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in dist.iter_rows(min_row=2, values_only=True)}
    levels = {"4.1.1": (scales.GRADED, "G1", "G2"), "4.1.3": (scales.FREQUENCY, "F1", "F2")}
    for code, (scale, first, second) in levels.items():
        source = GRADED_ROUND_1 if scale == scales.GRADED else FREQUENCY_ROUND_1
        assert rows[code]["Skala"] == scales.TYPE_LABELS[scale]
        for col, answers in ((cols[0], source[first]), (cols[1], source[second])):
            got = {v: rows[code][f"{col}: {scales.LABELS[v]}"] for v in scales.values_for(scale)}
            assert got == expected(answers, scale)
            unknown = answers.count("unknown") / len(answers)
            assert rows[code][f"{col}: Anteil „kann ich nicht beurteilen“"] == pytest.approx(unknown)
        other = scales.FREQUENCY_LEVELS if scale == scales.GRADED else scales.GRADED_LEVELS
        assert all(rows[code][f"{cols[0]}: {scales.LABELS[v]}"] is None for v in other)  # not its scale
        assert rows[code][f"{cols[2]}: {scales.LABELS[scales.LEVELS[scale][0]]}"] == 0  # asked, no round yet
    assert all(v is None for k, v in rows["4.2.4"].items() if k not in ("Code", "Skala"))  # open question
    assert not any("trifft zu" in str(h) for h in header)  # no tick columns for a catalog without ticks

    text = pdf_text(pdf)
    assert "Verteilung Ausmaß: weitgehend / teilweise / ansatzweise / gar nicht / kann ich nicht beurteilen" in text
    assert "Verteilung Häufigkeit: regelmäßig / gelegentlich / selten / nie / kann ich nicht beurteilen" in text
    g1 = expected(GRADED_ROUND_1["G1"], scales.GRADED)
    assert "ansatzweise " + " / ".join(map(str, g1.values())) + " · ?: 17 %" in text
    f2 = expected(FREQUENCY_ROUND_1["F2"], scales.FREQUENCY)
    assert " / ".join(map(str, f2.values())) + " · ?: 33 %" in text


def test_the_follow_ups_comparison_sheet_and_pdf_show_the_graded_distribution(tmp_path: Path):
    old = _pruefkriterien_workshop(tmp_path / "a.fhw", dt.date(2026, 3, 1), GRADED_ROUND_1["G1"], FREQUENCY_ROUND_1["F1"], "low")
    new = create_follow_up(old, tmp_path / "b.fhw", date=dt.date(2027, 3, 1))
    now = ["high"] * 5 + ["medium"]
    with WorkshopFile.open(new) as wf:
        answer_round(wf, {"4.1.1": now, "4.1.3": FREQUENCY_ROUND_1["F2"]})
        items = {i.code: i for i in wf.checklist.items()}
        wf.checklist.set_joint(items["4.1.1"].id, value="high")
        data = wf.snapshots.snapshot()
    result = {c.item.code: c for c in compare.over_time(data).changes}
    assert result["4.1.1"].direction == compare.Direction.BETTER  # ansatzweise -> weitgehend
    assert not result["4.1.1"].is_open
    ws = load_workbook(write_xlsx(data, tmp_path / "b.xlsx"))["Vergleich"]
    header = [c.value for c in ws[1]]
    lines = {r[0]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True) if r[0]}
    row = lines["4.1.1"]
    assert (row["Einschätzung 01.03.2026"], row["Einschätzung 01.03.2027"]) == ("ansatzweise", "weitgehend")
    assert row["Veränderung"].startswith("▲")
    assert row["Verteilung 01.03.2026"] == (
        "weitgehend 3 · teilweise 1 · ansatzweise 0 · gar nicht 1 · kann ich nicht beurteilen 1"
    )
    assert row["Verteilung 01.03.2027"] == (
        "weitgehend 5 · teilweise 1 · ansatzweise 0 · gar nicht 0 · kann ich nicht beurteilen 0"
    )
    assert lines["4.1.3"]["Verteilung 01.03.2026"] == (
        "regelmäßig 1 · gelegentlich 2 · selten 3 · nie 0 · kann ich nicht beurteilen 0"
    )
    assert lines["4.1.3"]["Skala"] == "Häufigkeit"
    text = pdf_text(write_pdf(data, tmp_path / "b.pdf"))
    assert ("Verteilung 01.03.2026: weitgehend 3 · teilweise 1 · ansatzweise 0 · gar nicht 1 · "
            "kann ich nicht beurteilen 1; jetzt: weitgehend 5 · teilweise 1") in text  # fmt: skip


def test_dump_and_restore_carry_the_counts_and_a_version_1_dump_still_restores(tmp_path: Path):
    path = workshop(tmp_path / "2026.fhw", scales.GRADED, GRADED_ROUND_1, date=dt.date(2026, 3, 1))
    new = create_follow_up(path, tmp_path / "2027.fhw", date=dt.date(2027, 3, 1))
    dump = cli("dump", new)
    assert dump.returncode == 0, dump.stderr
    raw = json.loads(dump.stdout)
    assert raw["schema_version"] == serialize.DUMP_SCHEMA_VERSION == 2
    item = raw["earlier"][0]["items"][0]
    assert item["scale"] == "graded"
    assert item["rounds"] == [{"number": 1, "counts": expected(GRADED_ROUND_1["G1"], scales.GRADED)}]
    (tmp_path / "d.json").write_text(dump.stdout, encoding="utf-8")
    assert cli("restore", tmp_path / "r.fhw", tmp_path / "d.json").returncode == 0
    assert cli("dump", tmp_path / "r.fhw").stdout == dump.stdout

    # The same follow-up as an older version dumped it: tick counts only, no scale.
    tick = create_follow_up(workshop(tmp_path / "t.fhw", scales.TICK, {"T1": ["yes", "yes", "no", "partly", "unknown", "yes"]},
                                     date=dt.date(2026, 3, 1)), tmp_path / "t2.fhw", date=dt.date(2027, 3, 1))  # fmt: skip
    v2 = json.loads(cli("dump", tick).stdout)
    v1 = json.loads(json.dumps(v2))
    v1["schema_version"] = 1
    for e in v1["earlier"]:
        for it in e["items"]:
            del it["scale"]
            it["rounds"] = [{"number": r["number"], **r["counts"]} for r in it["rounds"]]
    assert v1["earlier"][0]["items"][0]["rounds"] == [{"number": 1, "yes": 3, "partly": 1, "no": 1, "unknown": 1}]
    assert serialize.to_dict(serialize.from_dict(v1)) == v2


def test_validate_refuses_counts_off_the_items_scale(tmp_path: Path):
    path = workshop(tmp_path / "2026.fhw", scales.FREQUENCY, FREQUENCY_ROUND_1, date=dt.date(2026, 3, 1))
    new = create_follow_up(path, tmp_path / "2027.fhw", date=dt.date(2027, 3, 1))
    with WorkshopFile.open(new) as wf:
        data = wf.snapshots.snapshot()
    assert validate.workshop_problems(data) == []
    item = data.earlier[0].items[0]
    item.rounds[0].counts["high"] = 2  # a graded level on a frequency item
    item.joint_value = "yes"
    problems = [str(p) for p in validate.workshop_problems(data)]
    assert any("„high“ wird in diesem Katalog nicht angeboten" in p and "F1 (01.03.2026)" in p for p in problems)
    assert any("„yes“" in p for p in problems)
    item.joint_value = None
    item.rounds[0].counts = {"regular": -1}
    assert [str(p) for p in validate.workshop_problems(data)] == [
        "Aussage Nr. F1 (01.03.2026): Runde 1: -1 ist keine Anzahl (ganze Zahl ab 0)."
    ]
    item.rounds[0].counts = {"später": 1}  # a value of a newer version
    (problem,) = validate.workshop_problems(data)
    assert isinstance(problem, UnknownValueError)


def test_a_catalog_mixing_ticks_and_levels_keeps_each_rows_own_values_apart(tmp_path: Path):
    from fh_desktop.export.pdf_compare import write_compare_pdf
    from fh_desktop.export.xlsx_compare import build_compare_workbook

    def results(date: dt.date, tick: dict[str, int], graded: dict[str, int]) -> compare.Source:
        items = [
            model.EarlierItem(code="1", statement="Ticks", scale=scales.TICK, joint_value="partly",
                              rounds=[model.EarlierRound(1, tick)]),
            model.EarlierItem(code="2", statement="Stufen", scale=scales.GRADED, joint_value="medium",
                              rounds=[model.EarlierRound(1, graded)]),
        ]  # fmt: skip
        e = model.EarlierWorkshop(kommune="Stadt", date=date, catalog_key="gemischt", catalog_title="Gemischt", items=items)
        return compare.Source(compare.workshop_label(e), e, [])

    a = results(dt.date(2026, 1, 1), {"yes": 1, "partly": 2, "no": 3, "unknown": 0}, {"high": 4, "medium": 5, "low": 6, "none": 7, "unknown": 1})
    b = results(dt.date(2027, 1, 1), {"yes": 2, "partly": 0, "no": 0, "unknown": 1}, {"high": 0, "medium": 0, "low": 1, "none": 0, "unknown": 0})
    matrix = compare.build_matrix([a, b])
    ws = build_compare_workbook(matrix)["Verteilungen"]
    header = [c.value for c in ws[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)}
    col = "Stadt 01.01.2026"
    # Both scales call their middle level „teilweise“: the header says which one is meant.
    assert rows["1"][f"{col}: teilweise (Häkchen)"] == 2 and rows["1"][f"{col}: teilweise (Ausmaß)"] is None
    assert rows["2"][f"{col}: teilweise (Ausmaß)"] == 5 and rows["2"][f"{col}: teilweise (Häkchen)"] is None
    assert (rows["2"][f"{col}: gar nicht"], rows["2"][f"{col}: trifft zu"]) == (7, None)
    assert rows["2"][f"{col}: kann ich nicht beurteilen"] == 1
    assert rows["1"]["Stadt 01.01.2027: Anteil „kann ich nicht beurteilen“"] == pytest.approx(1 / 3)
    text = pdf_text(write_compare_pdf(matrix, tmp_path / "m.pdf"))
    assert "Skala: Häkchen" in text and "Skala: Ausmaß" in text
    assert "Verteilung Häkchen: trifft zu / teilweise / trifft nicht zu / kann ich nicht beurteilen" in text
    assert "4 / 5 / 6 / 7 / 1" in text and "1 / 2 / 3 / 0" in text

    # The same item asked on another scale later: named, not set beside the levels.
    c = results(dt.date(2028, 1, 1), {"yes": 1, "partly": 0, "no": 0, "unknown": 0}, {"yes": 3, "partly": 0, "no": 0, "unknown": 0})
    c.results.items[1].scale = scales.TICK
    later = compare.build_matrix([a, b, c])
    assert [str(n) for n in later.notes] == ["Stadt 01.01.2028: Aussage 2 hat eine andere Antwortskala, dort nicht verglichen"]
    assert later.rows[1].cells[2] is None and later.rows[0].cells[2] is not None
