"""What the Qt window plugin lacks, asked of the plugin itself (ldd), and the packages named for it."""

from __future__ import annotations

import pytest

from fh_desktop import platform_libs


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
    ],
)
def test_debian_package_names_follow_from_the_soname(soname, package):
    assert platform_libs.package_for(soname) == package


def test_the_installed_qt_window_plugin_is_found_and_checked():
    files = platform_libs.qt_files()
    assert any(f.name == "libqxcb.so" for f in files)
    assert all(f.is_file() for f in files)


def test_a_library_the_plugin_cannot_load_is_named_with_its_package(tmp_path):
    """A copy of the real plugin whose needed libxcb-icccm is renamed to one no system has."""
    plugin = next(f for f in platform_libs.qt_files() if f.name == "libqxcb.so")
    data = plugin.read_bytes()
    assert b"libxcb-icccm.so.4\0" in data
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(data.replace(b"libxcb-icccm.so.4\0", b"libxcb-iccxx.so.4\0"))
    missing = platform_libs.missing_libraries([broken])
    assert "libxcb-iccxx.so.4" in missing and "libxcb-icccm.so.4" not in missing
    assert platform_libs.package_for("libxcb-iccxx.so.4") == "libxcb-iccxx4"


def test_the_message_names_the_command_in_german_and_english():
    text = platform_libs.install_hint(["libxcb-icccm4", "libxcb-keysyms1"])
    assert text.count("sudo apt-get install libxcb-icccm4 libxcb-keysyms1") == 2
    assert "Das Fenster kann nicht starten" in text and "The window cannot start" in text


@pytest.mark.parametrize(
    ("env", "xcb"),
    [({}, True), ({"WAYLAND_DISPLAY": "wayland-0"}, False), ({"QT_QPA_PLATFORM": "offscreen"}, False),
     ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True)],
)
def test_only_an_x11_window_is_checked(monkeypatch, env, xcb):
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert platform_libs.uses_xcb() is xcb
