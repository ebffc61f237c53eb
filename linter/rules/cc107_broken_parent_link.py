"""A plan's parent is not in the corpus, or parent links form a cycle.

Kế hoạch cấp trên không có trong kho, hoặc các liên kết cấp trên tạo thành vòng.

[vi]
**Kiểm tra gì.** `parent` phải là slug của một kế hoạch trong kho; chuỗi kế hoạch
cấp trên không được quay vòng.

**Vì sao quan trọng.** Quan hệ cấp trên–cấp dưới là cơ sở để so chỉ tiêu hằng năm
với mốc của kế hoạch giai đoạn; liên kết gãy thì phép so sánh không chạy.

**Cách sửa.** Sửa slug; nếu kế hoạch cấp trên chưa có trong kho, chép nó vào
hoặc bỏ `parent` và ghi văn bản đó là một trích dẫn.

[en]
**What it checks.** `parent` must be the slug of a corpus plan; the chain of
parents must not loop.

**Why it matters.** The parent link is what lets annual targets be held
against the multi-year plan's milestones; a broken link silently disables that.

**How to fix.** Fix the slug; if the parent plan is not in the corpus yet,
transcribe it, or drop `parent` and record the document as a citation.

[fires]
parent: ba-ria-vung-tau-4655-qd-ubnd-2012

[passes]
parent: ba-ria-vung-tau-4655-qd-ubnd-2021
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC107"
NAME = "broken-parent-link"
FAMILY = "references"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Kế hoạch cấp trên “{parent}” không có trong kho. Sửa slug trong `parent`.",
    "Parent plan '{parent}' is not in the corpus. Fix the slug in `parent`.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "cycle": (
        "Quan hệ kế hoạch cấp trên tạo thành vòng lặp ({chain}). Sửa `parent`.",
        "The parent links form a cycle ({chain}). Fix `parent`.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    plans = ctx.corpus.plans
    for plan in plans.values():
        if not plan.parent:
            continue
        if plan.parent not in plans:
            yield Finding(CODE, ctx.loc(plan, "/parent"), {"parent": plan.parent})
            continue
        chain = [plan.slug]
        current = plans.get(plan.parent)
        while current is not None:
            if current.slug in chain:
                yield Finding(
                    CODE, ctx.loc(plan, "/parent"), {"parent": plan.parent, "variant": "cycle", "chain": " → ".join([*chain, current.slug])}
                )
                break
            chain.append(current.slug)
            current = plans.get(current.parent) if current.parent else None
