"""Bookmarks and the contents' links of the PDF land on the page of their section."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from pypdf.generic import Destination

from fh_desktop.export.options import ExportOptions
from fh_desktop.export.pdf import write_pdf


def _flat(outline: list) -> list[Destination]:
    out: list[Destination] = []
    for entry in outline:
        out += _flat(entry) if isinstance(entry, list) else [entry]
    return out


def _page_text(reader: PdfReader, index: int) -> str:
    return " ".join(reader.pages[index].extract_text().split())


def test_every_bookmark_points_at_the_page_that_shows_its_heading(tmp_path, rich):
    path = tmp_path / "bericht.pdf"
    write_pdf(rich, path, options=ExportOptions(created=dt.date(2026, 12, 1)))
    reader = PdfReader(str(path))
    marks = _flat(reader.outline)
    assert len(marks) >= 8
    pages = [reader.get_destination_page_number(m) for m in marks]
    assert len(set(pages)) >= 5  # not all on one page
    for mark, page in zip(marks, pages, strict=False):
        assert page > 0, mark.title  # nothing points at the cover
        assert mark.title in _page_text(reader, page), (mark.title, page)
    assert pages == sorted(pages)


def test_contents_links_on_the_cover_land_on_their_sections(tmp_path, rich):
    path = tmp_path / "bericht.pdf"
    write_pdf(rich, path, options=ExportOptions(created=dt.date(2026, 12, 1)))
    reader = PdfReader(str(path))
    named = reader.named_destinations
    links = [a.get_object() for a in reader.pages[0].get("/Annots", [])]
    links = [a for a in links if a.get("/Subtype") == "/Link"]
    assert len(links) >= 8
    cover = _page_text(reader, 0)
    titles = [m.title for m in _flat(reader.outline) if m.title in cover]  # the headings of the contents
    assert len(links) == len(titles)
    refs = [p.indirect_reference.idnum for p in reader.pages]
    for link, title in zip(links, titles, strict=False):
        dest = link.get("/Dest") or link["/A"]["/D"]
        if not isinstance(dest, list):
            dest = named[str(dest)]
            page = reader.get_destination_page_number(dest)
        else:
            page = refs.index(dest[0].idnum)
        assert page > 0, title
        assert title in _page_text(reader, page), (title, page)
