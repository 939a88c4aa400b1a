"""Golden note sets written for the tests (``tests/golden/*.jsonl``, in the eval format): reading them,
parametrizing a test over them with the listed misses as strict expected failures, and the article
each note codes as."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.records import Article


def read_notes(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def cases_with_misses(cases: list[dict], misses: dict[str, str]) -> dict:
    """Keyword arguments for ``pytest.mark.parametrize("case", ...)``: every note, those listed in
    ``misses`` (id -> why) marked as strict expected failures, so a fixed miss fails until unlisted."""
    params = [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=misses[c["id"]]))
              if c["id"] in misses else c for c in cases]
    return {"argvalues": params, "ids": [c["id"] for c in cases]}


def article(case: dict) -> Article:
    return Article(id=case["id"], date=dt.date.fromisoformat(case["date"]), text=case["text"])
