"""The side panel for one card: every field, the Klebepunkte with their counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums, model
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.ui.board import qt_style
from fh_desktop.ui.board.controller import BoardController

INFLUENCE_TEXTS = (
    QT_TRANSLATE_NOOP("CardPanel", "0 – kein Einfluss"),
    QT_TRANSLATE_NOOP("CardPanel", "1 – gering"),
    QT_TRANSLATE_NOOP("CardPanel", "2 – mittel"),
    QT_TRANSLATE_NOOP("CardPanel", "3 – hoch"),
)


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def vocabulary_combo(
    parent: QWidget, name: str, codes: tuple[str, ...], labels: dict[str, str], colored: bool = False,
    first: str | None = None,
) -> QComboBox:
    """A combo box of a vocabulary: translated labels, the codes as item data; planning
    areas with their colour. ``first``: an entry with no code (e.g. "– für alle setzen –")."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    if first is not None:
        combo.addItem(first, None)
    for code in codes:
        if colored:
            combo.addItem(swatch(st.area_color(code)), qt_style.label(labels, code), code)
        else:
            combo.addItem(qt_style.label(labels, code), code)
    return combo


class FocusOutPlainTextEdit(QPlainTextEdit):
    """Tells when typing in it is over, so the next typing becomes its own undo step."""

    def __init__(self, on_leave, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._on_leave = on_leave
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self._on_leave()
        super().focusOutEvent(event)


class CardPanel(QWidget):
    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPanel")
        self.controller = controller
        self.card: model.Card | None = None
        self._loading = False

        self.title = QLineEdit(self)
        self.title.setObjectName("cardTitle")
        self.title.setPlaceholderText(self.tr("Titel der Karte"))
        self.text = FocusOutPlainTextEdit(controller.new_burst, self)
        self.text.setObjectName("cardText")
        self.text.setPlaceholderText(self.tr("Aufgaben, Zuständigkeit, Notizen …"))
        self.kind = vocabulary_combo(self, "cardKind", enums.CardKind.ALL, enums.CardKind.LABELS)
        self.area = vocabulary_combo(self, "cardArea", enums.PlanningArea.ALL, enums.PlanningArea.LABELS, colored=True)
        self.influence = QComboBox(self)
        self.influence.setObjectName("cardInfluence")
        self.influence.addItem(self.tr("nicht bewertet"), None)
        for level, text in enumerate(INFLUENCE_TEXTS):
            self.influence.addItem(self.tr(text), level)
        self.influence.setToolTip(self.tr("Wie viel Einfluss hat dieser Akteur auf die Planung?"))

        form = QFormLayout()
        form.addRow(self.tr("Titel"), self.title)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Art"), self.kind)
        form.addRow(self.tr("Planungsbereich"), self.area)
        form.addRow(self.tr("Einfluss"), self.influence)

        dots = QGridLayout()
        dots.setHorizontalSpacing(6)
        self.dot_counts: dict[str, QLabel] = {}
        self.dot_add: dict[str, QToolButton] = {}
        self.dot_remove: dict[str, QToolButton] = {}
        self.dot_meanings: dict[str, QLineEdit] = {}
        for row, color in enumerate(enums.DOT_COLORS):
            name = QLabel(qt_style.label(enums.DOT_LABELS, color), self)
            icon = QLabel(self)
            icon.setPixmap(swatch(color, 16).pixmap(16, 16))
            count = QLabel("0", self)
            count.setObjectName(f"dotCount{row}")
            count.setMinimumWidth(24)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            minus, plus = QToolButton(self), QToolButton(self)
            minus.setText("−")
            plus.setText("+")
            minus.setObjectName(f"dotRemove{row}")
            plus.setObjectName(f"dotAdd{row}")
            minus.setToolTip(self.tr("Einen Klebepunkt dieser Farbe entfernen"))
            plus.setToolTip(self.tr("Einen Klebepunkt dieser Farbe aufkleben"))
            minus.clicked.connect(lambda _=False, c=color: self._remove_dot(c))
            plus.clicked.connect(lambda _=False, c=color: self._add_dot(c))
            meaning = QLineEdit(self)
            meaning.setObjectName(f"dotMeaning{row}")
            meaning.setPlaceholderText(self.tr("Bedeutung, z. B. dringend klären"))
            meaning.setToolTip(self.tr("Was diese Farbe bedeutet – gilt für die ganze Pinnwand und steht in der Legende"))
            meaning.setAccessibleName(self.tr("Bedeutung der Klebepunkte {color}").format(color=name.text()))
            meaning.editingFinished.connect(lambda c=color, e=meaning: self._set_dot_meaning(c, e.text()))
            for col, w in enumerate((icon, name, count, minus, plus, meaning)):
                dots.addWidget(w, row, col)
            self.dot_meanings[color] = meaning
            self.dot_counts[color] = count
            self.dot_add[color] = plus
            self.dot_remove[color] = minus
        dots.setColumnStretch(1, 1)
        dot_title = QLabel(self.tr("Klebepunkte"), self)
        dot_title.setStyleSheet("font-weight: bold")

        self.edit_button = QPushButton(self.tr("Auf der Karte schreiben"), self)
        self.edit_button.setToolTip(self.tr("Titel und Text direkt auf der Karte bearbeiten (F2)"))
        buttons = QHBoxLayout()
        self.duplicate_button = QPushButton(self.tr("Duplizieren"), self)
        self.delete_button = QPushButton(self.tr("Löschen"), self)
        self.delete_button.setObjectName("cardDelete")
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.edit_button)
        layout.addWidget(dot_title)
        layout.addLayout(dots)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.title.textEdited.connect(lambda text: self._edit({"title": text}, "title"))
        self.title.editingFinished.connect(controller.new_burst)
        self.text.textChanged.connect(self._text_changed)
        self.kind.activated.connect(lambda _i: self._edit({"kind": self.kind.currentData()}))
        self.area.activated.connect(lambda _i: self._edit({"area": self.area.currentData()}))
        self.influence.activated.connect(lambda _i: self._edit({"influence": self.influence.currentData()}))
        self.edit_button.clicked.connect(lambda: self.card and controller.edit_requested.emit(self.card.id))
        self.duplicate_button.clicked.connect(controller.duplicate_selection)
        self.delete_button.clicked.connect(controller.delete_selection)

    def show_card(self, card: model.Card, dots: dict[str, int]) -> None:
        """Fill the fields; a field keeps its text (and cursor) when nothing changed."""
        new_card = self.card is None or self.card.id != card.id
        if new_card:
            self.controller.new_burst()
        self.card = card
        self._loading = True
        try:
            if self.title.text() != card.title:
                self.title.setText(card.title)
                if not self.title.hasFocus():
                    self.title.setCursorPosition(0)  # show the beginning of a long title
            if self.text.toPlainText() != card.text:
                self.text.setPlainText(card.text)
            self.kind.setCurrentIndex(self.kind.findData(card.kind))
            self.area.setCurrentIndex(self.area.findData(card.area))
            self.influence.setCurrentIndex(0 if card.influence is None else card.influence + 1)
            for color, label in self.dot_counts.items():
                n = dots.get(color, 0)
                label.setText(str(n))
                self.dot_remove[color].setEnabled(n > 0)
            meanings = {m.color: m.meaning for m in self.controller.service.dot_meanings()}
            for color, edit in self.dot_meanings.items():
                if not edit.hasFocus() and edit.text() != meanings.get(color, ""):
                    edit.setText(meanings.get(color, ""))
        finally:
            self._loading = False

    def _edit(self, values: dict, field: str | None = None) -> None:
        if self.card is not None and not self._loading:
            self.controller.edit_card(self.card.id, values, field)  # type: ignore[arg-type]

    def _text_changed(self) -> None:
        self._edit({"text": self.text.toPlainText()}, "text")

    def _add_dot(self, color: str) -> None:
        if self.card is not None:
            self.controller.add_dot([self.card.id], color)  # type: ignore[list-item]

    def _set_dot_meaning(self, color: str, text: str) -> None:
        service = self.controller.service
        current = {m.color: m.meaning for m in service.dot_meanings()}.get(color, "")
        if " ".join(text.split()) == current:
            return
        # One undo step like every other edit; refused with one line (read-only, too long).
        ok = self.controller.commands.call(
            self.tr("Bedeutung der Klebepunkte ändern"),
            lambda: service.set_dot_meaning(color, text),
            lambda: service.set_dot_meaning(color, current),
        )
        if not ok:
            self.dot_meanings[color].setText(current)  # the field shows what is stored

    def _remove_dot(self, color: str) -> None:
        if self.card is not None:
            self.controller.remove_dot(self.card.id, color)  # type: ignore[arg-type]
