"""Sorting and filtering of the plan (text search, status, priority, responsible).

Actions the moderator has just added or selected stay visible ("pinned") until the
filter is changed: an action must not vanish under the cursor because its new status
or title no longer matches what is being filtered for.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from fh_desktop.domain import enums, model
from fh_desktop.ui.actions.action_table_model import COL_NUMBER, IdRole, ObjectRole, SortRole
from fh_desktop.ui.actions.link_targets import LinkTargets

Index = QModelIndex | QPersistentModelIndex
NOBODY = "\x00nobody"  # filter value: actions without anyone responsible
UNFINISHED = frozenset({enums.Status.OPEN, enums.Status.IN_PROGRESS})

_SEARCHED = ("title", "goal", "description", "responsible", "involved", "resources", "indicator")


class ActionFilterModel(QSortFilterProxyModel):
    def __init__(self, targets: LinkTargets, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._targets = targets
        self._words: list[str] = []
        self._statuses: frozenset[str] | None = None
        self._priorities: frozenset[str] | None = None
        self._responsible: str | None = None
        self._pinned: set[int] = set()
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)

    # --- filter settings ----------------------------------------------------

    def set_text(self, text: str) -> None:
        self._change(lambda: setattr(self, "_words", text.casefold().split()))

    def set_statuses(self, statuses: frozenset[str] | None) -> None:
        self._change(lambda: setattr(self, "_statuses", statuses))

    def set_priorities(self, priorities: frozenset[str] | None) -> None:
        self._change(lambda: setattr(self, "_priorities", priorities))

    def set_responsible(self, responsible: str | None) -> None:
        """``None``: everyone; ``NOBODY``: only actions without a responsible; else that entry."""
        self._change(lambda: setattr(self, "_responsible", responsible))

    def clear_filters(self) -> None:
        def reset() -> None:
            self._words, self._statuses, self._priorities, self._responsible = [], None, None, None

        self._change(reset)

    def is_filtered(self) -> bool:
        return bool(self._words) or any(v is not None for v in (self._statuses, self._priorities, self._responsible))

    def pin(self, ident: int) -> None:
        """Keep ``ident`` visible until the filter settings change."""
        if ident in self._pinned:
            return
        if not self.is_filtered() or self._shown(ident):
            # Nothing to re-filter. This is also the path taken while Qt is still busy
            # filtering (selection moves as rows go), where re-filtering would corrupt the proxy.
            self._pinned.add(ident)
            return
        self.beginFilterChange()
        self._pinned.add(ident)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _shown(self, ident: int) -> bool:
        source = self.sourceModel()
        for row in range(source.rowCount()):
            index = source.index(row, 0)
            if index.data(IdRole) == ident:
                return self.mapFromSource(index).isValid()
        return False

    def _change(self, apply) -> None:  # noqa: ANN001
        self.beginFilterChange()
        apply()
        self._pinned.clear()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    # --- order ----------------------------------------------------------------

    def is_plan_order(self) -> bool:
        """Shown in the plan's own order, the only order in which moving rows makes sense."""
        return self.sortColumn() in (-1, COL_NUMBER) and self.sortOrder() == Qt.SortOrder.AscendingOrder

    def show_plan_order(self) -> None:
        self.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)

    # --- Qt -------------------------------------------------------------------

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        action: model.Action = self.sourceModel().index(source_row, 0, source_parent).data(ObjectRole)
        if action is None:
            return False
        if action.id in self._pinned:
            return True
        if self._statuses is not None and action.status not in self._statuses:
            return False
        if self._priorities is not None and action.priority not in self._priorities:
            return False
        if self._responsible is not None:
            mine = action.responsible.strip().casefold()
            if (self._responsible == NOBODY and mine) or (
                self._responsible != NOBODY and mine != self._responsible.strip().casefold()
            ):
                return False
        if self._words:
            haystack = self._haystack(action)
            return all(word in haystack for word in self._words)
        return True

    def _haystack(self, action: model.Action) -> str:
        parts = [getattr(action, name) for name in _SEARCHED]
        parts += [self._targets.label(kind, ident) for kind, ident in self._targets.links_of(action)]
        return "\n".join(parts).casefold()
