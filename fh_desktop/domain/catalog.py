"""Checklist catalogs as data files: the format, its validation, the shipped default.

A catalog file (``resources/catalogs/*.json``, documented in ``docs/catalog-format.md``)
is parsed here into a ``model.Catalog`` header plus ``model.CatalogItem`` rows, the
form in which a workshop stores its own copy. Parsing is pure: text or a decoded dict
in, dataclasses out. Every problem raises a ``ValidationError`` that names the file,
the JSON path and what is wrong, because the person reading it has to fix that file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fh_desktop.domain import enums, model, scales
from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

FORMAT = "fh-catalog"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)  # version 1: every item ticked, no attribution, no dialogue
DEFAULT_KEY = "qd4-planung"

# Long enough for the longest Prüfkriterium with its questions, short enough for a screen.
MAX_STATEMENT = 1_000
MAX_HELP = 4_000
MAX_TITLE = 200
MAX_TOPIC = 600  # a Prüfkriterien topic is the whole Entwicklungsziel with its number
MAX_DIALOGUE = 40

# Where an item's wording comes from (docs/catalog-format.md, "Source attribution").
QUOTED = "quoted"  # verbatim from the source named in ``source``
ADAPTED = "adapted"  # lightly adapted for a tick list; the verbatim text is kept in ``original``
OWN = "own"  # the tool's own wording
ORIGINS = (QUOTED, ADAPTED, OWN)

# Ebene of a statement or criterion: the Qualitätsrahmen distinguishes the
# strategisch-politische from the operative, umsetzende Ebene (002, 5.4/5.5).
STRATEGIC = "strategisch"
OPERATIVE = "operativ"
LEVELS = (STRATEGIC, OPERATIVE)
LEVEL_LABELS = {
    STRATEGIC: QT_TRANSLATE_NOOP("enums", "strategisch-politische Ebene"),
    OPERATIVE: QT_TRANSLATE_NOOP("enums", "operative, umsetzende Ebene"),
}

MSG_BAD = QT_TRANSLATE_NOOP("errors", "Ungültiger Katalog „{file}“ bei „{path}“: {problem}")
MSG_NOT_JSON = QT_TRANSLATE_NOOP("errors", "Der Katalog „{file}“ ist kein gültiges JSON: {detail}")

_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_TOP_KEYS = {"format", "version", "key", "title", "source", "description", "scale", "items", "dialogue", "dialogue_source"}
_REQUIRED_TOP = ("format", "version", "key", "title", "scale", "items")
_ITEM_KEYS_V1 = {"id", "code", "topic", "statement", "help"}
_ITEM_KEYS = _ITEM_KEYS_V1 | {"scale", "origin", "original", "level", "refs"}
_REF_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*:[0-9A-Za-z][0-9A-Za-z.]*$")
_REQUIRED_ITEM = ("id", "topic", "statement")


@dataclass
class CatalogFile:
    """One parsed catalog: what a workshop copies when the moderator chooses it."""

    catalog: model.Catalog
    items: list[model.CatalogItem] = field(default_factory=list)
    description: str = ""
    origin: str = ""  # file name, for messages
    dialogue: list[str] = field(default_factory=list)  # "Dialog mit der strategisch-politischen Ebene"

    def topics(self) -> list[str]:
        return list(dict.fromkeys(i.topic for i in self.items))


def parse_text(text: str, origin: str) -> CatalogFile:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(MSG_NOT_JSON, file=origin, detail=f"Zeile {exc.lineno}, Spalte {exc.colno}: {exc.msg}") from None
    return parse(raw, origin)


def parse(raw: Any, origin: str) -> CatalogFile:
    """Validate a decoded catalog file and turn it into the workshop's form."""

    def bad(path: str, problem: str) -> ValidationError:
        return ValidationError(MSG_BAD, file=origin, path=path, problem=problem)

    if not isinstance(raw, dict):
        raise bad("/", "JSON-Objekt erwartet")
    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise bad("/", f"unbekannte Felder {unknown}")
    for name in _REQUIRED_TOP:
        if name not in raw:
            raise bad(f"/{name}", "Feld fehlt")
    if raw["format"] != FORMAT:
        raise bad("/format", f"erwartet „{FORMAT}“")
    version = raw["version"]
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise bad("/version", f"Version {version!r} wird nicht unterstützt (erwartet {FORMAT_VERSION})")
    if version == 1:
        extra = sorted({"dialogue", "dialogue_source"} & set(raw))
        if extra:
            raise bad("/", f"Felder {extra} gibt es erst ab Version 2")
    key = _text(raw, "key", "/key", bad, limit=60)
    if not _KEY_RE.match(key):
        raise bad("/key", "nur Kleinbuchstaben, Ziffern, Punkt, Binde- und Unterstrich")
    title = _text(raw, "title", "/title", bad, limit=MAX_TITLE)
    source = _text(raw, "source", "/source", bad, limit=MAX_HELP, required=False)
    description = _text(raw, "description", "/description", bad, limit=MAX_HELP, required=False)
    scale = _scale(raw["scale"], bad)
    dialogue_source = _text(raw, "dialogue_source", "/dialogue_source", bad, limit=MAX_HELP, required=False)
    dialogue = _dialogue(raw.get("dialogue", []), bad)

    items_raw = raw["items"]
    if not isinstance(items_raw, list) or not items_raw:
        raise bad("/items", "nicht leere Liste erwartet")
    items: list[model.CatalogItem] = []
    seen_ids: set[str] = set()
    seen_codes: set[str] = set()
    closed_topics: set[str] = set()
    for index, entry in enumerate(items_raw):
        path = f"/items[{index}]"
        if not isinstance(entry, dict):
            raise bad(path, "Objekt erwartet")
        unknown = sorted(set(entry) - (_ITEM_KEYS if version >= 2 else _ITEM_KEYS_V1))
        if unknown:
            raise bad(path, f"unbekannte Felder {unknown}")
        for name in _REQUIRED_ITEM:
            if name not in entry:
                raise bad(f"{path}/{name}", "Feld fehlt")
        ident = _text(entry, "id", f"{path}/id", bad, limit=60)
        if not _KEY_RE.match(ident):
            raise bad(f"{path}/id", "nur Kleinbuchstaben, Ziffern, Punkt, Binde- und Unterstrich")
        if ident in seen_ids:
            raise bad(f"{path}/id", f"„{ident}“ kommt doppelt vor")
        seen_ids.add(ident)
        code = _text(entry, "code", f"{path}/code", bad, limit=20, required=False)
        if code and code in seen_codes:
            raise bad(f"{path}/code", f"„{code}“ kommt doppelt vor")
        seen_codes.add(code)
        topic = _text(entry, "topic", f"{path}/topic", bad, limit=MAX_TOPIC)
        # A topic that comes back after another one started is almost always a typo
        # in one of the repeated topic strings; the screen groups items by topic.
        if items and topic != items[-1].topic:
            closed_topics.add(items[-1].topic)
        if topic in closed_topics:
            raise bad(f"{path}/topic", f"Thema „{topic}“ taucht nach einem anderen Thema erneut auf")
        statement = _text(entry, "statement", f"{path}/statement", bad, limit=MAX_STATEMENT)
        help_text = _text(entry, "help", f"{path}/help", bad, limit=MAX_HELP, required=False)
        item_scale = _choice(entry, "scale", f"{path}/scale", bad, scales.TYPES, scales.TICK)
        item_origin = _choice(entry, "origin", f"{path}/origin", bad, ORIGINS, QUOTED)
        original = _text(entry, "original", f"{path}/original", bad, limit=MAX_STATEMENT, required=False)
        if item_origin == ADAPTED and not original:
            raise bad(f"{path}/original", "eine angepasste Aussage braucht den Originalwortlaut")
        if item_origin == ADAPTED and original == statement:
            raise bad(f"{path}/original", "gleich der Aussage: dann ist sie nicht angepasst („origin“: „quoted“)")
        if item_origin != ADAPTED and original:
            raise bad(f"{path}/original", "nur bei „origin“: „adapted“")
        level = _choice(entry, "level", f"{path}/level", bad, LEVELS, "")
        refs = _refs(entry.get("refs", []), f"{path}/refs", bad)
        items.append(
            model.CatalogItem(
                position=index,
                code=code,
                topic=topic,
                statement=statement,
                help=help_text,
                scale=item_scale,
                origin=item_origin,
                original=original,
                level=level,
                refs=refs,
            )
        )
    catalog = model.Catalog(key=key, title=title, source=source, scale=scale, dialogue_source=dialogue_source)
    return CatalogFile(catalog=catalog, items=items, description=description, origin=origin, dialogue=dialogue)


def _choice(raw: dict, name: str, path: str, bad: Any, allowed: tuple[str, ...], default: str) -> str:
    value = raw.get(name, default)
    if value == default:
        return default
    if value not in allowed:
        raise bad(path, f"unbekannter Wert {value!r}, erlaubt: {list(allowed)}")
    return value


def _refs(value: Any, path: str, bad: Any) -> list[str]:
    if not isinstance(value, list):
        raise bad(path, "Liste erwartet")
    for i, ref in enumerate(value):
        if not isinstance(ref, str) or not _REF_RE.match(ref):
            raise bad(f"{path}[{i}]", "Verweis der Form „katalog:nummer“ erwartet, z. B. „pruefkriterien:4.1.2“")
    if len(set(value)) != len(value):
        raise bad(path, "ein Verweis kommt doppelt vor")
    return list(value)


def _dialogue(value: Any, bad: Any) -> list[str]:
    if not isinstance(value, list):
        raise bad("/dialogue", "Liste von Fragen erwartet")
    if len(value) > MAX_DIALOGUE:
        raise bad("/dialogue", f"höchstens {MAX_DIALOGUE} Fragen")
    out: list[str] = []
    for i, text in enumerate(value):
        if not isinstance(text, str) or not text.strip():
            raise bad(f"/dialogue[{i}]", "nicht leerer Text erwartet")
        if len(text) > MAX_STATEMENT:
            raise bad(f"/dialogue[{i}]", f"zu lang ({len(text)} Zeichen, höchstens {MAX_STATEMENT})")
        out.append(text.strip())
    return out


def qualified_ref(catalog_key: str, code: str, title: str = "") -> str:
    """A reference that names its catalog, as every export prints it: „QD 4 · 1.7“.

    A catalog of one's own is named by its short title („Planungskonzeption · 3“), or by
    its key when the title is not known."""
    default = (short_title(title) if title.strip() else catalog_key) + " · {code}"
    pattern = REF_PATTERNS.get(catalog_key, default)
    return pattern.format(code=code).strip(" ·") if code else pattern.split(" ")[0].replace("{code}", "").strip(" ·")


def item_refs(catalog: model.Catalog, items: Iterable[model.CatalogItem]) -> dict[int, str]:
    """Every item by id as the exports name it, never a bare „1.7“ (an item without a
    code by its number in the workshop: „QD 4 · #12“)."""
    return {
        i.id: qualified_ref(catalog.key, i.code or f"#{i.id}", catalog.title) for i in items if i.id is not None
    }


def short_title(title: str, limit: int = 70) -> str:
    """The catalog's title without what it says in brackets and without a leading
    "Checkliste" ("Checkliste Planungskonzeption (QD 4 Planung)" -> "Planungskonzeption")."""
    title = " ".join(title.split())
    head = title.split(" (")[0].strip()
    head = head if len(head) >= 8 else title
    # "2 Checkliste: Planungskonzeption", not "2 Checkliste: Checkliste Planungskonzeption".
    if head.startswith("Checkliste ") and len(head) > len("Checkliste ") + 3:
        head = head[len("Checkliste "):]
    return head if len(head) <= limit else head[: limit - 1] + "…"


# How references into the shipped catalogs are printed („QD 4 · 1.7“, „Prüfkriterium 4.1.2“).
REF_PATTERNS = {
    "qd4-planung": "QD 4 · {code}",
    "qd5-verankerung": "QD 5 · {code}",
    "pruefkriterien": "Prüfkriterium {code}",
    "eckpunkte": "Eckpunkt {code}",
}


def _text(raw: dict, name: str, path: str, bad: Any, *, limit: int, required: bool = True) -> str:
    value = raw.get(name, "")
    if not isinstance(value, str):
        raise bad(path, "Text erwartet")
    value = value.strip()
    if required and not value:
        raise bad(path, "darf nicht leer sein")
    if len(value) > limit:
        raise bad(path, f"zu lang ({len(value)} Zeichen, höchstens {limit})")
    return value


def _scale(value: Any, bad: Any) -> list[str]:
    if not isinstance(value, list) or not value:
        raise bad("/scale", f"nicht leere Liste aus {list(enums.Answer.ALL)} erwartet")
    for i, v in enumerate(value):
        if v not in enums.Answer.ALL:
            raise bad(f"/scale[{i}]", f"unbekannter Wert {v!r}, erlaubt: {list(enums.Answer.ALL)}")
    if len(set(value)) != len(value):
        raise bad("/scale", "ein Wert kommt doppelt vor")
    if enums.Answer.YES not in value:
        raise bad("/scale", "„yes“ (trifft zu = Häkchen) muss angeboten werden")
    if len(value) < 2:
        raise bad("/scale", "mindestens zwei Antworten nötig")
    # Stored in the scale's natural order, whatever order the file lists them in.
    return [v for v in enums.Answer.ALL if v in value]
