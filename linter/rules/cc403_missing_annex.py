"""The document refers to an annex that is not in it.

Văn bản nhắc tới một phụ lục không có trong văn bản.

[vi]
**Kiểm tra gì.** Một phụ lục được ghi với `present: false` (văn bản nhắc tới
“kèm theo Phụ lục …” nhưng không in phụ lục), hoặc một mục ghi
`refers_to_annex` mà không phụ lục nào trong `annexes` khớp tên.

**Vì sao quan trọng.** Các nhiệm vụ cụ thể thường nằm trong phụ lục; thiếu phụ
lục thì kế hoạch không còn đủ nhiệm vụ, cơ quan chủ trì và thời hạn.

**Cách sửa.** Tìm bản đầy đủ của văn bản và chép phụ lục. Nếu văn bản công bố
thật sự không kèm phụ lục, giữ `present: false` và xác nhận phát hiện.

[en]
**What it checks.** An annex recorded with `present: false` (the document says
"with the attached Appendix …" but does not print it), or a section with
`refers_to_annex` when no annex in `annexes` matches the name.

**Why it matters.** The concrete tasks usually live in the annex; without it
the plan lacks its tasks, lead agencies and deadlines.

**How to fix.** Find the complete document and transcribe the annex. If the
published document really comes without it, keep `present: false` and
acknowledge the finding.

[fires]
annexes:
  - {id: PL, title: {vi: "Phụ lục nhiệm vụ", en: "Appendix of tasks"}, present: false}

[passes]
annexes:
  - {id: PL, title: {vi: "Phụ lục nhiệm vụ", en: "Appendix of tasks"}, present: true}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model import Annex
from ..textnorm import fold
from ._context import Context

CODE = "CC403"
NAME = "missing-annex"
FAMILY = "structure"
SEVERITY = "warning"


def _matches(reference: str, annexes: list[Annex]) -> bool:
    ref = fold(reference)
    if ref in ("phu luc", "") and annexes:
        return True
    return any(ref == fold(a.id) or ref in fold(a.title.vi) or fold(a.title.vi) in ref for a in annexes)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for annex in plan.annexes:
            if not annex.present:
                yield Finding(CODE, ctx.loc(plan, annex.pointer + "/present"), {"annex": annex.title.vi})
        # A reference to an annex recorded as absent is reported once, on the annex.
        recorded = list(plan.annexes)
        for section in plan.all_sections():
            if section.refers_to_annex and not _matches(section.refers_to_annex, recorded):
                yield Finding(CODE, ctx.loc(plan, section.pointer + "/refers_to_annex"), {"annex": section.refers_to_annex})
