"""The participant view on a second screen (projector), while the laptop keeps the console.

``ProjectorWindow`` is a frameless full-screen top-level window that never takes the
keyboard: the moderator works on the laptop. It shows the current step's participant
view (``StepPage.projector_view``) under a slim bar with the step and the countdown.
It can be blanked (black) or frozen (keeps showing the last picture while the moderator
prepares the next thing). ``Projector`` owns the window and follows screens coming and going.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from fh_desktop.ui.common import theme
from fh_desktop.ui.shell.agenda_panel import CountdownLabel

if TYPE_CHECKING:  # the timer (and the store behind it) loads when a workshop opens
    from fh_desktop.ui.shell.step_timer import StepTimer

ViewFactory = Callable[[QWidget], QWidget]
LIVE, FROZEN, BLANK = range(3)


class ProjectorWindow(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # A top-level window even with a parent: it lives on another screen.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("Beamer – Frühe-Hilfen-Werkstatt"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAutoFillBackground(True)
        self.title = QLabel(self)  # re-parented into the live page with the bar
        self.title.setObjectName("projectorTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown: CountdownLabel | None = None
        self._bar = QHBoxLayout()
        self._bar.setContentsMargins(24, 12, 24, 0)
        self._bar.addWidget(self.title, 1)
        self.stack = QStackedWidget(self)
        # The live page holds the bar (step and clock) above the content: a frozen picture
        # is taken of both, so F9 freezes what the room sees as a whole.
        self.live = QWidget(self.stack)
        self.live.setObjectName("projectorLive")
        self._live_layout = QVBoxLayout(self.live)
        self._live_layout.setContentsMargins(0, 0, 0, 0)
        self._live_layout.addLayout(self._bar)
        self.frozen = QLabel(self.stack)
        self.frozen.setObjectName("projectorFrozen")
        self.frozen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.black = QWidget(self.stack)
        self.black.setObjectName("projectorBlack")
        self.black.setAutoFillBackground(True)
        for page in (self.live, self.frozen, self.black):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        self.content: QWidget | None = None
        self._frozen = False
        theme.notifier().changed.connect(self._apply_colours)
        self._apply_colours()

    # --- what it shows -----------------------------------------------------

    def set_content(self, widget: QWidget | None, title: str) -> None:
        """Replace the live view (the old one is deleted); a frozen picture stays frozen."""
        if self.content is not None:
            self._live_layout.removeWidget(self.content)
            self.content.deleteLater()
        self.content = widget
        if widget is not None:
            widget.setParent(self.live)
            self._live_layout.addWidget(widget, 1)
            widget.show()
        self.title.setText(title)

    def set_timer(self, timer: StepTimer | None) -> None:
        if self.countdown is not None:
            self._bar.removeWidget(self.countdown)
            self.countdown.deleteLater()
            self.countdown = None
        if timer is not None:
            self.countdown = CountdownLabel(timer, 1.3, self.live)
            self._bar.addWidget(self.countdown)

    @property
    def blanked(self) -> bool:
        return self.stack.currentIndex() == BLANK

    @property
    def is_frozen(self) -> bool:
        return self._frozen

    def set_blank(self, on: bool) -> None:
        self.stack.setCurrentIndex(BLANK if on else (FROZEN if self._frozen else LIVE))

    def set_frozen(self, on: bool) -> None:
        if on and not self._frozen:
            self.frozen.setPixmap(self.live.grab())  # bar and content: the whole picture
        self._frozen = on
        if not self.blanked:
            self.stack.setCurrentIndex(FROZEN if on else LIVE)
        if not on:
            self.frozen.clear()

    # --- where it shows ----------------------------------------------------

    def show_on(self, screen: QScreen) -> None:
        base = max(14, screen.geometry().height() // 40)  # readable from the back row
        font = self.font()
        font.setPixelSize(base)
        self.setFont(font)
        self.title.setFont(theme.scaled_font(font, 1.3, bold=True))
        if self.isVisible() and self.screen() is not screen:
            self.hide()  # a full-screen window moves reliably only while hidden
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        # Not showFullScreen(): it activates the window, and the keyboard belongs to the console.
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.show()

    def _apply_colours(self) -> None:
        self.setPalette(theme.presentation_palette(theme.is_dark()))
        pal = self.black.palette()
        pal.setColor(self.black.backgroundRole(), theme.color(theme.COVER))
        self.black.setPalette(pal)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Only reachable by clicking the projector itself: Esc closes it, nothing else happens here.
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.closed.emit()
        super().closeEvent(event)


class Projector(QObject):
    """Owns the projector window: which screen, what it shows, blank and freeze."""

    changed = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.window: ProjectorWindow | None = None
        self._factory: ViewFactory | None = None
        self._title = ""
        self._timer: StepTimer | None = None
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)  # a window needs a GUI application
        app.screenRemoved.connect(self.on_screen_removed)

    @property
    def active(self) -> bool:
        return self.window is not None and self.window.isVisible()

    @property
    def screen(self) -> QScreen | None:
        window = self.window  # as in ``active``: shown, or no screen
        return window.screen() if window is not None and window.isVisible() else None

    def candidate_screens(self) -> list[QScreen]:
        """Screens other than the console's, the ones a projector can be on."""
        own = self.host.screen()
        return [s for s in QGuiApplication.screens() if s is not own]

    def open_on(self, screen: QScreen) -> None:
        if self.window is None:
            self.window = ProjectorWindow(self.host)
            self.window.closed.connect(self._window_closed)
        self.window.show_on(screen)
        # Built after show_on: their sizes derive from the font it chose for this screen.
        self.window.set_timer(self._timer)
        self._rebuild()
        self.changed.emit()

    def close(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.closed.disconnect(self._window_closed)
            window.close()
            window.deleteLater()
            self.changed.emit()

    def show_view(self, factory: ViewFactory | None, title: str) -> None:
        """What the projector shows from now on; ``factory(parent)`` builds the widget."""
        self._factory = factory
        self._title = title
        if self.window is not None:
            self._rebuild()

    def set_timer(self, timer: StepTimer | None) -> None:
        self._timer = timer
        if self.window is not None:
            self.window.set_timer(timer)

    def toggle_blank(self) -> None:
        if self.window is not None:
            self.window.set_blank(not self.window.blanked)
            self.changed.emit()

    def set_frozen(self, on: bool) -> None:
        if self.window is not None:
            self.window.set_frozen(on)
            self.changed.emit()

    @property
    def blanked(self) -> bool:
        return self.window is not None and self.window.blanked

    @property
    def frozen(self) -> bool:
        return self.window is not None and self.window.is_frozen

    def _rebuild(self) -> None:
        assert self.window is not None
        widget = self._factory(self.window.live) if self._factory else None
        self.window.set_content(widget, self._title)

    def _window_closed(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
            self.changed.emit()

    def on_screen_removed(self, screen: QScreen) -> None:
        if self.window is not None and shiboken6.isValid(self.window) and self.window.screen() is screen:
            self.close()
