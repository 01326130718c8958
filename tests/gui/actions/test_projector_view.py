"""Step 3 on the projector: the moderator's list, read-only, with the current action highlighted."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QApplication

from fh_desktop.ui.actions import action_table_model as atm
from fh_desktop.ui.actions.projector_view import PROJECTOR_COLUMNS, ActionsProjectorView
from fh_desktop.ui.shell.main_window import MainWindow


def open_step3(qtbot, demo_file):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_file)
    window.view.show_step(3)
    return window, window.view.pages[3]


def test_projector_mirrors_filter_and_selection_without_editing(qtbot, demo_file):
    window, page = open_step3(qtbot, demo_file)
    window.moderation.projector.open_on(QApplication.primaryScreen())
    qtbot.waitUntil(lambda: window.moderation.projector.active)
    view = window.moderation.projector.window.content
    assert isinstance(view, ActionsProjectorView)
    table = view.table
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    assert shown == sorted(PROJECTOR_COLUMNS)
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers

    first = page.proxy.index(2, atm.COL_TITLE)
    page.table.selectionModel().setCurrentIndex(
        first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assert table.selectionModel().isRowSelected(2)

    before = table.model().rowCount()
    page.filter_bar.search.setText("Datenkonzept")
    assert 0 < table.model().rowCount() < before
    title = table.model().index(0, atm.COL_TITLE).data()
    assert "Datenkonzept" in title


def test_presentation_mode_gives_the_plan_the_whole_width(qtbot, demo_file):
    window, page = open_step3(qtbot, demo_file)
    due_width = page.table.columnWidth(atm.COL_DUE)
    window.moderation.presentation.set_active(True)
    assert not page.form_panel.isVisible()
    # Dates stay readable in the larger type: the column grows with the font.
    qtbot.waitUntil(lambda: page.table.columnWidth(atm.COL_DUE) > due_width * 1.3)
    window.moderation.presentation.set_active(False)
    assert page.form_panel.isVisible()
    qtbot.waitUntil(lambda: page.table.columnWidth(atm.COL_DUE) == due_width)
    window.close()
