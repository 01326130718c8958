"""The agenda: the three steps with their time boxes and status, and the countdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEasingCurve, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fh_desktop import resources
from fh_desktop.domain import enums
from fh_desktop.domain import guiding_questions as gq
from fh_desktop.domain.timer import format_clock
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.flow_row import FlowRow
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY

if TYPE_CHECKING:  # the timer (and the store behind it) loads when a workshop opens
    from fh_desktop.ui.shell.step_timer import StepTimer



def step_title(step: int) -> str:
    return QCoreApplication.translate("enums", enums.STEP_TITLES[step])


def status_label(status: str) -> str:
    return QCoreApplication.translate("enums", enums.StepStatus.LABELS[status])


class CountdownLabel(QLabel):
    """The big time left (``+m:ss`` once over), coloured gently as the box runs out.

    Used in the agenda and on the projector; ``scale`` is relative to the widget's font.
    """

    def __init__(self, timer: StepTimer, scale: float = 3.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self._timer = timer
        self._scale = scale
        self._pulse = 0.0
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Verbleibende Zeit"))
        self._apply_font()
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setKeyValueAt(0.5, 1.0)
        self._animation.setEndValue(0.0)
        self._animation.setDuration(1200)
        self._animation.setLoopCount(3)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._animation.valueChanged.connect(self._set_pulse)
        timer.ticked.connect(self.refresh)
        timer.state_changed.connect(self.refresh)
        timer.time_up.connect(lambda _step: self.cue())
        theme.notifier().changed.connect(self.refresh)
        self.refresh()

    def _apply_font(self) -> None:
        self.setFont(theme.scaled_font(self.font(), self._scale, bold=True))

    def cue(self) -> None:
        """The gentle visual signal that the time box is used up: three soft pulses."""
        self._animation.stop()
        self._animation.start()

    @property
    def state(self) -> str:
        """``done``, ``paused`` (not running), ``overrun``, ``warning`` or ``normal``: what the clock does."""
        if self._timer.is_done():
            return "done"
        if not self._timer.running:
            return "paused"
        if self._timer.is_over():
            return "overrun"
        return "warning" if self._timer.is_warning() else "normal"

    def refresh(self) -> None:
        text = format_clock(self._timer.remaining())
        if self._timer.is_done():
            text = "✓ " + text  # a finished step: its time stands, it does not run
        if text != self.text():
            self.setText(text)
        state = self.state
        self.setProperty("timerState", state)
        colour = {"overrun": theme.OVERRUN, "warning": theme.WARNING, "paused": theme.MUTED, "done": theme.DONE}.get(state)
        rules = [f"color: {theme.css(colour)};"] if colour else []
        if self._pulse > 0:
            c = QColor(theme.color(theme.OVERRUN))
            c.setAlphaF(0.25 * self._pulse)
            rules.append(f"background-color: rgba({c.red()}, {c.green()}, {c.blue()}, {c.alpha()}); border-radius: 8px;")
        sheet = " ".join(rules)
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)

    def _set_pulse(self, value: object) -> None:
        self._pulse = float(value)  # type: ignore[arg-type]
        self.refresh()


class AgendaPanel(QWidget):
    """Countdown of the step on screen with start/pause, and the plan of all three steps."""

    next_step_requested = Signal(int)  # "Weiter zu Schritt n": show it and start its time

    def __init__(self, timer: StepTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.timer = timer
        heading = QLabel(self.tr("Ablauf"), self)
        heading.setObjectName("agendaHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.countdown = CountdownLabel(timer, 3.0, self)
        self.caption = QLabel(self)
        self.caption.setObjectName("agendaCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)

        self.start_button = QPushButton(self)
        self.start_button.setObjectName("timerStartButton")
        self.finish_button = QPushButton(self.tr("Abschließen"), self)
        self.finish_button.setObjectName("timerFinishButton")
        self.finish_button.setToolTip(self.tr("Schritt als erledigt markieren; die Zeit hält an."))
        self.reset_button = QPushButton(self.tr("Zurücksetzen"), self)
        self.reset_button.setObjectName("timerResetButton")
        self.reset_button.setToolTip(self.tr("Zeit dieses Schritts auf null und Status auf „offen“ setzen"))
        self.reset_button.setProperty(MODERATOR_ONLY, True)
        # Offered once a step is finished: one click to go on with the next one.
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("timerNextStepButton")
        self.next_button.clicked.connect(self._go_on)
        for b in (self.start_button, self.finish_button, self.reset_button, self.next_button):
            b.setMinimumHeight(44)  # a finger, not a mouse pointer
        self.start_button.clicked.connect(timer.toggle)
        self.finish_button.clicked.connect(lambda: timer.finish())
        self.reset_button.clicked.connect(lambda: timer.reset())
        # Wrapped, not squeezed: beside a step page on a 1280 px laptop the sidebar is
        # about 320 px wide, where one row cut "Zurücksetzen".
        buttons = FlowRow(self)
        for b in (self.start_button, self.finish_button, self.reset_button):
            buttons.add(b)

        self.plan = QFrame(self)
        self.plan.setObjectName("agendaPlan")
        self.plan.setProperty(MODERATOR_ONLY, True)
        grid = QGridLayout(self.plan)
        grid.setContentsMargins(0, 0, 0, 0)
        self.step_labels: dict[int, QLabel] = {}
        self.minute_spins: dict[int, QSpinBox] = {}
        self.status_combos: dict[int, QComboBox] = {}
        self.elapsed_labels: dict[int, QLabel] = {}
        for row, step in enumerate(enums.STEP_TITLES):
            label = QLabel(f"{step}  {step_title(step)}", self.plan)
            spin = QSpinBox(self.plan)
            spin.setObjectName(f"plannedMinutes{step}")
            spin.setRange(1, 24 * 60)
            spin.setSuffix(self.tr(" Min."))
            spin.setAccessibleName(self.tr("Geplante Minuten für Schritt {n}").format(n=step))
            spin.setMinimumHeight(36)
            spin.setKeyboardTracking(False)  # one save per finished entry, not per digit
            spin.valueChanged.connect(lambda v, s=step: timer.set_planned_minutes(s, v))
            combo = QComboBox(self.plan)
            combo.setObjectName(f"stepStatus{step}")
            combo.setAccessibleName(self.tr("Status von Schritt {n}").format(n=step))
            combo.setMinimumHeight(36)
            for status in enums.StepStatus.ALL:
                combo.addItem(status_label(status), status)
            combo.activated.connect(lambda i, s=step, c=combo: timer.set_status(s, c.itemData(i)))
            elapsed = QLabel(self.plan)
            elapsed.setObjectName(f"stepElapsed{step}")
            elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(spin)
            # The step's name on a line of its own, its plan below: four columns did not
            # fit the sidebar's width beside a step page (the elapsed time was cut off).
            grid.addWidget(label, 2 * row, 0, 1, 3)
            grid.addWidget(spin, 2 * row + 1, 0)
            grid.addWidget(combo, 2 * row + 1, 1)
            grid.addWidget(elapsed, 2 * row + 1, 2)
            self.step_labels[step] = label
            self.minute_spins[step] = spin
            self.status_combos[step] = combo
            self.elapsed_labels[step] = elapsed
        grid.setColumnStretch(2, 1)
        # The Praxismaterial's ranges (60–90 / 60–90 / mind. 30 Min.): a plan outside says so.
        self.step_info = gq.parse_steps(resources.load_json("guiding_questions.json"))
        for step, spin in self.minute_spins.items():
            info = self.step_info.get(step)
            if info is not None:
                spin.setToolTip(self.tr("Empfohlen im Praxismaterial: {range}").format(range=info.time_label))
        self.range_warning = QLabel(self.plan)
        self.range_warning.setObjectName("timeRangeWarning")
        self.range_warning.setWordWrap(True)
        self.range_warning.setStyleSheet("color: #8a4b00;")
        grid.addWidget(self.range_warning, 2 * len(self.minute_spins), 0, 1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading)
        layout.addWidget(self.countdown)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        layout.addWidget(self.next_button)
        layout.addWidget(self.plan)
        self.setTabOrder(self.start_button, self.finish_button)
        self.setTabOrder(self.finish_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.next_button)
        previous: QWidget = self.next_button
        for step in enums.STEP_TITLES:
            self.setTabOrder(previous, self.minute_spins[step])
            self.setTabOrder(self.minute_spins[step], self.status_combos[step])
            previous = self.status_combos[step]
        timer.state_changed.connect(self.refresh)
        timer.ticked.connect(self._refresh_times)
        theme.notifier().changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        t = self.timer
        step = t.active_step
        if t.running:
            self.start_button.setText(self.tr("Pause"))
        elif t.elapsed() > 0:
            self.start_button.setText(self.tr("Weiter"))
        else:
            self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Zeit für Schritt {n} starten oder anhalten").format(n=step))
        following = step + 1
        offer = t.is_done() and following in enums.STEP_TITLES
        if offer:
            self.next_button.setText(
                self.tr("Weiter: Schritt {n} {title} beginnen").format(n=following, title=step_title(following))
            )
            self.next_button.setToolTip(self.tr("Schritt {n} zeigen und seine Zeit starten").format(n=following))
        self.next_button.setVisible(offer)
        for s in enums.STEP_TITLES:
            plan = t.plan(s)
            spin = self.minute_spins[s]
            if spin.value() != plan.planned_minutes:
                spin.blockSignals(True)
                spin.setValue(plan.planned_minutes)
                spin.blockSignals(False)
            combo = self.status_combos[s]
            combo.setCurrentIndex(combo.findData(plan.status))
            running_item = combo.model()
            if isinstance(running_item, QStandardItemModel):  # only the step on screen can run
                item = running_item.item(combo.findData(enums.StepStatus.RUNNING))
                if item is not None:
                    item.setEnabled(s == step)
            font = self.step_labels[s].font()
            font.setBold(s == step)
            self.step_labels[s].setFont(font)
            colour = theme.css(theme.DONE) if plan.status == enums.StepStatus.DONE else None
            self.elapsed_labels[s].setStyleSheet(f"color: {colour};" if colour else "")
        self._refresh_range_warning()
        self._refresh_times()

    def _go_on(self) -> None:
        following = self.timer.active_step + 1
        if following in enums.STEP_TITLES:
            self.next_step_requested.emit(following)

    def _refresh_range_warning(self) -> None:
        lines = []
        for s in enums.STEP_TITLES:
            info = self.step_info.get(s)
            message = info.minutes_warning(self.timer.plan(s).planned_minutes) if info else None
            if message:
                text = QCoreApplication.translate("guiding", message).format(range=info.time_label)  # type: ignore[union-attr]
                lines.append(self.tr("Schritt {n}: {text}").format(n=s, text=text))
        self.range_warning.setText("\n".join(lines))
        self.range_warning.setVisible(bool(lines))

    def _refresh_times(self) -> None:
        t = self.timer
        step = t.active_step
        planned = t.plan(step).planned_minutes
        used = int(t.elapsed() // 60)
        if t.is_done():
            text = self.tr("Schritt {n} {title}: abgeschlossen – {used} von {planned} Min.")
        elif t.is_over():
            text = self.tr("Schritt {n} {title}: Zeit überschritten – {used} von {planned} Min.")
        elif not t.running and t.elapsed() > 0:
            text = self.tr("Schritt {n} {title}: angehalten – {used} von {planned} Min.")
        else:
            text = self.tr("Schritt {n} {title}: {used} von {planned} Min.")
        self.caption.setText(text.format(n=step, title=step_title(step), used=used, planned=planned))
        for s in enums.STEP_TITLES:
            self.elapsed_labels[s].setText(format_clock(t.elapsed(s)))
