"""Cover and document facts of the PDF: the count that matches its table, short notes, language, catalog heading."""

from __future__ import annotations

import dataclasses

from pypdf import PdfReader

from fh_desktop.export.pdf import write_pdf


def _pdf(tmp_path, data):
    path = tmp_path / "bericht.pdf"
    write_pdf(data, path)
    return PdfReader(str(path))


def test_cover_counts_observers_shortens_notes_and_names_the_language(tmp_path, rich):
    notes = "Vorbereitung im Jugendamt, Abstimmung mit Gesundheitsamt. " * 30
    reader = _pdf(tmp_path, dataclasses.replace(rich, workshop=dataclasses.replace(rich.workshop, notes=notes)))
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Teilnehmende 7 (dazu 1 beobachtend)" in cover  # the table below lists all eight
    assert cover.count("Abstimmung mit Gesundheitsamt") < 10 and "vollständig im Anhang" in cover
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert text.count("Abstimmung mit Gesundheitsamt") >= 30  # in full in the appendix
    assert str(reader.trailer["/Root"].get("/Lang")) == "de-DE"
    assert reader.metadata.subject.startswith("Workshop-Dokumentation") and reader.metadata.creator


def test_checklist_heading_comes_from_the_catalog(tmp_path, rich):
    catalog = dataclasses.replace(rich.checklist.catalog, title="Politisch-strukturelle Verankerung (QD 5)")
    data = dataclasses.replace(rich, checklist=dataclasses.replace(rich.checklist, catalog=catalog))
    reader = _pdf(tmp_path, data)
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert outline[1] == "2 Politisch-strukturelle Verankerung"
    assert "Checkliste Planungskonzeption" not in " ".join(p.extract_text() for p in reader.pages)
