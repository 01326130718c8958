"""An export of several files is one unit: checked first, written aside, moved into place together."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fh_desktop.domain.errors import FhError, FileAccessError
from fh_desktop.export.atomic import write_all
from fh_desktop.export.bundle import export_files
from fh_desktop.export.options import ExportOptions

ROOT = Path(__file__).resolve().parents[3]


def test_pair_is_written_together_and_nothing_when_one_target_is_bad(tmp_path, rich):
    xlsx, pdf = tmp_path / "plan.xlsx", tmp_path / "bericht.pdf"
    xlsx.write_bytes(b"alt")
    with pytest.raises(FileAccessError, match="existiert nicht"):
        export_files(rich, [("xlsx", xlsx), ("pdf", tmp_path / "fehlt" / "bericht.pdf")], ExportOptions())
    assert xlsx.read_bytes() == b"alt"  # the workbook was not replaced beside a missing PDF
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]
    export_files(rich, [("xlsx", xlsx), ("pdf", pdf), ("docx", tmp_path / "vorlage.docx")], ExportOptions())
    assert load_workbook(xlsx)["Maßnahmenplan"].max_row > 5 and len(PdfReader(str(pdf)).pages) > 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bericht.pdf", "plan.xlsx", "vorlage.docx"]


def test_a_failing_second_file_leaves_the_first_untouched(tmp_path):
    first, second = tmp_path / "a.xlsx", tmp_path / "b.pdf"
    first.write_bytes(b"alt")

    def broken(tmp: Path) -> None:
        raise FhError("Der PDF-Bericht konnte nicht gesetzt werden: {detail}", detail="zu groß")

    with pytest.raises(FhError):
        write_all([(first, lambda tmp: tmp.write_bytes(b"neu")), (second, broken)])
    assert first.read_bytes() == b"alt" and not second.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["a.xlsx"]


def test_replacing_keeps_permissions_and_follows_a_link(tmp_path):
    real_dir = tmp_path / "ablage"
    real_dir.mkdir()
    real = real_dir / "plan.xlsx"
    real.write_bytes(b"alt")
    os.chmod(real, 0o640)
    link = tmp_path / "plan.xlsx"
    link.symlink_to(real)
    write_all([(link, lambda tmp: tmp.write_bytes(b"neu"))])
    assert link.is_symlink() and real.read_bytes() == b"neu"
    assert real.stat().st_mode & 0o777 == 0o640
    dangling = tmp_path / "weg.pdf"
    dangling.symlink_to(tmp_path / "gibt-es-nicht" / "weg.pdf")
    with pytest.raises(FileAccessError, match="Verknüpfung"):
        write_all([(dangling, lambda tmp: tmp.write_bytes(b"x"))])
    assert dangling.is_symlink()


def test_a_killed_export_leaves_nothing_behind_after_the_next(tmp_path):
    target = tmp_path / "plan.xlsx"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from fh_desktop.export.atomic import write_all

        def slow(tmp):
            tmp.write_bytes(b"halb")
            print("bereit", flush=True)
            sys.stdin.read()  # until killed

        write_all([({str(target)!r}, slow)])
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "bereit"
    assert len(list(tmp_path.glob(".plan.xlsx.*.tmp"))) == 1
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    write_all([(target, lambda tmp: tmp.write_bytes(b"fertig"))])
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]


def test_a_full_disk_is_one_message_without_a_traceback_after_it(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from tests.unit.export.conftest import rich_workshop
        from fh_desktop.export.options import ExportOptions
        from fh_desktop.export.xlsx import xlsx_writer
        try:
            xlsx_writer(rich_workshop(), ExportOptions())(Path("/dev/full"))
        except OSError as exc:
            print("voll", exc.errno)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["voll", "28"]
    assert result.stderr == ""  # before: "Exception ignored in: ZipFile.__del__ … Traceback"
