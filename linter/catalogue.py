"""The message catalogue: every finding's words, in Vietnamese and English.

Rules emit a code and parameters; the text is rendered here, per language, at
output time. A message says what is wrong and how to fix it. A key may be
refined by a parameter (``CC004.utf8``); the plain code is the fallback.
Parameters are inserted as plain text (reporters escape for their format).

A message's first sentence says what is wrong; the rest says how to fix it.
:func:`statement` gives the first sentence alone (what a reader of the public
site needs), and both take an optional ``names`` function that turns a
parameter's value into words (a plan's slug into its number, a unit code into
its name), so that a reader never meets an identifier.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from typing import Any

from .findings import Finding
from .textnorm import visible

LANGS = ("vi", "en")


def messages() -> Mapping[str, tuple[str, str]]:
    """The findings' message templates, keyed ``CODE`` or ``CODE.variant``: each rule keeps its own
    next to its check (``MESSAGE`` and ``VARIANTS`` in its module); this is their index."""
    from .rules import all_messages  # the rules use this module's words: imported when first needed

    return all_messages()


#: The severities, as every report and page names them (the site's words use this table too).
SEVERITY: dict[str, tuple[str, str]] = {
    "error": ("lỗi", "error"),
    "warning": ("cảnh báo", "warning"),
    "info": ("thông tin", "info"),
}

#: Words for the parts of reports.
UI: dict[str, tuple[str, str]] = {
    "acknowledged": ("đã xác nhận", "acknowledged"),
    "reason": ("lý do", "reason"),
    "related": ("liên quan", "related"),
    "status.ok": ("Đạt", "Passed"),
    "status.advisory": ("Đạt – có khuyến nghị", "Passed – with advice"),
    "status.failing": ("Có lỗi", "Failing"),
    "status.unchecked": ("Chưa kiểm tra", "Not checked"),
    "unchecked_why": (
        "không đọc được thành dữ liệu ({code} {rule}, quy tắc không được chọn): các quy tắc đã chọn không kiểm tra tệp này",
        "could not be read as data ({code} {rule}, a rule not selected): the selected rules did not check this file",
    ),
    "summary": (
        "{files}; {findings} ({errors}, {warnings}, {infos}); {acknowledged} đã xác nhận.",
        "{files}; {findings} ({errors}, {warnings}, {infos}); {acknowledged} acknowledged.",
    ),
    "acknowledged_hidden": (
        "{n} phát hiện đã xác nhận không in ra (--show-acknowledged để xem).",
        "{n} acknowledged not shown (--show-acknowledged to see them).",
    ),
    "clean": ("Không có phát hiện nào cần xử lý.", "No findings to act on."),
    "not_checked": (
        "{files} chưa được các quy tắc đã chọn kiểm tra (xem ở trên).",
        "{files} not checked by the selected rules (see above).",
    ),
    "failing": (
        "{failing} ở mức {fail_on} trở lên: kiểm tra không đạt.",
        "{failing} at {fail_on} or above: the check fails.",
    ),
    "statistics": ("Thống kê theo quy tắc", "Statistics by rule"),
    "more": (" (và {more} lỗi khác tại đây)", " (and {more} more here)"),
    # a single year, where a period would stand (``Năm 2021`` / ``2021``)
    "year_alone": ("Năm {year}", "{year}"),
    "scope_central": ("Trung ương", "Central government"),
    # `cchc coverage`
    "coverage.covered": ("đã chép", "covered"),
    "coverage.acknowledged": ("bỏ qua có lý do", "left out with a reason"),
    "coverage.open": ("còn thiếu", "still missing"),
    "coverage.chars": ("chữ và số", "letters and digits"),
    "coverage.lines": ("dòng", "lines"),
    "coverage.texts": ("chuỗi không có trong nguồn", "texts not in the source"),
    "coverage.order": ("đoạn sai thứ tự", "texts out of order"),
    "coverage.total": ("Tổng cộng", "Total"),
    "coverage.plans": ("kế hoạch", "plans"),
    "coverage.no-source": ("không có văn bản nguồn đọc được", "no readable source text"),
    "coverage.status": ("tình trạng", "status"),
    # a rule's documentation (`cchc explain`, the site's rule pages)
    "doc.family": ("Nhóm", "Family"),
    "doc.severity": ("Mức mặc định", "Default severity"),
    "doc.fires": ("Ví dụ có phát hiện", "Example that fires"),
    "doc.passes": ("Ví dụ không có phát hiện", "Example that passes"),
    "doc.message": ("Thông báo", "Message"),
    "doc.name": ("Tên trong cấu hình", "Name in configuration"),
}

#: Words of ``cchc fmt``: why a file was not formatted, what a run did, and its command-line help.
#: The command writes both languages on one line, Vietnamese first (:func:`formatter_line`).
FORMATTER: dict[str, tuple[str, str]] = {
    # why a file was not formatted
    "unreadable": ("không đọc được tệp", "cannot read the file"),
    "unreadable.os": ("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
    "too_large": ("tệp quá lớn", "file too large"),
    "not_utf8": ("tệp không phải UTF-8", "the file is not UTF-8"),
    "ruamel": ("ruamel.yaml không đọc được: {problem}", "ruamel.yaml cannot read it: {problem}"),
    "cannot_format": ("không định dạng được: {error}", "cannot format: {error}"),
    "data_would_change": (
        "định dạng sẽ làm đổi dữ liệu; tệp được giữ nguyên (hãy báo lỗi này)",
        "formatting would change the data; the file is left unchanged (please report this)",
    ),
    "comment_would_drop": (
        "định dạng sẽ làm mất chú thích “{comment}” (chú thích bên trong một ngoặc nhiều dòng); tệp được giữ nguyên. "
        "Chuyển chú thích lên một dòng riêng phía trên.",
        "formatting would drop the comment '{comment}' (a comment inside a multi-line flow collection); the file is "
        "left unchanged. Move the comment to a line of its own above.",
    ),
    # what a run did (the command writes the file's path before or after the words)
    "no_such_file": ("không có tệp", "no such file"),
    "skipped": (
        "bỏ qua, không phải tệp kế hoạch (plans/) hay danh mục (registry/<loại>/)",
        "skipped, not a plan (plans/) or registry (registry/<kind>/) file",
    ),
    "would_reformat": ("sẽ định dạng lại", "would reformat"),
    "reformatted": ("đã định dạng", "reformatted"),
    "check_summary": (
        "{changed} tệp cần định dạng, {same} tệp đã đúng, {bad} tệp lỗi",
        "{changed} would be reformatted, {same} already formatted, {bad} with errors",
    ),
    "run_fmt": ("Chạy `cchc fmt` để sửa", "Run `cchc fmt` to fix."),
    "summary": (
        "{changed} tệp đã định dạng, {same} tệp không đổi, {bad} tệp lỗi",
        "{changed} reformatted, {same} unchanged, {bad} with errors",
    ),
    "errors_left": (
        "Tệp lỗi được giữ nguyên; sửa lỗi rồi chạy lại (`cchc lint` cho biết chi tiết)",
        "files with errors are left unchanged; fix them and run again (`cchc lint` gives details)",
    ),
    # command-line help
    "help": ("định dạng tệp kế hoạch và danh mục", "format plan and registry files"),
    "description": (
        "Định dạng chuẩn tệp kế hoạch và danh mục (giữ chú thích, không đổi dữ liệu)",
        "Canonical formatting of plan and registry files (comments kept, data unchanged).",
    ),
    "help.paths": ("tệp hoặc thư mục", "files or folders (default: plans/ and registry/)"),
    "help.check": ("không ghi; mã thoát 1 nếu có tệp cần định dạng", "write nothing; exit 1 if a file would change"),
    "help.diff": ("với --check: in phần khác biệt", "with --check: print the differences"),
}


def formatter_words(key: str, **params: Any) -> tuple[str, str]:
    """The formatter's words ``key`` in Vietnamese and English, with ``params`` filled in."""
    vi, en = FORMATTER[key]
    return vi.format(**params), en.format(**params)


def formatter_line(key: str, **params: Any) -> str:
    """The formatter's words ``key`` as the command writes them: ``Vietnamese / English``."""
    return " / ".join(formatter_words(key, **params))


class _Safe(dict):
    def __missing__(self, key: str) -> str:
        return "?"


_FMT = string.Formatter()


def pick(pair: tuple[str, str], lang: str) -> str:
    """The one way a (Vietnamese, English) pair is read: English on ``en``, else Vietnamese (the default)."""
    return pair[1] if lang == "en" else pair[0]


def _pick(value: Any, lang: str) -> Any:
    """A parameter may be a (vi, en) pair: words that differ by language."""
    if isinstance(value, (tuple, list)) and len(value) == 2 and all(isinstance(v, str) for v in value):
        return pick((value[0], value[1]), lang)
    return "" if value is None else value


#: Turns a parameter (name, value) into words for a reader, or None to keep the value.
Names = Callable[[str, Any], "str | None"]


def _format(template: str, params: Mapping[str, Any], lang: str = "vi", names: Names | None = None) -> str:
    values = _Safe()
    for k, v in params.items():
        shown = names(k, v) if names is not None else None
        values[k] = shown if shown is not None else _pick(v, lang)
    return _FMT.vformat(template, (), values)


_SENTENCE_END = re.compile(r"[.!?]\s+")


def first_sentence(template: str) -> str:
    """The part of a message template that says what is wrong (up to the first full stop outside a field)."""
    for m in _SENTENCE_END.finditer(template):
        before = template[: m.start()]
        if before.count("{") != before.count("}"):
            continue
        following = template[m.end() : m.end() + 1]
        if following and (following.isupper() or following in "“\"'`("):
            return before + template[m.start()]
    return template


def template_key(finding: Finding) -> str:
    for param in ("problem", "limit", "feature", "variant"):
        value = finding.params.get(param)
        if value is not None:
            refined = f"{finding.rule}.{value}"
            if refined in messages():
                return refined
    if finding.rule == "CC001" and "tab" in str(finding.params.get("problem", "")).lower():
        return "CC001.tab"
    if finding.rule == "CC001" and "cannot start any token" in str(finding.params.get("problem", "")):
        return "CC001"
    return finding.rule


def _template(finding: Finding, lang: str) -> str:
    table = messages()
    return pick(table.get(template_key(finding)) or table.get(finding.rule) or ("{rule}", "{rule}"), lang)


def render(finding: Finding, lang: str, names: Names | None = None) -> str:
    """The message of ``finding`` in ``lang`` ("vi" or "en")."""
    text = visible(_format(_template(finding, lang), {"rule": finding.rule, **finding.params}, lang, names), newlines=False)
    more = finding.params.get("more")
    if isinstance(more, int) and more > 0:
        text += _format(ui("more", lang), {"more": more}, lang)
    return text


def statement(finding: Finding, lang: str, names: Names | None = None) -> str:
    """What is wrong, in plain words: the message without its advice to the editor."""
    template = first_sentence(_template(finding, lang))
    return visible(_format(template, {"rule": finding.rule, **finding.params}, lang, names), newlines=False)


#: Parameters that carry the document's own words (Vietnamese whatever the message's language).
QUOTED_PARAMS = frozenset(
    {
        "printed",
        "issuer",
        "lead",
        "assigned",
        "agency",
        "agencies",
        "text",
        "parent_text",
        "value_text",
        "earlier_text",
        "other_text",
        "quote",
    }
)


def statement_parts(finding: Finding, lang: str, names: Names | None = None) -> list[tuple[str, bool]]:
    """:func:`statement` as pieces: ``(text, quoted)``, ``quoted`` for the document's own words, so that a page
    can mark them as Vietnamese on an English page."""
    template = first_sentence(_template(finding, lang))
    params = {"rule": finding.rule, **finding.params}
    parts: list[tuple[str, bool]] = []
    for literal, field, spec, conv in _FMT.parse(template):
        if literal:
            parts.append((literal, False))
        if field is None:
            continue
        one = _format("{" + field + ("!" + conv if conv else "") + (":" + spec if spec else "") + "}", params, lang, names)
        parts.append(
            (visible(one, newlines=False), field in QUOTED_PARAMS and names is not None and names(field, params.get(field)) is None)
        )
    return parts


def render_both(finding: Finding) -> dict[str, str]:
    return {lang: render(finding, lang) for lang in LANGS}


def both(pair: tuple[str, str]) -> dict[str, str]:
    """A (vi, en) pair as data files write it: ``{"vi": …, "en": …}``."""
    return dict(zip(LANGS, pair))


#: Counted nouns, for every report that counts things: the Vietnamese noun (which has no
#: plural) and the English singular and plural.
NOUNS: dict[str, tuple[str, str, str]] = {
    "file": ("tệp", "file", "files"),
    "finding": ("phát hiện", "finding", "findings"),
    "error": (*SEVERITY["error"], "errors"),
    "warning": (*SEVERITY["warning"], "warnings"),
    "info": (*SEVERITY["info"], "info"),
    "plan": ("kế hoạch", "plan", "plans"),
    "task": ("nhiệm vụ", "task", "tasks"),
    "target": ("chỉ tiêu", "target", "targets"),
    "citation": ("trích dẫn", "citation", "citations"),
    "entry": ("mục danh mục", "registry entry", "registry entries"),
}


def noun(name: str, n: int, lang: str) -> str:
    """The noun in the form ``n`` takes: "file" for 1, "files" for 2; Vietnamese has one form."""
    vi, one, other = NOUNS[name]
    return pick((vi, one if n == 1 else other), lang)


def counted(n: int, name: str, lang: str) -> str:
    """``n`` and its noun in the right form: "1 file", "2 files", "2 tệp"."""
    return f"{n} {noun(name, n, lang)}"


def ui(key: str, lang: str) -> str:
    """A word of the reports in ``lang``."""
    return pick(UI[key], lang)


def severity_label(severity: str, lang: str) -> str:
    """A severity (``error``, ``warning``, ``info``) in words."""
    return pick(SEVERITY[severity], lang)
