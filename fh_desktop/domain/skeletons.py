"""Ready-made actions built from the material: the skeleton of a Planungskonzeption.

The step-2 Praxisimpuls warns that few Kommunen have "eine schriftlich fixierte und
systematisch aktualisierte Planungskonzeption". Schone's "Eckpunkte einer
Planungskonzeption Frühe Hilfen" (002, Teil 5; the ``eckpunkte`` catalog) are what such
a concept has to settle, so the action "Planungskonzeption erarbeiten" starts with them
as its checklist of parts.
"""

from __future__ import annotations

from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain import enums, model

PLANUNGSKONZEPTION_TITLE = "Planungskonzeption Frühe Hilfen erarbeiten"
PLANUNGSKONZEPTION_GOAL = (
    "Eine schriftlich fixierte, vom Rat/Kreistag verabschiedete Planungskonzeption für die Frühen Hilfen "
    "regelt die Zusammenarbeit von Jugendhilfe-, Sozial- und Gesundheitsplanung."
)


def planungskonzeption_action(eckpunkte: catalog_format.CatalogFile, dimension: str = "QD 4 · 1.5") -> model.Action:
    """The action "Planungskonzeption erarbeiten" with the Eckpunkte as its parts (☐ one per line)."""
    lines = ["Gerüst nach den Eckpunkten einer Planungskonzeption Frühe Hilfen (Schone 2017):"]
    topic = None
    for item in eckpunkte.items:
        if item.topic != topic:
            topic = item.topic
            lines.append(f"{topic}:")
        lines.append(f"☐ {item.code} {item.statement}")
    return model.Action(
        title=PLANUNGSKONZEPTION_TITLE,
        goal=PLANUNGSKONZEPTION_GOAL,
        description="\n".join(lines),
        priority=enums.Priority.HIGH,
        status=enums.Status.OPEN,
        dimension=dimension,
        needs_committee=True,
        level=catalog_format.STRATEGIC,
        indicator="Der Beschluss von Rat/Kreistag liegt vor; die Konzeption ist den Netzwerkpartnern bekannt.",
    )


def next_measure(action: model.Action) -> model.Action:
    """Another Maßnahme under the same agreed Zielsetzung ("Welche Zielsetzungen werden vereinbart …")."""
    return model.Action(
        title="",
        goal=action.goal,
        dimension=action.dimension,
        working_group=action.working_group,
        level=action.level,
        item_ids=list(action.item_ids),
        card_ids=list(action.card_ids),
    )
