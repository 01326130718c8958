"""The board for the room's projector: the same scene, shown whole, read-only.

A second ``QGraphicsView`` on the page's scene, so every change on the moderator's
screen appears at once; it fits the whole board after each change and never takes the
keyboard or the mouse (the moderator works on the laptop).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from fh_desktop.domain import board_style as st
from fh_desktop.ui.board.scene import BoardScene


class BoardProjectorView(QGraphicsView):
    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("boardProjectorView")
        self.board_scene = scene
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAccessibleName(self.tr("Pinnwand (Beamer)"))
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(50)
        self._fit_later.timeout.connect(self.fit)
        scene.content_changed.connect(self._fit_later.start)
        self.fit()

    def fit(self) -> None:
        rect = self.board_scene.content_rect()
        if rect.isEmpty():
            rect = QRectF(0, 0, 800, 500)
        m = st.BOARD_MARGIN
        self.setSceneRect(rect.adjusted(-m, -m, m, m))
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()
