"""Small facts with one home each: JSON Pointer escaping, UTF-8 decoding, a plan's slug, a node's location."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter import pointer
from linter.findings import Location
from linter.limits import Limits
from linter.loader import load_text, pointer_join
from linter.locations import location_in
from linter.textio import DecodeProblem, decode_utf8
from linter.textnorm import plan_slug


@pytest.mark.parametrize(("token", "escaped"), [("tasks", "tasks"), ("a/b", "a~1b"), ("x~y", "x~0y"), ("~1", "~01"), (3, "3")])
def test_pointer_escape_and_unescape(token, escaped):
    assert pointer.escape(token) == escaped
    assert pointer.unescape(escaped) == str(token)


def test_pointer_join_build_parts():
    assert pointer.join("/tasks", 3) == "/tasks/3"
    assert pointer.join("", "a/b") == "/a~1b"
    assert pointer_join("/x", "~") == "/x/~0"  # the loader's name for the same function
    assert pointer.build(["sections", "a/b", "0"]) == "/sections/a~1b/0"
    assert pointer.build([]) == ""
    assert pointer.parts("/sections/a~1b/0") == ["sections", "a/b", "0"]
    assert pointer.parts("") == []
    assert pointer.parts(pointer.build(["~1", "/"])) == ["~1", "/"]


@pytest.mark.parametrize(
    ("raw", "text", "problem"),
    [
        (b"slug: x\n", "slug: x\n", None),
        (b"\xef\xbb\xbfslug: x\n", "slug: x\n", None),
        ("Kế hoạch".encode(), "Kế hoạch", None),
        (b"\xff\xfes\x00", "", DecodeProblem("utf16")),
        (b"\xfe\xff\x00s", "", DecodeProblem("utf16")),
        (b"a: 1\nb: \xe1x\n", "", DecodeProblem("utf8", 2, 4, "0xe1")),
        (b"\xef\xbb\xbf\xc3", "", DecodeProblem("utf8", 1, 1, "0xc3")),
    ],
)
def test_decode_utf8(raw, text, problem):
    assert decode_utf8(raw) == (text, problem)


def test_decode_problem_params_are_the_cc004_parameters():
    assert DecodeProblem("utf16").params() == {"problem": "utf16"}
    assert DecodeProblem("utf8", 2, 4, "0xe1").params() == {"problem": "utf8", "byte": "0xe1"}


@pytest.mark.parametrize(
    ("province", "number", "date", "slug"),
    [
        ("ba-ria-vung-tau", "4655/QĐ-UBND", "2021-12-06", "ba-ria-vung-tau-4655-qd-ubnd-2021"),
        ("ha-tinh", "Số: 64/KH-SKHCN", "2022-12-30", "ha-tinh-so-64-kh-skhcn-2022"),
    ],
)
def test_plan_slug(province, number, date, slug):
    assert plan_slug(province, number, date) == slug


def test_location_in_a_loaded_file_and_in_one_not_loaded():
    lf = load_text("slug: x\ntasks:\n  - id: t1\n", "plans/x.yaml", Limits())
    files = {"plans/x.yaml": lf}
    assert location_in(files, "plans/x.yaml", "/tasks/0/id") == Location("plans/x.yaml", 3, 9, "/tasks/0/id")
    assert location_in(files, "plans/x.yaml", "/tasks", key=True) == Location("plans/x.yaml", 2, 1, "/tasks")
    assert location_in(files, "registry/agencies/y.yaml", "/0/id") == Location("registry/agencies/y.yaml", 1, 1, "/0/id")


def test_province_names_come_from_the_registry() -> None:
    from linter.config import load_config
    from linter.corpus import load_corpus
    from linter.model import Text
    from linter.validity import CENTRAL, province_text

    corpus = load_corpus(load_config(Path(__file__).resolve().parents[1])).corpus
    assert province_text(corpus, "ha-tinh") == Text("Hà Tĩnh", "Hà Tĩnh")
    assert province_text(corpus, "ha-tinh", short=False) == Text("Tỉnh Hà Tĩnh", "Hà Tĩnh Province")
    assert province_text(corpus, "ho-chi-minh").vi == "Hồ Chí Minh"
    assert province_text(corpus, CENTRAL) == Text("Trung ương", "Central government")
    assert province_text(corpus, "nowhere") == Text("nowhere", "nowhere")
    words = Path(__file__).resolve().parents[1] / "linter" / "sitegen" / "words.py"
    assert "PROVINCES" not in words.read_text(encoding="utf-8")
