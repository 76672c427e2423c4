/* Advisor console: beside a draft, the exporter (who, what they asked for, their other
   drafts) and the conversation the draft came from. */
(function () {
  "use strict";
  var C = window.EAC, el = C.el, $ = C.$, I = window.EAI18n, t = I.t;

  function exporter(d) {
    var dl = $("exporter"); dl.textContent = "";
    var data = (d.payload && d.payload.data) || {};
    var req = data.request || {};
    var mine = C.rows.filter(function (r) { return r.owner === d.owner; });
    var pairs = [["exporter", d.owner], ["ctx_product", req.product], ["ctx_hs", req.hs_code],
      ["ctx_dest", I.list((req.destinations || []).map(I.country))],
      ["ctx_theirs", I.num(mine.length)], ["ctx_created", I.dateTime(d.created_at)]];
    pairs.forEach(function (p) { if (p[1]) { dl.appendChild(el("dt", { "data-field": p[0], text: t(p[0]) })); dl.appendChild(el("dd", { text: p[1] })); } });
  }
  function conversation(d) {
    var list = $("conversation"); list.textContent = "";
    if (!d.conversation_id) { list.appendChild(el("li", { text: t("noConversation") })); return; }
    C.api("GET", "/v1/conversations/" + encodeURIComponent(d.conversation_id)).then(function (conv) {
      conv.messages.forEach(function (m) {
        list.appendChild(el("li", { "data-role": m.role }, [el("span", { "class": "role", text: t(m.role === "user" ? "you_user" : "you_assistant") + (I.lang === "ja" ? "：" : ": ") }),
          m.content.length > 600 ? m.content.slice(0, 600) + "…" : m.content]));
      });
    }).catch(function (e) { list.appendChild(el("li", { "class": "error", text: t("convFailed") + " " + I.failure(e).text })); });
  }
  C.showContext = function (d) { $("context").hidden = false; exporter(d); conversation(d); };
})();
