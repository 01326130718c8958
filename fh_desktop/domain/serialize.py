"""The documented JSON form of a workshop (``fh-desktop dump`` / ``restore``).

See ``docs/dump-format.md``. Conversion is driven by the dataclass fields of
``domain.model``, so adding a field adds it to the dump; reading validates every
value's type and names the offending path in the error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from typing import Any

from fh_desktop.domain import model
from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

FORMAT = "fh-workshop"
# Version of the dump layout; bumped when a key is renamed or removed.
DUMP_SCHEMA_VERSION = 1

_BAD = QT_TRANSLATE_NOOP("errors", "Ungültige Workshop-Daten bei „{path}“: {problem}")


def to_dict(data: model.WorkshopData) -> dict[str, Any]:
    out: dict[str, Any] = {"format": FORMAT, "schema_version": DUMP_SCHEMA_VERSION}
    out.update(_encode(data))
    return out


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_dict(raw: Any) -> model.WorkshopData:
    if not isinstance(raw, dict):
        raise ValidationError(_BAD, path="/", problem="kein JSON-Objekt")
    if raw.get("format") != FORMAT:
        raise ValidationError(_BAD, path="format", problem=f"erwartet „{FORMAT}“")
    version = raw.get("schema_version")
    if version != DUMP_SCHEMA_VERSION:
        raise ValidationError(
            _BAD, path="schema_version", problem=f"Version {version!r} wird nicht unterstützt"
        )
    body = {k: v for k, v in raw.items() if k not in ("format", "schema_version")}
    return _decode(model.WorkshopData, body, "")


def _decode(tp: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union or (origin is not None and str(origin) == "<class 'types.UnionType'>"):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _decode(inner[0], value, path)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ValidationError(_BAD, path=path or "/", problem="Objekt erwartet")
        hints = typing.get_type_hints(tp)
        known = {f.name for f in dataclasses.fields(tp)}
        unknown = set(value) - known
        if unknown:
            raise ValidationError(
                _BAD, path=path or "/", problem=f"unbekannte Felder {sorted(unknown)}"
            )
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in value:
                kwargs[f.name] = _decode(hints[f.name], value[f.name], f"{path}/{f.name}")
        return tp(**kwargs)
    if origin is list:
        if not isinstance(value, list):
            raise ValidationError(_BAD, path=path, problem="Liste erwartet")
        return [_decode(args[0], v, f"{path}[{i}]") for i, v in enumerate(value)]
    if tp is dt.date:
        if not isinstance(value, str):
            raise ValidationError(_BAD, path=path, problem="Datum (JJJJ-MM-TT) erwartet")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValidationError(_BAD, path=path, problem=f"kein Datum: {value!r}") from None
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValidationError(_BAD, path=path, problem="Zahl erwartet")
        return float(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(_BAD, path=path, problem="ganze Zahl erwartet")
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise ValidationError(_BAD, path=path, problem="true/false erwartet")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise ValidationError(_BAD, path=path, problem="Text erwartet")
        return value
    raise ValidationError(_BAD, path=path, problem=f"unerwarteter Typ {tp!r}")
