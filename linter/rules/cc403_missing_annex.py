"""The document refers to an annex that is not in it.

Văn bản nhắc tới một phụ lục không có trong văn bản.

[vi]
**Kiểm tra gì.** Một phụ lục được ghi với `present: false` (văn bản nhắc tới
“kèm theo Phụ lục …” nhưng không in phụ lục), hoặc một mục có
`refers_to_annex: {annex: …}` mà mã đó không phải mã (`id`) của phụ lục nào
trong `annexes`. Mục dẫn tới phụ lục bằng mã, không bằng tên: tên như in ở mục
(`printed`) có thể khác tên của phụ lục mà không bị báo.

**Vì sao quan trọng.** Các nhiệm vụ cụ thể thường nằm trong phụ lục; thiếu phụ
lục thì kế hoạch không còn đủ nhiệm vụ, cơ quan chủ trì và thời hạn.

**Cách sửa.** Tìm bản đầy đủ của văn bản và chép phụ lục. Nếu văn bản công bố
thật sự không kèm phụ lục, giữ `present: false` và xác nhận phát hiện. Nếu mã
dẫn tới không có trong `annexes`, thêm phụ lục đó (với `present: false` nếu
văn bản không in nó) hoặc sửa mã cho đúng một mã đã có.

[en]
**What it checks.** An annex recorded with `present: false` (the document says
"with the attached Appendix …" but does not print it), or a section with
`refers_to_annex: {annex: …}` whose id is not the `id` of any annex in
`annexes`. A section names its annex by id, not by title: the name the section
prints (`printed`) may differ from the annex's title without a finding.

**Why it matters.** The concrete tasks usually live in the annex; without it
the plan lacks its tasks, lead agencies and deadlines.

**How to fix.** Find the complete document and transcribe the annex. If the
published document really comes without it, keep `present: false` and
acknowledge the finding. If the referenced id is not in `annexes`, add that
annex (with `present: false` if the document does not print it) or correct
the id to one that exists.

[fires]
sections:
  - id: "I"
    number: "I."
    heading: {vi: "NHIỆM VỤ", en: "TASKS"}
    paragraphs:
      - {vi: "(Có phụ lục chi tiết kèm theo)", en: "(With a detailed appendix attached)"}
    refers_to_annex: {annex: PL2, printed: "phụ lục chi tiết"}
annexes:
  - {id: PL, title: {vi: "Phụ lục nhiệm vụ", en: "Appendix of tasks"}, present: false}

[passes]
sections:
  - id: "I"
    number: "I."
    heading: {vi: "NHIỆM VỤ", en: "TASKS"}
    paragraphs:
      - {vi: "(Có phụ lục chi tiết kèm theo)", en: "(With a detailed appendix attached)"}
    refers_to_annex: {annex: PL, printed: "phụ lục chi tiết"}
annexes:
  - {id: PL, title: {vi: "Phụ lục nhiệm vụ", en: "Appendix of tasks"}, present: true}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC403"
NAME = "missing-annex"
FAMILY = "structure"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Văn bản nhắc tới phụ lục “{annex}” nhưng phụ lục không có trong văn bản.",
    "The document refers to annex '{annex}' but the annex is not in the document.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "unknown": (
        "Mục này dẫn tới phụ lục có mã “{annex}” nhưng `annexes` không có phụ lục nào mang mã đó (các mã đã có: {known}). Thêm phụ lục vào `annexes` (với `present: false` nếu văn bản không in nó) hoặc sửa `refers_to_annex.annex` thành một mã đã có.",
        "This section refers to the annex with id '{annex}' but no annex in `annexes` has that id (known ids: {known}). Add the annex to `annexes` (with `present: false` if the document does not print it) or correct `refers_to_annex.annex` to a known id.",
    ),
}


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        for annex in plan.annexes:
            if not annex.present:
                yield Finding(CODE, ctx.loc(plan, annex.pointer + "/present"), {"annex": annex.title.vi})
        # A reference to an annex recorded as absent is reported once, on the annex.
        known = {a.id for a in plan.annexes}
        listed = ", ".join(sorted(known)) or "—"
        for section in plan.all_sections():
            ref = section.refers_to_annex
            if ref is not None and ref.annex not in known:
                yield Finding(
                    CODE,
                    ctx.loc(plan, section.pointer + "/refers_to_annex/annex"),
                    {"variant": "unknown", "annex": ref.annex, "known": listed},
                )
