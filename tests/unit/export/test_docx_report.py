"""The committee report, read back with python-docx: its parts, and no personal data."""

from __future__ import annotations

import datetime as dt
import zipfile

from docx import Document

from fh_desktop.export.docx_report import write_report
from fh_desktop.export.options import ExportOptions
from tests.unit.export.conftest import NAMES


def _all_text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    parts += [p.text for s in doc.sections for p in s.footer.paragraphs + s.header.paragraphs]
    props = doc.core_properties
    parts += [props.author or "", props.last_modified_by or "", props.title or "", props.comments or ""]
    return "\n".join(parts)


def test_report_has_its_parts_and_an_editable_proposal(tmp_path, rich):
    path = write_report(rich, tmp_path / "vorlage.docx", options=ExportOptions(created=dt.date(2026, 12, 1)))
    doc = Document(str(path))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["1 Anlass und Vorgehen", "2 Wichtigste Ergebnisse der Checkliste", "3 Handlungsbedarfe",
                        "4 Maßnahmenplan in Kürze", "5 Beschlussvorschlag"]  # fmt: skip
    text = _all_text(path)
    assert "7 Fachkräfte" in text  # observers are not counted
    assert "4.2" in text and "4.3" in text  # the two items marked as Handlungsbedarf
    proposal = next(p for p in doc.paragraphs if p.text.startswith("Der Ausschuss nimmt"))
    assert "zur Kenntnis" in proposal.text  # plain text a clerk edits, not a picture or field
    assert doc.core_properties.language == "de-DE"
    plan = doc.tables[0]
    assert [c.text for c in plan.rows[0].cells] == ["Maßnahme", "Priorität", "Zeitrahmen bis", "Status"]
    assert len(plan.rows) == 1 + 12  # the plan in short
    # Short: a Sitzungsvorlage takes two to four pages; a rough measure is the amount of text.
    assert 1500 < len(text) < 9000


def test_report_holds_no_names_at_all(tmp_path, rich):
    path = write_report(rich, tmp_path / "vorlage.docx")
    raw = "".join(zipfile.ZipFile(path).read(n).decode("utf-8", "replace") for n in zipfile.ZipFile(path).namelist())
    text = _all_text(path)
    people = [name for name, _role, _obs in NAMES] + [rich.workshop.moderator]
    people += [a.responsible for a in rich.actions if a.responsible]
    for name in people:
        for part in (name, name.split()[-1]):
            if len(part) > 3:
                assert part not in text, part
                assert part not in raw, part


def test_report_prints_on_two_to_four_pages_in_libreoffice(tmp_path, rich):
    import shutil
    import subprocess

    from pypdf import PdfReader

    path = write_report(rich, tmp_path / "vorlage.docx", options=ExportOptions(created=dt.date(2026, 12, 1)))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice fehlt: scripts/ensure-env.sh installiert libreoffice-writer-nogui"
    out = tmp_path / "out"
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=240)  # fmt: skip
    pages = PdfReader(str(out / "vorlage.pdf")).pages
    assert 2 <= len(pages) <= 4
    text = " ".join(p.extract_text() for p in pages)
    assert "Beschlussvorschlag" in " ".join(text.split())
