"""An index named with another index's acronym, or an index acronym no registry knows.

Chỉ số được gọi bằng chữ viết tắt của chỉ số khác, hoặc chữ viết tắt chỉ số không có trong danh mục.

[vi]
**Kiểm tra gì.** Trong mọi đoạn văn bản của kế hoạch (tiêu đề và đoạn văn của mục,
mục tiêu, câu chỉ tiêu, câu kết quả, nhiệm vụ, phân công), chữ viết tắt đứng cạnh
chữ “chỉ số” hoặc “index”: trong ngoặc sau “Chỉ số …” (“Chỉ số năng lực cạnh tranh
cấp tỉnh (PCI)”), ngay sau “chỉ số” (“chỉ số PAPI”) hoặc ngay trước “Index” (“ICT
Index”). Có hai loại phát hiện:

- tên chỉ số in trước ngoặc là tên một chỉ số trong danh mục, nhưng chữ viết tắt
  trong ngoặc là của một chỉ số khác (“Chỉ số cải cách hành chính (PAPI)”);
- chữ viết tắt (chữ Latinh in hoa, từ 3 chữ cái) không phải của chỉ số nào trong
  danh mục. Chữ chỉ lệch một chữ cái so với chữ của một chỉ số, trong ngoặc, là việc
  của CC309 và không bị báo lại ở đây.

Chữ viết tắt của một chỉ số là mã của nó, chữ trong ngoặc ở tên, các tên khác viết
hoa và chữ viết hoa đứng sau “Chỉ số” trong tên khác (“Chỉ số CCHC”); “ICT” là “ICT
Index” bỏ chữ “Index”. Tên được so ở dạng chuẩn (`textnorm.key`): cách bỏ dấu cũ hay
mới, dạng Unicode, hoa thường không làm khác kết quả.

**Vì sao quan trọng.** Người đọc tìm một chỉ số theo chữ viết tắt của nó; chữ của
chỉ số khác dẫn họ sang chỉ số khác, còn chữ lạ có thể là lỗi in hoặc một chỉ số
danh mục chưa có.

**Cách sửa.** Không sửa chữ in. Nếu đó là một chỉ số thật chưa có trong danh mục,
thêm nó (hoặc thêm chữ viết tắt vào `aliases` của chỉ số); nếu văn bản in sai, xác
nhận phát hiện với lý do nêu chữ in và chữ đúng.

[en]
**What it checks.** In every text of a plan (section headings and paragraphs,
objectives, target and result sentences, tasks, assignments), an acronym next to
the word “chỉ số” or “index”: in parentheses after “Chỉ số …” (“Chỉ số năng lực
cạnh tranh cấp tỉnh (PCI)”), right after “chỉ số” (“chỉ số PAPI”) or right before
“Index” (“ICT Index”). There are two kinds of finding:

- the index name printed before the parentheses is the name of a registry index,
  but the acronym in them is another index's (“Chỉ số cải cách hành chính (PAPI)”:
  the PAR INDEX named with PAPI's acronym);
- the acronym (upper-case Latin letters, 3 or more) belongs to no index of the
  registry. One a single letter away from an index's acronym, in parentheses, is
  CC309's finding and is not reported again here.

An index's acronyms are its code, the acronym in parentheses in its name, its
all-capital aliases and the capitals after “Chỉ số” in an alias (“Chỉ số CCHC”);
“ICT” is “ICT Index” without the word “Index”. Names are compared in the canonical
form (`textnorm.key`): old or new tone placement, Unicode form and case do not
change the result.

**Why it matters.** Readers look an index up by its acronym; another index's
acronym sends them to the wrong index, and an unknown one is a misprint or an index
the registry lacks.

**How to fix.** Do not change the printed text. If it is a real index the registry
lacks, add it (or add the acronym to the index's `aliases`); if the document
misprints it, acknowledge the finding with a reason naming the printed and the
right acronym.

[fires]
sections:
  - {id: "I", number: "I.", paragraphs: [{vi: "Cải thiện Chỉ số cải cách hành chính (PAPI) của tỉnh.", en: "Improve the province's PAR INDEX (printed PAPI)."}]}

[passes]
sections:
  - {id: "I", number: "I.", paragraphs: [{vi: "Cải thiện Chỉ số cải cách hành chính (PAR INDEX) và chỉ số PAPI của tỉnh.", en: "Improve the province's PAR INDEX and PAPI."}]}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding
from ..textnorm import key
from ._context import Context
from ._indices import acronyms, index_names, named, one_letter_from
from ._text import blocks

CODE = "CC320"
NAME = "index-acronym-unknown"
FAMILY = "targets"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Chữ viết tắt “{printed}” đứng cạnh “chỉ số” nhưng không phải của chỉ số nào trong danh mục. Thêm chỉ số (hoặc chữ viết tắt vào `aliases`) nếu đó là chỉ số thật; nếu văn bản in sai, xác nhận phát hiện.",
    "The acronym '{printed}' stands next to “chỉ số” (index) but belongs to no index in the registry. Add the index (or the acronym to its `aliases`) if it is a real one; if the document misprints it, acknowledge the finding.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "other": (
        "“{text}” là tên chỉ số {indicator} ({expected}), nhưng chữ viết tắt in kèm “{printed}” là của chỉ số {other}. Giữ chữ in; ghi mã chỉ số đúng và xác nhận phát hiện.",
        "'{text}' is the name of indicator {indicator} ({expected}), but the acronym printed with it, '{printed}', is indicator {other}'s. Keep the printed text; give the right indicator code and acknowledge.",
    ),
}

_LATIN = re.compile(r"[A-Z]{3,}")


def _acronym_of(ctx: Context, code: str) -> str:
    """The acronym a reader knows an indicator by: its name's acronym in parentheses, else its code."""
    ind = ctx.corpus.indicators[code]
    m = re.search(r"\(([^()]+)\)\s*$", ind.name.vi)
    return m.group(1) if m else code.replace("-", " ")


def check(ctx: Context) -> Iterator[Finding]:
    known = acronyms(ctx.corpus)
    names = index_names(ctx.corpus)
    for plan in ctx.plans():
        if not ctx.reported(plan):
            continue
        for block in blocks(plan):
            for n in named(block.text):
                here = ctx.loc(plan, block.pointer)
                owner = known.get(n.key)
                named_as = names.get(key(n.name)) if n.name else None
                if owner is not None:
                    if named_as is not None and named_as != owner:
                        yield Finding(
                            CODE,
                            here,
                            {
                                "variant": "other",
                                "printed": n.printed,
                                "text": n.name or "",
                                "indicator": named_as,
                                "expected": _acronym_of(ctx, named_as),
                                "other": owner,
                            },
                        )
                    continue
                if not _LATIN.fullmatch(n.key):
                    continue
                if n.form == "paren" and one_letter_from(n.key, known) is not None:
                    continue  # CC309 reports it
                yield Finding(CODE, here, {"printed": n.printed})
