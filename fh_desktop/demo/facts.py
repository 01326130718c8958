"""The facts of the fictional Landkreis Lindenau, stated once.

Board, checklist and action plan of the demo are written by hand in three modules; these
are the facts all three must agree on (``tests/unit/test_demo_consistency.py`` checks
them against the written demo file), so that a reader never finds the Kreistag card
claiming a decision the joint assessment denies.
"""

from __future__ import annotations

KREIS = "Landkreis Lindenau"
MODERATOR = "Claudia Hoffmann"
NETWORK_COORDINATOR = "Selin Yıldız"
FAMILY_CENTRE = "Familienzentrum Lindenau-Nord"

# QD 4 statement -> what is true in Lindenau (the joint assessment must not say "trifft zu").
NOT_IN_PLACE = {
    "1.3": "Die Netzwerkkoordination sitzt in der Fachabteilung des Jugendamts, nicht in der Planung.",
    "1.5": "Der Kreistag hat keine Planungskonzeption Frühe Hilfen beschlossen.",
    "1.6": "Es gibt keine regelmäßigen Planungsberichte.",
    "1.7": "Der Jugendhilfeausschuss bekommt keinen regelmäßigen Bericht.",
    "2.1": "Es gibt kein Datenkonzept.",
}
# Phrases that would contradict those facts anywhere in the demo's texts.
CONTRADICTIONS = (
    "Planungsauftrag 2023",
    "1x jährlich auf der Tagesordnung",
    "Jahresbericht an den Kreistag",
    "fortschreiben",
    "Datenkonzept ist in Arbeit",
    "im Bereich Planung angesiedelt",
)
