"""Light and dark appearance, and the high-contrast look of presentation mode.

The app follows the system's colour scheme (``QStyleHints.colorScheme()``). Widgets
never hard-code colours: they ask for a named colour here (``color(ERROR)``), which
resolves for the current scheme and for presentation mode, and re-apply it when
``notifier().changed`` fires. Every pair below was picked to read on a washed-out
projector as well as on a laptop screen (contrast ≥ 4.5:1 against the window colour).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

# Named colours: (light, dark, light high contrast, dark high contrast).
ERROR = "error"
WARNING = "warning"  # a time box nearly used up
OVERRUN = "overrun"  # a time box exceeded: gentle, not alarming
DONE = "done"
ACCENT = "accent"  # the current thing (step, selection) in a strong colour
ACCENT_TEXT = "accentText"  # text on ACCENT
MUTED = "muted"  # secondary text
COVER = "cover"  # blank screen background
COVER_TEXT = "coverText"
SCRIM = "scrim"  # the veil behind an overlay (help)
PANEL = "panel"  # background of an overlay's card
PANEL_TEXT = "panelText"

_COLORS: dict[str, tuple[str, str, str, str]] = {
    ERROR: ("#b00020", "#ff8a80", "#8b0000", "#ff9e9e"),
    WARNING: ("#8a5a00", "#ffd27f", "#6b4400", "#ffe08a"),
    OVERRUN: ("#a3460a", "#ffab70", "#8a3000", "#ffb27a"),
    DONE: ("#1b6e20", "#8fd694", "#0b5010", "#9cf0a2"),
    ACCENT: ("#1f5fa8", "#8cbcff", "#003d99", "#ffd000"),
    ACCENT_TEXT: ("#ffffff", "#000000", "#ffffff", "#000000"),
    MUTED: ("#555555", "#b0b0b0", "#333333", "#d0d0d0"),
    COVER: ("#000000", "#000000", "#000000", "#000000"),
    COVER_TEXT: ("#6e6e6e", "#6e6e6e", "#808080", "#808080"),
    SCRIM: ("#a0000000", "#b0000000", "#c0000000", "#c0000000"),
    PANEL: ("#ffffff", "#202124", "#ffffff", "#000000"),
    PANEL_TEXT: ("#111111", "#f1f1f1", "#000000", "#ffffff"),
}


class ThemeNotifier(QObject):
    """One per application: ``changed`` after the scheme or presentation mode changed."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.high_contrast = False
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt >= 6.5
            hints.colorSchemeChanged.connect(lambda *_: self.changed.emit())
        # Desktops without a colour-scheme hint switch dark mode by changing the palette.
        app = QGuiApplication.instance()
        if app is not None and hasattr(app, "paletteChanged"):
            app.paletteChanged.connect(lambda *_: self.changed.emit())

    def set_high_contrast(self, on: bool) -> None:
        if on != self.high_contrast:
            self.high_contrast = on
            self.changed.emit()


_notifier: ThemeNotifier | None = None


def notifier() -> ThemeNotifier:
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier(QGuiApplication.instance())
        _notifier.destroyed.connect(_forget)
    return _notifier


def _forget(*_: object) -> None:
    global _notifier
    _notifier = None


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def color(name: str, *, dark: bool | None = None, high_contrast: bool | None = None) -> QColor:
    dark = is_dark() if dark is None else dark
    high = notifier().high_contrast if high_contrast is None else high_contrast
    return QColor(_COLORS[name][(2 if high else 0) + (1 if dark else 0)])


def css(name: str, **kw: bool | None) -> str:
    """The colour for a style sheet (``rgba()`` keeps the alpha of the scrim)."""
    c = color(name, **kw)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {c.alpha()})"


def presentation_palette(dark: bool) -> QPalette:
    """Pure black on white (or white on black) with a strong accent: readable from the back row."""
    fg, bg, base, button = (
        ("#ffffff", "#000000", "#000000", "#1a1a1a") if dark else ("#000000", "#ffffff", "#ffffff", "#ececec")
    )
    accent, accent_text = ("#ffd000", "#000000") if dark else ("#003d99", "#ffffff")
    muted = "#c8c8c8" if dark else "#303030"
    p = QPalette()
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, value in (
            (roles.Window, bg), (roles.WindowText, fg), (roles.Base, base), (roles.AlternateBase, button),
            (roles.Text, fg), (roles.Button, button), (roles.ButtonText, fg), (roles.BrightText, accent),
            (roles.Highlight, accent), (roles.HighlightedText, accent_text), (roles.ToolTipBase, bg),
            (roles.ToolTipText, fg), (roles.PlaceholderText, muted), (roles.Link, accent),
            (roles.Light, fg), (roles.Midlight, muted), (roles.Mid, muted), (roles.Dark, muted), (roles.Shadow, fg),
        ):
            p.setColor(group, role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor(muted))
    for role, value in ((roles.Window, bg), (roles.Base, base), (roles.Button, button)):
        p.setColor(disabled, role, QColor(value))
    return p


def scaled_font(font: QFont, factor: float, *, bold: bool | None = None) -> QFont:
    """``font`` ``factor`` times as large, whether its size is in points or pixels."""
    font = QFont(font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if bold is not None:
        font.setBold(bold)
    return font


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 = same, 21 = black on white)."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
