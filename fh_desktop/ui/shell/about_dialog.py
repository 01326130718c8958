"""About: version, purpose, and the licenses of what we ship."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from fh_desktop import __version__
from fh_desktop.ui.common.errors import log_place

COMPONENTS = [
    ("Qt / PySide6", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"),
    ("Alembic", "MIT"),
    ("SQLite", "Public Domain"),
    ("ReportLab", "BSD"),
    ("openpyxl", "MIT"),
    ("platformdirs", "MIT"),
    ("DejaVu Fonts", "Bitstream Vera / Public Domain"),
]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Über die Frühe-Hilfen-Werkstatt"))
        self.setObjectName("aboutDialog")
        self.resize(560, 460)
        text = QTextBrowser(self)
        text.setObjectName("aboutText")
        rows = "".join(f"<tr><td>{name}</td><td>{lic}</td></tr>" for name, lic in COMPONENTS)
        text.setHtml(
            "<h2>Frühe-Hilfen-Werkstatt</h2>"
            + self.tr("<p>Version {version} (Qt {qt}, PySide6 {pyside})</p>").format(
                version=__version__, qt=qVersion(), pyside=pyside_version
            )
            + self.tr(
                "<p>Moderationswerkzeug für den Workshop „Kommunale Verankerung in der "
                "Jugendhilfe-, Sozial- und Gesundheitsplanung“ aus dem Praxismaterial des Nationalen Zentrums "
                "Frühe Hilfen (NZFH). Ein eigenständiges Werkzeug, kein Angebot des NZFH. Arbeitet vollständig "
                "offline.</p>"
                "<p>Quellen: Kataloge und Fragen zitieren das NZFH-Praxismaterial, den Qualitätsrahmen Frühe Hilfen "
                "(Qualitätsdimensionen 4 und 5; NZFH (Hrsg.) (2016), Kompakt 5) und Schone (2017); leicht angepasste "
                "Formulierungen sind gekennzeichnet, ihr Original ist beigefügt.</p>"
                "<p>Lizenz: GPL-3.0-or-later. Verwendete Komponenten:</p>"
            )
            + f"<table cellpadding='4'>{rows}</table>"
            + self.tr("<p>Protokolldatei (für Rückfragen bei Fehlern): {log}</p>").format(log=html.escape(log_place()))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
