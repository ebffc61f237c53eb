from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .sitetools import REPO, build_project, copy_site_sources, serve


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real corpus built into a temporary project (one build per test worker)."""
    root = tmp_path_factory.mktemp("site-project")
    for name in ("plans", "registry", "schema", "sources"):
        shutil.copytree(REPO / name, root / name)
    shutil.copyfile(REPO / "pyproject.toml", root / "pyproject.toml")
    copy_site_sources(root)
    result = build_project(root, strict=True)
    return result.site_dir


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    httpd, url = serve(built_site)
    yield url
    httpd.shutdown()
