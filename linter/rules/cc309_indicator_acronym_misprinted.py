"""An index acronym printed one letter away from the index it names.

Tên viết tắt của chỉ số in lệch một chữ so với chỉ số được nêu.

[vi]
**Kiểm tra gì.** Trong đoạn văn, câu chỉ tiêu và câu kết quả, chữ viết tắt trong
ngoặc đứng sau “Chỉ số …” (ví dụ “Chỉ số năng lực cạnh tranh cấp tỉnh (PIC)”,
“Chỉ số cải cách hành chính (PAR INDER)”) được so với chữ viết tắt của các chỉ số
trong danh mục (PCI, PAR INDEX …), không phân biệt hoa thường và dấu cách
(“ParIndex” là PAR INDEX). Chữ không phải của chỉ số nào nhưng chỉ khác
một chữ cái (hoặc hai chữ cái đảo chỗ) của một chỉ số là một phát hiện.

**Vì sao quan trọng.** Dữ liệu giữ đúng như in, nên lỗi in nằm lại trong văn bản;
người đọc tìm “PCI” sẽ không thấy đoạn in “PIC”, và người biên tập có thể tưởng
đó là một chỉ số khác.

**Cách sửa.** Không sửa chữ in. Ghi đúng mã chỉ số (`indicator`) ở chỉ tiêu, kết
quả; xác nhận phát hiện với lý do nêu chữ in và chữ đúng.

[en]
**What it checks.** In paragraphs, target sentences and result sentences, an
acronym in parentheses after "Chỉ số …" (e.g. "Chỉ số năng lực cạnh tranh cấp
tỉnh (PIC)", "Chỉ số cải cách hành chính (PAR INDER)") is compared with the
acronyms of the registry's indicators (PCI, PAR INDEX …), case and spacing
aside ("ParIndex" is PAR INDEX). One that belongs to no
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

import re
from collections.abc import Iterator

from ..findings import Finding
from ._context import Context

CODE = "CC309"
NAME = "indicator-acronym-misprinted"
FAMILY = "targets"
SEVERITY = "warning"

#: "(PIC)" within a short distance after "Chỉ số": an acronym naming an index.
_NAMED = re.compile(r"[Cc]hỉ số[^()]{0,90}\(([A-ZĐ][A-Za-zĐ]*(?: [A-Z][A-Za-z]*)?)\)")
_PAREN = re.compile(r"\(([^()]{2,20})\)")


def _acronyms(ctx: Context) -> dict[str, str]:
    """Acronym (upper case, single spaces) -> indicator code."""
    out: dict[str, str] = {}
    for ind in ctx.corpus.indicators.values():
        names = [ind.code.replace("-", " "), *list(ind.aliases)]
        names += [m.group(1) for m in _PAREN.finditer(ind.name.vi)] + [m.group(1) for m in _PAREN.finditer(ind.name.en)]
        for n in names:
            if n.replace(" ", "").isalpha() and n.upper() == n and len(n) <= 20:
                out.setdefault(_key(n), ind.code)
    return out


def _key(acronym: str) -> str:
    """Case and spacing do not make another acronym: "ParIndex" is "PAR INDEX"."""
    return "".join(acronym.split()).upper()


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance (a swap of two neighbours counts once)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def _texts(plan):  # type: ignore[no-untyped-def]
    for s in plan.all_sections():
        for i, p in enumerate(s.paragraphs):
            yield f"{s.pointer}/paragraphs/{i}/vi", p.vi
    for t in plan.targets:
        yield t.pointer + "/printed/vi", t.printed.vi
    for r in plan.results:
        yield r.pointer + "/printed/vi", r.printed.vi


def check(ctx: Context) -> Iterator[Finding]:
    known = _acronyms(ctx)
    for plan in ctx.plans():
        if not ctx.reported(plan):
            continue
        for pointer, text in _texts(plan):
            for m in _NAMED.finditer(text):
                token = _key(m.group(1))
                if token in known:
                    continue
                close = sorted((_distance(token, k), k) for k in known if abs(len(k) - len(token)) <= 1)
                if close and close[0][0] == 1:
                    code = known[close[0][1]]
                    ind = ctx.corpus.indicators[code]
                    shown = next((a for a in (*ind.aliases, code.replace("-", " ")) if _key(a) == close[0][1]), close[0][1])
                    yield Finding(CODE, ctx.loc(plan, pointer), {"printed": m.group(1), "expected": shown, "indicator": code})
