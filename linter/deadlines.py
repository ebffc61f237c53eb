"""Read a deadline as printed in Vietnamese into its typed form.

``parse("Quý III-IV/2021")`` → ``{"kind": "quarter-span", "quarter": 3,
"quarter_end": 4, "year": 2021}``. Used to check that a transcribed deadline's
typed fields agree with its printed string (rule CC207) and to suggest the
typed form to editors. Returns ``None`` when the string is not understood;
that is not an error in itself.
"""

from __future__ import annotations

import re
from typing import Any

from .textnorm import fold

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_Q = r"(i{1,3}|iv|[1-4])"


def _q(token: str) -> int:
    return _ROMAN.get(token, 0) or int(token)


def parse(printed: str) -> dict[str, Any] | None:
    """The typed deadline that ``printed`` describes, or None when not understood."""
    s = fold(printed).rstrip(".;, ")
    if not s:
        return {"kind": "none"}
    s = re.sub(r"^(truoc|trong|den|hoan thanh|hoan thanh trong|chậm nhat|cham nhat)\s+", "", s)
    m = re.fullmatch(rf"quy\s+{_Q}\s*[-–,]\s*(?:quy\s+)?{_Q}\s*(?:/|nam)\s*(\d{{4}})", s)
    if m:
        return {"kind": "quarter-span", "quarter": _q(m.group(1)), "quarter_end": _q(m.group(2)), "year": int(m.group(3))}
    m = re.fullmatch(rf"quy\s+{_Q}\s*(?:/|nam)\s*(\d{{4}})", s)
    if m:
        return {"kind": "quarter", "quarter": _q(m.group(1)), "year": int(m.group(2))}
    m = re.fullmatch(r"thang\s+(\d{1,2})\s*(?:/|nam)\s*(\d{4})", s)
    if m and 1 <= int(m.group(1)) <= 12:
        return {"kind": "month", "month": int(m.group(1)), "year": int(m.group(2))}
    m = re.fullmatch(r"(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", s)
    if m:
        return {"kind": "date", "date": f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"}
    m = re.fullmatch(r"6 thang (dau|cuoi) nam\s*(\d{4})", s)
    if m:
        return {"kind": "half-year", "half": 1 if m.group(1) == "dau" else 2, "year": int(m.group(2))}
    m = re.fullmatch(r"(?:nam\s+)?(\d{4})\s*[-–]\s*(\d{4})", s) or re.fullmatch(
        r"(?:giai doan|tu nam)\s+(\d{4})\s*(?:[-–]|den nam|den)\s*(\d{4})", s
    )
    if m:
        return {"kind": "year-span", "start_year": int(m.group(1)), "end_year": int(m.group(2))}
    m = re.fullmatch(r"(?:nam\s+)?(\d{4})", s) or re.fullmatch(r"(?:cuoi nam|het nam|trong nam)\s+(\d{4})", s)
    if m:
        return {"kind": "year", "year": int(m.group(1))}
    if re.fullmatch(r"(hang nam|hangnam|dinh ky hang nam|hang nam va dot xuat)", s):
        return {"kind": "recurring", "every": "year"}
    if re.fullmatch(r"(dinh ky )?hang quy", s):
        return {"kind": "recurring", "every": "quarter"}
    if re.fullmatch(r"(dinh ky )?hang thang", s):
        return {"kind": "recurring", "every": "month"}
    if re.fullmatch(r"(dinh ky )?(6 thang|hang nam va 6 thang|6 thang, hang nam)", s):
        return {"kind": "recurring", "every": "half-year"}
    if re.fullmatch(r"thuong xuyen( lien tuc)?", s):
        return {"kind": "continuous"}
    if s.startswith(("theo lo trinh", "theo huong dan", "thuc hien theo lo trinh", "theo ke hoach", "theo quy dinh", "theo chi dao")):
        return {"kind": "external"}
    return None


#: The typed fields compared for each kind.
FIELDS = {
    "date": ("date",),
    "month": ("month", "year"),
    "quarter": ("quarter", "year"),
    "quarter-span": ("quarter", "quarter_end", "year"),
    "half-year": ("half", "year"),
    "year": ("year",),
    "year-span": ("start_year", "end_year"),
    "recurring": ("every",),
    "continuous": (),
    "external": (),
    "none": (),
}


def describe(parsed: dict[str, Any]) -> str:
    """A compact description of a parsed deadline: ``quarter(quarter=4, year=2021)``."""
    kind = parsed["kind"]
    args = ", ".join(f"{k}={parsed[k]}" for k in FIELDS.get(kind, ()) if k in parsed)
    return f"{kind}({args})" if args else kind
