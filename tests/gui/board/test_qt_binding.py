"""The Qt binding must not eat references to None (PySide6 6.12.0 on Python 3.11 did).

A board of a thousand cards makes hundreds of thousands of calls to Qt methods that
return nothing; each lost reference brought the interpreter closer to aborting with
"deallocating None". pyproject.toml keeps such a binding out; this test notices when
another one slips in.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsRectItem


def test_void_qt_calls_keep_none_alive():
    rect, item = QRectF(), QGraphicsRectItem()
    before = sys.getrefcount(None)
    for _ in range(500):
        rect.setWidth(1.0)
        item.setOpacity(0.5)
    # other threads or the GC may move the count a little; a leak moves it by 1,000
    assert abs(sys.getrefcount(None) - before) < 100
