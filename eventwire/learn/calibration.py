"""Reliability of a confidence: in bins of stated confidence, how often the decision was right."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    n: int
    mean_confidence: float | None
    accuracy: float | None


def reliability(pairs: Sequence[tuple[float, bool]], bins: int = 10) -> list[Bin]:
    """``pairs`` of (confidence, correct) in ``bins`` equal-width bins over [0, 1]."""
    out = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in pairs if low <= c < high or (b == bins - 1 and c == 1.0)]
        n = len(inside)
        out.append(Bin(low, high, n, sum(c for c, _ in inside) / n if n else None,
                       sum(ok for _, ok in inside) / n if n else None))
    return out


def expected_calibration_error(table: Sequence[Bin]) -> float | None:
    total = sum(b.n for b in table)
    if not total:
        return None
    return sum(b.n * abs(b.mean_confidence - b.accuracy) for b in table if b.n) / total


def format_reliability(table: Sequence[Bin], title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'confidence':<12} {'events':>7} {'mean conf':>10} {'accuracy':>9}")
    for b in table:
        mean = f"{b.mean_confidence:.3f}" if b.n else "-"
        acc = f"{b.accuracy:.3f}" if b.n else "-"
        lines.append(f"{b.low:.1f}-{b.high:.1f}      {b.n:>7} {mean:>10} {acc:>9}")
    ece = expected_calibration_error(table)
    lines.append(f"expected calibration error: {ece:.3f}" if ece is not None else "expected calibration error: -")
    return "\n".join(lines)
