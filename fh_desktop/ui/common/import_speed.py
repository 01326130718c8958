"""PySide6's import hook, made cheap for modules that cannot use Qt.

Once QtCore is loaded, PySide6 runs ``shibokensupport.feature.feature_imported`` after
every import in the process. For a module it has not seen it reads the module's whole
source (``inspect.getsource``) and looks for the word "PySide6", to know whether the
module may switch on ``from __feature__ import snake_case``. For the store's ~250
SQLAlchemy modules that reading is about a quarter of the import, ≈ 150 ms of opening a
workshop on the reference machine (the same tax is described in napari/napari#8584).

``install()`` lets modules of the standard library and of the pure-Python libraries below
(and of our own Qt-free packages) skip the reading with the verdict the reading gives them
anyway ("does not use PySide";
``tests/gui/shell/test_import_speed.py`` compares both). Every other module, ours
included, is still read. Nothing happens when PySide6 is built differently.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

# Libraries of the app that do not import Qt (pyproject.toml's dependencies and theirs).
WITHOUT_QT = frozenset({
    "sqlalchemy", "alembic", "mako", "markupsafe", "greenlet", "typing_extensions",
    "openpyxl", "et_xmlfile", "reportlab", "PIL", "charset_normalizer", "chardet",
    "segno", "docx", "lxml", "platformdirs", "psygnal",
})
# Our own packages that import-linter keeps free of Qt (pyproject.toml, the first contract).
OWN_WITHOUT_QT = ("fh_desktop.domain", "fh_desktop.store", "fh_desktop.export", "fh_desktop.web", "fh_desktop.demo")
_MARK = "_fh_skips_known_modules"


def _skippable(name: str) -> bool:
    top = name.partition(".")[0]
    if top in WITHOUT_QT or top in sys.stdlib_module_names:
        return True
    return any(name == own or name.startswith(own + ".") for own in OWN_WITHOUT_QT)


def install() -> bool:
    """Put the shortcut in front of PySide6's check; True if it is (now) in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        if _skippable(getattr(module, "__name__", "")):
            return False
        return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
