"""Demo Pinnwand of the fictional Landkreis Lindenau: who plans what, and where it does not meet.

Written in the template form (``domain.board_template``), so it is laid out like the
shipped template; then the group's work is added on top: influence ratings, Klebepunkte.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fh_desktop.domain import board_template, model

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile


def _card(key: str, kind: str, title: str, text: str = "", influence: int | None = None, area: str | None = None) -> dict:
    out: dict = {"key": key, "kind": kind, "title": title, "text": text}
    if influence is not None:
        out["influence"] = influence
    if area is not None:
        out["area"] = area
    return out


DEMO_BOARD = {
    "format": board_template.FORMAT,
    "version": board_template.VERSION,
    "title": "Planungslandschaft Landkreis Lindenau",
    "rows": [
        {"lanes": [
            {"label": "Kreispolitik", "area": "politik", "columns": 3, "cards": [
                _card("kreistag", "committee", "Kreistag Lindenau",
                      "Beschluss 2023: Kofinanzierung der Netzwerkkoordination. Eine Planungskonzeption "
                      "Frühe Hilfen hat der Kreistag bisher nicht beschlossen.", 3),
                _card("jha", "committee", "Jugendhilfeausschuss",
                      "Frühe Hilfen bisher nur anlassbezogen auf der Tagesordnung; kein regelmäßiger Bericht.", 3),
                _card("asg", "committee", "Ausschuss für Soziales und Gesundheit", "Bisher keine gemeinsame Sitzung mit dem JHA.", 2),
            ]},
            {"label": "Kreisverwaltung", "area": "verwaltung", "columns": 2, "cards": [
                _card("dezernat", "actor", "Dezernat II: Jugend, Soziales, Gesundheit", "Dezernent Dr. Haas; verteilt Planungsaufträge.", 3),
                _card("statistik", "actor", "Statistikstelle des Landkreises", "Bevölkerungsdaten nach Sozialräumen.", 1),
            ]},
        ]},
        {"lanes": [
            {"label": "Jugendamt: Jugendhilfeplanung", "area": "jugendhilfe", "columns": 1, "cards": [
                _card("jhp", "actor", "Jugendhilfeplanung", "M. Brenner, 0,5 Stelle", 2),
                _card("kita", "task", "Kita-Bedarfsplanung", "Jährliche Fortschreibung, kleinräumig."),
                _card("jhplan", "document", "Jugendhilfeplan 2025–2029", "Teilplan Frühe Hilfen fehlt bisher."),
            ]},
            {"label": "Sozialplanung", "area": "sozial", "columns": 1, "cards": [
                _card("sp", "actor", "Sozialplanung (Dezernat II)", "J. Weidemann; Sozialraumanalysen", 1),
                _card("sozialbericht", "document", "Sozialbericht 2024", "12 Sozialräume; Familien mit Kleinkindern kaum betrachtet."),
            ]},
            {"label": "Gesundheitsamt", "area": "gesundheit", "columns": 1, "cards": [
                _card("gp", "actor", "Gesundheitsplanung", "Dr. A. Nowak; Gesundheitsberichterstattung", 1),
                _card("gk", "committee", "Kommunale Gesundheitskonferenz", "Tagt 1x jährlich.", 1),
                _card("esu", "task", "Auswertung Einschulungsuntersuchung", "Daten nach Sozialraum seit 2022."),
            ]},
            {"label": "Netzwerk Frühe Hilfen", "area": "netzwerk", "columns": 1, "cards": [
                _card("nk", "actor", "Netzwerkkoordination Frühe Hilfen",
                      "S. Yıldız; angesiedelt in der Fachabteilung des Jugendamts, nicht in der Planung", 2),
                _card("konferenz", "committee", "Netzwerkkonferenz", "2x jährlich, ca. 40 Fachkräfte", 1),
                _card("willkommen", "task", "Willkommensbesuche", "Angebot an alle Familien mit Neugeborenen."),
            ]},
            {"label": "Planungslücken", "area": "sonstige", "color": "#fff6bf", "columns": 1, "cards": [
                _card("luecke_daten", "note", "Keine gemeinsame Datengrundlage", "Jugendhilfeplanung und Gesundheitsamt werten getrennt aus."),
                _card("luecke_sb", "note", "Frühe Hilfen fehlen im Sozialbericht", ""),
            ]},
        ]},
        {"lanes": [
            {"label": "Träger und Praxis vor Ort", "area": "traeger", "columns": 4, "cards": [
                _card("fz", "actor", "Familienzentrum Lindenau-Nord", "Freier Träger; Elterncafé, Beratung", 1),
                _card("klinik", "actor", "Geburtsklinik St. Anna", "Lotsendienst seit 2021", 1, area="gesundheit"),
                _card("hebammen", "actor", "Hebammennetzwerk", "14 freiberufliche Hebammen", 0, area="gesundheit"),
                _card("schwanger", "actor", "Schwangerschaftsberatung (Diakonie)", "", 0),
            ]},
        ]},
    ],
    "links": [
        {"from": "jhp", "to": "jha", "kind": "bericht", "label": "Jugendhilfeplan"},
        {"from": "jha", "to": "kreistag", "kind": "bericht"},
        {"from": "kreistag", "to": "nk", "kind": "finanzierung", "label": "Kofinanzierung 2023"},
        {"from": "nk", "to": "jhp", "kind": "anbindung", "label": "nur Fachabteilung, nicht Planung"},
        {"from": "statistik", "to": "sp", "kind": "daten"},
        {"from": "dezernat", "to": "jhp", "kind": "beschluss"},
        {"from": "dezernat", "to": "sp", "kind": "beschluss"},
        {"from": "nk", "to": "konferenz", "kind": "austausch", "direction": "both"},
        {"from": "jhp", "to": "nk", "kind": "daten", "label": "Geburten, HzE-Daten"},
        {"from": "nk", "to": "jha", "kind": "vertretung", "label": "beratendes Mitglied"},
        {"from": "sp", "to": "asg", "kind": "bericht"},
        {"from": "gp", "to": "asg", "kind": "bericht", "label": "Gesundheitsbericht"},
        {"from": "gk", "to": "gp", "kind": "austausch", "direction": "none"},
        {"from": "esu", "to": "nk", "kind": "daten", "label": "auf Anfrage"},
        {"from": "jha", "to": "asg", "kind": "austausch", "direction": "both"},
        {"from": "fz", "to": "konferenz", "kind": "beteiligung"},
        {"from": "klinik", "to": "konferenz", "kind": "beteiligung"},
        {"from": "hebammen", "to": "nk", "kind": "austausch", "direction": "both"},
        {"from": "schwanger", "to": "konferenz", "kind": "beteiligung"},
        {"from": "jhp", "to": "kita", "kind": "austausch", "direction": "none"},
        {"from": "jhp", "to": "jhplan", "kind": "austausch", "direction": "none"},
    ],
}

# Klebepunkte the group placed, with the meanings it agreed (enums.DOT_DEFAULT_MEANINGS):
# red = "dringend klären", green = "funktioniert gut", blue = "Idee / Vorschlag", yellow = "offene Frage".
DOTS = {
    "luecke_daten": ["#d62728", "#d62728", "#d62728", "#d62728"],
    "luecke_sb": ["#d62728", "#d62728"],
    "nk": ["#2ca02c", "#2ca02c", "#2ca02c"],
    "klinik": ["#2ca02c"],
    "jhplan": ["#d62728", "#1f77b4"],
    "konferenz": ["#ffbf00"],
}


def fill(wf: WorkshopFile) -> None:
    template = board_template.parse_template(DEMO_BOARD, "demo")
    keys = [c.key for row in template.rows for lane in row for c in lane.cards]
    added = wf.board.apply_template(template)
    by_key: dict[str, int] = {}
    for key, card in zip(keys, added.cards, strict=True):
        assert card.id is not None  # apply_template hands back the cards it stored
        by_key[key] = card.id
    dots = [
        model.Dot(card_id=by_key[key], color=color)
        for key, colors in DOTS.items()
        for color in colors
    ]
    wf.board.add_items(model.Board(dots=dots))
