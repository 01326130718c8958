"""Undo commands of step 2 that need more than two calls (``ui.common.commands``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fh_desktop.domain import model
from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.commands import StoreCommand

MSG_HAS_ANSWERS = QT_TRANSLATE_NOOP(
    "errors", "Die Aussage hat inzwischen Antworten; sie lässt sich nicht mehr rückgängig entfernen."
)


class AddCatalogItemCommand(StoreCommand):
    """Add a statement; undo takes it out again, but never once it has answers."""

    def __init__(self, wf: WorkshopFile, item: model.CatalogItem, after_id: int | None) -> None:
        super().__init__(QCoreApplication.translate("CatalogView", "Aussage hinzufügen"))
        self.wf = wf
        self.item = item
        self.after_id = after_id
        self.added: model.CatalogItem | None = None

    def apply(self) -> None:
        self.added = self.wf.checklist.add_item(self.item, self.after_id)

    def revert(self) -> None:
        if self.added is None:
            return
        if self.wf.checklist.answer_count(self.added.id):  # type: ignore[arg-type]
            raise ValidationError(MSG_HAS_ANSWERS)
        self.wf.checklist.remove_item(self.added.id)  # type: ignore[arg-type]
