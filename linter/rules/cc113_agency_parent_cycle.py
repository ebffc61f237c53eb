"""Agencies whose registry parents form a cycle.

Các cơ quan có quan hệ cấp trên trong danh mục tạo thành vòng.

[vi]
**Kiểm tra gì.** `parent` của một cơ quan trỏ tới cơ quan cấp trên. Đi theo chuỗi
`parent` phải kết thúc ở một cơ quan không có cấp trên; một chuỗi quay về chính
nó (A thuộc B, B thuộc A) là một phát hiện, báo một lần cho mỗi vòng.

**Vì sao quan trọng.** Trang cơ quan và các quy tắc về phân công đi theo cấp
trên; một vòng làm sai quan hệ trực thuộc và không kết thúc được.

**Cách sửa.** Sửa `parent` của cơ quan sai trong vòng.

[en]
**What it checks.** An agency's `parent` names the body above it. Following
`parent` must end at an agency with no parent; a chain that comes back to itself
(A under B, B under A) is a finding, reported once per cycle.

**Why it matters.** Agency pages and the assignment rules follow the chain of
parents; a cycle misstates who reports to whom and never ends.

**How to fix.** Correct the `parent` of the wrong agency in the cycle.

[fires]
agencies:
  - {id: tinh-a/so-a, name: {vi: "Sở A", en: "Department A"}, level: tinh, kind: single, parent: tinh-a/so-b}
  - {id: tinh-a/so-b, name: {vi: "Sở B", en: "Department B"}, level: tinh, kind: single, parent: tinh-a/so-a}

[passes]
agencies:
  - {id: tinh-a/ubnd-tinh, name: {vi: "UBND tỉnh", en: "Provincial People's Committee"}, level: tinh, kind: single}
  - {id: tinh-a/so-a, name: {vi: "Sở A", en: "Department A"}, level: tinh, kind: single, parent: tinh-a/ubnd-tinh}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC113"
NAME = "agency-parent-cycle"
FAMILY = "references"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Cấp trên của cơ quan tạo thành vòng: {chain}. Sửa `parent` của cơ quan sai trong vòng.",
    "The agencies' parents form a cycle: {chain}. Correct the `parent` of the wrong one.",
)


def check(ctx: Context) -> Iterator[Finding]:
    agencies = ctx.corpus.agencies
    reported: set[frozenset[str]] = set()
    for start in agencies.values():
        chain: list[str] = []
        node = start.id
        while node in agencies and node not in chain:
            chain.append(node)
            node = agencies[node].parent or ""
        if node in chain:
            cycle = chain[chain.index(node) :]
            key = frozenset(cycle)
            if key in reported:
                continue
            reported.add(key)
            first = agencies[min(cycle)]
            yield Finding(
                CODE,
                ctx.registry_loc(first.path, first.pointer + "/parent"),
                {"agency": first.id, "chain": " → ".join(cycle[cycle.index(first.id) :] + cycle[: cycle.index(first.id)] + [first.id])},
            )
