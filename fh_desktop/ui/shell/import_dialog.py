"""Taking over an action plan edited in Excel: preview every change, then apply all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import action_import as ai
from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.commands import WorkshopCommands
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.errors import error_text, message_text, problem_text, show_error

CONFLICT_COLOR = QColor("#8a5a00")




def value_text(fieldname: str, value: object) -> str:
    text = ai.display_value(fieldname, value)
    # Priority, status, Ebene and ja/nein come as German labels; show them translated.
    return QCoreApplication.translate("enums", text) if fieldname in ai.CHOICES or isinstance(value, bool) else text


def start_import(wf: WorkshopFile, parent: QWidget) -> ImportDialog | None:
    """Ask for the Excel file, read it and show the preview (or why it cannot be read)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Maßnahmen aus Excel übernehmen"),
        str(wf.path.parent),
        QCoreApplication.translate("ImportDialog", "Excel-Arbeitsmappen (*.xlsx)"),
    )
    return open_import(wf, Path(name), parent) if name else None


def open_import(wf: WorkshopFile, path: Path, parent: QWidget) -> ImportDialog | None:
    from fh_desktop.export.xlsx_import import read_action_sheet

    try:
        sheet = read_action_sheet(path)
    except FhError as exc:
        show_error(parent, exc, QCoreApplication.translate("ImportDialog", "Excel-Datei kann nicht übernommen werden"))
        return None
    dialog = ImportDialog(wf, sheet, path, parent)
    dialog.open()
    return dialog


class ImportDialog(QDialog):
    applied = Signal(object)  # the ImportPlan that was written

    def __init__(self, wf: WorkshopFile, sheet: ai.ActionSheet, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Maßnahmen aus Excel übernehmen"))
        self.resize(860, 560)
        self.wf = wf
        self.sheet = sheet
        self.plan = wf.action_import.preview(sheet)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importChanges")
        self.tree.setHeaderLabels([self.tr("Maßnahme / Feld"), self.tr("bisher"), self.tr("neu")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 250)
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("importWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_check = QCheckBox(self.tr("Ja, diese Datei gehört zu diesem Workshop: trotzdem übernehmen"), self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("importMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setStyleSheet(f"color: {theme.css(theme.ERROR)};")
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.confirm_check.toggled.connect(self._update_buttons)

        source = QLabel(self.tr("Datei: {name}").format(name=path.name), self)
        source.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        plan = self.plan
        if not plan.ok:
            rows = len({p.row for p in plan.problems})
            summary = self.tr(
                "%n Zeile(n) der Tabelle können nicht übernommen werden. Bitte in Excel korrigieren und "
                "erneut versuchen; es wird nichts übernommen.",
                "",
                rows,
            )
        elif not plan.changes:
            summary = self.tr("Die Tabelle enthält keine Änderungen gegenüber dem Workshop.")
        else:
            summary = self.tr("%n Maßnahme(n) werden geändert", "", len(plan.updated)) + ", " + self.tr(
                "%n neu angelegt.", "", len(plan.added)
            )
        self.summary_label.setText(summary)
        self.warnings_label.setText("\n".join(message_text(w) for w in plan.warnings))
        self.warnings_label.setVisible(bool(plan.warnings))
        self.confirm_check.setVisible(plan.foreign)
        for problem in plan.problems:
            self.problems.addItem(problem_text(problem))
        self.problems.setVisible(bool(plan.problems))
        for change in plan.changes:
            item = self._change_item(change)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # the action's title is read across the whole width
        self.tree.expandAll()
        self.tree.setVisible(bool(plan.changes))
        self._update_buttons()

    def _change_item(self, change: ai.ActionChange) -> QTreeWidgetItem:
        title = " ".join((change.title or "").split()) or self.tr("(ohne Titel)")
        if change.is_new:
            head = self.tr("Zeile {row} · neu: {title}").format(row=change.row, title=title)
        else:
            head = self.tr("Zeile {row} · Nr. {ident}: {title}").format(row=change.row, ident=change.action_id, title=title)
        item = QTreeWidgetItem([head])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for c in change.changes:
            header = QCoreApplication.translate(ai.CTX, ai.COLUMNS_BY_FIELD[c.field].header)
            child = QTreeWidgetItem([header, "" if change.is_new else value_text(c.field, c.old), value_text(c.field, c.new)])
            if c.conflict:
                child.setText(0, header + " " + self.tr("(auch im Workshop geändert)"))
                child.setForeground(0, QBrush(CONFLICT_COLOR))
                child.setToolTip(0, self.tr("Der Wert wurde nach dem Export auch im Workshop geändert; der Wert aus Excel gilt."))
            item.addChild(child)
        return item

    def _update_buttons(self) -> None:
        plan = self.plan
        self.apply_button.setEnabled(plan.ok and bool(plan.changes) and (not plan.foreign or self.confirm_check.isChecked()))

    def apply(self) -> None:
        if not self.apply_button.isEnabled():
            return
        try:
            # Older undo steps hold values from before the import: they are cleared, and the
            # window says so, so that Ctrl+Z never silently brings back a pre-import value.
            plan = WorkshopCommands.of(self.wf).irreversible(
                self.tr("Excel-Import"), lambda: self.wf.action_import.apply(self.sheet, expected=self.plan)
            )
        except FhError as exc:
            self.message_label.setText(error_text(exc))
            return
        self.applied.emit(plan)
        self.accept()
