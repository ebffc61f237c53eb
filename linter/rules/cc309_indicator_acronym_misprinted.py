"""An index acronym printed one letter away from the index it names.

Tên viết tắt của chỉ số in lệch một chữ so với chỉ số được nêu.

[vi]
**Kiểm tra gì.** Trong mọi đoạn văn bản của kế hoạch (tiêu đề và đoạn văn của mục,
mục tiêu, câu chỉ tiêu, câu kết quả, nhiệm vụ, phân công), chữ viết tắt trong
ngoặc đứng sau “Chỉ số …” (ví dụ “Chỉ số năng lực cạnh tranh cấp tỉnh (PIC)”,
“Chỉ số cải cách hành chính (PAR INDER)”) được so với chữ viết tắt của các chỉ số
trong danh mục (PCI, PAR INDEX …), không phân biệt hoa thường và dấu cách
(“ParIndex” là PAR INDEX), ở dạng chuẩn (`textnorm.canonical`). Chữ không phải của chỉ số nào nhưng chỉ khác
một chữ cái (hoặc hai chữ cái đảo chỗ) của một chỉ số là một phát hiện.

**Vì sao quan trọng.** Dữ liệu giữ đúng như in, nên lỗi in nằm lại trong văn bản;
người đọc tìm “PCI” sẽ không thấy đoạn in “PIC”, và người biên tập có thể tưởng
đó là một chỉ số khác.

**Cách sửa.** Không sửa chữ in. Ghi đúng mã chỉ số (`indicator`) ở chỉ tiêu, kết
quả; xác nhận phát hiện với lý do nêu chữ in và chữ đúng.

[en]
**What it checks.** In every text of a plan (section headings and paragraphs,
objectives, target and result sentences, tasks, assignments), an
acronym in parentheses after "Chỉ số …" (e.g. "Chỉ số năng lực cạnh tranh cấp
tỉnh (PIC)", "Chỉ số cải cách hành chính (PAR INDER)") is compared with the
acronyms of the registry's indicators (PCI, PAR INDEX …), case and spacing
aside ("ParIndex" is PAR INDEX), in the canonical form (`textnorm.canonical`). One
that belongs to no
indicator but is one letter away from one (or has two letters swapped) is a
finding.

**Why it matters.** The data keeps the text as printed, so the misprint stays in
it; a reader searching for "PCI" will not find the paragraph that prints "PIC",
and an editor may take it for another index.

**How to fix.** Do not change the printed text. Give the right indicator code
(`indicator`) on targets and results, and acknowledge the finding with a reason
naming the printed and the right acronym.

[fires]
sections:
  - {id: "I", number: "I.", paragraphs: [{vi: "cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PIC)", en: "improve the PCI (printed PIC)"}]}

[passes]
sections:
  - {id: "I", number: "I.", paragraphs: [{vi: "cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", en: "improve the PCI"}]}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._indices import acronym_key, acronyms, named, one_letter_from
from ._text import blocks

CODE = "CC309"
NAME = "indicator-acronym-misprinted"
FAMILY = "targets"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Văn bản in “{printed}”, gần với chữ viết tắt “{expected}” của chỉ số {indicator}: có lẽ là lỗi in. Giữ chữ in; ghi mã chỉ số đúng và xác nhận phát hiện.",
    "The document prints '{printed}', one letter from '{expected}', the acronym of indicator {indicator}: probably a misprint. Keep the printed text; give the right indicator code and acknowledge.",
)


def check(ctx: Context) -> Iterator[Finding]:
    known = acronyms(ctx.corpus)
    for plan in ctx.plans():
        if not ctx.reported(plan):
            continue
        for block in blocks(plan):
            for n in named(block.text):
                close = one_letter_from(n.key, known) if n.form == "paren" else None
                if close is None:
                    continue
                code = known[close]
                ind = ctx.corpus.indicators[code]
                shown = next((a for a in (*ind.aliases, code.replace("-", " ")) if acronym_key(a) == close), close)
                yield Finding(CODE, ctx.loc(plan, block.pointer), {"printed": n.printed, "expected": shown, "indicator": code})
