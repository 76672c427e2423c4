/* export-assist chat widget: embed with one tag, no dependencies, no CDN.
   <script src="https://host/static/widget.js" data-token-url="/your/token/endpoint"
           [data-lang="ja|en"] [data-target="#element-id"] [data-open="true"] [data-poll-ms="4000"]></script>
   Identity (no long-lived secret in the page): data-token-url (the host site's endpoint
   that returns a short-lived widget token for its logged-in user), data-token-callback (a
   global function returning one), data-token (a first token rendered by the host's server)
   or, for anonymous visitors, data-publishable-key. data-api-key is refused.
   This file reads the tag, then loads the widget's parts from the same server in order.
   On another site, the server must list that site's origin (README: "Embed the widget"). */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__eaw) { return; }
  var src = new URL(script.src, location.href);
  function attr(name, fallback) { var v = script.getAttribute("data-" + name); return v == null || v === "" ? fallback : v; }
  var browserLang = (navigator.language || "ja").toLowerCase().indexOf("en") === 0 ? "en" : "ja";
  var lang = attr("lang", browserLang);
  var W = window.__eaw = {
    cfg: {
      base: src.origin,
      token: attr("token", ""),
      tokenUrl: attr("token-url", ""),
      tokenCallback: attr("token-callback", ""),
      publishableKey: attr("publishable-key", ""),
      legacyKey: !!attr("api-key", ""),
      lang: lang === "en" ? "en" : "ja",
      target: attr("target", null),
      open: attr("open", "false") === "true",
      pollMs: parseInt(attr("poll-ms", "4000"), 10) || 4000
    }
  };
  var css = document.createElement("link");
  css.rel = "stylesheet"; css.href = src.origin + "/static/widget.css" + src.search;
  document.head.appendChild(css);
  var PARTS = ["i18n", "dom", "api", "cards", "doclang", "dockinds", "docform", "programmes", "duties", "sources", "review", "panel", "watch", "chat"];
  function ready() {
    W.chat.boot();
    W.watch.boot();
    window.ExportAssistWidget = { ask: W.chat.ask, setToken: W.api.setToken, newConversation: W.chat.newConversation, config: W.cfg, strings: W.strings, cards: W.cards };
    document.dispatchEvent(new CustomEvent("export-assist:ready"));
  }
  function load() {
    // Fetched in parallel, run in order (async = false), booted after the last one.
    PARTS.forEach(function (name, i) {
      var s = document.createElement("script");
      s.src = src.origin + "/static/widget/" + name + ".js" + src.search;
      s.async = false;
      if (i === PARTS.length - 1) { s.onload = ready; }
      s.onerror = function () { console.error("export-assist: could not load " + s.src); };
      document.head.appendChild(s);
    });
  }
  function start() { load(); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
