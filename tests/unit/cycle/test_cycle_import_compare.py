"""Excel re-import in a follow-up (its own export and the previous workshop's), the
``compare`` command on three workshops, and a file of schema 0001 opened by this version."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from fh_desktop.domain import enums
from fh_desktop.export.xlsx import write_xlsx
from fh_desktop.export.xlsx_import import read_action_sheet
from fh_desktop.store.services.cycle import create_follow_up
from fh_desktop.store.workshop_file import WorkshopFile


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fh_desktop", *map(str, args)], capture_output=True, text=True, timeout=180)


def _edit_row(path: Path, ident: int, header: str, value: object) -> None:
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    col = [c.value for c in ws[1]].index(header) + 1
    for row in ws.iter_rows(min_row=2):
        if row[0].value == ident:
            row[col - 1].value = value
    wb.save(path)


def test_previous_workshops_export_is_matched_by_origin(demo_file: Path, tmp_path: Path):
    with WorkshopFile.open(demo_file) as old:
        write_xlsx(old.snapshots.snapshot(), tmp_path / "alt.xlsx")
        first = old.actions.actions()[0]
    new = create_follow_up(demo_file, tmp_path / "folge.fhw", date=dt.date(2027, 11, 20), title="Neu")
    _edit_row(tmp_path / "alt.xlsx", first.id, "Verantwortlich", "Sozialplanung (neu)")
    with WorkshopFile.open(new) as wf:
        # The follow-up already recorded a review of that action: the old sheet must not undo it.
        wf.cycle.review_action(first.id, "weiter", progress="halb fertig")
        sheet = read_action_sheet(tmp_path / "alt.xlsx")
        assert sheet.source_date == dt.date(2026, 11, 26)
        plan = wf.action_import.apply(sheet)
        assert [c.action_id for c in plan.changes] == [first.id]
        after = wf.actions.action(first.id)
        assert after.responsible == "Sozialplanung (neu)"
        assert (after.progress, after.review_decision) == ("halb fertig", "weiter")


def test_previous_export_row_of_a_removed_action_is_refused_not_misapplied(demo_file: Path, tmp_path: Path):
    from fh_desktop.domain import model

    with WorkshopFile.open(demo_file) as old:
        write_xlsx(old.snapshots.snapshot(), tmp_path / "alt.xlsx")
        last = old.actions.actions()[-1]
    new = create_follow_up(demo_file, tmp_path / "folge.fhw", date=dt.date(2027, 11, 20))
    _edit_row(tmp_path / "alt.xlsx", last.id, "Verantwortlich", "jemand")
    with WorkshopFile.open(new) as wf:
        wf.actions.remove_action(last.id)
        reused = wf.actions.add_action(model.Action(title="ganz neu"))  # SQLite may hand out the id again
        plan = wf.action_import.preview(read_action_sheet(tmp_path / "alt.xlsx"))
        assert not plan.ok
        assert any(f"Nr. {last.id}" in str(p) for p in plan.problems)
        assert wf.actions.action(reused.id).responsible == ""


def test_follow_ups_own_export_round_trips_the_new_columns(demo_file: Path, tmp_path: Path):
    new = create_follow_up(demo_file, tmp_path / "folge.fhw", date=dt.date(2027, 11, 20))
    with WorkshopFile.open(new) as wf:
        a = wf.actions.actions()[1]
        write_xlsx(wf.snapshots.snapshot(), tmp_path / "folge.xlsx")
    _edit_row(tmp_path / "folge.xlsx", a.id, "Stand der Umsetzung", "Entwurf liegt vor")
    _edit_row(tmp_path / "folge.xlsx", a.id, "Wiedervorlage am", dt.datetime(2028, 2, 1))
    result = cli("import-actions", new, tmp_path / "folge.xlsx")
    assert result.returncode == 0, result.stderr
    with WorkshopFile.open(new) as wf:
        after = wf.actions.action(a.id)
    assert (after.progress, after.review_on) == ("Entwurf liegt vor", dt.date(2028, 2, 1))


def test_an_older_export_without_the_new_columns_still_imports(wf: WorkshopFile, tmp_path: Path):
    from fh_desktop.domain import model

    a = wf.actions.add_action(model.Action(title="A", progress="bleibt"))
    write_xlsx(wf.snapshots.snapshot(), tmp_path / "x.xlsx")
    wb = load_workbook(tmp_path / "x.xlsx")
    ws = wb["Maßnahmenplan"]
    for header in ("Stand der Umsetzung", "Wiedervorlage am", "Herkunft"):
        ws.delete_cols([c.value for c in ws[1]].index(header) + 1)
    for table in list(ws.tables):
        del ws.tables[table]
    ws["B2"] = "A geändert"
    wb.save(tmp_path / "x.xlsx")
    wf.action_import.apply(read_action_sheet(tmp_path / "x.xlsx"))
    assert (wf.actions.action(a.id).title, wf.actions.action(a.id).progress) == ("A geändert", "bleibt")


def test_compare_three_workshops_and_name_one_with_another_catalog(demo_file: Path, tmp_path: Path):
    y2 = create_follow_up(demo_file, tmp_path / "2027.fhw", date=dt.date(2027, 11, 1))
    with WorkshopFile.open(y2) as wf:
        items = wf.checklist.items()
        for i in items:
            wf.checklist.set_joint(i.id, value=enums.Answer.YES, needs_action=False)
        rnd = wf.checklist.start_round()
        people = [p for p in wf.meta.participants() if not p.is_observer]
        for p in people:
            wf.checklist.submit(rnd.id, p.id, {i.id: enums.Answer.UNKNOWN if p == people[0] else enums.Answer.YES for i in items})
    y3 = create_follow_up(y2, tmp_path / "2028.fhw", date=dt.date(2028, 11, 1))
    other = tmp_path / "other.fhw"
    with WorkshopFile.create(other) as wf:
        from fh_desktop.domain import model

        wf.checklist.set_catalog(model.Catalog(key="qd5", title="QD 5 Verankerung"), [model.CatalogItem(code="1.1", statement="x")])
        wf.meta.update_workshop(kommune="Stadt Anders", date=dt.date(2027, 5, 5))
    out = tmp_path / "vergleich.xlsx"
    result = cli("compare", demo_file, y2, y3, other, "--xlsx", out, "--pdf", tmp_path / "vergleich.pdf")
    assert result.returncode == 0, result.stderr
    assert "Stadt Anders 05.05.2027: andere Checkliste" in result.stderr
    wb = load_workbook(out)
    ws = wb["Matrix"]
    header = [c.value for c in ws[1]]
    assert header == ["Code", "Aussage", "Landkreis Lindenau 26.11.2026", "Landkreis Lindenau 01.11.2027",
                      "Landkreis Lindenau 01.11.2028"]  # fmt: skip
    with WorkshopFile.open(demo_file) as wf:
        first = wf.checklist.items()[0]
        joint = {j.item_id: j for j in wf.checklist.joint()}[first.id]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == first.code)
    assert row[2].startswith(enums.Answer.LABELS[joint.value])
    assert row[3] == "trifft zu"
    assert row[4] == "–"  # 2028: not yet assessed
    fills = {ws.cell(row=2 + n, column=4).fill.fgColor.rgb for n in range(3)}
    assert fills == {"004A4A4A"}  # "trifft zu" in dark grey
    dist = wb["Verteilungen"]
    dh = [c.value for c in dist[1]]
    drow = next(r for r in dist.iter_rows(min_row=2, values_only=True) if r[0] == first.code)
    share = drow[dh.index("Landkreis Lindenau 01.11.2027: Anteil „kann ich nicht beurteilen“")]
    assert abs(share - 1 / len(people)) < 1e-9
    notes = [r[0] for r in wb["Hinweise"].iter_rows(values_only=True) if r[0]]
    assert any("Stadt Anders" in n and "andere Checkliste" in n for n in notes)
    progress = wb["Maßnahmen"]
    assert [r[0] for r in progress.iter_rows(min_row=2, values_only=True)][:3] == header[2:]
    all_text = " ".join(str(v) for s in wb.worksheets for r in s.iter_rows(values_only=True) for v in r if v)
    assert "Katrin Albers" not in all_text
    strict = cli("compare", demo_file, other, "--xlsx", tmp_path / "s.xlsx", "--strict")
    assert strict.returncode == 1 and "andere Checkliste" in strict.stderr and not (tmp_path / "s.xlsx").exists()


def test_changed_item_is_named_not_mixed(demo_file: Path, tmp_path: Path):
    y2 = create_follow_up(demo_file, tmp_path / "2027.fhw", date=dt.date(2027, 11, 1))
    with WorkshopFile.open(y2) as wf:
        item = wf.checklist.items()[0]
        wf.checklist.update_item(item.id, statement="Ein ganz anderer Wortlaut.")
    result = cli("compare", demo_file, y2, "--xlsx", tmp_path / "v.xlsx")
    assert result.returncode == 0, result.stderr
    assert f"Aussage {item.code} hat einen anderen Wortlaut" in result.stderr
    ws = load_workbook(tmp_path / "v.xlsx")["Matrix"]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == item.code)
    assert row[3] == "nicht erhoben"


def _build_0001_file(path: Path) -> None:
    """A workshop file at schema 0001, with data, written by Alembic itself."""
    from alembic import command
    from alembic.config import Config

    from fh_desktop import resources
    from fh_desktop.store import fileformat

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={fileformat.APPLICATION_ID}")
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://", creator=lambda: conn)
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
        connection.commit()
    conn.executescript(
        """
        INSERT INTO workshop (id, title, kommune, date, place, moderator, notes) VALUES (1, 'Alt', 'Altstadt', '2024-05-02', '', '', '');
        INSERT INTO catalog (id, key, title, source, scale) VALUES (1, 'qd4-planung', 'QD 4', '', '["yes","partly","no","unknown"]');
        INSERT INTO catalog_item (id, position, code, topic, statement, help) VALUES (1, 1, '1.1', 'T', 'Aussage', '');
        INSERT INTO card (id, kind, title, text, area, x, y, w, h, z) VALUES (1, 'actor', 'Jugendamt', '', 'jugendhilfe', 0, 0, 220, 120, 0);
        INSERT INTO action (id, position, title, goal, description, responsible, involved, priority, status, resources, indicator)
            VALUES (1, 1, 'Alte Maßnahme', '', '', 'JA', '', 'hoch', 'in_arbeit', '', '');
        INSERT INTO action_item (action_id, item_id) VALUES (1, 1);
        INSERT INTO action_card (action_id, card_id) VALUES (1, 1);
        INSERT INTO joint_assessment (item_id, value, note, needs_action) VALUES (1, 'partly', 'alt', 1);
        """
    )
    conn.commit()
    conn.close()


def test_a_0001_file_opens_with_its_data_and_can_be_followed_up(tmp_path: Path):
    old = tmp_path / "alt.fhw"
    _build_0001_file(old)
    with WorkshopFile.open(old) as wf:
        from fh_desktop.store import migrate

        assert wf.schema_version() == migrate.head()
        (a,) = wf.actions.actions()
        assert (a.title, a.status, a.item_ids, a.card_ids) == ("Alte Maßnahme", "in_arbeit", [1], [1])
        assert (a.progress, a.review_on, a.origin_number) == ("", None, None)
        assert wf.checklist.joint()[0].note == "alt"
        assert wf.cycle.earlier() == []
        assert wf.integrity_check() == []
    assert list(tmp_path.glob("alt.vor-update-0001-*.fhw")), "a backup was made before migrating"
    new = create_follow_up(old, tmp_path / "neu.fhw", date=dt.date(2025, 5, 2))
    with WorkshopFile.open(new) as wf:
        (a,) = wf.actions.actions()
        assert (a.origin_date, a.origin_number) == (dt.date(2024, 5, 2), 1)
        assert wf.cycle.origin().items[0].joint_value == "partly"


def test_compare_with_earlier_takes_the_chain_from_one_follow_up(demo_file: Path, tmp_path: Path):
    y2 = create_follow_up(demo_file, tmp_path / "2027.fhw", date=dt.date(2027, 11, 1))
    y3 = create_follow_up(y2, tmp_path / "2028.fhw", date=dt.date(2028, 11, 1))
    out = tmp_path / "kette.xlsx"
    # The 2027 file is given as well: it appears once, with its action plan.
    result = cli("compare", y3, y2, "--with-earlier", "--xlsx", out)
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out)
    assert [c.value for c in wb["Matrix"][1]][2:] == [
        "Landkreis Lindenau 26.11.2026", "Landkreis Lindenau 01.11.2027", "Landkreis Lindenau 01.11.2028",
    ]  # fmt: skip
    progress = {r[0]: r[1:] for r in wb["Maßnahmen"].iter_rows(min_row=2, values_only=True)}
    assert set(progress["Landkreis Lindenau 26.11.2026"]) == {"–"}  # known only from the record
    assert progress["Landkreis Lindenau 01.11.2027"][-1] == 11
