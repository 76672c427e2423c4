/* export-assist widget: the conversation. Ask (streamed), render the final payload once
   (answer, one card per result, grouped sources, review badges), restore the stored
   conversation from the server on load, and start a new one on request. */
(function (W) {
  "use strict";
  var el = W.dom.el, t = W.t, cfg = W.cfg, P = W.panel;
  var store = { get: function () { return null; }, set: function () {}, clear: function () {} };
  try {
    var who = cfg.publishableKey || cfg.tokenUrl || cfg.tokenCallback || "token";
    var KEY = "eaw-conversation:" + cfg.base + ":" + who.slice(0, 40);
    window.localStorage.getItem(KEY);
    store = {
      get: function () { return localStorage.getItem(KEY); },
      set: function (v) { localStorage.setItem(KEY, v); },
      clear: function () { localStorage.removeItem(KEY); }
    };
  } catch (e) { /* storage blocked (third-party iframe): the conversation lasts the page */ }

  function message(role) {
    var box = el("article", { "class": "eaw-msg eaw-" + role }, [el("h3", { "class": "eaw-who", text: role === "user" ? t("you") : t("bot") })]);
    P.log.appendChild(box);
    return box;
  }
  function note(box, text, cls, detail) {
    var p = el("div", { "class": "eaw-note " + (cls || ""), role: cls === "eaw-error" ? "alert" : null }, [el("p", { text: text })]);
    if (detail) { p.appendChild(el("details", {}, [el("summary", { text: t("details") }), W.dom.content("p", detail)])); }
    box.appendChild(p); P.scrollEnd();
    return p;
  }
  /* The answer is the server's text (quotes may be in the source's language). */
  function answerBody() { return el("div", { "class": "eaw-answer", "data-content": "" }); }
  function userMessage(text) { message("user").appendChild(W.dom.content("p", text)); }

  function renderFinal(box, body, f) {
    if (f.answer_html) { W.dom.setHtml(body, f.answer_html); } else { body.textContent = f.answer || ""; }
    body.classList.add("eaw-rendered");
    W.cards.dedupe(body, f.payloads);
    (f.payloads || []).forEach(function (p) {
      var sec = el("div", { "class": "eaw-payload eaw-kind-" + p.kind });
      var card = W.cards.render(p.kind, p.data);
      if (card) { sec.appendChild(card); }
      if (p.draft) { sec.appendChild(W.review.badge(p.draft, sec)); }
      if (sec.firstChild) { box.appendChild(sec); }
    });
    var sources = W.sources.render(f.citations);
    if (sources) { box.appendChild(sources); }
    if (f.escalated && f.escalation) {
      var esc = el("div", { "class": "eaw-payload eaw-kind-answer" });
      note(esc, t("escalated"), "eaw-escalated");
      esc.appendChild(W.review.badge(f.escalation, esc));
      box.appendChild(esc);
    }
  }

  function ask(text) {
    userMessage(text);
    var box = message("bot"); box.setAttribute("aria-busy", "true");
    var status = note(box, t("sending"), "eaw-status");
    var body = answerBody(); box.appendChild(body);
    P.send.disabled = true;
    var req = { message: text, language: cfg.lang };
    var cid = store.get(); if (cid) { req.conversation_id = cid; }
    function done() { box.setAttribute("aria-busy", "false"); P.send.disabled = false; status.remove(); P.scrollEnd(); }
    if (!W.api.configured()) { note(box, t(cfg.legacyKey ? "apikeyRefused" : "nokey"), "eaw-error"); done(); return Promise.resolve(); }
    return W.api.call("POST", "/v1/chat", req, "text/event-stream").then(function (r) {
      if (!r.ok) {
        if (r.status === 404 && cid) { store.clear(); }
        return W.api.failure(r).then(function (f) { note(box, f.text, "eaw-error", f.detail); });
      }
      return W.api.readStream(r, function (name, data) {
        if (name === "meta" && data.conversation_id) { store.set(data.conversation_id); }
        else if (name === "token") { body.textContent += data.text; P.scrollEnd(); }
        else if (name === "tool_call") { status.firstChild.textContent = t("searching") + "…"; }
        else if (name === "notice") { if (data.reset) { body.textContent = ""; } note(box, data.message, "eaw-notice"); }
        else if (name === "final") { renderFinal(box, body, data); P.announce(t("answered")); }
        else if (name === "error") { streamError(box, data); }
      });
    }).catch(function (e) { return tokenFailure(box, e) || explainFailure(box); }).then(done);
  }
  /* The token could not be had: the host site's endpoint (logged out?) or a visitor refusal. */
  function tokenFailure(box, e) {
    if (!e || !e.tokenStatus) { return null; }
    if (!e.response) { note(box, t("tokenFailed"), "eaw-error", "HTTP " + e.tokenStatus); return Promise.resolve(); }
    return W.api.failure(e.response).then(function (f) { note(box, f.text, "eaw-error", f.detail); });
  }
  function streamError(box, data) {
    var known = W.strings.ja["e_" + data.code] != null;
    if (cfg.lang === "en" || !known) { note(box, cfg.lang === "en" ? data.message : t("e_internal_error"), "eaw-error"); return; }
    note(box, t("e_" + data.code), "eaw-error", data.message);
  }
  /* A failed fetch: on another site, most often the origin is not allowed yet. */
  function explainFailure(box) {
    return W.api.checkOrigin().then(function (o) {
      if (o.allowed) { note(box, t("neterr"), "eaw-error"); } else { originRefused(box, o); }
    }, function () { note(box, t("neterr"), "eaw-error"); });
  }
  function originRefused(box, o) {
    var vars = { origin: o.origin, setting: o.setting };
    var n = note(box, t("originRefused", vars), "eaw-error eaw-origin");
    n.appendChild(el("p", { text: t("originHelp", vars) }));
  }

  function restore(cid) {
    var status = note(P.log, t("restoring"), "eaw-status");
    return W.api.json("GET", "/v1/conversations/" + encodeURIComponent(cid)).then(function (conv) {
      status.remove();
      (conv.messages || []).forEach(function (m) {
        if (m.role === "user") { userMessage(m.content); return; }
        var box = message("bot"), body = answerBody();
        box.appendChild(body);
        renderFinal(box, body, Object.assign({ answer: m.content }, m.data || {}));
      });
      P.scrollEnd();
    }, function (e) {
      status.remove();
      if (e.failure && e.failure.status === 404) { store.clear(); return; }
      if (e.tokenStatus) { return tokenFailure(P.log, e); }
      note(P.log, t("restoreFailed"), "eaw-error");
    });
  }
  function newConversation() {
    W.review.stopAll(); store.clear();
    P.log.textContent = ""; P.input.focus(); P.announce(t("newConvDone"));
  }

  P.form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = P.input.value.trim();
    if (!text || P.send.disabled) { return; }
    P.input.value = ""; ask(text);
  });
  P.newBtn.addEventListener("click", newConversation);
  P.langBtn.addEventListener("click", function () { cfg.lang = cfg.lang === "ja" ? "en" : "ja"; P.paint(); });

  function boot() {
    P.mount();
    if (cfg.legacyKey) { console.error("export-assist: data-api-key is refused: an API key in a page is anyone's key. Use data-token-url or data-publishable-key (README: Embed the widget)."); }
    if (!W.api.configured()) { return; }
    W.api.checkOrigin().then(function (o) {
      if (!o.allowed) { originRefused(P.log, o); P.send.disabled = true; return; }
      var cid = store.get();
      if (cid) { restore(cid); }
    }, function () { note(P.log, t("neterr"), "eaw-error"); });
  }
  W.chat = { ask: ask, restore: restore, newConversation: newConversation, boot: boot };
})(window.__eaw);
