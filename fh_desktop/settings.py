"""Every QSettings key of the application, with its default, in one typed place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from fh_desktop.paths import APP_NAME, ORG_NAME, config_dir

MAX_RECENT = 8
MAX_LAST_STEPS = 50  # workshops whose last step is remembered


def _qsettings() -> QSettings:
    # An INI file under our own config dir: FH_DESKTOP_HOME keeps tests away from the user's.
    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


class Settings:
    def __init__(self) -> None:
        self._s = _qsettings()

    # window state
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    # recent files
    def recent_files(self) -> list[Path]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in (value if isinstance(value, list) else []) if v]

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        self._s.setValue("files/recent", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent_file(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != path.resolve()]
        self._s.setValue("files/recent", [str(p) for p in files])

    # the step each workshop was left on: reopened, it starts there (not an undo step, not in the file)
    def last_step(self, path: Path) -> int | None:
        key = str(path.resolve())
        for entry in self._last_steps():
            step, _, where = entry.partition("\t")
            if where == key and step.isdigit():
                return int(step)
        return None

    def set_last_step(self, path: Path, step: int) -> None:
        key = str(path.resolve())
        entries = [e for e in self._last_steps() if e.partition("\t")[2] != key]
        entries.insert(0, f"{step}\t{key}")
        self._s.setValue("files/last_step", entries[:MAX_LAST_STEPS])

    def _last_steps(self) -> list[str]:
        value = self._s.value("files/last_step", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    # language ("" = follow the system on first start)
    def language(self) -> str:
        return str(self._s.value("ui/language", ""))

    def set_language(self, code: str) -> None:
        self._s.setValue("ui/language", code)

    # moderation
    def sound_on_time_up(self) -> bool:
        """A short system sound when a step's time box is used up (off by default: rooms differ)."""
        return self._flag("moderation/sound", False)

    def set_sound_on_time_up(self, on: bool) -> None:
        self._set_flag("moderation/sound", on)

    def projector_screen(self) -> str:
        """Name of the screen last used as projector ("" = none chosen yet)."""
        return str(self._s.value("moderation/projector_screen", ""))

    def set_projector_screen(self, name: str) -> None:
        self._s.setValue("moderation/projector_screen", name)

    def sidebar_visible(self) -> bool:
        return self._flag("ui/sidebar", True)

    def set_sidebar_visible(self, on: bool) -> None:
        self._set_flag("ui/sidebar", on)

    # INI files keep booleans as text; one spelling for writing and reading.
    def _flag(self, key: str, default: bool) -> bool:
        return str(self._s.value(key, "true" if default else "false")).lower() == "true"

    def _set_flag(self, key: str, on: bool) -> None:
        self._s.setValue(key, "true" if on else "false")

    def sync(self) -> None:
        self._s.sync()


__all__ = ["Settings", "APP_NAME", "ORG_NAME"]
