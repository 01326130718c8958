"""The joint round: per statement the agreed assessment, a note and 'Handlungsbedarf'."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import enums, model, scales, stats
from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.commands import WorkshopCommands
from fh_desktop.ui.common.flow_row import FlowRow
from fh_desktop.ui.common import theme
from fh_desktop.ui.checklist import style
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY
from fh_desktop.ui.checklist.distribution_bar import DistributionBar
from fh_desktop.ui.cycle.earlier_in_step2 import EarlierResults
from fh_desktop.ui.common.errors import show_error


class JointRow(QFrame):
    def __init__(self, item: model.CatalogItem, scale: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"jointRow{item.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        code = style.plain_label(item.code, self, style.STATEMENT_PT, bold=True, wrap=False)
        code.setMinimumWidth(52)
        statement = style.plain_label(item.statement, self, style.STATEMENT_PT - 1)
        self.bar = DistributionBar(self, height=40)
        self.majority = style.plain_label("", self, style.BODY_PT - 1, wrap=False)
        self.majority.setStyleSheet(f"color: {theme.css(theme.MUTED)};")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.value_buttons: dict[str, QPushButton] = {}
        values = QHBoxLayout()
        self.values = scales.values_for(item.scale, scale)
        for value in self.values:
            b = QPushButton(style.answer_label(value), self)
            b.setCheckable(True)
            b.setProperty("answer", value)
            b.setObjectName(f"joint_{item.id}_{value}")
            b.setMinimumHeight(style.TOUCH)
            b.setFont(style.font(b, style.BODY_PT - (2 if len(self.values) > 4 else 0)))
            self.group.addButton(b)
            self.value_buttons[value] = b
            values.addWidget(b)
            if len(self.values) > 4 and value == self.values[-2]:
                values.addSpacing(24)  # four levels, then „kann ich nicht beurteilen“ set apart
        values.addStretch(1)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName(f"jointNote{item.id}")
        if scales.is_answerable(item.scale):
            self.note_edit.setPlaceholderText(self.tr("Notiz zur gemeinsamen Einschätzung"))
        else:
            self.note_edit.setPlaceholderText(self.tr("Offene Frage: Was hat die Runde dazu gesagt?"))
        self.note_edit.setAccessibleName(self.tr("Notiz"))
        self.note_edit.setMinimumHeight(style.TOUCH - 8)
        self.note_edit.setFont(style.font(self.note_edit, style.BODY_PT))
        self.flag_box = QCheckBox(self.tr("Handlungsbedarf"), self)
        self.flag_box.setObjectName(f"jointFlag{item.id}")
        self.flag_box.setFont(style.font(self.flag_box, style.BODY_PT, bold=True))
        self.flag_box.setMinimumHeight(style.TOUCH - 8)
        self.flag_box.setStyleSheet("QCheckBox::indicator { width: 30px; height: 30px; }")
        self.action_button = QPushButton(self)
        self.action_button.setObjectName(f"jointAction{item.id}")
        self.action_button.setMinimumHeight(style.TOUCH - 8)
        self.action_button.setFont(style.font(self.action_button, style.BODY_PT))
        grid = QGridLayout(self)
        grid.addWidget(code, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(statement, 0, 1)
        side = QVBoxLayout()
        side.addWidget(self.bar)
        side.addWidget(self.majority)
        grid.addLayout(side, 0, 2)
        grid.addLayout(values, 1, 1, 1, 2)
        tail = QHBoxLayout()
        tail.addWidget(self.note_edit, 1)
        tail.addWidget(self.flag_box)
        tail.addWidget(self.action_button)
        grid.addLayout(tail, 2, 1, 1, 2)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 3)

    def show_joint(self, joint: model.JointAssessment | None, action_id: int | None) -> None:
        joint = joint or model.JointAssessment(item_id=style.stored_id(self.item))
        self.group.blockSignals(True)
        for value, b in self.value_buttons.items():
            b.setChecked(value == joint.value)
        self.group.blockSignals(False)
        # Never overwrite what someone is typing; the store already has it.
        if not self.note_edit.hasFocus() and self.note_edit.text() != joint.note:
            self.note_edit.setText(joint.note)
        self.flag_box.blockSignals(True)
        self.flag_box.setChecked(joint.needs_action)
        self.flag_box.blockSignals(False)
        self.action_id = action_id
        self.action_button.setText(self.tr("→ Maßnahme öffnen") if action_id else self.tr("+ Maßnahme anlegen"))
        self.action_button.setEnabled(joint.needs_action or action_id is not None)

    def show_distribution(self, dist: dict[str, int] | None, scale: list[str]) -> None:
        self.bar.setVisible(dist is not None)
        if not scales.is_answerable(self.item.scale):
            self.bar.setVisible(False)
            self.majority.setText(self.tr("offene Frage"))
            return
        if dist is None:
            self.majority.setText(self.tr("keine Einzelrunde"))
            return
        self.bar.set_distribution(dist, scale)
        top = stats.majority(dist)
        total = sum(dist.values())
        if top and dist.get(top, 0) * 2 > total:
            # "Mehrheit" only for more than half: 2 of 5 is the most frequent answer, not a majority.
            self.majority.setText(self.tr("Mehrheit: {answer} ({n} von {total})").format(
                answer=style.answer_label(top), n=dist[top], total=total))
        elif top:
            self.majority.setText(self.tr("Am häufigsten: {answer} ({n} von {total}), keine Mehrheit").format(
                answer=style.answer_label(top), n=dist[top], total=total))
        else:
            self.majority.setText(self.tr("kein klares Mehrheitsbild"))


class JointView(QWidget):
    action_requested = Signal(int, int)  # item id, existing action id or 0
    take_over_requested = Signal()  # one action for every flagged item without one

    def __init__(self, wf: WorkshopFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jointView")
        self.setStyleSheet(style.answer_button_sheet())
        # A style sheet on the view stops font inheritance from the page: set it here.
        self.setFont(style.font(self, style.BODY_PT))
        self.wf = wf
        self.rows: dict[int, JointRow] = {}
        self.title = style.plain_label(self.tr("Gemeinsame Einschätzung"), self, style.TITLE_PT, bold=True, wrap=False)
        self.summary = style.plain_label("", self, style.BODY_PT)
        self.summary.setObjectName("jointSummary")
        self.scroll_area, self.body, self.body_layout = style.scrolling_column(self, 8)
        self.privacy = style.plain_label("", self, style.BODY_PT - 1)
        self.privacy.setObjectName("privacyNote")
        self.anonymise_button = QPushButton(self.tr("Einzelantworten anonymisieren …"), self)
        self.anonymise_button.setObjectName("anonymiseButton")
        self.anonymise_button.setMinimumHeight(style.TOUCH - 8)
        self.anonymise_button.setFont(style.font(self.anonymise_button, style.BODY_PT))
        self.anonymise_button.clicked.connect(self.confirm_anonymise)
        self.delete_button = QPushButton(self.tr("Einzelantworten löschen …"), self)
        self.delete_button.setObjectName("deleteAnswersButton")
        self.delete_button.setMinimumHeight(style.TOUCH - 8)
        self.delete_button.setFont(style.font(self.delete_button, style.BODY_PT))
        self.delete_button.clicked.connect(self.confirm_delete)
        for b in (self.anonymise_button, self.delete_button):
            b.setProperty(MODERATOR_ONLY, True)  # data care after the workshop, not for the room
        self.take_over_button = QPushButton(self)
        self.take_over_button.setObjectName("takeOverFlagged")
        self.take_over_button.setMinimumHeight(style.TOUCH - 8)
        self.take_over_button.setFont(style.font(self.take_over_button, style.BODY_PT, bold=True))
        self.take_over_button.setToolTip(
            self.tr("Für jede Aussage mit Handlungsbedarf, zu der es noch keine Maßnahme gibt, eine Maßnahme anlegen")
        )
        self.take_over_button.clicked.connect(self.take_over_requested)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.summary, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.privacy, 1)
        buttons = FlowRow(self)  # wraps in a narrow window instead of cutting texts
        for b in (self.take_over_button, self.anonymise_button, self.delete_button):
            buttons.add(b)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(foot)
        layout.addWidget(buttons)  # a row of its own: the layout gives a wrapped row its height

    def clear(self) -> None:
        style.clear_layout(self.body_layout)
        self.rows = {}
        self.summary.clear()

    def refresh(self) -> None:
        self.clear()
        cl = self.wf.checklist
        scale = cl.catalog().scale
        dists = self._latest_distributions()
        self.earlier = EarlierResults(self.wf)  # a follow-up: the previous workshop's result
        topic = None
        for item in cl.items():
            item_id = style.stored_id(item)
            if item.topic != topic:
                topic = item.topic
                self.body_layout.addWidget(style.plain_label(topic, self.body, style.STATEMENT_PT + 1, bold=True))
            row = JointRow(item, scale, self.body)
            row.show_distribution(dists.get(item_id), row.values)
            self.earlier.add_to_joint_row(row, item)
            row.group.buttonClicked.connect(lambda b, i=item_id: self._set(i, value=b.property("answer")))
            row.note_edit.textEdited.connect(lambda text, i=item_id: self._set(i, note=text))
            row.flag_box.toggled.connect(lambda on, i=item_id: self._set(i, needs_action=on))
            row.action_button.clicked.connect(lambda *_, r=row: self.action_requested.emit(r.item.id, r.action_id or 0))
            self.body_layout.addWidget(row)
            self.rows[item_id] = row
        self.body_layout.addStretch(1)
        self.update_joint()

    def _latest_distributions(self) -> dict[int, dict[str, int]]:
        """Per item the distribution of the latest revealed round that asked it."""
        out: dict[int, dict[str, int]] = {}
        cl = self.wf.checklist
        for rnd in cl.rounds():
            if rnd.state != enums.RoundState.REVEALED:
                continue
            out.update(stats.distributions(cl.answers(rnd.id)))
        return out

    def update_joint(self, item_id: int | None = None) -> None:
        joint = {j.item_id: j for j in self.wf.checklist.joint()}
        actions: dict[int, int] = {}
        for action in self.wf.actions.actions():
            action_id = style.stored_id(action)
            for i in action.item_ids:
                actions.setdefault(i, action_id)
        for ident, row in self.rows.items():
            if item_id is None or ident == item_id:
                row.show_joint(joint.get(ident), actions.get(ident))
        if hasattr(self, "earlier"):
            self.earlier.update_joint(self.rows, joint)
        agreed = sum(
            1
            for j in joint.values()
            if j.item_id in self.rows
            and (j.value is not None or (not self.rows[j.item_id].values and j.note))
        )
        flagged = sum(1 for j in joint.values() if j.needs_action and j.item_id in self.rows)
        open_flags = sum(1 for j in joint.values() if j.needs_action and j.item_id in self.rows and j.item_id not in actions)
        self.take_over_button.setText(self.tr("Handlungsbedarf als Maßnahmen übernehmen ({n})").format(n=open_flags))
        self.take_over_button.setEnabled(open_flags > 0)
        self.summary.setText(
            self.tr("{agreed} von {total} eingeschätzt, {flagged} mit Handlungsbedarf").format(
                agreed=agreed, total=len(self.rows), flagged=flagged
            )
        )
        has_answers = self.wf.checklist.has_answers()
        anonymised = self.wf.checklist.is_anonymised()
        open_round = self.wf.checklist.open_round() is not None
        self.anonymise_button.setEnabled(has_answers and not anonymised and not open_round)
        self.delete_button.setEnabled(has_answers and not open_round)
        if not has_answers:
            self.privacy.setText(self.tr("Datenschutz: Es sind keine Einzelantworten gespeichert."))
        elif anonymised:
            self.privacy.setText(self.tr("Datenschutz: Die Einzelantworten sind anonymisiert (ohne Namen)."))
        else:
            self.privacy.setText(self.tr("Datenschutz: Einzelantworten sind personenbezogen gespeichert."))

    def _set(self, item_id: int, **values: object) -> None:
        """One undo step per change; typing a note is one step until the field is left."""
        current = next((j for j in self.wf.checklist.joint() if j.item_id == item_id), None)
        current = current or model.JointAssessment(item_id=item_id)
        old = {name: getattr(current, name) for name in values}
        if old == values:
            return
        key = ("joint-note", item_id) if set(values) == {"note"} else None
        WorkshopCommands.of(self.wf).call(
            self.tr("Gemeinsame Einschätzung ändern"),
            lambda: self.wf.checklist.set_joint(item_id, **values),
            lambda: self.wf.checklist.set_joint(item_id, **old),
            merge_key=key,
        )

    def show_item(self, item_id: int) -> bool:
        return style.show_row(self.scroll_area, self.rows, item_id)

    # --- privacy ------------------------------------------------------------

    def _confirm(self, title: str, text: str, name: str, run) -> None:  # noqa: ANN001
        def guarded() -> None:
            try:
                run()
            except FhError as exc:
                show_error(self, exc)

        style.ask(self, title, text, name, guarded, warning=True)

    def confirm_anonymise(self) -> None:
        self._confirm(
            self.tr("Einzelantworten anonymisieren"),
            self.tr("Die Verteilung der Antworten bleibt erhalten, die Namen werden dauerhaft entfernt. "
                    "Häkchen pro Person lassen sich danach nicht mehr zeigen. Fortfahren?"),
            "confirmAnonymise",
            lambda: WorkshopCommands.of(self.wf).write(lambda: self.wf.checklist.anonymise_answers()),
        )

    def confirm_delete(self) -> None:
        self._confirm(
            self.tr("Einzelantworten löschen"),
            self.tr("Alle Einzelantworten und Kommentare werden dauerhaft gelöscht. Die gemeinsame "
                    "Einschätzung bleibt erhalten. Fortfahren?"),
            "confirmDeleteAnswers",
            lambda: WorkshopCommands.of(self.wf).write(lambda: self.wf.checklist.delete_answers()),
        )
