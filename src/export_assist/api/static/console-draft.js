/* Advisor console: one draft. Each claim with its evidence (citations, or the buyer /
   checklist item it stands for), per-claim approve / edit / reject, and "approve all
   with exceptions" for the draft or its whole group of repeated drafts. */
(function () {
  "use strict";
  var C = window.EAC, el = C.el, $ = C.$;
  var group = [];

  function citations(list) {
    if (!list || !list.length) { return null; }
    return el("ul", { "class": "cites" }, list.map(function (c) {
      return el("li", {}, [el("a", { href: /^https?:\/\//i.test(c.source_url || "") ? c.source_url : "#", target: "_blank", rel: "noopener noreferrer", text: c.title }),
        (c.section ? " · " + c.section : "") + " · verified " + (c.verified_on || "—")]);
    }));
  }
  /* A shortlist Candidate (the domain model's JSON) as the details list shows it: the
     ranker's top reasons (the console is English; the claim above is the user's text). */
  function buyer(c) {
    var b = c.buyer || {};
    var top = (c.features || []).slice().sort(function (x, y) { return y.value * y.weight - x.value * x.weight; }).slice(0, 3);
    var why = (c.reasons || []).length ? c.reasons.map(function (r) { return r.en; }) : top.map(function (f) { return f.reason; });
    return { name: b.name, city: b.city, country: b.country, score: c.score,
      screening: c.screening ? c.screening.status : "", reasons: why };
  }
  /* The thing a claim stands for, from the draft's payload (same order as the claims). */
  function subject(d, pos) {
    var data = (d.payload && d.payload.data) || {};
    if (data.candidates && data.candidates[pos]) { return buyer(data.candidates[pos]); }
    var items = [];
    (data.checklists || []).forEach(function (c) { items = items.concat(c.items || []); });
    return items[pos] || null;
  }
  function details(d, pos) {
    var s = subject(d, pos);
    if (!s) { return null; }
    var pairs = s.name
      ? [["Buyer", s.name], ["City", s.city], ["Country", s.country], ["Fit", s.score != null ? Math.round(s.score * 100) + "%" : ""],
         ["Screening", s.screening], ["Why", (s.reasons || []).join("; ")]]
      : [["Authority", s.authority], ["Legal basis", s.legal_basis], ["Documents", (s.documents || []).join(", ")],
         ["Lead time", s.lead_time], ["Severity", s.severity]];
    var dl = el("dl", { "class": "details" });
    pairs.forEach(function (p) { if (p[1]) { dl.appendChild(el("dt", { text: p[0] + ":" })); dl.appendChild(el("dd", { text: String(p[1]) })); } });
    return dl;
  }
  function evidence(d, c) {
    var cites = citations(c.citations.length ? c.citations : (subject(d, c.position) || {}).citations);
    var info = details(d, c.position);
    if (!cites && !info) { return el("p", { "class": "cites", text: "No citation (the claim comes from the buyer directory or the user)." }); }
    return el("div", {}, [info, cites]);
  }

  function decide(draftId, claimId, body) {
    return C.api("POST", "/v1/drafts/" + draftId + "/claims/" + claimId + "/decision", body);
  }
  function claimItem(d, c) {
    var id = "c-" + c.id;
    var comment = el("textarea", { id: id + "-comment", rows: "2", cols: "50" });
    var edit = el("textarea", { id: id + "-text", rows: "2", cols: "50" }); edit.value = c.text;
    var except = el("input", { type: "checkbox", id: id + "-except", "class": "except", "data-pos": String(c.position) });
    var buttons = ["approve", "edit", "reject"].map(function (a) {
      var b = el("button", { type: "button", "class": a === "approve" ? "primary" : "", "data-action": a, text: a.charAt(0).toUpperCase() + a.slice(1) });
      b.setAttribute("aria-label", a + " claim " + (c.position + 1));
      b.addEventListener("click", function () {
        var body = { action: a, comment: comment.value };
        if (a === "edit") { body.text = edit.value; }
        decide(d.id, c.id, body).then(function () { C.openDraft(d.id); C.loadQueue(); }).catch(C.fail);
      });
      if (d.status === "approved") { b.disabled = true; }
      return b;
    });
    return el("li", { "data-claim": c.id, "data-status": c.status }, [
      el("p", { text: c.text }), evidence(d, c),
      el("p", {}, [el("span", { "class": "status " + c.status, text: c.status }), c.decided_by ? " by " + c.decided_by : "", c.comment ? " — " + c.comment : ""]),
      c.status === "pending" ? el("p", { "class": "exception" }, [except, " ", el("label", { "for": id + "-except", text: "exception (leave out of approve all)" })]) : null,
      el("label", { "for": id + "-text", text: "Corrected text (for Edit)" }), el("br"), edit, el("br"),
      el("label", { "for": id + "-comment", text: "Comment" }), el("br"), comment,
      el("div", { "class": "row" }, buttons)
    ]);
  }
  function groupInfo(d) {
    var box = $("group"); box.textContent = "";
    var others = group.filter(function (g) { return g.id !== d.id; });
    if (!others.length) { return; }
    box.appendChild(el("p", { text: "Repeated: this draft and " + others.length + " identical one(s) from " + d.owner + ". Approve all applies to the whole group." }));
  }
  /* Approve every pending claim except the ticked ones, in this draft or its group. */
  function approveAll(e) {
    e.preventDefault();
    var skip = Array.prototype.map.call(document.querySelectorAll("#claims .except:checked"), function (x) { return Number(x.getAttribute("data-pos")); });
    var comment = $("bulk-comment").value;
    var ids = group.length ? group.map(function (g) { return g.id; }) : [C.current];
    var done = 0;
    var work = ids.reduce(function (p, id) {
      return p.then(function () { return C.api("GET", "/v1/drafts/" + id); }).then(function (d) {
        return d.claims.filter(function (c) { return c.status === "pending" && skip.indexOf(c.position) === -1; })
          .reduce(function (q, c) { return q.then(function () { done += 1; return decide(d.id, c.id, { action: "approve", comment: comment }); }); }, Promise.resolve());
      });
    }, Promise.resolve());
    work.then(function () {
      $("bulk-msg").textContent = "Approved " + done + " claim(s) in " + ids.length + " draft(s); " + skip.length + " exception(s) left for you.";
      C.openDraft(C.current); C.loadQueue();
    }).catch(C.fail);
  }

  /* Which cited documents changed since approval (or drafting), with their check dates. */
  function sourceChanges(d) {
    var box = $("source-changed"); box.textContent = ""; box.hidden = !d.source_changed;
    if (!d.source_changed) { return; }
    box.appendChild(el("p", {}, [C.sourceFlag(d)]));
    box.appendChild(el("ul", {}, d.source_changed.changes.map(function (c) {
      return el("li", { "data-doc": c.doc_id }, [el("strong", { text: c.title || c.doc_id }), " · " + c.kind + " " + c.detected_at.slice(0, 10) +
        " · verified_on " + (c.verified_before || "—") + " → " + (c.verified_after || "—")]);
    })));
    box.appendChild(el("p", { "class": "small", text: "Re-check the claims that cite these documents against the current text." }));
    var note = el("input", { id: "recheck-note", size: "40", "aria-label": "What you checked" });
    var done = el("button", { type: "button", id: "recheck", text: "Mark sources re-checked" });
    done.appendChild(el("span", { lang: "ja", text: " (出典を再確認済みにする)" }));
    done.addEventListener("click", function () {
      C.api("POST", "/v1/drafts/" + d.id + "/sources-rechecked", { comment: note.value })
        .then(function () { C.openDraft(d.id); C.loadQueue(); }).catch(C.fail);
    });
    box.appendChild(el("p", { "class": "row" }, [note, " ", done]));
  }
  C.openDraft = function (id, members) {
    if (members) { group = members; } else if (C.current !== id) { group = []; }
    return C.api("GET", "/v1/drafts/" + id).then(function (d) {
      C.current = d.id; $("draft").hidden = false;
      $("draft-title").textContent = d.title;
      $("draft-meta").textContent = d.kind + " · exporter " + d.owner + " · status " + d.status + (d.reviewed ? " (reviewed)" : "") + " · version " + d.version;
      groupInfo(d);
      sourceChanges(d);
      $("bulk").hidden = d.status === "approved" || !d.claims.some(function (c) { return c.status === "pending"; });
      var list = $("claims"); list.textContent = "";
      d.claims.forEach(function (c) { list.appendChild(claimItem(d, c)); });
      if (C.showContext) { C.showContext(d); }
      return Promise.all([C.api("GET", "/v1/drafts/" + id + "/versions"), C.api("GET", "/v1/audit?draft_id=" + id)]);
    }).then(function (res) {
      var v = $("versions"); v.textContent = "";
      res[0].forEach(function (x) { v.appendChild(el("li", { text: "v" + x.version + " · " + x.author + " · " + x.note + " · " + new Date(x.created_at).toLocaleString() })); });
      var a = $("audit"); a.textContent = "";
      res[1].forEach(function (x) { a.appendChild(el("li", { text: new Date(x.at).toLocaleString() + " · " + x.actor + " (" + x.actor_role + ") · " + x.action + (x.detail.comment ? " · " + x.detail.comment : "") })); });
      C.ok();
    }).catch(C.fail);
  };
  $("bulk").addEventListener("submit", approveAll);
})();
