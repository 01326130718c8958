"""argparse in German: the command line speaks one language, its own words included.

argparse looks its messages up through ``gettext`` at the moment it prints them
("usage: ", "positional arguments", "show this help message and exit" ...). ``install``
points argparse's lookup at the German texts below; a message without a German text
stays as argparse wrote it. Only messages a user can meet are listed (not those about a
programming error in the parser's set-up).
"""

from __future__ import annotations

import argparse

GERMAN = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "optional arguments": "Optionen",
    "show this help message and exit": "diese Hilfe anzeigen und beenden",
    "show program's version number and exit": "Versionsnummer anzeigen und beenden",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Auswahl: %(value)r (möglich: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "Angabe %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ungültiger Wert (%(type)s): %(value)r",
    "expected one argument": "erwartet einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s passt zu %(matches)s",
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "one of the arguments %s is required": "eine der Angaben %s ist nötig",
    "ignored explicit argument %r": "überflüssiger Wert %r",
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ kann nicht geöffnet werden: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "unbekannter Befehl %(parser_name)r (möglich: %(choices)s)",
}
GERMAN_PLURAL = {
    ("expected %s argument", "expected %s arguments"): ("erwartet %s Wert", "erwartet %s Werte"),
}


def gettext(message: str) -> str:
    return GERMAN.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    german = GERMAN_PLURAL.get((singular, plural))
    if german is None:
        return singular if n == 1 else plural
    return german[0] if n == 1 else german[1]


def install() -> None:
    """Make argparse print its own words in German (idempotent)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
