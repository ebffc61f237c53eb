"""Helpers for the reference rules: every agency mention of a plan, with its pointer."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Mention, Plan


def mentions(plan: Plan) -> Iterator[Mention]:
    """Every agency mention in a plan: issuer, leads, cooperating agencies, assignments."""
    yield plan.issuer
    for task in plan.tasks:
        yield from task.lead
        yield from task.cooperating
    for a in plan.assignments:
        yield from a.leads
