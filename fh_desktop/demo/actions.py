"""Demo action plan of the Landkreis Lindenau: what the group agreed at the end of the workshop.

The actions follow the goals of the NZFH material (Planungskonzeption, Netzwerkkoordination
als Planungsaufgabe, Planungsberichte, Austausch der Planungen, Datenkonzept, Beteiligung).
They point at the board cards and checklist items they come from. Those are written by
other demo modules, so they are looked up here, not assumed: a card by one of several
possible titles, an item by its code or a piece of its statement. A reference that
finds nothing is left out; the plan itself is always complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain import enums, model

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile

H, M, L = enums.Priority.HIGH, enums.Priority.MEDIUM, enums.Priority.LOW
OPEN, BUSY, DONE, DROPPED = enums.Status.OPEN, enums.Status.IN_PROGRESS, enums.Status.DONE, enums.Status.DROPPED
POSTPONED = enums.Status.POSTPONED

# Cards: each entry lists titles a board may use for the same actor.
JHP = ("Jugendhilfeplanung",)
SP = ("Sozialplanung",)
GP = ("Gesundheitsplanung",)
NWK = ("Netzwerkkoordination Frühe Hilfen", "Netzwerkkoordination")
NWKONF = ("Netzwerkkonferenz", "Netzwerkkonferenz Frühe Hilfen")
JHA = ("Jugendhilfeausschuss",)
KT = ("Kreistag", "Rat/Kreistag", "Rat / Kreistag", "Stadtrat/Kreistag")
GSA = ("Ausschuss für Soziales und Gesundheit", "Gesundheits- und Sozialausschuss", "Sozialausschuss")
FT = ("Familienzentrum Lindenau-Nord", "Freie Träger", "Freie Träger der Jugendhilfe")


@dataclass(frozen=True)
class DemoAction:
    title: str
    goal: str
    description: str
    responsible: str
    involved: str
    start: dt.date | None
    due: dt.date | None
    priority: str
    status: str
    resources: str
    indicator: str
    items: tuple[tuple[str, ...], ...] = ()  # each: a code and/or pieces of the statement
    cards: tuple[tuple[str, ...], ...] = ()  # each: possible titles of one card
    working_group: str = ""  # Kleingruppe / Fachbereiche
    needs_committee: bool = False  # Befassung im Gremium nötig
    level: str = ""  # Ebene
    dimension: str = ""  # Qualitätsdimension/Entwicklungsziel when no item of the catalog fits


def d(text: str) -> dt.date:
    day, month, year = (int(p) for p in text.split("."))
    return dt.date(year, month, day)


ACTIONS = (
    DemoAction(
        title="Planungskonzeption Frühe Hilfen erarbeiten und vom Kreistag beschließen lassen",
        goal="Eine schriftliche, vom Kreistag verabschiedete Planungskonzeption regelt, wie Jugendhilfe-, "
        "Sozial- und Gesundheitsplanung bei den Frühen Hilfen zusammenarbeiten.",
        description="Erster Entwurf nach den Eckpunkten einer Planungskonzeption (Schone 2017): "
        "ressortübergreifender Ansatz, Koordination als Planungsaufgabe, Netzwerkkonferenz als "
        "Planungsgremium, jährlicher Bericht an den Kreistag. Abstimmung in der Planungsrunde, danach "
        "Vorlage für Jugendhilfeausschuss und Kreistag.",
        responsible="Jugendhilfeplanung (Markus Brenner)",
        involved="Netzwerkkoordination, Sozialplanung, Gesundheitsplanung, Jugendamtsleitung",
        start=d("11.01.2027"),
        due=d("30.09.2027"),
        priority=H,
        status=BUSY,
        resources="ca. 4 Std./Woche Jugendhilfeplanung; zwei moderierte Abstimmungstermine",
        indicator="Kreistagsbeschluss liegt vor; die Konzeption ist allen Netzwerkpartnern bekannt.",
        items=(("1.5",),),
        cards=(JHP, KT),
        working_group="Jugendhilfeplanung mit Sozial- und Gesundheitsplanung",
        needs_committee=True,
        level="strategisch",
    ),
    DemoAction(
        title="Netzwerkkoordination verbindlich in die Jugendhilfeplanung einbinden",
        goal="Die Koordination des Netzwerks Frühe Hilfen wird als Planungsaufgabe verstanden und ist "
        "organisatorisch an die Jugendhilfeplanung angebunden.",
        description="Stellenbeschreibung der Netzwerkkoordination um Planungsaufgaben ergänzen; feste "
        "Teilnahme an der Planungsrunde des Jugendamts; Fach- und Dienstaufsicht klären.",
        responsible="Jugendamtsleitung (Dr. Katrin Albers)",
        involved="Netzwerkkoordination, Jugendhilfeplanung, Personalamt",
        start=d("01.12.2026"),
        due=d("31.03.2027"),
        priority=H,
        status=OPEN,
        resources="keine zusätzlichen Mittel; Abstimmung mit dem Personalamt",
        indicator="Geänderte Stellenbeschreibung ist unterschrieben; die Netzwerkkoordination nimmt an "
        "allen Planungsrunden teil.",
        items=(("1.2",), ("1.3",)),
        cards=(NWK, JHP),
        working_group="Jugendamt: Leitung, Jugendhilfeplanung, Netzwerkkoordination",
        level="strategisch",
    ),
    DemoAction(
        title="Gemeinsamen Planungsbericht Frühe Hilfen erstellen",
        goal="Ein jährlicher Planungsbericht zum Stand der Umsetzung und zu weiteren Handlungsbedarfen "
        "bündelt Daten und Erfahrungen aus Jugendhilfe-, Sozial- und Gesundheitsplanung.",
        description="Gliederung und Kennzahlen gemeinsam festlegen; jede Planung liefert ihren Teil zu; "
        "die Netzwerkkonferenz kommentiert den Entwurf.",
        responsible="Sozialplanung (Jonas Weidemann)",
        involved="Jugendhilfeplanung, Gesundheitsplanung, Netzwerkkoordination",
        start=d("01.02.2027"),
        due=d("31.10.2027"),
        priority=H,
        status=OPEN,
        resources="Datenlieferungen der drei Planungen; Satz und Druck über die Pressestelle",
        indicator="Der Bericht liegt bis 31.10. vor und enthält Kennzahlen aus allen drei Planungsbereichen.",
        items=(("1.6",),),
        cards=(SP, GP, JHP),
        working_group="Sozialplanung und Gesundheitsplanung",
        level="operativ",
    ),
    DemoAction(
        title="Berichterstattung im Jugendhilfeausschuss verstetigen",
        goal="Der Jugendhilfeausschuss berät mindestens einmal im Jahr den Planungsbericht Frühe Hilfen "
        "und nutzt ihn als Grundlage für Entscheidungen über die Infrastruktur.",
        description="Tagesordnungspunkt „Frühe Hilfen“ fest in den Sitzungsplan aufnehmen; zweiseitige "
        "Kurzfassung für die Ausschussmitglieder.",
        responsible="Jugendamtsleitung (Dr. Katrin Albers)",
        involved="Jugendhilfeausschuss (Heinz-Otto Krämer), Jugendhilfeplanung",
        start=d("01.01.2027"),
        due=d("30.11.2027"),
        priority=M,
        status=OPEN,
        resources="Sitzungszeit im Ausschuss; Kurzfassung durch die Jugendhilfeplanung",
        indicator="Das Sitzungsprotokoll vermerkt die Beratung; Beschlüsse nehmen auf den Bericht Bezug.",
        items=(("1.7",),),
        cards=(JHA,),
        needs_committee=True,
        level="strategisch",
    ),
    DemoAction(
        title="Regelmäßige Planungsrunde von Jugendhilfe-, Sozial- und Gesundheitsplanung einrichten",
        goal="Netzwerkkoordination, Jugendhilfe-, Sozial- und Gesundheitsplanung stehen in einem verbindlich "
        "organisierten und regelmäßigen Austausch.",
        description="Quartalsweise Planungsrunde mit fester Tagesordnung (Daten, Bedarfe, Schnittstellen); "
        "Ergebnisprotokoll an die Amtsleitungen.",
        responsible="Gesundheitsplanung (Dr. Agnieszka Nowak)",
        involved="Jugendhilfeplanung, Sozialplanung, Netzwerkkoordination",
        start=d("15.01.2027"),
        due=d("31.03.2027"),
        priority=H,
        status=BUSY,
        resources="vier Termine à 2 Std. pro Jahr",
        indicator="Vier Sitzungen im Jahr mit Protokoll; die Termine für 2028 stehen fest.",
        items=(("1.4",),),
        cards=(GP, SP, NWK),
        working_group="Jugendhilfe-, Sozial- und Gesundheitsplanung",
        level="operativ",
    ),
    DemoAction(
        title="Datenkonzept Frühe Hilfen abstimmen",
        goal="Für die Frühen Hilfen relevante Daten (Geburten, Sozialstruktur, Angebote, Inanspruchnahme) "
        "werden kleinräumig und kontinuierlich erhoben.",
        description="Indikatorenliste mit Gesundheitsamt und Statistikstelle abstimmen; Datenschutz prüfen; "
        "erste Auswertung nach Sozialräumen.",
        responsible="Sozialplanung (Jonas Weidemann)",
        involved="Gesundheitsamt, Statistikstelle des Landkreises, Netzwerkkoordination",
        start=d("01.04.2027"),
        due=d("31.12.2027"),
        priority=M,
        status=OPEN,
        resources="Auswertungszeit der Statistikstelle (ca. 10 Tage)",
        indicator="Abgestimmte Indikatorenliste; erste Auswertung auf Ebene der Sozialräume liegt vor.",
        items=(("2.1",),),
        cards=(SP, GP, ("Statistikstelle des Landkreises", "Statistikstelle")),
        working_group="Sozialplanung und Gesundheitsplanung",
        level="operativ",
    ),
    DemoAction(
        title="Netzwerkkonferenz als Planungsgremium stärken",
        goal="Die Netzwerkkonferenz bewertet die Bestandsdaten, gibt Bedarfseinschätzungen ab und formuliert "
        "Handlungsbedarfe für Politik und Verwaltung.",
        description="Einen Tagesordnungspunkt „Bedarfe“ in jeder Netzwerkkonferenz; die Ergebnisse bündelt die "
        "Netzwerkkoordination für den Jugendhilfeausschuss.",
        responsible="Netzwerkkoordination (Selin Yıldız)",
        involved="Familienzentrum Lindenau-Nord, Geburtsklinik St. Anna, Gesundheitsamt, Jugendhilfeplanung",
        start=d("01.03.2027"),
        due=d("30.06.2027"),
        priority=M,
        status=OPEN,
        resources="Moderation der Netzwerkkonferenz; Aufbereitung der Daten durch die Sozialplanung",
        indicator="Das Protokoll der Netzwerkkonferenz enthält Bedarfseinschätzungen und geht an den "
        "Jugendhilfeausschuss.",
        items=(("2.4",),),
        cards=(NWKONF, NWK, JHA),
        level="operativ",
    ),
    DemoAction(
        title="Familien an der Planung beteiligen",
        goal="Familien und Akteure des Netzwerks werden systematisch in die Planungsdiskussion eingebunden.",
        description="Kurzbefragung von Eltern im Familienzentrum Lindenau-Nord und bei den Willkommensbesuchen; "
        "Ergebnisse in der Netzwerkkonferenz vorstellen.",
        responsible="Familienzentrum Lindenau-Nord (Petra Lindqvist)",
        involved="Netzwerkkoordination, Jugendhilfeplanung, Elternbeirat",
        start=d("01.05.2027"),
        due=d("31.10.2027"),
        priority=L,
        status=OPEN,
        resources="Fragebogen (Vorlage NZFH), Dolmetschende für zwei Sprachen",
        indicator="Mindestens 150 Eltern befragt; Ergebnisse fließen in den Planungsbericht ein.",
        items=(("3.6",), ("3.7",)),
        cards=(FT, NWKONF),
        working_group="Kleingruppe Beteiligung",
        level="operativ",
    ),
    DemoAction(
        title="Gesundheits- und Sozialausschuss in die Planung Früher Hilfen einbeziehen",
        goal="Die Planungen im Jugendhilfeausschuss und im Gesundheits- und Sozialausschuss beziehen sich "
        "aufeinander (koordinierte Planung).",
        description="Zurückgestellt, bis der erste gemeinsame Planungsbericht vorliegt: dann eine gemeinsame "
        "Sitzung beider Ausschüsse zum Bericht vorbereiten.",
        responsible="Sozialplanung (Jonas Weidemann)",
        involved="Kreistagsbüro, Jugendamtsleitung, Gesundheitsamt",
        start=d("01.09.2027"),
        due=d("31.03.2028"),
        priority=L,
        status=POSTPONED,
        resources="eine gemeinsame Ausschusssitzung",
        indicator="Die gemeinsame Sitzung hat stattgefunden; ihr Protokoll benennt nächste Schritte.",
        cards=(GSA, JHA),
        needs_committee=True,
        level="strategisch",
        dimension="QD 5 · 1.4",
    ),
    DemoAction(
        title="Eigene Planungsstelle Frühe Hilfen im Gesundheitsamt schaffen",
        goal="Eine zusätzliche halbe Stelle für Planung im Bereich Frühe Hilfen beim Gesundheitsamt.",
        description="Verworfen: Der Haushalt 2027 lässt keine neue Stelle zu. Stattdessen die regelmäßige "
        "Planungsrunde der drei Planungen (siehe dort).",
        responsible="Gesundheitsamt (Dr. Agnieszka Nowak)",
        involved="Kämmerei",
        start=None,
        due=None,
        priority=L,
        status=DROPPED,
        resources="0,5 Stelle (nicht finanzierbar)",
        indicator="",
        cards=(GP,),
    ),
    DemoAction(
        title="Workshop-Ergebnisse an die Amtsleitungen übermitteln",
        goal="Jugendamt, Sozialamt und Gesundheitsamt kennen den Maßnahmenplan und haben ihm zugestimmt.",
        description="Protokoll, Pinnwand-Bild und Maßnahmenplan (Excel) an die drei Amtsleitungen senden; "
        "Rückmeldungen sammeln.",
        responsible="Moderation (Claudia Hoffmann)",
        involved="Jugendamtsleitung",
        start=d("27.11.2026"),
        due=d("04.12.2026"),
        priority=H,
        status=DONE,
        resources="",
        indicator="Alle drei Amtsleitungen haben schriftlich zugestimmt.",
    ),
)


def fill(wf: WorkshopFile) -> None:
    cards = wf.board.cards()
    items = wf.checklist.items()
    catalog_key = wf.checklist.catalog().key
    for entry in ACTIONS:
        wf.actions.add_action(
            model.Action(
                title=entry.title,
                goal=entry.goal,
                description=entry.description,
                responsible=entry.responsible,
                involved=entry.involved,
                start=entry.start,
                due=entry.due,
                priority=entry.priority,
                status=entry.status,
                resources=entry.resources,
                indicator=entry.indicator,
                dimension=entry.dimension or _dimension(catalog_key, entry.items),
                working_group=entry.working_group,
                needs_committee=entry.needs_committee,
                level=entry.level,
                item_ids=_found(find_item(items, refs) for refs in entry.items),
                card_ids=_found(find_card(cards, titles) for titles in entry.cards),
            )
        )


def _dimension(catalog_key: str, refs: tuple[tuple[str, ...], ...]) -> str:
    """„QD 4 · 1.5“: the catalog-qualified references the action comes from."""
    return ", ".join(catalog_format.qualified_ref(catalog_key, r[0]) for r in refs)


def _found(ids: Iterable[int | None]) -> list[int]:
    return list(dict.fromkeys(i for i in ids if i is not None))


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def find_card(cards: Sequence[model.Card], titles: Sequence[str]) -> int | None:
    """The card titled like one of ``titles`` (exactly, else the shortest title containing it)."""
    for title in titles:
        for card in cards:
            if _norm(card.title) == _norm(title):
                return card.id
    for title in titles:
        matches = [c for c in cards if _norm(title) in _norm(c.title)]
        if matches:
            return min(matches, key=lambda c: len(c.title)).id
    return None


def find_item(items: Sequence[model.CatalogItem], refs: Sequence[str]) -> int | None:
    """The item whose code is one of ``refs``, else the first whose statement contains one."""
    for ref in refs:
        for item in items:
            if item.code and _norm(item.code) == _norm(ref):
                return item.id
    for ref in refs:
        for item in items:
            if _norm(ref) in _norm(item.statement):
                return item.id
    return None
