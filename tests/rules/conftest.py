from __future__ import annotations

import pytest

from ..ruletools import Project


@pytest.fixture
def project(tmp_path):
    return Project(tmp_path)
