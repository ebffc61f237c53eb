"""A rule's documentation page, generated from its module docstring."""

from __future__ import annotations

from .catalogue import MESSAGES, ui
from .rules import FAMILIES, Rule

_WORDS = {
    "vi": {
        "family": "Nhóm",
        "severity": "Mức mặc định",
        "fires": "Ví dụ có phát hiện",
        "passes": "Ví dụ không có phát hiện",
        "message": "Thông báo",
        "name": "Tên trong cấu hình",
    },
    "en": {
        "family": "Family",
        "severity": "Default severity",
        "fires": "Example that fires",
        "passes": "Example that passes",
        "message": "Message",
        "name": "Name in configuration",
    },
}


def rule_markdown(rule: Rule, lang: str, heading_level: int = 1) -> str:
    w = _WORDS[lang]
    h = "#" * heading_level
    family = FAMILIES[rule.family][0 if lang == "vi" else 1]
    body = rule.doc.vi if lang == "vi" else rule.doc.en
    msg = MESSAGES.get(rule.code)
    lines = [
        f"{h} {rule.code} · {rule.doc.title(lang).rstrip('.')}",
        "",
        f"*{w['family']}:* {family} · *{w['severity']}:* {ui(rule.severity, lang)} · *{w['name']}:* `{rule.name}`",
        "",
        body,
        "",
    ]
    if msg:
        lines += [f"**{w['message']}:** {msg[0] if lang == 'vi' else msg[1]}", ""]
    lines += [
        f"{h}# {w['fires']}",
        "",
        "```yaml",
        rule.doc.fires,
        "```",
        "",
        f"{h}# {w['passes']}",
        "",
        "```yaml",
        rule.doc.passes,
        "```",
        "",
    ]
    return "\n".join(lines)
