"""Small read-outs shared by the action page tests."""

from __future__ import annotations


def shown_titles(page) -> list[str]:
    from fh_desktop.ui.actions.action_table_model import COL_TITLE

    proxy = page.proxy
    return [proxy.index(r, COL_TITLE).data() for r in range(proxy.rowCount())]


def stored_titles(wf) -> list[str]:
    return [a.title for a in wf.actions.actions()]
