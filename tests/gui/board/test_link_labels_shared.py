"""Link labels on the canvas are placed by the layout the PDF uses: off the card text."""

from __future__ import annotations

import dataclasses

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import enums, model
from fh_desktop.export.fonts import pdf_fonts
from fh_desktop.export.pdf_board import BoardDrawing
from fh_desktop.ui.board.scene import BoardScene

# A protocol card lies across the whole gap between two linked cards, so every spot the
# label may take covers some card. Its lines of text reach the middle of the link, where
# a label goes when covering a card is all that counts; right of them the card is blank.
LINES = "\n".join(["Bericht der Arbeitsgruppe Planung, Abstimmung mit allen Trägern, Ämtern und dem Netzwerk"] * 16)


def _board() -> model.Board:
    a = model.Card(1, enums.CardKind.ACTOR, "Jugendamt", "", enums.PlanningArea.YOUTH, 0, 0, 200, 120, 1)
    b = model.Card(2, enums.CardKind.ACTOR, "Gesundheitsamt", "", enums.PlanningArea.HEALTH, 1400, 0, 200, 120, 2)
    note = model.Card(3, enums.CardKind.NOTE, "Protokoll", LINES, enums.PlanningArea.OTHER, 220, -240, 1160, 600, 3)
    link = model.Link(1, 1, 2, enums.LinkKind.DATA, enums.LinkDirection.FORWARD, "Daten")
    return model.Board([a, b, note], [link], [], [])


def _covers(box: bl.Rect, texts: list[bl.Rect]) -> bool:
    return any(bl._overlaps(box, t) for t in texts)


def test_a_label_moves_off_card_text_on_screen_as_in_the_pdf(qapp):
    board = _board()
    scene = BoardScene()
    scene.load(board)
    item = scene.links[1]
    r = item._label_rect
    label = bl.Rect(r.x(), r.y(), r.width(), r.height())
    note_text = scene.cards[3].text_boxes()
    assert len(note_text) >= 10
    geo = item.geometry()
    middle = bl.Rect((geo.start[0] + geo.end[0]) / 2 - r.width() / 2, geo.start[1] - r.height() / 2, r.width(), r.height())
    assert _covers(middle, note_text)  # where the label would sit without the text taken into account
    assert not _covers(label, note_text), label
    assert bl._overlaps(label, scene.cards[3].scene_rect())  # on the card, which cannot be helped, but beside its text
    # The same spot as in the PDF (measured there with reportlab's fonts).
    picture = BoardDrawing(board, pdf_fonts())
    (pdf,) = picture.geometries
    assert abs(pdf.label_pos[0] - label.cx) < 3 and abs(pdf.label_pos[1] - label.cy) < 3, (pdf.label_pos, label)
    pdf_text = [b for layout in picture.layouts.values() for b in bl.text_boxes(layout, picture.measure)]
    w, h = picture.label_sizes[1]
    assert not _covers(bl.Rect(pdf.label_pos[0] - w / 2, pdf.label_pos[1] - h / 2, w, h), pdf_text)


def test_a_card_whose_text_grows_under_a_label_sends_the_label_elsewhere(wf, page, qtbot):
    a, b, note = _board().cards
    ids = {}
    for card in (a, b, dataclasses.replace(note, text="kurz")):
        ids[card.id] = wf.board.add_card(dataclasses.replace(card, id=None)).id
    wf.board.add_link(model.Link(None, ids[1], ids[2], enums.LinkKind.DATA, enums.LinkDirection.FORWARD, "Daten"))
    (item,) = page.scene.links.values()
    qtbot.waitUntil(lambda: not page.scene._label_queue)
    card = page.scene.cards[ids[3]]
    geo = item.geometry()
    assert abs(item._label_rect.center().x() - (geo.start[0] + geo.end[0]) / 2) < 1  # the middle: no text there yet
    # The text grows (stored as the side panel stores it): the label must not stay on it.
    wf.board.update_card(ids[3], text=LINES)
    qtbot.waitUntil(lambda: len(card.text_boxes()) > 10)
    qtbot.waitUntil(lambda: not page.scene._label_queue)
    r = item._label_rect
    assert not _covers(bl.Rect(r.x(), r.y(), r.width(), r.height()), card.text_boxes())
