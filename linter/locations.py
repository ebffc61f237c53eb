"""Where a node of a loaded file stands: the one way a finding's location is made from a pointer."""

from __future__ import annotations

from collections.abc import Mapping

from .findings import Location
from .loader import LoadedFile


def location_in(files: Mapping[str, LoadedFile], path: str, pointer: str, *, key: bool = False) -> Location:
    """The line and column of ``pointer`` in the loaded file ``path`` (its key with ``key=True``);
    the start of the file, pointer kept, when the file was not loaded."""
    lf = files.get(path)
    return lf.location(pointer, key=key) if lf is not None else Location(path, 1, 1, pointer)
