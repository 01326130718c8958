"""The shared screen between two people: who has answered, who is next, and the reveal.

It shows *who* has confirmed, never *what*: the only data it reads is the set of
participant ids with a submission in the open round.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import model
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.reflow_grid import ReflowGrid
from fh_desktop.ui.checklist import style

COLUMNS = 5  # at most, on a wide screen
# Name tiles from large to compact (points, minimum height): the largest at which every
# name is on screen without scrolling is used; 25 names on a 1280x800 laptop get the
# compact tiles, still a finger's height (48 px). Beyond that the names scroll.
TILE_SIZES = ((style.STATEMENT_PT, style.TOUCH + 8), (style.BODY_PT, style.TOUCH), (style.BODY_PT - 2, 48))


def screen_is_shared() -> bool:
    """True when the room sees this very screen: one display only, or displays mirrored.

    Mirrored outputs (most HDMI set-ups) appear as screens with the same geometry.
    """
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        return True
    return len({s.geometry().getRect() for s in screens}) < len(screens)


class RoundView(QWidget):
    participant_chosen = Signal(int, bool)  # participant id, is a correction
    start_requested = Signal(bool)  # anonymous
    reveal_requested = Signal()
    discard_requested = Signal()

    def __init__(self, wf: WorkshopFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundView")
        self.wf = wf
        self.round: model.Round | None = None
        self.title = style.plain_label("", self, style.TITLE_PT, bold=True)
        self.hint = style.plain_label("", self, style.STATEMENT_PT)
        self.progress = style.plain_label("", self, style.STATEMENT_PT, bold=True)
        self.progress.setObjectName("roundProgress")
        # As many name tiles in a row as fit whole: no name is cut on a 1024 px beamer.
        self.grid_host = ReflowGrid(self, spacing=12, max_columns=COLUMNS)
        self.names_scroll = QScrollArea(self)
        self.names_scroll.setObjectName("roundNames")
        self.names_scroll.setWidgetResizable(True)
        self.names_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.names_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names_scroll.setWidget(self.grid_host)
        # The area sizes the grid by its height for the width; without a minimum of its own
        # it would take the grid's minimumSizeHint (one narrow column) and always scroll.
        self.grid_host.setMinimumSize(1, 1)
        self.names_scroll.setMinimumHeight(style.TOUCH)
        self.names_scroll.installEventFilter(self)
        style.touch_scroll(self.names_scroll)
        self._tile_size = 0  # index into TILE_SIZES
        self._fitted_for: tuple[int, int, int] | None = None  # (width, height, names) last fitted
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_tiles)
        self.name_buttons: dict[int, QPushButton] = {}
        self._names: list[tuple[int, str]] = []  # (id, name) the buttons show, in order
        # Before the round: if everyone sees this screen, say so and offer what helps.
        self.shared_warning = style.plain_label("", self, style.BODY_PT)
        self.shared_warning.setObjectName("sharedScreenWarning")
        self.shared_warning.setStyleSheet("background: #fff3c4; color: #5a3b00; border: 2px solid #c98a00; padding: 8px;")
        self.observers = style.plain_label("", self, style.BODY_PT)
        self.observers.setStyleSheet(f"color: {theme.css(theme.MUTED)};")

        self.anonymous_box = QCheckBox(self.tr("Ergebnis anonym zeigen (keine Namen auf dem Bildschirm)"), self)
        self.anonymous_box.setFont(style.font(self.anonymous_box, style.BODY_PT))
        self.anonymous_box.setMinimumHeight(style.TOUCH)
        self.start_button = QPushButton(self.tr("Einzelrunde starten"), self)
        self.start_button.setObjectName("startRound")
        self.start_button.setMinimumHeight(style.TOUCH + 16)
        self.start_button.setFont(style.font(self.start_button, style.STATEMENT_PT + 2, bold=True))
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.anonymous_box.isChecked()))
        self.reveal_button = QPushButton(self.tr("Aufdecken"), self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setMinimumHeight(style.TOUCH + 16)
        self.reveal_button.setFont(style.font(self.reveal_button, style.STATEMENT_PT + 2, bold=True))
        self.reveal_button.clicked.connect(self._confirm_reveal)
        self.discard_button = QPushButton(self.tr("Runde abbrechen …"), self)
        self.discard_button.setMinimumHeight(style.TOUCH)
        self.discard_button.clicked.connect(self._confirm_discard)

        moderation = self.moderation_row = QHBoxLayout()
        moderation.addWidget(self.anonymous_box)
        moderation.addStretch(1)
        moderation.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignBottom)
        moderation.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignBottom)
        moderation.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.names_scroll, 1)
        layout.addWidget(self.shared_warning)
        layout.addWidget(self.observers)
        self.spacer = QWidget(self)  # takes the stretch before a round, when there are no names
        layout.addWidget(self.spacer, 1)
        layout.addLayout(moderation)
        self.open_round_widgets: list[QWidget] = []  # shown only while a round is open
        self.refresh()

    def add_open_round_widget(self, widget: QWidget) -> None:
        """Place ``widget`` left of the moderation buttons, visible while a round is open
        (beside them, not above: on a 1024x768 beamer every name tile keeps its row)."""
        self.moderation_row.insertWidget(0, widget, 1)
        self.open_round_widgets.append(widget)
        self.refresh()

    def scoring(self) -> list[model.Participant]:
        return [p for p in self.wf.meta.participants() if not p.is_observer]

    def refresh(self) -> None:
        """Read the round, the names and who has answered; the name buttons are rebuilt
        only when the names changed, else updated in place (``update_answered``)."""
        self.round = self.wf.checklist.open_round()
        people = self.scoring()
        observers = [p for p in self.wf.meta.participants() if p.is_observer]
        open_round = self.round is not None
        for w in (self.reveal_button, self.discard_button, self.progress, self.names_scroll, *self.open_round_widgets):
            w.setVisible(open_round)
        self.spacer.setVisible(not open_round)
        self.start_button.setVisible(not open_round)
        self.anonymous_box.setVisible(not open_round)
        self.observers.setText(
            self.tr("Beobachtend, ohne Bewertung: {names}").format(names=", ".join(p.name for p in observers))
            if observers
            else ""
        )
        shared = screen_is_shared()
        self.shared_warning.setVisible(shared and not open_round and bool(people))
        if shared:
            self.shared_warning.setText(
                self.tr("Achtung: Der Beamer zeigt diesen Bildschirm (nur ein Bildschirm oder gespiegelt). "
                        "Dann sehen alle die Eingaben jeder Person – anders als oben versprochen. "
                        "Abhilfe: einen zweiten Bildschirm erweitern und die Beamer-Ansicht (F8) nutzen; "
                        "während jeder Eingabe das Bild des Beamers stumm schalten (Taste an der Fernbedienung); "
                        "oder auf eigenen Geräten antworten lassen.")
            )
        if not open_round:
            self._set_names([])
            revealed = list(self.wf.checklist.rounds())
            self.title.setText(self.tr("Einzelrunde"))
            if not people:
                self.hint.setText(self.tr("Bitte zuerst die Teilnehmenden eintragen (oben: Teilnehmende)."))
            elif revealed:
                self.hint.setText(
                    self.tr("Eine weitere Runde zu ausgewählten Aussagen starten Sie im Ergebnis; "
                            "hier startet eine neue Runde zu allen Aussagen.")
                )
            else:
                self.hint.setText(
                    self.tr("Alle schätzen die Aussagen zuerst einzeln ein, nacheinander an diesem Bildschirm. "
                            "Niemand sieht fremde Antworten, bis die Moderation aufdeckt.")
                )
            self.start_button.setEnabled(bool(people))
            return
        assert self.round is not None
        n_items = len(self.wf.checklist.round_items(self.round))
        self.title.setText(self.tr("Runde {n}: Einzeleinschätzung").format(n=self.round.number))
        self.hint.setText(
            self.tr("Bitte wählen Sie Ihren Namen. %n Aussage(n) sind einzuschätzen.", "", n_items)
        )
        self._set_names(people)
        self.update_answered()

    def _set_names(self, people: list[model.Participant]) -> None:
        """One button per scoring person; kept as they are while the names stay the same."""
        names = [(style.stored_id(p), p.name) for p in people]
        if names == self._names:
            return
        for button in self.grid_host.clear():
            # Hidden first: a parentless button that was never hidden is shown as a window
            # of its own by the layout's pending show, and takes the focus from the window.
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self._names = names
        self.name_buttons = {}
        for pid, name in names:
            button = QPushButton(self.grid_host)
            button.setObjectName(f"nameButton{pid}")
            button.setProperty("name", name)
            self._show_answered(button, False)
            button.clicked.connect(lambda *_, pid=pid: self._choose(pid))
            button.installEventFilter(self)
            self.name_buttons[pid] = button
        # All at once (laid out once), and shown at once, not queued: the keyboard focus
        # may go to a button right away.
        self.grid_host.extend(list(self.name_buttons.values()))
        self._fitted_for = None
        self._fit_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if watched is self.names_scroll and kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_timer.start()
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QPushButton):
            self.names_scroll.ensureWidgetVisible(watched)  # the next person, reached by keys
        return super().eventFilter(watched, event)

    def tile_points(self) -> float:
        return TILE_SIZES[self._tile_size][0]

    def _fit_tiles(self) -> None:
        """The largest tiles at which every name is on screen; the smallest, scrolling, if none.

        Judged on the area's whole width (the scroll bar appears only when even the
        compact tiles do not fit), so a scroll bar coming or going cannot flip the choice.
        """
        area = self.names_scroll
        key = (area.width(), area.height(), len(self.name_buttons))
        if not self.name_buttons or not area.isVisible() or key == self._fitted_for:
            return
        self._fitted_for = key
        for size in range(len(TILE_SIZES)):
            self._apply_tile_size(size)
            if self.grid_host.heightForWidth(area.width()) <= area.height():
                break

    def _apply_tile_size(self, size: int) -> None:
        if size == self._tile_size:
            return  # new buttons are styled at the current size when made
        self._tile_size = size
        for button in self.name_buttons.values():
            self._style_tile(button)
        self.grid_host.cells_changed()

    def _style_tile(self, button: QPushButton) -> None:
        points, height = TILE_SIZES[self._tile_size]
        button.setMinimumHeight(height)
        button.setFont(style.font(button, points, bold=not button.property("answered")))

    def _show_answered(self, button: QPushButton, answered: bool) -> None:
        name = button.property("name")
        # One line per tile, the state as a mark (as on the projector): seven names fit a
        # 1024x768 beamer in presentation mode; the words stay in the tooltip and for screen readers.
        mark = "✓" if answered else "○"
        state = self.tr("hat geantwortet") if answered else self.tr("noch offen")
        button.setText(f"{mark}  {name}")
        button.setToolTip(state)
        button.setAccessibleName(f"{name}: {state}")
        button.setProperty("answered", answered)
        self._style_tile(button)
        button.setStyleSheet(
            "QPushButton { background: #e6f4ee; color: #1d4d3a; border: 2px solid #7fbfa6; border-radius: 10px; }"
            if answered
            else "QPushButton { background: #ffffff; border: 2px solid #4a6fa5; border-radius: 10px; }"
        )

    def update_answered(self) -> None:
        """Who has answered, and nothing else: what a new submission changes.

        Only the buttons whose state changed are touched (a phone's submission: one), and
        the counts.
        """
        if self.round is None:
            return
        done = self.wf.checklist.submitted_ids(style.stored_id(self.round))
        for pid, button in self.name_buttons.items():
            answered = pid in done
            if button.property("answered") != answered:
                self._show_answered(button, answered)
        total = len(self.name_buttons)
        missing = sum(1 for pid in self.name_buttons if pid not in done)
        if total and not missing:
            self.progress.setText(self.tr("Alle {n} haben geantwortet. Die Moderation kann jetzt aufdecken.").format(n=total))
            self.progress.setStyleSheet("color: #006b4f;")
            self.reveal_button.setStyleSheet("QPushButton { background: #006b4f; color: white; border-radius: 8px; }")
        else:
            self.progress.setText(
                self.tr("{done} von {total} haben geantwortet.").format(done=total - missing, total=total)
            )
            self.progress.setStyleSheet("")
            self.reveal_button.setStyleSheet("")

    def first_open_button(self) -> QPushButton | None:
        """The control to offer next: the first person without an answer, else reveal or start."""
        if self.round is None:
            return self.start_button if self.start_button.isEnabled() else None
        for button in self.name_buttons.values():
            if not button.property("answered"):
                return button
        return self.reveal_button

    def all_answered(self) -> bool:
        return self.round is not None and all(b.property("answered") for b in self.name_buttons.values())

    def _choose(self, participant_id: int) -> None:
        button = self.name_buttons.get(participant_id)
        if button is None:
            return
        if not button.property("answered"):
            self.participant_chosen.emit(participant_id, False)
            return
        style.ask(
            self,
            self.tr("Antworten korrigieren"),
            self.tr("{name} hat schon geantwortet. Neu einschätzen? Die bisherigen Antworten werden "
                    "erst beim Bestätigen ersetzt und hier nicht angezeigt.").format(name=button.property("name")),
            "confirmCorrection",
            lambda: self.participant_chosen.emit(participant_id, True),
        )

    def _confirm_reveal(self) -> None:
        if self.all_answered():
            self.reveal_requested.emit()
            return
        missing = sum(not b.property("answered") for b in self.name_buttons.values())
        style.ask(
            self,
            self.tr("Aufdecken"),
            self.tr("%n Person(en) haben noch nicht geantwortet. Trotzdem aufdecken?", "", missing),
            "confirmReveal",
            self.reveal_requested.emit,
        )

    def _confirm_discard(self) -> None:
        style.ask(
            self,
            self.tr("Runde abbrechen"),
            self.tr("Die Runde abbrechen und alle ihre Antworten löschen?"),
            "confirmDiscard",
            self.discard_requested.emit,
            warning=True,
        )
