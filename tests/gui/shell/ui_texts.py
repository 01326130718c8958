"""Finding German text in the English UI: what every visible widget, menu and action says.

Two nets, so the check stays meaningful as the pages grow:
1. exact: a shown text matches a German source string of the .ts whose English differs
   (a string that bypasses its translation, e.g. ``tr()`` under a wrong context);
2. heuristic: a shown text, with the workshop's own data cut out, still has umlauts, ß or
   common German words (a string that never went through ``tr()`` at all).
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from fh_desktop import resources

TS = resources.path("translations", "fh_desktop_en.ts")
# Names that stay German in English on purpose (the About box explains "Frühe Hilfen" once).
# Names that stay German in English: the program, the field, the institute, and the title of
# the NZFH material the sources are cited from (a publication keeps its title).
PROPER_NAMES = (
    "Frühe-Hilfen-Werkstatt", "Frühe Hilfen Werkstatt", "Frühe Hilfen", "NZFH",
    "Kommunale Verankerung in der Jugendhilfe-, Sozial- und Gesundheitsplanung",
)
GERMAN_WORDS = {
    "und", "oder", "der", "das", "dem", "des", "nicht", "mit", "für", "von", "zum", "zur", "ein", "eine",
    "einen", "ist", "sind", "wird", "werden", "bitte", "noch", "auf", "aus", "bei", "nach", "schritt",
    "zeit", "fragen", "datei", "bearbeiten", "ansicht", "hilfe", "einstellungen", "teilnehmende", "beenden",
    "abbrechen", "keine", "alle", "neuer", "neue", "zurück", "weiter", "schließen", "öffnen", "speichern",
    "hinzufügen", "entfernen", "löschen", "karte", "checkliste", "pinnwand", "maßnahme", "maßnahmen",
    "einschätzung", "anzeigen", "ausblenden", "wählen", "bildschirm", "beamer", "ablauf", "abschließen",
}
UMLAUT = re.compile(r"[äöüÄÖÜß]")
# Word endings English hardly has: Verbindung, Möglichkeit, Sicherheit, jährlich, politisch, Planung ...
GERMAN_ENDING = re.compile(r"\w{3,}(ung|ungen|keit|heit|lich|isch|ieren|schaft)$")


def looks_german(text: str) -> bool:
    # All-capital words are acronyms (the MIT licence), not German "mit".
    words = {w.lower() for w in re.findall(r"[\wäöüÄÖÜß]+", text) if not w.isupper()}
    return bool(UMLAUT.search(text) or words & GERMAN_WORDS or any(GERMAN_ENDING.match(w) for w in words))


def _normal(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def german_sources(ts: Path = TS) -> list[re.Pattern[str]]:
    """Patterns of the German source strings whose English differs (placeholders match anything)."""
    patterns = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if all(_normal(f) == _normal(source) for f in forms):
            continue
        body = re.escape(_normal(source))
        body = re.sub(r"\\\{[a-z_]+\\\}", ".+?", body).replace("%n", r"\d+")
        patterns.append(re.compile(body, re.DOTALL))
    return patterns


def data_strings(snapshot: object) -> list[str]:
    """Every text the workshop itself holds (titles, names, questions ...), longest first."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
            found.update(part for part in re.split(r"\s*[\n•]\s*", value) if part)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(snapshot)
    return sorted((s for s in found if len(s) >= 3), key=len, reverse=True)


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    out = [(where, menu.title())]
    for act in menu.actions():
        if act.menu() is not None:
            out += _menu_texts(act.menu(), f"{where} > {act.text()}")
        elif not act.isSeparator():
            out += [(f"{where} > action", act.text()), (f"{where} > tooltip", act.toolTip())]
    return out


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what ``root`` and its visible children show the user."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow():
            out.append((where + " title", w.windowTitle()))
        for kind, text in (("tooltip", w.toolTip()), ("accessible", w.accessibleName()), ("status", w.statusTip())):
            out.append((f"{where} {kind}", text))
        if isinstance(w, QLabel):
            text = w.text()
            if w.textFormat() != Qt.TextFormat.PlainText and re.search(r"<[a-zA-Z/]", text):
                text = re.sub(r"<[^>]+>", " ", text)
            out.append((where, text))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((where + " placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox) and not w.isEditable():
            out += [(where, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractSpinBox):
            out += [(where, getattr(w, "suffix", lambda: "")()), (where, w.specialValueText())]
        elif isinstance(w, QTabWidget):
            out += [(where, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QTextBrowser):
            out.append((where, w.toPlainText()))
        header = w.horizontalHeader() if isinstance(w, QTableView) else w.header() if isinstance(w, QTreeView) else None
        if header is not None and w.model() is not None:
            out += [
                (where + " header", str(w.model().headerData(i, Qt.Orientation.Horizontal) or ""))
                for i in range(header.count())
            ]
        if isinstance(w, QMenu):
            out += _menu_texts(w, where)
    if hasattr(root, "menuBar"):
        for act in root.menuBar().actions():
            if act.menu() is not None:
                out += _menu_texts(act.menu(), "menu")
    for act in root.findChildren(QAction):
        out += [("action", act.text()), ("action tooltip", act.toolTip())]
    return [(where, text) for where, text in out if text and text.strip()]


def german_leftovers(texts: list[tuple[str, str]], data: list[str], patterns: list[re.Pattern[str]]) -> list[str]:
    problems = []
    for where, text in texts:
        plain = _normal(text)
        if any(p.fullmatch(plain) for p in patterns):
            problems.append(f"{where}: {text!r} (German source shown instead of its translation)")
            continue
        rest = plain
        for s in sorted((*data, *PROPER_NAMES), key=len, reverse=True):  # longest first: a name holds shorter ones
            if s in rest:
                rest = rest.replace(s, " ")
        if looks_german(rest):
            problems.append(f"{where}: {text!r} (looks German, not translated)")
    return sorted(set(problems))
