"""``fh-desktop collect``: a real process serves the round until everyone has answered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from fh_desktop.store.workshop_file import WorkshopFile
from tests.unit.web.phone import Phone


def _workshop(path: Path, names: list[str]) -> None:
    with WorkshopFile.create(path) as wf:
        for name in names:
            wf.meta.add_participant(name)


def _start(path: Path) -> tuple[subprocess.Popen[str], Phone]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "fh_desktop", "collect", str(path), "--bind", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    lines = []
    while True:
        line = proc.stdout.readline()
        assert line, (lines, proc.stderr.read() if proc.stderr else "")
        lines.append(line)
        if line.startswith("URL: "):
            break
    url = line.split(" ", 1)[1].strip()
    assert lines[0].startswith("Runde 1 gestartet (18 Aussagen)")
    host = url.split("/")[2]
    token = url.rstrip("/").rsplit("/", 1)[1]
    return proc, Phone(None, int(host.rsplit(":", 1)[1]), host, token)


def _answer(phone: Phone, name: str, value: str = "yes") -> None:
    assert phone.join().status == 200
    state = phone.state().json()
    person = next(p for p in state["people"] if p["name"] == name)
    assert phone.claim(person["id"]).status == 200
    answers = {s["id"]: value for s in state["statements"]}
    assert phone.submit(person["id"], answers, comment=f"von {name}").status == 200


def test_collect_serves_until_everyone_has_answered(tmp_path):
    path = tmp_path / "w.fhw"
    _workshop(path, ["Anna", "Bernd"])
    proc, phone = _start(path)
    _answer(phone, "Anna")
    second = Phone(None, phone.port, phone.host, phone.token)
    _answer(second, "Bernd", "no")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "2 von 2 haben geantwortet (alle haben geantwortet)." in out
    with WorkshopFile.open(path) as wf:
        rnd = wf.checklist.rounds()[0]
        assert rnd.state == "open"  # the reveal stays the moderator's decision
        assert len(wf.checklist.answers(rnd.id)) == 36
        assert sorted(s.comment for s in wf.checklist.submissions(rnd.id)) == ["von Anna", "von Bernd"]


def test_sigterm_stops_and_keeps_what_arrived(tmp_path):
    path = tmp_path / "w.fhw"
    _workshop(path, ["Anna", "Bernd"])
    proc, phone = _start(path)
    _answer(phone, "Anna")
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "1 von 2 haben geantwortet (beendet)." in out
    with WorkshopFile.open(path) as wf:
        assert len(wf.checklist.answers()) == 18


def test_collect_without_participants_is_one_line(tmp_path):
    path = tmp_path / "w.fhw"
    _workshop(path, [])
    r = subprocess.run(
        [sys.executable, "-m", "fh_desktop", "collect", str(path), "--bind", "127.0.0.1", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "niemand" in r.stderr


def test_collect_refuses_the_wildcard_address(tmp_path):
    path = tmp_path / "w.fhw"
    _workshop(path, ["Anna"])
    r = subprocess.run(
        [sys.executable, "-m", "fh_desktop", "collect", str(path), "--bind", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 1 and "0.0.0.0" in r.stderr
    with WorkshopFile.open(path) as wf:
        assert wf.checklist.rounds() == []
