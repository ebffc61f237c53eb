"""The data's history (last-updated dates, the feed of changes) and the ready citation of a plan."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest

from linter.config import load_config
from linter.engine import lint
from linter.model import Corpus, Plan
from linter.sitegen import formats
from linter.sitegen.cite import cite_block, cite_text, last_updated_row
from linter.sitegen.feed import ATOM, feed_xml, write_feeds
from linter.sitegen.history import Commit, History, load_history, parse_log

REPO = Path(__file__).resolve().parents[2]
NS = {"a": ATOM}

H1 = "1" * 40
H2 = "2" * 40
LOG = (
    f"\x00{H2}\x1f2222222\x1f2026-03-02T10:00:00+07:00\x1fSecond: fix <&\"'> in Quyết định 4655\n"
    "\n"
    "plans/a/a-1.yaml\n"
    "registry/agencies/a.yaml\n"
    f"\x00{'3' * 40}\x1f3333333\x1f2026-02-15T09:00:00+00:00\x1fMerge branch\n"
    f"\x00{H1}\x1f1111111\x1f2026-01-05T08:30:00Z\x1fFirst\x1fwith a field separator\n"
    "\n"
    "plans/a/a-1.yaml\n"
    "plans/b/b-2.yaml\n"
    '"sources/b/t\\303\\252n\\tx.txt"\n'
    "\x00not a commit\n"
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    report = lint(load_config(REPO), [])
    assert report.loaded is not None and report.loaded.corpus is not None
    return report.loaded.corpus


def test_parse_log_reads_commits_newest_first_and_last_updated_dates() -> None:
    history = parse_log(LOG)
    assert [c.hash for c in history.commits] == [H2, H1]  # the merge (no files) and the broken record are left out
    second, first = history.commits
    assert second.short == "2222222" and second.day == "2026-03-02"
    assert second.subject == "Second: fix <&\"'> in Quyết định 4655"
    assert second.files == ("plans/a/a-1.yaml", "registry/agencies/a.yaml")
    assert first.subject == "First\x1fwith a field separator"
    assert first.files[-1] == "sources/b/tên\tx.txt"  # git's C-quoting undone
    assert history.last_updated("plans/a/a-1.yaml") == "2026-03-02"
    assert history.last_updated("plans/b/b-2.yaml") == "2026-01-05"
    assert history.last_updated("plans/c/none.yaml") is None
    assert history.latest == "2026-03-02T10:00:00+07:00"


def test_parse_log_keeps_a_bounded_list_but_dates_for_every_file() -> None:
    history = parse_log(LOG, limit=1)
    assert [c.hash for c in history.commits] == [H2]
    assert history.last_updated("plans/b/b-2.yaml") == "2026-01-05"
    assert not parse_log("") and parse_log("").commits == ()


def _git(root: Path, *args: str, date: str | None = None) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull, GIT_TERMINAL_PROMPT="0")
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env, timeout=60)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_history_of_a_real_repository(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.name", "Test")
    _git(tmp_path, "config", "user.email", "test@example.org")
    _git(tmp_path, "config", "commit.gpgsign", "false")
    (tmp_path / "plans" / "a").mkdir(parents=True)
    (tmp_path / "plans" / "b").mkdir(parents=True)
    (tmp_path / "plans" / "a" / "a-1.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "plans" / "b" / "b-2.yaml").write_text("b: 1\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("not data\n", encoding="utf-8")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "Add two plans", date="2025-01-10T09:00:00+07:00")
    (tmp_path / "plans" / "b" / "b-2.yaml").write_text("b: 2\n", encoding="utf-8")
    _git(tmp_path, "commit", "-q", "-am", 'Sửa kế hoạch <b> & "c"', date="2025-06-20T15:30:00+07:00")
    (tmp_path / "README.md").write_text("still not data\n", encoding="utf-8")
    _git(tmp_path, "commit", "-q", "-am", "Docs only", date="2025-07-01T08:00:00+07:00")

    history = load_history(tmp_path)
    assert [c.subject for c in history.commits] == ['Sửa kế hoạch <b> & "c"', "Add two plans"]  # newest first, data only
    assert history.commits[0].files == ("plans/b/b-2.yaml",)
    assert set(history.commits[1].files) == {"plans/a/a-1.yaml", "plans/b/b-2.yaml"}
    assert history.commits[0].date == "2025-06-20T15:30:00+07:00"
    assert history.last_updated("plans/a/a-1.yaml") == "2025-01-10"
    assert history.last_updated("plans/b/b-2.yaml") == "2025-06-20"
    assert history.last_updated("README.md") is None


def test_a_folder_that_is_not_a_repository_has_no_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "plans").mkdir()
    history = load_history(tmp_path)
    assert history == History() and not history
    assert load_history(tmp_path / "missing") == History()
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err


def _hostile_history(corpus: Corpus) -> History:
    plan = next(iter(corpus.plans.values()))
    subject = "Sửa <script>&amp; \"quote\" 'apos' ]]> \x01\u202e Quyết định"
    commits = (
        Commit("a" * 40, "aaaaaaa", "2026-02-01T10:00:00+07:00", subject, (plan.path, "registry/agencies/x.yaml", "gone/x.yaml")),
        Commit("b" * 40, "bbbbbbb", "2026-01-01T10:00:00+07:00", "", (plan.path,)),
    )
    return History(commits, {plan.path: "2026-02-01"})


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_feed_is_well_formed_atom_whatever_the_subjects_hold(corpus: Corpus, lang: str) -> None:
    history = _hostile_history(corpus)
    root = ET.fromstring(feed_xml(corpus, history, lang, None))
    assert root.tag == f"{{{ATOM}}}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    entries = root.findall("a:entry", NS)
    assert len(entries) == 2
    self_link = root.find("a:link[@rel='self']", NS)
    assert self_link is not None and self_link.get("href") == "feed.xml"
    assert root.findtext("a:updated", namespaces=NS) == "2026-02-01T10:00:00+07:00"
    ids = [e.findtext("a:id", namespaces=NS) or "" for e in entries]
    assert all(i.startswith("tag:") and i.endswith(("a" * 40, "b" * 40)) for i in ids)
    title = entries[0].findtext("a:title", namespaces=NS) or ""
    assert "<script>&amp; \"quote\" 'apos' ]]>" in title and "Quyết định" in title
    assert "\x01" not in title and "\u202e" not in title  # controls shown as escapes, never raw
    assert entries[1].findtext("a:title", namespaces=NS)  # an empty subject still gives a title
    content = entries[0].find("a:content", NS)
    assert content is not None and content.get("type") == "html"
    plan = next(iter(corpus.plans.values()))
    assert f'href="plans/{plan.slug}/"' in (content.text or "")
    assert "<script>" not in (content.text or "")


def test_feed_links_are_absolute_with_a_site_url_and_ids_do_not_depend_on_it(corpus: Corpus) -> None:
    history = _hostile_history(corpus)
    plan = next(iter(corpus.plans.values()))
    for lang, prefix in (("vi", ""), ("en", "en/")):
        with_url = ET.fromstring(feed_xml(corpus, history, lang, "https://example.org/site/"))
        without = ET.fromstring(feed_xml(corpus, history, lang, None))
        self_link = with_url.find("a:link[@rel='self']", NS)
        assert self_link is not None and self_link.get("href") == f"https://example.org/site/{prefix}corpus/feed.xml"
        entry = with_url.find("a:entry", NS)
        assert entry is not None
        alt = entry.find("a:link[@rel='alternate']", NS)
        assert alt is not None and alt.get("href") == f"https://example.org/site/{prefix}corpus/plans/{plan.slug}/"
        ids = [e.findtext("a:id", namespaces=NS) for e in with_url.iter(f"{{{ATOM}}}id")]
        assert ids == [e.findtext("a:id", namespaces=NS) for e in without.iter(f"{{{ATOM}}}id")]


def test_write_feeds_names_them_for_the_i18n_suffix_structure(corpus: Corpus, tmp_path: Path) -> None:
    written = write_feeds(tmp_path, corpus, History(), None)
    assert written == [tmp_path / "corpus" / "feed.xml", tmp_path / "corpus" / "feed.en.xml"]
    for path in written:
        root = ET.parse(path).getroot()
        assert root.findall("a:entry", NS) == [] and root.findtext("a:updated", namespaces=NS)


def _plan(corpus: Corpus, slug: str) -> Plan:
    return corpus.plans[slug]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_citation_of_a_real_plan(corpus: Corpus, lang: str) -> None:
    plan = _plan(corpus, "ba-ria-vung-tau-4655-qd-ubnd-2021")
    text = cite_text(plan, corpus, lang, updated="2026-12-03", url="https://example.org/corpus/plans/x/")
    issuer = corpus.agencies[plan.issuer.agency].name.get(lang)
    assert text.startswith(issuer + ". ")
    assert plan.header.number in text
    assert formats.date(plan.header.date, lang) in text
    assert formats.date("2026-12-03", lang) in text
    assert text.endswith("https://example.org/corpus/plans/x/")
    if lang == "vi":
        assert "Quyết định số 4655/QĐ-UBND ngày 06/12/2021 về " in text
    else:
        assert "Decision No. 4655/QĐ-UBND of 6 December 2021" in text and "unofficial translation" in text
    html = cite_block(plan, corpus, lang, updated="2026-12-03", url=None)
    assert 'class="cchc-cite-text"' in html and "<details" in html and "Available at" not in html
    assert (f'<span lang="vi">{plan.header.title.vi}' in html) == (lang == "en")  # Vietnamese quoted on an English page
    code = re.search(r'<code class="language-json">(.*?)</code>', html, re.S)
    assert code is not None
    (item,) = json.loads(unescape(code.group(1)))
    assert item["number"] == plan.header.number and item["issued"] == {"date-parts": [[2021, 12, 6]]}


def test_citation_without_history_and_the_last_updated_row(corpus: Corpus) -> None:
    plan = _plan(corpus, "ba-ria-vung-tau-4655-qd-ubnd-2021")
    assert "cập nhật ngày" not in cite_text(plan, corpus, "vi", updated=None, url=None)
    assert last_updated_row(None, "vi") is None
    assert last_updated_row("2026-12-03", "vi") == ("Cập nhật dữ liệu", '<time datetime="2026-12-03">03/12/2026</time>')
    assert last_updated_row("2026-12-03", "en") == ("Data last updated", '<time datetime="2026-12-03">3 December 2026</time>')
