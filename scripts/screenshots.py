"""Screenshots of every step, as the room sees them, for checking layouts on small beamers.

Run under a virtual screen of the size to check, e.g.::

    Xvfb :12 -screen 0 1024x768x24 &
    DISPLAY=:12 .venv/bin/python scripts/screenshots.py --out /tmp/shots --lang de --present

Opens a copy of the demo workshop, walks step 1 (board), step 2 (catalogue, the individual
round, one person's answer form, the result, the joint assessment) and step 3, and saves
one PNG per screen: ``<out>/<lang>-<mode>-<W>x<H>-<screen>.png``. ``--present`` takes them
in presentation mode (full screen), otherwise in a normal window of ``--size``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("shots"))
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    parser.add_argument("--present", action="store_true", help="presentation mode (full screen)")
    parser.add_argument("--size", default="1280x800", help="window size without --present")
    args = parser.parse_args()

    import os

    tmp = Path(tempfile.mkdtemp(prefix="fh-shots-"))
    os.environ["FH_DESKTOP_HOME"] = str(tmp)  # never the user's settings or recent files
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(["fh-screenshots"])  # noqa: F841 - must live while widgets exist
    from fh_desktop.demo import write_demo
    from fh_desktop.settings import Settings
    from fh_desktop.ui.common import translation

    translation.apply(args.lang)
    from fh_desktop.ui.checklist import page as checklist_page
    from fh_desktop.ui.shell.main_window import MainWindow

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    demo = tmp / "Demo.fhw"
    write_demo(demo)
    w = MainWindow(Settings())
    width, height = (int(v) for v in args.size.split("x"))
    w.resize(width, height)
    w.show()
    settle()
    w.open_path(demo)
    settle()
    if args.present:
        w.moderation.presentation.set_active(True)
    settle(300)
    geo = w.geometry()
    mode = "present" if args.present else "window"
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        settle()
        path = args.out / f"{args.lang}-{mode}-{geo.width()}x{geo.height()}-{name}.png"
        w.grab().save(str(path))
        print(path)

    view = w.view
    view.show_step(1)
    shot("1-board")
    view.show_step(2)
    page = view.pages[2]
    page.show_mode(checklist_page.MODE_CATALOG)
    shot("2a-catalog")
    if not page.round_is_open():
        page.start_round(anonymous=False)
    page.show_mode(checklist_page.MODE_ROUND)
    shot("2b-round")
    person = next(p for p in w.wf.meta.participants() if not p.is_observer)
    page.begin_answers(person.id, False)
    shot("2c-answers")
    page.answer_view.cancelled.emit()
    settle()
    rnd = w.wf.checklist.open_round()
    if rnd is not None:
        w.wf.checklist.discard_round(rnd.id)
    page.show_mode(checklist_page.MODE_REVEAL)
    shot("2d-result")
    page.show_mode(checklist_page.MODE_JOINT)
    shot("2e-joint")
    view.show_step(3)
    shot("3-actions")
    if args.present:
        w.moderation.presentation.set_active(False)
    w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
