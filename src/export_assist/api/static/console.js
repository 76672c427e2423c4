/* Advisor console: the review queue (repeated drafts grouped, filters, search), shared
   helpers for the draft view (console-draft.js) and its context (console-context.js).
   Vanilla JS over the /v1 API; no CDN. Words in ja/en: advisor-i18n.js, console-i18n.js. */
(function () {
  "use strict";
  var I = window.EAI18n, t = I.t, W = I.words;
  var C = window.EAC = { key: sessionStorage.getItem("ea-advisor-key") || "", rows: [] };
  var $ = C.$ = function (id) { return document.getElementById(id); };

  C.el = function (tag, attrs, children) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] == null) { return; }
      if (k === "text") { n.textContent = attrs[k]; } else { n.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { n.appendChild(typeof c === "string" ? document.createTextNode(c) : c); } });
    return n;
  };
  C.api = function (method, path, body) {
    return EAAuth.fetch(C.key, path, { method: method, headers: { "Content-Type": "application/json" },
      body: body ? JSON.stringify(body) : undefined }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) { throw I.apiError(r, j); }
        return j;
      });
    });
  };
  /* The change watch's flag: a document this draft cites changed after approval (or
     drafting), in the server's words for the page's language (the widget's wording). */
  C.sourceFlag = function (d) {
    var f = d.source_changed;
    if (!f) { return null; }
    return el("span", { "class": "source-changed", "data-since": f.since,
      title: f.changes.map(function (c) { return C.docTitle(c) + " (" + I.date(c.detected_at) + ")"; }).join(I.lang === "ja" ? "、" : "; "),
      text: "⚠ " + (I.lang === "ja" ? f.message_ja : f.message_en) });
  };
  /* A document's title in the page's language (title_ja where it has one). */
  C.docTitle = function (c) { return (I.lang === "ja" && c.title_ja) || c.title || c.doc_id; };
  C.fail = function (e) { I.showFailure($("error"), e); };
  C.ok = function () { $("error").hidden = true; };
  var el = C.el;

  function whoami() {
    if (!C.key && !EAAuth.enabled()) { $("who").textContent = t("enterKey"); return; }
    C.api("GET", "/v1/me").then(function (me) {
      $("who").textContent = t("signedIn", { who: me.subject, role: W.role(me.role), tenant: me.tenant }); C.ok(); C.loadQueue();
    }).catch(C.fail);
  }
  /* Repeated drafts: same kind, title, exporter and number of claims, newest first. */
  function groups(rows) {
    var out = [], byKey = {};
    rows.forEach(function (d) {
      var k = [d.kind, d.title, d.owner, d.claims_total].join("\u0000");
      if (!byKey[k]) { byKey[k] = []; out.push(byKey[k]); }
      byKey[k].push(d);
    });
    return out;
  }
  function matches(d, words) {
    var hay = [d.title, W.title(d.title), d.owner, d.kind, W.kind(d.kind), d.status, W.draftStatus(d.status)].join(" ").toLowerCase();
    return words.every(function (w) { return hay.indexOf(w) !== -1; });
  }
  function row(group) {
    var d = group[0];
    var link = el("a", { href: "#" + d.id, "data-draft": d.id, text: W.title(d.title) });
    link.addEventListener("click", function (e) { e.preventDefault(); C.openDraft(d.id, group); });
    var title = el("td", {}, [link]);
    /* In a narrow queue (three panes at 1280 px) kind and exporter move under the title, so
       状態・確認済み・更新日時 stay in view without a horizontal scroll (console.css). */
    title.appendChild(el("div", { "class": "row-meta" }, [el("span", { text: W.kind(d.kind) }), " · ",
      el("span", { "class": "row-owner", text: d.owner })]));
    if (group.length > 1) { title.appendChild(el("span", { "class": "group-count", "data-group-size": String(group.length), text: "×" + group.length })); }
    var flag = C.sourceFlag(d);
    if (flag) { title.appendChild(flag); }
    return el("tr", {}, [title, el("td", { "data-kind": d.kind, text: W.kind(d.kind) }), el("td", { text: d.owner }),
      el("td", {}, [el("span", { "class": "status " + d.status, "data-status": d.status, text: W.draftStatus(d.status) })]),
      el("td", { text: I.num(d.claims_decided) + " / " + I.num(d.claims_total) }), el("td", { text: I.dateTime(d.updated_at) })]);
  }
  C.loadQueue = function () {
    var status = $("f-status").value, kind = $("f-kind").value, owner = $("f-owner").value.trim();
    var words = $("f-search").value.toLowerCase().split(/\s+/).filter(Boolean);
    var q = ["limit=500"];
    if (status && status !== "all") { q.push("status=" + status); }
    if (kind) { q.push("kind=" + kind); }
    if (owner) { q.push("owner=" + encodeURIComponent(owner)); }
    return C.api("GET", "/v1/drafts?" + q.join("&")).then(function (rows) {
      var changed = $("f-changed").checked;  // flagged drafts of any status (approved ones above all)
      if (changed) { rows = rows.filter(function (d) { return !!d.source_changed; }); }
      else if (!status) { rows = rows.filter(function (d) { return d.status === "pending" || d.status === "in_review"; }); }
      C.rows = rows;
      var shown = groups(rows.filter(function (d) { return matches(d, words); }));
      var body = $("queue"); body.textContent = "";
      shown.forEach(function (g) { body.appendChild(row(g)); });
      var drafts = shown.reduce(function (n, g) { return n + g.length; }, 0);
      $("queue-msg").textContent = shown.length ? t("queueCount", { groups: I.num(shown.length), drafts: I.num(drafts) }) : t("queueEmpty");
      C.ok();
    }).catch(C.fail);
  };

  $("key").value = C.key;
  $("key-form").addEventListener("submit", function (e) {
    e.preventDefault(); C.key = $("key").value.trim(); sessionStorage.setItem("ea-advisor-key", C.key); whoami();
  });
  $("filters").addEventListener("submit", function (e) { e.preventDefault(); C.loadQueue(); });
  $("f-search").addEventListener("input", function () { C.loadQueue(); });
  $("f-changed").addEventListener("change", function () { C.loadQueue(); });
  window.ExportAssistConsole = { reload: function () { C.loadQueue(); if (C.current) { C.openDraft(C.current); } } };
  I.onChange(function () { whoami(); if (C.current) { C.openDraft(C.current); } });
  document.addEventListener("DOMContentLoaded", whoami);
})();
