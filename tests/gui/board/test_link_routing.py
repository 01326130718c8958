"""On the canvas a link bends around a card in its way, as in the PDF (issue #12)."""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPainterPathStroker

from fh_desktop.domain import enums, model
from fh_desktop.export.fonts import pdf_fonts
from fh_desktop.export.pdf_board import BoardDrawing
from fh_desktop.ui.board.scene import BoardScene


def _board() -> model.Board:
    cards = [
        model.Card(1, enums.CardKind.ACTOR, "Jugendamt", "", enums.PlanningArea.YOUTH, 0, 0, 200, 100, 1),
        model.Card(2, enums.CardKind.ACTOR, "Kita", "Text, der frei bleiben soll", enums.PlanningArea.OTHER, 300, 0, 200, 100, 2),
        model.Card(3, enums.CardKind.ACTOR, "Gesundheitsamt", "", enums.PlanningArea.HEALTH, 600, 0, 200, 100, 3),
    ]  # fmt: skip
    links = [
        model.Link(1, 1, 3, enums.LinkKind.DATA, enums.LinkDirection.FORWARD, ""),
        model.Link(2, 1, 2, enums.LinkKind.DATA, enums.LinkDirection.FORWARD, ""),
    ]
    return model.Board(cards, links, [], [])


def _outline(path: QPainterPath) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(1.0)
    return stroker.createStroke(path)


def test_the_canvas_link_is_a_curve_past_the_middle_card(qapp):
    board = _board()
    scene = BoardScene()
    scene.load(board)
    bent, straight = scene.links[1], scene.links[2]
    middle = scene.cards[2].scene_rect()
    rect = QRectF(middle.x, middle.y, middle.w, middle.h)
    path = bent.path()
    kinds = {path.elementAt(i).type for i in range(path.elementCount())}
    assert QPainterPath.ElementType.CurveToElement in kinds
    assert not _outline(path).intersects(rect)
    # Hit-testing follows the curve: its middle is the link, the middle card's centre is not.
    geo = bent.geometry()
    assert geo is not None and geo.control is not None
    assert bent.shape().contains(QPointF(*geo.point_at(0.5)))
    assert not bent.shape().contains(QPointF(middle.cx, middle.cy))
    assert bent.boundingRect().contains(QPointF(*geo.point_at(0.5)))
    assert bent not in scene.items(QPointF(middle.cx, middle.cy))
    # Zoomed far out, the overview draws the same curve.
    scene.overview._build()
    (_, _, overview), = scene.overview._links
    assert any(overview.elementAt(i).type == QPainterPath.ElementType.CurveToElement for i in range(overview.elementCount()))
    # (one path per link kind: it holds the straight link to the middle card as well)
    assert overview.elementAt(0).x == geo.start[0] and overview.elementAt(0).y == geo.start[1]
    # A link with nothing in its way stays a straight line.
    assert straight.geometry().control is None
    assert straight.path().elementCount() == 2
    # The same curve as in the PDF.
    (pdf, _) = BoardDrawing(board, pdf_fonts()).geometries
    assert all(math.isclose(u, v, abs_tol=1e-6) for u, v in zip((*pdf.start, *pdf.control, *pdf.end),
               (*geo.start, *geo.control, *geo.end), strict=True))  # fmt: skip


def test_links_bend_and_straighten_as_cards_come_move_and_go(wf, page):
    ids = {}
    left, mid, right = _board().cards
    for card in (left, right):
        ids[card.id] = wf.board.add_card(dataclasses.replace(card, id=None)).id
    wf.board.add_link(model.Link(None, ids[1], ids[3], enums.LinkKind.DATA, enums.LinkDirection.FORWARD, "Daten"))
    (item,) = page.scene.links.values()
    assert item.geometry().control is None
    ids[2] = wf.board.add_card(dataclasses.replace(mid, id=None)).id  # a card put in its way
    middle = page.scene.cards[ids[2]]

    def crosses() -> bool:
        geo = item.geometry()
        assert geo is not None
        r = middle.scene_rect()
        return any(r.contains(*geo.point_at(i / 200)) for i in range(201))

    assert item.geometry().control is not None and not crosses()
    wf.board.update_card(ids[2], y=400)  # the card moves out of the way: straight again
    assert item.geometry().control is None
    wf.board.update_card(ids[2], y=0)  # and back into it: bent again
    assert item.geometry().control is not None and not crosses()
    wf.board.remove_card(ids[2])
    assert item.geometry().control is None
