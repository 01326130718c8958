"""The Wiedervorlage as the room sees it: the action under discussion, large, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from fh_desktop.domain import cycle, model
from fh_desktop.ui.common import theme
from fh_desktop.ui.cycle.review_dialog import ReviewDialog, decision_label, origin_text, status_label


class ReviewProjectorView(QWidget):
    def __init__(self, dialog: ReviewDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewProjectorView")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAutoFillBackground(True)  # the room sees only the action, never what was shown before
        base = self.font()
        self.counter = self._label("reviewProjectorCounter", theme.scaled_font(base, 1.0))
        self.title = self._label("reviewProjectorTitle", theme.scaled_font(base, 1.8, bold=True))
        self.origin = self._label("reviewProjectorOrigin", theme.scaled_font(base, 1.0))
        self.progress = self._label("reviewProjectorProgress", theme.scaled_font(base, 1.3))
        self.decision = self._label("reviewProjectorDecision", theme.scaled_font(base, 1.4, bold=True))
        self.decision.setFrameShape(QFrame.Shape.Box)
        self.decision.setMargin(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        for w in (self.counter, self.title, self.origin, self.progress, self.decision):
            layout.addWidget(w)
        layout.addStretch(1)
        self.dialog = dialog
        dialog.current_changed.connect(self.show_action)
        self.show_action(dialog.current)

    def _label(self, name: str, font) -> QLabel:  # noqa: ANN001 - a QFont
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFont(font)
        return label

    def show_action(self, action: model.Action | None) -> None:
        d = self.dialog
        if action is None:
            summary = cycle.review_summary(d.actions)
            self.counter.setText(self.tr("Wiedervorlage der Maßnahmen"))
            self.title.setText(self.tr("Zusammenfassung"))
            self.origin.hide()
            parts = [f"{decision_label(c)}: {len(summary.decided[c])}" for c in cycle.ReviewDecision.ALL]
            parts.append(self.tr("noch nicht besprochen: {n}").format(n=len(summary.pending)))
            self.progress.setText("\n".join(parts))
            self.decision.hide()
            return
        self.counter.setText(self.tr("Wiedervorlage: Maßnahme {n} von {total}").format(n=d.index + 1, total=len(d.actions)))
        self.title.setText(action.title or self.tr("(ohne Titel)"))
        facts = [origin_text(action)]
        if action.responsible:
            facts.append(self.tr("Verantwortlich: {who}").format(who=action.responsible))
        if action.due:
            facts.append(self.tr("Zeitrahmen bis {date}").format(date=action.due.strftime("%d.%m.%Y")))
        self.origin.setText(" · ".join(facts))
        self.origin.show()
        self.progress.setText(self.tr("Stand der Umsetzung: {text}").format(text=action.progress or "–"))
        if action.review_decision:
            self.decision.setText(f"{decision_label(action.review_decision)} ({status_label(action.status)})")
        else:
            self.decision.setText(self.tr("noch offen: Wie geht es weiter?"))
        self.decision.show()
