"""Light and dark, normal and high contrast: every named colour reads on its background."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from fh_desktop.ui.common import theme

TEXT_COLOURS = (theme.ERROR, theme.WARNING, theme.OVERRUN, theme.DONE, theme.ACCENT, theme.MUTED)
# Window backgrounds each colour must read on: the usual system ones, and presentation mode's.
BACKGROUNDS = {
    (False, False): ("#ffffff", "#efefef"),
    (True, False): ("#1e1e1e", "#353535"),
    (False, True): (theme.presentation_palette(False).color(QPalette.ColorRole.Window).name(),),
    (True, True): (theme.presentation_palette(True).color(QPalette.ColorRole.Window).name(),),
}


@pytest.mark.parametrize(("dark", "high"), list(BACKGROUNDS))
def test_named_text_colours_read_on_their_background(qapp, dark, high):
    for name in TEXT_COLOURS:
        for bg in BACKGROUNDS[(dark, high)]:
            ratio = theme.contrast_ratio(theme.color(name, dark=dark, high_contrast=high), QColor(bg))
            assert ratio >= 4.5, (name, dark, high, bg, round(ratio, 2))
    panel = theme.color(theme.PANEL, dark=dark, high_contrast=high)
    assert theme.contrast_ratio(theme.color(theme.PANEL_TEXT, dark=dark, high_contrast=high), panel) >= 7


@pytest.mark.parametrize("dark", [False, True])
def test_presentation_palette_is_high_contrast(qapp, dark):
    p = theme.presentation_palette(dark)
    role = QPalette.ColorRole
    for fg, bg in ((role.WindowText, role.Window), (role.Text, role.Base), (role.ButtonText, role.Button),
                   (role.HighlightedText, role.Highlight)):
        assert theme.contrast_ratio(p.color(fg), p.color(bg)) >= 7, (fg, bg)
    assert (p.color(role.Window).lightness() < 128) == dark


def test_follows_a_dark_system_palette_and_tells_the_widgets(demo_window, hand, qtbot):
    w = demo_window
    app = QApplication.instance()
    countdown = w.view.agenda.countdown
    w.timer.set_planned_minutes(1, 1)
    w.timer.start(1)
    hand.advance(120)
    w.timer.tick()
    light = theme.css(theme.OVERRUN)
    assert light in countdown.styleSheet()
    dark_palette = QPalette(QColor("#2b2b2b"))  # what a dark desktop hands the application
    try:
        with qtbot.waitSignal(theme.notifier().changed):
            app.setPalette(dark_palette)
        assert theme.is_dark()
        assert theme.css(theme.OVERRUN) != light and theme.css(theme.OVERRUN) in countdown.styleSheet()
    finally:
        app.setPalette(QPalette())
    assert not theme.is_dark()
