"""Rebuilding the name buttons must not flash them up as windows of their own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from fh_desktop.domain import enums
from tests.gui.checklist.helpers import answer_as, make_workshop, open_page, start_round


class WindowShows(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow():
            self.shown.append(f"{type(obj).__name__} {obj.objectName()}")
        return False


def test_a_round_shows_no_window_but_the_main_window(qtbot, tmp_path):
    window, page = open_page(qtbot, make_workshop(tmp_path / "w.fhw", names=["Anna", "Ben"], items=2))
    spy = WindowShows()
    QApplication.instance().installEventFilter(spy)
    try:
        start_round(qtbot, page)
        first = next(p for p in window.wf.meta.participants() if not p.is_observer)
        answer_as(qtbot, page, first.id, [enums.Answer.YES, enums.Answer.NO])
        qtbot.wait(50)  # let queued shows and deletions run, as the event loop would
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.shown == []
