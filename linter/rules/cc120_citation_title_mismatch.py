"""One cited document is given different kinds or subjects in different places.

Cùng một văn bản được dẫn với loại hoặc trích yếu khác nhau ở những chỗ khác nhau.

[vi]
**Kiểm tra gì.** Các trích dẫn cùng trỏ tới một văn bản (cùng số hiệu, cơ quan ban
hành, năm), trong một kế hoạch hoặc giữa các kế hoạch. Hai điều được so sánh:
loại văn bản in ngay trước số hiệu (“Quy chế số 05/2020/QĐ-UBND” và “Quyết định số
05/2020/QĐ-UBND”), và trích yếu in sau số hiệu, ngày và cơ quan ban hành (“… của
Chính phủ quy định cơ chế tự chủ của đơn vị sự nghiệp công lập” và “… về giao cơ
chế tự chủ các đơn vị sự nghiệp”). Chỉ trích dẫn có in số hiệu mới được so. Trích
yếu được so ở dạng chuẩn (`textnorm.key`: cách bỏ dấu cũ hay mới, dạng Unicode, hoa
thường, dấu câu không tính), bỏ các chữ nối đầu câu (“về việc”, “về”, “ban hành”,
“phê duyệt”, “thông qua”) và chữ viết tắt trong ngoặc ở cuối; một chữ viết tắt
khớp với các chữ cái đầu của cụm từ bên kia (“CCHC” và “cải cách hành chính”) là
cùng một chữ; một trích yếu là phần đầu của trích yếu kia (trích ngắn) không bị báo.
Trích dẫn đầu tiên (theo thứ tự kế hoạch, rồi thứ tự trích dẫn) là mốc so sánh.

**Vì sao quan trọng.** Cùng một văn bản mà tên khác nhau làm người đọc tưởng có
hai văn bản, hoặc cho thấy một chỗ đã dẫn sai văn bản.

**Cách sửa.** Đối chiếu văn bản gốc. Nếu bản chép sai, sửa bản chép; nếu văn bản in
như vậy, xác nhận phát hiện với lý do trích cả hai cách in.

[en]
**What it checks.** Citations of one document (same number, issuer and year),
within a plan or across plans. Two things are compared: the kind of document
printed right before the number (“Quy chế số 05/2020/QĐ-UBND”, rules, against
“Quyết định số 05/2020/QĐ-UBND”, decision), and the subject printed after the
number, date and issuer (“… của Chính phủ quy định cơ chế tự chủ của đơn vị sự
nghiệp công lập” against “… về giao cơ chế tự chủ các đơn vị sự nghiệp”). Only
citations that print the number are compared. Subjects are compared in the
canonical form (`textnorm.key`: old or new tone placement, Unicode form, case and
punctuation aside), without the opening link words (“về việc”, “về”, “ban hành”,
“phê duyệt”, “thông qua”) and a closing acronym in parentheses; an acronym that
matches the initials of a run of words on the other side (“CCHC” and “cải cách
hành chính”) is the same words; a subject that is the beginning of the other (a
shortened citation) is not reported. The first citation (in plan order, then
citation order) is the one the others are compared with.

**Why it matters.** One document under two names makes a reader think there are
two documents, or shows that one place cites the wrong document.

**How to fix.** Check the source. If the transcription is wrong, fix it; if the
document prints it so, acknowledge the finding with a reason quoting both.

[fires]
citations:
  - {}
  - id: c2
    document: 76-nq-cp-2021
    role: body
    section: "I"
    printed: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về tinh giản biên chế"
    number: "76/NQ-CP"
    type: nghi-quyet
    issuer_printed: "Chính phủ"
    date: "2021-07-15"
  - id: c3
    document: 76-nq-cp-2021
    role: body
    section: "I"
    printed: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước"
    number: "76/NQ-CP"
    type: nghi-quyet
    issuer_printed: "Chính phủ"
    date: "2021-07-15"

[passes]
citations:
  - {}
  - id: c2
    document: 76-nq-cp-2021
    role: body
    section: "I"
    printed: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về Chương trình tổng thể CCHC nhà nước"
    number: "76/NQ-CP"
    type: nghi-quyet
    issuer_printed: "Chính phủ"
    date: "2021-07-15"
  - id: c3
    document: 76-nq-cp-2021
    role: body
    section: "I"
    printed: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước"
    number: "76/NQ-CP"
    type: nghi-quyet
    issuer_printed: "Chính phủ"
    date: "2021-07-15"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import Finding, Location
from ..model import Citation
from ..textnorm import canonical, doc_number, fold, key
from ._context import Context

CODE = "CC120"
NAME = "citation-title-mismatch"
FAMILY = "references"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Văn bản {document} được dẫn với trích yếu “{printed}”, nhưng trích dẫn {other_citation} trong {other_plan} ghi “{other_text}”. Đối chiếu văn bản gốc; nếu văn bản in như vậy, xác nhận phát hiện và trích cả hai cách in.",
    "Document {document} is cited with the subject '{printed}', but citation {other_citation} in {other_plan} gives '{other_text}'. Check the source; if it is printed so, acknowledge the finding, quoting both.",
)
#: Messages of the finding's variants (its ``variant``, ``problem``, ``limit`` or ``feature`` parameter).
VARIANTS = {
    "kind": (
        "Văn bản {document} được gọi là “{printed}”, nhưng trích dẫn {other_citation} trong {other_plan} gọi là “{other_text}”. Đối chiếu văn bản gốc; nếu văn bản in như vậy, xác nhận phát hiện và trích cả hai cách in.",
        "Document {document} is called '{printed}', but citation {other_citation} in {other_plan} calls it '{other_text}'. Check the source; if it is printed so, acknowledge the finding, quoting both.",
    ),
}

#: Kinds of document as printed before a number (canonical, lower case; longest first).
KINDS = (
    "nghị quyết",
    "nghị định",
    "quyết định",
    "chỉ thị",
    "thông tư liên tịch",
    "thông tư",
    "luật",
    "kế hoạch",
    "chương trình",
    "đề án",
    "công văn",
    "quy chế",
    "quy định",
    "kết luận",
    "hướng dẫn",
    "thông báo",
    "báo cáo",
    "tờ trình",
    "công điện",
)
_KIND = re.compile(r"(?<!\w)(" + "|".join(KINDS) + r")\s+(?:số\s*:?\s*)?$")
#: Where the subject begins, after the number: the first link word.
_SUBJECT = re.compile(r"(?<!\w)(?:về việc|về|v/v|ban hành|phê duyệt|thông qua|quy định|hướng dẫn|sửa đổi)(?!\w)")
#: Link words dropped from the start of a subject, repeatedly (“về việc phê duyệt …”).
_LINK = re.compile(r"^(?:về việc|về|v/v|ban hành|phê duyệt|thông qua)(?!\w)\s*")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-ZĐ]{2,}\)\s*$")


@dataclass(frozen=True)
class Printed:
    """What one citation prints about its document: the kind before the number and the subject after it."""

    kind: str | None
    subject: str | None
    subject_printed: str | None


def _number_at(text: str, number: str) -> re.Match[str] | None:
    """The printed number in ``text``, spacing and case aside (“468/QĐ- TTg” is 468/QĐ-TTg)."""
    wanted = doc_number(number)
    if not wanted:
        return None
    pattern = r"\s*".join(re.escape(ch) for ch in wanted)
    return re.compile(r"(?<![\w/])" + pattern + r"(?![\w/])", re.I).search(text)


def printed_parts(c: Citation) -> Printed:
    if not c.number:
        return Printed(None, None, None)
    text = canonical(c.printed)
    lowered = text.casefold()
    m = _number_at(lowered, c.number)
    if m is None:
        return Printed(None, None, None)
    kind_match = _KIND.search(lowered[: m.start()])
    kind = kind_match.group(1) if kind_match and kind_match.start() == 0 else None
    s = _SUBJECT.search(lowered, m.end())
    if s is None:
        return Printed(kind, None, None)
    printed = _TRAILING_ACRONYM.sub("", text[s.start() :]).strip()
    subject = printed.casefold()
    while True:
        stripped = _LINK.sub("", subject)
        if stripped == subject:
            break
        subject = stripped
    return Printed(kind, key(subject) or None, printed)


def _initials(words: list[str]) -> str:
    return "".join(fold(w)[:1] for w in words)


def same_subject(a: str, b: str) -> bool:
    """Whether two subjects (as :func:`key` gives them) say the same: word by word, an acronym of one
    standing for the words on the other side whose initials it spells; one may be the start of the other."""
    x, y = a.split(), b.split()
    i = j = 0
    while i < len(x) and j < len(y):
        if x[i] == y[j]:
            i, j = i + 1, j + 1
            continue
        n = len(x[i])
        if n >= 2 and _initials(y[j : j + n]) == fold(x[i]) and len(y[j : j + n]) == n:
            i, j = i + 1, j + n
            continue
        n = len(y[j])
        if n >= 2 and _initials(x[i : i + n]) == fold(y[j]) and len(x[i : i + n]) == n:
            i, j = i + n, j + 1
            continue
        return False
    return True


def check(ctx: Context) -> Iterator[Finding]:
    kinds: dict[str, tuple[str, Location, str, str]] = {}
    subjects: dict[str, tuple[str, str, Location, str, str]] = {}
    for plan in ctx.plans():
        for c in plan.citations:
            parts = printed_parts(c)
            here = ctx.loc(plan, c.pointer + "/printed")
            shown = {"document": c.number or c.document}
            if parts.kind is not None:
                first = kinds.setdefault(c.document, (parts.kind, here, plan.header.number, c.id))
                if first[0] != parts.kind and ctx.reported(plan):
                    yield Finding(
                        CODE,
                        here,
                        {
                            **shown,
                            "variant": "kind",
                            "printed": parts.kind,
                            "other_text": first[0],
                            "other_plan": first[2],
                            "other_citation": first[3],
                        },
                        (first[1],),
                    )
            if parts.subject is not None and parts.subject_printed is not None:
                seen = subjects.setdefault(c.document, (parts.subject, parts.subject_printed, here, plan.header.number, c.id))
                if not same_subject(seen[0], parts.subject) and ctx.reported(plan):
                    yield Finding(
                        CODE,
                        here,
                        {
                            **shown,
                            "printed": parts.subject_printed,
                            "other_text": seen[1],
                            "other_plan": seen[3],
                            "other_citation": seen[4],
                        },
                        (seen[2],),
                    )
