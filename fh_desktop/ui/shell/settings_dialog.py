"""Application settings: language and the sound when a time box is used up.

Changes apply at once (no OK button): choosing a language re-installs the translator
and the main window rebuilds its menus and workshop view from scratch (every string
is translated where the widget is built); this dialog retranslates itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from fh_desktop.settings import Settings
from fh_desktop.ui.common import translation

# Language names stay in their own language, so everyone finds theirs.
ENDONYMS = {"de": "Deutsch", "en": "English"}


class SettingsDialog(QDialog):
    language_chosen = Signal(str)  # "" (system), "de", "en"

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("", translation.SYSTEM)
        for code in translation.LANGUAGES:
            self.language_combo.addItem(ENDONYMS[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language())))
        self.language_combo.activated.connect(self._language_activated)
        self.sound_check = QCheckBox(self)
        self.sound_check.setObjectName("soundCheck")
        self.sound_check.setChecked(settings.sound_on_time_up())
        self.sound_check.toggled.connect(settings.set_sound_on_time_up)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)
        self.sound_hint = QLabel(self)
        self.sound_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow("", self.sound_check)
        form.addRow("", self.sound_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._retranslate()

    def _language_activated(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        self._settings.set_language(code)
        self._settings.sync()
        self.language_chosen.emit(code)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Einstellungen"))
        self.language_label.setText(self.tr("&Sprache:"))
        system = ENDONYMS[translation.resolve(translation.SYSTEM)]
        self.language_combo.setItemText(0, self.tr("Wie das System ({language})").format(language=system))
        self.language_combo.setAccessibleName(self.tr("Sprache der Oberfläche"))
        self.sound_check.setText(self.tr("Ton, wenn die Zeit eines Schritts abgelaufen ist"))
        self.sound_hint.setText(
            self.tr(
                "Der Ton ist der Hinweiston des Systems; ob er zu hören ist, hängt vom Gerät ab. "
                "Die Zeitanzeige pulsiert in jedem Fall sanft."
            )
        )
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
