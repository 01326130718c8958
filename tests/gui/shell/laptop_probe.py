"""Run by test_room_layout in a child process whose only screen is a 1280 × 800 laptop.

The moderator's normal window (no presentation mode) fills the screen; the probe walks
step 2 (catalogue, round, one person's answers, result) and step 3 by keys and reports,
as JSON, which controls are not wholly on screen and where the sidebar is.
Arguments: a path for the demo workshop, the language (de or en).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from fh_desktop.demo import write_demo
from fh_desktop.settings import Settings
from fh_desktop.ui.checklist import page as checklist_page
from fh_desktop.ui.common import translation
from fh_desktop.ui.shell.main_window import MainWindow


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def cut(widgets: list[QWidget]) -> list[str]:
    """The shown widgets that are not wholly visible, or narrower than their text needs."""
    bad = []
    for w in widgets:
        if not w.isVisible():
            continue
        seen = w.visibleRegion().boundingRect()
        too_narrow = isinstance(w, QAbstractButton | QLabel) and not getattr(w, "wordWrap", lambda: False)() and (
            w.width() < w.minimumSizeHint().width()
        )
        if seen.size() != w.size() or too_narrow:
            text = w.text() if isinstance(w, QAbstractButton | QLabel) else w.objectName()
            bad.append(f"{type(w).__name__} {text!r}: {seen.width()}x{seen.height()} of {w.width()}x{w.height()}")
    return bad


def scrolls_sideways(area: QAbstractScrollArea) -> bool:
    return area.horizontalScrollBar().isVisible() and area.horizontalScrollBar().maximum() > 0


def main() -> None:
    app = QApplication(sys.argv[:1])
    translation.apply(sys.argv[2])
    window = MainWindow(Settings())
    window.showMaximized()
    window.activateWindow()
    window.open_path(write_demo(Path(sys.argv[1])))
    settle(300)
    view = window.view
    result: dict[str, object] = {"screen": [app.primaryScreen().size().width(), app.primaryScreen().size().height()],
                                 "window": [window.width(), window.height()]}

    def sidebar() -> dict[str, bool]:
        return {"sidebar": view.sidebar_scroll.isVisible(), "clock": view.nav_clock.isVisible()}

    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle()
    page = view.pages[2]
    page.show_mode(checklist_page.MODE_CATALOG)
    settle(300)
    cv = page.catalog_view
    result["catalog"] = {**sidebar(), "cut": cut([*cv.tools.widgets, cv.start_button, *view.agenda.findChildren(QAbstractButton)]),
                         "agenda_sideways": scrolls_sideways(view.sidebar_scroll)}

    if not page.round_is_open():
        page.start_round(anonymous=False)
    page.show_mode(checklist_page.MODE_ROUND)
    settle(300)
    rv = page.round_view
    dp = page.devices_panel
    result["round"] = {**sidebar(), "tiles": len(rv.name_buttons),
                       "cut": cut([*rv.name_buttons.values(), rv.reveal_button, rv.discard_button, dp.title,
                                   dp.hint_button, dp.network, dp.port, dp.start_button])}

    person = next(p for p in window.wf.meta.participants() if not p.is_observer)
    QTest.mouseClick(rv.name_buttons[person.id], Qt.MouseButton.LeftButton)
    settle(300)
    av = page.answer_view
    first = list(av.rows[0].buttons.values())
    result["answers"] = {**sidebar(), "options": len(first), "cut": cut(first)}
    av.cancelled.emit()
    settle()
    rnd = window.wf.checklist.open_round()
    if rnd is not None:
        window.wf.checklist.discard_round(rnd.id)
    page.show_mode(checklist_page.MODE_REVEAL)
    settle(300)
    rev = page.reveal_view
    result["result"] = {**sidebar(), "cut": cut([rev.names_box, rev.round_box, rev.compact_button, rev.second_button]),
                        "side_sideways": rev.side_scroll.widget().width() > rev.side_scroll.viewport().width()}

    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle(300)
    actions = view.pages[3]
    form_area = actions.form._scroll
    result["actions"] = {**sidebar(), "table_sideways": scrolls_sideways(actions.table),
                         "form_sideways": form_area.widget().width() > form_area.viewport().width()}
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    result["actions_by_hand"] = sidebar()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    result["actions_off"] = {**sidebar(), "checked": window.moderation.sidebar_action.isChecked()}
    window.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
