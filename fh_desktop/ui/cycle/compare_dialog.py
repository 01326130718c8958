"""Workshops vergleichen …: several workshops of one catalog side by side, as Excel (and PDF).

The same as ``fh-desktop compare``: items × workshops of joint assessments, distributions,
the share of "kann ich nicht beurteilen" and action-plan progress; a workshop with another
catalog or a changed item is named in the result, never mixed in. No personal data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain.errors import FhError
from fh_desktop.store.fileformat import SUFFIX
from fh_desktop.ui.common.errors import message_text, show_error

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile


class CompareDialog(QDialog):
    def __init__(self, wf: WorkshopFile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Workshops vergleichen"))
        self.wf = wf
        intro = QLabel(self.tr("Workshops derselben Checkliste, z. B. mehrere Jahre einer Kommune oder mehrere Kommunen. "
                               "Verglichen werden gemeinsame Einschätzungen und Verteilungen, keine Einzelantworten."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.setObjectName("compareFiles")
        if wf is not None:
            self.files.addItem(str(wf.path))
        add = QPushButton(self.tr("Workshop &hinzufügen …"), self)
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("&Entfernen"), self)
        remove.clicked.connect(lambda: self.files.takeItem(self.files.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.xlsx_edit = QLineEdit(self)
        self.xlsx_edit.setObjectName("compareXlsx")
        start = (wf.path.parent if wf else Path.home()) / "Vergleich.xlsx"
        self.xlsx_edit.setText(str(start))
        self.pdf_box = QCheckBox(self.tr("zusätzlich als &PDF"), self)
        self.pdf_box.setObjectName("comparePdf")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("compareResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.run_button = buttons.addButton(self.tr("&Vergleichen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.setObjectName("compareRun")
        self.run_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.files, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Excel-Datei:"), self))
        layout.addWidget(self.xlsx_edit)
        layout.addWidget(self.pdf_box)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _add(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Workshops wählen"), "", f"*{SUFFIX}")
        for name in names:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        self.files.addItem(str(path))

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def run(self) -> bool:
        from fh_desktop.domain import compare
        from fh_desktop.export.pdf_compare import write_compare_pdf
        from fh_desktop.export.xlsx_compare import write_compare_xlsx
        from fh_desktop.store.workshop_file import WorkshopFile

        try:
            sources = []
            for path in self.paths():
                if self.wf is not None and path.resolve() == Path(self.wf.path).resolve():
                    sources.append(compare.source_of(self.wf.snapshots.snapshot()))  # already open here
                    continue
                with WorkshopFile.open(path) as other:
                    sources.append(compare.source_of(other.snapshots.snapshot()))
            matrix = compare.build_matrix(sources)
            xlsx = Path(self.xlsx_edit.text().strip())
            write_compare_xlsx(matrix, xlsx)
            written = [str(xlsx)]
            if self.pdf_box.isChecked():
                pdf = xlsx.with_suffix(".pdf")
                write_compare_pdf(matrix, pdf)
                written.append(str(pdf))
        except FhError as exc:
            show_error(self, exc, self.tr("Vergleich nicht möglich"))
            return False
        lines = [self.tr("{n} Workshops verglichen, geschrieben: {files}").format(n=len(matrix.columns), files=", ".join(written))]
        lines += [message_text(m) for m in matrix.excluded + matrix.notes]
        self.result_label.setText("\n".join(lines))
        self.matrix = matrix
        return True
