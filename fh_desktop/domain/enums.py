"""Closed vocabularies of the workshop, with their German labels.

Each vocabulary is a ``StrEnum``: a member *is* its stable ASCII code (it goes into the
file and the JSON dump unchanged and equals the plain string read back). ``ALL`` (the
codes in order) and ``LABELS`` (code -> label) are class constants, not members. Labels are
German source strings marked with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate``
collects them and the UI can translate them with ``QCoreApplication.translate``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum, nonmember

from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

CTX = "enums"

# The application's name in running German text, hyphenated (docs/terminology.md); every
# document and page that names it uses this.
APP_TITLE = "Frühe-Hilfen-Werkstatt"


def codes(*values: str) -> nonmember[tuple[str, ...]]:
    """A vocabulary's ``ALL``: its codes in display order, as a constant of the enum class."""
    return nonmember(values)


def table(entries: Mapping[str, str]) -> nonmember[dict[str, str]]:
    """A per-code table (labels, colours) kept on the enum class without becoming a member."""
    return nonmember(dict(entries))


class CardKind(StrEnum):
    ACTOR = "actor"
    TASK = "task"
    COMMITTEE = "committee"
    DOCUMENT = "document"  # Planungsgrundlage: Bericht, Beschluss, Konzept
    NOTE = "note"
    ALL = codes(ACTOR, TASK, COMMITTEE, DOCUMENT, NOTE)
    LABELS = table({
        ACTOR: QT_TRANSLATE_NOOP("enums", "Akteur"),
        TASK: QT_TRANSLATE_NOOP("enums", "Aufgabe"),
        COMMITTEE: QT_TRANSLATE_NOOP("enums", "Gremium"),
        DOCUMENT: QT_TRANSLATE_NOOP("enums", "Planungsgrundlage"),
        NOTE: QT_TRANSLATE_NOOP("enums", "Notiz"),
    })


class PlanningArea(StrEnum):
    YOUTH = "jugendhilfe"
    SOCIAL = "sozial"
    HEALTH = "gesundheit"
    POLITICS = "politik"
    ADMINISTRATION = "verwaltung"  # Verwaltung/Steuerung: the sources say "Politik und Verwaltung"
    NETWORK = "netzwerk"
    PRACTICE = "traeger"  # Träger und Praxis
    OTHER = "sonstige"
    ALL = codes(YOUTH, SOCIAL, HEALTH, POLITICS, ADMINISTRATION, NETWORK, PRACTICE, OTHER)
    LABELS = table({
        YOUTH: QT_TRANSLATE_NOOP("enums", "Jugendhilfeplanung"),
        SOCIAL: QT_TRANSLATE_NOOP("enums", "Sozialplanung"),
        HEALTH: QT_TRANSLATE_NOOP("enums", "Gesundheitsplanung"),
        POLITICS: QT_TRANSLATE_NOOP("enums", "Politik/Gremien"),
        ADMINISTRATION: QT_TRANSLATE_NOOP("enums", "Verwaltung/Steuerung"),
        NETWORK: QT_TRANSLATE_NOOP("enums", "Netzwerk Frühe Hilfen"),
        PRACTICE: QT_TRANSLATE_NOOP("enums", "Träger/Praxis"),
        OTHER: QT_TRANSLATE_NOOP("enums", "Sonstige"),
    })
    # Colour-blind-safe palette (Okabe-Ito based), light enough to read black text on.
    COLORS = table({
        YOUTH: "#9ecae1",
        SOCIAL: "#fdd49e",
        HEALTH: "#a1d99b",
        POLITICS: "#d4b9da",
        ADMINISTRATION: "#dfc8a3",
        NETWORK: "#fcbba1",
        PRACTICE: "#99d8c9",
        OTHER: "#d9d9d9",
    })


class LinkKind(StrEnum):
    EXCHANGE = "austausch"
    REPORT = "bericht"
    DECISION = "beschluss"
    DATA = "daten"
    PARTICIPATION = "beteiligung"
    FUNDING = "finanzierung"  # Finanzierung/Zuwendung
    ATTACHMENT = "anbindung"  # organisatorische Anbindung ("angesiedelt bei")
    MEMBERSHIP = "vertretung"  # Vertretung/Mitgliedschaft in Gremien
    ALL = codes(EXCHANGE, REPORT, DECISION, DATA, PARTICIPATION, FUNDING, ATTACHMENT, MEMBERSHIP)
    LABELS = table({
        EXCHANGE: QT_TRANSLATE_NOOP("enums", "Austausch"),
        REPORT: QT_TRANSLATE_NOOP("enums", "Bericht"),
        DECISION: QT_TRANSLATE_NOOP("enums", "Beschluss/Auftrag"),
        DATA: QT_TRANSLATE_NOOP("enums", "Daten"),
        PARTICIPATION: QT_TRANSLATE_NOOP("enums", "Beteiligung"),
        FUNDING: QT_TRANSLATE_NOOP("enums", "Finanzierung/Zuwendung"),
        ATTACHMENT: QT_TRANSLATE_NOOP("enums", "angesiedelt bei"),
        MEMBERSHIP: QT_TRANSLATE_NOOP("enums", "Vertretung/Mitgliedschaft"),
    })


class LinkDirection(StrEnum):
    NONE = "none"  # undirected
    FORWARD = "forward"  # one-way, source -> target
    BOTH = "both"  # two-way
    ALL = codes(NONE, FORWARD, BOTH)
    LABELS = table({
        NONE: QT_TRANSLATE_NOOP("enums", "ungerichtet"),
        FORWARD: QT_TRANSLATE_NOOP("enums", "in eine Richtung"),
        BOTH: QT_TRANSLATE_NOOP("enums", "wechselseitig"),
    })


DOT_COLORS = ("#d62728", "#2ca02c", "#1f77b4", "#ffbf00")
DOT_LABELS = {
    "#d62728": QT_TRANSLATE_NOOP("enums", "rot"),
    "#2ca02c": QT_TRANSLATE_NOOP("enums", "grün"),
    "#1f77b4": QT_TRANSLATE_NOOP("enums", "blau"),
    "#ffbf00": QT_TRANSLATE_NOOP("enums", "gelb"),
}
# What the dots mean unless the group agrees otherwise (recorded per workshop, shown in
# the board legend and the PDF): "rot = dringend klären".
DOT_DEFAULT_MEANINGS = {
    "#d62728": QT_TRANSLATE_NOOP("enums", "dringend klären"),
    "#2ca02c": QT_TRANSLATE_NOOP("enums", "funktioniert gut"),
    "#1f77b4": QT_TRANSLATE_NOOP("enums", "Idee / Vorschlag"),
    "#ffbf00": QT_TRANSLATE_NOOP("enums", "offene Frage"),
}


class Answer(StrEnum):
    YES = "yes"  # trifft zu = Häkchen
    PARTLY = "partly"
    NO = "no"
    UNKNOWN = "unknown"  # kann ich nicht beurteilen
    ALL = codes(YES, PARTLY, NO, UNKNOWN)
    LABELS = table({
        YES: QT_TRANSLATE_NOOP("enums", "trifft zu"),
        PARTLY: QT_TRANSLATE_NOOP("enums", "teilweise"),
        NO: QT_TRANSLATE_NOOP("enums", "trifft nicht zu"),
        UNKNOWN: QT_TRANSLATE_NOOP("enums", "kann ich nicht beurteilen"),
    })


class RoundState(StrEnum):
    OPEN = "open"
    REVEALED = "revealed"
    ALL = codes(OPEN, REVEALED)


class Priority(StrEnum):
    HIGH = "hoch"
    MEDIUM = "mittel"
    LOW = "niedrig"
    ALL = codes(HIGH, MEDIUM, LOW)
    LABELS = table({
        HIGH: QT_TRANSLATE_NOOP("enums", "hoch"),
        MEDIUM: QT_TRANSLATE_NOOP("enums", "mittel"),
        LOW: QT_TRANSLATE_NOOP("enums", "niedrig"),
    })


class Status(StrEnum):
    OPEN = "offen"
    IN_PROGRESS = "in_arbeit"
    DONE = "erledigt"
    POSTPONED = "zurueckgestellt"
    DROPPED = "verworfen"
    ALL = codes(OPEN, IN_PROGRESS, DONE, POSTPONED, DROPPED)
    LABELS = table({
        OPEN: QT_TRANSLATE_NOOP("enums", "offen"),
        IN_PROGRESS: QT_TRANSLATE_NOOP("enums", "in Arbeit"),
        DONE: QT_TRANSLATE_NOOP("enums", "erledigt"),
        POSTPONED: QT_TRANSLATE_NOOP("enums", "zurückgestellt"),
        DROPPED: QT_TRANSLATE_NOOP("enums", "verworfen"),
    })


class StepStatus(StrEnum):
    OPEN = "offen"
    RUNNING = "laeuft"
    DONE = "erledigt"
    ALL = codes(OPEN, RUNNING, DONE)
    LABELS = table({
        OPEN: QT_TRANSLATE_NOOP("enums", "offen"),
        RUNNING: QT_TRANSLATE_NOOP("enums", "läuft"),
        DONE: QT_TRANSLATE_NOOP("enums", "erledigt"),
    })


# The one naming of the three steps. The step bar, the agenda and the workbook's sheets use
# the title ("3 Maßnahmenplan", sheet „Maßnahmenplan“); every heading (step panel, PDF,
# the workbook's Ablauf, the Word report) is ``step_heading``: "1 Pinnwand: Überblick …",
# step 2 with the catalog worked on. Nothing else spells a step out.
STEP_TITLES = {
    1: QT_TRANSLATE_NOOP("enums", "Pinnwand"),
    2: QT_TRANSLATE_NOOP("enums", "Checkliste"),
    3: QT_TRANSLATE_NOOP("enums", "Maßnahmenplan"),
}
# The steps as the NZFH Praxismaterial names them.
STEP_NAMES = {
    1: QT_TRANSLATE_NOOP("enums", "Überblick über kommunale Planungsakteure und -aufgaben"),
    2: QT_TRANSLATE_NOOP("enums", "Checkliste kommunale Planungskonzeption"),
    3: QT_TRANSLATE_NOOP("enums", "Maßnahmenplanung"),
}
CHECKLIST_STEP = 2


def _same(text: str) -> str:
    return text


def step_label(step: int, translate: Callable[[str], str] = _same) -> str:
    """The step with its number, as the step bar shows it: "3 Maßnahmenplan"."""
    return f"{step} {translate(STEP_TITLES[step])}"


def step_heading(step: int, translate: Callable[[str], str] = _same, catalog_title: str = "") -> str:
    """One name per step everywhere: "1 Pinnwand: Überblick über kommunale Planungsakteure und -aufgaben".

    Step 2 names the catalog the group worked on when its title is given ("2 Checkliste:
    Politisch-strukturelle Verankerung"): a QD 5 workshop is not the QD 4 checklist.
    """
    name = translate(STEP_NAMES[step])
    if step == CHECKLIST_STEP and catalog_title.strip():
        from fh_desktop.domain.catalog import short_title  # the catalog module builds on this one

        name = short_title(catalog_title)
    return f"{step_label(step, translate)}: {name}"


# Planned minutes per step from the NZFH material: 60-90 / 60-90 / min. 30.
STEP_DEFAULT_MINUTES = {1: 75, 2: 75, 3: 30}
