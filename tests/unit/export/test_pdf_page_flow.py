"""No near-empty pages in the PDF record: the page before a new section is not a stray
row or two, a section's title never stands alone on its page, a wide zone's two halves
share a page (read back with pypdf, on the demo, a few-card and the 60-card workshop)."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader

from bench.export import big_workshop
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.pdf import write_pdf
from fh_desktop.store.workshop_file import WorkshopFile
from tests.unit.export.helpers import TOP_MARGIN, page_fill

NEARLY_EMPTY = 0.25  # of the frame's height: a page used less far down than this is nearly blank
AT_TOP = 30.0  # points below the frame's top a heading may start and still open its page


@pytest.fixture(scope="module")
def demo(demo_template):
    wf = WorkshopFile.open(demo_template, read_only=True)
    try:
        return wf.snapshots.snapshot()
    finally:
        wf.close()


def _few_cards(data):
    """The demo with three cards on the board and two actions."""
    cards = data.board.cards[:3]
    ids = {c.id for c in cards}
    links = [link for link in data.board.links if {link.source_id, link.target_id} <= ids]
    dots = [d for d in data.board.dots if d.card_id in ids]
    board = dataclasses.replace(data.board, cards=cards, links=links, zones=[], dots=dots)
    return dataclasses.replace(data, board=board, actions=data.actions[:2])


def _outline(reader: PdfReader, entries=None, level=0):
    for entry in reader.outline if entries is None else entries:
        if isinstance(entry, list):
            yield from _outline(reader, entry, level + 1)
        else:
            yield level, entry


def _page_starts(reader: PdfReader) -> dict[int, int]:
    """Page index -> the outline level of the heading that opens the page (0: a numbered section)."""
    starts: dict[int, int] = {}
    for level, mark in _outline(reader):
        page = reader.get_destination_page_number(mark)
        top = float(reader.pages[page].mediabox.height) - TOP_MARGIN
        if mark.top is not None and float(mark.top) > top - AT_TOP:
            starts[page] = min(level, starts.get(page, level))
    return starts


def _nearly_empty_pages(path) -> list[tuple[int, float, str]]:
    reader = PdfReader(str(path))
    starts = _page_starts(reader)
    out = []
    for index, page in enumerate(reader.pages[:-1]):  # the document may end where it ends
        fill = page_fill(page)
        whole_section = starts.get(index) == 0 and starts.get(index + 1) == 0  # a short step on its own page
        if fill < NEARLY_EMPTY and not whole_section:
            body = page.extract_text().splitlines()[3:-1]  # without the running header and the footer
            out.append((index + 1, round(fill, 2), " ".join(" ".join(body).split())[:160]))
    return out


@pytest.mark.parametrize(
    "workshop, options",
    [
        ("demo", ExportOptions()),
        ("demo", ExportOptions(paper="a3")),
        ("demo", ExportOptions(individual=True)),
        ("few", ExportOptions()),
        ("few", ExportOptions(paper="a3", individual=True, anonymous=True)),
    ],
    ids=["demo-a4", "demo-a3", "demo-individual", "few-cards", "few-cards-a3-anonymous"],
)
def test_no_page_before_a_section_holds_only_a_few_lines(tmp_path, demo, workshop, options):
    data = demo if workshop == "demo" else _few_cards(demo)
    path = tmp_path / "bericht.pdf"
    write_pdf(data, path, options=options)
    assert _nearly_empty_pages(path) == []
    reader = PdfReader(str(path))
    starts = _page_starts(reader)
    assert sum(1 for level in starts.values() if level == 0) >= 4  # the steps do start pages


def test_the_60_card_workshop_has_no_heading_alone_and_no_stray_rows(tmp_path):
    # Its first checklist table is longer than the room under the step's title: the title
    # once went to a page of its own, and the links table left three rows on the last page.
    path = tmp_path / "gross.pdf"
    write_pdf(big_workshop(), path, options=ExportOptions(paper="a3"))
    assert _nearly_empty_pages(path) == []


def test_the_measure_finds_the_page_the_issue_saw(tmp_path, demo, monkeypatch):
    # A section whose last table spills two rows: the check above must see such a page.
    from fh_desktop.export import pdf_flow

    path = tmp_path / "alt.pdf"
    monkeypatch.setattr(pdf_flow, "LAST_PAGE_SHARE", 0.0)  # without the balancing of section ends
    write_pdf(demo, path)
    pages = _nearly_empty_pages(path)
    assert pages, "the demo without balancing has a stray page"
    # the links table's last rows before step 2, the plan's last action before step 4
    assert any(text.startswith(("Von Nach", "Nr. Maßnahme")) for _n, _f, text in pages), pages


def test_a_wide_zone_is_cut_in_halves_that_share_a_page(tmp_path, demo):
    # "Träger und Praxis vor Ort" is a little wider than an A4 page at the readable scale.
    path = tmp_path / "bericht.pdf"
    write_pdf(demo, path)
    texts = [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]
    both = [t for t in texts if "Träger und Praxis vor Ort · Teil 1 von 2" in t]
    assert len(both) == 1 and "Träger und Praxis vor Ort · Teil 2 von 2" in both[0]
    # two cards in each half, not three and a sliver
    half = both[0].split("Teil 2 von 2")
    assert sum(title in half[0] for title in ("Familienzentrum", "Geburtsklinik", "Hebammennetzwerk")) == 2
    assert "Schwangerschaftsberatung" in half[1] and "Hebammennetzwerk" in half[1]
