"""Which system libraries Qt's window plugin lacks on this Linux, and which packages bring them.

The answer comes from the plugin itself: ``ldd`` on the xcb platform plugin and the Qt
libraries it loads lists every shared library the dynamic loader cannot find. Sonames map
to Debian/Ubuntu package names by the distribution's naming rule (``libxcb-icccm.so.4`` ->
``libxcb-icccm4``), with a small table for the libraries that break it.

Used by ``scripts/ensure-env.sh`` (``python -m fh_desktop.platform_libs``: prints the
packages to install) and by the app before it creates its window, so that a bare machine
gets one readable line in German and English instead of Qt's abort. Never imports Qt.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path

# ctypes and subprocess are imported where used: this module is on the window's start-up
# path, and on a healthy machine only ``window_problem`` runs (one dlopen, no ldd).

# Sonames whose Debian package name does not follow from the name.
PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}

# Qt files whose dependencies the window needs: the X11 (xcb) platform plugin, its GL
# integrations, and the Qt libraries they load.
_QT_FILES = (
    "plugins/platforms/libqxcb.so",
    "plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "plugins/xcbglintegrations/libqxcb-egl-integration.so",
    "lib/libQt6XcbQpa.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "lib/libQt6DBus.so.6",
)


def qt_dir() -> Path | None:
    """PySide6's bundled Qt folder, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    return qt if qt.is_dir() else None


def qt_files() -> list[Path]:
    qt = qt_dir()
    if qt is None:
        return []
    return [qt / name for name in _QT_FILES if (qt / name).exists()]


def missing_libraries(files: list[Path] | None = None) -> list[str]:
    """Sonames ``ldd`` reports as "not found" for the Qt window files, sorted."""
    import subprocess

    missing: set[str] = set()
    for f in qt_files() if files is None else files:
        try:
            out = subprocess.run(["ldd", str(f)], capture_output=True, text=True, timeout=30, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        missing.update(m.group(1) for m in re.finditer(r"^\s*(\S+) => not found", out, flags=re.M))
    return sorted(missing)


def package_for(soname: str) -> str:
    """The Debian/Ubuntu package that ships ``soname`` (by table, else by naming rule)."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    m = re.fullmatch(r"(lib.+?)\.so\.(\d+)(?:\..*)?", soname)
    if not m:
        return soname
    name, version = m.group(1).lower().replace("_", "-"), m.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_packages() -> list[str]:
    return sorted({package_for(s) for s in missing_libraries()})


def install_hint(packages: list[str]) -> str:
    """The one message shown when the window cannot start, in German and English."""
    command = "sudo apt-get install " + " ".join(packages)
    return (
        "Das Fenster kann nicht starten: dem System fehlen Bibliotheken für Qt. Installieren mit:\n"
        f"  {command}\n"
        "The window cannot start: the system lacks libraries Qt needs. Install them with:\n"
        f"  {command}"
    )


def uses_xcb() -> bool:
    """True when Qt would open its window through X11 (xcb) on this Linux."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return not os.environ.get("WAYLAND_DISPLAY")


def window_problem() -> str | None:
    """None when the xcb plugin can be loaded; otherwise the install hint (cheap when all is well)."""
    if not uses_xcb():
        return None
    files = qt_files()
    if not files:
        return None
    import ctypes

    try:
        ctypes.CDLL(str(files[0]), mode=os.RTLD_LAZY)
        return None
    except OSError:
        pass
    packages = sorted({package_for(s) for s in missing_libraries(files)})
    return install_hint(packages) if packages else None


def main() -> int:
    """Print the packages to install (space-separated; empty when nothing is missing)."""
    print(" ".join(missing_packages()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
