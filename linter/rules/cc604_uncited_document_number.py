"""A document number printed in the source that no citation records.

Một số hiệu văn bản in trong nguồn mà không trích dẫn nào ghi lại.

[vi]
**Kiểm tra gì.** Mọi số hiệu văn bản in trong nguồn (4655/QĐ-UBND,
61/2018/NĐ-CP, 09-NQ/TU, 547/TTr-SNV …) phải có trong số hiệu của chính văn bản,
trong một dòng tự dẫn chiếu hoặc trong một trích dẫn (`number` hay `printed`).
Số hiệu được so ở dạng chuẩn: bỏ khoảng trắng, không phân biệt hoa thường
(“468/QĐ- TTg” là “468/QĐ-TTg”).

**Vì sao quan trọng.** Trích dẫn là cầu nối giữa các văn bản: trang của văn bản
được dẫn liệt kê mọi kế hoạch dẫn nó, và các quy tắc tham chiếu đối chiếu ngày,
cơ quan ban hành. Một trích dẫn bị sót thì mất cả hai.

**Cách sửa.** Thêm một trích dẫn (`citations`) cho lần nhắc đó, với mã văn bản
trong danh mục. Nếu chuỗi trông như số hiệu nhưng không phải văn bản được dẫn,
xác nhận trong `transcription.acknowledgements` với `quote` là số hiệu ấy.

[en]
**What it checks.** Every document number printed in the source (4655/QĐ-UBND,
61/2018/NĐ-CP, 09-NQ/TU, 547/TTr-SNV …) must be the document's own, a
self-reference's, or recorded by a citation (its `number` or `printed`). Numbers
are compared in their normal form: spacing and case ignored ("468/QĐ- TTg" is
"468/QĐ-TTg").

**Why it matters.** Citations link the corpus: a cited document's page lists
every plan that cites it, and the reference rules compare dates and issuers. A
citation left out loses both.

**How to fix.** Add a citation (`citations`) for that mention, with the
document's registry id. If the string looks like a number but is no cited
document, acknowledge it under `transcription.acknowledgements` with `quote` set
to the number.

[fires]
source_text: |
  Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
citations: []

[passes]
source_text: |
  Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;
citations:
  - {id: c1, document: 76-nq-cp-2021, role: legal-basis, printed: "Nghị quyết số 76/NQ-CP ngày 15/7/2021", number: "76/NQ-CP"}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._provenance import checked_plans, severity, source_location

CODE = "CC604"
NAME = "uncited-document-number"
FAMILY = "provenance"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    'Số hiệu “{number}” in ở dòng {line} của {source} nhưng không trích dẫn nào ghi lại. Thêm một trích dẫn cho lần nhắc này; nếu không phải văn bản được dẫn, xác nhận với `quote: "{number}"`.',
    "Number '{number}' is printed at line {line} of {source} but no citation records it. Add a citation for that mention; if it is no cited document, acknowledge it with `quote: \"{number}\"`.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in checked_plans(ctx):
        alignment = ctx.alignment(plan)
        assert alignment is not None and plan.transcription is not None
        for _key, (printed, index) in sorted(alignment.unrecorded_numbers.items(), key=lambda kv: kv[1][1]):
            line = alignment.source.line(index)
            yield Finding(
                CODE,
                ctx.loc(plan, "/transcription/source"),
                {
                    "number": printed,
                    "source": plan.transcription.source,
                    "line": line,
                    "span": printed,
                },
                (source_location(ctx, plan, line),),
                severity=severity(plan),
            )
