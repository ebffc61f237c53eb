"""The minimal plan of the rule tests is clean: every other test changes one thing."""

from ..ruletools import base_plan, codes


def test_base_plan_is_clean(project):
    project.add(base_plan())
    report = project.lint()
    assert codes(report) == []
    assert report.exit_code == 0
