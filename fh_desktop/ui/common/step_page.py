"""The contract between the shell and the page of one workshop step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from fh_desktop.ui.common.store_signals import StoreSignals

if TYPE_CHECKING:  # the store loads only when a workshop opens (bench/startup.py)
    from fh_desktop.store.workshop_file import WorkshopFile

# What ``navigate_requested`` / ``reveal`` can point at: (step, kind) pairs.
CARD = "card"  # step 1: a board card
ITEM = "item"  # step 2: a checklist item
ACTION = "action"  # step 3: an action


class StepPage(QWidget):
    """Base of ``BoardPage``, ``ChecklistPage``, ``ActionsPage``.

    The shell creates one per open workshop and calls ``activated()`` when the page
    becomes visible. All pages write through ``workshop_commands`` (``signals.commands``), so
    ``undo_stack`` is the workshop's one history, shared by every step.

    Pages point at each other's things (an action links to a card and a checklist
    item; a flagged item creates an action) without knowing each other: a page emits
    ``navigate_requested(step, kind, ident)``, the shell switches to that step and calls
    the target page's ``reveal(kind, ident)``.

    Moderation hooks (the shell calls them; pages override what fits):

    - ``projector_view(parent)``: the participant view for the second screen.
    - ``set_presentation(on)``: presentation mode started or ended (the application font
      is already scaled and the palette high-contrast; a page may e.g. zoom its board).
    - Widgets only the moderator needs (admin buttons, editors of the catalog ...) get the
      dynamic property ``moderatorOnly`` = True: presentation mode hides them.
    - Controls that change the workshop are marked with ``read_only.edits(...)`` where
      they are made; for a workshop opened read-only the shell calls ``set_read_only()``,
      which greys them out (a page may override it to stop e.g. dragging too).
    - ``wants_room_width()``: True while the screen on show is the room's (step 2's round,
      a person's answers, the result): a window too narrow for both then hides the
      moderation sidebar; emit ``room_width_changed`` when the answer changes.
    - Keyboard: page commands are ``QAction``s with text and shortcut added to the page
      (``self.addAction``), so the shortcut overlay (F1) lists them under the step's name.
    """

    step: int = 0
    navigate_requested = Signal(int, str, int)
    room_width_changed = Signal()

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wf = wf
        self.signals = signals
        self.workshop_commands = signals.commands
        self.undo_stack: QUndoStack = signals.commands.stack

    def activated(self) -> None:
        """Called each time the step is shown."""

    def wants_room_width(self) -> bool:
        """True while the page shows what the room reads or taps and needs every pixel of width."""
        return False

    def reveal(self, kind: str, ident: int) -> None:
        """Select and show the thing ``ident`` of ``kind`` (CARD, ITEM or ACTION) on this page."""

    def projector_view(self, parent: QWidget) -> QWidget | None:
        """A clean participant view of this step for the projector window (no moderator controls).

        Called each time the projector shows this step; the widget is owned by ``parent`` and
        deleted when the projector moves on. It should follow store changes by itself
        (board: a second ``QGraphicsView`` on the page's scene; checklist: the reveal or
        joint view read-only; actions: a read-only table). ``None`` means the title slide.
        This default is ``default_projector_view``.
        """
        return self.default_projector_view(parent)

    def default_projector_view(self, parent: QWidget) -> QWidget:
        """A title slide with the step's name, the workshop and its questions."""
        from fh_desktop.ui.common.title_slide import StepTitleSlide  # not on the start page's import path

        return StepTitleSlide(self.wf, self.signals, self.step, parent)

    def set_presentation(self, on: bool) -> None:
        """Presentation mode was switched on or off."""

    def set_read_only(self) -> None:
        """The workshop is open to look at only: grey out every control marked as editing."""
        from fh_desktop.ui.common import read_only

        read_only.lock(self)

    def shutdown(self) -> None:
        """The workshop is being closed: stop whatever runs in the background."""
