"""A QR code painted square and crisp at any size (segno computes the modules)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


class QrWidget(QWidget):
    def __init__(self, parent: QWidget | None = None, minimum: int = 160) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self._matrix: tuple[bytearray, ...] = ()
        self._text = ""
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        if text == self._text:
            return  # encoding is pure Python: only when the address changes
        self._text = text
        self._matrix = segno.make(text, error="m", micro=False).matrix if text else ()
        self.setAccessibleName(text)
        self.update()

    def text(self) -> str:
        return self._text

    def modules(self) -> int:
        return len(self._matrix)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return width

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, 320)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._matrix:
            return
        side = min(self.width(), self.height())
        count = len(self._matrix) + 2 * QUIET_ZONE
        module = side // count  # whole pixels per module: no blurred edges for the camera
        if module < 1:
            return
        size = module * count
        x0 = (self.width() - size) // 2
        y0 = (self.height() - size) // 2
        p = QPainter(self)
        p.fillRect(QRectF(x0, y0, size, size), QColor("white"))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("black"))
        for r, row in enumerate(self._matrix):
            for c, dark in enumerate(row):
                if dark:
                    p.drawRect(x0 + (c + QUIET_ZONE) * module, y0 + (r + QUIET_ZONE) * module, module, module)
        p.end()
