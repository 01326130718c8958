"""Demo header and participants: Landkreis Lindenau (fictional)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile

PARTICIPANTS = [
    ("Dr. Katrin Albers", "Jugendamt, Leitung"),
    ("Markus Brenner", "Jugendhilfeplanung"),
    ("Selin Yıldız", "Netzwerkkoordination Frühe Hilfen"),
    ("Jonas Weidemann", "Sozialplanung"),
    ("Dr. Agnieszka Nowak", "Gesundheitsamt, Gesundheitsplanung"),
    ("Petra Lindqvist", "Familienzentrum Lindenau-Nord (freier Träger)"),
    ("Heinz-Otto Krämer", "Jugendhilfeausschuss (Mitglied)"),
    ("Lena Vogt", "Hospitation (Studentin Soziale Arbeit)"),
]


def fill(wf: WorkshopFile) -> None:
    wf.meta.update_workshop(
        title="Kommunale Verankerung der Frühen Hilfen in der Planung",
        kommune="Landkreis Lindenau",
        date=dt.date(2026, 11, 26),
        place="Kreishaus Lindenau, Sitzungssaal 2",
        moderator="Claudia Hoffmann (externe Moderation)",
        notes="Demo-Workshop mit fiktiven Daten.",
    )
    for name, role in PARTICIPANTS:
        wf.meta.add_participant(name, role, is_observer=role.startswith("Hospitation"))
