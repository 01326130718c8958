"""The board as a picture: PNG (high resolution) and SVG, always with the legend.

The picture is drawn from a fresh, read-only scene built from ``model.Board``, so it
shows neither the selection, nor the grid, nor a dimming filter, whatever the screen
shows at the moment. Files are written under a temporary name and moved into place,
so a failed export never leaves half a picture behind.
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import model
from fh_desktop.domain.errors import FileAccessError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.ui.board import qt_style
from fh_desktop.ui.board.legend import Legend
from fh_desktop.ui.board.scene import BoardScene

MSG_WRITE = QT_TRANSLATE_NOOP("errors", "Das Bild „{path}“ kann nicht geschrieben werden: {detail}")
PNG_SCALE = 2.0  # twice the screen size: sharp on a projector and in print
MAX_PIXELS = 80_000_000  # a 1,000-card board still fits in memory
TITLE_SIZE = 24.0


class BoardPicture:
    """Lays out title, board and legend in board units; paints them on any QPainter."""

    def __init__(self, board: model.Board, title: str = "") -> None:
        self.scene = BoardScene(cached=False)
        self.scene.grid_visible = False
        self.scene.load(board)
        self.title = " ".join(title.split())
        bounds = bl.board_bounds(board) or bl.Rect(0, 0, 400, 200)
        self.board_rect = QRectF(bounds.x, bounds.y, bounds.w, bounds.h)
        self.legend = Legend(columns=4)
        lw, lh = self.legend.size()
        self.title_h = TITLE_SIZE * 2.5 if self.title else 0.0
        m = st.BOARD_MARGIN
        self.width = max(bounds.w, lw + 2 * m)
        self.height = self.title_h + bounds.h + lh + m

    def size(self) -> tuple[float, float]:
        return self.width, self.height

    def paint(self, painter: QPainter) -> None:
        """Paint at board scale (1 unit = 1 pixel); scale the painter for other sizes."""
        painter.fillRect(QRectF(0, 0, self.width, self.height), QColor(st.BOARD_BACKGROUND))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        m = st.BOARD_MARGIN
        target = QRectF(0, self.title_h, self.board_rect.width(), self.board_rect.height())
        self.scene.render(painter, target, self.board_rect, Qt.AspectRatioMode.IgnoreAspectRatio)
        self.legend.paint(painter, m, self.title_h + self.board_rect.height())
        if self.title:  # last: the board's background must not cover it
            font = qt_style.font(TITLE_SIZE, bold=True)
            painter.setFont(font)
            painter.setPen(QColor(st.TEXT_COLOR))
            text = QFontMetricsF(font).elidedText(self.title, Qt.TextElideMode.ElideRight, self.width - 2 * m)
            painter.drawText(QRectF(m, TITLE_SIZE * 0.6, self.width - 2 * m, TITLE_SIZE * 1.6), Qt.AlignmentFlag.AlignVCenter, text)


def _atomic(path: Path, write) -> None:  # noqa: ANN001 - write(tmp_path) -> bool
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise FileAccessError(MSG_WRITE, path=path, detail=exc.strerror) from None
    os.close(fd)
    tmp = Path(name)
    try:
        if not write(tmp) or tmp.stat().st_size == 0:
            raise FileAccessError(MSG_WRITE, path=path, detail=QCoreApplication.translate("errors", "Schreiben fehlgeschlagen"))
        os.replace(tmp, path)
    except OSError as exc:
        raise FileAccessError(MSG_WRITE, path=path, detail=exc.strerror) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def export_png(board: model.Board, path: Path, title: str = "", scale: float = PNG_SCALE) -> QSize:
    picture = BoardPicture(board, title)
    w, h = picture.size()
    scale = min(scale, math.sqrt(MAX_PIXELS / max(1.0, w * h)))
    size = QSize(max(1, math.ceil(w * scale)), max(1, math.ceil(h * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(96 * scale / 0.0254))
    image.setDotsPerMeterY(round(96 * scale / 0.0254))
    image.fill(QColor(st.BOARD_BACKGROUND))
    painter = QPainter(image)
    painter.scale(scale, scale)
    picture.paint(painter)
    painter.end()
    # PySide6 takes the format as str (bytes raise ValueError); its stubs ask for bytes.
    _atomic(path, lambda tmp: image.save(str(tmp), "PNG"))  # type: ignore[call-overload]
    return size


def export_svg(board: model.Board, path: Path, title: str = "") -> QSize:
    picture = BoardPicture(board, title)
    w, h = picture.size()
    size = QSize(math.ceil(w), math.ceil(h))

    def write(tmp: Path) -> bool:
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, w, h))
        generator.setTitle(picture.title or QCoreApplication.translate("BoardPicture", "Pinnwand"))
        generator.setDescription(QCoreApplication.translate("BoardPicture", "Pinnwand – Frühe-Hilfen-Werkstatt"))
        painter = QPainter()
        if not painter.begin(generator):
            return False
        picture.paint(painter)
        return painter.end()

    _atomic(path, write)
    return size
