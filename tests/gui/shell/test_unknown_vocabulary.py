"""A file with a card kind, link kind or zone colour this version does not know (written
by ``restore`` or a newer version) opens and draws, instead of crashing the window."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication

from fh_desktop.domain import model
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.shell.main_window import MainWindow


def test_unknown_vocabulary_is_drawn_with_a_fallback(qtbot, tmp_path):
    path = tmp_path / "neuer.fhw"
    wf = WorkshopFile.create(path)
    a = wf.board.add_card(model.Card(title="Raumschiff"))
    b = wf.board.add_card(model.Card(title="Erde", x=400))
    wf.board.add_link(model.Link(source_id=a.id, target_id=b.id))
    wf.board.add_zone(model.Zone(label="Z", color="#fff6bf", w=900, h=400))
    wf.board.add_dot(model.Dot(card_id=a.id, color="#d62728"))
    wf.close()
    with sqlite3.connect(path) as con:  # past the services, as restore or a newer version would
        con.execute("UPDATE card SET kind = 'raumschiff', area = 'mars'")
        con.execute("UPDATE link SET kind = 'teleport'")
        con.execute("UPDATE zone SET color = 'schillernd'")
        con.execute("UPDATE dot SET color = '#000001'")
    con.close()

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_path(path)
    board = window.view.pages[1]
    assert {c.title for c in (item.card for item in board.scene.cards.values())} == {"Raumschiff", "Erde"}
    assert len(board.scene.links) == 1 and len(board.scene.zones) == 1
    for zoom in (1.0, 0.1):  # near: each item paints itself; far: the overview layer paints all
        board.view.set_zoom(zoom)
        window.grab()
        QApplication.processEvents()
    board.controller.select_cards([a.id])  # the inspector shows the unknown kind
    window.grab()
