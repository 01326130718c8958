"""The shell window as a moderator uses it: open, edit the header, switch steps."""

from __future__ import annotations


from PySide6.QtCore import Qt

from fh_desktop.ui.shell.main_window import MainWindow


def test_open_demo_shows_workshop_and_steps(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    assert window.view is not None
    assert window.view.header.title_edit.text().startswith("Kommunale Verankerung")
    assert "Demo-Workshop.fhw" in window.windowTitle()
    for step in (2, 3, 1):
        qtbot.mouseClick(window.view.navigation.buttons[step], Qt.MouseButton.LeftButton)
        assert window.view.current_step() == step
    window.close()


def test_only_the_shown_step_is_built_at_once_the_others_right_after(qtbot, demo_file):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_file)
    pages = window.view.pages
    assert pages.is_built(1) and not pages.is_built(2) and not pages.is_built(3)
    qtbot.waitUntil(lambda: all(pages.is_built(s) for s in (1, 2, 3)))
    assert len(window.undo_group.stacks()) == 1  # one history for the whole workshop
    # Asking for a page builds it on the spot (a link from step 3 to a card, a test ...).
    window.close_workshop()
    assert window.open_path(demo_file)
    assert window.view.pages[3].step == 3 and not window.view.pages.is_built(2)
    window.close()


def test_a_first_start_fits_the_window_on_a_small_screen(qtbot):
    # The tests' offscreen screen is 800 x 600: smaller than the 1280 x 800 a first start wants.
    from PySide6.QtCore import QSize

    from fh_desktop.ui.shell.main_window import first_size

    window = MainWindow()
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert free.width() < 1280
    assert window.width() <= free.width() and window.height() <= free.height()
    assert first_size(QSize(1920, 1040)) == (1280, 800)  # a large screen: the usual first size
    assert first_size(QSize(1024, 728)) == (1024, 728)  # a 1024x768 laptop without its task bar
