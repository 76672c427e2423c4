/* Advisor console: beside a draft, the exporter (who, what they asked for, their other
   drafts) and the conversation the draft came from. */
(function () {
  "use strict";
  var C = window.EAC, el = C.el, $ = C.$;

  function exporter(d) {
    var dl = $("exporter"); dl.textContent = "";
    var data = (d.payload && d.payload.data) || {};
    var req = data.request || {};
    var mine = C.rows.filter(function (r) { return r.owner === d.owner; });
    var pairs = [["Exporter", d.owner], ["Product", req.product], ["HS code", req.hs_code],
      ["Destinations", (req.destinations || []).join(", ")],
      ["Their drafts in this list", String(mine.length)], ["Draft created", new Date(d.created_at).toLocaleString()]];
    pairs.forEach(function (p) { if (p[1]) { dl.appendChild(el("dt", { text: p[0] })); dl.appendChild(el("dd", { text: p[1] })); } });
  }
  function conversation(d) {
    var list = $("conversation"); list.textContent = "";
    if (!d.conversation_id) { list.appendChild(el("li", { text: "No conversation (the draft was sent through the API)." })); return; }
    C.api("GET", "/v1/conversations/" + encodeURIComponent(d.conversation_id)).then(function (conv) {
      conv.messages.forEach(function (m) {
        list.appendChild(el("li", { "data-role": m.role }, [el("span", { "class": "role", text: (m.role === "user" ? "Exporter" : "Assistant") + ": " }),
          m.content.length > 600 ? m.content.slice(0, 600) + "…" : m.content]));
      });
    }).catch(function (e) { list.appendChild(el("li", { text: "Could not load the conversation: " + e.message })); });
  }
  C.showContext = function (d) { $("context").hidden = false; exporter(d); conversation(d); };
})();
