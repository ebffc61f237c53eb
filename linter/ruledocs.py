"""A rule's documentation page, generated from its module docstring."""

from __future__ import annotations

from .catalogue import pick, severity_label, ui
from .rules import FAMILIES, Rule


def rule_markdown(rule: Rule, lang: str, heading_level: int = 1) -> str:
    w = {k: ui(f"doc.{k}", lang) for k in ("family", "severity", "fires", "passes", "message", "name")}
    h = "#" * heading_level
    family = pick(FAMILIES[rule.family], lang)
    body = pick((rule.doc.vi, rule.doc.en), lang)
    shown = [pick(pair, lang) for pair in rule.messages.values()]
    lines = [
        f"{h} {rule.code} · {rule.doc.title(lang).rstrip('.')}",
        "",
        f"*{w['family']}:* {family} · *{w['severity']}:* {severity_label(rule.severity, lang)} · *{w['name']}:* `{rule.name}`",
        "",
        body,
        "",
    ]
    if len(shown) == 1:
        lines += [f"**{w['message']}:** {shown[0]}", ""]
    elif shown:
        lines += [f"**{w['message']}:**", ""] + [f"- {text}" for text in shown] + [""]
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
