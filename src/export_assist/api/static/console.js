/* Advisor console: the review queue, per-claim approve / edit / reject with a comment,
   version history and the audit log. Vanilla JS over the /v1 API; no CDN. */
(function () {
  "use strict";
  var key = sessionStorage.getItem("ea-advisor-key") || document.body.getAttribute("data-key") || "";
  var $ = function (id) { return document.getElementById(id); };
  var current = null;

  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (k === "text") { n.textContent = attrs[k]; } else { n.setAttribute(k, attrs[k]); } });
    (children || []).forEach(function (c) { if (c) { n.appendChild(typeof c === "string" ? document.createTextNode(c) : c); } });
    return n;
  }
  function api(method, path, body) {
    return fetch(path, { method: method, headers: { "X-API-Key": key, "Content-Type": "application/json" },
      body: body ? JSON.stringify(body) : undefined }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) { throw new Error((j.error && j.error.message) || r.statusText); }
        return j;
      });
    });
  }
  function fail(e) { $("error").hidden = false; $("error").textContent = e.message || String(e); }
  function ok() { $("error").hidden = true; }

  function whoami() {
    if (!key) { $("who").textContent = "Enter an advisor key."; return; }
    api("GET", "/v1/me").then(function (me) {
      $("who").textContent = "Signed in as " + me.subject + " (" + me.role + ", " + me.tenant + ")"; ok(); loadQueue();
    }).catch(fail);
  }

  function loadQueue() {
    var status = $("f-status").value, kind = $("f-kind").value, owner = $("f-owner").value.trim();
    var q = [];
    if (status && status !== "all") { q.push("status=" + status); }
    if (kind) { q.push("kind=" + kind); }
    if (owner) { q.push("owner=" + encodeURIComponent(owner)); }
    api("GET", "/v1/drafts" + (q.length ? "?" + q.join("&") : "")).then(function (rows) {
      if (!status) { rows = rows.filter(function (d) { return d.status === "pending" || d.status === "in_review"; }); }
      var body = $("queue"); body.textContent = "";
      rows.forEach(function (d) {
        var link = el("a", { href: "#" + d.id, "data-draft": d.id, text: d.title });
        link.addEventListener("click", function (e) { e.preventDefault(); openDraft(d.id); });
        body.appendChild(el("tr", {}, [el("td", {}, [link]), el("td", { text: d.kind }), el("td", { text: d.owner }),
          el("td", {}, [el("span", { "class": "status " + d.status, text: d.status })]),
          el("td", { text: d.claims_decided + " / " + d.claims_total }), el("td", { text: new Date(d.updated_at).toLocaleString() })]));
      });
      $("queue-msg").textContent = rows.length + " draft(s)"; ok();
    }).catch(fail);
  }

  function citations(list) {
    if (!list || !list.length) { return el("p", { "class": "cites", text: "No citation." }); }
    return el("ul", { "class": "cites" }, list.map(function (c) {
      return el("li", {}, [el("a", { href: c.source_url || "#", target: "_blank", rel: "noopener noreferrer", text: c.title }),
        (c.section ? " · " + c.section : "") + " · verified " + (c.verified_on || "—")]);
    }));
  }

  function claimItem(d, c) {
    var id = "c-" + c.id;
    var comment = el("textarea", { id: id + "-comment", rows: "2", cols: "50" });
    var edit = el("textarea", { id: id + "-text", rows: "2", cols: "50" }); edit.value = c.text;
    function decide(action) {
      var body = { action: action, comment: comment.value };
      if (action === "edit") { body.text = edit.value; }
      api("POST", "/v1/drafts/" + d.id + "/claims/" + c.id + "/decision", body).then(function () { openDraft(d.id); loadQueue(); }).catch(fail);
    }
    var buttons = ["approve", "edit", "reject"].map(function (a) {
      var b = el("button", { type: "button", "class": a === "approve" ? "primary" : "", "data-action": a, text: a.charAt(0).toUpperCase() + a.slice(1) });
      b.setAttribute("aria-label", a + " claim " + (c.position + 1));
      b.addEventListener("click", function () { decide(a); });
      if (d.status === "approved") { b.disabled = true; }
      return b;
    });
    return el("li", { "data-claim": c.id }, [
      el("p", { text: c.text }), citations(c.citations),
      el("p", {}, [el("span", { "class": "status " + c.status, text: c.status }), c.decided_by ? " by " + c.decided_by : "", c.comment ? " — " + c.comment : ""]),
      el("label", { "for": id + "-text", text: "Corrected text (for Edit)" }), el("br"), edit, el("br"),
      el("label", { "for": id + "-comment", text: "Comment" }), el("br"), comment,
      el("div", { "class": "row" }, buttons)
    ]);
  }

  function openDraft(id) {
    api("GET", "/v1/drafts/" + id).then(function (d) {
      current = d.id; $("draft").hidden = false;
      $("draft-title").textContent = d.title;
      $("draft-meta").textContent = d.kind + " · exporter " + d.owner + " · status " + d.status + (d.reviewed ? " (reviewed)" : "") + " · version " + d.version;
      var list = $("claims"); list.textContent = "";
      d.claims.forEach(function (c) { list.appendChild(claimItem(d, c)); });
      return Promise.all([api("GET", "/v1/drafts/" + id + "/versions"), api("GET", "/v1/audit?draft_id=" + id)]);
    }).then(function (res) {
      var v = $("versions"); v.textContent = "";
      res[0].forEach(function (x) { v.appendChild(el("li", { text: "v" + x.version + " · " + x.author + " · " + x.note + " · " + new Date(x.created_at).toLocaleString() })); });
      var a = $("audit"); a.textContent = "";
      res[1].forEach(function (x) { a.appendChild(el("li", { text: new Date(x.at).toLocaleString() + " · " + x.actor + " (" + x.actor_role + ") · " + x.action + (x.detail.comment ? " · " + x.detail.comment : "") })); });
      ok();
    }).catch(fail);
  }

  $("key").value = key;
  $("key-form").addEventListener("submit", function (e) {
    e.preventDefault(); key = $("key").value.trim(); sessionStorage.setItem("ea-advisor-key", key); whoami();
  });
  $("filters").addEventListener("submit", function (e) { e.preventDefault(); loadQueue(); });
  window.ExportAssistConsole = { reload: function () { loadQueue(); if (current) { openDraft(current); } } };
  whoami();
})();
