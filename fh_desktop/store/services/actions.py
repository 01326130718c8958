"""Step 3: the action plan (Maßnahmen) with links to checklist items and cards.

The plan's order is the ``position`` column (1..n after every reorder). Content rules
(empty title, due before start) are *not* enforced here: the editor stores what was
typed and shows ``domain.action_rules`` problems beside the field, so nothing typed is
ever refused and lost. Only what would damage the file or the exports is refused:
unknown priority/status codes, texts over the limit, links to things that do not exist.

Events: ``Topic.ACTION`` with ``Op.ADDED`` | ``CHANGED`` | ``REMOVED`` and the id; a new order of the whole
plan is ``Op.RESET`` with no id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select, update

from fh_desktop.domain import action_rules, enums, model
from fh_desktop.domain.errors import NotFoundError, ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import convert
from fh_desktop.store.events import Op, Topic
from fh_desktop.store.rows import ActionCardRow, ActionItemRow, ActionRow, CardRow, CatalogItemRow
from fh_desktop.store.services.base import MSG_GONE, CrudMixin, check_choice, check_texts

MSG_ORDER = QT_TRANSLATE_NOOP(
    "errors", "Die neue Reihenfolge passt nicht zu den Maßnahmen im Workshop (inzwischen geändert?)."
)

MSG_DATE = QT_TRANSLATE_NOOP("errors", "Ungültiges Datum für {field}: „{value}“.")


class ActionService(CrudMixin):
    # --- reading ----------------------------------------------------------

    def actions(self) -> list[model.Action]:
        """The whole plan in its order, each with its linked item and card ids."""
        with self.wf.read() as s:
            rows = s.scalars(select(ActionRow).order_by(ActionRow.position, ActionRow.id)).all()
            items = _links(s, ActionItemRow, "item_id")
            cards = _links(s, ActionCardRow, "card_id")
            return [_to_domain(r, items.get(r.id, []), cards.get(r.id, [])) for r in rows]

    def action(self, ident: int) -> model.Action:
        with self.wf.read() as s:
            row = self._get(s, ActionRow, ident, "Maßnahme")
            return _to_domain(row, _links(s, ActionItemRow, "item_id", ident), _links(s, ActionCardRow, "card_id", ident))

    def order(self) -> list[int]:
        with self.wf.read() as s:
            return list(s.scalars(select(ActionRow.id).order_by(ActionRow.position, ActionRow.id)))

    # --- editing ----------------------------------------------------------

    def add_action(self, action: model.Action, *, keep_id: bool = False) -> model.Action:
        """Append ``action`` to the plan (``keep_id``: with its id and position, for restore/import)."""
        _check(vars(action))
        values = convert.columns_of(action, ActionRow, skip=() if keep_id else ("id",))
        check_texts(values)
        with self.wf.transaction() as s:
            if not keep_id:
                values["position"] = (s.scalar(select(func.max(ActionRow.position))) or 0) + 1
            row = ActionRow(**values)
            s.add(row)
            s.flush()
            _set_links(s, row.id, action.item_ids, action.card_ids)
            result = _to_domain(row, list(dict.fromkeys(action.item_ids)), list(dict.fromkeys(action.card_ids)))
        self._emit(Topic.ACTION, Op.ADDED, result.id)
        return result

    def restore_action(self, action: model.Action) -> model.Action:
        """Undo of ``remove_action``: the action comes back with its id, links and place in the plan."""
        self.restore_actions([action])
        return self.action(action.id)  # type: ignore[arg-type]

    def restore_actions(self, actions: Sequence[model.Action]) -> None:
        """Undo of ``remove_actions``: all come back in one step, each at its old place."""
        for action in actions:
            _check(vars(action))
            check_texts(convert.columns_of(action, ActionRow))
        with self.wf.transaction() as s:
            present = [(pos, 1, ident) for ident, pos in s.execute(select(ActionRow.id, ActionRow.position))]
            for action in actions:
                s.add(ActionRow(**convert.columns_of(action, ActionRow)))
                s.flush()
                _set_links(s, action.id, action.item_ids, action.card_ids)
            # Old positions put each back where it was; on a tie the restored one goes first.
            back = [(a.position, 0, a.id) for a in actions]
            _apply_order(s, [ident for _, _, ident in sorted(present + back)])
        for action in actions:
            self._emit(Topic.ACTION, Op.ADDED, action.id)

    def update_action(self, ident: int, **values: Any) -> model.Action:
        """Change some fields of one action (``item_ids``/``card_ids`` replace the links)."""
        _check(values)
        item_ids = values.pop("item_ids", None)
        card_ids = values.pop("card_ids", None)
        check_texts(values)
        with self.wf.transaction() as s:
            row = self._get(s, ActionRow, ident, "Maßnahme")
            convert.apply(row, values)
            if item_ids is not None or card_ids is not None:
                _set_links(
                    s,
                    ident,
                    _links(s, ActionItemRow, "item_id", ident) if item_ids is None else item_ids,
                    _links(s, ActionCardRow, "card_id", ident) if card_ids is None else card_ids,
                )
            s.flush()
            result = _to_domain(row, _links(s, ActionItemRow, "item_id", ident), _links(s, ActionCardRow, "card_id", ident))
        self._emit(Topic.ACTION, Op.CHANGED, ident)
        return result

    def remove_action(self, ident: int) -> model.Action:
        """Delete one action with its links; returns it as it was, for ``restore_action``."""
        return self.remove_actions([ident])[0]

    def remove_actions(self, ids: Sequence[int]) -> list[model.Action]:
        """Delete several actions in one step; returns them (plan order) for ``restore_actions``."""
        with self.wf.transaction() as s:
            gone = []
            for ident in ids:
                row = self._get(s, ActionRow, ident, "Maßnahme")
                gone.append(
                    _to_domain(row, _links(s, ActionItemRow, "item_id", ident), _links(s, ActionCardRow, "card_id", ident))
                )
            s.execute(delete(ActionItemRow).where(ActionItemRow.action_id.in_(list(ids))))
            s.execute(delete(ActionCardRow).where(ActionCardRow.action_id.in_(list(ids))))
            s.execute(delete(ActionRow).where(ActionRow.id.in_(list(ids))))
        for action in gone:
            self._emit(Topic.ACTION, Op.REMOVED, action.id)
        return sorted(gone, key=lambda a: (a.position, a.id))

    # --- order ------------------------------------------------------------

    def set_order(self, ids: Sequence[int]) -> None:
        """Give the plan the order ``ids`` (all action ids, each once): positions 1..n."""
        with self.wf.transaction() as s:
            _apply_order(s, ids)
        self._emit(Topic.ACTION, Op.RESET, None)

    def order_by_priority(self) -> list[int]:
        """Reorder the plan hoch, mittel, niedrig (stable) in one step; returns the old order for undo."""
        with self.wf.transaction() as s:
            rows = s.scalars(select(ActionRow).order_by(ActionRow.position, ActionRow.id)).all()
            old = [r.id for r in rows]
            new = action_rules.order_by_priority([_to_domain(r, [], []) for r in rows])
            _apply_order(s, new)
        self._emit(Topic.ACTION, Op.RESET, None)
        return old


def _to_domain(row: ActionRow, item_ids: list[int], card_ids: list[int]) -> model.Action:
    a = convert.to_domain(model.Action, row)
    a.item_ids, a.card_ids = list(item_ids), list(card_ids)
    return a


def _check(values: dict[str, Any]) -> None:
    for name in ("start", "due", "review_on", "origin_date"):
        value = values.get(name)
        if value is not None and not (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            raise ValidationError(MSG_DATE, field=name, value=value)
    if "priority" in values:
        check_choice("Priorität", values["priority"], enums.Priority.ALL)
    if "status" in values:
        check_choice("Status", values["status"], enums.Status.ALL)


def _apply_order(s: Any, ids: Sequence[int]) -> None:
    present = list(s.scalars(select(ActionRow.id)))
    if len(ids) != len(present) or set(ids) != set(present):
        raise ValidationError(MSG_ORDER)
    for pos, ident in enumerate(ids, start=1):
        s.execute(update(ActionRow).where(ActionRow.id == ident).values(position=pos))


def _links(s: Any, row_cls: type, column: str, action_id: int | None = None) -> Any:
    """All links as {action_id: [ids]}, or, given ``action_id``, that action's list."""
    q = select(row_cls).order_by(getattr(row_cls, column))
    if action_id is not None:
        return [getattr(r, column) for r in s.scalars(q.where(row_cls.action_id == action_id))]
    out: dict[int, list[int]] = {}
    for r in s.scalars(q):
        out.setdefault(r.action_id, []).append(getattr(r, column))
    return out


def _set_links(s: Any, action_id: int, item_ids: Sequence[int], card_ids: Sequence[int]) -> None:
    # Checked here: a foreign-key failure at commit would reach the user as a raw SQL error.
    for ids, row_cls, what in ((item_ids, CatalogItemRow, "Checklisten-Punkt"), (card_ids, CardRow, "Karte")):
        known = set(s.scalars(select(row_cls.id).where(row_cls.id.in_(list(ids)))))
        for ident in ids:
            if ident not in known:
                raise NotFoundError(MSG_GONE, what=what, ident=ident)
    s.execute(delete(ActionItemRow).where(ActionItemRow.action_id == action_id))
    s.execute(delete(ActionCardRow).where(ActionCardRow.action_id == action_id))
    for i in dict.fromkeys(item_ids):
        s.add(ActionItemRow(action_id=action_id, item_id=i))
    for c in dict.fromkeys(card_ids):
        s.add(ActionCardRow(action_id=action_id, card_id=c))
