"""Export and re-import from the window, as the moderator does it."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from fh_desktop.domain import enums
from fh_desktop.ui.shell.export_dialog import ExportDialog, default_base_name
from fh_desktop.ui.shell.import_dialog import ImportDialog, open_import
from fh_desktop.ui.shell.main_window import MainWindow
from tests.gui.keyboard import type_text
from tests.unit.export.conftest import rich_workshop


@pytest.fixture
def rich_wf(wf):
    wf.snapshots.load(rich_workshop())
    return wf


class UrlCatcher(QObject):
    """Receives what the dialog asks the desktop to open (instead of a file manager)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def url_catcher():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def run_export(qtbot, dialog):
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_export_both_then_open_file_and_folder(qtbot, rich_wf, tmp_path, url_catcher):
    dialog = ExportDialog(rich_wf)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.setText(str(tmp_path))
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "Übergabe: Jugendamt/Lindenau")
    assert "Übergabe Jugendamt Lindenau.xlsx" in dialog.targets_label.text()
    qtbot.mouseClick(dialog.anonymous_radio, Qt.MouseButton.LeftButton)
    assert run_export(qtbot, dialog)
    xlsx, pdf = tmp_path / "Übergabe Jugendamt Lindenau.xlsx", tmp_path / "Übergabe Jugendamt Lindenau.pdf"
    assert xlsx.exists() and pdf.exists()
    header = [c.value for c in load_workbook(xlsx)["Checkliste"][1]]
    assert "Person 1 (R1)" in header and not any("Yıldız" in str(h) for h in header)
    assert dialog.open_file_button.isVisible() and dialog.open_folder_button.isVisible()
    assert "Exportiert" in dialog.status_label.text()
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in url_catcher.urls] == [str(pdf), str(tmp_path)]
    assert "vorhandene Dateien werden ersetzt" in dialog.targets_label.text()


def test_export_only_excel_and_failure_is_shown(qtbot, rich_wf, tmp_path):
    dialog = ExportDialog(rich_wf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.pdf_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.xlsx_check, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.xlsx_check, Qt.MouseButton.LeftButton)
    dialog.folder_edit.setText(str(tmp_path / "gibt-es-nicht"))
    assert not run_export(qtbot, dialog)
    assert "existiert nicht" in dialog.status_label.text()
    assert not dialog.open_file_button.isVisible()
    out = tmp_path / "ausgabe"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    assert run_export(qtbot, dialog)
    assert [p.suffix for p in out.iterdir()] == [".xlsx"]


def test_default_file_name_is_safe():
    from fh_desktop.domain import model

    name = default_base_name(model.Workshop(title='Planung: "A/B" <neu>?', date=dt.date(2026, 11, 26)))
    assert name == "Planung A B neu 2026-11-26"
    assert default_base_name(model.Workshop()) == "Workshop"


def _edited(rich_wf, tmp_path, change):
    from fh_desktop.export.xlsx import write_xlsx

    path = tmp_path / "plan.xlsx"
    write_xlsx(rich_wf.snapshots.snapshot(), path)
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    change({r[0].value: r for r in ws.iter_rows(min_row=2) if r[0].value is not None}, ws)
    wb.save(path)
    return path


def test_import_preview_then_apply(qtbot, rich_wf, tmp_path):
    def change(rows, ws):
        rows[13][9].value = "erledigt"
        ws.cell(ws.max_row + 1, 2).value = "Elterncafé einrichten"

    path = _edited(rich_wf, tmp_path, change)
    dialog = open_import(rich_wf, path, None)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ImportDialog)
    assert "geändert, 1 neu angelegt." in dialog.summary_label.text()  # "1 Maßnahme wird" once German plurals are loaded
    heads = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert any("Nr. 13: Gemeinsamen Planungsbericht erstellen" in h for h in heads)
    assert any("neu: Elterncafé einrichten" in h for h in heads)
    status = dialog.tree.topLevelItem(0).child(0)
    assert (status.text(0), status.text(1), status.text(2)) == ("Status", "in Arbeit", "erledigt")
    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    stored = {a.id: a for a in rich_wf.actions.actions()}
    assert stored[13].status == enums.Status.DONE
    assert any(a.title == "Elterncafé einrichten" for a in stored.values())


def test_import_with_problems_cannot_be_applied(qtbot, rich_wf, tmp_path):
    def change(rows, ws):
        rows[1][9].value = "erledigt"
        rows[2][6].value = "irgendwann"

    path = _edited(rich_wf, tmp_path, change)
    before = rich_wf.actions.actions()
    dialog = open_import(rich_wf, path, None)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    assert dialog.problems.count() == 1
    assert "„Beginn“: „irgendwann“ ist kein gültiges Datum" in dialog.problems.item(0).text()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert rich_wf.actions.actions() == before


def test_unreadable_file_shows_an_error(qtbot, rich_wf, tmp_path):
    bad = tmp_path / "kaputt.xlsx"
    bad.write_text("kein Excel", encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    assert open_import(rich_wf, bad, window) is None
    box = window.findChild(QMessageBox, "errorDialog")
    assert box is not None and "keine Excel-Arbeitsmappe" in box.text()


def test_menu_entries_follow_the_open_file(qtbot, demo_file):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.export_action.isEnabled() and not window.import_actions_action.isEnabled()
    assert window.open_path(demo_file)
    assert window.export_action.isEnabled() and window.import_actions_action.isEnabled()
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.export_action.trigger()
    assert window.export_dialog.isVisible()
    assert window.export_dialog.folder_edit.text() == str(demo_file.parent)
    window.export_dialog.close()
    window.close()
