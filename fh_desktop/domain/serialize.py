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

from fh_desktop.domain import model, scales
from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

FORMAT = "fh-workshop"
# Version of the dump layout; bumped when a key is renamed or removed. Version 2: an
# earlier round holds ``counts`` per value of the item's scale instead of yes/partly/no/unknown.
DUMP_SCHEMA_VERSION = 2
READABLE_VERSIONS = (1, 2)  # a version-1 dump is read and brought to the current layout

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
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise ValidationError(
            _BAD, path="schema_version", problem=f"Version {version!r} wird nicht unterstützt"
        )
    body = {k: v for k, v in raw.items() if k not in ("format", "schema_version")}
    if version == 1:
        body = _from_version_1(body)
    return _decode(model.WorkshopData, body, "")


_V1_TICK = ("yes", "partly", "no", "unknown")


def _from_version_1(body: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept an earlier round as ``{number, yes, partly, no, unknown}``.

    Each earlier item gets its scale (inferred as migration 0005 does for a file) and each
    round its ``counts``. Graded and frequency levels were never recorded in version 1:
    such an item's rounds are left out rather than shown as "nobody chose a level".
    Anything not shaped as expected is passed on unchanged for ``_decode`` to name.
    """
    earlier = body.get("earlier")
    if not isinstance(earlier, list):
        return body
    checklist = _obj(body.get("checklist"))
    catalog = _obj(checklist.get("catalog"))
    offered: list[Any] = catalog["scale"] if isinstance(catalog.get("scale"), list) else list(_V1_TICK)
    raw_items: list[Any] = checklist["items"] if isinstance(checklist.get("items"), list) else []
    items = {i.get("code"): i for i in raw_items if isinstance(i, dict)}
    out: list[Any] = []
    for e in earlier:
        if isinstance(e, dict) and isinstance(e.get("items"), list):
            ours = items if e.get("catalog_key") == catalog.get("key") else {}
            e = {**e, "items": [_v1_item(it, ours, offered) for it in e["items"]]}
        out.append(e)
    return {**body, "earlier": out}


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _v1_item(it: Any, items: dict[Any, Any], offered: list[Any]) -> Any:
    if not isinstance(it, dict) or "scale" in it or not isinstance(it.get("rounds", []), list):
        return it
    old = it.get("rounds", [])
    if not all(isinstance(r, dict) for r in old):
        return it
    cur = _obj(items.get(it.get("code")))
    same = bool(cur) and _words(cur.get("statement")) == _words(it.get("statement"))
    joint = it.get("joint_value")
    if any(r.get(v) for r in old for v in scales.TICK_LEVELS):
        scale = scales.TICK
    elif joint in scales.GRADED_LEVELS:
        scale = scales.GRADED
    elif joint in scales.FREQUENCY_LEVELS:
        scale = scales.FREQUENCY
    else:
        scale = cur.get("scale", scales.TICK) if same else scales.TICK
    rounds = []
    if scale == scales.TICK:
        values = offered if same else _V1_TICK
        for r in old:
            rest = {k: v for k, v in r.items() if k not in _V1_TICK}  # number, and unknown keys for _decode to refuse
            rounds.append({**rest, "counts": {v: r.get(v, 0) for v in _V1_TICK if v in values or r.get(v)}})
    return {**it, "scale": scale, "rounds": rounds}


def _words(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


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
    if origin is dict:
        if not isinstance(value, dict):
            raise ValidationError(_BAD, path=path, problem="Objekt erwartet")
        return {
            _decode(args[0], k, f"{path}/{k}"): _decode(args[1], v, f"{path}/{k}") for k, v in value.items()
        }
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
