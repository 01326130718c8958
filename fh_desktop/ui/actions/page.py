"""Step 3 (Maßnahmen): the action plan as a table with a detail form beside it.

Left: filter bar, the table, a quick-entry line and the commands (new, delete, move,
order by priority). Right: every field of the current action. All changes go through
``ActionCommands`` (undoable, stored at once); the table and the form follow the store's
events, including changes made on other steps (a checklist item turned into an action).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common import read_only, theme
from fh_desktop.ui.actions import action_table_model as atm
from fh_desktop.ui.actions.action_detail_form import ActionDetailForm
from fh_desktop.ui.actions.action_filter_bar import ActionFilterBar
from fh_desktop.ui.actions.action_filter_model import ActionFilterModel
from fh_desktop.ui.actions.action_table_model import ActionTableModel, IdRole
from fh_desktop.ui.actions.action_table_view import ActionTableView
from fh_desktop.ui.actions.commands import ActionCommands
from fh_desktop.ui.actions.delegates import ChoiceDelegate, DateDelegate
from fh_desktop.ui.common.flow_row import FlowRow
from fh_desktop.ui.actions.link_targets import TOPICS as LINK_TOPICS
from fh_desktop.ui.actions.link_targets import LinkTargets
from fh_desktop.ui.common.errors import error_text, show_error
from fh_desktop.ui.common.step_page import ACTION, CARD, ITEM, StepPage
from fh_desktop.ui.common.store_signals import StoreSignals

HIDDEN_COLUMNS_SETTING = "actions.hidden_columns"
COLUMN_KEYS = {atm.COL_NUMBER: "number", atm.COL_LINKS: "links", **atm.FIELDS}
# Widths in "typical texts" of the table font, so they scale with the font size.
COLUMN_SAMPLES = {
    atm.COL_GOAL: "Eine verabschiedete Planungs",
    atm.COL_RESPONSIBLE: "Netzwerkkoordination",
    atm.COL_INVOLVED: "Sozialplanung, Gesundheit",
    atm.COL_START: "00.00.0000",
    atm.COL_DUE: "00.00.0000",
    atm.COL_PRIORITY: "▲ niedrig ",
    atm.COL_STATUS: "◐ in Arbeit ",
    atm.COL_DESCRIPTION: "Eine verabschiedete Planungs",
    atm.COL_RESOURCES: "Personal: 10 Std. pro",
    atm.COL_INDICATOR: "Bericht liegt dem Aus",
    atm.COL_LINKS: "Netzwerkkoordination",
}
# The narrowest a column gets when the table has no room (its text wraps): a 1280 px
# window beside the form, or a 1280 px beamer in the presentation's large type.
COMPACT_SAMPLES = {
    atm.COL_GOAL: "Planungskon",
    atm.COL_RESPONSIBLE: "Jugendhilfe",
    atm.COL_INVOLVED: "Sozialplan",
    atm.COL_PRIORITY: "▲ mittel",
    atm.COL_STATUS: "◐ erledigt",
    atm.COL_DESCRIPTION: "Planungskon",
    atm.COL_RESOURCES: "Personal: 10",
    atm.COL_INDICATOR: "Bericht liegt",
    atm.COL_LINKS: "Netzwerkko",
}
STEP_OF_KIND = {CARD: 1, ITEM: 2}



class ActionsPage(StepPage):
    step = 3

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(wf, signals, parent)
        self.setObjectName("actionsPage")
        self.targets = LinkTargets(wf)
        self.commands = ActionCommands(wf, self.workshop_commands)
        self.model = ActionTableModel(wf, self.commands, self.targets, self)
        self.proxy = ActionFilterModel(self.targets, self)
        self.proxy.setSourceModel(self.model)
        self.table = ActionTableView(self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(atm.COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self.filter_bar = ActionFilterBar(self.proxy, self)
        self.form = ActionDetailForm(self.commands, self.targets, self)
        self._build_table()
        self._build_commands()
        self._build_layout()
        self._mark_edits()

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.add_requested.connect(lambda: self.add_action(focus_title=True))
        self.table.delete_requested.connect(self.delete_selected)
        self.table.move_requested.connect(self._move)
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._order_changed())
        self.model.edit_rejected.connect(self._edit_rejected)
        self.form.navigate_requested.connect(self._navigate)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(lambda *_: self._update_counts())
        # The proxy drops a row before the model does ("3 von 4 angezeigt" without a
        # filter): count again once the model has removed it too.
        for signal in (self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(lambda *_: self._update_counts())
        signals.changed.connect(self._store_changed)
        self._refresh_side_data()
        self._order_changed()
        self._update_counts()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    # --- building ---------------------------------------------------------------------

    def _build_table(self) -> None:
        font = self.table.font()
        font.setPointSizeF(max(12.0, font.pointSizeF() * 1.2))  # read from the back of the room
        self.table.setFont(font)
        self.table.setItemDelegateForColumn(
            atm.COL_PRIORITY, ChoiceDelegate(enums.Priority.ALL, atm.priority_label, self.table)
        )
        self.table.setItemDelegateForColumn(atm.COL_STATUS, ChoiceDelegate(enums.Status.ALL, atm.status_label, self.table))
        dates = DateDelegate(self.table)
        self.table.setItemDelegateForColumn(atm.COL_START, dates)
        self.table.setItemDelegateForColumn(atm.COL_DUE, dates)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(atm.COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_columns()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        hidden = self.wf.meta.setting(HIDDEN_COLUMNS_SETTING, None)
        hidden_cols = (
            atm.HIDDEN_BY_DEFAULT
            if not isinstance(hidden, list)
            else [c for c, key in COLUMN_KEYS.items() if key in hidden]
        )
        for col in hidden_cols:
            self.table.setColumnHidden(col, True)
        self.table.set_stretch_column(atm.COL_TITLE)

    def _fit_columns(self) -> None:
        """Column widths from typical texts in the table's current font (it grows when presenting).

        When the shown columns do not fit beside a readable title, the text columns give
        way (down to ``COMPACT_SAMPLES``, their text wraps) instead of the table needing
        a horizontal scroll bar; dates keep their width.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        heading = header.fontMetrics()
        labels = (atm.COL_PRIORITY, atm.COL_STATUS)
        full: dict[int, int] = {}
        safe: dict[int, int] = {}  # no word cut
        tight: dict[int, int] = {}  # the last resort before a scroll bar: long words may be cut
        for col, sample in COLUMN_SAMPLES.items():
            # Given the room, a column is as wide as its heading too ("Zeitrahmen bis" over a date).
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            # Priority and status: as wide as the longest label in use (not "zurückgestellt" for all).
            texts = [sample, *self._column_texts(col)] if col in labels else [sample]
            full[col] = max(heading.horizontalAdvance(title) + 8, *(metrics.horizontalAdvance(t) for t in texts)) + 16
            # Squeezed, its text wraps, but no word is cut: the longest word it holds stays whole
            # (for priority and status: of the labels in use).
            words = [w for t in self._column_texts(col) for w in t.split()]
            tight[col] = min(full[col], metrics.horizontalAdvance(COMPACT_SAMPLES.get(col, sample)) + 16)
            longest = max([metrics.horizontalAdvance(w) + 16 for w in words], default=0)
            safe[col] = min(full[col], max(tight[col], longest))
        shown = [col for col in COLUMN_SAMPLES if not self.table.isColumnHidden(col)]
        # The title keeps its longest word whole (it is bold): "Jugendhilfeausschuss", not "…ausschus".
        bold = QFont(self.table.font())
        bold.setBold(True)
        title_words = [w for t in self._column_texts(atm.COL_TITLE) for w in t.split()]
        title_least = max([self.table.minimum_stretch_width()] + [QFontMetrics(bold).horizontalAdvance(w) + 16 for w in title_words])
        room = self.table_room() - min(title_least, self.table_room() // 2)
        if not self.table.isColumnHidden(atm.COL_NUMBER):
            room -= header.sectionSize(atm.COL_NUMBER)
        wide, narrow = (full, safe) if sum(safe[c] for c in shown) <= room else (safe, tight)
        wanted = sum(wide[c] for c in shown)
        least = sum(narrow[c] for c in shown)
        give = wanted - least
        share = 1.0 if wanted <= room or give <= 0 else max(0.0, (room - least) / give)
        for col in COLUMN_SAMPLES:
            header.resizeSection(col, round(narrow[col] + share * (wide[col] - narrow[col])))
        self.table.fit_stretch_column()

    def _column_texts(self, col: int) -> list[str]:
        rows = self.model.rowCount()
        return [str(self.model.index(row, col).data() or "") for row in range(min(rows, 500))]

    def table_room(self) -> int:
        """The width the table's columns can use: inside its frame, beside a vertical scroll bar.

        Reckoned with the scroll bar whether it shows or not, so that widths do not change
        (and rows re-wrap) each time it comes or goes.
        """
        frame = 2 * self.table.frameWidth()
        bar = self.table.verticalScrollBar().sizeHint().width()
        return self.table.width() - frame - bar

    def _build_commands(self) -> None:
        self.quick_entry = QLineEdit(self)
        self.quick_entry.setObjectName("quickEntry")
        self.quick_entry.setPlaceholderText(self.tr("Neue Maßnahme: Titel eingeben und Enter drücken"))
        self.quick_entry.setAccessibleName(self.tr("Schnelleingabe für neue Maßnahmen"))
        self.quick_entry.setMaxLength(2000)
        self.quick_entry.returnPressed.connect(self._quick_add)
        self.quick_message = QLabel(self)
        self.quick_message.setObjectName("quickMessage")
        self.quick_message.setStyleSheet(f"color: {theme.css(theme.ERROR)};")
        self.quick_message.setTextFormat(Qt.TextFormat.PlainText)
        self.quick_message.hide()

        def button(text: str, tip: str, slot, name: str) -> QPushButton:  # noqa: ANN001
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.clicked.connect(lambda *_: slot())
            b.setMinimumWidth(40)  # a small window squeezes the row instead of growing wider
            return b

        self.add_button = button(
            self.tr("Neue Maßnahme"), self.tr("Eine leere Maßnahme anlegen (Einfg)"),
            lambda: self.add_action(focus_title=True), "addActionButton",
        )
        self.skeleton_button = button(
            self.tr("Planungskonzeption erarbeiten"),
            self.tr("Maßnahme mit den Eckpunkten einer Planungskonzeption (Schone 2017) als Gerüst anlegen"),
            self.add_planungskonzeption, "skeletonButton",
        )
        self.same_goal_button = button(
            self.tr("+ Maßnahme zur selben Zielsetzung"),
            self.tr("Eine weitere Maßnahme unter der Zielsetzung der ausgewählten anlegen"),
            self.add_same_goal, "sameGoalButton",
        )
        self.delete_button = button(
            self.tr("Löschen"), self.tr("Ausgewählte Maßnahmen löschen (Entf); rückgängig mit Strg+Z"),
            self.delete_selected, "deleteActionButton",
        )
        self.up_button = button(
            self.tr("Nach oben"), self.tr("Ausgewählte Maßnahmen eine Zeile nach oben (Alt+Pfeil hoch)"),
            lambda: self.move_selected(-1), "moveUpButton",
        )
        self.down_button = button(
            self.tr("Nach unten"), self.tr("Ausgewählte Maßnahmen eine Zeile nach unten (Alt+Pfeil runter)"),
            lambda: self.move_selected(1), "moveDownButton",
        )
        self.priority_button = button(
            self.tr("Nach Priorität ordnen"),
            self.tr("Reihenfolge des Plans: hoch, mittel, niedrig (innerhalb gleicher Priorität bleibt die Reihenfolge)"),
            self.order_by_priority, "orderByPriorityButton",
        )
        for text, keys, slot in (
            (self.tr("Neue Maßnahme"), QKeySequence(Qt.Key.Key_Insert), lambda: self.add_action(focus_title=True)),
            (self.tr("Nach oben"), QKeySequence("Alt+Up"), lambda: self.move_selected(-1)),
            (self.tr("Nach unten"), QKeySequence("Alt+Down"), lambda: self.move_selected(1)),
        ):
            act = QAction(text, self.table)
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda *_, s=slot: s())
            self.table.addAction(act)
            read_only.edits(act)
        self.order_hint = QLabel(self)
        self.order_hint.setObjectName("orderHint")
        self.order_hint.setWordWrap(True)
        self.plan_order_button = button(
            self.tr("Reihenfolge des Plans zeigen"), self.tr("Nach Nr. sortieren"), self.show_plan_order, "planOrderButton"
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("actionCount")
        self.count_label.setMinimumWidth(20)
        # The columns hidden at first (Beginn, Zielsetzung, Bezüge …) are one click away;
        # the same menu opens with a right-click on the table's header.
        self.columns_button = QToolButton(self)
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.setText(self.tr("Spalten …"))
        self.columns_button.setToolTip(self.tr("Weitere Spalten der Tabelle zeigen oder ausblenden"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMinimumHeight(self.add_button.sizeHint().height())
        columns_menu = QMenu(self.columns_button)
        columns_menu.aboutToShow.connect(lambda: self._fill_column_menu(columns_menu))
        self.columns_button.setMenu(columns_menu)

    def _mark_edits(self) -> None:
        read_only.edits(
            self.quick_entry, self.add_button, self.skeleton_button, self.same_goal_button, self.delete_button,
            self.up_button, self.down_button, self.priority_button, self.table,
        )  # fmt: skip
        read_only.edits_inputs(self.form)
        read_only.views(self.form.links_box.show_button)  # going to the linked card only looks

    def _build_layout(self) -> None:
        entry = QHBoxLayout()
        entry.addWidget(self.quick_entry, 1)
        entry.addWidget(self.add_button)
        tools = FlowRow(self)  # wraps onto a second line in a narrow window instead of cutting texts
        tools.setObjectName("actionTools")
        for b in (self.delete_button, self.up_button, self.down_button, self.priority_button,
                  self.same_goal_button, self.skeleton_button, self.columns_button, self.count_label):
            tools.add(b)
        hint = QHBoxLayout()
        hint.addWidget(self.order_hint, 1)
        hint.addWidget(self.plan_order_button)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 4, 4, 8)
        column.addWidget(self.filter_bar)
        column.addWidget(self.table, 1)
        column.addLayout(entry)
        column.addWidget(self.quick_message)
        column.addWidget(tools)
        column.addLayout(hint)
        right = QWidget(self)
        self.form_panel = right
        side = QVBoxLayout(right)
        side.setContentsMargins(4, 4, 8, 8)
        side.addWidget(self.form)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.filter_bar.reset_button, self.table)
        self.setTabOrder(self.table, self.quick_entry)
        # A new width (window, splitter, presentation): the columns are fitted again, once.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_columns)
        self.table.width_changed.connect(self._refit.start)

    # --- StepPage ---------------------------------------------------------------------

    def wants_room_width(self) -> bool:
        """The plan is what the room reads and agrees on: six columns need the width."""
        return True

    def activated(self) -> None:
        self._refresh_side_data()

    def set_presentation(self, on: bool) -> None:
        """The room reads the plan: the table gets the whole width, the form waits.

        Titles, owners, dates, priority and status stay editable in the table's cells.
        """
        self.form_panel.setVisible(not on)
        # After the shell has changed the fonts: widths follow the new type size.
        QTimer.singleShot(0, self, self._fit_columns)

    def projector_view(self, parent: QWidget) -> QWidget:
        from fh_desktop.ui.actions.projector_view import ActionsProjectorView

        return ActionsProjectorView(self, parent)

    def reveal(self, kind: str, ident: int) -> None:
        if kind == ACTION:
            self.select_action(ident)
            self.table.setFocus()

    # --- selection ----------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select_action(self, ident: int) -> bool:
        row = self.model.row_of(ident)
        if row < 0:
            return False
        self.proxy.pin(ident)
        index = self.proxy.mapFromSource(self.model.index(row, atm.COL_TITLE))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _current_changed(self) -> None:
        ident = self.current_id()
        if ident is not None:
            self.proxy.pin(ident)
        row = -1 if ident is None else self.model.row_of(ident)
        self.form.set_action(self.model.action(row) if row >= 0 else None)
        self._refresh_suggestions()
        self._update_buttons()

    # --- commands -------------------------------------------------------------------------

    def add_action(self, title: str = "", *, focus_title: bool = False) -> model.Action | None:
        try:
            added = self.commands.add(model.Action(title=title))
        except FhError as exc:
            show_error(self, exc)
            return None
        self.select_action(added.id)  # type: ignore[arg-type]
        if focus_title:
            self.form.focus_title()
        return added

    def add_planungskonzeption(self) -> model.Action | None:
        """The action "Planungskonzeption erarbeiten" with the Eckpunkte as its skeleton."""
        from fh_desktop.domain import skeletons
        from fh_desktop.store.services.checklist import shipped_catalogs

        eckpunkte = next((c for c in shipped_catalogs() if c.catalog.key == "eckpunkte"), None)
        if eckpunkte is None:
            return None
        try:
            added = self.commands.add(skeletons.planungskonzeption_action(eckpunkte))
        except FhError as exc:
            show_error(self, exc)
            return None
        self.select_action(added.id)  # type: ignore[arg-type]
        return added

    def add_same_goal(self) -> model.Action | None:
        """One more Maßnahme under the selected action's Zielsetzung (several per agreed goal)."""
        from fh_desktop.domain import skeletons

        ident = self.current_id()
        if ident is None:
            return None
        current = next((a for a in self.wf.actions.actions() if a.id == ident), None)
        if current is None:
            return None
        try:
            added = self.commands.add(skeletons.next_measure(current))
        except FhError as exc:
            show_error(self, exc)
            return None
        self.select_action(added.id)  # type: ignore[arg-type]
        self.form.focus_title()
        return added

    def _quick_add(self) -> None:
        title = self.quick_entry.text()
        if not title.strip():
            self.quick_message.setText(self.tr("Bitte erst einen Titel eingeben – oder „Neue Maßnahme“ für eine leere."))
            self.quick_message.show()
            return
        try:
            added = self.commands.add(model.Action(title=title.strip()))
        except FhError as exc:
            self.quick_message.setText(error_text(exc))  # the typed title stays in the line
            self.quick_message.show()
            return
        self.quick_message.hide()
        self.quick_entry.clear()
        self.select_action(added.id)  # type: ignore[arg-type]

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        row = min(i.row() for i in self.table.selectionModel().selectedRows())
        try:
            self.commands.remove(ids)
        except FhError as exc:
            show_error(self, exc)
            return
        if self.proxy.rowCount():
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))

    def move_selected(self, step: int) -> None:
        """One row up (-1) or down (+1) among the rows shown, in the plan's order."""
        ids = self.table.selected_ids()
        if not ids or not self.proxy.is_plan_order():
            return
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        try:
            if step < 0 and rows[0] > 0:
                self.commands.move(ids, self.proxy.index(rows[0] - 1, 0).data(IdRole))
            elif step > 0 and rows[-1] < self.proxy.rowCount() - 1:
                self.commands.move(ids, None, after=self.proxy.index(rows[-1] + 1, 0).data(IdRole))
        except FhError as exc:
            show_error(self, exc)
        self.table.scrollTo(self.table.currentIndex())

    def _move(self, ids: list[int], before: int | None, after: int | None) -> None:
        try:
            self.commands.move(ids, before, after)
        except FhError as exc:
            show_error(self, exc)

    def order_by_priority(self) -> None:
        try:
            self.commands.order_by_priority()
        except FhError as exc:
            show_error(self, exc)
        self.show_plan_order()

    def show_plan_order(self) -> None:
        self.table.sortByColumn(atm.COL_NUMBER, Qt.SortOrder.AscendingOrder)

    # --- following the store ------------------------------------------------------------

    def _store_changed(self, event: StoreEvent) -> None:
        if event.topic is Topic.ACTION:
            self.model.sync()
        elif event.topic in LINK_TOPICS:
            self.model.refresh_links()
        elif event[:2] == (Topic.WORKSHOP, Op.RESET):
            self.model.reload()
        else:
            return
        shown = self.form.action()
        row = self.model.row_of(shown.id) if shown is not None and shown.id is not None else -1
        if row >= 0:
            self.form.set_action(self.model.action(row))
        else:
            self._current_changed()
        self._refresh_side_data()

    def _refresh_side_data(self) -> None:
        self.filter_bar.set_responsible_values(self.model.responsible_values())
        self._refresh_suggestions()

    def _refresh_suggestions(self) -> None:
        values = self.model.responsible_values(besides=self.current_id())
        people = [p.name for p in self.wf.meta.participants()] + [p.role for p in self.wf.meta.participants() if p.role]
        self.form.set_responsible_suggestions(sorted(dict.fromkeys(values + people), key=str.casefold))

    def _edit_rejected(self, ident: int, name: str, text: str, message: str) -> None:
        self.select_action(ident)
        self.form.show_rejected(ident, name, text, message)

    def _navigate(self, kind: str, ident: int) -> None:
        self.navigate_requested.emit(STEP_OF_KIND[kind], kind, ident)

    # --- small state updates --------------------------------------------------------------

    def _order_changed(self) -> None:
        plan = self.proxy.is_plan_order()
        self.table.reorder_allowed = plan
        if plan:
            self.order_hint.setText("")
        else:
            column = self.model.headerData(self.proxy.sortColumn(), Qt.Orientation.Horizontal)
            self.order_hint.setText(
                self.tr("Sortiert nach „{column}“. Verschieben geht nur in der Reihenfolge des Plans.").format(
                    column=column
                )
            )
        self.order_hint.setVisible(not plan)
        self.plan_order_button.setVisible(not plan)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.delete_button.setEnabled(has)
        self.same_goal_button.setEnabled(has)
        self.up_button.setEnabled(has and self.proxy.is_plan_order())
        self.down_button.setEnabled(has and self.proxy.is_plan_order())
        self.priority_button.setEnabled(self.model.rowCount() > 1)

    def _update_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            if total == 1:
                self.count_label.setText(self.tr("1 Maßnahme"))
            else:
                self.count_label.setText(self.tr("%n Maßnahmen", "", total))
        else:
            self.count_label.setText(self.tr("{shown} von {total} Maßnahmen angezeigt").format(shown=shown, total=total))
        self._update_buttons()

    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)  # one per right-click, not one more each time
        self._fill_column_menu(menu)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _fill_column_menu(self, menu: QMenu) -> None:
        menu.clear()
        for col in range(atm.COLUMN_COUNT):
            if col in (atm.COL_NUMBER, atm.COL_TITLE):
                continue
            act = menu.addAction(self.model.headerData(col, Qt.Orientation.Horizontal))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(col))
            act.toggled.connect(lambda on, c=col: self.set_column_visible(c, on))
        self.column_menu = menu

    def set_column_visible(self, col: int, visible: bool) -> None:
        self.table.setColumnHidden(col, not visible)
        self._fit_columns()
        hidden = [COLUMN_KEYS[c] for c in range(atm.COLUMN_COUNT) if self.table.isColumnHidden(c)]
        try:
            self.wf.meta.set_setting(HIDDEN_COLUMNS_SETTING, hidden)
        except FhError as exc:
            show_error(self, exc)

