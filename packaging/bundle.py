"""What goes into the PyInstaller bundle: read by ``fh-desktop.spec`` and by the tests.

Kept as plain Python (no PyInstaller import) so ``tests/unit/test_packaging.py`` can
check, without building, that every shipped file is listed and nothing we rely on
is excluded.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "fh-desktop"
DIST_NAME = "fh-desktop"  # the distribution whose metadata carries the version

# Folders beside the package that the app reads at run time (fh_desktop.resources):
# everything under them is bundled, so a new catalog, font or translation needs no
# change here.
DATA_DIRS = ("resources", "db")
_SKIP_PARTS = {"__pycache__", ".DS_Store"}
_SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}  # .ts: translation sources; the app loads .qm

# Loaded by name at run time, invisible to PyInstaller's import analysis: Alembic runs
# db/env.py and db/versions/*.py from files, and SQLAlchemy finds its dialect by URL.
HIDDEN_IMPORTS = (
    "alembic.context",
    "alembic.op",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "sqlalchemy.dialects.sqlite",
    "PySide6.QtSvg",  # the SVG icon engine and image plugin link against it
)

# Python modules the app never uses; several would drag in large Qt libraries.
EXCLUDES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "pytestqt",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtXml",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
)

# Qt plugin folders we need: window systems (xcb, Wayland with its shell and decoration
# plugins, offscreen; windows and cocoa on those systems), image formats (PNG export,
# the SVG icon), the SVG icon engine, native styles and desktop integration (GTK/portal
# themes, input methods for umlauts). Left out: network (tls, networkinformation),
# touch input via UDP (generic/tuio), printing, SQL drivers, QML, designer.
QT_PLUGIN_DIRS_KEPT = {
    "platforms",
    "imageformats",
    "iconengines",
    "styles",
    "platformthemes",
    "platforminputcontexts",
    "xcbglintegrations",
    "wayland-shell-integration",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
}
# Plugins inside the kept folders that we still leave out, by base name: platforms that
# are not a desktop (VNC opens a TCP server and pulls in Qt6Network; eglfs, linuxfb,
# Vulkan display), the GTK3 theme (it drags the whole GTK/cairo/pango stack into the
# bundle, which then clashes with the system's GTK; the portal theme gives native file
# dialogs without it) and rare image formats.
QT_PLUGINS_DROPPED = {
    "qvnc",
    "qeglfs",
    "qlinuxfb",
    "qminimalegl",
    "qvkkhrdisplay",
    "qgtk3",
    "qtiff",
    "qwebp",
    "qtga",
    "qwbmp",
}
# Libraries Qt opens with dlopen() rather than links: the link graph cannot show them.
DLOPENED_LIBRARIES = ("libdbus-1",)
# Qt's own translations: German (the UI language) and English only.
QT_TRANSLATIONS_KEPT = ("_de.qm", "_en.qm")


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` for every file under ``DATA_DIRS``."""
    result = []
    for folder in DATA_DIRS:
        for path in sorted((root / folder).rglob("*")):
            rel = path.relative_to(root)
            if path.is_file() and not (_SKIP_PARTS & set(rel.parts)) and path.suffix not in _SKIP_SUFFIXES:
                result.append((str(path), str(PurePosixPath(*rel.parent.parts))))
    return result


def keep_qt_file(dest: str) -> bool:
    """False for Qt plugins and translations the app does not need (keeps the bundle lean).

    Linux and macOS wheels keep them under ``PySide6/Qt/``, Windows wheels directly
    under ``PySide6/``.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return True
    below = parts[2:] if len(parts) > 1 and parts[1] == "Qt" else parts[1:]
    if len(below) > 2 and below[0] == "plugins":
        stem = below[-1].split(".")[0]
        stem = stem[3:] if stem.startswith("lib") else stem
        return below[1] in QT_PLUGIN_DIRS_KEPT and stem not in QT_PLUGINS_DROPPED
    if len(below) == 2 and below[0] == "translations":
        return below[1].endswith(QT_TRANSLATIONS_KEPT)
    return True


def _is_root(dest: str) -> bool:
    """Binaries loaded by something other than the link graph: the interpreter, Python
    extension modules (imported), Qt plugins (loaded by Qt) and dlopen()ed libraries."""
    path = PurePosixPath(dest.replace("\\", "/"))
    name = path.name
    return (
        name.endswith(".pyd")
        or ".cpython-" in name
        or ".abi3." in name
        or name.startswith(("libpython", "python3"))
        or "plugins" in path.parts
        or name.startswith(DLOPENED_LIBRARIES)
    )


def prune_unreachable(binaries: list[tuple], imports_of) -> list[tuple]:
    """Keep only binaries reachable from the roots through the link graph.

    ``binaries``: PyInstaller's ``(dest, source, typecode)`` entries; ``imports_of(source)``
    gives the base names a binary links against. Dropping plugins leaves their
    libraries behind in the list; this removes them (e.g. Qt6Network after qvnc).
    """
    by_name: dict[str, list[tuple]] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name, []).append(entry)
    keep = [entry for entry in binaries if _is_root(entry[0])]
    seen = {id(entry) for entry in keep}
    todo = list(keep)
    while todo:
        entry = todo.pop()
        for name in imports_of(entry[1]):
            for dep in by_name.get(name, ()):
                if id(dep) not in seen:
                    seen.add(id(dep))
                    keep.append(dep)
                    todo.append(dep)
    return [entry for entry in binaries if id(entry) in seen]


def drop_dangling_symlinks(entries: list[tuple], kept_binaries: list[tuple]) -> list[tuple]:
    """Remove PyInstaller ``SYMLINK`` entries whose target was pruned.

    PyInstaller lists, among the data files, links such as ``libQt6Core.so.6 ->
    PySide6/Qt/lib/libQt6Core.so.6``; a link to a library we dropped would dangle.
    """
    import posixpath

    kept = {posixpath.normpath(dest.replace("\\", "/")) for dest, _src, _type in kept_binaries}
    result = []
    for dest, src, typecode in entries:
        if typecode == "SYMLINK":
            link = dest.replace("\\", "/")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(link), src.replace("\\", "/")))
            if target not in kept:
                continue
        result.append((dest, src, typecode))
    return result
