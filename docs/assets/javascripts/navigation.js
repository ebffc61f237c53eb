/* Small navigation aids, without any library:
   - the header tab of the page's section is marked current (generated pages are not in the
     navigation, so Material cannot know their tab: the breadcrumb says which it is);
   - the language switch keeps the #fragment, so a permalink to a task or a finding
     lands on the same item in the other language;
   - search results whose highlight parameter is empty link to the plain page URL. */
(function () {
  "use strict";

  function sameUrl(a, b) {
    return a.replace(/index\.html$/, "").replace(/\/$/, "") === b.replace(/index\.html$/, "").replace(/\/$/, "");
  }

  function markTab() {
    var crumbs = document.querySelectorAll("nav.cchc-breadcrumb a");
    if (crumbs.length < 2) return;
    var section = crumbs[1].href;
    document.querySelectorAll(".md-tabs__link").forEach(function (tab) {
      var item = tab.closest(".md-tabs__item");
      if (sameUrl(tab.href, section)) {
        if (item) item.classList.add("md-tabs__item--active");
        tab.classList.add("md-tabs__link--active");
        tab.setAttribute("aria-current", "true");
      }
    });
  }

  function keepFragment() {
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (a) {
      a.addEventListener("click", function () {
        if (location.hash && a.href.indexOf("#") === -1) a.href = a.href + location.hash;
      });
    });
  }

  function cleanSearchLinks() {
    var list = document.querySelector(".md-search-result__list");
    if (!list || !window.MutationObserver) return;
    new MutationObserver(function () {
      list.querySelectorAll('a[href*="?h="]').forEach(function (a) {
        var url = new URL(a.href, location.href);
        if (!url.searchParams.get("h")) {
          url.searchParams.delete("h");
          a.href = url.toString();
        }
      });
    }).observe(list, { childList: true, subtree: true });
  }

  function init() {
    markTab();
    keepFragment();
    cleanSearchLinks();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
