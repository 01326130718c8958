"""Benchmark: open, pan and zoom a Pinnwand of 1,000 cards and 2,000 links.

Run by hand (not part of the test suite), best under a real X server:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python bench/board_pan.py

It builds a big workshop in a temporary folder, opens it in the real ``BoardPage``,
then pans and zooms frame by frame (each step followed by ``processEvents()``, so Qt
paints what the event loop would: after a scroll only the newly visible strip), and
prints load time, milliseconds per frame (median, 95th percentile, worst), memory, and
the ratio against a baseline measured in the same run, in alternating rounds: a bare
``QGraphicsView`` with the same number of plain ``QGraphicsRectItem``s and
``QGraphicsLineItem``s at the same places (no text, no arrows, no caching). A ratio
near 1 means the board costs about what Qt's simplest items cost. A fifth of the
links cross the whole board, which is harder than a real workshop board.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from fh_desktop.domain import enums, model

VIEW_SIZE = (1280, 800)
WORDS = (
    "Jugendhilfeplanung Sozialplanung Gesundheitsplanung Netzwerkkoordination Bestandsaufnahme "
    "Bedarfsermittlung Planungsbericht Ausschuss Kreistag Träger Familienbildung Beratung Hebammen "
    "Kita Frühförderung Datenkonzept Sozialraum Beteiligung Qualitätsentwicklung"
).split()


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_board(n_cards: int, n_links: int, seed: int = 7) -> model.Board:
    rnd = random.Random(seed)
    cols = 40
    board = model.Board()
    for i in range(n_cards):
        col, row = i % cols, i // cols
        board.cards.append(
            model.Card(
                id=i + 1,
                kind=enums.CardKind.ALL[i % 4],
                title=" ".join(rnd.sample(WORDS, 2)),
                text=" ".join(rnd.sample(WORDS, 6)),
                area=enums.PlanningArea.ALL[(col // 7) % 6],
                x=col * 320.0,
                y=row * 200.0,
                w=240.0,
                h=120.0,
                z=float(i),
                influence=(i % 5) if i % 5 < 4 else None,
            )
        )
    for i in range(n_links):
        a = rnd.randrange(n_cards)
        # mostly neighbours, some long links across the board
        b = (a + rnd.choice((1, cols, cols + 1, -1))) % n_cards if rnd.random() < 0.8 else rnd.randrange(n_cards)
        if a == b:
            b = (a + 1) % n_cards
        board.links.append(
            model.Link(
                id=i + 1,
                source_id=a + 1,
                target_id=b + 1,
                kind=enums.LinkKind.ALL[i % 5],
                direction=enums.LinkDirection.ALL[i % 3],
                label=rnd.choice(WORDS) if i % 4 == 0 else "",
            )
        )
    for i in range(6):
        board.zones.append(model.Zone(id=i + 1, label=f"Bereich {i + 1}", color="#e8eef7", x=i * 7 * 320.0 - 40, y=-80, w=7 * 320.0 - 20, h=(n_cards // cols + 1) * 200.0 + 80, z=-100.0 + i))
    for i in range(0, n_cards, 7):
        board.dots.append(model.Dot(card_id=i + 1, color=enums.DOT_COLORS[i % 4]))
    return board


def frames(view: QGraphicsView, steps: list[tuple[str, float, float]], pan, zoom) -> list[float]:
    """Apply each step (pan dx/dy pixels, or zoom factor) and let Qt paint it, as in
    the event loop (only what became visible is painted); ms per frame."""
    app = QApplication.instance()
    out = []
    for kind, a, b in steps:
        app.processEvents()
        t = time.perf_counter()
        if kind == "pan":
            pan(a, b)
        else:
            zoom(a)
        app.processEvents()
        out.append((time.perf_counter() - t) * 1000)
    return out


def plan(n: int) -> dict[str, list[tuple[str, float, float]]]:
    pans = [("pan", 37.0, 0.0)] * (n // 4) + [("pan", 0.0, 29.0)] * (n // 4) + [("pan", -37.0, 0.0)] * (n // 4) + [("pan", 0.0, -29.0)] * (n // 4)
    factors = [1.0 * (0.93**i) for i in range(n // 2)]
    zooms = [("zoom", f, 0.0) for f in factors + factors[::-1]]
    return {"pan at 100 %": pans, "pan, whole board in view": pans, "zoom 100 % -> overview -> 100 %": zooms}


def summary(ms: list[float]) -> tuple[float, float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[int(len(ms) * 0.95) - 1], ms[-1]


class Subject:
    """One thing to measure: its window, its view, how to pan, zoom and fit it."""

    def __init__(self, window, view, content: QRectF, fit, pan, zoom) -> None:
        self.window, self.view, self.content = window, view, content
        self.fit, self.pan, self.zoom = fit, pan, zoom

    def run(self, name: str, steps: list[tuple[str, float, float]]) -> list[float]:
        app = QApplication.instance()
        self.window.show()
        app.processEvents()
        if name.startswith("pan at"):
            self.zoom(1.0)
            self.view.centerOn(self.content.center())
        elif name.startswith("pan,"):
            self.fit()
        else:
            self.zoom(1.0)
        app.processEvents()
        out = frames(self.view, steps, self.pan, self.zoom)
        self.window.hide()
        app.processEvents()
        return out


def open_board(board: model.Board) -> tuple[float, float, Subject]:
    from fh_desktop.store.workshop_file import WorkshopFile
    from fh_desktop.ui.board.page import BoardPage
    from fh_desktop.ui.common.store_signals import StoreSignals

    tmp = Path(tempfile.mkdtemp())
    wf = WorkshopFile.create(tmp / "gross.fhw")
    wf.board.add_items(board, keep_id=True)
    app = QApplication.instance()
    mem0 = rss_mb()
    t0 = time.perf_counter()
    signals = StoreSignals(wf)
    page = BoardPage(wf, signals)
    page.resize(VIEW_SIZE[0] + 340, VIEW_SIZE[1] + 140)
    page.show()
    app.processEvents()
    page.view.viewport().repaint()
    load = time.perf_counter() - t0
    mem = rss_mb() - mem0
    page.keep = (wf, signals)  # type: ignore[attr-defined]
    view = page.view
    return load, mem, Subject(page, view, page.scene.content_rect(), view.fit_all, view.pan_by, view.set_zoom)


class BaselineView(QGraphicsView):
    def pan_by(self, dx: float, dy: float) -> None:
        self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() - dx))
        self.verticalScrollBar().setValue(round(self.verticalScrollBar().value() - dy))

    def set_zoom(self, f: float) -> None:
        t = self.transform()
        self.scale(f / t.m11(), f / t.m11())


def open_baseline(board: model.Board) -> tuple[float, float, Subject]:
    app = QApplication.instance()
    mem0 = rss_mb()
    t0 = time.perf_counter()
    scene = QGraphicsScene()
    rects = {}
    for c in board.cards:
        item = QGraphicsRectItem(QRectF(0, 0, c.w, c.h))
        item.setPos(c.x, c.y)
        item.setBrush(QColor(enums.PlanningArea.COLORS[c.area]))
        scene.addItem(item)
        rects[c.id] = item
    pen = QPen(QColor("#4d4d4d"), 2.5)
    for lk in board.links:
        a, b = rects[lk.source_id].sceneBoundingRect(), rects[lk.target_id].sceneBoundingRect()
        line = QGraphicsLineItem(QLineF(a.center(), b.center()))
        line.setPen(pen)
        scene.addItem(line)
    view = BaselineView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.resize(*VIEW_SIZE)
    bounds = scene.itemsBoundingRect()
    view.setSceneRect(bounds.adjusted(-20000, -20000, 20000, 20000))  # room to pan at any zoom
    view.show()
    app.processEvents()
    view.viewport().repaint()
    load = time.perf_counter() - t0
    mem = rss_mb() - mem0
    view.keep = scene  # type: ignore[attr-defined]

    def fit() -> None:
        view.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio)

    return load, mem, Subject(view, view, bounds, fit, view.pan_by, view.set_zoom)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--links", type=int, default=2000)
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("FH_DESKTOP_HOME", tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    board = make_board(args.cards, args.links)
    print(f"Pinnwand-Benchmark: {args.cards} Karten, {args.links} Verbindungen, {args.frames} Bilder je Durchgang, "
          f"{args.rounds} Runden abwechselnd, Plattform {app.platformName()}, Ansicht {VIEW_SIZE[0]}x{VIEW_SIZE[1]}")
    base_load, base_mem, base = open_baseline(board)
    load, mem, ours = open_board(board)
    results: dict[str, tuple[list[float], list[float]]] = {}
    # Alternating rounds: a busy machine slows both sides alike.
    for _ in range(args.rounds):
        for name, steps in plan(args.frames).items():
            mine, theirs = results.setdefault(name, ([], []))
            theirs.extend(base.run(name, steps))
            mine.extend(ours.run(name, steps))
    print(f"\n{'':36}{'Pinnwand':>12}{'Baseline':>12}{'Verhältnis':>12}")
    print(f"{'Laden (s)':36}{load:12.3f}{base_load:12.3f}{load / base_load:12.1f}")
    print(f"{'Speicher (MB, RSS-Zuwachs)':36}{mem:12.1f}{base_mem:12.1f}{mem / max(base_mem, 0.1):12.1f}")
    for name, (mine, theirs) in results.items():
        med, p95, worst = summary(mine)
        bmed, bp95, bworst = summary(theirs)
        print(f"\n{name}")
        print(f"{'  ms/Bild Median':36}{med:12.2f}{bmed:12.2f}{med / bmed:12.2f}")
        print(f"{'  ms/Bild 95. Perzentil':36}{p95:12.2f}{bp95:12.2f}{p95 / bp95:12.2f}")
        print(f"{'  ms/Bild schlechtestes':36}{worst:12.2f}{bworst:12.2f}{worst / bworst:12.2f}")
    page = ours.window
    page.show()
    app.processEvents()
    page.controller.select_all()
    app.processEvents()
    t = time.perf_counter()
    page.controller.nudge(20.0, 0.0)  # one transaction, one event per card, mirrored item by item
    app.processEvents()
    move_all = time.perf_counter() - t
    t = time.perf_counter()
    page.undo_stack.undo()
    app.processEvents()
    undo_all = time.perf_counter() - t
    print(f"\nAlle {args.cards} Karten verschieben (Pfeiltaste): {move_all:.2f} s, rückgängig: {undo_all:.2f} s")
    print("\n16.7 ms/Bild = 60 Bilder/s; 33 ms/Bild = 30 Bilder/s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
