"""The three steps as large, always visible navigation buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from fh_desktop.domain import enums
from fh_desktop.ui.common import theme


class StepNavigation(QWidget):
    step_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepNavigation")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        self.buttons: dict[int, QPushButton] = {}
        for step in enums.STEP_TITLES:
            label = enums.step_label(step, lambda s: QCoreApplication.translate("enums", s))
            button = QPushButton(label.replace(" ", "  ", 1), self)  # a wider gap after the number
            button.setObjectName(f"stepButton{step}")
            button.setCheckable(True)
            button.setMinimumHeight(40)
            heading = enums.step_heading(step, lambda s: QCoreApplication.translate("enums", s))
            button.setToolTip(self.tr("Schritt {heading} (Strg+{n})").format(heading=heading, n=step))
            self.group.addButton(button, step)
            self.buttons[step] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self.step_selected)
        theme.notifier().changed.connect(self._apply_theme)
        self._apply_theme()

    def _apply_theme(self) -> None:
        # The current step must stand out on any projector, also where the native style barely shows "checked".
        self.setStyleSheet(
            f"QPushButton {{ padding: 4px 14px; }}"
            f"QPushButton:checked {{ background-color: {theme.css(theme.ACCENT)}; color: {theme.css(theme.ACCENT_TEXT)};"
            f" border: 1px solid {theme.css(theme.ACCENT)}; border-radius: 3px; }}"
        )

    def add_trailing(self, widget: QWidget) -> None:
        """A widget at the bar's right end, after the stretch (the clock, when the sidebar is away)."""
        layout = self.layout()
        assert layout is not None
        layout.addWidget(widget)

    def set_current(self, step: int) -> None:
        self.buttons[step].setChecked(True)
