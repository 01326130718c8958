"""The export dialog's short report for the committee and its paper choice for the board."""

from __future__ import annotations

from docx import Document
from PySide6.QtCore import Qt
from pypdf import PdfReader

from tests.gui.shell.test_export_dialog import rich_wf, run_export  # noqa: F401 - fixture
from fh_desktop.ui.shell.export_dialog import ExportDialog


def test_report_and_a3_board_pages_from_the_dialog(qtbot, rich_wf, tmp_path):  # noqa: F811 - fixture
    dialog = ExportDialog(rich_wf)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "ausgabe"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    qtbot.mouseClick(dialog.xlsx_check, Qt.MouseButton.LeftButton)  # no workbook this time
    qtbot.mouseClick(dialog.report_check, Qt.MouseButton.LeftButton)
    dialog.paper_combo.setFocus()
    qtbot.keyClick(dialog.paper_combo, Qt.Key.Key_Down)  # A4 -> A3
    assert dialog.paper_combo.currentData() == "a3"
    assert "Kurzbericht.docx" in dialog.targets_label.text()
    assert run_export(qtbot, dialog)
    names = sorted((p.name for p in out.iterdir()), key=lambda n: n.endswith(".docx"))
    assert len(names) == 2 and names[0].endswith("26.pdf") and names[1].endswith("26 Kurzbericht.docx")
    text = "\n".join(p.text for p in Document(str(out / names[1])).paragraphs)
    assert "Beschlussvorschlag" in text and "Selin" not in text
    sizes = {round(max(float(p.mediabox.width), float(p.mediabox.height))) for p in PdfReader(str(out / names[0])).pages}
    assert 1191 in sizes and 842 in sizes  # board pages on A3, the rest of the record on A4
    qtbot.mouseClick(dialog.pdf_check, Qt.MouseButton.LeftButton)
    assert not dialog.paper_combo.isEnabled()
