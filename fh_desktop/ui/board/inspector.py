"""The side panel "Eigenschaften": shows and edits whatever is selected on the board."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.store.services.board import DOT_MEANINGS_KEY
from fh_desktop.domain import board_ops, enums
from fh_desktop.domain import board_style as st
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.ui.board import qt_style
from fh_desktop.ui.board.card_panel import CardPanel, swatch, vocabulary_combo
from fh_desktop.ui.board.controller import BoardController
from fh_desktop.ui.board.scene import BoardScene

GAP_COLOR_NAME = QT_TRANSLATE_NOOP("Inspector", "Planungslücke (gelb)")
ALIGN_BUTTONS = (
    (board_ops.ALIGN_LEFT, QT_TRANSLATE_NOOP("Inspector", "Links")),
    (board_ops.ALIGN_HCENTER, QT_TRANSLATE_NOOP("Inspector", "Mitte")),
    (board_ops.ALIGN_RIGHT, QT_TRANSLATE_NOOP("Inspector", "Rechts")),
    (board_ops.ALIGN_TOP, QT_TRANSLATE_NOOP("Inspector", "Oben")),
    (board_ops.ALIGN_VCENTER, QT_TRANSLATE_NOOP("Inspector", "Mittig")),
    (board_ops.ALIGN_BOTTOM, QT_TRANSLATE_NOOP("Inspector", "Unten")),
)


def align_text(text: str) -> str:
    """The translated name of an alignment (``ALIGN_BUTTONS``), in this module's context."""
    return QCoreApplication.translate("Inspector", text)


def zone_color_name(color: str) -> str:
    """A zone colour's name: the planning area it stands for, or "Planungslücke"."""
    if color == st.GAP_ZONE_COLOR:
        return QCoreApplication.translate("Inspector", GAP_COLOR_NAME)
    for area, area_color in st.AREA_ZONE_COLORS.items():
        if area_color == color:
            return qt_style.label(enums.PlanningArea.LABELS, area)
    return color


def plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    label.setWordWrap(True)
    return label


class LinkPanel(QWidget):
    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkPanel")
        self.controller = controller
        self.link_id: int | None = None
        self._loading = False
        self.ends = plain_label("", self)
        self.kind = vocabulary_combo(self, "linkKind", enums.LinkKind.ALL, enums.LinkKind.LABELS)
        self.direction = vocabulary_combo(self, "linkDirection", enums.LinkDirection.ALL, enums.LinkDirection.LABELS)
        self.label = QLineEdit(self)
        self.label.setObjectName("linkLabel")
        self.label.setPlaceholderText(self.tr("z. B. „jährlicher Bericht“"))
        self.reverse = QPushButton(self.tr("Richtung umkehren"), self)
        self.delete = QPushButton(self.tr("Verbindung löschen"), self)
        form = QFormLayout()
        form.addRow(self.tr("Art"), self.kind)
        form.addRow(self.tr("Richtung"), self.direction)
        form.addRow(self.tr("Beschriftung"), self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ends)
        layout.addLayout(form)
        layout.addWidget(self.reverse)
        layout.addWidget(self.delete)
        layout.addStretch(1)
        self.kind.activated.connect(lambda _i: self._edit({"kind": self.kind.currentData()}))
        self.direction.activated.connect(lambda _i: self._edit({"direction": self.direction.currentData()}))
        self.label.textEdited.connect(lambda text: self._edit({"label": text}, "label"))
        self.label.editingFinished.connect(controller.new_burst)
        self.reverse.clicked.connect(lambda: self.link_id is not None and controller.reverse_link(self.link_id))
        self.delete.clicked.connect(controller.delete_selection)

    def show_link(self, scene: BoardScene, link_id: int) -> None:
        item = scene.links[link_id]
        if self.link_id != link_id:
            self.controller.new_burst()
        self.link_id = link_id
        lk = item.link
        self._loading = True
        try:
            arrow = {"none": "—", "forward": "→", "both": "↔"}[lk.direction]
            self.ends.setText(f"{item.source.card.title or '…'}  {arrow}  {item.target.card.title or '…'}")
            self.kind.setCurrentIndex(self.kind.findData(lk.kind))
            self.direction.setCurrentIndex(self.direction.findData(lk.direction))
            if self.label.text() != lk.label:
                self.label.setText(lk.label)
        finally:
            self._loading = False

    def _edit(self, values: dict, field: str | None = None) -> None:
        if self.link_id is not None and not self._loading:
            self.controller.edit_link(self.link_id, values, field)


class ZonePanel(QWidget):
    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zonePanel")
        self.controller = controller
        self.zone_id: int | None = None
        self.label = QLineEdit(self)
        self.label.setObjectName("zoneLabel")
        self.label.setPlaceholderText(self.tr("z. B. „Planungslücke“"))
        colors = QGridLayout()
        self.color_buttons: dict[str, QToolButton] = {}
        for i, color in enumerate(st.ZONE_COLORS):
            button = QToolButton(self)
            button.setIcon(swatch(color, 20))
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setToolTip(zone_color_name(color))
            button.clicked.connect(lambda _=False, c=color: self._edit({"color": c}))
            colors.addWidget(button, i // 4, i % 4)
            self.color_buttons[color] = button
        self.delete = QPushButton(self.tr("Zone löschen"), self)
        hint = plain_label(self.tr("Karten und Zonen in der Zone wandern mit, wenn man sie an ihrer Beschriftung oder ihrem Rand zieht."), self)
        hint.setStyleSheet("color: #555")
        form = QFormLayout()
        form.addRow(self.tr("Beschriftung"), self.label)
        form.addRow(self.tr("Farbe"), colors)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.delete)
        layout.addStretch(1)
        self.label.textEdited.connect(lambda text: self._edit({"label": text}, "label"))
        self.label.editingFinished.connect(controller.new_burst)
        self.delete.clicked.connect(controller.delete_selection)

    def show_zone(self, scene: BoardScene, zone_id: int) -> None:
        zone = scene.zones[zone_id].zone
        if self.zone_id != zone_id:
            self.controller.new_burst()
        self.zone_id = zone_id
        if self.label.text() != zone.label:
            self.label.setText(zone.label)
        for color, button in self.color_buttons.items():
            button.setChecked(color == zone.color)

    def _edit(self, values: dict, field: str | None = None) -> None:
        if self.zone_id is not None:
            self.controller.edit_zone(self.zone_id, values, field)


class SelectionPanel(QWidget):
    """Several things selected: set area or kind for all, align, delete."""

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionPanel")
        self.controller = controller
        self.summary = plain_label("", self)
        for_all = self.tr("– für alle setzen –")
        self.area = vocabulary_combo(
            self, "selectionArea", enums.PlanningArea.ALL, enums.PlanningArea.LABELS, colored=True, first=for_all
        )
        self.kind = vocabulary_combo(self, "selectionKind", enums.CardKind.ALL, enums.CardKind.LABELS, first=for_all)
        form = QFormLayout()
        form.addRow(self.tr("Planungsbereich"), self.area)
        form.addRow(self.tr("Art"), self.kind)
        align = QGridLayout()
        for i, (mode, text) in enumerate(ALIGN_BUTTONS):
            button = QPushButton(align_text(text), self)
            button.setToolTip(self.tr("Ausgewählte Karten ausrichten"))
            button.clicked.connect(lambda _=False, m=mode: controller.align(m))
            align.addWidget(button, i // 3, i % 3)
        spread = QHBoxLayout()
        for axis, text in ((board_ops.HORIZONTAL, self.tr("Waagerecht verteilen")), (board_ops.VERTICAL, self.tr("Senkrecht verteilen"))):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, a=axis: controller.distribute(a))
            spread.addWidget(button)
        self.link_button = QPushButton(self.tr("Die zwei Karten verbinden (Strg+L)"), self)
        self.link_button.clicked.connect(controller.link_selected)
        buttons = QHBoxLayout()
        duplicate = QPushButton(self.tr("Duplizieren"), self)
        delete = QPushButton(self.tr("Löschen"), self)
        duplicate.clicked.connect(controller.duplicate_selection)
        delete.clicked.connect(controller.delete_selection)
        buttons.addWidget(duplicate)
        buttons.addWidget(delete)
        align_title = QLabel(self.tr("Ausrichten"), self)
        align_title.setStyleSheet("font-weight: bold")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(align_title)
        layout.addLayout(align)
        layout.addLayout(spread)
        layout.addWidget(self.link_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._card_ids: list[int] = []
        self.area.activated.connect(self._set_area)
        self.kind.activated.connect(self._set_kind)

    def show_selection(self, cards: list[int], zones: list[int], links: list[int]) -> None:
        self._card_ids = cards
        parts = []
        if cards:
            parts.append(self.tr("%n Karte(n)", "", len(cards)))
        if zones:
            parts.append(self.tr("%n Zone(n)", "", len(zones)))
        if links:
            parts.append(self.tr("%n Verbindung(en)", "", len(links)))
        self.summary.setText(self.tr("Ausgewählt: {what}").format(what=", ".join(parts)))
        self.area.setEnabled(bool(cards))
        self.kind.setEnabled(bool(cards))
        self.link_button.setVisible(len(cards) == 2)

    def _set_area(self, _index: int) -> None:
        code = self.area.currentData()
        self.area.setCurrentIndex(0)
        if code:
            self.controller.edit_cards(self._card_ids, {"area": code}, self.tr("Planungsbereich setzen"))

    def _set_kind(self, _index: int) -> None:
        code = self.kind.currentData()
        self.kind.setCurrentIndex(0)
        if code:
            self.controller.edit_cards(self._card_ids, {"kind": code}, self.tr("Kartenart setzen"))


class Inspector(QWidget):
    """Follows the selection and the store; shows the fitting panel."""

    def __init__(self, controller: BoardController, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardInspector")
        self.scene = scene
        self.stack = QStackedWidget(self)
        self.help = plain_label(
            self.tr(
                "Nichts ausgewählt.\n\n"
                "• Doppelklick auf freie Fläche: neue Karte\n"
                "• Karte am blauen Punkt ziehen: Verbindung\n"
                "• Freie Fläche ziehen: Pinnwand verschieben\n"
                "• In einer Zone ziehen: ihre Karten auswählen\n"
                "• Zone an Namen oder Rand ziehen: mit ihren Karten verschieben\n"
                "• Umschalt + Ziehen: mehrere auswählen\n"
                "• Strg + Mausrad: zoomen, Pos1: alles zeigen\n"
                "• Entf: löschen, Strg+D: duplizieren\n"
                "• Tasten 1–4: Klebepunktfarbe rot, grün, blau, gelb wählen,\n  dann Klick auf die Karte"
            ),
            self,
        )
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.help.setStyleSheet("color: #444")
        self.setMinimumWidth(0)
        self.card_panel = CardPanel(controller, self)
        self.link_panel = LinkPanel(controller, self)
        self.zone_panel = ZonePanel(controller, self)
        self.selection_panel = SelectionPanel(controller, self)
        for w in (self.help, self.card_panel, self.link_panel, self.zone_panel, self.selection_panel):
            self.stack.addWidget(w)
        title = QLabel(self.tr("Eigenschaften"), self)
        title.setStyleSheet("font-weight: bold; font-size: 15px")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(title)
        layout.addWidget(self.stack, 1)
        scene.selectionChanged.connect(self.refresh)

    def refresh(self) -> None:
        if not shiboken6.isValid(self.scene):  # the page is being torn down
            return
        cards, zones, links = self.scene.selected_ids()
        n = len(cards) + len(zones) + len(links)
        if n == 0:
            self.stack.setCurrentWidget(self.help)
        elif n == 1 and cards:
            item = self.scene.cards[cards[0]]
            self.card_panel.show_card(item.card, item.dot_counts())
            self.stack.setCurrentWidget(self.card_panel)
        elif n == 1 and links:
            self.link_panel.show_link(self.scene, links[0])
            self.stack.setCurrentWidget(self.link_panel)
        elif n == 1 and zones:
            self.zone_panel.show_zone(self.scene, zones[0])
            self.stack.setCurrentWidget(self.zone_panel)
        else:
            self.selection_panel.show_selection(cards, zones, links)
            self.stack.setCurrentWidget(self.selection_panel)

    def on_store_event(self, event: StoreEvent) -> None:
        """Refresh only when the shown thing changed: a batch of a thousand moves must not
        rebuild the panel a thousand times. Removals arrive as selection changes."""
        topic, op, ident = event
        current = self.stack.currentWidget()
        panels: dict[QWidget | None, tuple[Topic, int | None]] = {
            self.card_panel: (Topic.CARD, self.card_panel.card.id if self.card_panel.card else None),
            self.link_panel: (Topic.LINK, self.link_panel.link_id),
            self.zone_panel: (Topic.ZONE, self.zone_panel.zone_id),
        }
        shown = panels.get(current)
        if topic is Topic.WORKSHOP or (op is Op.CHANGED and shown == (topic, ident)):
            self.refresh()
        elif current is self.card_panel and (topic is Topic.DOT or (topic is Topic.SETTING and ident == DOT_MEANINGS_KEY)):
            self.refresh()
        elif current is self.link_panel and topic is Topic.CARD:
            self.refresh()
