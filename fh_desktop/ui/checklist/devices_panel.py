"""The round view's "Auf eigenen Geräten antworten": start, stop, the address, the claims.

The moderator chooses the network (one address, the LAN preselected), starts the server,
and sees which device took which name, with "Freigeben" to give a name back. Answers are
never shown here: a claim says only whether its device has sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain.errors import FhError
from fh_desktop.ui.checklist import style
from fh_desktop.ui.checklist.devices import PREFERRED_PORT, DevicesController
from fh_desktop.ui.checklist.qr_widget import QrWidget
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.errors import show_error
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY
from fh_desktop.web import net
from fh_desktop.web.session import Claim


class DevicesPanel(QFrame):
    def __init__(self, devices: DevicesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.devices = devices
        self.title = style.plain_label(self.tr("Auf eigenen Geräten antworten"), self, style.STATEMENT_PT, bold=True, wrap=False)
        self.hint = style.plain_label("", self, style.BODY_PT)
        self.hint.setStyleSheet(f"color: {theme.css(theme.MUTED)};")
        # The explanation is the moderator's; in presentation mode on a small beamer the
        # room's names need the height (the room gets the QR code and join code).
        self.hint.setProperty(MODERATOR_ONLY, True)
        # Folded away until asked for: on a 1280x800 laptop three lines of explanation
        # took the height the room's name tiles need. The title's tooltip says it too.
        self.hint.hide()
        self.hint_button = QToolButton(self)
        self.hint_button.setObjectName("devicesHintToggle")
        self.hint_button.setText(self.tr("Wie geht das?"))
        self.hint_button.setCheckable(True)
        self.hint_button.setProperty(MODERATOR_ONLY, True)
        self.hint_button.toggled.connect(self.hint.setVisible)

        self.network = QComboBox(self)
        self.network.setObjectName("devicesNetwork")
        self.network.setAccessibleName(self.tr("Netzwerk"))
        self.network.setMinimumHeight(style.TOUCH - 12)
        # The address must stay readable when the panel sits beside the round's buttons.
        self.network.setMinimumContentsLength(18)  # "eth0 – 192.168.178.20"; filled only when shown
        self.network.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.port = QSpinBox(self)
        self.port.setObjectName("devicesPort")
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("automatisch"))
        self.port.setValue(PREFERRED_PORT)
        self.port.setMinimumHeight(style.TOUCH - 12)
        self.start_button = QPushButton(self.tr("Starten"), self)
        self.start_button.setObjectName("devicesStart")
        self.start_button.setMinimumHeight(style.TOUCH - 8)
        self.start_button.clicked.connect(self._start)
        self.stop_button = QPushButton(self.tr("Beenden"), self)
        self.stop_button.setObjectName("devicesStop")
        self.stop_button.setMinimumHeight(style.TOUCH - 8)
        self.stop_button.clicked.connect(self.devices.stop)
        self.network_label = QLabel(self.tr("Netzwerk:"), self)
        self.network_label.setBuddy(self.network)
        self.port_label = QLabel(self.tr("Port:"), self)
        self.port_label.setBuddy(self.port)

        self.qr = QrWidget(self, minimum=116)  # small here: the projector shows the large one
        self.qr.setMaximumSize(132, 132)
        self.address = style.plain_label("", self, style.STATEMENT_PT, bold=True, wrap=False)
        self.address.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.address.setObjectName("devicesAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.claims_title = style.plain_label(self.tr("Gewählte Namen"), self, style.BODY_PT, bold=True)
        self.claims_scroll = QScrollArea(self)
        self.claims_scroll.setWidgetResizable(True)
        self.claims_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.claims_scroll.setMaximumHeight(120)
        self.claims_host = QWidget(self.claims_scroll)
        self.claims_scroll.setWidget(self.claims_host)
        self.claims_grid = QGridLayout(self.claims_host)
        self.claims_grid.setContentsMargins(0, 0, 0, 0)
        self.release_buttons: dict[int, QPushButton] = {}
        self.state_labels: dict[int, QLabel] = {}
        self._claim_rows: list[tuple[int, str, int, str]] = []  # what the rows show, in order
        self._claims_empty = False

        controls = QHBoxLayout()
        for w in (self.network_label, self.network, self.port_label, self.port):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.start_button)
        controls.addWidget(self.stop_button)
        info = QVBoxLayout()
        info.addWidget(self.claims_title)
        info.addWidget(self.claims_scroll)
        running = QHBoxLayout()
        running.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        running.addLayout(info, 1)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.hint_button, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.address, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addLayout(running)
        layout.addLayout(controls)
        devices.changed.connect(self.refresh)
        # The addresses are read when the panel is first shown (``showEvent``): listing the
        # interfaces opens a (never connected) socket, which a window that only starts, or a
        # workshop that never runs a round, must not do.
        self._networks_filled = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._networks_filled:
            self._networks_filled = True
            self._fill_networks()
        super().showEvent(event)

    def _fill_networks(self) -> None:
        self.network.clear()
        for iface in net.interfaces():
            if iface.kind == "loopback":
                text = self.tr("nur dieser Rechner ({address})").format(address=iface.address)
            else:
                text = f"{iface.name} – {iface.address}" if iface.name else iface.address
            self.network.addItem(text, iface.address)
        at = self.network.findData(net.default_address())
        self.network.setCurrentIndex(max(0, at))

    def _set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.title.setToolTip(text)
        self.hint_button.setToolTip(text)

    def refresh(self) -> None:
        running = self.devices.running
        p = self.devices.participation
        for w in (self.network_label, self.network, self.port_label, self.port, self.start_button):
            w.setVisible(not running)
        for shown in (self.stop_button, self.qr, self.address, self.claims_title, self.claims_scroll):
            shown.setVisible(running)
        if not running or p is None:
            self._set_hint(
                self.tr("Alle antworten gleichzeitig auf dem eigenen Handy, über das lokale Netz dieses "
                        "Rechners (WLAN oder eigener Hotspot), ohne Internet. Wer kein Handy hat, antwortet "
                        "weiter hier am Bildschirm.")
            )
            self.qr.set_text("")
            self._show_claims([])
            return
        self._set_hint(
            self.tr("Der Projektor zeigt den QR-Code. Nur Geräte im selben Netz erreichen die Seite; "
                    "sie endet mit dem Aufdecken.")
        )
        self.qr.set_text(p.url)
        self.address.setText(
            self.tr("Adresse: {address}   Code: {code}").format(address=p.base_url.removeprefix("http://"), code=p.join_code)
        )
        self._show_claims(self.devices.claims())

    def _show_claims(self, claims: list[Claim]) -> None:
        """One row per claim; rebuilt only when who claimed which name changed, else the
        rows' states are updated in place (a phone's "abgeschickt" touches one row)."""
        rows = [(c.participant_id, c.name, c.device_number, c.device_label) for c in claims]
        empty = not claims and self.devices.running
        if rows != self._claim_rows or empty != self._claims_empty:
            self._build_claims(claims, empty)
            self._claim_rows, self._claims_empty = rows, empty
        for claim in claims:
            state = self.tr("abgeschickt") if claim.submitted else self.tr("antwortet gerade")
            label = self.state_labels[claim.participant_id]
            if label.text() != state:
                label.setText(state)
            self.release_buttons[claim.participant_id].setVisible(not claim.submitted)

    def _build_claims(self, claims: list[Claim], empty: bool) -> None:
        style.clear_layout(self.claims_grid)
        self.release_buttons = {}
        self.state_labels = {}
        if empty:
            note = style.plain_label(self.tr("Noch hat kein Gerät einen Namen gewählt."), self.claims_host)
            self.claims_grid.addWidget(note, 0, 0)
            return
        for row, claim in enumerate(claims):
            device = self.tr("Gerät {n}").format(n=claim.device_number)
            if claim.device_label:
                device += f" ({claim.device_label})"
            state = style.plain_label("", self.claims_host)
            self.claims_grid.addWidget(style.plain_label(claim.name, self.claims_host, bold=True), row, 0)
            self.claims_grid.addWidget(style.plain_label(device, self.claims_host), row, 1)
            self.claims_grid.addWidget(state, row, 2)
            button = QPushButton(self.tr("Freigeben"), self.claims_host)
            button.setObjectName(f"release{claim.participant_id}")
            button.setToolTip(self.tr("Der Name kann dann auf einem anderen Gerät gewählt werden."))
            button.setMinimumHeight(40)
            button.clicked.connect(lambda *_, pid=claim.participant_id: self.devices.release(pid))
            self.claims_grid.addWidget(button, row, 3)
            self.release_buttons[claim.participant_id] = button
            self.state_labels[claim.participant_id] = state

    def _start(self) -> None:
        address = self.network.currentData()
        try:
            self.devices.start(address, self.port.value())
        except FhError as exc:
            show_error(self, exc)
