"""What the room sees of step 2 on the projector, following the moderator's page.

The projector shows no controls and takes no input. While an individual round is open it
shows only who has answered (never what): the result and joint views are emptied, as on
the moderator's page. After the reveal it shows the same round and the same scroll
position as the moderator, so the discussion can point at what everybody sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QHBoxLayout, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.ui.checklist import style
from fh_desktop.ui.checklist.devices import DevicesController
from fh_desktop.ui.checklist.joint_view import JointView
from fh_desktop.ui.checklist.qr_widget import QrWidget
from fh_desktop.ui.checklist.page import MODE_JOINT, MODE_REVEAL, RELOAD_TOPICS, is_new_submission
from fh_desktop.ui.checklist.reveal_view import RevealView

if TYPE_CHECKING:
    from fh_desktop.ui.checklist.page import ChecklistPage


class JoinCodeBox(QWidget):
    """The large QR code with the short address and the join code, while phones may answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorJoin")
        self.qr = QrWidget(self, minimum=300)
        self.qr.setMaximumSize(420, 420)
        self.address = style.plain_label("", self, style.TITLE_PT, bold=True, wrap=False)
        self.address.setObjectName("projectorAddress")
        self.code = style.plain_label("", self, style.HUGE_PT, bold=True, wrap=False)
        self.code.setObjectName("projectorJoinCode")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        for w in (self.address, self.code):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(w)
        layout.addStretch(1)
        self.hide()

    def show_for(self, devices: DevicesController) -> None:
        p = devices.participation if devices.running else None
        self.setVisible(p is not None)
        if p is None:
            self.qr.set_text("")
            return
        self.qr.set_text(p.url)
        self.address.setText(p.base_url.removeprefix("http://"))
        self.code.setText(self.tr("Code {code}").format(code=p.join_code))


class RoundProgressSlide(QWidget):
    """"Runde 2: 5 von 7 haben geantwortet" with a tick per name: who, never what."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorRoundProgress")
        self.title = style.plain_label("", self, style.HUGE_PT, bold=True)
        self.hint = style.plain_label("", self, style.STATEMENT_PT + 4)
        self.progress = style.plain_label("", self, style.TITLE_PT, bold=True)
        self.names = style.plain_label("", self, style.STATEMENT_PT + 4)
        self.join = JoinCodeBox(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(18)
        for w in (self.title, self.hint, self.progress):
            layout.addWidget(w)
        columns = QHBoxLayout()
        columns.addWidget(self.names, 1, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.join, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(columns, 1)

    def show_round(self, page: ChecklistPage) -> None:
        cl = page.wf.checklist
        rnd = cl.open_round()
        if rnd is None:
            return
        people = [p for p in page.wf.meta.participants() if not p.is_observer]
        done = cl.submitted_ids(style.stored_id(rnd))
        self.title.setText(self.tr("Runde {n}: Einzeleinschätzung").format(n=rnd.number))
        self.hint.setText(
            self.tr("Nacheinander am Bildschirm der Moderation. Niemand sieht fremde Antworten bis zum Aufdecken.")
        )
        self.join.show_for(page.devices)
        if page.devices.running:
            self.hint.setText(
                self.tr("Auf dem eigenen Handy: QR-Code scannen, den eigenen Namen wählen, antworten. Oder "
                        "nacheinander am Bildschirm der Moderation. Niemand sieht fremde Antworten bis zum Aufdecken.")
            )
        self.progress.setText(
            self.tr("{done} von {total} haben geantwortet.").format(
                done=sum(1 for p in people if p.id in done), total=len(people)
            )
        )
        self.names.setText("\n".join(f"{'✓' if p.id in done else '○'}  {p.name}" for p in people))


class ChecklistProjectorView(QWidget):
    def __init__(self, page: ChecklistPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistProjectorView")
        self.page = page
        self.setFont(style.font(self, style.BODY_PT + 2))
        # A picture for the room: nothing on it reacts to a stray click on the projector screen.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.progress = RoundProgressSlide(self)
        self.reveal_view = RevealView(page.wf, self)
        self.joint_view = JointView(page.wf, self)
        self.stack = QStackedWidget(self)
        for w in (self.progress, self.reveal_view, self.joint_view):
            self.stack.addWidget(w)
        self.slide = page.default_projector_view(self)
        self.stack.addWidget(self.slide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        for control in (
            self.reveal_view.round_box,
            self.reveal_view.compact_button,
            self.reveal_view.anonymous_box,
            self.reveal_view.select_all,
            self.reveal_view.second_button,
            self.joint_view.anonymise_button,
            self.joint_view.delete_button,
            self.joint_view.take_over_button,
            self.joint_view.privacy,
        ):
            control.hide()
        page.mode_changed.connect(self.follow)
        page.devices.running_changed.connect(self.follow)
        page.reveal_view.round_shown.connect(lambda *_: self.follow())
        page.reveal_view.compact_changed.connect(self.reveal_view.set_compact)
        page.signals.changed.connect(self._changed)
        page.progress_changed.connect(self._progress_changed)
        self._mirror_scrolling(page.reveal_view.scroll_area, self.reveal_view.scroll_area)
        self._mirror_scrolling(page.reveal_view.compact_scroll, self.reveal_view.compact_scroll)
        self._mirror_scrolling(page.joint_view.scroll_area, self.joint_view.scroll_area)
        self.follow()

    def follow(self, *_: object) -> None:
        if self.page.round_is_open():
            self.reveal_view.clear()
            self.joint_view.clear()
            self.progress.show_round(self.page)
            self.stack.setCurrentWidget(self.progress)
        elif self.page.mode == MODE_REVEAL:
            shown = self.page.reveal_view.round
            self.reveal_view.refresh(shown.id if shown else None)
            self.reveal_view.set_compact(self.page.reveal_view.compact_button.isChecked())
            self._hide_selection_boxes()
            self.stack.setCurrentWidget(self.reveal_view)
        elif self.page.mode == MODE_JOINT:
            self.joint_view.refresh()
            self._read_only_joint()
            self.stack.setCurrentWidget(self.joint_view)
        else:
            self.stack.setCurrentWidget(self.slide)

    def _changed(self, event: StoreEvent) -> None:
        topic, op, ident = event
        if is_new_submission(event):
            return  # the page gathers these and says so with progress_changed
        if topic in RELOAD_TOPICS or (topic, op) == (Topic.WORKSHOP, Op.RESET):
            self.follow()
        elif topic in (Topic.JOINT, Topic.ACTION) and self.stack.currentWidget() is self.joint_view:
            self.joint_view.update_joint(ident if topic is Topic.JOINT else None)  # type: ignore[arg-type]

    def _progress_changed(self) -> None:
        if self.stack.currentWidget() is self.progress:
            self.progress.show_round(self.page)

    def _hide_selection_boxes(self) -> None:
        for row in self.reveal_view.rows.values():
            row.select_box.hide()

    def _read_only_joint(self) -> None:
        for row in self.joint_view.rows.values():
            row.action_button.hide()
            row.note_edit.setReadOnly(True)

    @staticmethod
    def _mirror_scrolling(source: QScrollArea, target: QScrollArea) -> None:
        """The projector scrolls with the moderator, in proportion (their heights differ)."""

        def follow(value: int) -> None:
            src: QAbstractSlider = source.verticalScrollBar()
            dst: QAbstractSlider = target.verticalScrollBar()
            share = value / src.maximum() if src.maximum() else 0.0
            dst.setValue(round(share * dst.maximum()))

        source.verticalScrollBar().valueChanged.connect(follow)
