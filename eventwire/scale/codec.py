"""Exact JSON form of the typed records, for records that leave the process.

``Event.to_dict`` renders the contract record, which rounds coordinates and
leaves out fields (place population, span notes, report kinds).  This codec
keeps every field of every nested frozen dataclass, so ``decode(Event,
encode(e)) == e``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from typing import Any


def encode(obj: Any) -> Any:
    """A JSON-ready value holding every field of ``obj`` (nested dataclasses, tuples, dates)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, list)):
        return [encode(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    return obj


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(tp: Any, value: Any) -> Any:
    """Rebuild a value of type ``tp`` from :func:`encode`'s output."""
    if value is None or tp is Any:
        return value
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) != 1:
            raise TypeError(f"cannot decode a value of the union {tp}")
        return decode(options[0], value)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], v) for v in value)
        return tuple(decode(a, v) for a, v in zip(args, value, strict=True))
    if origin is dict:
        _, vt = typing.get_args(tp) or (str, Any)
        return {k: decode(vt, v) for k, v in value.items()}
    if origin is list:
        (it,) = typing.get_args(tp) or (Any,)
        return [decode(it, v) for v in value]
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{f.name: decode(hints[f.name], value[f.name])
                     for f in dataclasses.fields(tp) if f.name in value})
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if tp is dt.datetime:
        return dt.datetime.fromisoformat(value)
    return value


def dumps(obj: Any) -> str:
    return json.dumps(encode(obj), ensure_ascii=False, allow_nan=False)


def loads(tp: Any, text: str) -> Any:
    return decode(tp, json.loads(text))
