"""Exporting the workshop for the administration: Excel, PDF and/or a short report, written in a worker thread."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop import paths
from fh_desktop.domain import enums, model
from fh_desktop.export.options import ExportOptions
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.errors import error_text

BUSY_DELAY_MS = 400  # a quick export finishes before any progress indication flickers up
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_base_name(workshop: model.Workshop) -> str:
    """A file name from the title and date, safe on Windows, macOS and Linux."""
    title = " ".join(_UNSAFE.sub(" ", workshop.title).split())[:80].strip(" .") or "Workshop"
    return f"{title} {workshop.date.isoformat()}" if workshop.date else title


class ExportWorker(QObject):
    progress = Signal(str)
    succeeded = Signal(list)
    failed = Signal(object)

    def __init__(self, data: model.WorkshopData, jobs: list[tuple[str, Path]], individual: bool, anonymous: bool,
                 paper: str = "a4") -> None:  # fmt: skip
        super().__init__()
        self._data = data
        self._jobs = jobs
        self._options = ExportOptions(individual=individual, anonymous=anonymous, paper=paper, progress=self.progress.emit)

    @Slot()
    def run(self) -> None:
        from fh_desktop.export.bundle import export_files

        try:
            done = export_files(self._data, self._jobs, self._options)
        except Exception as exc:  # shown in the dialog; FhErrors carry a readable message
            self.failed.emit(exc)
            return
        self.succeeded.emit(done)


class ExportDialog(QDialog):
    export_finished = Signal(bool)  # True: files written

    def __init__(self, wf: WorkshopFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Exportieren"))
        self.wf = wf
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self.written: list[Path] = []

        # The parts are the three steps, named as everywhere else.
        steps = [QCoreApplication.translate("enums", enums.STEP_TITLES[s]) for s in sorted(enums.STEP_TITLES)]
        self.xlsx_check = QCheckBox(
            self.tr("Excel-Arbeitsmappe (.xlsx): {parts}").format(parts=", ".join(reversed(steps))), self
        )
        self.pdf_check = QCheckBox(
            self.tr("PDF-Dokumentation (.pdf): Deckblatt, {parts}").format(parts=", ".join(steps)), self
        )
        self.report_check = QCheckBox(
            self.tr("Kurzbericht für Ausschuss oder Kreistag (.docx): 2–4 Seiten, ohne personenbezogene Daten"), self
        )
        self.xlsx_check.setChecked(True)
        self.pdf_check.setChecked(True)
        self.paper_combo = QComboBox(self)
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("A3"), "a3")
        self.paper_combo.setAccessibleName(self.tr("Papierformat der Pinnwand"))
        paper_row = QHBoxLayout()
        paper_row.addSpacing(24)
        paper_row.addWidget(QLabel(self.tr("Pinnwand-Seiten im PDF auf:"), self))
        paper_row.addWidget(self.paper_combo)
        paper_row.addStretch(1)
        formats = QGroupBox(self.tr("Dateien"), self)
        fl = QVBoxLayout(formats)
        fl.addWidget(self.xlsx_check)
        fl.addWidget(self.pdf_check)
        fl.addLayout(paper_row)
        fl.addWidget(self.report_check)

        answers = QGroupBox(self.tr("Einzelantworten der Checkliste"), self)
        self.no_answers_radio = QRadioButton(self.tr("nicht aufnehmen (nur Verteilung und gemeinsame Einschätzung)"), self)
        self.anonymous_radio = QRadioButton(self.tr("anonymisiert aufnehmen (Person 1, 2 … in zufälliger Reihenfolge)"), self)
        self.named_radio = QRadioButton(self.tr("mit Namen aufnehmen"), self)
        self.no_answers_radio.setChecked(True)
        self._answers_group = QButtonGroup(self)
        al = QVBoxLayout(answers)
        for radio in (self.no_answers_radio, self.anonymous_radio, self.named_radio):
            self._answers_group.addButton(radio)
            al.addWidget(radio)

        # A workshop opened from a CD or a mail folder: the files go where they can be written.
        folder = wf.path.parent if os.access(wf.path.parent, os.W_OK) else paths.documents_dir()
        self.folder_edit = QLineEdit(str(folder), self)
        self.folder_edit.setAccessibleName(self.tr("Zielordner"))
        self.folder_button = QPushButton(self.tr("Ordner wählen …"), self)
        self.name_edit = QLineEdit(default_base_name(wf.meta.workshop()), self)
        self.name_edit.setAccessibleName(self.tr("Dateiname ohne Endung"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(self.tr("Zielordner:"), folder_row)
        form.addRow(self.tr("Dateiname:"), self.name_edit)

        self.targets_label = QLabel(self)
        self.targets_label.setObjectName("exportTargets")
        self.targets_label.setWordWrap(True)
        self.targets_label.setTextFormat(self.targets_label.textFormat().PlainText)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(self.status_label.textFormat().PlainText)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the exporters cannot say how far they are
        self.progress.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.progress.show)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Exportieren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_file_button = self.buttons.addButton(self.tr("Datei öffnen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button = self.buttons.addButton(self.tr("Ordner öffnen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.open_file_button.hide()
        self.open_folder_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addWidget(answers)
        layout.addLayout(form)
        layout.addWidget(self.targets_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.folder_button.clicked.connect(self._choose_folder)
        for signal in (self.xlsx_check.toggled, self.pdf_check.toggled, self.report_check.toggled,
                       self.folder_edit.textChanged, self.name_edit.textChanged):  # fmt: skip
            signal.connect(self._update_targets)
        self.pdf_check.toggled.connect(self.paper_combo.setEnabled)
        self._update_targets()
        self.resize(640, self.sizeHint().height())

    # --- choices ------------------------------------------------------------

    def jobs(self) -> list[tuple[str, Path]]:
        folder = Path(self.folder_edit.text().strip() or ".")
        base = " ".join(_UNSAFE.sub(" ", self.name_edit.text()).split()).strip(" .") or "Workshop"
        kinds = [k for k, box in (("xlsx", self.xlsx_check), ("pdf", self.pdf_check), ("docx", self.report_check))
                 if box.isChecked()]  # fmt: skip
        names = {"docx": f"{base} Kurzbericht.docx"}
        return [(kind, folder / names.get(kind, f"{base}.{kind}")) for kind in kinds]

    def _update_targets(self) -> None:
        jobs = self.jobs()
        self.export_button.setEnabled(bool(jobs) and self._thread is None)
        if not jobs:
            self.targets_label.setText(self.tr("Bitte mindestens eine Datei wählen."))
            return
        names = ", ".join(path.name for _kind, path in jobs)
        text = self.tr("Es entsteht: {names}").format(names=names)
        if any(path.exists() for _kind, path in jobs):
            text += " " + self.tr("(vorhandene Dateien werden ersetzt)")
        self.targets_label.setText(text)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Zielordner wählen"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    # --- running ------------------------------------------------------------

    def start_export(self) -> None:
        jobs = self.jobs()
        if not jobs or self._thread is not None:
            return
        self.written = []
        self.open_file_button.hide()
        self.open_folder_button.hide()
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Export läuft …"))
        # The snapshot is read here, in the thread that owns the database connection.
        data = self.wf.snapshots.snapshot()
        thread = QThread(self)
        worker = ExportWorker(data, jobs, not self.no_answers_radio.isChecked(), self.anonymous_radio.isChecked(),
                              self.paper_combo.currentData())  # fmt: skip
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.succeeded.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        self._set_running(True)
        thread.start()

    def is_running(self) -> bool:
        return self._thread is not None

    def _set_running(self, running: bool) -> None:
        for w in (self.xlsx_check, self.pdf_check, self.report_check, self.folder_edit, self.folder_button,
                  self.name_edit, self.close_button):  # fmt: skip
            w.setEnabled(not running)
        self.paper_combo.setEnabled(not running and self.pdf_check.isChecked())
        for radio in self._answers_group.buttons():
            radio.setEnabled(not running)
        self.export_button.setEnabled(not running and bool(self.jobs()))
        if running:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.progress.hide()

    @Slot(str)
    def _progress(self, text: str) -> None:
        self.status_label.setText(QCoreApplication.translate("ExportProgress", text))

    def _succeeded(self, paths: list) -> None:
        self.written = [Path(p) for p in paths]
        self.status_label.setText(self.tr("Exportiert: {names}").format(names=", ".join(p.name for p in self.written)))
        self.open_file_button.show()
        self.open_folder_button.show()

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setStyleSheet(f"color: {theme.css(theme.ERROR)};")
        self.status_label.setText(error_text(exc))

    def _thread_done(self) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self._set_running(False)
        self._update_targets()
        self.export_finished.emit(bool(self.written))

    # --- after success ------------------------------------------------------

    def open_file(self) -> None:
        if self.written:
            pdf = [p for p in self.written if p.suffix == ".pdf"]
            QDesktopServices.openUrl(QUrl.fromLocalFile(str((pdf or self.written)[0])))

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))

    def reject(self) -> None:
        if self._thread is None:  # a running export finishes first (it takes a second or two)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._thread is not None:
            event.ignore()
            return
        super().closeEvent(event)

