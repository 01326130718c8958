""""Alles zeigen" keeps the whole board in view when the view changes size, until someone zooms."""

from __future__ import annotations

from fh_desktop.ui.shell.main_window import MainWindow


def test_fitted_board_follows_the_view_size_until_the_moderator_zooms(qtbot, demo_file):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(760, 560)
    window.show()
    assert window.open_path(demo_file)
    view = window.view.pages[1].view
    view.fit_all()
    small = view.zoom()
    window.view.set_sidebar_visible(False)  # as presentation mode or the moderator does
    qtbot.waitUntil(lambda: view.zoom() > small * 1.05)
    assert view.is_fitted()
    view.zoom_in()
    assert not view.is_fitted()
    zoomed = view.zoom()
    window.view.set_sidebar_visible(True)
    qtbot.wait(20)
    assert view.zoom() == zoomed  # a chosen zoom is kept
    window.close()
