"""bench/compare_outputs.py: every changed event between two system outputs, article by article."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _event(article: str, sub: str, actor2_type: int | None = 7) -> dict:
    return {"article_id": article, "event_type": "x", "sub_event_type": sub, "event_date": "2024-01-01",
            "actor1": {"name": "Gunmen", "type": 3}, "interaction": None, "location": None,
            "actor2": None if actor2_type is None else {"name": "Civilians", "type": actor2_type},
            "fatalities": {"best": 1}, "civilian_targeting": True, "modality": "asserted"}


def _write(path: Path, events: list[dict]) -> Path:
    path.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    return path


def test_lists_changed_fields_and_changed_event_counts(tmp_path):
    before = _write(tmp_path / "b.jsonl", [_event("a1", "Attack"), _event("a2", "Attack")])
    after = _write(tmp_path / "a.jsonl", [_event("a1", "Armed clash", actor2_type=1), _event("a2", "Attack"),
                                          _event("a3", "Attack")])
    res = subprocess.run([sys.executable, str(ROOT / "bench" / "compare_outputs.py"), str(before), str(after)],
                         capture_output=True, text=True)
    assert res.returncode == 1
    lines = res.stdout.splitlines()
    assert "a1\t#0\tsub_event_type: Attack -> Armed clash" in lines
    assert "a1\t#0\tactor2: Civilians [7] -> Civilians [1]" in lines
    assert "a3\t  \tevents: 0 -> 1" in lines
    assert not any(line.startswith("a2") for line in lines)


def test_identical_outputs_exit_zero(tmp_path):
    same = _write(tmp_path / "s.jsonl", [_event("a1", "Attack")])
    res = subprocess.run([sys.executable, str(ROOT / "bench" / "compare_outputs.py"), str(same), str(same)],
                         capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout == ""
    assert "changes: none" in res.stderr
