"""Mechanical conversion between ORM rows and domain dataclasses (same field names)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def to_domain(cls: type[T], row: Any) -> T:
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {n: getattr(row, n) for n in names if hasattr(type(row), n)}
    return cls(**values)


def apply(row: Any, values: dict[str, Any]) -> None:
    """Set the given attributes on ``row``; unknown names are a programming error."""
    for name, value in values.items():
        if not hasattr(type(row), name):
            raise AttributeError(f"{type(row).__name__} has no column {name!r}")
        setattr(row, name, value)


def columns_of(obj: Any, row_cls: type, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The dataclass fields of ``obj`` that are columns of ``row_cls``."""
    return {
        f.name: getattr(obj, f.name)
        for f in dataclasses.fields(obj)
        if hasattr(row_cls, f.name) and f.name not in skip
    }
