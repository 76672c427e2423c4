/* export-assist widget: DOM helpers. Text goes in as text; the only HTML inserted is the
   answer's `answer_html`, which the server renders with markdown-it and sanitises with nh3. */
(function (W) {
  "use strict";
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) { return; }
      if (k === "text") { node.textContent = v; } else { node.setAttribute(k, v === true ? "" : v); }
    });
    (children || []).forEach(function (c) {
      if (c == null || c === false) { return; }
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  var JA = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
  var LATIN = /[A-Za-z]{2,}/;
  /* The language of a piece of server data, for lang= (screen readers pick the voice). */
  function langOf(text) {
    if (JA.test(text || "")) { return "ja"; }
    return LATIN.test(text || "") ? "en" : null;
  }
  /* Server data (titles, authorities, reasons): marked so tests can tell it from UI strings. */
  function content(tag, text, attrs) {
    var a = attrs || {};
    a["data-content"] = "";
    a.text = text == null ? "" : String(text);
    var lang = langOf(a.text);
    if (lang && lang !== W.cfg.lang) { a.lang = lang; }
    return el(tag, a);
  }
  function setHtml(node, html) {
    // `html` is nh3-sanitised on the server (tags, attributes and URL schemes allow-listed).
    node.innerHTML = html;
    node.querySelectorAll("a[href]").forEach(function (a) { a.setAttribute("rel", "noopener noreferrer nofollow"); });
  }
  function region(code, fallback) {
    try {
      var name = new Intl.DisplayNames([W.cfg.lang], { type: "region" }).of(code);
      if (name && name !== code) { return name; }
    } catch (e) { /* unknown code or old browser */ }
    return fallback || code;
  }
  function when(iso) {
    if (!iso) { return ""; }
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return String(iso); }
    return d.toLocaleString(W.cfg.lang === "ja" ? "ja-JP" : "en-GB",
      { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
  }
  /* A collapsed rest: the first `shown` nodes stay, the others go behind "show all". */
  function summarised(tag, nodes, shown, cls) {
    var head = el(tag, { "class": cls });
    nodes.slice(0, shown).forEach(function (n) { head.appendChild(n); });
    var wrap = el("div", {}, [head]);
    if (nodes.length > shown) {
      var rest = el(tag, { "class": cls, start: tag === "ol" ? String(shown + 1) : null });
      nodes.slice(shown).forEach(function (n) { rest.appendChild(n); });
      wrap.appendChild(el("details", { "class": "eaw-more" }, [
        el("summary", { text: W.t("showAll", { n: nodes.length - shown }) }), rest]));
    }
    return wrap;
  }
  W.dom = { el: el, content: content, langOf: langOf, setHtml: setHtml, region: region, when: when, summarised: summarised };
})(window.__eaw);
