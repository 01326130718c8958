"""English UI: the .ts covers every string, the .qm is current, nothing German shows, switch at once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fh_desktop import resources
from fh_desktop.settings import Settings
from fh_desktop.ui.common import translation
from tests.gui.shell.ui_texts import data_strings, german_leftovers, german_sources, looks_german, shown_texts

ROOT = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
TS = resources.path("translations", "fh_desktop_en.ts")
QM = resources.path("translations", "fh_desktop_en.qm")


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            out[(ctx.findtext("name"), m.findtext("source"))] = m.find("translation").get("type")
    return out


def test_ts_has_every_string_of_the_code_translated(tmp_path):
    """Fails when code has a string the .ts lacks or leaves unfinished: run scripts/update-translations.sh."""
    copy = tmp_path / "fh_desktop_en.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fh_desktop").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-source-language", "de", "-target-language", "en",
         "-locations", "none", "-no-obsolete", "-ts", str(copy)],
        cwd=ROOT, check=True, capture_output=True,
    )
    fresh = _messages(copy)
    assert set(fresh) == set(_messages(TS)), "the .ts is not up to date with the code"
    unfinished = sorted(k for k, state in fresh.items() if state is not None)
    assert unfinished == [], f"untranslated strings: {unfinished}"


# Records every QT_TRANSLATE_NOOP marker as the modules are imported (run in a fresh interpreter,
# so the recorder is in place before any module binds the marker function).
_MARKERS = """
import importlib, json, pkgutil
import fh_desktop, fh_desktop.domain.i18n as i18n
seen = set()
i18n.QT_TRANSLATE_NOOP = lambda context, text: seen.add((context, text)) or text
for m in pkgutil.walk_packages(fh_desktop.__path__, "fh_desktop."):
    if not m.name.endswith("__main__"):
        importlib.import_module(m.name)
print(json.dumps(sorted(seen)))
"""


def test_every_translation_marker_is_in_the_ts():
    """lupdate reads only literal arguments: a marker with a variable context never reaches the .ts."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _MARKERS], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    markers = {tuple(pair) for pair in json.loads(done.stdout)}
    assert len(markers) > 150  # enum labels, error messages, column headers ...
    assert sorted(markers - set(_messages(TS))) == []


def test_shipped_qm_is_compiled_from_the_ts(tmp_path):
    out = tmp_path / "fresh.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == QM.read_bytes(), "run scripts/update-translations.sh --qm"


@pytest.fixture
def english():
    translation.apply("en")
    yield
    translation.apply("de")


def test_english_ui_shows_no_german(english, demo_window, qtbot):
    w = demo_window
    w.retranslate_ui()
    data = data_strings(w.wf.snapshots.snapshot()) + [w.wf.path.name, str(w.wf.path.parent)]
    patterns = german_sources()
    texts = []
    for step in (1, 2, 3):
        w.view.show_step(step)
        texts += shown_texts(w)
    w.view.questions.edit()
    texts += shown_texts(w.view.questions.dialog)
    w.view.questions.dialog.reject()
    w.edit_participants()
    texts += shown_texts(w.participants_dialog)
    w.participants_dialog.reject()
    w.open_settings()
    texts += shown_texts(w.settings_dialog)
    w.settings_dialog.reject()
    w.show_about()
    texts += shown_texts(w.about_dialog)
    w.about_dialog.reject()
    w.moderation.show_shortcuts()
    texts += shown_texts(w.moderation.shortcuts_overlay)
    w.moderation.shortcuts_overlay.close_overlay()
    w.moderation.projector.open_on(QApplication.primaryScreen())
    for step in (1, 2, 3):
        w.view.show_step(step)
        texts += shown_texts(w.moderation.projector.window)
    w.moderation.presentation.set_active(True)
    texts += shown_texts(w)
    w.moderation.presentation.set_active(False)
    w.moderation.screens_menu.aboutToShow.emit()
    w.recent_menu.aboutToShow.emit()
    texts += shown_texts(w)
    w.close_workshop()
    texts += shown_texts(w)
    assert len(texts) > 150  # the walk really saw the UI
    assert german_leftovers(texts, data, patterns) == []


def test_the_check_finds_german_that_bypasses_translation(english, demo_window):
    """The net itself: a hard-coded German label and a tr() under a wrong context are both caught."""
    from PySide6.QtWidgets import QLabel, QPushButton

    w = demo_window
    w.retranslate_ui()
    QLabel("Verbindung anlegen", w.view.pages[1]).show()  # never went through tr()
    QLabel("Karte löschen", w.view.pages[1]).show()
    QPushButton("Abschließen", w.view.pages[1]).show()  # a translated source, shown untranslated
    data = data_strings(w.wf.snapshots.snapshot())
    problems = german_leftovers(shown_texts(w), data, german_sources())
    assert any("Verbindung anlegen" in p for p in problems)
    assert any("Karte löschen" in p for p in problems)
    assert any("'Abschließen'" in p and "German source" in p for p in problems)


def test_language_switch_applies_at_once_and_is_remembered(demo_window, hand, qtbot):
    w = demo_window
    w.view.show_step(2)
    w.timer.start()
    hand.advance(90)
    w.open_settings()
    dialog = w.settings_dialog
    assert dialog.windowTitle() == "Einstellungen"
    combo = dialog.language_combo
    combo.setFocus()
    try:
        qtbot.keyClick(combo, Qt.Key.Key_End)  # English, the last entry
        assert Settings().language() == "en"
        assert [a.text() for a in w.menuBar().actions()][:2] == ["&File", "&Edit"]
        assert w.view.current_step() == 2 and w.view.navigation.buttons[2].text() == "2  Checklist"
        assert w.timer.running and w.view.agenda.countdown.text() == "73:30"  # the time went on
        assert w.view.agenda.start_button.text() == "Pause"
        # Qt posts LanguageChange to open windows; the dialog retranslates itself when it arrives.
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")
        assert dialog.sound_check.text().startswith("Sound")
        assert not [a for a in w.actions() if a.text() == "&Präsentationsmodus"]  # old actions are gone
        dialog.reject()
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        qtbot.keyClick(w, Qt.Key.Key_F11)  # shortcuts of the rebuilt menus work
        assert w.moderation.presentation.active and not w.menuBar().isVisible()
        w.moderation.presentation.set_active(False)
    finally:
        w.set_language("de")
        Settings().set_language("")
    assert w.menuBar().actions()[0].text() == "&Datei"


@pytest.mark.parametrize(("lang", "expected"), [("de_DE.UTF-8", "de"), ("en_GB.UTF-8", "en"), ("fr_FR.UTF-8", "de")])
def test_first_start_follows_the_system_locale(lang, expected):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="", LC_MESSAGES=lang)
    code = "from fh_desktop.ui.common import translation; print(translation.resolve(''))"
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == expected


def test_export_progress_and_import_preview_speak_english(english, wf, qtbot, tmp_path):
    """Texts made below the UI (progress of the exporters, the Excel file's German labels) reach English too."""
    from openpyxl import load_workbook
    from PySide6.QtCore import QCoreApplication

    from fh_desktop.export.options import ExportOptions
    from fh_desktop.export.pdf import write_pdf
    from fh_desktop.export.xlsx import write_xlsx
    from fh_desktop.ui.shell.import_dialog import open_import
    from tests.unit.export.conftest import rich_workshop

    wf.snapshots.load(rich_workshop())
    said: list[str] = []
    options = ExportOptions(progress=said.append)
    path = write_xlsx(wf.snapshots.snapshot(), tmp_path / "plan.xlsx", options=options)
    write_pdf(wf.snapshots.snapshot(), tmp_path / "plan.pdf", options=options)
    shown = [QCoreApplication.translate("ExportProgress", text) for text in said]
    assert len(shown) >= 3 and not [t for t in shown if looks_german(t)], shown

    book = load_workbook(path)
    sheet = book["Maßnahmenplan"]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2) if r[0].value is not None}
    rows[13][9].value = "erledigt"  # the Excel drop-downs offer the German labels
    rows[2][6].value = "irgendwann"
    book.save(path)
    dialog = open_import(wf, path, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import actions from Excel"
    assert dialog.summary_label.text().startswith("1 row of the table cannot be imported.")
    status = dialog.tree.topLevelItem(0).child(0)
    assert (status.text(0), status.text(1), status.text(2)) == ("Status", "in progress", "done")
    # The column keeps its German name: that is what the person sees in the workbook.
    assert dialog.problems.item(0).text() == "Row 3: “Beginn”: “irgendwann” is not a valid date (DD.MM.YYYY)."


def test_errors_name_the_missing_thing_in_english(english, wf):
    from fh_desktop.domain.errors import NotFoundError
    from fh_desktop.ui.common.errors import error_text

    for lookup, name in ((wf.board.card, "Card"), (wf.board.link, "Link"), (wf.actions.action, "Action")):
        with pytest.raises(NotFoundError) as caught:
            lookup(999)
        assert error_text(caught.value) == f"{name} no. 999 does not exist (any more)."
        assert str(caught.value).endswith("Nr. 999 gibt es nicht (mehr).")  # the German message is unchanged


def test_errors_name_the_field_by_its_label_in_english(english, wf):
    from fh_desktop.domain import model
    from fh_desktop.domain.errors import ValidationError
    from fh_desktop.ui.common.errors import error_text

    with pytest.raises(ValidationError) as too_long:
        wf.meta.update_workshop(title="x" * 20_001)
    assert str(too_long.value).startswith("Der Text für Titel ist zu lang")
    assert error_text(too_long.value).startswith("The text for Title is too long")
    with pytest.raises(ValidationError) as bad_step:
        wf.meta.update_step(1, status="kaputt")
    assert str(bad_step.value) == "Ungültiger Wert für Status: „kaputt“."
    with pytest.raises(ValidationError) as bad_kind:
        wf.board.add_card(model.Card(kind="kaputt"))
    assert error_text(bad_kind.value) == "Invalid value for Card type: “kaputt”."


DE_TS = resources.path("translations", "fh_desktop_de.ts")
DE_QM = resources.path("translations", "fh_desktop_de.qm")


def _numerus(ts: Path) -> dict[tuple[str, str], list[str]]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            if m.get("numerus") == "yes":
                forms = [f.text or "" for f in m.find("translation").iter("numerusform")]
                out[(ctx.findtext("name"), m.findtext("source"))] = forms
    return out


def test_german_has_singular_and_plural_of_every_counted_message(tmp_path):
    """German is the source language, yet "%n Person(en)" must read "1 Person" / "7 Personen"."""
    german = _numerus(DE_TS)
    assert set(german) == set(_numerus(TS))
    for key, forms in german.items():
        assert len(forms) == 2 and all("%n" in f for f in forms), key
        assert not any("(en)" in f or "(n)" in f for f in forms), key
    out = tmp_path / "fresh.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(DE_TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == DE_QM.read_bytes(), "run scripts/update-translations.sh --qm"


def test_german_ui_counts_people_in_proper_german(qtbot):
    from fh_desktop.ui.checklist.reveal_view import RevealView

    translation.apply("de")
    title = "Ergebnis Runde {n}: %n Person(en) haben geantwortet"
    assert RevealView.tr(title, "", 1).format(n=2) == "Ergebnis Runde 2: 1 Person hat geantwortet"
    assert RevealView.tr(title, "", 7).format(n=2) == "Ergebnis Runde 2: 7 Personen haben geantwortet"


def test_the_action_fields_of_the_import_preview_speak_english(qapp, english, wf, tmp_path):
    """A bad Ebene is one translated line naming the German column; ja/nein and the Ebene shown translated."""
    from openpyxl import load_workbook

    from fh_desktop.domain import model
    from fh_desktop.export.xlsx import write_xlsx
    from fh_desktop.export.xlsx_import import read_action_sheet
    from fh_desktop.ui.common.errors import problem_text
    from fh_desktop.ui.shell.import_dialog import value_text

    wf.actions.add_action(model.Action(title="Bericht an den JHA", level="operativ"))
    path = write_xlsx(wf.snapshots.snapshot(), tmp_path / "plan.xlsx")
    book = load_workbook(path)
    sheet = book["Maßnahmenplan"]
    column = [c.value for c in sheet[1]].index("Ebene")
    sheet.cell(2, column + 1).value = "global"
    book.save(path)
    (problem,) = wf.action_import.preview(read_action_sheet(path)).problems
    assert problem_text(problem) == (
        "Row 2: “Ebene”: “global” is unknown; allowed are „strategisch“, „operativ“ or an empty cell."
    )
    assert (value_text("needs_committee", True), value_text("needs_committee", False)) == ("yes", "no")
    assert value_text("level", "operativ") == "operational level"
