/* export-assist widget: citations grouped per document (one entry per document, its
   sections listed once, the answer's [n] markers beside it); long lists summarised. */
(function (W) {
  "use strict";
  var el = W.dom.el, content = W.dom.content, t = W.t;
  var SHOWN = 4;
  var JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

  function group(citations) {
    var docs = [], byKey = {};
    citations.forEach(function (c, i) {
      var key = c.doc_id || c.source_url || c.title;
      var doc = byKey[key];
      if (!doc) { doc = byKey[key] = { c: c, markers: [], sections: [], pages: [] }; docs.push(doc); }
      doc.markers.push(i + 1);
      if (c.section && doc.sections.indexOf(c.section) === -1) { doc.sections.push(c.section); }
      if (c.page != null && doc.pages.indexOf(c.page) === -1) { doc.pages.push(c.page); }
    });
    return docs;
  }
  function entry(doc) {
    var c = doc.c, ja = W.cfg.lang === "ja", name = (ja && c.title_ja) || c.title;
    /* in English a write-up in Japanese goes by the official page's own English name */
    if (!ja && JAPANESE.test(name) && c.source_title && !JAPANESE.test(c.source_title)) { name = c.source_title; }
    var title = /^https?:\/\//i.test(c.source_url || "")  // never a javascript: link
      ? content("a", name, { href: c.source_url, target: "_blank", rel: "noopener noreferrer", "class": "eaw-doc-title" })
      : content("span", name, { "class": "eaw-doc-title" });
    var li = el("li", { "class": "eaw-source" }, [
      el("span", { "class": "eaw-markers", "aria-hidden": "true", text: "[" + doc.markers.join(", ") + "] " }), title]);
    var from = c.source_title || c.publisher;
    if (from && from !== c.title && from !== name) {  // the official page's own name, in its language
      li.appendChild(document.createTextNode(" · "));
      li.appendChild(content("span", from, { "class": "eaw-meta eaw-official" }));
    }
    /* Sections are headings of our write-up (not of the linked page): only those in the
       page's language, so a document's headings in the other language do not show up untranslated. */
    var sections = doc.sections.filter(function (s) { return JAPANESE.test(s) === ja; });
    if (sections.length) {
      li.appendChild(el("div", { "class": "eaw-sec" }, [t("section") + ": ", content("span", sections.join(" / "))]));
    }
    if (doc.pages.length) { li.appendChild(el("span", { "class": "eaw-meta", text: " " + t("page") + " " + doc.pages.join(", ") })); }
    if (c.source_url) { li.appendChild(el("div", { "class": "eaw-url", text: c.source_url })); }
    li.appendChild(el("div", { "class": "eaw-date", text: t("verified") + ": " + (c.verified_on || "—") }));
    return li;
  }
  function render(citations) {
    var docs = group(citations || []);
    if (!docs.length) { return null; }
    /* The answer's [n] markers count passages, the list counts documents: when they differ
       the heading names both, so "[5]" under "2件の資料" does not look like a missing source. */
    var n = docs.length, m = citations.length;
    var head = m > n ? t("sourcesPassages", { n: n, m: m }) : t("sourcesCount", { n: n });
    var wrap = el("div", { "class": "eaw-sources" }, [el("h4", { text: head })]);
    var list = el("ol", {}, docs.slice(0, SHOWN).map(entry));
    wrap.appendChild(list);
    if (docs.length > SHOWN) {
      wrap.appendChild(el("details", { "class": "eaw-more" }, [
        el("summary", { text: t("moreSources", { n: docs.length - SHOWN }) }),
        el("ol", { start: String(SHOWN + 1) }, docs.slice(SHOWN).map(entry))]));
    }
    return wrap;
  }
  W.sources = { render: render, group: group };
})(window.__eaw);
