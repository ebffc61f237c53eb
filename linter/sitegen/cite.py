"""A ready citation of each plan, in the page's language, and the plan's last-updated date.

The citation names the document as Vietnamese usage does (issuing body; type,
number, date of issue and title as printed) and then this data edition of it
(the site, the date the plan's data last changed, its address)::

    Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu. Quyết định số 4655/QĐ-UBND ngày
    06/12/2021 về BAN HÀNH KẾ HOẠCH … . Bản dữ liệu của trang “Kế hoạch cải cách
    hành chính”, cập nhật ngày 03/12/2026. Truy cập tại: https://… .

On English pages the issuing body is named in English (from the agency
registry), the document's title is quoted in Vietnamese, marked
``lang="vi"``, with the unofficial English translation in brackets. The same
facts are offered as CSL-JSON, which reference managers import.
"""

from __future__ import annotations

import html
import json
from typing import Any

from ..model import Corpus, Plan
from ..textnorm import CONTROL, visible
from . import formats, urls
from .markup import block, h, link, md, safe_href, tag
from .words import DOC_TYPES, label, t


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _esc(text: str) -> str:
    """Escaped text that keeps its spaces (``h`` trims): controls shown as escapes, template braces neutralised."""
    out = html.escape(visible(text, newlines=False), quote=True)
    return out.replace("{", "&#123;").replace("}", "&#125;")


_FEED_SITE = {lang: t("site_name", lang) for lang in ("vi", "en")}

#: A piece of the citation: its text and, when it differs from the page's, its language.
_Part = tuple[str, str | None]


def _issuer(plan: Plan, corpus: Corpus, lang: str) -> _Part:
    agency = corpus.agencies.get(plan.issuer.agency)
    if agency is not None:
        name = agency.name.get(lang)
        return _one_line(name), ("vi" if lang != "vi" and name == agency.name.vi and not agency.name.en else None)
    return _one_line(plan.issuer.printed), ("vi" if lang != "vi" else None)


def _title(plan: Plan) -> tuple[str, str]:
    """The document's title as printed and its English translation (empty when there is none)."""
    text = plan.header.title if plan.header.title.vi.strip() else plan.title
    return _one_line(text.vi).rstrip(" ."), _one_line(text.en).rstrip(" .")


def _parts(plan: Plan, corpus: Corpus, lang: str, updated: str | None, url: str | None) -> list[_Part]:
    hd = plan.header
    kind = label(DOC_TYPES, hd.type, lang)
    vi_title, en_title = _title(plan)
    parts: list[_Part] = [_issuer(plan, corpus, lang), (". ", None)]
    parts.append((f"{kind} {t('cite_number', lang)} ", None))
    parts.append((_one_line(hd.number), None))
    if hd.date:
        parts.append((f" {t('cite_date', lang)} {formats.date(hd.date, lang)}", None))
    if lang == "vi":
        parts += [(f" {t('cite_about', lang)} ", None), (vi_title, None), (". ", None)]
    else:
        parts += [(", “", None), (vi_title, "vi"), ("”", None)]
        if en_title:
            parts += [(" [", None), (en_title, None), (f", {t('cite_translation', lang)}]", None)]
        parts.append((". ", None))
    edition = t("cite_edition", lang).format(site=_FEED_SITE[lang])
    if updated:
        edition += ", " + t("cite_updated", lang).format(date=formats.date(updated, lang))
    parts.append((edition + ".", None))
    if url:
        parts += [(f" {t('cite_at', lang)}: ", None), (url, "url")]
    return parts


def page_url(site_url: str | None, page: str, lang: str) -> str | None:
    """The absolute address of a generated page (``corpus/plans/x.md``) in ``lang``; None without a site URL."""
    if not site_url or "://" not in site_url or safe_href(site_url) == "#":
        return None
    return site_url.rstrip("/") + "/" + urls.lang_prefix(lang) + urls.url_of(page)


def cite_text(plan: Plan, corpus: Corpus, lang: str, *, updated: str | None = None, url: str | None = None) -> str:
    """The citation as plain text."""
    return "".join(text for text, _ in _parts(plan, corpus, lang, updated, url))


def cite_html(plan: Plan, corpus: Corpus, lang: str, *, updated: str | None = None, url: str | None = None) -> str:
    """The citation as escaped HTML: Vietnamese quoted on an English page is marked ``lang="vi"``, the address linked."""
    out = []
    for text, mark in _parts(plan, corpus, lang, updated, url):
        if mark == "url":
            out.append(link(text, text) if safe_href(text) != "#" else _esc(text))
        elif mark:
            out.append(tag("span", _esc(text), lang=mark))
        else:
            out.append(_esc(text))
    return "".join(out)


def csl(plan: Plan, corpus: Corpus, lang: str, *, updated: str | None = None, url: str | None = None) -> dict[str, Any]:
    """The plan's document as a CSL-JSON item (the document is in Vietnamese; the title in the page's language)."""
    hd = plan.header
    vi_title, en_title = _title(plan)
    issuer, _ = _issuer(plan, corpus, lang)
    item: dict[str, Any] = {
        "id": plan.slug,
        "type": "document",
        "genre": label(DOC_TYPES, hd.type, lang),
        "number": _one_line(hd.number),
        "title": en_title if lang == "en" and en_title else vi_title,
        "author": [{"literal": issuer}],
        "authority": issuer,
        "language": "vi",
    }
    if lang == "en" and en_title:
        item["original-title"] = vi_title
    if hd.date and len(hd.date) == 10 and hd.date[4] == "-" and hd.date[7] == "-":
        item["issued"] = {"date-parts": [[int(hd.date[:4]), int(hd.date[5:7]), int(hd.date[8:10])]]}
    if hd.place:
        item["publisher-place"] = _one_line(hd.place)
    edition = t("cite_edition", lang).format(site=_FEED_SITE[lang])
    if updated:
        edition += ", " + t("cite_updated", lang).format(date=formats.date(updated, lang))
    item["note"] = edition
    if url:
        item["URL"] = url
    return item


def _json_html(data: dict[str, Any]) -> str:
    """CSL-JSON for a ``<pre>``: valid JSON (controls as ``\\u`` escapes), HTML-escaped, template braces neutralised."""
    # A list of one item (what reference managers import), one field a line.
    fields = (f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items())
    text = "[{\n" + ",\n".join(fields) + "\n}]"
    text = CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def cite_block(plan: Plan, corpus: Corpus, lang: str, *, updated: str | None, url: str | None) -> str:
    """The citation for the plan page: the text in a copyable paragraph, CSL-JSON in a ``<details>`` (escaped HTML)."""
    text = tag("p", cite_html(plan, corpus, lang, updated=updated, url=url), cls="cchc-cite-text", id="cite-text")
    data = csl(plan, corpus, lang, updated=updated, url=url)
    details = tag(
        "details",
        tag("summary", h(t("cite_csl", lang))) + tag("pre", tag("code", _json_html(data), cls="language-json")),
        cls="cchc-cite-csl",
    )
    return tag("div", tag("p", h(t("cite_intro", lang))) + text + details, cls="cchc-cite")


def cite_section(plan: Plan, corpus: Corpus, lang: str, *, updated: str | None, url: str | None) -> str:
    """The plan page's section: a level-2 heading ``#cite`` and the citation block."""
    return f"## {md(t('cite', lang))} {{#cite}}\n" + block(cite_block(plan, corpus, lang, updated=updated, url=url))


def last_updated_row(updated: str | None, lang: str) -> tuple[str, str] | None:
    """The metadata card's row (label, escaped value) for the date the plan's data last changed; None without history."""
    if not updated:
        return None
    return t("last_updated", lang), tag("time", h(formats.date(updated, lang)), datetime=updated)
