"""Step 2 (Checkliste): catalog, individual round, reveal and joint assessment on one screen.

The page is a small state machine over the store: while an individual round is open,
the result and joint views are emptied and cannot be chosen, so nothing on screen (not
even a hidden widget) holds answers of that round before the moderator reveals it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import FhError
from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.actions.commands import AddActionsCommand
from fh_desktop.ui.checklist import style
from fh_desktop.ui.checklist.answer_view import AnswerView, HandoverView
from fh_desktop.ui.checklist.catalog_view import CatalogView
from fh_desktop.ui.checklist.devices import DevicesController
from fh_desktop.ui.checklist.devices_panel import DevicesPanel
from fh_desktop.ui.checklist.joint_view import JointView
from fh_desktop.ui.checklist.reveal_view import RevealView
from fh_desktop.ui.checklist.round_view import RoundView
from fh_desktop.ui.common import focus, read_only
from fh_desktop.ui.common.errors import show_error
from fh_desktop.ui.common.step_page import ACTION, ITEM, StepPage
from fh_desktop.ui.common.presentation_props import PROJECTOR_SIZED
from fh_desktop.ui.common.store_signals import StoreSignals

MODE_CATALOG, MODE_ROUND, MODE_REVEAL, MODE_JOINT = range(4)
# After these the visible view re-reads the round, the answers or the catalogue.
RELOAD_TOPICS = frozenset({Topic.ROUND, Topic.SUBMISSION, Topic.PARTICIPANT, Topic.CATALOG, Topic.ITEM})
# A new submission changes only who has answered. Phones can send dozens at once: their
# updates are gathered and shown at most this often (ms), not one refresh per submission.
PROGRESS_INTERVAL_MS = 100


def is_new_submission(event: StoreEvent) -> bool:
    """Someone confirmed their answers in the open round (the only change: who has answered)."""
    return event.topic is Topic.SUBMISSION and event.op is Op.CHANGED


class ChecklistPage(StepPage):
    step = 2
    mode_changed = Signal(int)
    # True while one person answers: the shell locks header and step bar (see WorkshopView).
    turn_changed = Signal(bool)
    # Who has answered the open round changed (gathered: once for many submissions at once).
    progress_changed = Signal()

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(wf, signals, parent)
        self._read_only = False
        self.setObjectName("checklistPage")
        self.setFont(style.font(self, style.BODY_PT))
        self.setProperty(PROJECTOR_SIZED, True)  # presentation mode leaves its type as it is
        # Made for a projector, but must not force a laptop window wider than its screen:
        # an explicit minimum overrides the sum of the large touch controls' minimums.
        self.setMinimumSize(480, 360)
        self.catalog_view = CatalogView(wf, self)
        self.round_view = RoundView(wf, self)
        self.devices = DevicesController(wf, self)  # phones answer over the LAN (docs/participation.md)
        self.devices_panel = DevicesPanel(self.devices, self.round_view)
        self.round_view.add_open_round_widget(self.devices_panel)
        self.answer_view = AnswerView(self)
        self.handover_view = HandoverView(self)
        self.reveal_view = RevealView(wf, self)
        self.joint_view = JointView(wf, self)
        self.stack = QStackedWidget(self)
        for view in (
            self.catalog_view,
            self.round_view,
            self.answer_view,
            self.handover_view,
            self.reveal_view,
            self.joint_view,
        ):
            self.stack.addWidget(view)

        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_buttons: dict[int, QPushButton] = {}
        bar = QHBoxLayout()
        labels = {
            MODE_CATALOG: self.tr("Katalog"),
            MODE_ROUND: self.tr("Einzelrunde"),
            MODE_REVEAL: self.tr("Ergebnis"),
            MODE_JOINT: self.tr("Gemeinsame Einschätzung"),
        }
        for mode, text in labels.items():
            b = QPushButton(text, self)
            b.setObjectName(f"modeButton{mode}")
            b.setCheckable(True)
            b.setMinimumHeight(style.TOUCH)
            b.setFont(style.font(b, style.BODY_PT + 1, bold=True))
            self.mode_group.addButton(b, mode)
            self.mode_buttons[mode] = b
            bar.addWidget(b)
        bar.addStretch(1)
        self.mode_group.idClicked.connect(self.show_mode)
        # Tab starts at the mode bar, above the views (which were made before it).
        buttons = list(self.mode_buttons.values())
        rest = [w for w in focus.chain_of(self) if w not in buttons]
        if rest:
            focus.place_after(buttons[-1], rest)

        # The guiding questions live in the shell's sidebar, the same panel for every step.
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.catalog_view.start_requested.connect(lambda: self.show_mode(MODE_ROUND))
        self.round_view.start_requested.connect(self.start_round)
        self.round_view.participant_chosen.connect(self.begin_answers)
        self.round_view.reveal_requested.connect(self.reveal_round)
        self.round_view.discard_requested.connect(self.discard_round)
        self.answer_view.confirmed.connect(self.submit)
        self.answer_view.cancelled.connect(self._back_to_round)
        self.handover_view.next_requested.connect(self._back_to_round)
        self.reveal_view.second_round_requested.connect(self.start_second_round)
        self.joint_view.action_requested.connect(self.open_or_create_action)
        self.joint_view.take_over_requested.connect(self.take_over_flagged)
        signals.changed.connect(self._changed)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._update_progress)
        self.mode = MODE_CATALOG
        self._focus_was_here = False
        self._turn = False
        self.show_mode(MODE_ROUND if wf.checklist.open_round() else MODE_CATALOG)

    # --- modes ----------------------------------------------------------------

    def round_is_open(self) -> bool:
        return self.wf.checklist.open_round() is not None

    def show_mode(self, mode: int) -> None:
        self._remember_focus()
        open_round = self.round_is_open()
        if open_round and mode in (MODE_REVEAL, MODE_JOINT):
            mode = MODE_ROUND
        if self.stack.currentWidget() is self.answer_view:
            self.answer_view.clear()  # leaving mid-entry discards it, as "Abbrechen" would
            self._set_turn(False)
        self.mode = mode
        self._lock_results(open_round)
        views: dict[int, CatalogView | RoundView | RevealView | JointView] = {
            MODE_CATALOG: self.catalog_view,
            MODE_ROUND: self.round_view,
            MODE_REVEAL: self.reveal_view,
            MODE_JOINT: self.joint_view,
        }
        view = views[mode]
        view.refresh()
        if self._read_only:
            self._lock_edits()  # the views build their rows anew on refresh
        self._show(view)
        self.mode_buttons[mode].setChecked(True)
        self.mode_changed.emit(mode)
        if self._progress_timer.isActive():  # what the screen shows now is current: so is the projector
            self._progress_timer.stop()
            self._update_progress()

    def set_read_only(self) -> None:
        """Look at the catalogue, the results and the joint assessment; change nothing."""
        self._read_only = True
        self._lock_edits()

    def _lock_edits(self) -> None:
        rv, cv, rev = self.round_view, self.catalog_view, self.reveal_view
        read_only.edits_inputs(cv)
        read_only.edits_inputs(self.joint_view)
        read_only.edits(rv.start_button, rv.reveal_button, rv.discard_button, rv.grid_host)
        read_only.edits(self.devices_panel.start_button, self.devices_panel.stop_button)
        read_only.edits(rev.select_all, rev.second_button)
        read_only.lock(self)

    def _remember_focus(self) -> None:
        """Note, before the screen changes, whether the keyboard is working on this page.

        Widgets that disappear (a pressed "Bestätigen", the form of the last person) would
        otherwise leave the focus wherever Qt puts it, e.g. in the sidebar.
        """
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            self._focus_was_here = True

    def wants_room_width(self) -> bool:
        """The round, a person's answers, the hand-over and the result are the room's
        screens: names, four answer options and the bars need the whole width."""
        return self.stack.currentWidget() in (self.round_view, self.answer_view, self.handover_view, self.reveal_view)

    def _show(self, view: QWidget) -> None:
        """Show ``view`` and, if the keyboard was working here, put it on the next thing to do.

        A participant who answers with the keyboard lands on their first statement,
        "Weiter", the next person's name; the moderator on the mode just chosen.
        """
        wanted = self.wants_room_width()
        self.stack.setCurrentWidget(view)
        if self.wants_room_width() != wanted:
            self.room_width_changed.emit()
        if not self._focus_was_here:
            return
        self._focus_was_here = False
        target: QWidget | None = None
        if view is self.answer_view and self.answer_view.rows:
            target = next(iter(self.answer_view.rows[0].buttons.values()), None)
        elif view is self.handover_view:
            target = self.handover_view.next_button
        elif view is self.round_view:
            target = self.round_view.first_open_button()
        target = target or self.mode_buttons[self.mode]
        # New rows and buttons become visible with the next turn of the event loop.
        QTimer.singleShot(0, target, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))

    def _lock_results(self, open_round: bool) -> None:
        for mode in (MODE_REVEAL, MODE_JOINT):
            self.mode_buttons[mode].setEnabled(not open_round)
            self.mode_buttons[mode].setToolTip(
                self.tr("Erst nach dem Aufdecken der laufenden Einzelrunde.") if open_round else ""
            )
        if open_round:
            self.reveal_view.clear()
            self.joint_view.clear()

    def activated(self) -> None:
        self.show_mode(self.mode)

    def _changed(self, event: StoreEvent) -> None:
        topic, op, ident = event
        if is_new_submission(event):
            if not self._progress_timer.isActive():  # the first of a burst starts the clock
                self._progress_timer.start()
            return
        if topic in RELOAD_TOPICS or (topic, op) == (Topic.WORKSHOP, Op.RESET):
            open_round = self.round_is_open()
            if open_round and self.mode in (MODE_REVEAL, MODE_JOINT):
                self.show_mode(MODE_ROUND)
                return
            self._lock_results(open_round)
            current = self.stack.currentWidget()
            if current in (self.catalog_view, self.round_view, self.reveal_view, self.joint_view):
                current.refresh()
            elif current in (self.answer_view, self.handover_view):
                self.round_view.refresh()  # who has answered; the form itself stays untouched
        elif topic in (Topic.JOINT, Topic.ACTION) and self.stack.currentWidget() is self.joint_view:
            self.joint_view.update_joint(ident if topic is Topic.JOINT else None)  # type: ignore[arg-type]

    def _update_progress(self) -> None:
        """Show who has answered: the name buttons in place, the counts, the projector."""
        self.round_view.update_answered()
        if self.stack.currentWidget() is self.catalog_view:
            self.catalog_view.refresh()  # editing the catalogue locks with the first answer
        self.progress_changed.emit()

    # --- the individual round ------------------------------------------------------

    def start_round(self, anonymous: bool) -> None:
        self._remember_focus()
        try:
            self.workshop_commands.write(lambda: self.wf.checklist.start_round(anonymous=anonymous))
        except FhError as exc:
            show_error(self, exc)
            return
        self.show_mode(MODE_ROUND)

    def start_second_round(self, item_ids: list[int], anonymous: bool) -> None:
        self._remember_focus()
        try:
            self.workshop_commands.write(lambda: self.wf.checklist.start_round(item_ids, anonymous=anonymous))
        except FhError as exc:
            show_error(self, exc)
            return
        self.show_mode(MODE_ROUND)

    def begin_answers(self, participant_id: int, correction: bool) -> None:
        self._remember_focus()
        rnd = self.wf.checklist.open_round()
        person = next((p for p in self.wf.meta.participants() if p.id == participant_id), None)
        if rnd is None or person is None:
            return
        items = self.wf.checklist.round_items(rnd)
        self.answer_view.begin(person, items, self.wf.checklist.catalog().scale, correction)
        self._show(self.answer_view)
        self._set_turn(True)

    # --- a person's turn: everything but the form waits ------------------------------

    def turn_in_progress(self) -> bool:
        return self._turn

    def _set_turn(self, on: bool) -> None:
        if on == self._turn:
            return
        self._turn = on
        for button in self.mode_buttons.values():
            button.setEnabled(not on)
        if not on:
            self._lock_results(self.round_is_open())
        self.turn_changed.emit(on)

    def request_leave(self, then) -> None:  # noqa: ANN001 - a callable
        """Someone wants another step mid-turn: ask before the person's answers are dropped."""
        def leave() -> None:
            self.answer_view.clear()
            self._set_turn(False)
            self.show_mode(MODE_ROUND)
            then()

        if not self.answer_view.values() and not self.answer_view.comment_edit.text():
            leave()
            return
        style.ask(
            self,
            self.tr("Eingaben verwerfen?"),
            self.tr("{name} ist mitten in der Einschätzung. Die Eingaben verwerfen und den Schritt wechseln? "
                    "Es wird nichts gespeichert.").format(name=self.answer_view.person_name),
            "confirmLeaveTurn",
            leave,
            warning=True,
        )

    def submit(self, participant_id: int, values: dict, comment: str) -> None:
        self._remember_focus()
        rnd = self.wf.checklist.open_round()
        if rnd is None:
            return
        round_id = style.stored_id(rnd)
        try:
            # Personal data: written, but never an undo step (nor named in one).
            self.workshop_commands.write(lambda: self.wf.checklist.submit(round_id, participant_id, values, comment))
        except FhError as exc:
            show_error(self, exc)
            return
        self.answer_view.clear()
        self._set_turn(False)
        self._show(self.handover_view)

    def _back_to_round(self) -> None:
        self._remember_focus()
        self.answer_view.clear()
        self._set_turn(False)
        self.show_mode(MODE_ROUND)

    def reveal_round(self) -> None:
        self._remember_focus()
        rnd = self.wf.checklist.open_round()
        if rnd is None:
            return
        round_id = style.stored_id(rnd)
        try:
            self.workshop_commands.write(lambda: self.wf.checklist.reveal_round(round_id))
        except FhError as exc:
            show_error(self, exc)
            return
        self.show_mode(MODE_REVEAL)

    def discard_round(self) -> None:
        self._remember_focus()
        rnd = self.wf.checklist.open_round()
        if rnd is not None:
            round_id = style.stored_id(rnd)
            try:
                self.workshop_commands.write(lambda: self.wf.checklist.discard_round(round_id))
            except FhError as exc:
                show_error(self, exc)
        self.show_mode(MODE_ROUND)

    # --- joint round -> step 3 ------------------------------------------------------

    def open_or_create_action(self, item_id: int, action_id: int) -> None:
        """The joint row's button: open its action in step 3, or create one here."""
        if action_id:
            self.navigate_requested.emit(3, ACTION, action_id)
            return
        item = self._item(item_id)
        if item is None:
            return
        from fh_desktop.ui.checklist.action_draft_dialog import OPEN, ActionDraftDialog

        dialog = ActionDraftDialog(item.statement, self._draft(item).title, self)
        self.draft_dialog = dialog  # kept: tests and the garbage collector

        def done() -> None:
            action = self.create_draft_action(item_id, dialog.title)
            if action is not None and dialog.choice == OPEN:
                self.navigate_requested.emit(3, ACTION, action.id)

        dialog.accepted.connect(done)
        dialog.open()

    def _item(self, item_id: int) -> model.CatalogItem | None:
        return next((i for i in self.wf.checklist.items() if i.id == item_id), None)

    def _draft(self, item: model.CatalogItem, title: str | None = None) -> model.Action:
        joint = next((j for j in self.wf.checklist.joint() if j.item_id == item.id), None)
        # The statement is the target state (Zielsetzung); the title names where it comes
        # from and waits for the room's own words: never the statement twice.
        ref = catalog_format.qualified_ref(self.wf.checklist.catalog().key, item.code)
        return model.Action(
            title=title or self.tr("Maßnahme zu {ref}").format(ref=ref),
            goal=" ".join(item.statement.split()),
            description=joint.note if joint else "",
            status=enums.Status.OPEN,
            item_ids=[item.id],  # type: ignore[list-item]
            dimension=ref,
            level=item.level,
        )

    def create_draft_action(self, item_id: int, title: str | None = None) -> model.Action | None:
        item = self._item(item_id)
        if item is None:
            return None
        command = AddActionsCommand(self.wf, [self._draft(item, title)], self.tr("Maßnahme anlegen"), new=True)
        if not self.workshop_commands.push(command):
            return None
        return command.actions[0]

    def flagged_without_action(self) -> list[model.CatalogItem]:
        """Items the room marked 'Handlungsbedarf' that no action refers to yet."""
        linked = {i for a in self.wf.actions.actions() for i in a.item_ids}
        flagged = {j.item_id for j in self.wf.checklist.joint() if j.needs_action}
        return [i for i in self.wf.checklist.items() if i.id in flagged and i.id not in linked]

    def take_over_flagged(self) -> list[model.Action]:
        """One action per flagged item without one, as one undo step; the room stays here."""
        items = self.flagged_without_action()
        if not items:
            return []
        text = self.tr("%n Maßnahme(n) aus dem Handlungsbedarf anlegen", "", len(items))
        command = AddActionsCommand(self.wf, [self._draft(i) for i in items], text, new=True)
        if not self.workshop_commands.push(command):
            return []
        return list(command.actions)

    def shutdown(self) -> None:
        self._progress_timer.stop()  # the file closes now: nothing may read it later
        self.devices.stop()

    def projector_view(self, parent: QWidget) -> QWidget:
        from fh_desktop.ui.checklist.projector_view import ChecklistProjectorView

        return ChecklistProjectorView(self, parent)

    # --- links from other steps ---------------------------------------------------------

    def reveal(self, kind: str, ident: int) -> None:
        if kind != ITEM:
            return
        if self.round_is_open():
            self.show_mode(MODE_CATALOG)
            self.catalog_view.select(ident)
            return
        if self.mode == MODE_REVEAL and self.stack.currentWidget() is self.reveal_view and self.reveal_view.show_item(ident):
            return
        if self.mode != MODE_JOINT or self.stack.currentWidget() is not self.joint_view:
            self.show_mode(MODE_JOINT)
        self.joint_view.show_item(ident)
