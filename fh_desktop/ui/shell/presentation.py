"""Presentation mode for a single shared screen, and the blank screen for pauses.

Presentation mode: full screen, the application font scaled for the back row, a
high-contrast palette, and every widget with the dynamic property ``moderatorOnly``
(and the menu bar) hidden. Leaving restores exactly what was there before: window
state and geometry, fonts, palette, style and which widgets were visible.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget

from fh_desktop.ui.common import theme
from fh_desktop.ui.common.window_overlay import WindowOverlay
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY, PROJECTOR_SIZED

FONT_SCALE = 1.6
SIZE_RESOLVED = 0x2  # QFont::SizeResolved; PySide6 does not expose the ResolveProperties enum


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # presentation mode exists only in the window
    return app


def _alive(obj: QObject) -> bool:
    return shiboken6.isValid(obj)


def _has_own_size(widget: QWidget) -> bool:
    """True when presentation mode has to scale the widget's font itself.

    That is when its size was set explicitly (so it does not follow the app font), unless
    it sits in a part of the window that is sized for the projector already.
    """
    if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        return False
    if not widget.font().resolveMask() & SIZE_RESOLVED:
        return False
    w: QWidget | None = widget
    while w is not None:
        if w.property(PROJECTOR_SIZED):
            return False
        w = w.parentWidget()
    return True


class PresentationMode(QObject):
    """Switches ``window`` into and out of presentation mode (F11)."""

    toggled = Signal(bool)
    # Before fonts are scaled: what should be in presentation mode must exist by then.
    about_to_enter = Signal()

    def __init__(self, window: QMainWindow, scale: float = FONT_SCALE) -> None:
        super().__init__(window)
        self.window = window
        self.scale = scale
        self.active = False
        self._geometry = QByteArray()
        self._state = Qt.WindowState.WindowNoState
        self._app_font = QFont()
        self._palette_was_set = False
        self._palette = QPalette()
        self._style = ""
        self._fonts: list[tuple[QWidget, QFont]] = []
        self._hidden: list[QWidget] = []
        self.exit_button = QPushButton(window)
        self.exit_button.setObjectName("exitPresentationButton")
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never steals the keyboard
        self.exit_button.clicked.connect(lambda: self.set_active(False))
        self.exit_button.hide()
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.exit_button.setText(self.tr("Präsentation beenden (F11)"))
        self.exit_button.setAccessibleName(self.tr("Präsentation beenden"))
        if self.active:
            self._place_exit_button()

    def exit_button_room(self) -> int:
        """How much of the window's right edge the exit button takes (header keeps it free)."""
        self.exit_button.adjustSize()
        return self.exit_button.width() + 16

    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        if on:
            self.about_to_enter.emit()
            self._enter()
        else:
            self._leave()
        self.active = on
        self.toggled.emit(on)

    def refresh(self) -> None:
        """Hide moderator-only widgets that appeared since entering (a page was rebuilt)."""
        if self.active:
            self._hide_moderator_widgets()

    # --- entering and leaving --------------------------------------------

    def _enter(self) -> None:
        app = _app()
        w = self.window
        self._geometry = w.saveGeometry()
        self._state = w.windowState()
        self._app_font = QFont(app.font())
        self._palette_was_set = app.testAttribute(Qt.ApplicationAttribute.AA_SetPalette)
        self._palette = QPalette(app.palette())
        self._style = app.style().name()
        dark = theme.is_dark()
        if self._style.lower() != "fusion":
            app.setStyle("Fusion")  # native styles ignore parts of a custom palette
        app.setPalette(theme.presentation_palette(dark))
        self._fonts = [(wd, QFont(wd.font())) for wd in self._own_widgets() if _has_own_size(wd)]
        app.setFont(theme.scaled_font(self._app_font, self.scale))
        for widget, font in self._fonts:
            widget.setFont(theme.scaled_font(font, self.scale))
        self._hidden = []
        self._hide_moderator_widgets()
        theme.notifier().set_high_contrast(True)
        # The geometry first: without a window manager (kiosk setups) full screen alone does nothing.
        w.setGeometry(w.screen().geometry())
        w.showFullScreen()
        self.exit_button.setFont(self._app_font)  # small and out of the way: it is for the moderator
        self.exit_button.show()
        self._place_exit_button()

    def _leave(self) -> None:
        app = _app()
        w = self.window
        self.exit_button.hide()
        saved = {id(widget) for widget, _ in self._fonts}
        for widget in self._own_widgets():
            # Made while presenting, from already scaled fonts: scale back.
            if id(widget) not in saved and _has_own_size(widget):
                widget.setFont(theme.scaled_font(widget.font(), 1 / self.scale))
        for widget, font in self._fonts:
            if _alive(widget):
                widget.setFont(font)
        self._fonts = []
        app.setFont(self._app_font)
        if app.style().name().lower() != self._style.lower():
            app.setStyle(self._style)
        app.setPalette(self._palette if self._palette_was_set else QPalette())
        for widget in self._hidden:
            if _alive(widget):
                widget.show()
        self._hidden = []
        theme.notifier().set_high_contrast(False)
        if self._state & Qt.WindowState.WindowFullScreen:
            return
        if self._state & Qt.WindowState.WindowMaximized:
            w.showMaximized()
        else:
            w.showNormal()
            w.restoreGeometry(self._geometry)

    def _hide_moderator_widgets(self) -> None:
        w = self.window
        candidates = [w.menuBar()] + [x for x in self._own_widgets() if x.property(MODERATOR_ONLY)]
        for widget in candidates:
            if not widget.isHidden() and widget not in self._hidden:
                widget.hide()
                self._hidden.append(widget)

    def _own_widgets(self) -> list[QWidget]:
        """The window's widgets, without other top-level windows it owns (projector, dialogs)."""
        w = self.window
        return [x for x in w.findChildren(QWidget) if x.window() is w and x is not self.exit_button]

    def _place_exit_button(self) -> None:
        b = self.exit_button
        b.adjustSize()
        b.move(self.window.width() - b.width() - 8, 8)
        b.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.Resize and self.active:
            self._place_exit_button()
        return False


class BlankCover(WindowOverlay):
    """Black over the whole window (workshop title dimly in the middle) until any key or click."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("blankCover")
        self.setAccessibleName(self.tr("Schwarzbild"))
        self.title = ""

    def cover(self, title: str = "") -> None:
        self.title = title
        self.show_over()

    def uncover(self) -> None:
        self.dismiss()

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.fillRect(self.rect(), theme.color(theme.COVER))
        if self.title:
            font = p.font()
            font.setPointSizeF(max(14.0, self.height() / 30))
            p.setFont(font)
            p.setPen(theme.color(theme.COVER_TEXT))
            p.drawText(self.rect().adjusted(40, 40, -40, -40), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.title)
