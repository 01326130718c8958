"""The planning cycle in the file: follow-up creation, earlier results (read-only), Wiedervorlage.

Earlier workshops' results are written once, when the follow-up is built (or restored
from a dump), and never edited afterwards: this service offers no method to change them.

Events: the review writes through ``ActionService`` (``("action", "changed", id)``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from fh_desktop.domain import cycle, model
from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import convert
from fh_desktop.store.rows import EarlierItemRow, EarlierWorkshopRow
from fh_desktop.store.services.base import Service, check_choice, check_texts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fh_desktop.store.workshop_file import WorkshopFile

MSG_SAME_FILE = QT_TRANSLATE_NOOP(
    "errors", "Der Folgeworkshop braucht eine eigene Datei; „{path}“ ist der bisherige Workshop."
)
MSG_NOT_CARRIED = QT_TRANSLATE_NOOP(
    "errors", "Maßnahme Nr. {ident} stammt nicht aus einem früheren Workshop und steht nicht zur Wiedervorlage."
)


class CycleService(Service):
    # --- earlier results ---------------------------------------------------

    def earlier(self) -> list[model.EarlierWorkshop]:
        """Every earlier workshop of the chain, oldest first, with its item results."""
        with self.wf.read() as s:
            return read_earlier(s)

    def origin(self) -> model.EarlierWorkshop | None:
        """The workshop this one was built from (the last of ``earlier``), or None."""
        earlier = self.earlier()
        return earlier[-1] if earlier else None

    def is_follow_up(self) -> bool:
        with self.wf.read() as s:
            return s.scalar(select(EarlierWorkshopRow.id).limit(1)) is not None

    # --- Wiedervorlage -----------------------------------------------------

    def review_list(self) -> list[model.Action]:
        return cycle.to_review(self.wf.actions.actions(), self.earlier())

    def review_summary(self) -> cycle.ReviewSummary:
        return cycle.review_summary(self.review_list())

    def review_action(self, ident: int, decision: str, **values: Any) -> model.Action:
        """Record the Wiedervorlage of one carried-over action (one transaction).

        ``decision``: ``cycle.ReviewDecision`` ("" takes a decision back); ``values`` may
        set ``progress`` (Stand der Umsetzung), ``due``, ``review_on``, ``title`` ... The
        status follows the decision (``cycle.status_after``) unless ``status`` is given.
        """
        if decision:
            check_choice("Entscheidung", decision, cycle.ReviewDecision.ALL)
        check_texts(values)
        action = self.wf.actions.action(ident)
        if action.origin_number is None:
            raise ValidationError(MSG_NOT_CARRIED, ident=ident)
        if decision and "status" not in values:
            values["status"] = cycle.status_after(decision, action.status)
        return self.wf.actions.update_action(ident, review_decision=decision, **values)


def read_earlier(s: Session) -> list[model.EarlierWorkshop]:
    out = []
    items: dict[int, list[model.EarlierItem]] = {}
    for row in s.scalars(select(EarlierItemRow).order_by(EarlierItemRow.earlier_id, EarlierItemRow.position)):
        item = convert.to_domain(model.EarlierItem, row)
        item.rounds = [model.EarlierRound(**r) for r in (row.rounds or [])]
        items.setdefault(row.earlier_id, []).append(item)
    for row in s.scalars(select(EarlierWorkshopRow).order_by(EarlierWorkshopRow.position, EarlierWorkshopRow.id)):
        e = convert.to_domain(model.EarlierWorkshop, row)
        e.items = items.get(row.id, [])
        out.append(e)
    return out


def write_earlier(s: Session, earlier: Iterable[model.EarlierWorkshop]) -> None:
    """Insert the earlier workshops (used by ``SnapshotService.load``; ids are kept)."""
    import dataclasses

    for e in earlier:
        row = EarlierWorkshopRow(**convert.columns_of(e, EarlierWorkshopRow))
        s.add(row)
        s.flush()
        for it in e.items:
            values = convert.columns_of(it, EarlierItemRow, skip=("rounds", "earlier_id"))
            rounds = [dataclasses.asdict(r) for r in it.rounds]
            s.add(EarlierItemRow(earlier_id=row.id, rounds=rounds, **values))


def file_identity(wf: WorkshopFile) -> str:
    """The file's identity (``meta.file_identity``, migration 0002) if the store keeps one, else ""."""
    getter = getattr(wf.meta, "file_identity", None)
    return str(getter() or "") if callable(getter) else ""


def follow_up_from(
    wf: WorkshopFile,
    new_path: str | os.PathLike[str],
    *,
    date: dt.date | None = None,
    title: str | None = None,
    participant_ids: Iterable[int] | None = None,
    overwrite: bool = False,
) -> Path:
    """Write a follow-up of the open workshop ``wf`` to ``new_path`` (built aside, renamed into place)."""
    from fh_desktop.store.workshop_file import build_empty, building

    new_path = Path(new_path)
    if new_path.exists() and new_path.resolve() == Path(wf.path).resolve():
        raise ValidationError(MSG_SAME_FILE, path=new_path)
    data = cycle.follow_up_data(
        wf.snapshots.snapshot(),
        date=date or dt.date.today(),
        title=title,
        participant_ids=participant_ids,
        file_id=file_identity(wf),
    )
    with building(new_path, overwrite=overwrite) as tmp:
        new = build_empty(tmp)
        try:
            new.snapshots.load(data)
        finally:
            new.close()
    return new_path


def create_follow_up(previous: str | os.PathLike[str], new_path: str | os.PathLike[str], **kwargs: Any) -> Path:
    """``follow_up_from`` for a workshop file that is not open yet (the command line)."""
    from fh_desktop.store.workshop_file import WorkshopFile

    if Path(new_path).exists() and Path(new_path).resolve() == Path(previous).resolve():
        raise ValidationError(MSG_SAME_FILE, path=new_path)
    with WorkshopFile.open(previous) as wf:
        return follow_up_from(wf, new_path, **kwargs)
