"""Step 3: the action plan (Maßnahmen) with links to checklist items and cards."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select

from fh_desktop.domain import enums, model
from fh_desktop.store import convert
from fh_desktop.store.rows import ActionCardRow, ActionItemRow, ActionRow
from fh_desktop.store.services.base import CrudMixin, check_choice, check_texts


class ActionService(CrudMixin):
    def actions(self) -> list[model.Action]:
        with self.wf.read() as s:
            rows = s.scalars(select(ActionRow).order_by(ActionRow.position, ActionRow.id)).all()
            items = _links(s, ActionItemRow, "item_id")
            cards = _links(s, ActionCardRow, "card_id")
            out = []
            for r in rows:
                a = convert.to_domain(model.Action, r)
                a.item_ids = items.get(r.id, [])
                a.card_ids = cards.get(r.id, [])
                out.append(a)
            return out

    def add_action(self, action: model.Action, *, keep_id: bool = False) -> model.Action:
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
            result = convert.to_domain(model.Action, row)
            result.item_ids, result.card_ids = list(action.item_ids), list(action.card_ids)
        self._emit("action", "added", result.id)
        return result

    def update_action(self, ident: int, **values: Any) -> model.Action:
        _check(values)
        item_ids = values.pop("item_ids", None)
        card_ids = values.pop("card_ids", None)
        check_texts(values)
        with self.wf.transaction() as s:
            row = self._get(s, ActionRow, ident, "Maßnahme")
            convert.apply(row, values)
            if item_ids is not None or card_ids is not None:
                old_items = _links(s, ActionItemRow, "item_id").get(ident, [])
                old_cards = _links(s, ActionCardRow, "card_id").get(ident, [])
                _set_links(
                    s,
                    ident,
                    old_items if item_ids is None else item_ids,
                    old_cards if card_ids is None else card_ids,
                )
        self._emit("action", "changed", ident)
        return next(a for a in self.actions() if a.id == ident)

    def remove_action(self, ident: int) -> None:
        self._remove(ActionRow, ident, "action", "Maßnahme")


def _check(values: dict[str, Any]) -> None:
    if "priority" in values:
        check_choice("Priorität", values["priority"], enums.Priority.ALL)
    if "status" in values:
        check_choice("Status", values["status"], enums.Status.ALL)


def _links(s: Any, row_cls: type, column: str) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for r in s.scalars(select(row_cls).order_by(getattr(row_cls, column))):
        out.setdefault(r.action_id, []).append(getattr(r, column))
    return out


def _set_links(s: Any, action_id: int, item_ids: list[int], card_ids: list[int]) -> None:
    s.execute(delete(ActionItemRow).where(ActionItemRow.action_id == action_id))
    s.execute(delete(ActionCardRow).where(ActionCardRow.action_id == action_id))
    for i in dict.fromkeys(item_ids):
        s.add(ActionItemRow(action_id=action_id, item_id=i))
    for c in dict.fromkeys(card_ids):
        s.add(ActionCardRow(action_id=action_id, card_id=c))
