/* export-assist widget: the review loop seen by the exporter. A draft's badge polls the
   server; once an advisor decides, the card marks rejected items (struck through) and
   edited ones, and a review box shows corrected text, comments, and who reviewed when. */
(function (W) {
  "use strict";
  var el = W.dom.el, content = W.dom.content, t = W.t;
  var timers = [];
  var STATE = { approved: "reviewed", changes_requested: "changes", in_review: "in_review", pending: "pending" };

  function stopAll() { timers.forEach(clearInterval); timers = []; }

  function originals(draft) {
    if (!draft.claims.some(function (c) { return c.status === "edited"; })) { return Promise.resolve({}); }
    return W.api.json("GET", "/v1/drafts/" + encodeURIComponent(draft.id) + "/versions").then(function (vs) {
      var out = {};
      ((vs[0] && vs[0].claims) || []).forEach(function (c) { out[c.id] = c.text; });
      return out;
    }, function () { return {}; });
  }
  function mark(section, claim) {
    var node = section.querySelector('[data-claim-pos="' + claim.position + '"]');
    if (!node) { return; }
    node.classList.remove("eaw-rejected", "eaw-edited", "eaw-approved");
    var old = node.querySelector(".eaw-chip"); if (old) { old.remove(); }
    if (claim.status === "pending") { return; }
    node.classList.add("eaw-" + claim.status);
    node.insertBefore(el("span", { "class": "eaw-chip", "data-status": claim.status, text: t("st_" + claim.status) }), node.firstChild);
  }
  function change(claim, before) {
    var li = el("li", { "class": "eaw-change", "data-status": claim.status, "data-claim-pos": null }, [
      el("span", { "class": "eaw-chip", "data-status": claim.status, text: t("st_" + claim.status) }), " "]);
    if (claim.status === "edited") {
      if (before) { li.appendChild(el("del", {}, [el("span", { "class": "eaw-sr", text: t("original") + ": " }), content("span", before)])); }
      li.appendChild(el("div", { "class": "eaw-corrected" }, [t("corrected") + ": ", content("span", claim.text)]));
    } else if (claim.status === "rejected") {
      li.appendChild(el("del", {}, [content("span", claim.text)]));
    } else {
      li.appendChild(content("span", claim.text));
    }
    if (claim.comment) { li.appendChild(el("div", { "class": "eaw-comment" }, [t("comment") + ": ", content("span", claim.comment)])); }
    return li;
  }
  /* A handed-off question the advisor answered: its first claim is the question itself
     (「質問: …」 in the first version), edited into the advisor's answer. */
  function answerOf(draft, before) {
    var first = draft.kind === "answer" && draft.claims.filter(function (c) { return c.position === 0; })[0];
    return first && first.status === "edited" && /^(質問: |Question: )/.test(before[first.id] || "") ? first : null;
  }
  function box(draft, before) {
    var decided = draft.claims.filter(function (c) { return c.decided_at; });
    var n = { approved: 0, edited: 0, rejected: 0 };
    decided.forEach(function (c) { n[c.status] = (n[c.status] || 0) + 1; });
    decided.sort(function (a, b) { return a.decided_at < b.decided_at ? 1 : -1; });
    var who = [];
    decided.forEach(function (c) { if (c.decided_by && who.indexOf(c.decided_by) === -1) { who.push(c.decided_by); } });
    var answer = answerOf(draft, before);
    var notable = draft.claims.filter(function (c) { return c !== answer && (c.status === "edited" || c.status === "rejected" || (c.comment && c.status !== "pending")); });
    var list = notable.length ? el("ul", { "class": "eaw-changes" }, notable.map(function (c) { return change(c, before[c.id]); })) : null;
    return el("div", { "class": "eaw-review", "data-status": answer ? "answered" : draft.status }, [
      el("h4", { text: t("reviewTitle") }),
      answer ? el("div", { "class": "eaw-advisor-answer" }, [el("h5", { text: t("advisorAnswer") }), content("p", answer.text),
        answer.comment ? el("div", { "class": "eaw-comment" }, [t("comment") + ": ", content("span", answer.comment)]) : null]) : null,
      // an answer is not "修正 1件" to the exporter; the found passages carry their own count
      answer ? null : el("p", { "class": "eaw-counts", text: t("reviewCounts", n) }),
      // beside the advisor's answer, the passages the search had found are a footnote
      answer && list ? el("details", { "class": "eaw-found" }, [el("summary", { text: t("foundPassages", { n: notable.length }) }), list]) : list,
      el("p", { "class": "eaw-reviewer", text: t("reviewBy", { who: who.join(", "), when: W.dom.when(decided[0].decided_at) }) })
    ]);
  }
  /* Polls can overlap: the versions fetched for an older draft may come back after those of
     a newer one, so only the latest apply of a section draws its review box (the CI of
     617c1a1 showed 「承認 0件」 beside the final badge: an in-review box drawn last). */
  function apply(section, draft) {
    if (!draft.claims || !draft.claims.some(function (c) { return c.decided_at; })) { return; }
    draft.claims.forEach(function (c) { mark(section, c); });
    var turn = section.eawReviewTurn = (section.eawReviewTurn || 0) + 1;
    originals(draft).then(function (before) {
      if (turn !== section.eawReviewTurn) { return; }
      var old = section.querySelector(".eaw-review");
      var fresh = box(draft, before);
      if (old) { old.replaceWith(fresh); } else { section.appendChild(fresh); }
      var badge = section.querySelector('.eaw-badge[data-draft-id="' + draft.id + '"]');
      if (badge && answerOf(draft, before)) { badge.textContent = t("advisorAnswered"); badge.setAttribute("data-status", "answered"); }
    });
  }
  /* The badge of a draft; it keeps itself and the section up to date until final. */
  function badge(draft, section) {
    var b = el("p", { "class": "eaw-badge", role: "status", "data-draft-id": draft.id });
    var version = -1;
    function show(d) {
      if (d.claims && d.version < version) { return false; }  // an older poll answered late
      var state = STATE[d.status] || "pending";
      b.textContent = t(state); b.setAttribute("data-status", state);
      if (d.claims && d.version !== version) { version = d.version; apply(section, d); }
      return d.status === "approved" || d.status === "changes_requested";
    }
    function check() {
      return W.api.json("GET", "/v1/drafts/" + encodeURIComponent(draft.id)).then(show, function () { return false; });
    }
    show(draft);
    check().then(function (final) {
      if (final) { return; }
      var timer = setInterval(function () { check().then(function (f) { if (f) { clearInterval(timer); } }); }, W.cfg.pollMs);
      timers.push(timer);
    });
    return b;
  }
  W.review = { badge: badge, stopAll: stopAll };
})(window.__eaw);
