"""The service layer: the only way the UI and the CLI change a workshop.

Each public method is one committed transaction (``WorkshopFile.transaction``) and
emits an event afterwards, so what the user sees is always what is on disk.
Services take and return ``domain.model`` dataclasses, never ORM rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile


def attach_services(wf: WorkshopFile) -> None:
    from fh_desktop.store.services.action_import import ActionImportService
    from fh_desktop.store.services.actions import ActionService
    from fh_desktop.store.services.board import BoardService
    from fh_desktop.store.services.checklist import ChecklistService
    from fh_desktop.store.services.cycle import CycleService
    from fh_desktop.store.services.meta import MetaService
    from fh_desktop.store.services.snapshot import SnapshotService

    wf.meta = MetaService(wf)
    wf.board = BoardService(wf)
    wf.checklist = ChecklistService(wf)
    wf.actions = ActionService(wf)
    wf.snapshots = SnapshotService(wf)
    wf.action_import = ActionImportService(wf)
    wf.cycle = CycleService(wf)
