"""A text of the plan stands in the source, but in another order.

Một văn bản của kế hoạch có trong nguồn nhưng theo thứ tự khác.

[vi]
**Kiểm tra gì.** Tiêu đề, đoạn văn và dòng phụ lục của kế hoạch được xếp theo thứ
tự của văn bản. Trình kiểm tra đặt chúng dọc theo văn bản nguồn (chuỗi dài nhất
giữ đúng thứ tự); một đoạn có trong nguồn nhưng nằm ngoài chuỗi đó (ví dụ một đoạn
bị đặt vào mục khác, hay câu kết đặt lên đầu mục) là một phát hiện, ghi dòng của
nó trong nguồn.

**Vì sao quan trọng.** Trang web và bản tải về trình bày kế hoạch theo thứ tự các
mục; một đoạn đặt sai chỗ đổi nghĩa của mục chứa nó (đoạn ấy giao việc cho ai,
thuộc lĩnh vực nào).

**Cách sửa.** Chuyển đoạn về đúng mục, đúng vị trí như trong nguồn.

[en]
**What it checks.** A plan's headings, paragraphs and appendix rows are kept in
the document's order. The linter places them along the source text (the longest
chain that keeps their order); a text found in the source but off that chain (a
paragraph stored in another section, a closing sentence put at the top of a
section) is a finding, naming its line in the source.

**Why it matters.** The site and the downloads present the plan section by
section; a paragraph in the wrong place changes the meaning of the section that
holds it (whom it assigns, which reform area it belongs to).

**How to fix.** Move the paragraph back to its section and place, as in the source.

[fires]
source_text: |
  - Nâng cao chất lượng giải quyết thủ tục hành chính.
  Trên đây là Kế hoạch cải cách hành chính năm 2022.
sections:
  - id: "I"
    number: "I."
    paragraphs:
      - {vi: "Trên đây là Kế hoạch cải cách hành chính năm 2022.", en: "The above is the 2022 plan."}   # printed last
      - {vi: "- Nâng cao chất lượng giải quyết thủ tục hành chính.", en: "- Improve the handling of procedures."}

[passes]
source_text: |
  - Nâng cao chất lượng giải quyết thủ tục hành chính.
  Trên đây là Kế hoạch cải cách hành chính năm 2022.
sections:
  - id: "I"
    number: "I."
    paragraphs:
      - {vi: "- Nâng cao chất lượng giải quyết thủ tục hành chính.", en: "- Improve the handling of procedures."}
      - {vi: "Trên đây là Kế hoạch cải cách hành chính năm 2022.", en: "The above is the 2022 plan."}
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ._context import Context
from ._provenance import checked_plans, excerpt, severity, source_location

CODE = "CC603"
NAME = "text-out-of-order"
FAMILY = "provenance"
SEVERITY = "error"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "“{text}” đứng ở dòng {line} của {source}, không theo thứ tự của kế hoạch. Chuyển đoạn về đúng mục, đúng vị trí như trong nguồn.",
    "'{text}' stands at line {line} of {source}, out of the plan's order. Move it back to its section and place, as in the source.",
)


def check(ctx: Context) -> Iterator[Finding]:
    for plan in checked_plans(ctx):
        alignment = ctx.alignment(plan)
        assert alignment is not None and plan.transcription is not None
        for placed in alignment.out_of_order:
            text = alignment.source.norm[placed.start : placed.end]
            yield Finding(
                CODE,
                ctx.loc(plan, placed.pointer),
                {
                    "text": excerpt(text, 60),
                    "source": plan.transcription.source,
                    "line": placed.first_line,
                },
                (source_location(ctx, plan, placed.first_line),),
                severity=severity(plan),
            )
