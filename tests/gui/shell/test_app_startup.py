"""Start-up: the window paints first, the workshop opens right after, exactly once."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

from fh_desktop.app import _AfterFirstPaint


class PaintCounter(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.paints += 1
        super().paintEvent(event)


def test_callback_runs_once_after_the_first_paint(qtbot):
    widget = PaintCounter()
    qtbot.addWidget(widget)
    paints_seen = []
    opener = _AfterFirstPaint(widget, lambda: paints_seen.append(widget.paints))
    widget.show()
    qtbot.waitUntil(lambda: bool(paints_seen))
    assert paints_seen[0] >= 1
    widget.update()
    qtbot.waitUntil(lambda: widget.paints >= 2)
    opener._run()  # what the fallback timer does later: nothing, the file is open
    assert len(paints_seen) == 1


def test_a_window_that_is_never_painted_still_opens_the_file(qtbot):
    widget = PaintCounter()
    qtbot.addWidget(widget)
    calls = []
    _AfterFirstPaint(widget, lambda: calls.append(True))
    qtbot.waitUntil(lambda: bool(calls), timeout=_AfterFirstPaint.FALLBACK_MS * 3)
    assert widget.paints == 0 and calls == [True]


def test_main_window_module_defers_the_store():
    """The window can paint before SQLAlchemy is imported (see bench/startup.py)."""
    import subprocess

    code = (
        "import sys; import fh_desktop.cli, fh_desktop.app, fh_desktop.ui.shell.main_window\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

