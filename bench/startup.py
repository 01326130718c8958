"""Start-up time to the first painted main window with the demo workshop open.

Goal: at most 1.5x the time a bare PySide6 ``QMainWindow`` with a ``QGraphicsView``
needs to paint, both measured as fresh processes on the same machine in the same run.

Each run starts a new Python process (``python bench/startup.py --child app|bare``);
the clock starts in this parent right before the process is spawned and stops when
the child has finished its first paint of the workshop view (``app``: the real start-up
path ``fh_desktop.cli.main([FILE])``, exactly what double-clicking a ``.fhw`` runs) or
of the graphics view (``bare``). Interpreter start, imports, opening the file, building
the window and the first paint all count. Runs alternate between the two variants, so
drift on the machine hits both alike; the medians are compared.

The platform plugin is ``QT_QPA_PLATFORM`` if set, else ``offscreen``; under an X
server (``xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb ...``) the
real xcb path is measured. The script prints which one it used.

Run:  .venv/bin/python bench/startup.py [--runs 11]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, median, print_header, print_row, verdict

GOAL_RATIO = 1.5
MARK = "FIRST-PAINT"
# Object names whose first paint is stamped, in the order they appear.
WATCHED = {"bare": ("mainWindow",), "app": ("mainWindow", "workshopView")}


# --- child side: one fresh process, prints the monotonic time of its first paint -----


def _child(variant: str, file: str | None) -> None:
    # time.monotonic() is CLOCK_MONOTONIC on Linux and macOS, shared by all processes,
    # so the parent can subtract its own start stamp from ours.
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    def mark(name: str) -> None:
        print(f"{MARK} {name} {time.monotonic():.6f} {QApplication.platformName()}", flush=True)

    class FirstPaint(QApplication):
        """Sees every event; stamps the first paint under each watched widget name.

        The stamp is taken when the event whose handling painted the widget returns (an
        expose or update request: the paint cycle, flush included, is over), not by a zero
        timer after the paint: that ran only after timers queued before it, e.g. the
        workshop view's build of the other step pages, which comes after the workshop is
        on screen. The process ends after the last watched name: teardown is not start-up.
        """

        def __init__(self, argv: list[str], names: list[str]) -> None:
            super().__init__(argv)
            self.pending = list(names)
            self.painted: list[str] = []
            self.depth = 0

        def notify(self, obj: QObject, event: QEvent) -> bool:
            self.depth += 1
            try:
                if self.pending and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                    widget: QWidget | None = obj
                    while widget is not None and widget.objectName() != self.pending[0]:
                        widget = widget.parentWidget()
                    if widget is not None:
                        self.painted.append(self.pending.pop(0))
                return super().notify(obj, event)
            finally:
                self.depth -= 1
                if self.depth == 0 and self.painted:
                    for name in self.painted:
                        mark(name)
                    self.painted = []
                    if not self.pending:
                        os._exit(0)

    # The app creates its QApplication only if none exists (fh_desktop.app.run_gui), so
    # creating it here first only moves that cost, and lets notify() see every event.
    app = FirstPaint(sys.argv[:1], list(WATCHED[variant]))
    if variant == "app":
        from fh_desktop.cli import main

        main([file])
    else:
        from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QMainWindow

        window = QMainWindow()
        window.setObjectName("mainWindow")
        scene = QGraphicsScene(window)
        window.setCentralWidget(QGraphicsView(scene, window))
        window.resize(1280, 800)
        window.show()
        app.exec()
    raise SystemExit("the window closed before it was painted")


# --- parent side ---------------------------------------------------------------------


def one_run(variant: str, file: Path, env: dict[str, str]) -> tuple[dict[str, float], str]:
    """Seconds from spawning the process to each watched first paint, and the platform."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", variant, str(file)]
    start = time.monotonic()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    stamps, platform = {}, "?"
    for line in out.stdout.splitlines():
        if line.startswith(MARK):
            _, name, stamp, platform = line.split()
            stamps[name] = float(stamp) - start
    if set(stamps) != set(WATCHED[variant]):
        raise RuntimeError(f"{variant} run missed a paint mark:\n{out.stdout}\n{out.stderr}")
    return stamps, platform


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="measured runs per variant (default 11)")
    parser.add_argument("--child", choices=("app", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("file", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.file)
        return 0

    with tempfile.TemporaryDirectory(prefix="fh-bench-start-") as tmp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["FH_DESKTOP_HOME"] = str(Path(tmp) / "home")  # no real profile, no recent files
        # The warm-up runs below must leave byte code behind, as an installed app has it
        # (pip and the bundle compile every module): without this, a shell with
        # PYTHONDONTWRITEBYTECODE=1 compiled every fh_desktop module from source on every
        # run, ≈ 60 ms that only the app variant pays.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        from fh_desktop.demo import write_demo

        demo = write_demo(Path(tmp) / "Demo-Workshop.fhw")
        # One unrecorded run each: byte-code caches and the OS file cache warm for both.
        one_run("bare", demo, env)
        _, platform = one_run("app", demo, env)
        print_header("start-up: fresh process to first painted window", Platform=platform,
                     Runs=f"{args.runs} per variant, alternating, median compared")
        samples: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.runs):
            for variant in ("bare", "app"):
                for name, seconds in one_run(variant, demo, env)[0].items():
                    samples.setdefault((variant, name), []).append(seconds)
    bare = samples["bare", "mainWindow"]
    print_row("bare QMainWindow + QGraphicsView", bare)
    print_row("app, main window painted", samples["app", "mainWindow"], bare)
    print_row("app, demo workshop open", samples["app", "workshopView"], bare)
    print()
    verdict("window ratio app / bare", median(samples["app", "mainWindow"]) / median(bare), GOAL_RATIO, "x")
    ratio = median(samples["app", "workshopView"]) / median(bare)
    return 0 if verdict("start-up ratio app (workshop open) / bare", ratio, GOAL_RATIO, "x") else 1


if __name__ == "__main__":
    raise SystemExit(main())
