"""A printed count disagrees with the number of items listed after it.

Số lượng in trong câu dẫn khác số mục được liệt kê ngay sau đó.

[vi]
**Kiểm tra gì.** Một câu dẫn nêu số lượng rồi liệt kê: “tập trung vào 03 nền tảng
sau:”, “gồm 05 nhiệm vụ trọng tâm:”, “Hai nhóm giải pháp như sau:”. Số lượng viết
bằng chữ (một, hai, ba … mười) hoặc bằng số (3, 03), đứng trước một danh từ đếm
được (nhiệm vụ, giải pháp, nhóm, nội dung, nền tảng, lĩnh vực, mục tiêu, chỉ tiêu,
khâu đột phá …). Quy tắc chỉ đếm danh sách mà dữ liệu thực sự có: câu dẫn phải kết
thúc bằng dấu hai chấm, “gồm”, “sau đây” hoặc “như sau”, và các mục là những đoạn
văn có dấu đầu dòng cùng loại ngay sau nó (“-”, “+”, “a)”, “1.” …; các mục con
mang dấu khác không được đếm), hoặc các mục con khi câu dẫn là đoạn cuối của mục;
với mục tiêu, là các mục tiêu có dấu đầu dòng của cùng mục ngay sau. Câu có hai
số lượng, hoặc số lượng đi kèm “trong đó”, “ít nhất”, “trên”, “hơn”, “khoảng”
không được đếm. Danh sách nằm ngay trong câu (“06 nội dung, đó là: A; B; …”)
không được đếm. Tên được so ở dạng chuẩn (`textnorm.canonical`), nên cách bỏ dấu
cũ hay mới và dạng Unicode không làm khác kết quả.

**Vì sao quan trọng.** Khi số lượng khác số mục, hoặc một mục đã bị bỏ sót khi
chép, hoặc văn bản gốc tự mâu thuẫn; người đọc không biết tin vào con số hay vào
danh sách.

**Cách sửa.** Đối chiếu văn bản gốc. Nếu bản chép thiếu hoặc thừa một mục, sửa
bản chép; nếu văn bản in như vậy, giữ nguyên chữ in và xác nhận phát hiện với lý
do trích câu dẫn.

[en]
**What it checks.** A sentence that gives a count and then lists: “tập trung vào
03 nền tảng sau:” (three foundations), “gồm 05 nhiệm vụ trọng tâm:” (five key
tasks), “Hai nhóm giải pháp như sau:” (two groups of measures). The count is a
Vietnamese number word (một, hai, ba … mười) or digits (3, 03) before a countable
noun (nhiệm vụ, giải pháp, nhóm, nội dung, nền tảng, lĩnh vực, mục tiêu, chỉ tiêu,
khâu đột phá …). The rule counts only a list the data really holds: the sentence
must end with a colon, “gồm”, “sau đây” or “như sau”, and the items are the
paragraphs right after it that start with the same kind of marker (“-”, “+”,
“a)”, “1.” …; nested items with another marker are not counted), or the
subsections when the sentence is the last paragraph of its section; for
objectives, the marked objectives of the same section that follow. A sentence
with two counts, or a count with “trong đó” (of which), “ít nhất” (at least),
“trên”, “hơn” (over), “khoảng” (about), is not counted, nor is a list inside the
sentence itself (“06 nội dung, đó là: A; B; …”). Texts are compared in the
canonical form (`textnorm.canonical`), so old or new tone placement and Unicode
forms do not change the result.

**Why it matters.** When the count and the list disagree, either an item was lost
in transcription or the source contradicts itself; a reader cannot tell whether to
trust the number or the list.

**How to fix.** Check the source. If the transcription lost or added an item, fix
it; if the document prints it so, keep the printed text and acknowledge the
finding with a reason quoting the sentence.

[fires]
sections:
  - id: "I"
    number: "I."
    paragraphs:
      - {vi: "Tập trung thực hiện 03 nhiệm vụ trọng tâm sau:", en: "Focus on the following 3 key tasks:"}
      - {vi: "- Cải cách thể chế;", en: "- Institutional reform;"}
      - {vi: "- Cải cách thủ tục hành chính.", en: "- Reform of administrative procedures."}

[passes]
sections:
  - id: "I"
    number: "I."
    paragraphs:
      - {vi: "Tập trung thực hiện 02 nhiệm vụ trọng tâm sau:", en: "Focus on the following 2 key tasks:"}
      - {vi: "- Cải cách thể chế;", en: "- Institutional reform;"}
      - {vi: "- Cải cách thủ tục hành chính.", en: "- Reform of administrative procedures."}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..findings import Finding
from ..textnorm import canonical
from ._context import Context
from ._text import listings

CODE = "CC420"
NAME = "count-differs-from-list"
FAMILY = "structure"
SEVERITY = "warning"

#: The message, in Vietnamese and English; ``{name}`` fields are the finding's parameters.
MESSAGE = (
    "Câu dẫn in “{printed}” ({count}) nhưng liệt kê {listed} mục. Đối chiếu văn bản gốc; nếu bản chép thiếu hoặc thừa mục, sửa; nếu văn bản in như vậy, xác nhận phát hiện và trích câu dẫn.",
    "The sentence prints '{printed}' ({count}) but lists {listed} items. Check the source; if the transcription lost or added an item, fix it; if it is printed so, acknowledge, quoting the sentence.",
)

#: Vietnamese number words (canonical, lower case) and their values.
NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}

#: Countable nouns a plan lists (canonical, lower case); a count before another word is not read.
NOUNS = (
    "nhóm giải pháp",
    "nhóm nhiệm vụ",
    "nhiệm vụ trọng tâm",
    "khâu đột phá",
    "đột phá chiến lược",
    "nền tảng",
    "nhiệm vụ",
    "nhóm",
    "giải pháp",
    "biện pháp",
    "nội dung",
    "mục tiêu",
    "chỉ tiêu",
    "chỉ số",
    "tiêu chí",
    "lĩnh vực",
    "khâu",
    "đột phá",
    "trụ cột",
    "chương trình",
    "đề án",
    "dự án",
    "yêu cầu",
    "quan điểm",
    "nguyên tắc",
    "định hướng",
    "phương châm",
    "công việc",
    "hoạt động",
    "vấn đề",
    "bước",
    "giai đoạn",
)

_COUNT = re.compile(
    r"(?<![\w/.,])(" + "|".join(NUMBER_WORDS) + r"|\d{1,2})\s+(?:" + "|".join(sorted(NOUNS, key=len, reverse=True)) + r")(?!\w)",
)
#: Words before a count that make it a bound, not the size of the list.
_BOUND = re.compile(r"(?:ít nhất|tối thiểu|tối đa|trên|hơn|khoảng|gần|ngoài)\s*$")
_OF_WHICH = re.compile(r"\btrong đó\b")
#: Where the last sentence of a text begins: after a full stop followed by a capital letter.
_SENTENCE = re.compile(r"[.!?…][\"”’)]*\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])")


def last_sentence(text: str) -> str:
    parts = _SENTENCE.split(text)
    return parts[-1] if parts else text


def printed_count(text: str) -> tuple[int, str] | None:
    """The count the last sentence of ``text`` announces, and the words as printed; None when it gives
    none, more than one, a bound (“ít nhất 3 …”) or a part (“… trong đó:”)."""
    sentence = last_sentence(canonical(text))
    lowered = sentence.casefold()
    found = list(_COUNT.finditer(lowered))
    if len(found) != 1 or _OF_WHICH.search(lowered):
        return None
    m = found[0]
    if _BOUND.search(lowered[: m.start()]):
        return None
    word = m.group(1)
    value = int(word) if word.isdigit() else NUMBER_WORDS[word]
    if value < 1:
        return None
    return value, sentence[m.start() : m.end()]


def check(ctx: Context) -> Iterator[Finding]:
    for plan in ctx.plans():
        if not ctx.reported(plan):
            continue
        for listing in listings(plan):
            count = printed_count(listing.intro.text)
            if count is None:
                continue
            value, printed = count
            if value != len(listing.items):
                yield Finding(
                    CODE,
                    ctx.loc(plan, listing.intro.pointer),
                    {"printed": printed, "count": value, "listed": len(listing.items)},
                    tuple(ctx.loc(plan, item.pointer) for item in listing.items[:1]),
                )
