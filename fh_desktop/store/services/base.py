"""Shared plumbing of the services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fh_desktop.domain.checks import check_choice, check_texts
from fh_desktop.domain.errors import NotFoundError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store.events import Op, Topic

__all__ = ["MSG_GONE", "CrudMixin", "Service", "check_choice", "check_texts"]

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fh_desktop.store.workshop_file import WorkshopFile

MSG_GONE = QT_TRANSLATE_NOOP("errors", "{what} Nr. {ident} gibt es nicht (mehr).")


class Service:
    def __init__(self, wf: WorkshopFile) -> None:
        self.wf = wf

    def _emit(self, topic: Topic, op: Op, ident: object = None) -> None:
        self.wf.events.emit(topic, op, ident)

    @staticmethod
    def _get(session: Session, row_cls: type, ident: Any, what: str) -> Any:
        row = session.get(row_cls, ident)
        if row is None:
            raise NotFoundError(MSG_GONE, what=what, ident=ident)
        return row


class CrudMixin(Service):
    """add / update / remove / list for one row class mirrored by one dataclass."""

    def _list(self, row_cls: Any, cls: type, *order: Any) -> list[Any]:
        from sqlalchemy import select

        from fh_desktop.store import convert

        with self.wf.read() as s:
            rows = s.scalars(select(row_cls).order_by(*(order or (row_cls.id,))))
            return [convert.to_domain(cls, r) for r in rows]

    def _add(self, row_cls: type, obj: Any, topic: Topic, *, keep_id: bool = False) -> Any:
        from fh_desktop.store import convert

        values = convert.columns_of(obj, row_cls, skip=() if keep_id else ("id",))
        check_texts(values)
        with self.wf.transaction() as s:
            row = row_cls(**values)
            s.add(row)
            s.flush()
            result = convert.to_domain(type(obj), row)
        self._emit(topic, Op.ADDED, getattr(result, "id", None))
        return result

    def _update(self, row_cls: type, cls: type[Any], ident: Any, values: dict[str, Any], topic: Topic, what: str) -> Any:
        from fh_desktop.store import convert

        check_texts(values)
        with self.wf.transaction() as s:
            row = self._get(s, row_cls, ident, what)
            convert.apply(row, values)
            result = convert.to_domain(cls, row)
        self._emit(topic, Op.CHANGED, ident)
        return result

    def _remove(self, row_cls: type, ident: Any, topic: Topic, what: str) -> None:
        with self.wf.transaction() as s:
            s.delete(self._get(s, row_cls, ident, what))
        self._emit(topic, Op.REMOVED, ident)
