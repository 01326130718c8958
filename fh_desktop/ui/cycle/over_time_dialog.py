"""What changed since the last workshop: improved, got worse, still open (joint assessments)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QTabWidget, QVBoxLayout, QWidget

from fh_desktop.domain import compare, scales

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile


def answer(value: str | None) -> str:
    """The label of a joint assessment on any scale („trifft zu“, „weitgehend“, „regelmäßig“ …)."""
    if not value:
        return "–"
    label = scales.LABELS.get(value)
    return QCoreApplication.translate("enums", label) if label else value


class OverTimeDialog(QDialog):
    def __init__(self, wf: WorkshopFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overTimeDialog")
        result = compare.over_time(wf.snapshots.snapshot())
        earlier = result.earlier
        when = earlier.date.strftime("%d.%m.%Y") if earlier and earlier.date else "–"
        self.setWindowTitle(self.tr("Vergleich mit dem Workshop vom {date}").format(date=when))
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        if earlier is None:
            intro.setText(self.tr("Dieser Workshop ist kein Folgeworkshop."))
        elif result.other_catalog:
            intro.setText(self.tr("Der Workshop vom {date} nutzte eine andere Checkliste; die Aussagen werden nicht verglichen.").format(date=when))
        else:
            intro.setText(self.tr("Gemeinsame Einschätzungen heute und am {date}.").format(date=when))
        self.tabs = QTabWidget(self)
        self.lists: dict[str, QListWidget] = {}
        groups = (
            ("improved", self.tr("Verbessert ({n})"), result.improved),
            ("worse", self.tr("Verschlechtert ({n})"), result.worse),
            ("open", self.tr("Weiterhin offen ({n})"), result.still_open),
            ("changed", self.tr("Wortlaut geändert ({n})"), result.changed),
        )
        for key, title, changes in groups:
            view = QListWidget(self)
            view.setObjectName(f"overTime_{key}")
            view.setWordWrap(True)
            for c in changes:
                before = answer(c.previous.joint_value) if c.previous else "–"
                view.addItem(f"{c.item.code}  {c.item.statement}\n    {before} → {answer(c.item.joint_value)}")
            self.tabs.addTab(view, title.format(n=len(changes)))
            self.lists[key] = view
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
