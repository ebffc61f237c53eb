"""How strong a target is, so targets can be compared across years and plans.

A target is reduced to a *bound* on its indicator: ``("rank", 10)`` for "top
10" (smaller is stronger), ``("level", 85, "higher")`` for "at least 85%"
(larger is stronger when higher is better). Targets of different shapes
(a rank and a percentage, an increase and a level) are not comparable.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Indicator, Target


@dataclass(frozen=True)
class Bound:
    shape: str  # "rank" | "level"
    unit: str
    value: float
    better: str  # "higher" | "lower": which direction is stronger

    def weaker_than(self, other: Bound) -> bool | None:
        """True when this bound asks less than ``other``; None when not comparable."""
        if (self.shape, self.unit, self.better) != (other.shape, other.unit, other.better):
            return None
        if self.better == "higher":
            return self.value < other.value
        return self.value > other.value


def bound(target: Target, indicator: Indicator | None) -> Bound | None:
    if target.comparator == "top" or target.unit in ("rank", "group"):
        if target.comparator in ("top", "at-most", "exactly", "maintain"):
            return Bound("rank", target.unit, target.value, "lower")
        return None
    better = indicator.better if indicator else "higher"
    if target.comparator in ("at-least", "more-than", "exactly", "maintain", "range"):
        return Bound("level", target.unit, target.value, better) if better == "higher" else None
    if target.comparator in ("at-most", "less-than"):
        return Bound("level", target.unit, target.value, better) if better == "lower" else None
    return None


def describe(target: Target) -> str:
    """Compact reading of a target: ``≥ 85 %``, ``top 10``."""
    sym = {
        "at-least": "≥",
        "more-than": ">",
        "at-most": "≤",
        "less-than": "<",
        "exactly": "=",
        "maintain": "=",
        "top": "top",
        "increase-by": "+",
        "decrease-by": "−",
    }.get(target.comparator, "")
    unit = {"percent": "%", "rank": "", "percentage-points": " pp", "days": " d", "group": ""}.get(target.unit, f" {target.unit}")
    value = f"{target.value:g}"
    if target.comparator == "range" and target.value_max is not None:
        return f"{value}–{target.value_max:g}{unit}"
    return f"{sym} {value}{unit}".strip()
