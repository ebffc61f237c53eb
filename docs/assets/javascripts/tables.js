/* Sortable and filterable tables, without any library. Also makes Material's
   scrollable table wrappers keyboard-focusable (axe: scrollable-region-focusable)
   and names the search dialog (axe: aria-dialog-name). */
(function () {
  "use strict";

  // A cell sorts by its data-sort value when it has one (a sum in đồng, an ISO date), else by its text.
  function cellKey(row, index) {
    var cell = row.cells[index];
    if (!cell) return { n: NaN, s: "" };
    if (cell.hasAttribute("data-sort")) {
      var v = cell.getAttribute("data-sort");
      return { n: /^-?\d+(\.\d+)?$/.test(v) ? parseFloat(v) : NaN, s: v };
    }
    var text = cell.textContent.trim();
    return { n: asNumber(text), s: text };
  }

  // Numbers as the page writes them: 1.234,5 on Vietnamese pages, 1,234.5 on English ones.
  function asNumber(text) {
    var t = text.replace(/[\s%]/g, "");
    if (!/^-?[\d.,]+$/.test(t)) return NaN;
    t = document.documentElement.lang === "en" ? t.replace(/,/g, "") : t.replace(/\./g, "").replace(",", ".");
    return parseFloat(t);
  }

  function compare(a, b) {
    if (!isNaN(a.n) && !isNaN(b.n)) return a.n - b.n;
    if (a.s === "" || b.s === "") return a.s === "" ? (b.s === "" ? 0 : 1) : -1;
    return a.s.localeCompare(b.s, document.documentElement.lang || "vi", { numeric: true, sensitivity: "base" });
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c = compare(cellKey(r1, index), cellKey(r2, index));
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  function makeFilter(input) {
    var table = document.getElementById(input.getAttribute("data-filter-for"));
    if (!table) return;
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = fold(row.textContent);
        row.hidden = !words.every(function (w) { return text.indexOf(w) !== -1; });
      });
    });
  }

  function focusableScrollWraps() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (!wrap.hasAttribute("tabindex")) {
        wrap.setAttribute("tabindex", "0");
        var table = wrap.querySelector("table");
        var label = table && (table.getAttribute("aria-label") || (table.caption && table.caption.textContent));
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", label || (document.documentElement.lang === "en" ? "Table" : "Bảng"));
      }
    });
  }

  function nameDialogs() {
    var en = document.documentElement.lang === "en";
    document.querySelectorAll('[role="dialog"]:not([aria-label]):not([aria-labelledby])').forEach(function (d) {
      d.setAttribute("aria-label", en ? "Search" : "Tìm kiếm");
    });
  }

  function init() {
    nameDialogs();
    document.querySelectorAll("table.cchc-sortable").forEach(makeSortable);
    document.querySelectorAll("input[data-filter-for]").forEach(makeFilter);
    focusableScrollWraps();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  window.addEventListener("load", focusableScrollWraps);
})();
