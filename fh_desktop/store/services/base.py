"""Shared plumbing of the services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fh_desktop.domain.errors import NotFoundError, ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store.events import Op, Topic

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fh_desktop.store.workshop_file import WorkshopFile

MSG_GONE = QT_TRANSLATE_NOOP("errors", "{what} Nr. {ident} gibt es nicht (mehr).")
MSG_CHOICE = QT_TRANSLATE_NOOP("errors", "Ungültiger Wert für {field}: „{value}“.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "Der Text für {field} ist zu lang ({length} Zeichen, höchstens {limit})."
)
# Generous, but stops a pasted novel from making the board and exports unusable.
MAX_TEXT = 20_000


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


def check_choice(field: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValidationError(MSG_CHOICE, field=field, value=value)


def check_texts(values: dict[str, Any]) -> None:
    for name, value in values.items():
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ValidationError(MSG_TOO_LONG, field=name, length=len(value), limit=MAX_TEXT)


class CrudMixin(Service):
    """add / update / remove / list for one row class mirrored by one dataclass."""

    def _list(self, row_cls: type, cls: type, *order: Any) -> list[Any]:
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

    def _update(self, row_cls: type, cls: type, ident: Any, values: dict[str, Any], topic: Topic, what: str) -> Any:
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
