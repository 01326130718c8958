"""The headless commands, run as a user would: as separate processes."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fh_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int = 1) -> None:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 or code == 2, result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_commands():
    result = run("--help")
    assert result.returncode == 0
    for name in ("demo", "dump", "restore", "check"):
        assert name in result.stdout


def test_demo_check_dump_restore_dump_is_identical(tmp_path):
    demo = tmp_path / "demo.fhw"
    assert run("demo", demo).returncode == 0
    assert run("check", demo).stdout.startswith("OK")
    first = run("dump", demo)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["format"] == "fh-workshop"
    assert set(data) >= {"schema_version", "workshop", "participants", "board", "checklist", "actions"}
    assert set(data["board"]) == {"cards", "links", "zones", "dots", "dot_meanings"}
    assert set(data["checklist"]) >= {"catalog", "items", "answers", "joint"}
    assert len(data["participants"]) >= 6
    dump_file = tmp_path / "dump.json"
    dump_file.write_text(first.stdout, encoding="utf-8")
    restored = tmp_path / "restored.fhw"
    result = run("restore", restored, dump_file)
    assert result.returncode == 0, result.stderr
    assert run("dump", restored).stdout == first.stdout


def test_dump_does_not_change_the_file(demo_file):
    before = digest(demo_file)
    assert run("dump", demo_file).returncode == 0
    assert digest(demo_file) == before


def test_demo_refuses_to_overwrite(demo_file):
    before = digest(demo_file)
    result = run("demo", demo_file)
    assert_one_line_error(result)
    assert "gibt es schon" in result.stderr
    assert digest(demo_file) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("kein json {", "kein gültiges JSON"),
        ('{"format": "fh-workshop", "schema_version": 1, "workshop": {"title": 5}}', "/workshop/title"),
        ('{"format": "anderes"}', "format"),
        ("[]", "kein JSON-Objekt"),
    ],
)
def test_restore_bad_json_leaves_no_file(tmp_path, content, words):
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "neu.fhw"
    result = run("restore", target, source)
    assert_one_line_error(result)
    assert words in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_restore_inconsistent_references_leaves_no_file(tmp_path, demo_file):
    data = json.loads(run("dump", demo_file).stdout)
    data["board"]["links"].append(
        {"id": 999, "source_id": 12345, "target_id": 54321, "kind": "daten", "direction": "none", "label": ""}
    )
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    result = run("restore", tmp_path / "neu.fhw", source)
    assert_one_line_error(result)
    assert not (tmp_path / "neu.fhw").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


@pytest.mark.parametrize("command", ["dump", "check"])
def test_bad_files_one_line_and_untouched(tmp_path, command):
    for name, data in (("leer.fhw", b""), ("text.fhw", b"hallo"), ("kaputt.fhw", b"SQLite format 3\x00" + b"\x00" * 50)):
        path = tmp_path / name
        path.write_bytes(data)
        result = run(command, path)
        assert_one_line_error(result)
        assert path.read_bytes() == data


def test_check_reports_missing_file(tmp_path):
    result = run("check", tmp_path / "fehlt.fhw")
    assert_one_line_error(result)
    assert "gibt es nicht" in result.stderr


def test_usage_error_exits_2():
    result = run("dump")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_argparse_speaks_german_too():
    help_text = run("--help").stdout
    assert "Aufruf: fh-desktop" in help_text and "diese Hilfe anzeigen und beenden" in help_text
    for english in ("usage:", "positional arguments", "show this help message", "options:"):
        assert english not in help_text
    error = run("dump").stderr
    assert "Fehler: diese Angaben fehlen: DATEI" in error and "required" not in error
