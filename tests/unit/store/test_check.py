"""``check`` finds what the app would trip over, and calls a sound file OK."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from fh_desktop.store.workshop_file import WorkshopFile


def check(path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fh_desktop", "check", str(path)], capture_output=True, text=True, timeout=120
    )


def tamper(path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_the_demo_is_ok_and_opens(demo_file):
    result = check(demo_file)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK")
    with WorkshopFile.open(demo_file) as wf:
        assert len(wf.checklist.rounds()) >= 2  # the "two open rounds" case below needs them


def test_unknown_card_kind_is_a_newer_version_not_ok(demo_file):
    tamper(demo_file, "UPDATE card SET kind = 'hologramm' WHERE id = (SELECT min(id) FROM card)")
    result = check(demo_file)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert "hologramm" in last and "neueren Version" in last


@pytest.mark.parametrize(
    ("statements", "words"),
    [
        (["UPDATE zone SET color = 'rot' WHERE id = (SELECT min(id) FROM zone)"], "Farbe"),
        (["UPDATE card SET w = -5 WHERE id = (SELECT min(id) FROM card)"], "Größe oder Lage"),
        (["UPDATE round SET item_ids = '[1, 2' WHERE id = (SELECT min(id) FROM round)"], "kein gültiges JSON"),
        (["UPDATE card SET title = CAST(X'4b61ff7274' AS TEXT) WHERE id = (SELECT min(id) FROM card)"], "UTF-8"),
        (["ALTER TABLE action DROP COLUMN indicator"], "Spalte „indicator“"),
        (["INSERT INTO link (source_id, target_id, kind, direction, label) VALUES (1, 99999, 'daten', 'none', '')"], "verweist auf „card“"),
        (["UPDATE round SET state = 'open'"], "Einzelrunde"),
    ],
)
def test_damage_the_app_would_trip_over_is_found(demo_file, statements, words):
    tamper(demo_file, *statements)
    result = check(demo_file)
    assert result.returncode == 1
    assert words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_check_never_changes_the_file(demo_file):
    before = demo_file.read_bytes()
    assert check(demo_file).returncode == 0
    assert demo_file.read_bytes() == before


def test_restore_refuses_what_the_services_refuse(tmp_path, demo_file):
    dump = subprocess.run(
        [sys.executable, "-m", "fh_desktop", "dump", str(demo_file)], capture_output=True, text=True, check=True
    )
    data = json.loads(dump.stdout)
    data["board"]["cards"][0]["kind"] = "hologramm"
    source = tmp_path / "neuer.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "neu.fhw"
    result = subprocess.run(
        [sys.executable, "-m", "fh_desktop", "restore", str(target), str(source)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "neueren Version" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not target.exists()
