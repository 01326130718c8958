"""Small widgets floating over the board: the empty-board hint and the zoom controls."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

PANEL_STYLE = (
    "QFrame#%s { background: rgba(255, 255, 255, 235); border: 1px solid #b9b2a0; border-radius: 6px; }"
)


class EmptyBoardHint(QFrame):
    """Shown while the board is empty: start from the template or with a first card."""

    template_requested = Signal()
    card_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyBoardHint")
        self.setStyleSheet(PANEL_STYLE % "emptyBoardHint")
        title = QLabel(self.tr("Die Pinnwand ist noch leer."), self)
        title.setStyleSheet("font-size: 20px; font-weight: bold")
        text = QLabel(
            self.tr(
                "Beginnen Sie mit einer Vorlage der typischen Planungsakteure und Gremien "
                "(Jugendhilfe-, Sozial- und Gesundheitsplanung, Netzwerk Frühe Hilfen, Ausschüsse) "
                "oder mit einer leeren Karte. Doppelklick auf die Fläche legt jederzeit eine Karte an."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 14px")
        self.template_button = QPushButton(self.tr("Vorlage mit typischen Akteuren einfügen"), self)
        self.template_button.setObjectName("templateButton")
        self.template_button.setDefault(True)
        self.template_button.setStyleSheet("font-size: 15px; padding: 8px 10px")
        self.card_button = QPushButton(self.tr("Erste Karte anlegen"), self)
        self.card_button.setStyleSheet("font-size: 15px; padding: 8px 10px")
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button, 1)
        buttons.addWidget(self.card_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.setFixedWidth(640)
        self.template_button.clicked.connect(self.template_requested)
        self.card_button.clicked.connect(self.card_requested)


class ZoomControls(QFrame):
    zoom_in = Signal()
    zoom_out = Signal()
    reset = Signal()
    fit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoomControls")
        self.out_button = QToolButton(self)
        self.out_button.setText("−")
        self.out_button.setToolTip(self.tr("Verkleinern (Strg+Minus)"))
        self.percent = QToolButton(self)
        self.percent.setObjectName("zoomPercent")
        self.percent.setToolTip(self.tr("Auf 100 % (Strg+0)"))
        self.percent.setMinimumWidth(56)
        self.in_button = QToolButton(self)
        self.in_button.setText("+")
        self.in_button.setToolTip(self.tr("Vergrößern (Strg+Plus)"))
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Alles zeigen"))
        self.fit_button.setToolTip(self.tr("Die ganze Pinnwand zeigen (Pos1)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        for w in (self.out_button, self.percent, self.in_button, self.fit_button):
            w.setAutoRaise(True)
            w.setStyleSheet("font-size: 14px")
            layout.addWidget(w)
        self.out_button.clicked.connect(self.zoom_out)
        self.in_button.clicked.connect(self.zoom_in)
        self.percent.clicked.connect(self.reset)
        self.fit_button.clicked.connect(self.fit)
        self.set_zoom(1.0)

    def set_zoom(self, factor: float) -> None:
        self.percent.setText(f"{round(factor * 100)} %")
        self.adjustSize()
