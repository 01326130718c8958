"""Render the app icon's PNG, ICO and ICNS files from the SVG master.

The master is ``resources/icons/fh-desktop.svg`` (the running app uses it as its
window icon). Every size is rendered from the vector by Qt, so small icons stay crisp;
Pillow (installed with reportlab) only packs the renditions into ``.ico`` and ``.icns``.

Run after changing the SVG, and commit the results:
    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "fh-desktop.svg"
OUT = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme sizes we ship
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows: Explorer, taskbar, title bar
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # macOS, including the @2x variants


def render(sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of the master rendered at each size (square, transparent corners)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {MASTER}")
    result = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        result[size] = bytes(data.data())
    return result


def main() -> int:
    import io

    from PIL import Image

    pngs = render(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    OUT.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (OUT / f"fh-desktop-{size}.png").write_bytes(pngs[size])
    largest = max(ICO_SIZES)
    images[largest].save(
        OUT / "fh-desktop.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest],
    )
    largest = max(ICNS_SIZES)
    images[largest].save(
        OUT / "fh-desktop.icns", append_images=[images[s] for s in ICNS_SIZES if s != largest]
    )
    for name in sorted(p.name for p in OUT.iterdir()):
        print(f"packaging/icons/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
