"""The site's one 404 page, in the default language's chrome.

A web server answers every missing address with the single ``404.html`` at the site's root.
The i18n plugin builds each language into the same folder, so the language built last would
write that page (an English header and menu on a Vietnamese site). This plugin, added by
``cchc site build``, lets only the default language's build write it; the page itself speaks
both languages (``overrides/404.html``).
"""

from __future__ import annotations

from typing import Any

from mkdocs.plugins import BasePlugin

NOT_FOUND = "404.html"


class DefaultLanguageNotFound(BasePlugin):
    """Skips the 404 page in the builds of the alternate languages (an empty output is not written)."""

    def on_post_template(self, output_content: str, *, template_name: str, config: Any) -> str:
        if template_name != NOT_FOUND:
            return output_content
        i18n = config.plugins.get("i18n")
        if i18n is not None and not getattr(i18n, "is_default_language_build", True):
            return ""
        return output_content
