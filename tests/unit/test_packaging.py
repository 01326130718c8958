"""The installable bundle: what the spec takes along, and (slow) a real build + smoke test."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402


def _tracked(*folders: str) -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "--", *folders], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [line for line in out.stdout.splitlines() if line]


def test_every_shipped_resource_and_migration_is_bundled():
    bundled = {str(Path(dest) / Path(src).name) for src, dest in bundle.data_files()}
    tracked = [f for f in _tracked("resources", "db") if not f.endswith(".ts")]
    assert "db/env.py" in tracked and any(f.startswith("db/versions/") for f in tracked)
    assert any(f.startswith("resources/") for f in tracked)
    missing = [f for f in tracked if f not in bundled]
    assert missing == []
    assert not any("__pycache__" in dest or dest.endswith(".pyc") for dest in bundled)


def test_data_files_follow_new_folders(tmp_path):
    """A folder another feature adds under resources/ needs no change to the spec."""
    (tmp_path / "resources" / "catalogs").mkdir(parents=True)
    (tmp_path / "resources" / "catalogs" / "qd4.json").write_text("{}")
    (tmp_path / "resources" / "translations").mkdir()
    (tmp_path / "resources" / "translations" / "fh_desktop_en.qm").write_bytes(b"\0")
    (tmp_path / "resources" / "translations" / "fh_desktop_en.ts").write_text("<TS/>")
    (tmp_path / "db" / "versions" / "__pycache__").mkdir(parents=True)
    (tmp_path / "db" / "versions" / "0001_x.py").write_text("revision = '0001'")
    (tmp_path / "db" / "versions" / "__pycache__" / "0001_x.cpython-311.pyc").write_bytes(b"")
    assert sorted(bundle.data_files(tmp_path)) == [
        (str(tmp_path / "db/versions/0001_x.py"), "db/versions"),
        (str(tmp_path / "resources/catalogs/qd4.json"), "resources/catalogs"),
        (str(tmp_path / "resources/translations/fh_desktop_en.qm"), "resources/translations"),
    ]


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/plugins/platforms/qwindows.dll",  # Windows wheels have no Qt/ level
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qtbase_de.qm",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
    ],
)
def test_needed_qt_files_are_kept(dest):
    assert bundle.keep_qt_file(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/plugins/tls/qopensslbackend.dll",
        "PySide6/plugins/platforms/qvnc.dll",
        "PySide6/translations/qtbase_fr.qm",
    ],
)
def test_unneeded_qt_files_are_dropped(dest):
    assert not bundle.keep_qt_file(dest)


def test_prune_keeps_what_roots_link_against_and_drops_the_rest():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),  # was qvnc's
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libdbus-1.so.3", "/s/libdbus-1.so.3", "BINARY"),  # dlopen()ed by Qt
    ]
    links = {
        "/s/QtGui.abi3.so": {"libQt6Gui.so.6"},
        "/s/libQt6Gui.so.6": {"libQt6Core.so.6", "libc.so.6"},
        "/s/libqxcb.so": {"libxcb-cursor.so.0", "libQt6Gui.so.6"},
    }
    kept = bundle.prune_unreachable(binaries, lambda src: links.get(src, set()))
    assert [entry[0] for entry in kept] == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb-cursor.so.0",
        "libdbus-1.so.3",
    ]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("resources/x.json", "/s/x.json", "DATA"),
    ]
    assert [d[0] for d in bundle.drop_dangling_symlinks(datas, kept)] == ["libQt6Core.so.6", "resources/x.json"]


def test_excluded_modules_are_not_imported_by_the_app():
    """Excluding a module the app uses would only show in the built bundle; catch it here."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "fh_desktop").rglob("*.py"))
    for module in bundle.EXCLUDES:
        pattern = rf"^\s*(from|import)\s+{re.escape(module)}\b"
        assert not re.search(pattern, sources, re.MULTILINE), f"fh_desktop imports excluded {module}"
        short = module.split(".")[-1]
        if module.startswith("PySide6."):
            assert not re.search(rf"from PySide6 import [^\n]*\b{short}\b", sources), module


def test_desktop_entry_matches_the_app():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging/linux/fh-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[0] == bundle.APP_NAME
    assert desktop["Icon"] == "fh-desktop"
    # Qt's WM_CLASS class is the application name; the window icon name is the desktop file's.
    from fh_desktop.paths import APP_NAME

    assert desktop["StartupWMClass"] == APP_NAME
    assert 'app.setDesktopFileName("fh-desktop")' in (ROOT / "fh_desktop/app.py").read_text(encoding="utf-8")
    mime = (ROOT / "packaging/linux/fh-desktop-mime.xml").read_text(encoding="utf-8")
    assert desktop["MimeType"].rstrip(";") in mime and '<glob pattern="*.fhw"/>' in mime


def test_icon_renditions_exist_and_the_master_renders(qapp):
    from PIL import Image
    from PySide6.QtGui import QIcon

    icons = ROOT / "packaging" / "icons"
    sys.path.insert(0, str(ROOT / "packaging"))
    import make_icons

    for size in make_icons.PNG_SIZES:
        with Image.open(icons / f"fh-desktop-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
    with Image.open(icons / "fh-desktop.ico") as ico:
        assert {s for s, _ in ico.info["sizes"]} == set(make_icons.ICO_SIZES)
    with Image.open(icons / "fh-desktop.icns") as icns:
        assert icns.size == (1024, 1024)
    pixmap = QIcon(str(ROOT / "resources/icons/fh-desktop.svg")).pixmap(64, 64)
    assert not pixmap.isNull()
    centre = pixmap.toImage().pixelColor(32, 32)
    assert centre.alpha() == 255  # drawn, not an empty transparent square


@pytest.mark.slow
@pytest.mark.timeout(2700)  # the build alone may take up to 30 min on a cold cache
def test_built_bundle_passes_the_smoke_test():
    """Build with packaging/build-linux.sh (~1 min with a warm pip cache) and smoke-test it."""
    build = subprocess.run(
        [str(ROOT / "packaging/build-linux.sh")], cwd=ROOT, capture_output=True, text=True, timeout=1800
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    smoke = subprocess.run(
        [str(ROOT / "packaging/smoke-test.sh")], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "Smoke-Test bestanden" in smoke.stdout
