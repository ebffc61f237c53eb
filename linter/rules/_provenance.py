"""Helpers for the provenance rules: which plans to check, and at what severity."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Location
from ..model import Plan
from ._context import Context

#: While a transcription is a draft, what is missing is expected: findings are information.
DRAFT_SEVERITY = "info"


def severity(plan: Plan) -> str | None:
    """The severity provenance findings take on ``plan``: info for a draft, else the rule's own."""
    tr = plan.transcription
    return DRAFT_SEVERITY if tr is not None and tr.status == "draft" else None


def checked_plans(ctx: Context) -> Iterator[Plan]:
    """Plans the run reports on that name a readable source."""
    for plan in ctx.plans():
        if ctx.reported(plan) and ctx.alignment(plan) is not None:
            yield plan


def source_location(ctx: Context, plan: Plan, line: int) -> Location:
    """A line of the plan's source file, as a related location."""
    assert plan.transcription is not None
    return Location(plan.transcription.source, line, 1, "")


def excerpt(text: str, size: int = 80) -> str:
    """The start of a text, for a message."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"
