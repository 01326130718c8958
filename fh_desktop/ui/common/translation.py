"""Which language the UI speaks, and the translators that make it so.

German is the source language; its file ``fh_desktop_de.qm`` holds only the singular
and plural forms of messages with a number. English comes from
``resources/translations/fh_desktop_en.qm``. Qt's own texts (standard buttons,
context menus) come from Qt's ``qtbase_<lang>.qm``. ``""`` means: follow the system
locale (a German system gets German, an English one English, anything else German).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from fh_desktop import resources

SOURCE = "de"
LANGUAGES = ("de", "en")
SYSTEM = ""

_installed: list[QTranslator] = []
_current = SOURCE


def resolve(code: str) -> str:
    if code in LANGUAGES:
        return code
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else SOURCE


def current() -> str:
    return _current


def locale() -> QLocale:
    """The locale of the UI language (month names, first day of the week): British English or German."""
    if _current == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def apply(code: str) -> str:
    """Install the translators for ``code`` (``""`` = system), replacing earlier ones; returns the language."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None  # translators belong to the running application
    lang = resolve(code)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # German needs a file too, for the singular and plural forms of "%n Person(en)".
    candidates = [
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"),
        (str(resources.path("translations")), f"fh_desktop_{lang}"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    _current = lang
    QLocale.setDefault(locale())
    return lang
