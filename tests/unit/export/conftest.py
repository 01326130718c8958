"""A rich workshop for the export tests: every kind of content, hostile text included."""

from __future__ import annotations

import datetime as dt

import pytest

from fh_desktop.domain import enums, model

A = enums.Answer
LONG_TEXT = ("Sehr langer Text über Zuständigkeiten, Gremien und Berichtswege. " * 320)[:20_000]
HOSTILE_TITLES = [
    "<b>Fett?</b> Nein: wörtlich",
    "Kita & Familienzentrum <script>alert(1)</script>",
    "=SUM(A1)",
    "+49 30 1234567",
    "-",
    "@x Verteiler",
    "\tTab am Anfang",
    "\rWagenrücklauf am Anfang",
    "Unbalanced <i>tag & <para",
    "Emoji 😀 und Daumen 👍 und 中文",
]
NAMES = [
    ("Dr. Katrin Albers", "Jugendamt, Leitung", False),
    ("Selin Yıldız", "Netzwerkkoordination Frühe Hilfen", False),
    ("Agnieszka Łukasiewicz", "Gesundheitsamt", False),
    ("Олег Петренко", "Sozialplanung", False),
    ("Jürgen Weiß", "Jugendhilfeplanung", False),
    ("<b>Petra</b> & Co", "Freier Träger „Familienzentrum“", False),
    ("=Heinz+Otto", "Jugendhilfeausschuss", False),
    ("Lena Vogt", "Hospitation", True),
]


def rich_workshop() -> model.WorkshopData:
    participants = [
        model.Participant(id=i, name=n, role=r, is_observer=o, position=i) for i, (n, r, o) in enumerate(NAMES, 1)
    ]
    cards = [
        model.Card(1, enums.CardKind.ACTOR, "Jugendamt / Jugendhilfeplanung", "Steuert die Planung nach § 80 SGB VIII", "jugendhilfe", 40, 60, 240, 120, 1, 3),
        model.Card(2, enums.CardKind.ACTOR, "Gesundheitsamt", "Gesundheitsberichterstattung", "gesundheit", 420, 60, 220, 120, 2, 2),
        model.Card(3, enums.CardKind.ACTOR, "Sozialplanung", "Sozialbericht, Quartiersdaten", "sozial", 800, 60, 220, 120, 3, 1),
        model.Card(4, enums.CardKind.COMMITTEE, "Jugendhilfeausschuss", "Beschließt die Jugendhilfeplanung", "politik", 40, 320, 240, 120, 4, 3),
        model.Card(5, enums.CardKind.COMMITTEE, "Kreistag", "", "politik", 420, 320, 220, 120, 5, None),
        model.Card(6, enums.CardKind.ACTOR, "Netzwerkkoordination Frühe Hilfen", "Netzwerkkonferenz 2× jährlich", "netzwerk", 800, 320, 240, 120, 6, 2),
        model.Card(7, enums.CardKind.TASK, "Gemeinsamer Planungsbericht", "Daten aus drei Planungen zusammenführen", "sonstige", 420, 560, 260, 120, 7, None),
        model.Card(8, enums.CardKind.NOTE, "<b>Planungslücke</b> & Daten?", "Keine Daten zu Familien mit Kindern unter 3 — „wer erhebt?“", "sonstige", 800, 560, 220, 120, 8, None),
        model.Card(9, enums.CardKind.ACTOR, "Freie Träger (Familienzentren)", "Erreichen Familien früh", "netzwerk", 40, 560, 240, 120, 9, 1),
        model.Card(10, enums.CardKind.TASK, "Öffentlichkeitsarbeit 😀", "Flyer in Türkisch, Polnisch, Русский", "netzwerk", 1180, 320, 220, 120, 10, 0),
    ]
    links = [
        model.Link(1, 1, 4, enums.LinkKind.REPORT, enums.LinkDirection.FORWARD, "Jugendhilfeplan"),
        model.Link(2, 4, 1, enums.LinkKind.DECISION, enums.LinkDirection.FORWARD, "Beschluss & Auftrag"),
        model.Link(3, 1, 2, enums.LinkKind.EXCHANGE, enums.LinkDirection.BOTH, ""),
        model.Link(4, 2, 3, enums.LinkKind.DATA, enums.LinkDirection.FORWARD, "Schuleingangsdaten"),
        model.Link(5, 6, 1, enums.LinkKind.PARTICIPATION, enums.LinkDirection.NONE, "AG 78"),
        model.Link(6, 3, 7, enums.LinkKind.DATA, enums.LinkDirection.FORWARD, ""),
        model.Link(7, 9, 6, enums.LinkKind.PARTICIPATION, enums.LinkDirection.BOTH, "<script>"),
        model.Link(8, 5, 4, enums.LinkKind.DECISION, enums.LinkDirection.FORWARD, ""),
        model.Link(9, 6, 10, enums.LinkKind.EXCHANGE, enums.LinkDirection.FORWARD, ""),
    ]
    zones = [
        model.Zone(1, "Verwaltung", "#e8eef7", 0, 0, 1080, 480, -100),
        model.Zone(2, "Planungslücke", "#fff6bf", 760, 500, 320, 220, -99),
    ]
    dots = [
        model.Dot(1, 7, "#d62728"), model.Dot(2, 7, "#d62728"), model.Dot(3, 7, "#2ca02c"),
        model.Dot(4, 8, "#1f77b4"), model.Dot(5, 1, "#ffbf00"), model.Dot(6, 4, "#d62728"),
    ]  # fmt: skip
    items = [
        model.CatalogItem(i, i, code, topic, statement, "")
        for i, (code, topic, statement) in enumerate(
            [
                ("4.1", "Planungsverständnis", "Es gibt ein gemeinsames Verständnis von Planung in den Frühen Hilfen."),
                ("4.2", "Planungsverständnis", "Die Planungen von Jugendhilfe, Gesundheit & Soziales sind abgestimmt."),
                ("4.3", "Datenbasis", "Daten zu Familien mit Kindern von 0–3 Jahren liegen vor („Sozialraum“)."),
                ("4.4", "Datenbasis", "<b>Bedarfe</b> werden regelmäßig erhoben."),
                ("4.5", "Beteiligung", "Fachkräfte und Familien werden an der Planung beteiligt."),
                ("4.6", "Beteiligung", "Ergebnisse fließen in den Jugendhilfeausschuss ein."),
                ("5.1", "Verankerung", "=Frühe Hilfen sind im Kreistag präsent."),
                ("5.2", "Verankerung", "Ressourcen für Frühe Hilfen sind über 2027 hinaus gesichert."),
            ],
            start=1,
        )
    ]
    rounds = [
        model.Round(1, 1, None, enums.RoundState.REVEALED, False),
        model.Round(2, 2, [2, 3], enums.RoundState.REVEALED, False),
    ]
    pattern = {
        1: [A.YES, A.YES, A.PARTLY, A.NO, A.UNKNOWN, A.YES, A.YES, A.PARTLY],
        2: [A.NO, A.PARTLY, A.PARTLY, A.YES, A.NO, A.YES, A.UNKNOWN, A.YES],
        3: [A.YES, A.NO, A.NO, A.NO, A.PARTLY, A.YES, A.YES, A.NO],
        4: [A.PARTLY, A.YES, A.YES, A.UNKNOWN, A.NO, A.YES, A.PARTLY, A.NO],
        5: [A.YES, A.YES, A.YES, A.YES, A.PARTLY, A.NO, A.YES, A.YES],
        6: [A.UNKNOWN, A.NO, A.YES, A.PARTLY, A.YES, A.NO, A.NO, A.YES],
        7: [A.YES, A.PARTLY, A.NO, A.YES, A.YES, A.YES, A.PARTLY, A.UNKNOWN],
    }
    answers, submissions, n = [], [], 1
    for pid, values in pattern.items():
        submissions.append(model.Submission(1, pid, ""))
        for item_id, value in enumerate(values, start=1):
            answers.append(model.IndividualAnswer(n, 1, pid, item_id, value))
            n += 1
    for pid in (1, 2, 3, 4, 5, 6):
        submissions.append(model.Submission(2, pid, ""))
        for item_id in (2, 3):
            answers.append(model.IndividualAnswer(n, 2, pid, item_id, A.PARTLY if pid % 2 else A.NO))
            n += 1
    answers.append(model.IndividualAnswer(n, 1, None, 1, A.NO))  # a removed participant's answer, kept anonymously
    joint = [
        model.JointAssessment(1, A.PARTLY, "Verständnis wächst, aber <b>uneinheitlich</b>.", False),
        model.JointAssessment(2, A.NO, "Keine gemeinsame Sitzung & keine Abstimmung", True),
        model.JointAssessment(3, A.NO, "=HYPERLINK(\"http://x\")", True),
        model.JointAssessment(4, A.PARTLY, "", False),
        model.JointAssessment(7, A.YES, "Regelmäßig Thema im Ausschuss", False),
    ]
    actions = []
    statuses = enums.Status.ALL
    priorities = enums.Priority.ALL
    for i, title in enumerate(HOSTILE_TITLES, start=1):
        actions.append(
            model.Action(
                id=i,
                position=i,
                title=title,
                goal=f"Ziel {i}: Planungen verzahnen – „gemeinsam“ € {i * 1000}",
                description="Beschreibung mit Umlauten: Größe, Übergänge, Maßstäbe.",
                responsible=["Selin Yıldız", "Agnieszka Łukasiewicz", "Олег Петренко", "Jürgen Weiß"][i % 4],
                involved="Jugendamt; Gesundheitsamt",
                start=dt.date(2027, 1, i),
                due=dt.date(2027, 6, 10 + i),
                priority=priorities[i % 3],
                status=statuses[i % 4],
                resources="0,5 VZÄ",
                indicator="Bericht liegt vor",
                item_ids=[2, 3] if i % 2 else [],
                card_ids=[7] if i % 3 == 0 else [],
            )
        )
    actions.append(model.Action(id=11, position=11, title="Langer Text", description=LONG_TEXT, start=None, due=None))
    actions.append(model.Action(id=12, position=12, title="", goal="", description=""))
    actions.append(
        model.Action(
            id=13, position=13, title="Gemeinsamen Planungsbericht erstellen", goal="Ein Bericht für drei Planungen",
            responsible="Markus Brenner", start=dt.date(2027, 2, 1), due=dt.date(2027, 12, 31),
            priority=enums.Priority.HIGH, status=enums.Status.IN_PROGRESS, item_ids=[2], card_ids=[7, 1],
        )
    )  # fmt: skip
    return model.WorkshopData(
        workshop=model.Workshop(
            title="Kommunale Verankerung der Frühen Hilfen – „Planung“ & Praxis",
            kommune="Landkreis Lindenau",
            date=dt.date(2026, 11, 26),
            place="Kreishaus Lindenau, Sitzungssaal 2",
            moderator="Claudia Hoffmann",
            notes="Notiz mit <b>Markup</b> & Sonderzeichen: ß € — “quotes”",
        ),
        participants=participants,
        board=model.Board(cards, links, zones, dots),
        checklist=model.Checklist(
            catalog=model.Catalog("qd4-planung", "Checkliste Planungskonzeption (QD 4 Planung)", "NZFH Qualitätsrahmen", list(A.ALL)),
            items=items,
            rounds=rounds,
            submissions=submissions,
            answers=answers,
            joint=joint,
        ),
        actions=actions,
        steps=[
            model.StepPlan(1, 75, enums.StepStatus.DONE, 4860.0),
            model.StepPlan(2, 75, enums.StepStatus.DONE, 5100.0),
            model.StepPlan(3, 30, enums.StepStatus.RUNNING, 1200.0),
        ],
    )


@pytest.fixture
def rich() -> model.WorkshopData:
    return rich_workshop()
