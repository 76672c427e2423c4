/* export-assist chat widget: embed with one tag, no dependencies, no CDN.
   <script src="https://host/static/widget.js" data-api-key="..." [data-lang="ja|en"]
           [data-target="#element-id"] [data-open="true"] [data-poll-ms="4000"]></script> */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var base = new URL(script.src, location.href).origin;
  var cfg = {
    key: script.getAttribute("data-api-key") || "",
    lang: script.getAttribute("data-lang") || ((navigator.language || "en").indexOf("ja") === 0 ? "ja" : "en"),
    target: script.getAttribute("data-target"),
    open: script.getAttribute("data-open") === "true",
    pollMs: parseInt(script.getAttribute("data-poll-ms") || "4000", 10)
  };
  var T = {
    ja: { title: "輸出相談アシスタント", open: "輸出について相談する", close: "閉じる",
      label: "質問を入力", placeholder: "例: 米国へ緑茶を輸出するにはFDA登録が必要ですか?",
      send: "送信", sending: "回答を作成中…", sources: "出典", section: "項", verified: "確認日",
      searching: "調べています", pending: "アドバイザー確認中", reviewed: "アドバイザー確認済み",
      changes: "アドバイザーが修正を依頼", escalated: "この質問はアドバイザーに確認を依頼しました",
      nokey: "APIキーが設定されていません(data-api-key)。", neterr: "サーバーに接続できませんでした。もう一度お試しください。",
      item: "項目", authority: "所管", documents: "必要書類", lead: "所要期間", download: "ダウンロード",
      lang: "English", you: "あなた", bot: "アシスタント", draft: "下書き", score: "適合度" },
    en: { title: "Export assistant", open: "Ask about exporting", close: "Close",
      label: "Your question", placeholder: "e.g. Do I need FDA registration to export green tea to the US?",
      send: "Send", sending: "Answering…", sources: "Sources", section: "Section", verified: "Verified",
      searching: "Looking up", pending: "Under advisor review", reviewed: "Reviewed by an advisor",
      changes: "Advisor requested changes", escalated: "This question was passed to an advisor",
      nokey: "No API key is configured (data-api-key).", neterr: "Could not reach the server. Please try again.",
      item: "Item", authority: "Authority", documents: "Documents", lead: "Lead time", download: "Download",
      lang: "日本語", you: "You", bot: "Assistant", draft: "Draft", score: "Fit" }
  };
  function t(k) { return (T[cfg.lang] || T.en)[k]; }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }
  var css = el("link", { rel: "stylesheet", href: base + "/static/widget.css" });
  document.head.appendChild(css);

  var root = el("section", { "class": "eaw", "aria-label": t("title"), lang: cfg.lang });
  var launcher = el("button", { type: "button", "class": "eaw-launch", "aria-expanded": "false" });
  var panel = el("div", { "class": "eaw-panel", role: "dialog", "aria-modal": "false" });
  var heading = el("h2", { "class": "eaw-title", id: "eaw-title" });
  var langBtn = el("button", { type: "button", "class": "eaw-lang" });
  var closeBtn = el("button", { type: "button", "class": "eaw-close" });
  var log = el("div", { "class": "eaw-log", role: "log", "aria-live": "polite", "aria-relevant": "additions text", tabindex: "0" });
  var form = el("form", { "class": "eaw-form" });
  var label = el("label", { "for": "eaw-input", "class": "eaw-label" });
  var input = el("textarea", { id: "eaw-input", rows: "2", "class": "eaw-input" });
  var send = el("button", { type: "submit", "class": "eaw-send" });
  form.appendChild(label); form.appendChild(input); form.appendChild(send);
  panel.setAttribute("aria-labelledby", "eaw-title");
  panel.appendChild(el("div", { "class": "eaw-head" }, [heading, langBtn, closeBtn]));
  panel.appendChild(log); panel.appendChild(form);
  root.appendChild(launcher); root.appendChild(panel);

  function paint() {
    root.setAttribute("lang", cfg.lang);
    launcher.textContent = t("open"); heading.textContent = t("title");
    langBtn.textContent = t("lang"); closeBtn.textContent = t("close");
    label.textContent = t("label"); input.setAttribute("placeholder", t("placeholder"));
    send.textContent = t("send");
  }
  function setOpen(open) {
    panel.hidden = !open; launcher.setAttribute("aria-expanded", String(open));
    if (open) { input.focus(); } else { launcher.focus(); }
  }
  launcher.addEventListener("click", function () { setOpen(panel.hidden); });
  closeBtn.addEventListener("click", function () { setOpen(false); });
  langBtn.addEventListener("click", function () { cfg.lang = cfg.lang === "ja" ? "en" : "ja"; paint(); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") { setOpen(false); } });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
  });

  var convKey = "eaw-conversation:" + cfg.key.slice(0, 10);
  function message(role) {
    var box = el("article", { "class": "eaw-msg eaw-" + role });
    box.appendChild(el("h3", { "class": "eaw-who", text: role === "user" ? t("you") : t("bot") }));
    log.appendChild(box);
    return box;
  }
  function note(box, text, cls) {
    var p = el("p", { "class": "eaw-note " + (cls || ""), role: cls === "eaw-error" ? "alert" : "status", text: text });
    box.appendChild(p); log.scrollTop = log.scrollHeight;
    return p;
  }

  function citeList(citations) {
    var wrap = el("div", { "class": "eaw-sources" }, [el("h4", { text: t("sources") })]);
    var ol = el("ol", {});
    citations.forEach(function (c, i) {
      var li = el("li", { id: "eaw-cite-" + i + "-" + Math.random().toString(36).slice(2, 7) });
      var title = c.source_url ? el("a", { href: c.source_url, target: "_blank", rel: "noopener noreferrer", text: c.title }) : el("span", { text: c.title });
      li.appendChild(title);
      if (c.section) { li.appendChild(el("span", { "class": "eaw-sec", text: " · " + t("section") + ": " + c.section })); }
      if (c.page) { li.appendChild(el("span", { text: " · p. " + c.page })); }
      var meta = [c.source_title || c.publisher, c.country].filter(Boolean).join(" · ");
      if (meta) { li.appendChild(el("span", { "class": "eaw-meta", text: " · " + meta })); }
      if (c.source_url) { li.appendChild(el("span", { "class": "eaw-url", text: " " + c.source_url })); }
      li.appendChild(el("span", { "class": "eaw-date", text: " · " + t("verified") + ": " + (c.verified_on || "—") }));
      ol.appendChild(li);
    });
    wrap.appendChild(ol);
    return wrap;
  }

  function badge(draft) {
    var b = el("p", { "class": "eaw-badge", role: "status", "data-draft-id": draft.id });
    function show(d) {
      var state = d.reviewed ? "reviewed" : (d.status === "changes_requested" ? "changes" : "pending");
      b.textContent = t(state); b.setAttribute("data-status", state);
      return state === "pending";
    }
    if (show(draft)) { poll(draft.id, show); }
    return b;
  }
  function poll(id, show) {
    var timer = setInterval(function () {
      api("GET", "/v1/drafts/" + encodeURIComponent(id)).then(function (r) {
        return r.ok ? r.json() : null;
      }).then(function (d) { if (d && !show(d)) { clearInterval(timer); } }).catch(function () {});
    }, cfg.pollMs);
  }

  function table(headers, rows) {
    var tbl = el("table", { "class": "eaw-table" });
    tbl.appendChild(el("thead", {}, [el("tr", {}, headers.map(function (h) { return el("th", { scope: "col", text: h }); }))]));
    tbl.appendChild(el("tbody", {}, rows.map(function (r) {
      return el("tr", {}, r.map(function (cell) { return el("td", { text: cell == null ? "" : String(cell) }); }));
    })));
    return tbl;
  }
  var RENDER = {
    checklist: function (d) {
      var wrap = el("div", {});
      (d.checklists || [d]).forEach(function (c) {
        if (c.destination_name || c.destination) { wrap.appendChild(el("h4", { text: c.destination_name || c.destination })); }
        wrap.appendChild(table([t("item"), t("authority"), t("documents"), t("lead")], (c.items || []).map(function (i) {
          return [i.title, i.authority, (i.documents || []).join(", "), i.lead_time];
        })));
      });
      return wrap;
    },
    shortlist: function (d) {
      return el("ul", { "class": "eaw-cards" }, (d.buyers || []).map(function (b) {
        return el("li", { "class": "eaw-card" }, [
          el("h4", { text: b.name + (b.country ? " (" + b.country + ")" : "") }),
          el("p", { text: t("score") + ": " + (b.score != null ? b.score : "—") + (b.screening ? " · " + b.screening : "") }),
          el("ul", {}, (b.reasons || []).map(function (r) { return el("li", { text: r }); }))
        ]);
      }));
    },
    documents: function (d) {
      return el("ul", { "class": "eaw-docs" }, (d.documents || []).map(function (doc) {
        var li = el("li", {}, [el("span", { text: doc.title + " " })]);
        (doc.links || []).forEach(function (l) {
          li.appendChild(el("a", { href: base + l.url, download: "", text: t("download") + " " + l.format.toUpperCase() }));
          li.appendChild(document.createTextNode(" "));
        });
        return li;
      }));
    },
    hs: function (d) {
      return table(["HS", t("item"), ""], (d.candidates || []).map(function (c) { return [c.code, c.description, c.confidence]; }));
    },
    translation: function (d) { return el("blockquote", { lang: d.target || "", text: d.text || "" }); }
  };

  function renderFinal(box, body, f) {
    body.textContent = f.answer;
    (f.payloads || []).forEach(function (p) {
      var r = RENDER[p.kind];
      var sec = el("div", { "class": "eaw-payload eaw-" + p.kind });
      if (r && p.data) { sec.appendChild(r(p.data)); }
      if (p.draft) { sec.appendChild(badge(p.draft)); }
      box.appendChild(sec);
    });
    if (f.citations && f.citations.length) { box.appendChild(citeList(f.citations)); }
    if (f.escalated && f.escalation) {
      note(box, t("escalated"), "eaw-escalated");
      box.appendChild(badge(f.escalation));
    }
    if (f.conversation_id) { sessionStorage.setItem(convKey, f.conversation_id); }
  }

  function api(method, path, body) {
    var headers = { "X-API-Key": cfg.key };
    if (body) { headers["Content-Type"] = "application/json"; headers.Accept = "text/event-stream"; }
    return fetch(base + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
  }
  function errorText(r) {
    return r.json().then(function (j) { return (j.error && j.error.message) || r.statusText; },
      function () { return r.status + " " + r.statusText; });
  }

  function ask(text) {
    var user = message("user"); user.appendChild(el("p", { text: text }));
    var box = message("bot"); box.setAttribute("aria-busy", "true");
    var status = note(box, t("sending"));
    var body = el("div", { "class": "eaw-answer" }); box.appendChild(body);
    send.disabled = true;
    var req = { message: text, language: cfg.lang };
    var cid = sessionStorage.getItem(convKey); if (cid) { req.conversation_id = cid; }
    function done() { box.setAttribute("aria-busy", "false"); send.disabled = false; status.remove(); log.scrollTop = log.scrollHeight; }
    if (!cfg.key) { note(box, t("nokey"), "eaw-error"); done(); return; }
    api("POST", "/v1/chat", req).then(function (r) {
      if (!r.ok) {
        if (r.status === 404 && cid) { sessionStorage.removeItem(convKey); }
        return errorText(r).then(function (m) { note(box, m, "eaw-error"); });
      }
      return readStream(r, function (name, data) {
        if (name === "token") { body.textContent += data.text; log.scrollTop = log.scrollHeight; }
        else if (name === "tool_call") { status.textContent = t("searching") + ": " + data.name; }
        else if (name === "notice") { if (data.reset) { body.textContent = ""; } note(box, data.message, "eaw-notice"); }
        else if (name === "final") { renderFinal(box, body, data); }
        else if (name === "error") { note(box, data.message, "eaw-error"); }
      });
    }).catch(function () { note(box, t("neterr"), "eaw-error"); }).then(done);
  }

  function readStream(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    function flush(block) {
      var name = "message", data = [];
      block.split("\n").forEach(function (line) {
        if (line.indexOf("event:") === 0) { name = line.slice(6).trim(); }
        else if (line.indexOf("data:") === 0) { data.push(line.slice(5).replace(/^ /, "")); }
      });
      if (data.length) { try { onEvent(name, JSON.parse(data.join("\n"))); } catch (e) { /* keep-alive */ } }
    }
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) { if (buffer.trim()) { flush(buffer); } return; }
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, "\n");
        var parts = buffer.split("\n\n"); buffer = parts.pop();
        parts.forEach(flush);
        return pump();
      });
    }
    return pump();
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text || send.disabled) { return; }
    input.value = ""; ask(text);
  });

  paint();
  var host = cfg.target ? document.querySelector(cfg.target) : null;
  if (host) { root.classList.add("eaw-inline"); launcher.hidden = true; host.appendChild(root); panel.hidden = false; }
  else { document.body.appendChild(root); panel.hidden = !cfg.open; launcher.setAttribute("aria-expanded", String(cfg.open)); }
  window.ExportAssistWidget = { ask: ask, config: cfg };
})();
