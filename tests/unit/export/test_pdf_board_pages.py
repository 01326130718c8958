"""The board on paper at a readable size: zone pages of the 60-card workshop of ``bench/export.py``."""

from __future__ import annotations

import math

import pytest
from pypdf import PdfReader

from bench.export import big_workshop
from fh_desktop.domain import board_layout as bl
from fh_desktop.export.fonts import pdf_fonts
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.pdf import write_pdf
from fh_desktop.export.pdf_board import BoardDrawing


@pytest.fixture(scope="module")
def workshop():
    return big_workshop()


def _runs(page) -> list[tuple[str, float, bool]]:
    """(text, printed size in pt, bold) of every text run on a page."""
    out: list[tuple[str, float, bool]] = []

    def visit(text, cm, tm, font, size):
        if not text.strip() or font is None:
            return
        a, b, c, d = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                      tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])  # fmt: skip
        out.append((text, size * math.sqrt(abs(a * d - b * c)), "Bold" in str(font.get("/BaseFont", ""))))

    page.extract_text(visitor_text=visit)
    return out


def _detail_pages(reader: PdfReader) -> list[int]:
    return [i for i, p in enumerate(reader.pages) if "Ausschnitt " in p.extract_text() and " von " in p.extract_text()
            and "Karten der Pinnwand" not in p.extract_text()]  # fmt: skip


@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_no_card_title_on_the_board_pages_is_under_8_pt(tmp_path, workshop, paper):
    path = tmp_path / f"bericht-{paper}.pdf"
    write_pdf(workshop, path, options=ExportOptions(paper=paper))
    reader = PdfReader(str(path))
    pages = _detail_pages(reader)
    assert len(pages) >= 3
    titles = 0
    for index in pages:
        page = reader.pages[index]
        if paper == "a3":
            assert max(float(page.mediabox.width), float(page.mediabox.height)) > 1150  # A3: 1191 pt
        for text, size, bold in _runs(page):
            if bold and not text.strip().isdigit():  # titles and headings are bold; dot counts are numbers
                assert size >= 8.0, (index, text, size)
                titles += 1
            elif not bold:
                assert size >= 7.5, (index, text, size)  # card text, link labels, the footer
    assert titles >= len(workshop.board.cards)  # every card's title is on some page
    flat = " ".join(" ".join(reader.pages[i].extract_text().split()) for i in pages)
    for zone in workshop.board.zones:
        assert zone.label.split(":")[0] in flat  # zone by zone
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert outline[0].startswith("1 Pinnwand")


def test_link_labels_never_cover_card_text(workshop):
    picture = BoardDrawing(workshop.board, pdf_fonts())
    text = [box for layout in picture.layouts.values() for box in bl.text_boxes(layout, picture.measure)]
    labels = 0
    for geo in picture.geometries:
        if geo.link_id in picture.label_sizes:
            w, h = picture.label_sizes[geo.link_id]
            box = bl.Rect(geo.label_pos[0] - w / 2, geo.label_pos[1] - h / 2, w, h)
            assert not any(bl._overlaps(box, t) for t in text), geo.link_id
            labels += 1
    assert labels > 50


def test_tiles_share_a_zone_evenly_and_cut_between_cards():
    from fh_desktop.export.pdf_board_pages import tiles

    zone = bl.Rect(0, 0, 1300, 300)
    cards = [bl.Rect(20 + i * 320, 40, 280, 200) for i in range(4)]  # four in a row
    parts = tiles(zone, 1000, 1000, cards)
    assert len(parts) == 2
    assert abs(parts[0].w - parts[1].w) < 330  # two cards each, not three and one
    cut = parts[0].right
    assert not any(c.x < cut < c.right for c in cards)
    assert [sum(1 for c in cards if p.x <= c.x and c.right <= p.right) for p in parts] == [2, 2]
