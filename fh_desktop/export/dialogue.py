"""The "Gesprächsleitfaden": dialogue questions for the strategic-political level, with notes.

The workshop keeps its questions (``WorkshopData.questions``, group DIALOGUE by
position) and, once the store offers them, a note per question taken in the room
(an attribute ``note`` of the question). A workshop without dialogue questions has
no such section.
"""

from __future__ import annotations

from dataclasses import dataclass

from fh_desktop import resources
from fh_desktop.domain import enums, model
from fh_desktop.domain.guiding_questions import QuestionGroup, group_of

TITLE = "Gesprächsleitfaden: Dialog mit der strategisch-politischen Ebene"


@dataclass(frozen=True)
class DialogueQuestion:
    step: int
    text: str
    note: str


def dialogue_questions(data: model.WorkshopData) -> list[DialogueQuestion]:
    stored = [q for q in data.questions if group_of(q.position) == QuestionGroup.DIALOGUE and q.text.strip()]
    stored.sort(key=lambda q: (q.step, q.position, q.id or 0))
    return [DialogueQuestion(q.step, q.text, str(getattr(q, "note", "") or "")) for q in stored]


def source() -> str:
    try:
        return str(resources.load_json("guiding_questions.json").get("dialogue_source", ""))
    except (OSError, ValueError):
        return ""


def step_title(step: int) -> str:
    return f"Schritt {step}: {enums.STEP_TITLES.get(step, '')}".rstrip(": ")
