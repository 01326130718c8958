"""The two checks every edit passes, with their one message each: a closed vocabulary's
value, and the length of a text.

Messages name the field by its German label (context ``errors``), never by its column
name; the UI translates template and label (``ui.common.errors.error_text``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.domain.model import MAX_TEXT

MSG_CHOICE = QT_TRANSLATE_NOOP("errors", "Ungültiger Wert für {field}: „{value}“.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "Der Text für {field} ist zu lang ({length} Zeichen, höchstens {limit})."
)

# Field (column) name -> the label people read, for the fields an edit can carry.
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("errors", "Titel"),
    "text": QT_TRANSLATE_NOOP("errors", "Text"),
    "kommune": QT_TRANSLATE_NOOP("errors", "Kommune"),
    "place": QT_TRANSLATE_NOOP("errors", "Ort"),
    "moderator": QT_TRANSLATE_NOOP("errors", "Moderation"),
    "notes": QT_TRANSLATE_NOOP("errors", "Notizen"),
    "name": QT_TRANSLATE_NOOP("errors", "Name"),
    "role": QT_TRANSLATE_NOOP("errors", "Rolle"),
    "label": QT_TRANSLATE_NOOP("errors", "Beschriftung"),
    "kind": QT_TRANSLATE_NOOP("errors", "Art"),
    "area": QT_TRANSLATE_NOOP("errors", "Planungsbereich"),
    "key": QT_TRANSLATE_NOOP("errors", "Kennung"),
    "source": QT_TRANSLATE_NOOP("errors", "Quelle"),
    "code": QT_TRANSLATE_NOOP("errors", "Nummer"),
    "topic": QT_TRANSLATE_NOOP("errors", "Thema"),
    "statement": QT_TRANSLATE_NOOP("errors", "Aussage"),
    "help": QT_TRANSLATE_NOOP("errors", "Erläuterung"),
    "comment": QT_TRANSLATE_NOOP("errors", "Kommentar"),
    "note": QT_TRANSLATE_NOOP("errors", "Notiz"),
    "goal": QT_TRANSLATE_NOOP("errors", "Zielsetzung"),
    "description": QT_TRANSLATE_NOOP("errors", "Beschreibung"),
    "responsible": QT_TRANSLATE_NOOP("errors", "Verantwortlich"),
    "involved": QT_TRANSLATE_NOOP("errors", "Beteiligte"),
    "resources": QT_TRANSLATE_NOOP("errors", "Ressourcen"),
    "indicator": QT_TRANSLATE_NOOP("errors", "Erfolgsindikator"),
    "progress": QT_TRANSLATE_NOOP("errors", "Stand der Umsetzung"),
    "priority": QT_TRANSLATE_NOOP("errors", "Priorität"),
    "status": QT_TRANSLATE_NOOP("errors", "Status"),
    "state": QT_TRANSLATE_NOOP("errors", "Rundenstatus"),
    "group": QT_TRANSLATE_NOOP("errors", "Fragengruppe"),
    "start": QT_TRANSLATE_NOOP("errors", "Beginn"),
    "due": QT_TRANSLATE_NOOP("errors", "Zeitrahmen bis"),
}
# Labels the services name directly (already German), marked for translation here.
OTHER_LABELS = (
    QT_TRANSLATE_NOOP("errors", "Kartenart"),
    QT_TRANSLATE_NOOP("errors", "Einfluss"),
    QT_TRANSLATE_NOOP("errors", "Verbindungsart"),
    QT_TRANSLATE_NOOP("errors", "Richtung"),
    QT_TRANSLATE_NOOP("errors", "Antwortskala"),
    QT_TRANSLATE_NOOP("errors", "Antwort"),
    QT_TRANSLATE_NOOP("errors", "gemeinsame Einschätzung"),
    QT_TRANSLATE_NOOP("errors", "Frage"),
)


def field_label(name: str) -> str:
    """The German label of field ``name`` (a label passed in is returned as it is)."""
    return FIELD_LABELS.get(name, name)


def check_choice(field: str, value: object, allowed: Collection[object]) -> None:
    if value not in allowed:
        raise ValidationError(MSG_CHOICE, field=field_label(field), value=value)


def check_texts(values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ValidationError(MSG_TOO_LONG, field=field_label(name), length=len(value), limit=MAX_TEXT)
