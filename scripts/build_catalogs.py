"""Write resources/catalogs/*.json from the NZFH source texts (run once per change).

The catalogs are data files people may read and edit; this script is how they were
made: statements and questions are cut verbatim out of tests/data/sources/*.txt, the
few adaptations for a tick list are written here next to their originals, and the
crosswalk between QD 4/QD 5 and the Prüfkriterien is listed once. The catalog tests
(tests/unit/domain/test_catalog_sources.py) check the result against the sources
again, so a hand edit of a JSON file is checked just the same.

    .venv/bin/python scripts/build_catalogs.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fh_desktop.domain import scales  # noqa: E402

SOURCES = ROOT / "tests" / "data" / "sources"
OUT = ROOT / "resources" / "catalogs"


def src(name: str) -> str:
    return next(SOURCES.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


def bullets(text: str, start: str, stop: str) -> list[str]:
    begin = text.index(start) + len(start)
    end = text.find(stop, begin)
    block = text[begin : end if end >= 0 else len(text)]
    return [re.sub(r"\s+", " ", m).strip() for m in re.findall(r"•\s*(.+)", block)]


# --- Prüfkriterien (002, Teil 4) -------------------------------------------

def pruefkriterien() -> tuple[dict[str, str], dict[str, str]]:
    text = re.sub(r"</?[pbi]>", " ", src("002"))
    questions: dict[str, str] = {}
    for m in re.finditer(r"(?<!\S)([45]\.\d\.\d) ((?:(?!\s[45]\.\d\.\d )[^\n])+)", text):
        questions.setdefault(m.group(1), re.sub(r"\s+", " ", m.group(2)).strip())
    goals: dict[str, str] = {}
    for m in re.finditer(r"<p><b>([45]\.\d) ([^<]+)</b></p>", src("002")):
        goals.setdefault(m.group(1), m.group(2).strip())
    for m in re.finditer(r"(?m)^\s*(?:\*\*)?\s*([45]\.\d) ([A-ZÄÖÜ][^\n*]+?)\s*(?:\*\*)?\s*$", text):
        goals.setdefault(m.group(1), m.group(2).strip())
    return goals, questions


# QD 4/QD 5 statement -> Prüfkriterien that ask about the same thing.
CROSSWALK = {
    "qd4-planung": {
        "1.1": ["4.5.1"], "1.2": ["4.1.2"], "1.3": ["4.4.1"], "1.4": ["4.4.1"], "1.5": ["4.1.1"],
        "1.6": ["4.4.2"], "1.7": ["4.1.3"], "2.1": ["4.2.1", "4.2.2"], "2.2": ["4.2.4"],
        "2.3": ["4.2.3", "4.5.3"], "2.4": ["4.5.3", "4.5.4"], "3.1": ["4.3.1"], "3.2": ["4.3.1"],
        "3.3": ["4.6.1"], "3.4": ["4.6.2"], "3.5": ["4.3.3"], "3.6": ["4.4.3"], "3.7": ["4.3.2", "4.6.3"],
    },
    "qd5-verankerung": {
        "1.1": ["5.1.1", "5.1.2"], "1.2": ["5.4.1"], "1.3": ["5.4.2"], "1.4": ["5.1.3"],
        "2.1": ["5.2.1", "5.5.1"], "2.2": ["5.2.1", "5.2.2"], "2.3": ["5.5.2", "5.5.4", "5.2.3", "5.2.5"],
        "2.4": ["5.2.4", "5.5.5"], "2.5": [], "3.1": ["5.3.1"], "3.2": ["5.3.2"], "3.3": ["5.3.3"], "3.4": ["5.3.4"],
    },
}

# Statements that need a light adaptation to stand alone in a tick list.
ADAPT = {
    ("qd4-planung", "1.3"): "Die Stelle der Koordination ist im Bereich Planung angesiedelt.",
    ("qd4-planung", "1.7"): (
        "Die Planungsberichte werden für die kommunale Politik (Ausschüsse/Rat oder Kreistag) kontinuierlich "
        "vorgestellt und den entsprechenden Personen zur Verfügung gestellt."
    ),
    ("qd4-planung", "2.2"): (
        "Die Planung der Frühen Hilfen basiert, neben einer fundierten Datenbasis, auf den Erfahrungen der Akteure "
        "aus dem Netzwerk. Von ihnen wahrgenommene Bedarfe an Angeboten für die Familien werden in die Planung "
        "einbezogen, als Beratungsauftrag für die kommunale Sozialpolitik."
    ),
    ("qd4-planung", "2.3"): (
        "Die vorliegenden Daten und Erfahrungen werden regelmäßig unter Beteiligung der Familien und der "
        "Netzwerkakteure ausgewertet."
    ),
    ("qd4-planung", "3.5"): (
        "Es existiert ein über die verschiedenen Arbeitsfelder und Bereiche der Frühen Hilfen umfassendes Konzept, "
        "um die Infrastrukturqualität der Frühen Hilfen zu evaluieren."
    ),
    ("qd4-planung", "3.7"): (
        "Es existieren Partizipations- und Beteiligungskonzepte, um Familien und Akteure des Netzwerks in die "
        "Planungsdiskussion einzubinden und beispielsweise in Netzwerkkonferenzen oder ähnlichen Formaten aus den "
        "erhobenen Daten mögliche Bedarfe abzuleiten. Die Ergebnisse und Erkenntnisse fließen in die Gestaltung der "
        "Frühen Hilfen ein."
    ),
    ("qd5-verankerung", "2.2"): (
        "Das Gesamtkonzept der Frühen Hilfen beschreibt die Zielgruppen sowie die gemeinsam erarbeiteten Ziele und "
        "Maßnahmen in den Frühen Hilfen."
    ),
    ("qd5-verankerung", "3.3"): (
        "Die Formulierung von Anforderungen zur Kooperation in den Bewilligungen und Zuwendungen befördert die "
        "Kooperation insgesamt in den Frühen Hilfen."
    ),
}

# Which dialogue question (by its first words) helps with which statement.
DIALOGUE_HELP = {
    "qd4-planung": {
        "1.1": ["Wie können Entscheidungstragende aus Politik und Verwaltung die Akteure"],
        "1.2": ["Wird die Koordination des Netzwerks"],
        "1.3": ["Wird die Koordination des Netzwerks"],
        "1.4": ["In welcher Form ist die Zusammenarbeit"],
        "1.5": ["Existiert eine vom Rat/Kreistag"],
        "1.6": ["Existiert eine vom Rat/Kreistag"],
        "1.7": ["Existiert eine vom Rat/Kreistag", "Wie und wann werden die Auswertungen"],
        "2.1": ["Wie wird sichergestellt"],
        "2.2": ["Wie werden Akteure des Netzwerks"],
        "2.3": ["Welche Beteiligungskonzepte", "In welcher Weise werden Familien"],
        "2.4": ["Wie und wann werden die Auswertungen"],
        "3.1": ["Wie können Entscheidungstragende aus Politik und Verwaltung eine kontinuierliche"],
        "3.2": ["Wie kann der Auftrag"],
        "3.3": ["Wie können gemeinsam getragene Qualitätsziele"],
        "3.4": [],
        "3.5": ["Wie ist im Netzwerk Frühe Hilfen eine konzeptionelle Absicherung"],
        "3.6": ["In welcher Weise werden Familien"],
        "3.7": ["Welche Beteiligungskonzepte"],
    },
    "qd5-verankerung": {
        "1.1": ["Wie können Frühe Hilfen in Ausschüssen"],
        "1.2": ["Wie kann Transparenz über die Struktur"],
        "1.3": ["Was sind Gelingensbedingungen", "Gibt es Schlüsselpersonen"],
        "1.4": ["Welche (Fach-)Planungen"],
        "2.1": ["Wie wird das aktuelle Gesamtkonzept", "Wie kann die strategisch-politische Ebene"],
        "2.2": [],
        "2.3": ["Welche eigene Rolle", "Wie können die Abstimmung und der Austausch"],
        "2.4": ["Wie kann ein Austausch über die unterschiedlichen"],
        "2.5": ["Wie kann eine regelmäßige Weiterentwicklung"],
        "3.1": ["Inwieweit existiert eine koordinierte Ressourcenplanung für das Gesamtfeld Frühe Hilfen?",
                "Wie könnten zusätzliche Ressourcen"],
        "3.2": ["Wie sind die Abstimmungswege zwischen den einzelnen Fachplanungen, Ausschüssen und Gremien?"],
        "3.3": ["Wie kann Transparenz und Austausch über die Verteilung"],
        "3.4": [],
    },
}

QD5_HINT = (
    "Das Leitbild Frühe Hilfen kann eine Orientierungshilfe für die Entwicklung von Gesamtkonzepten sein. "
    "Es enthält bundesweite Empfehlungen und Richtlinien für die Umsetzung der Frühen Hilfen im lokalen Netzwerk."
)


def dialogue_line(questions: list[str], start: str) -> str:
    if start.endswith("?") and any(start in q for q in questions):
        return start  # one sentence of a two-sentence question
    matches = [q for q in questions if q.startswith(start)]
    assert len(matches) == 1, (start, matches)
    return matches[0]


def qd_catalog(key: str, source_name: str, topics_start: str, dialogue_start: str, stop: str) -> dict:
    old = json.loads((OUT / f"{key}.json").read_text(encoding="utf-8"))
    text = src(source_name)
    dialogue = bullets(text, dialogue_start, stop)
    goals, pk = pruefkriterien()
    items = []
    for it in old["items"]:
        code = it["code"]
        entry = {k: it[k] for k in ("id", "code", "topic")}
        original = it.get("original") or it["statement"]
        if (key, code) in ADAPT:
            original = _verbatim_original(text, original)
            entry["statement"] = ADAPT[(key, code)]
            entry["origin"] = "adapted"
            entry["original"] = original
        else:
            entry["statement"] = original
        lines = [f"Dialogfrage: {dialogue_line(dialogue, s)}" for s in DIALOGUE_HELP[key][code]]
        refs = CROSSWALK[key][code]
        lines += [f"Prüfkriterium {r}: {pk[r]}" for r in refs]
        if key == "qd5-verankerung" and code == "2.5":
            lines.append(f"Hinweis: {QD5_HINT}")
        if lines:
            entry["help"] = "\n".join(lines)
        entry["scale"] = "tick"
        if refs:
            entry["refs"] = [f"pruefkriterien:{r}" for r in refs]
        items.append(entry)
    old["items"] = items
    old["version"] = 2
    old.update(HEADERS[key])
    old["dialogue"] = dialogue
    return old


HEADERS = {
    "qd4-planung": {
        "title": "Checkliste Planungskonzeption (QD 4 Planung)",
        "source": (
            "NZFH: Qualitätsrahmen Frühe Hilfen, Qualitätsdimension 4 „Planung“, Themen und Ziele – wörtlich, "
            "einzelne Aussagen für die Checkliste leicht angepasst (Originalwortlaut jeweils beigefügt)"
        ),
        "description": (
            "Alle Ziele der Qualitätsdimension Planung als Aussagen zum Ankreuzen. Das Praxismaterial nennt dafür "
            "das Arbeitsblatt 1/4.1, das „ausgewählte Aspekte“ abfragt; es liegt der Werkstatt nicht vor. "
            "Hilfetexte: passende Dialogfragen und Prüfkriterien."
        ),
        "dialogue_source": "NZFH: Qualitätsrahmen Frühe Hilfen, Qualitätsdimension 4 „Planung“: Dialog mit Akteuren der strategisch-politischen Ebene",
    },
    "qd5-verankerung": {
        "title": "Politisch-strukturelle Verankerung (QD 5)",
        "source": (
            "NZFH: Qualitätsrahmen Frühe Hilfen, Qualitätsdimension 5 „Politisch-strukturelle Verankerung“, "
            "Themen und Ziele – wörtlich, einzelne Aussagen leicht angepasst (Originalwortlaut jeweils beigefügt)"
        ),
        "description": (
            "Die Ziele der Qualitätsdimension politisch-strukturelle Verankerung als Aussagen zum Ankreuzen. "
            "Hilfetexte: passende Dialogfragen und Prüfkriterien."
        ),
        "dialogue_source": "NZFH: Qualitätsrahmen Frühe Hilfen, Qualitätsdimension 5: Dialog mit Akteuren der strategisch-politischen Ebene",
    },
}


def _verbatim_original(text: str, statement: str) -> str:
    """The whole source bullet that an (older, shortened) statement came from."""
    flat = re.sub(r"\s+", " ", text)
    head = statement[:60]
    at = flat.index(head)
    end = flat.index(" •", at) if " •" in flat[at:] else len(flat)
    bullet = flat[at:end].strip()
    bullet = bullet.split("  ")[0]
    # Cut what follows the bullet on the same line of the flattened text (next heading).
    for stop in (" Systemübergreifende Bestandsanalyse", " Einbindung in ein System", " Dialog mit Akteuren",
                 " Ressourcen für die Frühen Hilfen", " Passendes Praxismaterial"):
        if stop in bullet:
            bullet = bullet[: bullet.index(stop)]
    return bullet.strip()


def pk_catalog() -> dict:
    goals, pk = pruefkriterien()
    assert len(goals) == 11 and len(pk) == 39, (len(goals), len(pk))
    reverse: dict[str, list[str]] = {}
    for key, mapping in CROSSWALK.items():
        for code, refs in mapping.items():
            for r in refs:
                reverse.setdefault(r, []).append(f"{key}:{code}")
    qd = {key: {it["code"]: it for it in json.loads((OUT / f"{key}.json").read_text(encoding="utf-8"))["items"]}
          for key in CROSSWALK}
    short = {"qd4-planung": "QD 4", "qd5-verankerung": "QD 5"}
    items = []
    for code in sorted(pk, key=lambda c: tuple(map(int, c.split(".")))):
        goal = code.rsplit(".", 1)[0]
        entry = {
            "id": "pk-" + code.replace(".", "-"),
            "code": code,
            "topic": f"{goal} {goals[goal]}",
            "statement": pk[code],
            "scale": scales.guess_type(pk[code]),
        }
        if goal in ("5.4", "5.5"):
            entry["level"] = "operativ"
        elif goal in ("5.1", "5.2", "5.3"):
            entry["level"] = "strategisch"
        refs = reverse.get(code, [])
        if refs:
            entry["refs"] = refs
            lines = []
            for ref in refs:
                k, c = ref.split(":")
                statement = qd[k][c].get("original") or qd[k][c]["statement"]
                lines.append(f"{short[k]} · {c}: {statement}")
            entry["help"] = "\n".join(lines)
        items.append(entry)
    return {
        "format": "fh-catalog",
        "version": 2,
        "key": "pruefkriterien",
        "title": "Prüfkriterien 4.1–5.5 (je Konkretisierung)",
        "source": (
            "NZFH (Hrsg.) (2016): Qualitätsrahmen Frühe Hilfen – Impuls des NZFH-Beirates zur "
            "Qualitätsentwicklung, Kompakt 5; zitiert nach Schone, R. (2017): Frühe Hilfen und "
            "Jugendhilfeplanung, Vortrag zur Fachveranstaltung des KVJS, Teil 4"
        ),
        "description": (
            "Die Entwicklungsziele 4.1–5.5 mit ihren 39 Konkretisierungen, jede mit der Skala, die ihre Frage "
            "verlangt: „Inwieweit …“ nach dem Ausmaß, „Wie regelmäßig …“ nach der Häufigkeit; offene Fragen "
            "(„Auf welche Weise …“, „Welche …“) werden gemeinsam besprochen und notiert."
        ),
        "scale": ["yes", "partly", "no", "unknown"],
        "dialogue_source": "Schone, R. (2017): Frühe Hilfen und Jugendhilfeplanung, Teil 4 („Bitte eine Einschätzung“)",
        "dialogue": [
            "Wie nah ist Ihr System Früher Hilfen diesen Qualitätskriterien?",
            "Was wird unternommen, diese Qualität zu entwickeln?",
        ],
        "items": items,
    }


def eckpunkte() -> dict:
    text = src("002")
    first = [
        "Es geht bei der Planung „Früher Hilfen“ auf kommunaler Ebene um einen ressortübergreifenden Ansatz. "
        "Dies wäre kommunal zu verankern und zu kommunizieren.",
        "Die Koordination des Netzwerkes der Frühen Hilfen wird als Infrastrukturauftrag verstanden und wäre damit "
        "originäre Planungsaufgabe (und damit auch an die Jugendhilfeplanung anzubinden)",
        None,  # Sozialraum / Netzwerkkonferenz, cut below
        None,  # Mitarbeit in der Netzwerkkonferenz
        "Die Ergebnisse der Netzwerkkonferenz werden von der Netzwerkkoordination/ Jugendhilfeplanung gebündelt und "
        "in die Ausschüsse (allen voran den Jugendhilfeausschuss) eingespeist.",
        "Nach Befassung der Ausschüsse wird dem Rat jährlich ein Bericht zum Stand der Planung im Kinderschutz vorgelegt",
    ]
    first[2] = re.search(r"- (Für einen definierten .+?integriert\.)", text).group(1)
    first[3] = re.search(r"- (Die Mitarbeit in der Netzwerkkonferenz .+?zu betrachten\.)", text).group(1)
    conference = [
        "Diskussion und Abstimmung fachliche (Qualitätsentwicklungs-)Standards und Entwicklung von gemeinsamen Zielvorstellungen",
        "Diskussion und Bewertung der von der Jugendhilfeplanung vorgelegten empirischen Bestandsdaten (Bestandsanalyse)",
        "Abgabe von Bedarfseinschätzungen",
        "Formulierung von Handlungsbedarfen für Politik und Verwaltung",
        "Entgegennahme von Berichten zum Planungsstand und von Umsetzungsergebnissen",
        "Ggf. Initiierung von speziellen Arbeitsgruppen zu spezifischen Themenbereichen (thematische Planungsgruppen)",
    ]
    summary = [
        "Diese Eckpunkte werden als Arbeitsauftrag vom Rat/Kreistag verabschiedet, womit seitens der kommunalen "
        "Politik die Netzwerkkonferenz mit einem offiziellen Planungsauftrag (bzw. Auftrag zur Beteiligung an der "
        "Planung im Kontext Frühe Hilfen) ausgestattet wird.",
        "Der Rat/Kreistag schafft damit auch für Bereiche außerhalb der Jugendhilfe die Verbindlichkeit, sich an den "
        "Planungen zu Frühen Hilfen und den Netzwerken Frühe Hilfen aktiv zu beteiligen.",
    ]
    items = []
    groups = [
        ("Eckpunkte einer Planungskonzeption „Frühe Hilfen“", first, "E"),
        ("Im Planungsgremium der Netzwerkkonferenz bündeln sich bestimmte Erwartungen und Befugnisse bezüglich der "
         "Weiterentwicklung der kommunalen Infrastruktur", conference, "N"),
        ("Zusammenfassung", summary, "Z"),
    ]
    for topic, statements, prefix in groups:
        for i, statement in enumerate(statements, 1):
            items.append({
                "id": f"ep-{prefix.lower()}{i}",
                "code": f"{prefix}{i}",
                "topic": topic,
                "statement": statement,
                "scale": "graded",
            })
    return {
        "format": "fh-catalog",
        "version": 2,
        "key": "eckpunkte",
        "title": "Eckpunkte einer Planungskonzeption Frühe Hilfen",
        "source": "Schone, R. (2017): Frühe Hilfen und Jugendhilfeplanung, Vortrag zur Fachveranstaltung des KVJS, Teil 5",
        "description": (
            "Schones Eckpunkte als Gerüst einer Planungskonzeption: Wie weit ist jeder Eckpunkt in Ihrer Kommune "
            "schon umgesetzt? Passt zum Praxisimpuls von Schritt 2, wenn noch keine schriftlich fixierte "
            "Planungskonzeption vorliegt."
        ),
        "scale": ["yes", "partly", "no", "unknown"],
        "dialogue_source": "Schone, R. (2017): Frühe Hilfen und Jugendhilfeplanung, Teil 5 („Bitte eine Einschätzung“)",
        "dialogue": [
            "Für wie wünschenswert halten Sie dieses Szenario?",
            "Für wie realistisch halten Sie dieses Szenario?",
        ],
        "items": items,
    }


def write(data: dict) -> None:
    path = OUT / f"{data['key']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", path.relative_to(ROOT), len(data["items"]), "items")


if __name__ == "__main__":
    write(qd_catalog("qd4-planung", "001", "Themen und Ziele der Qualitätsdimension Planung",
                     "mit Entscheidungstragenden der strategisch-politischen Ebene.", "direkt zum Hauptinhalt"))
    write(qd_catalog("qd5-verankerung", "004", "Die Themen und Ziele",
                     "mit Entscheidungstragenden der strategisch-politischen Ebene.", "Weitere Informationen"))
    write(pk_catalog())
    write(eckpunkte())
