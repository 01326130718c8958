"""The workbook opened and printed by LibreOffice Calc, a program nobody here wrote.

LibreOffice shows a row without a stored height as one line: only the first line of
a wrapped cell would reach the paper. The test prints the export to PDF with a
private LibreOffice profile and reads the text back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess

from pypdf import PdfReader

from fh_desktop.export.options import ExportOptions
from fh_desktop.export.xlsx import write_xlsx

LINES = [
    "Erste Zeile: Bestandsaufnahme der Angebote",
    "Zweite Zeile: Netzwerkkoordination beteiligen",
    "Dritte Zeile: Bericht an den Jugendhilfeausschuss",
    "Vierte Zeile: Beschluss im Kreistag",
]


def _print_with_libreoffice(xlsx, out_dir, profile) -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice fehlt: scripts/ensure-env.sh installiert libreoffice-calc-nogui"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out_dir), str(xlsx)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdf = out_dir / (xlsx.stem + ".pdf")
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages)


def test_libreoffice_prints_every_line_of_a_multi_line_cell(tmp_path, rich):
    first = dataclasses.replace(rich.actions[0], description="\n".join(LINES), goal="\n".join(reversed(LINES[:2])),
                                level="operativ", working_group="Kleingruppe Gesundheitsplanung")  # fmt: skip
    data = dataclasses.replace(rich, actions=[first, *rich.actions[1:10]])
    xlsx = tmp_path / "plan.xlsx"
    write_xlsx(data, xlsx, options=ExportOptions(created=dt.date(2026, 12, 1)))
    out = tmp_path / "out"
    out.mkdir()
    text = _print_with_libreoffice(xlsx, out, tmp_path / "lo-profile")
    for line in LINES:
        assert line in text, line
    assert "Zeitrahmen bis" in text and "Erfolgsindikator" in text  # header cells not cut
    # The worksheet's fields at the end of the plan reach the paper too.
    assert "Befassung im Gremium nötig" in text and "Kleingruppe Gesundheitsplanung" in text and "operativ" in text
