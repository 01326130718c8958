"""Header editing, participant management, error dialogs, window state: as a moderator does it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fh_desktop.settings import Settings
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.shell.main_window import MainWindow
from tests.gui.keyboard import type_text


def open_window(qtbot, path=None) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    if path is not None:
        assert window.open_path(path)
    return window


def test_new_workshop_typed_header_is_stored_at_once(qtbot, tmp_path):
    window = open_window(qtbot)
    path = tmp_path / "Kreis.fhw"
    assert window.new_workshop(path)
    header = window.view.header
    type_text(qtbot, header.title_edit, "Planungswerkstatt <Frühe Hilfen>")
    type_text(qtbot, header.kommune_edit, "Stadt Überall")
    type_text(qtbot, header.date_edit.line, "3.12.2026")
    qtbot.keyClick(header.date_edit.line, Qt.Key.Key_Return)
    # Read through a second, independent look at the data: the service of the open file.
    w = window.wf.meta.workshop()
    assert w.title == "Planungswerkstatt <Frühe Hilfen>"
    assert w.kommune == "Stadt Überall"
    assert w.date == dt.date(2026, 12, 3)
    window.close()
    with WorkshopFile.open(path) as wf:
        assert wf.meta.workshop().title == "Planungswerkstatt <Frühe Hilfen>"


def test_participants_dialog_add_rename_observer_remove(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot)
    window.new_workshop(tmp_path / "p.fhw")
    qtbot.mouseClick(window.view.header.participants_button, Qt.MouseButton.LeftButton)
    dialog = window.participants_dialog
    qtbot.waitUntil(dialog.isVisible)
    for name, role in (("Anna", "Jugendhilfeplanung"), ("Bülent", "Gesundheitsamt")):
        type_text(qtbot, dialog.name_edit, name)
        type_text(qtbot, dialog.role_edit, role)
        qtbot.keyClick(dialog.role_edit, Qt.Key.Key_Return)
    assert [p.name for p in window.wf.meta.participants()] == ["Anna", "Bülent"]
    assert "2" in window.view.header.participants_button.text()

    # A duplicate name is refused inline, nothing stored.
    qtbot.keyClicks(dialog.name_edit, "anna")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "schon" in dialog.message.text()
    assert len(window.wf.meta.participants()) == 2

    model = dialog.model
    assert model.setData(model.index(0, 1), "Jugendamt, Planung")
    assert model.setData(model.index(1, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    stored = window.wf.meta.participants()
    assert stored[0].role == "Jugendamt, Planung" and stored[1].is_observer

    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in window.wf.meta.participants()] == ["Bülent"]


def test_participant_model_is_a_correct_qt_model(qtmodeltester, wf):
    from fh_desktop.ui.shell.participant_table_model import ParticipantTableModel

    wf.meta.add_participant("A", "x")
    wf.meta.add_participant("B", "y", is_observer=True)
    qtmodeltester.check(ParticipantTableModel(wf))


def test_bad_file_shows_readable_dialog_and_stays_on_start_page(qtbot, tmp_path):
    bad = tmp_path / "kaputt.fhw"
    bad.write_bytes(b"nicht einmal SQLite")
    window = open_window(qtbot)
    assert not window.open_path(bad)
    box = window.findChild(QMessageBox, "errorDialog")
    qtbot.waitUntil(box.isVisible)
    assert "keine Workshop-Datei" in box.text()
    assert "Traceback" not in box.text()
    assert window.stack.currentWidget() is window.start_page
    assert bad.read_bytes() == b"nicht einmal SQLite"


def test_second_window_on_same_file_is_refused(qtbot, demo_file):
    first = open_window(qtbot, demo_file)
    second = open_window(qtbot)
    assert not second.open_path(demo_file)
    box = second.findChild(QMessageBox, "errorDialog")
    assert "bereits" in box.text()
    assert first.wf is not None


def test_recent_files_and_geometry_are_remembered(qtbot, demo_file):
    window = open_window(qtbot, demo_file)
    window.resize(701, 503)  # the offscreen screen is 800x600
    window.close()
    again = open_window(qtbot)
    assert again.size().width() == 701
    assert again.start_page.recent_list.item(0).toolTip() == str(demo_file.resolve())
    assert Settings().recent_files()[0] == demo_file.resolve()


def test_about_dialog_shows_version_and_licenses(qtbot):
    from fh_desktop import __version__

    window = open_window(qtbot)
    window.show_about()
    from PySide6.QtWidgets import QTextBrowser

    browser = window.about_dialog.findChild(QTextBrowser, "aboutText")
    assert __version__ in browser.toPlainText()
    assert "LGPL" in browser.toPlainText()
