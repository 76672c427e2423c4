/* Advisor console: one draft. Each claim with its evidence (citations, or the buyer /
   checklist item it stands for), per-claim approve / edit / reject, and "approve all
   with exceptions" for the draft or its whole group of repeated drafts. */
(function () {
  "use strict";
  var C = window.EAC, el = C.el, $ = C.$;
  var I = window.EAI18n, t = I.t, W = I.words;
  var group = [];

  function citations(list) {
    if (!list || !list.length) { return null; }
    return el("ul", { "class": "cites" }, list.map(function (c) {
      return el("li", {}, [el("a", { href: /^https?:\/\//i.test(c.source_url || "") ? c.source_url : "#", target: "_blank", rel: "noopener noreferrer", text: (I.lang === "ja" && c.title_ja) || c.title }),
        (c.section ? " · " + c.section : "") + " · " + t("verified", { date: I.date(c.verified_on) })]);
    }));
  }
  /* A shortlist Candidate (the domain model's JSON) as the details list shows it: the
     ranker's top reasons in the page's language (from an older server, its features'). */
  function buyer(c) {
    var b = c.buyer || {}, ja = I.lang === "ja";
    var top = (c.features || []).slice().sort(function (x, y) { return y.value * y.weight - x.value * x.weight; }).slice(0, 3);
    var why = (c.reasons || []).length ? c.reasons.map(function (r) { return (ja && r.ja) || r.en; })
      : top.map(function (f) { return (ja && f.reason_ja) || f.reason; });
    return { name: b.name, city: b.city, country: b.country, score: c.score,
      screening: c.screening ? c.screening.status : "", reasons: why };
  }
  function item(s) {  // a checklist item: the card's Japanese fields where written
    var ja = I.lang === "ja";
    function pick(field) { return (ja && s[field + "_ja"]) || s[field]; }
    function many(field) { return ja && (s[field + "_ja"] || []).length ? s[field + "_ja"] : s[field] || []; }
    return [["authority", pick("authority")], ["legal", pick("legal_basis")], ["documents", I.list(many("documents"))],
      ["lead", pick("lead_time")], ["severity", s.severity ? t("sev_" + s.severity) : ""],
      ["reviewWhy", many("review_reasons").join(ja ? "／" : "; ")]];
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
      ? [["buyer", s.name], ["city", s.city], ["country", I.country(s.country)],
         ["fit", s.score != null ? I.percent(Math.round(s.score * 100) / 100) : ""],
         ["screening", s.screening && I.has("sc_" + s.screening) ? t("sc_" + s.screening) : s.screening],
         ["why", (s.reasons || []).join(I.lang === "ja" ? "／" : "; ")]]
      : item(s);
    var dl = el("dl", { "class": "details" });
    pairs.forEach(function (p) {
      if (p[1]) { dl.appendChild(el("dt", { "data-field": p[0], text: t(p[0]) + (I.lang === "ja" ? "：" : ":") })); dl.appendChild(el("dd", { text: String(p[1]) })); }
    });
    return dl;
  }
  /* An escalated question's first claim is the user's question itself, not a claim to source. */
  function asked(d, c) { return d.kind === "answer" && c.position === 0 && /^(質問: |Question: )/.test(c.text); }
  function evidence(d, c) {
    var cites = citations(c.citations.length ? c.citations : (subject(d, c.position) || {}).citations);
    var info = details(d, c.position);
    var alone = (d.claims || []).length === 1;  // nothing found: the advisor writes the answer
    if (!cites && !info) { return el("p", { "class": "cites", text: t(asked(d, c) ? (alone ? "questionAlone" : "questionClaim") : "noCitation") }); }
    return el("div", {}, [info, cites]);
  }

  function decide(draftId, claimId, body) {
    return C.api("POST", "/v1/drafts/" + draftId + "/claims/" + claimId + "/decision", body);
  }
  function claimItem(d, c) {
    var id = "c-" + c.id;
    var comment = el("textarea", { id: id + "-comment", rows: "2", cols: "50" });
    var shown = W.claim(c.text);  // the assistant's English lead-in named in the page's language
    var edit = el("textarea", { id: id + "-text", rows: "2", cols: "50" }); edit.value = shown;
    var except = el("input", { type: "checkbox", id: id + "-except", "class": "except", "data-pos": String(c.position) });
    var buttons = ["approve", "edit", "reject"].map(function (a) {
      var b = el("button", { type: "button", "class": a === "approve" ? "primary" : "", "data-action": a, text: t("a_" + a) });
      b.setAttribute("aria-label", t("actionLabel", { n: c.position + 1, action: t("a_" + a) }));
      b.addEventListener("click", function () {
        var body = { action: a, comment: comment.value };
        if (a === "edit") { body.text = edit.value; }
        var missing = a === "reject" && !comment.value.trim() ? "needComment" : a === "edit" && !edit.value.trim() ? "needText" : "";
        if (missing) { C.fail({ local: true, message: t(missing) }); return; }
        decide(d.id, c.id, body).then(function () { C.openDraft(d.id); C.loadQueue(); }).catch(C.fail);
      });
      if (d.status === "approved") { b.disabled = true; }
      return b;
    });
    return el("li", { "data-claim": c.id, "data-status": c.status }, [
      el("p", { text: shown }), evidence(d, c),
      el("p", {}, [el("span", { "class": "status " + c.status, "data-status": c.status, text: W.claimStatus(c.status) }),
        c.decided_by ? t("decidedBy", { who: c.decided_by }) : "", c.comment ? " — " + c.comment : ""]),
      c.status === "pending" ? el("p", { "class": "exception" }, [except, " ", el("label", { "for": id + "-except", text: t("except") })]) : null,
      el("label", { "for": id + "-text", text: t("corrected") }), el("br"), edit, el("br"),
      el("label", { "for": id + "-comment", text: t("comment") }), el("br"), comment,
      el("div", { "class": "row" }, buttons)
    ]);
  }
  function groupInfo(d) {
    var box = $("group"); box.textContent = "";
    var others = group.filter(function (g) { return g.id !== d.id; });
    if (!others.length) { return; }
    box.appendChild(el("p", { text: t("group", { n: I.num(others.length), owner: d.owner }) }));
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
      $("bulk-msg").textContent = t("bulkDone", { done: I.num(done), drafts: I.num(ids.length), skip: I.num(skip.length) });
      C.openDraft(C.current); C.loadQueue();
    }).catch(C.fail);
  }

  /* Which cited documents changed since approval (or drafting), with their check dates. */
  function sourceChanges(d) {
    var box = $("source-changed"); box.textContent = ""; box.hidden = !d.source_changed;
    if (!d.source_changed) { return; }
    box.appendChild(el("p", {}, [C.sourceFlag(d)]));
    box.appendChild(el("ul", {}, d.source_changed.changes.map(function (c) {
      var kind = I.has("ch_" + c.kind) ? t("ch_" + c.kind) : c.kind;
      return el("li", { "data-doc": c.doc_id }, [el("strong", { text: C.docTitle(c) }), " · " + kind + " " + I.date(c.detected_at) +
        " · " + t("verifiedChange", { before: c.verified_before ? I.date(c.verified_before) : "—", after: c.verified_after ? I.date(c.verified_after) : "—" })]);
    })));
    box.appendChild(el("p", { "class": "small", text: t("recheckHelp") }));
    var note = el("input", { id: "recheck-note", size: "40", "aria-label": t("recheckNote"), placeholder: t("recheckNote") });
    var done = el("button", { type: "button", id: "recheck", text: t("recheck") });
    done.addEventListener("click", function () {
      C.api("POST", "/v1/drafts/" + d.id + "/sources-rechecked", { comment: note.value })
        .then(function () { C.openDraft(d.id); C.loadQueue(); }).catch(C.fail);
    });
    box.appendChild(el("p", { "class": "row" }, [note, " ", done]));
  }
  /* A newly opened draft below the fold (one column on a phone, under the queue) is brought
     into view: the click seemed to do nothing, the draft 2,000 px further down. A pane whose
     top edge is just inside the fold still hides its title (a CI run: pane top near 840 of 844,
     title at 852, the queue above it that many drafts long), so it must be well inside. It is
     done once the draft is drawn and again when its history is in. */
  function bringIntoView(pane) {
    var box = pane.getBoundingClientRect();
    if (box.top > window.innerHeight - 80 || box.bottom < 0) { pane.scrollIntoView({ block: "start" }); }
  }
  C.openDraft = function (id, members) {
    var fresh = C.current !== id;
    if (members) { group = members; } else if (fresh) { group = []; }
    return C.api("GET", "/v1/drafts/" + id).then(function (d) {
      C.current = d.id; $("draft").hidden = false;
      $("draft-title").textContent = W.title(d.title);
      $("draft-meta").textContent = t("draftMeta", { kind: W.kind(d.kind), owner: d.owner, status: W.draftStatus(d.status),
        reviewed: d.reviewed ? t("reviewedMark") : "", version: I.num(d.version) });
      $("draft-meta").setAttribute("data-status", d.status); $("draft-meta").setAttribute("data-reviewed", String(d.reviewed));
      groupInfo(d);
      sourceChanges(d);
      $("bulk").hidden = d.status === "approved" || !d.claims.some(function (c) { return c.status === "pending"; });
      var list = $("claims"); list.textContent = "";
      d.claims.forEach(function (c) { list.appendChild(claimItem(d, c)); });
      if (C.showContext) { C.showContext(d); }
      if (fresh) { bringIntoView($("draft")); }
      return Promise.all([C.api("GET", "/v1/drafts/" + id + "/versions"), C.api("GET", "/v1/audit?draft_id=" + id)]);
    }).then(function (res) {
      var v = $("versions"); v.textContent = "";
      res[0].forEach(function (x) { v.appendChild(el("li", { text: "v" + x.version + " · " + x.author + " · " + W.note(x.note) + " · " + I.dateTime(x.created_at) })); });
      var a = $("audit"); a.textContent = "";
      res[1].forEach(function (x) {
        a.appendChild(el("li", { "data-action": x.action, text: I.dateTime(x.at) + " · " + x.actor + " (" + W.role(x.actor_role) + ") · " + W.action(x.action) + (x.detail.comment ? " · " + x.detail.comment : "") }));
      });
      if (fresh) { bringIntoView($("draft")); }
      C.ok();
    }).catch(C.fail);
  };
  $("bulk").addEventListener("submit", approveAll);
})();
