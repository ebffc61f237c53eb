"""``cchc fmt``: canonical formatting of plan and registry files.

The formatter edits the file with ruamel.yaml's round-trip mode, so comments,
flow-style ``{vi: …, en: …}`` pairs and block scalars stay as the editor wrote
them. What it changes:

* the first line is the ``# yaml-language-server: $schema=…`` modeline, with
  the path of the file's schema relative to the file (added or corrected);
* keys follow the order of the schema's ``properties`` (recursively, through
  ``$ref``); keys the schema does not know keep their order after the known ones;
* indentation is 2 for mappings, sequences are indented 4 with the dash at 2;
  text in block context is wrapped at :data:`WIDTH` columns, text inside a
  flow ``{…}`` or ``[…]`` stays on its line;
* quoting is stable: double quotes stay double quotes, single quotes become
  double quotes, a plain value stays plain unless YAML (1.1 or 1.2) could read
  it as something other than text (``2021-12-06``, ``yes``, ``on``, ``1.``,
  ``~``), it looks like printed numbering (``I``, ``II.1``, ``a)``, ``-``), or
  it cannot be written plain in its place — those are double-quoted;
* Vietnamese is written as is (never ``\\u`` escapes);
* a full-line comment is indented like the line it introduces, trailing
  white space goes (never inside a ``|`` or ``>`` block), the file ends with
  one newline, in UTF-8 without BOM, with LF line ends.

Only plan files (under ``plans/``) and registry files (``registry/<kind>/``)
are formatted: a folder on the command line stands for the corpus files in it.

The modules, one idea each: :mod:`.schema_order` (key order and dates from the
schema), :mod:`.quoting` (the quoting policy), :mod:`.emit` (ruamel.yaml, and only
there), :mod:`.comments` (comments move with their keys), :mod:`.normalise` (the tree
walk), :mod:`.text` (text passes), :mod:`.modeline`, :mod:`.compare` (the data judge),
:mod:`.document` (one file), :mod:`.files` (file selection and atomic write) and
:mod:`.command` (the worker processes and ``cchc fmt``).

The data never changes: the formatted text is read back with the project's
own loader and compared with the original, value by value and type by type;
if they differ the file is left alone and the run fails. A file that does not
parse is reported (``file:line:col``) and left alone.
"""

from __future__ import annotations

from .command import PARALLEL_THRESHOLD, RunSummary, cmd_fmt, format_files, register, run
from .comments import reorder
from .compare import same_data
from .document import UNFORMATTABLE, Outcome, Problem, format_file, format_text
from .emit import WIDTH, CanonicalEmitter, make_yaml
from .files import expand_paths, write_atomic
from .modeline import MODELINE_PREFIX, modeline_for, project_modeline
from .quoting import needs_quotes
from .schema_order import SchemaView, schema_file, schema_view
from .text import align_comments, comments, strip_trailing_space

__all__ = [
    "MODELINE_PREFIX",
    "PARALLEL_THRESHOLD",
    "UNFORMATTABLE",
    "WIDTH",
    "CanonicalEmitter",
    "Outcome",
    "Problem",
    "RunSummary",
    "SchemaView",
    "align_comments",
    "cmd_fmt",
    "comments",
    "expand_paths",
    "format_file",
    "format_files",
    "format_text",
    "make_yaml",
    "modeline_for",
    "needs_quotes",
    "project_modeline",
    "register",
    "reorder",
    "run",
    "same_data",
    "schema_file",
    "schema_view",
    "strip_trailing_space",
    "write_atomic",
]
