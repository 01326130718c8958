"""After 'Aufdecken': the distribution per statement, ticks per person, where the room differs.

Only revealed rounds are ever read here; while a round is open the page keeps this
view empty (``clear``), so not even a hidden widget holds an answer of that round.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import enums, model, scales, stats
from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.commands import WorkshopCommands
from fh_desktop.ui.common.flow_row import FlowRow
from fh_desktop.ui.common.errors import show_error
from fh_desktop.ui.checklist import style
from fh_desktop.ui.checklist.compact_results import CompactResults
from fh_desktop.ui.checklist.distribution_bar import AnswerLegend, DistributionBar
from fh_desktop.ui.cycle.earlier_in_step2 import EarlierResults
from fh_desktop.ui.checklist.ticks_chart import TicksChart
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY


def badge(text: str, color: str, parent: QWidget, name: str) -> QLabel:
    label = style.plain_label(text, parent, style.BODY_PT - 1, bold=True, wrap=False)
    label.setObjectName(name)
    label.setStyleSheet(f"color: white; background: {color}; border-radius: 6px; padding: 3px 8px;")
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return label


class ResultRow(QFrame):
    def __init__(self, item: model.CatalogItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"resultRow{item.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.select_box = QCheckBox(self)
        self.select_box.setAccessibleName(self.tr("für eine weitere Runde auswählen"))
        self.select_box.setToolTip(self.tr("Für eine weitere Runde auswählen"))
        self.select_box.setStyleSheet("QCheckBox::indicator { width: 30px; height: 30px; }")
        self.select_box.setFixedSize(40, 40)  # the whole square is the target, not just its middle
        code = style.plain_label(item.code, self, style.STATEMENT_PT, bold=True, wrap=False)
        code.setMinimumWidth(52)
        statement = style.plain_label(item.statement, self, style.STATEMENT_PT - 1)
        self.bars = QGridLayout()
        self.bars.setColumnStretch(1, 1)
        self.badges = QHBoxLayout()
        self.badges.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(self.bars)
        right.addLayout(self.badges)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.select_box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(code, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(statement, 5)
        layout.addLayout(right, 4)
        self.bar_widgets: list[DistributionBar] = []
        self.badge_names: list[str] = []

    def add_bar(self, caption: str, dist: dict[str, int], scale: list[str]) -> DistributionBar:
        row = self.bars.rowCount()
        if caption:
            self.bars.addWidget(style.plain_label(caption, self, style.BODY_PT - 1, wrap=False), row, 0)
        bar = DistributionBar(self, height=56 if not caption else 46)
        bar.set_distribution(dist, scale)
        self.bars.addWidget(bar, row, 1)
        self.bar_widgets.append(bar)
        return bar

    def add_badge(self, text: str, color: str, name: str) -> None:
        self.badges.insertWidget(self.badges.count() - 1, badge(text, color, self, name))
        self.badge_names.append(name)


class RevealView(QWidget):
    second_round_requested = Signal(object, bool)  # item ids, anonymous
    round_shown = Signal(int)  # the round now on screen (the projector follows it)
    compact_changed = Signal(bool)  # 'Alle auf einen Blick' on or off (the projector follows)

    def __init__(self, wf: WorkshopFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revealView")
        self.wf = wf
        self.round: model.Round | None = None
        self.rows: dict[int, ResultRow] = {}
        self.title = style.plain_label("", self, style.TITLE_PT, bold=True)
        self.title.setObjectName("revealTitle")
        self.round_box = QComboBox(self)
        self.round_box.setMinimumHeight(style.TOUCH - 8)
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # rounds come later
        self.round_box.setFont(style.font(self.round_box, style.BODY_PT))
        self.round_box.activated.connect(lambda *_: self._show_selected())
        self.anonymous_box = QCheckBox(self.tr("Anonym (keine Namen)"), self)
        self.anonymous_box.setObjectName("anonymousToggle")
        self.anonymous_box.setFont(style.font(self.anonymous_box, style.BODY_PT))
        self.anonymous_box.setMinimumHeight(style.TOUCH - 8)
        self.anonymous_box.toggled.connect(self._toggle_anonymous)
        self.anonymous_box.setProperty(MODERATOR_ONLY, True)  # an admin switch, not for the room
        self.legend_host = QHBoxLayout()
        # The highlight colours are explained beside the note at the foot, so that the
        # answer legend keeps its full width next to the round selector.
        self.badge_host = QHBoxLayout()
        self.note = style.plain_label("", self, style.BODY_PT)
        self.note.setObjectName("revealNote")

        self.scroll_area, self.body, self.body_layout = style.scrolling_column(self, 8)
        self.compact = CompactResults(self)
        self.compact_scroll = QScrollArea(self)
        self.compact_scroll.setObjectName("compactScroll")
        self.compact_scroll.setWidgetResizable(True)
        self.compact_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.compact_scroll.setWidget(self.compact)
        self.compact_scroll.hide()
        self.compact_button = QPushButton(self.tr("Alle auf einen Blick"), self)
        self.compact_button.setObjectName("compactToggle")
        self.compact_button.setCheckable(True)
        self.compact_button.setMinimumHeight(style.TOUCH - 8)
        self.compact_button.setFont(style.font(self.compact_button, style.BODY_PT))
        self.compact_button.setToolTip(self.tr("Alle Aussagen der Runde mit ihren Balken auf einem Bildschirm"))
        self.compact_button.toggled.connect(self.set_compact)

        self.ticks_title = style.plain_label(self.tr("Wie viele Häkchen haben Sie gesetzt?"), self, style.STATEMENT_PT, bold=True)
        self.ticks = TicksChart(self)
        # Room-safe by default: counts and comments without names; the moderator may show them.
        # Short (a check box does not wrap): the side column is 340 px on a 1280 px laptop.
        self.names_box = QCheckBox(self.tr("Namen zeigen"), self)
        self.names_box.setToolTip(self.tr("Namen bei Häkchen und Kommentaren zeigen"))
        self.names_box.setObjectName("revealNamesToggle")
        self.names_box.setFont(style.font(self.names_box, style.BODY_PT - 1))
        self.names_box.setProperty(MODERATOR_ONLY, True)
        self.names_box.toggled.connect(lambda *_: self._refill_side())
        self._side_args: tuple | None = None
        self.ticks_note = style.plain_label("", self, style.BODY_PT - 1)
        self.comments = style.plain_label("", self, style.BODY_PT - 1)
        self.comments.setObjectName("revealComments")
        side = QWidget(self)
        side.setMaximumWidth(460)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.ticks_title)
        side_layout.addWidget(self.names_box, 0, Qt.AlignmentFlag.AlignLeft)  # as wide as its text: all of it is the target
        side_layout.addWidget(self.ticks)
        side_layout.addWidget(self.ticks_note)
        side_layout.addSpacing(12)
        side_layout.addWidget(self.comments)
        side_layout.addStretch(1)
        side_scroll = self.side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(side)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # texts wrap instead
        side_scroll.setMaximumWidth(480)
        side_scroll.setMinimumWidth(340)

        self.select_all = QPushButton(self.tr("Auswahl: hervorgehobene"), self)
        self.select_all.setMinimumHeight(style.TOUCH - 8)
        self.select_all.clicked.connect(self._select_highlighted)
        self.second_button = QPushButton(self.tr("Weitere Runde zu ausgewählten Aussagen"), self)
        self.second_button.setObjectName("secondRoundButton")
        self.second_button.setMinimumHeight(style.TOUCH)
        self.second_button.clicked.connect(self._request_second)

        # The answer legend gets a row of its own (beside the round selector it was cut to
        # "trif", "tei" on a 1280 px window); the selector sits right of the title, which
        # keeps the stretch (on the projector the selector is hidden: the title has it all).
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.round_box, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.anonymous_box, 0, Qt.AlignmentFlag.AlignTop)
        head = QHBoxLayout()
        head.addLayout(self.legend_host, 1)
        foot = QHBoxLayout()
        foot.addLayout(self.badge_host)
        foot.addWidget(self.note, 1)
        buttons = FlowRow(self)  # wraps onto a second line in a narrow window instead of cutting texts
        for b in (self.compact_button, self.select_all, self.second_button):
            buttons.add(b)
        main = QHBoxLayout()
        main.addWidget(self.scroll_area, 3)
        main.addWidget(self.compact_scroll, 3)
        main.addWidget(side_scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addLayout(main, 1)
        layout.addLayout(foot)
        layout.addWidget(buttons)  # a row of its own: the layout gives a wrapped row its height

    # --- filling -------------------------------------------------------------

    def set_compact(self, on: bool) -> None:
        """One line per statement (all at once) or the detailed rows."""
        if self.compact_button.isChecked() != on:
            self.compact_button.setChecked(on)  # comes back here through ``toggled``
            return
        self.compact_scroll.setVisible(on)
        self.scroll_area.setVisible(not on)
        self.side_scroll.setVisible(not on)  # the whole picture gets the whole width
        self.compact_changed.emit(on)

    def clear(self) -> None:
        self.rows = {}
        self.compact.clear()
        style.clear_layout(self.body_layout)
        style.clear_layout(self.legend_host)
        style.clear_layout(self.badge_host)
        self.round = None
        self.title.clear()
        self.note.clear()
        self.comments.clear()
        self.ticks.set_rows([], 1)
        self.ticks_note.clear()

    def revealed_rounds(self) -> list[model.Round]:
        return [r for r in self.wf.checklist.rounds() if r.state == enums.RoundState.REVEALED]

    def refresh(self, round_id: int | None = None) -> None:
        keep = round_id if round_id is not None else (self.round.id if self.round else None)
        rounds = self.revealed_rounds()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for r in rounds:
            label = self.tr("Runde {n}").format(n=r.number)
            if r.item_ids is not None:
                label += " " + self.tr("(%n Aussage(n))", "", len(r.item_ids))
            self.round_box.addItem(label, r.id)
        self.round_box.blockSignals(False)
        self.round_box.setVisible(len(rounds) > 1)
        if not rounds:
            self.clear()
            self.title.setText(self.tr("Noch nichts aufgedeckt"))
            self.note.setText(self.tr("Das Ergebnis erscheint, wenn die Moderation eine Einzelrunde aufdeckt."))
            self.second_button.setEnabled(False)
            self.select_all.setEnabled(False)
            return
        ids = [r.id for r in rounds]
        self.round_box.setCurrentIndex(ids.index(keep) if keep in ids else len(ids) - 1)
        self._show_selected()

    def _show_selected(self) -> None:
        round_id = self.round_box.currentData()
        rounds = self.revealed_rounds()
        if not rounds:
            return
        selected = next((r for r in rounds if r.id == round_id), rounds[-1])
        self.clear()
        self.round = selected
        self._fill(selected, [r for r in rounds if r.number < selected.number])
        self.round_shown.emit(selected.id)

    def _fill(self, rnd: model.Round, earlier: list[model.Round]) -> None:
        cl = self.wf.checklist
        catalog_scale = cl.catalog().scale
        items = cl.round_items(rnd)
        values = {style.stored_id(i): scales.values_for(i.scale, catalog_scale) for i in items}
        # The legend lists every answer any item of the round offers, in scale order.
        scale = [v for v in scales.DISPLAY_ORDER if any(v in vs for vs in values.values())]
        answers = cl.answers(rnd.id)
        dists = {iid: stats.distribution(answers, iid, vs) for iid, vs in values.items() if vs}
        earlier_dists = [(r, stats.distributions(cl.answers(r.id))) for r in earlier]
        disagreed = set(stats.most_disagreed(dists, values))
        unknown = set(stats.least_known(dists))
        anonymous = rnd.anonymous
        self.anonymous_box.blockSignals(True)
        self.anonymous_box.setChecked(anonymous)
        self.anonymous_box.blockSignals(False)

        people = len({a.participant_id for a in answers if a.participant_id is not None}) or len(cl.submissions(rnd.id))
        self.title.setText(self.tr("Ergebnis Runde {n}: %n Person(en) haben geantwortet", "", people).format(n=rnd.number))
        self.legend_host.addWidget(AnswerLegend(scale, self, style.BODY_PT))
        if disagreed:
            self.badge_host.addWidget(badge(self.tr("Größte Uneinigkeit"), style.DISAGREE_COLOR, self, "legendDisagree"))
        if unknown:
            self.badge_host.addWidget(badge(self.tr("Oft „kann ich nicht beurteilen“"), style.UNKNOWN_COLOR, self, "legendUnknown"))

        topic = None
        earlier_results = EarlierResults(self.wf)  # a follow-up: the previous workshop's result
        for item in items:
            item_id = style.stored_id(item)
            if item.topic != topic:
                topic = item.topic
                self.body_layout.addWidget(style.plain_label(topic, self.body, style.STATEMENT_PT + 1, bold=True))
            row = ResultRow(item, self.body)
            if not values[item_id]:
                row.add_badge(self.tr("Offene Frage: gemeinsam besprechen"), "#3b5b8a", "badgeOpen")
                self.body_layout.addWidget(row)
                self.rows[item_id] = row
                continue
            scale_i = values[item_id]
            prior = [(r, d[item_id]) for r, d in earlier_dists if item_id in d]
            if prior:
                last_round, last_dist = prior[-1]
                row.add_bar(self.tr("Runde {n}").format(n=last_round.number), last_dist, scale_i)
                row.add_bar(self.tr("Runde {n}").format(n=rnd.number), dists[item_id], scale_i)
                change = stats.convergence(last_dist, dists[item_id], scale_i)
                if change > 0.05:
                    row.add_badge(self.tr("Meinungen angenähert"), "#006b4f", "badgeConverged")
                elif change < -0.05:
                    row.add_badge(self.tr("Meinungen auseinander"), "#7a3b9a", "badgeDiverged")
                else:
                    row.add_badge(self.tr("unverändert"), "#6b6b6b", "badgeSame")
            else:
                row.add_bar("", dists[item_id], scale_i)
            earlier_results.decorate_result(row, item, dists[item_id], scale_i)
            if item_id in disagreed:
                row.add_badge(self.tr("Größte Uneinigkeit"), style.DISAGREE_COLOR, "badgeDisagree")
            if item_id in unknown:
                row.add_badge(self.tr("Oft „kann ich nicht beurteilen“"), style.UNKNOWN_COLOR, "badgeUnknown")
            if anonymous and stats.too_few_for_anonymity(dists[item_id]):
                row.add_badge(
                    self.tr("Nur %n Antwort(en): Rückschluss auf Personen möglich", "", stats.total(dists[item_id])),
                    "#b00020",
                    "badgeTraceable",
                )
            self.body_layout.addWidget(row)
            self.rows[item_id] = row
        self.body_layout.addStretch(1)
        self.compact.fill(items, dists, values, disagreed, unknown)
        self._fill_side(rnd, answers, sum(1 for vs in values.values() if vs), anonymous)
        self.note.setText("" if disagreed or unknown else self.tr("Keine auffälligen Unterschiede."))
        self.second_button.setEnabled(True)
        self.select_all.setEnabled(bool(disagreed or unknown))

    def _refill_side(self) -> None:
        if self._side_args is not None:
            self._fill_side(*self._side_args)

    def _fill_side(self, rnd: model.Round, answers: list[model.IndividualAnswer], n_items: int, anonymous: bool) -> None:
        self._side_args = (rnd, answers, n_items, anonymous)
        self.names_box.setEnabled(not anonymous)
        named = not anonymous and self.names_box.isChecked()
        ticks = stats.ticks_per_participant(answers)
        if not ticks:
            # Anonymised or deleted answers can no longer be counted per person.
            self.ticks.set_rows([], n_items)
            self.ticks_note.setText(
                self.tr("Die Einzelantworten wurden anonymisiert oder gelöscht; Häkchen pro Person gibt es nicht mehr.")
            )
        elif not named:
            self.ticks.set_rows([("", n) for n in sorted(ticks.values(), reverse=True)], n_items)
            self.ticks_note.setText(self.tr("von {n} möglichen, ohne Namen").format(n=n_items))
        else:
            # In the order of the participants list: nobody is ranked in front of the room.
            rows = [(p.name, ticks[p.id]) for p in self.wf.meta.participants() if p.id is not None and p.id in ticks]
            self.ticks.set_rows(rows, n_items)
            self.ticks_note.setText(self.tr("von {n} möglichen").format(n=n_items))
        comments = [s for s in self.wf.checklist.submissions(rnd.id) if s.comment]
        self.comments.clear()
        if comments:
            names = {p.id: p.name for p in self.wf.meta.participants()}
            lines = [
                f"• {s.comment}" if not named or s.participant_id is None else f"• {names.get(s.participant_id, '?')}: {s.comment}"
                for s in sorted(comments, key=lambda s: s.comment)
            ]
            self.comments.setText(self.tr("Kommentare") + "\n" + "\n".join(lines))

    # --- actions ---------------------------------------------------------------

    def _toggle_anonymous(self, on: bool) -> None:
        if self.round is not None:
            round_id = style.stored_id(self.round)
            # No undo step: Ctrl+Z must never bring names back onto the projector.
            try:
                WorkshopCommands.of(self.wf).write(lambda: self.wf.checklist.set_anonymous(round_id, on))
            except FhError as exc:
                show_error(self, exc)

    def _select_highlighted(self) -> None:
        for row in self.rows.values():
            row.select_box.setChecked(bool({"badgeDisagree", "badgeUnknown"} & set(row.badge_names)))

    def selected_ids(self) -> list[int]:
        return [i for i, row in self.rows.items() if row.select_box.isChecked()]

    def _request_second(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.note.setText(self.tr("Bitte zuerst Aussagen auswählen (Kästchen links)."))
            return
        self.second_round_requested.emit(ids, self.anonymous_box.isChecked())

    def show_item(self, item_id: int) -> bool:
        return style.show_row(self.scroll_area, self.rows, item_id)
