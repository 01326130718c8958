"""What the first paint leaves out is there, and works, right after it (docs/performance.md, Start-up).

Before the window's first paint: no presentation mode, blank cover, shortcut overlay or
projector (made on first use), no log file (opened right after the paint), no Qt
namespace enums (≈ 40 ms). The actions and their shortcuts exist from the start.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton

from fh_desktop.ui.common import lifecycle
from fh_desktop.ui.shell.main_window import MainWindow

# Runs the real start path (`fh-desktop FILE.fhw`) in a fresh process; looks once the
# window has painted, and again once the workshop has, typing the keys a moderator would.
CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
import PySide6.QtCore

LAZY = ["fh_desktop.ui.shell.presentation", "fh_desktop.ui.shell.projector_window",
        "fh_desktop.ui.shell.shortcuts_overlay", "logging.handlers", "sqlalchemy"]
report = {}


def window():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")


def at_first_paint():
    report["loaded_at_first_paint"] = [m for m in LAZY if m in sys.modules]
    report["qt_namespace_at_first_paint"] = "Qt" in vars(PySide6.QtCore)
    w = window()
    report["menus"] = [a.text() for a in w.menuBar().actions()]
    report["file_menu"] = [a.text() for a in w.file_menu.actions() if not a.isSeparator()]
    report["toolbar"] = [a.text() for a in w.toolbar.actions()]


def after_workshop():
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog
    from fh_desktop import diagnostics

    w = window()
    w.activateWindow()
    QApplication.processEvents()
    report["log_file_open"] = diagnostics._handler is not None
    report["workshop"] = w.wf.path.name if w.wf else None
    QTest.keyClick(w, Qt.Key.Key_F5)
    report["f5_timer_running"] = bool(w.timer and w.timer.running)
    QTest.keyClick(w, Qt.Key.Key_F11)
    report["f11_presenting"] = w.moderation.presentation.active
    QTest.keyClick(w, Qt.Key.Key_F11)
    QTest.keyClick(w, Qt.Key.Key_Question)
    report["help_overlay_shown"] = w.moderation.shortcuts_overlay.isVisible()
    QTest.keyClick(w.moderation.shortcuts_overlay, Qt.Key.Key_Escape)
    seen = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__ if dialog is not None else None)
        if isinstance(dialog, QFileDialog):
            dialog.reject()
    QTimer.singleShot(300, close_dialog)
    QTest.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # returns when the dialog is closed
    report["ctrl_o_dialog"] = seen
    print("REPORT " + json.dumps(report), flush=True)
    os._exit(0)


class Watch(QObject):
    def __init__(self):
        super().__init__()
        self.pending = ["mainWindow", "workshopView"]

    def eventFilter(self, obj, event):
        if self.pending and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            widget = obj
            while widget is not None and widget.objectName() != self.pending[0]:
                widget = widget.parentWidget()
            if widget is not None:
                name = self.pending.pop(0)
                QTimer.singleShot(0, at_first_paint if name == "mainWindow" else after_workshop)
        return False


app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(60000, lambda: os._exit(3))
from fh_desktop.cli import main
main([sys.argv[1]])
"""


def test_the_real_start_path_paints_without_the_deferred_parts_and_has_them_right_after(demo_file, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FH_DESKTOP_HOME=str(tmp_path / "home"))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_file)], env=env, capture_output=True, text=True, timeout=120
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, out.stdout + out.stderr
    report = json.loads(lines[0].removeprefix("REPORT "))
    assert report["loaded_at_first_paint"] == []
    assert report["qt_namespace_at_first_paint"] is False
    # The whole window is there at the first paint: every menu, the full Datei menu, the toolbar.
    assert report["menus"] == ["&Datei", "&Bearbeiten", "&Schritte", "&Ansicht", "E&xtras", "&Hilfe"]
    assert report["file_menu"][:2] == ["&Neuer Workshop …", "Ö&ffnen …"] and report["file_menu"][-1] == "&Beenden"
    assert len(report["toolbar"]) == 5
    # Right after: the log file, the workshop, and the shortcuts, including those of the deferred helpers.
    assert report["log_file_open"] is True
    assert report["workshop"] == Path(demo_file).name
    assert report["f5_timer_running"] is True
    assert report["f11_presenting"] is True
    assert report["help_overlay_shown"] is True
    assert report["ctrl_o_dialog"] == ["QFileDialog"]


def test_a_new_window_makes_its_helpers_on_first_use(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    m = w.moderation
    assert (m._presentation, m._cover, m._shortcuts_overlay, m._projector) == (None, None, None, None)
    assert not m.presenting and not m.projector_action.isChecked()
    w.show()
    qtbot.waitExposed(w)
    w.close()  # shutting down does not make them either
    assert (m._presentation, m._projector) == (None, None)


def test_the_toolbar_is_complete_text_only_and_at_the_top(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    bar = w.findChild(QToolBar, "moderationToolbar")
    assert bar is w.toolbar and w.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    m = w.moderation
    assert bar.actions() == [m.timer_action, m.presentation_action, m.blank_action, m.projector_action, m.shortcuts_action]
    buttons = [bar.widgetForAction(a) for a in bar.actions()]
    assert all(isinstance(b, QToolButton) and b.minimumHeight() == 36 for b in buttons)


def test_a_projector_made_late_shows_the_current_step_with_the_running_clock(demo_window, qtbot):
    w = demo_window
    w.view.show_step(2)
    w.timer.toggle()
    assert w.moderation._projector is None
    projector = w.moderation.projector  # e.g. F8, the screens menu, the review
    assert projector._timer is w.timer
    assert projector._title.startswith("Schritt 2:")
    w.close_workshop()
    assert projector._timer is None and projector._title == "Frühe-Hilfen-Werkstatt"


def test_start_page_recent_files_open_by_row_and_an_empty_list_is_disabled(qtbot, tmp_path):
    w = MainWindow()
    qtbot.addWidget(w)
    page = w.start_page
    assert not page.recent_list.isEnabled() and page.recent_list.item(0).text() == "(noch keine)"
    files = [tmp_path / "Frühjahr.fhw", tmp_path / "Herbst.fhw"]
    page.set_recent_files(files)
    assert page.recent_list.isEnabled() and page.recent_list.count() == 2
    with qtbot.waitSignal(page.recent_requested) as blocker:
        page.recent_list.itemActivated.emit(page.recent_list.item(1))
    assert blocker.args == [files[1]]


def test_an_error_before_the_log_file_is_open_opens_it_first(qtbot, monkeypatch, caplog):
    from fh_desktop.ui.common.errors import REPORTER

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    logged_when_opened: list[int] = []
    lifecycle.install_excepthook(ensure_log=lambda: logged_when_opened.append(len(caplog.records)))
    try:
        raise RuntimeError("vor dem ersten Bild")
    except RuntimeError:
        with caplog.at_level(logging.CRITICAL):
            sys.excepthook(*sys.exc_info())
    assert logged_when_opened == [0]  # asked for the log file before writing the error
    assert "vor dem ersten Bild" in caplog.text
    REPORTER.close()
