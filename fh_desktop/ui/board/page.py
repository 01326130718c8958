"""Step 1 (Pinnwand): the board page. Wiring of scene, view, panels, toolbar and keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPixmapCache, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop import paths
from fh_desktop.domain import board_ops, board_style, enums
from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.board import qt_style
from fh_desktop.ui.board.card_item import CardItem
from fh_desktop.ui.board.card_panel import swatch
from fh_desktop.ui.board.controller import BoardController
from fh_desktop.ui.board.inline_editor import InlineCardEditor
from fh_desktop.ui.board.inspector import ALIGN_BUTTONS, Inspector, align_text
from fh_desktop.ui.board.legend import LegendWidget
from fh_desktop.ui.board.link_item import LinkItem
from fh_desktop.ui.board.minimap import Minimap
from fh_desktop.ui.board.overlays import EmptyBoardHint, ZoomControls
from fh_desktop.ui.board.picture import export_png, export_svg
from fh_desktop.ui.board.scene import TOOL_DOT, TOOL_LINK, TOOL_SELECT, BoardScene
from fh_desktop.ui.board.view import BoardView
from fh_desktop.ui.board.zone_item import ZoneItem
from fh_desktop.ui.common import read_only, theme
from fh_desktop.ui.common.errors import error_text, show_error
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY
from fh_desktop.ui.common.step_page import CARD, StepPage
from fh_desktop.ui.common.store_signals import StoreSignals

# Per-workshop preferences (``setting`` table).
PREF_GRID = "board.grid_visible"
PREF_SNAP = "board.snap"
PREF_INFLUENCE = "board.influence_min"
PREF_LEGEND = "board.legend_open"
SMALL_SCREEN_HEIGHT = 900
PREF_MINIMAP = "board.minimap"
OVERLAY_MARGIN = 10
SIDE_MIN_WIDTH = 180
PIXMAP_CACHE_KB = 96 * 1024
NOTE_SECONDS = 30  # how long the note about a picture export stays


class BoardPage(StepPage):
    step = 1

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(wf, signals, parent)
        self.setObjectName("boardPage")
        # Cards are cached as pixmaps; Qt's default 10 MB holds only some 70 cards at 100 %.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.scene = BoardScene(wf.board, self)
        self.view = BoardView(self.scene, self)
        self.controller = BoardController(wf.board, self.scene, self.view, self.workshop_commands, self)
        self.inspector = Inspector(self.controller, self.scene, self)
        self.legend = LegendWidget(self)
        self.minimap = Minimap(self.view, self)
        self.zoom_controls = ZoomControls(self)
        # The only widget lying over the board, and only while the board is empty: any
        # widget over the view makes Qt repaint all of it on each scroll step.
        self.empty_hint = EmptyBoardHint(self.view)
        self.inline_editor = InlineCardEditor(self.view.viewport())
        self._fitted = False
        self._picture_dialog: QFileDialog | None = None  # the open "Pinnwand exportieren" dialog
        self._inline: tuple[bool, int] = (False, 0)  # (fresh card, undo index when writing began)

        self.toolbar = QToolBar(self.tr("Pinnwand"), self)
        self.toolbar.setObjectName("boardToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()
        self._build_toolbar()

        # Overview and properties; the step's questions are in the shell's sidebar. It
        # scrolls instead of widening the window, and presentation mode hides it.
        side_body = QWidget(self)
        side_layout = QVBoxLayout(side_body)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.minimap)
        side_layout.addWidget(self.inspector, 1)
        side = QScrollArea(self)
        side.setObjectName("boardSidePanel")
        side.setWidgetResizable(True)
        side.setFrameShape(QScrollArea.Shape.NoFrame)
        side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        side.setWidget(side_body)
        side.setProperty(MODERATOR_ONLY, True)
        self.side_panel = side
        bar = QWidget(self)
        bar.setObjectName("boardBottomBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(0, 0, 4, 0)
        bar_layout.addWidget(self.legend, 1)
        # What the last picture export did: the file it wrote, or the one line why not.
        self.export_note = QLabel(bar)
        self.export_note.setObjectName("boardExportNote")
        self.export_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_note.hide()
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SECONDS * 1000)
        self._note_timer.timeout.connect(self.export_note.hide)
        bar_layout.addWidget(self.export_note, 0, Qt.AlignmentFlag.AlignTop)
        board_column = QWidget(self)
        column = QVBoxLayout(board_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(board_column)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1000, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self._mark_edits()
        self._load_preferences()
        self.scene.load(wf.board.board())
        self._wire()
        self._update_overlays()

    # --- set-up -------------------------------------------------------------

    def _action(self, text: str, slot, keys=(), checkable: bool = False, tip: str = "") -> QAction:  # noqa: ANN001
        act = QAction(text, self)
        act.setCheckable(checkable)
        if keys:
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(act)
        if tip:
            act.setToolTip(tip)
        act.triggered.connect(lambda checked=False: slot(checked) if checkable else slot())
        return act

    def _build_actions(self) -> None:
        c = self.controller
        self.new_card_action = self._action(self.tr("+ Karte"), lambda: c.create_card(), ("Ins", "N"), tip=self.tr("Neue Karte in der Mitte (Einfg oder N; Doppelklick auf die Fläche)"))
        self.new_zone_action = self._action(self.tr("+ Zone"), lambda: c.create_zone(), tip=self.tr("Neue Zone, z. B. für einen Planungsbereich oder eine Planungslücke"))
        self.delete_action = self._action(self.tr("Löschen"), c.delete_selection, (QKeySequence.StandardKey.Delete, "Backspace"))
        self.duplicate_action = self._action(self.tr("Duplizieren"), c.duplicate_selection, ("Ctrl+D",))
        self.select_all_action = self._action(self.tr("Alles auswählen"), c.select_all, ("Ctrl+A",))
        self.link_selected_action = self._action(self.tr("Ausgewählte Karten verbinden"), c.link_selected, ("Ctrl+L",))
        self.edit_action = self._action(self.tr("Auf der Karte schreiben"), self._edit_selected, ("F2", "Return"))
        self.front_action = self._action(self.tr("In den Vordergrund"), lambda: c.restack(True))
        self.back_action = self._action(self.tr("In den Hintergrund"), lambda: c.restack(False))
        self.template_action = self._action(self.tr("Vorlage einfügen"), c.apply_template, tip=self.tr("Typische Planungsakteure, Aufgaben und Gremien einfügen"))
        self.png_action = self._action(self.tr("Als PNG-Bild …"), lambda: self.export_dialog("png"))
        self.svg_action = self._action(self.tr("Als SVG-Grafik …"), lambda: self.export_dialog("svg"))
        self.zoom_in_action = self._action(self.tr("Vergrößern"), self.view.zoom_in, ("Ctrl++", "Ctrl+="))
        self.zoom_out_action = self._action(self.tr("Verkleinern"), self.view.zoom_out, ("Ctrl+-",))
        self.zoom_reset_action = self._action(self.tr("100 %"), self.view.zoom_reset, ("Ctrl+0",))
        self.fit_action = self._action(self.tr("Alles zeigen"), self.view.fit_all, ("Home",))
        self.focus_zone_action = self._action(
            self.tr("Auf Zone zoomen"), self.focus_zone, ("Z",),
            tip=self.tr("Die gewählte Zone (oder die Zone der gewählten Karte) füllt die Ansicht; Pos1 zeigt wieder alles."),
        )
        self.grid_action = self._action(self.tr("Raster anzeigen"), self.set_grid_visible, checkable=True)
        self.snap_action = self._action(self.tr("Am Raster einrasten"), self.set_snapping, checkable=True)
        self.legend_action = self._action(self.tr("Legende"), self.set_legend_open, checkable=True)
        self.minimap_action = self._action(self.tr("Übersichtskarte"), self.set_minimap_enabled, checkable=True)
        self.tool_group = QActionGroup(self)
        self.select_tool = self._action(self.tr("Auswählen"), lambda _c: self.set_tool(TOOL_SELECT), checkable=True, tip=self.tr("Karten auswählen und verschieben (Esc)"))
        self.link_tool = self._action(self.tr("Verbinden"), lambda _c: self.set_tool(TOOL_LINK), checkable=True, tip=self.tr("Von Karte zu Karte ziehen, um sie zu verbinden"))
        self.dot_tool = self._action(self.tr("Klebepunkte"), lambda _c: self.set_tool(TOOL_DOT), checkable=True, tip=self.tr("Klick auf eine Karte klebt einen Punkt, Umschalt+Klick nimmt ihn ab"))
        for act in (self.select_tool, self.link_tool, self.dot_tool):
            self.tool_group.addAction(act)
        self.select_tool.setChecked(True)
        # Keys 1-4 choose the colour of the dot tool: dots are votes, so one is only ever
        # stuck by a click on the card it is meant for, never onto whatever is selected.
        self.dot_key_actions = []
        for i, color in enumerate(enums.DOT_COLORS):
            act = self._action(
                self.tr("Klebepunktfarbe {color} wählen").format(color=qt_style.label(enums.DOT_LABELS, color)),
                lambda col=color: self._set_dot_color(col),
                (str(i + 1),),
                tip=self.tr("Das Klebepunkt-Werkzeug mit dieser Farbe; ein Klick auf eine Karte klebt den Punkt"),
            )
            act.setIcon(swatch(color))
            self.dot_key_actions.append(act)

    def _mark_edits(self) -> None:
        read_only.edits(
            self.new_card_action, self.new_zone_action, self.delete_action, self.duplicate_action,
            self.link_selected_action, self.edit_action, self.front_action, self.back_action,
            self.template_action, self.link_tool, self.dot_tool, *self.dot_key_actions,
            self.card_button, self.dot_button, self.arrange_button,
        )  # fmt: skip
        read_only.edits_inputs(self.inspector)
        read_only.edits(self.empty_hint.template_button, self.empty_hint.card_button)

    def set_read_only(self) -> None:
        """Look, zoom, select and export; no dragging, drawing or editing on the board."""
        self.scene.read_only = True
        super().set_read_only()

    def _menu_button(self, text: str, menu: QMenu, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(button)
        return button

    def _build_toolbar(self) -> None:
        tb = self.toolbar
        kind_menu = QMenu(self)
        for kind in enums.CardKind.ALL:
            act = kind_menu.addAction(qt_style.label(enums.CardKind.LABELS, kind))
            act.triggered.connect(lambda _=False, k=kind: self._new_card_of_kind(k))
        self.card_button = QToolButton(self)
        self.card_button.setDefaultAction(self.new_card_action)
        self.card_button.setMenu(kind_menu)
        self.card_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        tb.addWidget(self.card_button)
        tb.addAction(self.new_zone_action)
        tb.addSeparator()
        tb.addAction(self.select_tool)
        tb.addAction(self.link_tool)
        dot_menu = QMenu(self)
        self.dot_color_group = QActionGroup(self)
        for color in enums.DOT_COLORS:
            act = dot_menu.addAction(swatch(color), qt_style.label(enums.DOT_LABELS, color))
            act.setCheckable(True)
            act.setChecked(color == self.controller.dot_color)
            self.dot_color_group.addAction(act)
            act.triggered.connect(lambda _=False, col=color: self._set_dot_color(col))
        self.dot_button = QToolButton(self)
        self.dot_button.setDefaultAction(self.dot_tool)
        self.dot_button.setMenu(dot_menu)
        self.dot_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.dot_button.setIcon(swatch(self.controller.dot_color))
        self.dot_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addWidget(self.dot_button)
        tb.addSeparator()
        align_menu = QMenu(self)
        for mode, text in ALIGN_BUTTONS:
            align_menu.addAction(align_text(text)).triggered.connect(lambda _=False, m=mode: self.controller.align(m))
        align_menu.addSeparator()
        align_menu.addAction(self.tr("Waagerecht verteilen")).triggered.connect(lambda: self.controller.distribute(board_ops.HORIZONTAL))
        align_menu.addAction(self.tr("Senkrecht verteilen")).triggered.connect(lambda: self.controller.distribute(board_ops.VERTICAL))
        align_menu.addSeparator()
        for act in (self.front_action, self.back_action, self.duplicate_action, self.select_all_action, self.link_selected_action, self.delete_action):
            align_menu.addAction(act)
        self.arrange_button = self._menu_button(self.tr("Anordnen"), align_menu, "arrangeButton")
        tb.addAction(self.template_action)
        export_menu = QMenu(self)
        export_menu.addAction(self.png_action)
        export_menu.addAction(self.svg_action)
        self._menu_button(self.tr("Exportieren"), export_menu, "exportButton")
        tb.addSeparator()
        view_menu = QMenu(self)
        for act in (self.grid_action, self.snap_action, self.legend_action, self.minimap_action):
            view_menu.addAction(act)
        view_menu.addSeparator()
        for act in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, self.fit_action, self.focus_zone_action):
            view_menu.addAction(act)
        self._menu_button(self.tr("Ansicht"), view_menu, "viewButton")
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy())
        tb.addWidget(spacer)
        filter_box = QWidget(self)
        row = QHBoxLayout(filter_box)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(QLabel(self.tr("Einfluss:"), filter_box))
        self.influence_filter = QComboBox(filter_box)
        self.influence_filter.setObjectName("influenceFilter")
        self.influence_filter.setToolTip(self.tr("Akteure und Gremien mit geringerem Einfluss blass zeigen"))
        self.influence_filter.addItem(self.tr("alle zeigen"), 0)
        for level in (1, 2, 3):
            self.influence_filter.addItem(self.tr("ab Stufe {level}").format(level=level), level)
        row.addWidget(self.influence_filter)
        tb.addWidget(filter_box)
        tb.addSeparator()
        tb.addWidget(self.zoom_controls)

    def _wire(self) -> None:
        s, c, v = self.scene, self.controller, self.view
        self.signals.changed.connect(self._store_event)
        s.moved.connect(c.moved)
        s.resized.connect(c.resized)
        s.link_drawn.connect(c.link)
        s.dot_clicked.connect(lambda card_id, remove: c.remove_dot(card_id) if remove else c.add_dot([card_id]))
        s.create_requested.connect(lambda pos: c.create_card(pos))
        s.edit_requested.connect(self._edit_requested)
        s.context_requested.connect(self._context_menu)
        c.edit_requested.connect(lambda card_id: self.edit_card_inline(card_id, fresh=True))
        c.error.connect(lambda exc: show_error(self, exc))
        v.nudge_requested.connect(c.nudge)
        v.zoom_changed.connect(self.zoom_controls.set_zoom)
        v.viewport_moved.connect(self._follow_view)
        v.installEventFilter(self)
        s.content_changed.connect(self._update_overlays)
        self.inline_editor.edited.connect(self._inline_edited)
        self.inline_editor.committed.connect(self._inline_committed)
        self.inline_editor.cancelled.connect(self._inline_cancelled)
        self.zoom_controls.zoom_in.connect(v.zoom_in)
        self.zoom_controls.zoom_out.connect(v.zoom_out)
        self.zoom_controls.reset.connect(v.zoom_reset)
        self.zoom_controls.fit.connect(v.fit_all)
        self.empty_hint.template_requested.connect(c.apply_template)
        self.empty_hint.card_requested.connect(lambda: c.create_card())
        self.legend.toggled.connect(self._legend_toggled)
        self.influence_filter.currentIndexChanged.connect(lambda _i: self.set_influence_min(self.influence_filter.currentData()))

    # --- preferences ----------------------------------------------------------

    def _pref(self, key: str, default):  # noqa: ANN001, ANN202
        return self.wf.meta.setting(key, default)

    def _set_pref(self, key: str, value) -> None:  # noqa: ANN001
        try:
            self.wf.meta.set_setting(key, value)
        except FhError as exc:
            show_error(self, exc)

    def _load_preferences(self) -> None:
        self.scene.grid_visible = bool(self._pref(PREF_GRID, True))
        self.scene.snapping = bool(self._pref(PREF_SNAP, True))
        level = self._pref(PREF_INFLUENCE, 0)
        self.scene.influence_min = level if level in (0, 1, 2, 3) else 0
        self.grid_action.setChecked(self.scene.grid_visible)
        self.snap_action.setChecked(self.scene.snapping)
        self.influence_filter.setCurrentIndex(self.scene.influence_min)
        self.legend.set_expanded(bool(self._pref(PREF_LEGEND, True)))
        self.legend_action.setChecked(self.legend.expanded)
        self.minimap_action.setChecked(bool(self._pref(PREF_MINIMAP, True)))

    def set_grid_visible(self, on: bool) -> None:
        self.scene.grid_visible = on
        self.grid_action.setChecked(on)
        self.view.resetCachedContent()
        self.view.viewport().update()
        self._set_pref(PREF_GRID, on)

    def set_snapping(self, on: bool) -> None:
        self.scene.snapping = on
        self.snap_action.setChecked(on)
        self._set_pref(PREF_SNAP, on)

    def set_influence_min(self, level: int) -> None:
        if level == self.scene.influence_min:
            return
        self.scene.set_influence_min(level)
        self.influence_filter.setCurrentIndex(self.influence_filter.findData(level))
        self._set_pref(PREF_INFLUENCE, level)

    def set_legend_open(self, on: bool) -> None:
        self.legend.set_expanded(on)

    def _legend_toggled(self, on: bool) -> None:
        self.legend_action.setChecked(on)
        self._set_pref(PREF_LEGEND, on)

    def set_minimap_enabled(self, on: bool) -> None:
        self.minimap_action.setChecked(on)
        self._update_overlays()
        self._set_pref(PREF_MINIMAP, on)

    # --- tools ----------------------------------------------------------------

    def set_tool(self, tool: str) -> None:
        self.scene.tool = tool
        {TOOL_SELECT: self.select_tool, TOOL_LINK: self.link_tool, TOOL_DOT: self.dot_tool}[tool].setChecked(True)
        cursor = {TOOL_SELECT: Qt.CursorShape.ArrowCursor, TOOL_LINK: Qt.CursorShape.CrossCursor, TOOL_DOT: Qt.CursorShape.PointingHandCursor}
        self.view.viewport().setCursor(cursor[tool])

    def _set_dot_color(self, color: str) -> None:
        """The dot tool with ``color`` (dot menu or keys 1-4); the selection gets no dot."""
        self.controller.dot_color = color
        self.dot_button.setIcon(swatch(color))
        for act, col in zip(self.dot_color_group.actions(), enums.DOT_COLORS, strict=True):
            act.setChecked(col == color)
        self.set_tool(TOOL_DOT)

    def _new_card_of_kind(self, kind: str) -> None:
        self.controller.card_kind = kind
        self.new_card_action.setText(self.tr("+ {kind}").format(kind=qt_style.label(enums.CardKind.LABELS, kind)))
        self.controller.create_card(kind=kind)

    # --- store, overlays, in-place editing -------------------------------------

    def _store_event(self, event: StoreEvent) -> None:
        self.scene.on_store_event(event)
        self.inspector.on_store_event(event)
        if event[:2] == (Topic.CARD, Op.REMOVED) and self.inline_editor.card_id == event.ident:
            self.inline_editor.cancel()
        if event.topic in (Topic.CARD, Topic.ZONE, Topic.WORKSHOP):
            empty = not self.scene.cards and not self.scene.zones
            if empty == self.empty_hint.isHidden():
                self._update_overlays()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._update_overlays()
        return super().eventFilter(watched, event)

    def _update_overlays(self) -> None:
        empty = not self.scene.cards and not self.scene.zones
        self.empty_hint.setVisible(empty)
        content = self.scene.content_rect()
        visible = self.view.visible_rect()
        too_big = not content.isEmpty() and not visible.contains(content)
        self.minimap.setVisible(self.minimap_action.isChecked() and too_big)
        self._place_overlays()

    def _place_overlays(self) -> None:
        vp = self.view.viewport().geometry()
        hint = self.empty_hint
        hint.adjustSize()
        hint.move(vp.center().x() - hint.width() // 2, vp.center().y() - hint.height() // 2)
        hint.raise_()

    def _follow_view(self) -> None:
        card_id = self.inline_editor.card_id  # None: the editor is closed
        if card_id is not None:
            item = self.scene.cards.get(card_id)
            if item is not None:
                self.inline_editor.place(self._viewport_rect(item))
        if self.minimap_action.isChecked():
            content = self.scene.content_rect()
            too_big = not content.isEmpty() and not self.view.visible_rect().contains(content)
            if too_big != self.minimap.isVisible():
                self._update_overlays()

    def _viewport_rect(self, item: CardItem) -> QRectF:
        return QRectF(self.view.mapFromScene(QRectF(item.pos(), item.rect().size())).boundingRect())

    def edit_card_inline(self, card_id: int, fresh: bool = False) -> None:
        """Write on the card in place. ``fresh``: the card was just created for this, so
        the writing belongs to its creation (one undo step, Esc removes the card again)."""
        item = self.scene.cards.get(card_id)
        if item is None:
            return
        if not fresh:
            self.controller.new_burst()
        self._inline = (fresh, self.undo_stack.index())
        rect = self._viewport_rect(item)
        self.inline_editor.open(card_id, item.card.title, item.card.text, rect, self.view.zoom())

    def _inline_edited(self, card_id: int, title: str, text: str) -> None:
        fresh, _ = self._inline
        self.controller.edit_card(card_id, {"title": title, "text": text}, "create" if fresh else "inline")

    def _inline_committed(self, card_id: int, title: str, text: str) -> None:
        self._inline_edited(card_id, title, text)
        self.controller.new_burst()
        self.view.setFocus()

    def _inline_cancelled(self, card_id: int) -> None:
        fresh, index = self._inline
        now = self.undo_stack.index()
        # Take back exactly what this writing did: the merged creation, or its one step.
        if (fresh and now == index) or (not fresh and now == index + 1):
            self.undo_stack.undo()
        self.controller.new_burst()
        self.view.setFocus()

    def _edit_selected(self) -> None:
        cards, zones, links = self.scene.selected_ids()
        if len(cards) == 1 and not zones and not links:
            self.edit_card_inline(cards[0])
        elif zones and not cards:
            self.inspector.zone_panel.label.setFocus()
        elif links and not cards:
            self.inspector.link_panel.label.setFocus()

    def _edit_requested(self, kind: str, ident: int) -> None:
        if kind == "card":
            self.edit_card_inline(ident)
        elif kind == "zone":
            self.inspector.zone_panel.label.setFocus()
            self.inspector.zone_panel.label.selectAll()
        elif kind == "link":
            self.inspector.link_panel.label.setFocus()

    def focus_zone(self) -> None:
        """Zoom to the selected zone, or to the zone around the selected card."""
        zone = self._zone_in_focus()
        if zone is not None:
            self.view.focus_on(zone.sceneBoundingRect())

    def _zone_in_focus(self) -> ZoneItem | None:
        selected = self.scene.selectedItems()
        zones = [i for i in selected if isinstance(i, ZoneItem)]
        if zones:
            return zones[0]
        for card in (i for i in selected if isinstance(i, CardItem)):
            center = card.sceneBoundingRect().center()
            around = [z for z in self.scene.zones.values() if z.sceneBoundingRect().contains(center)]
            if around:
                return max(around, key=lambda z: z.zValue())
        return None

    def _context_menu(self, item, pos: QPointF, screen_pos: QPoint) -> None:  # noqa: ANN001
        c = self.controller
        menu = QMenu(self)
        menu.setObjectName("boardContextMenu")
        # One menu per right-click, gone once it closes (its actions run before that).
        menu.aboutToHide.connect(menu.deleteLater)
        if isinstance(item, CardItem):
            menu.addAction(self.edit_action)
            dots = menu.addMenu(self.tr("Klebepunkt aufkleben"))
            for color in enums.DOT_COLORS:
                dots.addAction(swatch(color), qt_style.label(enums.DOT_LABELS, color)).triggered.connect(
                    lambda _=False, col=color: c.add_dot(self.scene.selected_ids()[0], col)
                )
            present = [col for col in enums.DOT_COLORS if col in item.dots.values()]
            if present:
                off = menu.addMenu(self.tr("Klebepunkt entfernen"))
                for color in present:
                    off.addAction(swatch(color), qt_style.label(enums.DOT_LABELS, color)).triggered.connect(
                        lambda _=False, col=color, ident=item.card_id: c.remove_dot(ident, col)
                    )
            areas = menu.addMenu(self.tr("Planungsbereich"))
            for area in enums.PlanningArea.ALL:
                areas.addAction(swatch(board_style.area_color(area)), qt_style.label(enums.PlanningArea.LABELS, area)).triggered.connect(
                    lambda _=False, a=area: c.edit_cards(self.scene.selected_ids()[0], {"area": a}, self.tr("Planungsbereich setzen"))
                )
            menu.addSeparator()
            for act in (self.duplicate_action, self.front_action, self.back_action, self.delete_action):
                menu.addAction(act)
        elif isinstance(item, ZoneItem | LinkItem):
            if isinstance(item, LinkItem):
                menu.addAction(self.tr("Richtung umkehren")).triggered.connect(lambda: c.reverse_link(item.link_id))
            else:
                menu.addAction(self.focus_zone_action)
                menu.addAction(self.front_action)
                menu.addAction(self.back_action)
                menu.addAction(self.duplicate_action)
            menu.addAction(self.delete_action)
        else:
            menu.addAction(self.tr("Neue Karte hier")).triggered.connect(lambda: c.create_card(pos))
            menu.addAction(self.tr("Neue Zone hier")).triggered.connect(lambda: c.create_zone(pos))
            menu.addSeparator()
            menu.addAction(self.template_action)
            menu.addAction(self.fit_action)
        menu.popup(screen_pos)
        self._menu = menu

    # --- export -----------------------------------------------------------------

    def _picture_title(self) -> str:
        workshop = self.wf.meta.workshop()
        parts = [self.tr("Pinnwand"), workshop.title, workshop.kommune]
        return " – ".join(p for p in parts if p)

    def export_picture(self, path: Path, fmt: str) -> bool:
        """Write the board as ``fmt`` ("png" or "svg") to ``path``; errors are shown.

        A note below the board names the file written (or says in one line why not),
        without a dialog to close."""
        board = self.wf.board.board()
        try:
            if fmt == "svg":
                export_svg(board, path, self._picture_title())
            else:
                export_png(board, path, self._picture_title())
        except FhError as exc:
            self._note(self.tr("Nicht exportiert: {error}").format(error=error_text(exc)), str(path), failed=True)
            show_error(self, exc)
            return False
        self._note(self.tr("Pinnwand exportiert: {name}").format(name=path.name), str(path), failed=False)
        return True

    def _note(self, text: str, tip: str, *, failed: bool) -> None:
        note = self.export_note
        note.setText(text)
        note.setToolTip(tip)
        note.setStyleSheet(f"color: {theme.css(theme.ERROR if failed else theme.MUTED)}")
        note.show()
        self._note_timer.start()

    def export_dialog(self, fmt: str) -> QFileDialog:
        """Ask where to write the picture (a window-modal dialog that does not block the
        event loop); the export and its note follow the choice."""
        name = self.wf.path.stem + (" Pinnwand.svg" if fmt == "svg" else " Pinnwand.png")
        folder = self.wf.path.parent if self.wf.path.parent.exists() else paths.documents_dir()
        pattern = self.tr("SVG-Grafik (*.svg)") if fmt == "svg" else self.tr("PNG-Bild (*.png)")
        dialog = QFileDialog(self, self.tr("Pinnwand exportieren"), str(folder), pattern)
        dialog.setObjectName("boardPictureDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.selectFile(str(folder / name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self._export_chosen(chosen, fmt))
        dialog.open()
        self._picture_dialog = dialog
        return dialog

    def _export_chosen(self, chosen: str, fmt: str) -> None:
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(path.name + f".{fmt}")
            self.export_picture(path, fmt)

    # --- step page contract -------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.view.fit_all()
            self._update_overlays()

    def activated(self) -> None:
        self.view.setFocus()

    def projector_view(self, parent: QWidget) -> QWidget:
        from fh_desktop.ui.board.projector_view import BoardProjectorView

        return BoardProjectorView(self.scene, parent)

    def set_presentation(self, on: bool) -> None:
        """The side panel is hidden by the shell (moderator only); show the whole board
        in the room's larger type once the layout has settled.

        Preparing commands (template, picture export) leave the toolbar while presenting,
        so that in the larger type the zoom and the influence filter still fit.
        """
        self.template_action.setVisible(not on)
        # A beamer of 768 or 720 lines needs them for the board: the legend folds (one click opens it).
        small = self.screen() is not None and self.screen().geometry().height() < SMALL_SCREEN_HEIGHT
        self.legend.blockSignals(True)  # not the moderator's choice: the preference stays
        self.legend.set_expanded(bool(self._pref(PREF_LEGEND, True)) and not (on and small))
        self.legend.blockSignals(False)
        self.legend_action.setChecked(self.legend.expanded)
        # The room sees no selection frames or handles (the moderator's pointer work).
        CardItem.show_selection = ZoneItem.show_selection = not on
        for item in (*self.scene.cards.values(), *self.scene.zones.values()):
            item.update()
        export = self.findChild(QToolButton, "exportButton")
        for action in self.toolbar.actions():
            # A widget in a tool bar is hidden through its action (looked up each time:
            # PySide does not keep the wrapper that addWidget returns alive).
            if self.toolbar.widgetForAction(action) is export:
                action.setVisible(not on)
        QTimer.singleShot(0, self.view.fit_all)

    def reveal(self, kind: str, ident: int) -> None:
        if kind != CARD or ident not in self.scene.cards:
            return
        item = self.scene.cards[ident]
        self.scene.select_only([item])
        self.view.center_on_item(item.sceneBoundingRect())
        self.view.setFocus()
