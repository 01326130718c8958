"""The keyboard help (``?`` / F1): every shortcut of the window, read from its actions.

Nothing is listed by hand except the keys that are not actions (Tab, "any key"):
the overlay walks the window's ``QAction``s when it opens, groups them by the menu
they sit in or the step page they belong to, and so never goes stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMenu, QScrollArea, QVBoxLayout, QWidget

from fh_desktop.domain import enums
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.step_page import StepPage
from fh_desktop.ui.common.window_overlay import WindowOverlay


@dataclass(frozen=True)
class ShortcutEntry:
    group: str
    text: str
    keys: str
    action: QAction | None = None


def plain_text(text: str) -> str:
    """Menu text without mnemonic markers and trailing dots ("Ö&ffnen …" -> "Öffnen")."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("…", "").replace("...", "").strip()


def keys_text(action: QAction, limit: int = 2) -> str:
    """The first ``limit`` shortcuts (platform lists add exotic keys such as F14 for undo)."""
    seqs = [s for s in action.shortcuts() if not s.isEmpty()][:limit]
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in seqs)


def _group_of(action: QAction) -> str:
    for obj in action.associatedObjects():
        if isinstance(obj, QMenu) and obj.title():
            return plain_text(obj.title())
    parent = action.parent()
    while parent is not None:
        if isinstance(parent, StepPage):
            title = QCoreApplication.translate("enums", enums.STEP_TITLES.get(parent.step, ""))
            return QCoreApplication.translate("ShortcutsOverlay", "Schritt {n}: {title}").format(
                n=parent.step, title=title
            )
        parent = parent.parent()
    return QCoreApplication.translate("ShortcutsOverlay", "Allgemein")


def collect_shortcuts(window: QWidget) -> list[ShortcutEntry]:
    """All actions of ``window`` with a shortcut and a text, in menu order, without duplicates."""
    seen: set[int] = set()
    entries: list[ShortcutEntry] = []
    for action in window.findChildren(QAction):
        if id(action) in seen or action.isSeparator() or not action.isVisible():
            continue
        seen.add(id(action))
        keys = keys_text(action)
        text = plain_text(action.text())
        if keys and text:
            entries.append(ShortcutEntry(_group_of(action), text, keys, action))
    order: list[str] = []
    if hasattr(window, "menuBar"):
        order = [plain_text(a.text()) for a in window.menuBar().actions()]
    rank = {g: i for i, g in enumerate(order)}
    return sorted(entries, key=lambda e: (rank.get(e.group, len(order)), e.group))


def fixed_entries() -> list[ShortcutEntry]:
    """Keys that are not actions but belong in the help (spelled out: lupdate reads calls literally)."""
    group = QCoreApplication.translate("ShortcutsOverlay", "Bedienung")
    rows = [
        (
            QCoreApplication.translate("ShortcutsOverlay", "Zum nächsten / vorigen Element"),
            QCoreApplication.translate("ShortcutsOverlay", "Tab / Umschalt+Tab"),
        ),
        (
            QCoreApplication.translate("ShortcutsOverlay", "Schaltfläche auslösen"),
            QCoreApplication.translate("ShortcutsOverlay", "Leertaste"),
        ),
        (
            QCoreApplication.translate("ShortcutsOverlay", "Schwarzbild oder diese Hilfe beenden"),
            QCoreApplication.translate("ShortcutsOverlay", "beliebige Taste"),
        ),
    ]
    return [ShortcutEntry(group, text, keys) for text, keys in rows]


def ambiguous_shortcuts(window: QWidget) -> dict[str, list[str]]:
    """Shortcuts claimed by more than one enabled action of the same scope (Qt would fire neither)."""
    claims: dict[tuple[str, int], list[str]] = {}
    for entry in collect_shortcuts(window):
        action = entry.action
        if action is None or not action.isEnabled():
            continue
        scope = action.shortcutContext()
        owner = window if scope in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut) else action.parent()
        for seq in action.shortcuts():
            claims.setdefault((seq.toString(), id(owner)), []).append(entry.text)
    return {key: texts for (key, _), texts in claims.items() if len(texts) > 1}


class ShortcutsOverlay(WindowOverlay):
    """A veil over the window with a card listing the shortcuts; any key or click closes it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsOverlay")
        self.card = QFrame(self)
        self.card.setObjectName("shortcutsCard")
        self.title = QLabel(self.card)
        self.title.setObjectName("shortcutsTitle")
        self.title.setFont(theme.scaled_font(self.title.font(), 1.5, bold=True))
        self.hint = QLabel(self.card)
        self.scroll_area = QScrollArea(self.card)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the list wraps nothing wide
        self.scroll_area.viewport().setObjectName("shortcutsViewport")
        self.scroll_area.viewport().setAutoFillBackground(False)  # the card shows through the list
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.hint)
        self.entries: list[ShortcutEntry] = []

    def open(self) -> None:
        self.entries = collect_shortcuts(self._host()) + fixed_entries()
        self.title.setText(self.tr("Tastenkürzel"))
        self.hint.setText(self.tr("Schließen mit einer beliebigen Taste oder einem Klick."))
        self._fill()
        self._apply_colours()
        self.show_over()

    def close_overlay(self) -> None:
        self.dismiss()

    def _fill(self) -> None:
        body = QWidget()
        body.setObjectName("shortcutsBody")
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(24)
        row = 0
        group = None
        for entry in self.entries:
            if entry.group != group:
                group = entry.group
                heading = QLabel(group, body)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            keys = QLabel(entry.keys, body)
            keys.setObjectName("shortcutKeys")
            keys.setTextFormat(Qt.TextFormat.PlainText)
            text = QLabel(entry.text, body)
            text.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(keys, row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(text, row, 1)
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(1, 1)
        self.scroll_area.setWidget(body)
        body.setAutoFillBackground(False)  # setWidget turned it on; the card shows through
    def _apply_colours(self) -> None:
        self.card.setStyleSheet(
            f"#shortcutsCard {{ background: {theme.css(theme.PANEL)}; border-radius: 12px; }}"
            f"#shortcutsCard QLabel {{ color: {theme.css(theme.PANEL_TEXT)}; }}"
            # No rule for the scroll area: one for "QScrollArea > QWidget > QWidget" also caught
            # the scrollbars (in their containers), which the style sheet then drew as empty
            # outlines. The viewport simply does not fill its background (see __init__).
        )

    def relayout(self) -> None:
        r = self.rect()
        w = min(r.width() - 40, max(520, r.width() * 2 // 3))
        h = min(r.height() - 40, max(400, r.height() * 4 // 5))
        self.card.setGeometry((r.width() - w) // 2, (r.height() - h) // 2, w, h)

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        QPainter(self).fillRect(self.rect(), theme.color(theme.SCRIM))

    def handle_key(self, event: QKeyEvent) -> bool:
        """Arrows and page keys scroll a long list; they do not close it."""
        keys: dict[int, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
        if event.key() not in keys:
            return False
        bar = self.scroll_area.verticalScrollBar()
        page = event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        bar.setValue(bar.value() + keys[event.key()] * (bar.pageStep() if page else bar.singleStep() * 3))
        return True
