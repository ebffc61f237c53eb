"""The judge of every formatted file: deep, type-strict equality of two loaded documents
(``1``, ``1.0`` and ``True`` are different values here)."""

from __future__ import annotations

import math
from typing import Any


def same_scalar(a: Any, b: Any) -> bool:
    """Strict equality of two scalars: 1, 1.0 and True are different values here."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and bool(a) == bool(b)
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and str(a) == str(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, int) and isinstance(b, int):
        return int(a) == int(b)
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or float(a) == float(b)
    return False


def same_data(a: Any, b: Any) -> bool:
    """Deep, type-strict equality of two loaded documents."""
    if isinstance(a, dict) and isinstance(b, dict):
        return set(a) == set(b) and all(same_data(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_data(x, y) for x, y in zip(a, b))
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        return False
    return same_scalar(a, b)
