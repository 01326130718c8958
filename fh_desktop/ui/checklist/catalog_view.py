"""Preparing the checklist: the workshop's catalog copy, edited by the moderator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import model
from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.checklist.commands import AddCatalogItemCommand
from fh_desktop.ui.common.commands import WorkshopCommands
from fh_desktop.ui.common import theme
from fh_desktop.ui.checklist import style
from fh_desktop.ui.common.flow_row import FlowRow
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY
from fh_desktop.ui.checklist.catalog_choice_dialog import CatalogChoiceDialog
from fh_desktop.ui.checklist.catalog_item_dialog import CatalogItemDialog
from fh_desktop.ui.checklist.catalog_item_table_model import COL_CODE, COL_STATEMENT, COL_TOPIC, CatalogItemTableModel
from fh_desktop.ui.common.errors import show_error


class CatalogView(QWidget):
    start_requested = Signal()

    def __init__(self, wf: WorkshopFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogView")
        self.wf = wf
        self.title = style.plain_label("", self, style.TITLE_PT, bold=True)
        self.source = style.plain_label("", self, style.BODY_PT - 2)
        self.source.setStyleSheet(f"color: {theme.css(theme.MUTED)};")
        self.model = CatalogItemTableModel(wf, self)
        self.table = QTableView(self)
        self.table.setObjectName("catalogTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setAccessibleName(self.tr("Aussagen des Katalogs"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setFont(style.font(self.table, style.BODY_PT))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TOPIC, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_TOPIC, 280)
        self.table.doubleClicked.connect(lambda *_: self.edit_item())
        style.touch_scroll(self.table)

        self.switch_button = self._button(self.tr("Katalog wechseln …"), self.choose_catalog)
        self.add_button = self._button(self.tr("Neue Aussage …"), self.add_item)
        self.edit_button = self._button(self.tr("Bearbeiten …"), self.edit_item)
        self.up_button = self._button(self.tr("▲ Nach oben"), lambda: self.move_selected(-1))
        self.down_button = self._button(self.tr("▼ Nach unten"), lambda: self.move_selected(1))
        self.remove_button = self._button(self.tr("Entfernen …"), self.remove_item)
        self.start_button = self._button(self.tr("Einzelrunde starten"), self.start_requested.emit)
        self.start_button.setObjectName("startFromCatalog")
        self.start_button.setFont(style.font(self.start_button, style.STATEMENT_PT, bold=True))

        # Editing the catalogue is preparation: the room in presentation mode does not see it.
        for b in (self.switch_button, self.add_button, self.edit_button, self.up_button, self.down_button, self.remove_button):
            b.setProperty(MODERATOR_ONLY, True)
        # The editing buttons wrap onto a second line in a narrow window (at 1280x800 beside
        # the sidebar "Einzelrunde starten" was cut to "…elrunde sta…"); the start stays whole.
        self.tools = FlowRow(self)
        for b in (self.add_button, self.edit_button, self.up_button, self.down_button, self.remove_button):
            self.tools.add(b)
        tools = QHBoxLayout()
        tools.addWidget(self.tools, 1)
        tools.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignBottom)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.source)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        b = QPushButton(text, self)
        b.setMinimumHeight(style.TOUCH)
        b.clicked.connect(lambda *_: slot())
        return b

    def refresh(self) -> None:
        selected = self.selected_item()
        cat = self.wf.checklist.catalog()
        self.title.setText(cat.title or self.tr("Kein Katalog gewählt"))
        self.source.setText(self.tr("Quelle: {source}").format(source=cat.source) if cat.source else "")
        self.model.reload()
        self.table.resizeRowsToContents()
        if selected is not None:
            self.select(style.stored_id(selected))
        self._update_buttons()

    def selected_item(self) -> model.CatalogItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, COL_STATEMENT))
        return True

    def _update_buttons(self) -> None:
        has = self.selected_item() is not None
        for b in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            b.setEnabled(has)
        locked = self.wf.checklist.has_answers()
        self.switch_button.setEnabled(not locked)
        self.switch_button.setToolTip(
            self.tr("Nicht mehr möglich: Es liegen schon Einschätzungen vor.") if locked else ""
        )
        self.start_button.setEnabled(self.wf.checklist.open_round() is None and self.model.rowCount() > 0)

    # --- editing -----------------------------------------------------------

    def _topics(self) -> list[str]:
        return list(dict.fromkeys(i.topic for i in self.wf.checklist.items() if i.topic))

    def add_item(self) -> None:
        after = self.selected_item()
        template = model.CatalogItem(topic=after.topic if after else "")
        self.item_dialog = CatalogItemDialog(self._topics(), template, self)

        def done() -> None:
            texts = self.item_dialog.values()
            item = model.CatalogItem(code=texts["code"], topic=texts["topic"], statement=texts["statement"], help=texts["help"])
            command = AddCatalogItemCommand(self.wf, item, style.stored_id(after) if after else None)
            if WorkshopCommands.of(self.wf).push(command, raise_error=False) and command.added is not None:
                self.select(style.stored_id(command.added))

        self.item_dialog.accepted.connect(done)
        self.item_dialog.open()

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        item_id = style.stored_id(item)
        self.item_dialog = CatalogItemDialog(self._topics(), item, self)

        def done() -> None:
            new = self.item_dialog.values()
            old = {name: getattr(item, name) for name in new}
            if old != new:
                WorkshopCommands.of(self.wf).call(
                    self.tr("Aussage ändern"),
                    lambda: self.wf.checklist.update_item(item_id, **new),
                    lambda: self.wf.checklist.update_item(item_id, **old),
                )

        self.item_dialog.accepted.connect(done)
        self.item_dialog.open()

    def move_selected(self, delta: int) -> None:
        """Move the selected statement ``delta`` places (not ``QWidget.move``, which places the widget)."""
        item = self.selected_item()
        if item is not None:
            item_id = style.stored_id(item)
            WorkshopCommands.of(self.wf).call(
                self.tr("Aussage verschieben"),
                lambda: self.wf.checklist.move_item(item_id, delta),
                lambda: self.wf.checklist.move_item(item_id, -delta),
            )
            self.select(item_id)

    def remove_item(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        item_id = style.stored_id(item)
        n = self.wf.checklist.answer_count(item_id)
        text = self.tr("Aussage „{code} {statement}“ aus diesem Workshop entfernen?").format(
            code=item.code, statement=item.statement[:120]
        )
        if n:
            text += "\n\n" + self.tr("%n Einzelantwort(en) zu dieser Aussage werden mit gelöscht.", "", n)
        style.ask(
            self, self.tr("Aussage entfernen"), text, "confirmRemoveItem", lambda: self._remove(item_id)
        )

    def _remove(self, ident: int) -> None:
        """Answers and the joint assessment go with the statement: no undo brings them back."""
        what = self.tr("Aussage entfernen")
        try:
            WorkshopCommands.of(self.wf).irreversible(what, lambda: self.wf.checklist.remove_item(ident))
        except FhError as exc:
            show_error(self, exc)

    def choose_catalog(self) -> None:
        self.choice_dialog = CatalogChoiceDialog(self.wf.checklist.catalog().key, self)

        def done() -> None:
            if self.choice_dialog.chosen is None:
                return
            chosen = self.choice_dialog.chosen
            try:
                WorkshopCommands.of(self.wf).irreversible(self.tr("Katalog wählen"), lambda: self.wf.checklist.use_catalog(chosen))
            except FhError as exc:
                show_error(self, exc)

        self.choice_dialog.accepted.connect(done)
        self.choice_dialog.open()
