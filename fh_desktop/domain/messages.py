"""The one message type for people: a German source text, its details, its translation context.

``Message`` is what the domain hands the UI when something is to be *said* and not
raised: problems of an action in the editor (``action_rules``), of a row in a re-imported
workbook (``action_import``), workshops left out of a comparison (``compare``). The UI
translates ``template`` in ``context`` and fills in ``args`` (``ui.common.errors.message_text``);
the command line prints ``str(message)``, the German text. An error that stops an
operation is an ``errors.FhError`` instead, which carries the same two parts.

``Problem`` says where a message belongs: a ``row`` of a sheet and/or a ``field`` of an
action, and whether it stops the row (``ERROR``) or is a hint (``WARNING``).
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Message:
    template: str  # German source text with ``{placeholders}``
    args: tuple[tuple[str, str], ...] = ()
    context: str = "errors"  # the translation context the template was marked in

    @classmethod
    def of(cls, template: str, *, context: str = "errors", **args: object) -> Message:
        return cls(template, tuple((k, str(v)) for k, v in args.items()), context)

    def format(self, template: str | None = None) -> str:
        """The text with its details; pass the translated template to get the UI language."""
        try:
            return (template or self.template).format(**dict(self.args))
        except (KeyError, IndexError, ValueError):
            return template or self.template

    def __str__(self) -> str:
        return self.format()


@dataclass(frozen=True)
class Problem:
    message: Message
    row: int | None = None  # Excel row number (None: the whole file, or no sheet)
    field: str | None = None  # an ``Action`` field name
    severity: str = ERROR

    def __str__(self) -> str:
        return f"Zeile {self.row}: {self.message}" if self.row is not None else str(self.message)
