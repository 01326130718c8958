"""Errors with a message meant for people (German source text, translatable).

Every error a user can meet derives from ``FhError``. ``str(err)`` is the German
message with its details filled in; the UI translates ``err.template`` in context
``"errors"`` and fills in ``err.args_map`` itself.
"""

from __future__ import annotations

from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP


# The one wording for a file named by the user that is not there (open, import, restore).
MSG_FILE_MISSING = QT_TRANSLATE_NOOP("errors", "Die Datei „{path}“ gibt es nicht.")


class FhError(Exception):
    template: str = QT_TRANSLATE_NOOP("errors", "Unbekannter Fehler: {detail}")

    def __init__(self, template: str | None = None, **args: object) -> None:
        if template is not None:
            self.template = template
        self.args_map = {k: str(v) for k, v in args.items()}
        super().__init__(self.message())

    def message(self, template: str | None = None, **overrides: str) -> str:
        """The message from ``template`` (default: the German one); ``overrides`` replace details."""
        text = template if template is not None else self.template
        try:
            return text.format(**{**self.args_map, **overrides})
        except (KeyError, IndexError, ValueError):
            return text


class NotAWorkshopError(FhError):
    """The file is not a workshop file (empty, foreign, not SQLite)."""


class CorruptFileError(FhError):
    """The file looks like a workshop but is damaged."""


class NewerVersionError(FhError):
    """The file was written by a newer version of the application."""


class AlreadyOpenError(FhError):
    """Another instance has this workshop open."""


class FileAccessError(FhError):
    """The file or its folder cannot be read or written."""


class ValidationError(FhError):
    """User input or imported data violates a rule."""


class NotFoundError(FhError):
    """An entity that an edit refers to no longer exists."""


class PathTooLongError(FileAccessError):
    """The path or the file name is longer than the file system (or SQLite) allows."""


class StorageError(FhError):
    """Reading or writing the file failed (I/O error, disk removed, unknown SQLite error)."""


class DiskFullError(StorageError):
    """No space left on the device (or the file reached its size limit)."""


class ReadOnlyError(FhError):
    """The workshop is open for viewing only, or the medium refuses writes."""


class UnknownValueError(NewerVersionError):
    """The file holds a value this version does not know (most likely from a newer version)."""


class ConflictError(ValidationError):
    """An edit refers to something that is gone or collides with what is stored."""


class StoreWarning(FhError):
    """Not an error: something the store did on the user's behalf and must say (e.g. a
    leftover journal of another workshop set aside). Collected in ``WorkshopFile.warnings``."""
