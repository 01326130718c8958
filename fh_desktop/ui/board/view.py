"""The board view: pan, zoom, fit, pinch, keyboard nudging.

Free board is dragged like paper on a table (left or middle button); Shift- or
Ctrl-drag on free board, and any drag inside a zone, draws a selection rectangle. The wheel scrolls, Ctrl+wheel
and a pinch zoom around the fingers or the mouse.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from fh_desktop.domain import board_style as st
from fh_desktop.ui.board.scene import BoardScene

MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
FIT_MAX_ZOOM = 1.0  # fitting a nearly empty board must not blow two cards up to poster size
FOCUS_MAX_ZOOM = 1.6  # a zone in focus may grow beyond 100 %: that is the point
STEP = 1.25


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)
    viewport_moved = Signal()  # scrolled or zoomed: overlays follow
    nudge_requested = Signal(float, float)  # arrow keys with a selection, in board units

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("boardView")
        self.setAccessibleName(self.tr("Pinnwand"))
        self.setAccessibleDescription(
            self.tr("Karten, Verbindungen und Zonen; Pfeiltasten verschieben die Auswahl, Pos1 zeigt alles")
        )
        self.board_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # Only what changed is repainted; the grid is drawn once per zoom level.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemBoundingRect)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._pan_from: QPoint | None = None
        # After "Alles zeigen" the board keeps filling the view when the view changes size
        # (window resized, presentation mode, sidebar hidden) until someone zooms or pans.
        self._fitted = False
        self._fitting = False
        self._panned = False
        self._pinch_start = 1.0
        scene.content_changed.connect(self.update_scene_rect)
        self.horizontalScrollBar().valueChanged.connect(self.viewport_moved)
        self.verticalScrollBar().valueChanged.connect(self.viewport_moved)

    # --- zoom ---------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` (1 = 100 %), keeping the scene point ``anchor`` where it is."""
        if not self._fitting:
            self._fitted = False
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-6:
            return
        center = anchor if anchor is not None else self.mapToScene(self.viewport().rect().center())
        before = self.mapFromScene(center)
        self.update_scene_rect(factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor / current, factor / current)
        after = self.mapFromScene(center)
        delta = after - before
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + delta.y())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.board_scene.set_zoom(self.zoom())
        self.zoom_changed.emit(self.zoom())
        self.viewport_moved.emit()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_all(self) -> None:
        rect = self.board_scene.content_rect()
        if rect.isEmpty():
            rect = QRectF(0, 0, 800, 500)
        self._fit(rect)
        self._fitted = True
        self.viewport_moved.emit()

    def focus_on(self, rect: QRectF) -> None:
        """Fill the view with ``rect`` (a zone): its cards large enough for the back row."""
        self._fit(rect, max_zoom=FOCUS_MAX_ZOOM)
        self._fitted = False
        self.viewport_moved.emit()

    def _fit(self, rect: QRectF, max_zoom: float | None = None) -> None:
        rect = rect.adjusted(-st.BOARD_MARGIN, -st.BOARD_MARGIN, st.BOARD_MARGIN, st.BOARD_MARGIN)
        vp = self.viewport().rect()
        factor = min(vp.width() / rect.width(), vp.height() / rect.height(), max_zoom or FIT_MAX_ZOOM)
        self._fitting = True
        try:
            self.set_zoom(factor)
            self.update_scene_rect()
            self.centerOn(rect.center())
        finally:
            self._fitting = False

    def is_fitted(self) -> bool:
        return self._fitted

    def center_on_item(self, rect: QRectF) -> None:
        self._fitted = False
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if rect.width() > visible.width() * 0.9 or rect.height() > visible.height() * 0.9:
            factor = self.zoom() * min(visible.width() * 0.8 / rect.width(), visible.height() * 0.8 / rect.height())
            self.set_zoom(factor)
        self.centerOn(rect.center())

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def update_scene_rect(self, zoom: float | None = None) -> None:
        """Let the user pan a screen's width past the content in every direction."""
        zoom = zoom or self.zoom()
        content = self.board_scene.content_rect()
        if content.isEmpty():
            content = QRectF(0, 0, 800, 500)
        pad_x = self.viewport().width() / zoom
        pad_y = self.viewport().height() / zoom
        wanted = content.adjusted(-pad_x, -pad_y, pad_x, pad_y)
        # Never shrink under the user's feet: only grow while the board is open.
        current = self.sceneRect()
        rect = wanted if current.isEmpty() else wanted.united(current)
        if rect != current:
            self.setSceneRect(rect)

    # --- pan ----------------------------------------------------------------

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the board by (dx, dy) screen pixels."""
        self._fitted = False
        self.update_scene_rect()
        self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() - dx))
        self.verticalScrollBar().setValue(round(self.verticalScrollBar().value() - dy))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.MiddleButton:
            self._start_pan(event)
            return
        mods = event.modifiers()
        rubber = bool(mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier))
        if not rubber and event.button() == Qt.MouseButton.LeftButton:
            # Inside a zone the moderator arranges its cards: a drag there selects them
            # (the board pans from free board outside zones, with the middle button or the wheel).
            rubber = self.board_scene.zone_body_at(self.mapToScene(event.position().toPoint())) is not None
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if rubber else QGraphicsView.DragMode.NoDrag)
        super().mousePressEvent(event)
        if not event.isAccepted() and event.button() == Qt.MouseButton.LeftButton and not rubber:
            self._start_pan(event)

    def _start_pan(self, event: QMouseEvent) -> None:
        self._pan_from = event.position().toPoint()
        self._panned = False
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            if not delta.isNull():
                self._panned = True
                self.pan_by(delta.x(), delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            if not self._panned and event.button() == Qt.MouseButton.LeftButton:
                self.board_scene.clearSelection()  # a plain click on free board
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (STEP**steps), self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        pixel = event.pixelDelta()
        dx: float
        dy: float
        if not pixel.isNull():  # touchpad: two-finger scrolling moves the board directly
            dx, dy = pixel.x(), pixel.y()
        else:
            angle = event.angleDelta()
            dx, dy = angle.x() / 2, angle.y() / 2
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not dx:
                dx, dy = dy, 0.0
        self.pan_by(dx, dy)
        event.accept()

    # --- touch --------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Gesture:
            return self._gesture(cast(QGestureEvent, event))
        if event.type() == QEvent.Type.NativeGesture:
            native = cast(QNativeGestureEvent, event)
            if native.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                anchor = self.mapToScene(native.position().toPoint())
                self.set_zoom(self.zoom() * (1.0 + native.value()), anchor)
                return True
        return super().viewportEvent(event)

    def _gesture(self, event: QGestureEvent) -> bool:
        gesture = event.gesture(Qt.GestureType.PinchGesture)
        if gesture is None:
            return False
        pinch = cast(QPinchGesture, gesture)  # the gesture asked for by its type
        if pinch.state() == Qt.GestureState.GestureStarted:
            self._pinch_start = self.zoom()
        if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
            center = self.mapToScene(self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()))
            self.set_zoom(self._pinch_start * pinch.totalScaleFactor(), center)
        event.accept()
        return True

    # --- keyboard -----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = Qt.Key(event.key())
        if key in arrows and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            dx, dy = arrows[key]
            if self.board_scene.selectedItems() and not self.board_scene.read_only:
                step = st.GRID_SIZE if self.board_scene.snapping else 1.0
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    step *= 5
                self.nudge_requested.emit(dx * step, dy * step)
            else:
                self.pan_by(-dx * 60, -dy * 60)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self.board_scene.is_dragging():
                self.board_scene.cancel_drag()
            else:
                self.board_scene.clearSelection()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        fitted = self._fitted
        super().resizeEvent(event)
        if fitted:
            self.fit_all()
            return
        self.update_scene_rect()
        self.viewport_moved.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt API
        super().scrollContentsBy(dx, dy)
        self.viewport_moved.emit()
