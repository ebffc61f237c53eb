"""The loader: positions, duplicate keys, limits and hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.limits import Limits
from linter.loader import load_file, load_text

#: The hostile inputs travel with the repository (they were written for this project).
HOSTILE = Path(__file__).resolve().parent / "data" / "hostile-yaml"


def rules_of(lf):
    return [(f.rule, f.location.line) for f in lf.findings]


def test_positions_are_one_based_and_point_at_values():
    lf = load_text('a:\n  b: "x"\n  c:\n    - 1\n    - {d: 2}\n', "t.yaml", Limits())
    assert lf.data == {"a": {"b": "x", "c": [1, {"d": 2}]}}
    assert lf.positions["/a/b"] == (2, 6)
    assert lf.key_positions["/a/b"] == (2, 3)
    assert lf.positions["/a/c/1/d"] == (5, 11)


def test_yaml_12_keeps_norway_words_as_text():
    lf = load_text("a: no\nb: on\nc: yes\nd: true\n", "t.yaml", Limits())
    assert lf.data == {"a": "no", "b": "on", "c": "yes", "d": True}


def test_unquoted_date_is_recorded_and_normalised():
    lf = load_text('a: 2021-12-06\nb: "2021-12-06"\n', "t.yaml", Limits())
    assert lf.data == {"a": "2021-12-06", "b": "2021-12-06"}
    assert lf.unquoted_dates == ["/a"]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("billion-laughs.yaml", [("CC003", 6)]),
        ("alias-cycle.yaml", "CC005"),
        ("deep-nesting-flow.yaml", [("CC003", 1)]),
        ("deep-nesting-block.yaml", [("CC003", 1)]),
        ("duplicate-keys.yaml", [("CC002", 4)]),
        ("tab-indentation.yaml", [("CC001", 2)]),
        ("invalid-utf8.yaml", [("CC004", 3)]),
        ("nul-byte.yaml", [("CC004", 2)]),
        ("utf16le-bom.yaml", [("CC004", 1)]),
        ("multi-document.yaml", [("CC005", 4)]),
        ("norway-1.1.yaml", "CC005"),
        ("date-invalid.yaml", [("CC007", 2)]),
        ("complex-key.yaml", [("CC005", 2), ("CC005", 5)]),
        ("bom-utf8.yaml", []),
        ("crlf.yaml", []),
        ("empty.yaml", []),
        ("comments-only.yaml", []),
        ("merge-key.yaml", []),
        ("norway-1.2.yaml", []),
    ],
)
def test_hostile_files(name, expected):
    lf = load_file(HOSTILE / name, name, Limits())
    if isinstance(expected, str):
        assert [r for r, _ in rules_of(lf)] == [expected]
    else:
        assert rules_of(lf) == expected


def test_bom_does_not_shift_lines_or_keys():
    lf = load_file(HOSTILE / "bom-utf8.yaml", "bom.yaml", Limits())
    first_key = next(iter(lf.data))
    assert not first_key.startswith("\ufeff")
    assert lf.positions["/" + first_key][0] == 1


def test_crlf_block_scalar_has_no_carriage_returns():
    lf = load_file(HOSTILE / "crlf.yaml", "crlf.yaml", Limits())
    assert "\r" not in repr(lf.data)


def test_python_tags_stay_inert(tmp_path):
    marker = Path("/tmp/hostile-yaml-pwned")
    lf = load_file(HOSTILE / "python-tags.yaml", "tags.yaml", Limits())
    assert not marker.exists()
    tags = ["!!python/object/apply:os.system", "!!python/object/new:subprocess.Popen", "!!python/name:os.system", "!!python/module:os"]
    assert [(f.rule, f.location.line, f.location.column, dict(f.params)) for f in lf.findings] == [
        ("CC005", 3, 6, {"feature": "tag", "detail": tags[0]}),
        ("CC005", 4, 6, {"feature": "tag", "detail": tags[1]}),
        ("CC005", 5, 7, {"feature": "tag", "detail": tags[2]}),
        ("CC005", 6, 9, {"feature": "tag", "detail": tags[3]}),
        ("CC005", 7, 8, {"feature": "tag", "detail": "!Ref"}),
        ("CC005", 8, 9, {"feature": "tag", "detail": "!!binary"}),
    ]
    # each value is kept as inert text (or the plain list under it), never as an object
    assert lf.data == {
        "run": ["touch /tmp/hostile-yaml-pwned"],
        "new": [["touch", "/tmp/hostile-yaml-pwned"]],
        "name": "",
        "module": "",
        "local": "some-id",
        "binary": "aGVsbG8=",
    }


def test_merge_key_applies_without_duplicate_report():
    lf = load_file(HOSTILE / "merge-key.yaml", "m.yaml", Limits())
    assert lf.findings == []
    assert isinstance(lf.data, dict)


def test_line_length_limit_is_configurable():
    lf = load_text("a: " + "x" * 200 + "\n", "t.yaml", Limits(max_line_length=100))
    assert rules_of(lf) == [("CC003", 1)]
