/* export-assist widget: one renderer per result kind (W.cards.register(kind, fn) adds one).
   Long results show a summary; the rest waits behind "show all". Elements that stand for a
   review claim carry data-claim-pos (the claim's position in the draft). */
(function (W) {
  "use strict";
  var el = W.dom.el, content = W.dom.content, t = W.t;
  var SHOWN = 5;
  var RENDER = {};
  var SEVERITY = { mandatory: 0, conditional: 1, recommended: 2 };

  function meta(label, value) {
    if (!value) { return null; }
    return el("span", { "class": "eaw-kv" }, [t(label) + ": ", content("span", value)]);
  }
  /* Payloads are the domain models' own JSON (the same as the REST endpoints return). */
  function title(item) { return (W.cfg.lang === "ja" && item.title_ja) || item.title; }
  /* The card's Japanese authority and documents in Japanese mode (English when none). */
  function authority(item) { return (W.cfg.lang === "ja" && item.authority_ja) || item.authority; }
  function ja(item, field) { return (W.cfg.lang === "ja" && item[field + "_ja"]) || item[field]; }
  function documents(item) {
    var ja = W.cfg.lang === "ja" && (item.documents_ja || []).length;
    return (ja ? item.documents_ja : item.documents || []).join(ja ? "、" : ", ");
  }
  function checklistItem(item, pos) {
    var sev = SEVERITY[item.severity] != null ? item.severity : "recommended";
    return el("li", { "class": "eaw-item", "data-claim-pos": String(pos), "data-severity": sev }, [
      el("span", { "class": "eaw-sev", "data-severity": sev, text: t(sev) }), " ",
      content("strong", title(item), { "class": "eaw-item-title" }),
      el("div", { "class": "eaw-kvs" }, [meta("authority", authority(item)), meta("legal", ja(item, "legal_basis")),
        meta("lead", ja(item, "lead_time")), meta("documents", documents(item))])
    ]);
  }
  function counts(items) {
    var n = { mandatory: 0, conditional: 0, recommended: 0 };
    items.forEach(function (i) { n[SEVERITY[i.severity] != null ? i.severity : "recommended"] += 1; });
    return ["mandatory", "conditional", "recommended"].filter(function (k) { return n[k]; })
      .map(function (k) { return t(k) + " " + n[k]; }).join(" · ");
  }
  RENDER.checklist = function (data) {
    var wrap = el("div", { "class": "eaw-card eaw-checklist" });
    var pos = 0;
    (data.checklists || []).forEach(function (c) {
      var items = (c.items || []).map(function (item) { return { item: item, pos: pos++ }; });
      items.sort(function (a, b) { return SEVERITY[a.item.severity] - SEVERITY[b.item.severity] || a.pos - b.pos; });
      wrap.appendChild(el("h4", { text: W.dom.region(c.destination, c.destination_name) + " — " + t("items", { n: items.length }) }));
      wrap.appendChild(el("p", { "class": "eaw-counts", text: counts(c.items || []) }));
      wrap.appendChild(W.dom.summarised("ul", items.map(function (x) { return checklistItem(x.item, x.pos); }), SHOWN, "eaw-items"));
      var warnings = (W.cfg.lang === "ja" && (c.warnings_ja || []).length) ? c.warnings_ja : (c.warnings || []);
      warnings.forEach(function (w) { wrap.appendChild(content("p", w, { "class": "eaw-warn" })); });
    });
    if (data.request) { wrap.appendChild(downloads(data.request)); }
    return wrap;
  };
  function downloads(request) {
    var status = el("span", { "class": "eaw-dl-status", role: "status" });
    var row = el("div", { "class": "eaw-downloads" }, [el("span", { text: t("download") + ": " })]);
    [["pdf", "pdf"], ["xlsx", "xlsx"]].forEach(function (f) {
      var b = el("button", { type: "button", "class": "eaw-dl", "data-format": f[0], text: t(f[1]) });
      b.addEventListener("click", function () {
        status.textContent = t("downloading");
        var path = "/v1/checklists?format=" + f[0] + "&language=" + W.cfg.lang;
        W.api.download(path, request, "checklist." + f[0]).then(function () { status.textContent = ""; },
          function (e) { status.textContent = t("downloadFailed") + " " + e.message; });
      });
      row.appendChild(b); row.appendChild(document.createTextNode(" "));
    });
    row.appendChild(status);
    return row;
  }

  function level(v) { return v >= 0.75 ? "lv_high" : (v >= 0.4 ? "lv_mid" : "lv_low"); }
  function reasons(b) {
    if (W.cfg.lang === "en" || !(b.fit || []).length) {
      return el("ul", { "class": "eaw-reasons" }, (b.reasons || []).map(function (r) { return content("li", r); }));
    }
    return el("ul", { "class": "eaw-reasons" }, b.fit.map(function (f) {
      var label = W.strings.ja["f_" + f.feature] != null ? t("f_" + f.feature) : f.feature;
      return el("li", { text: label + ": " + t(level(f.value)) + "(" + Math.round(f.value * 100) + "%)" });
    }));
  }
  function buyer(b, pos) {
    var place = [b.city, b.country ? W.dom.region(b.country, b.country) : ""].filter(Boolean).join(", ");
    var sc = b.screening && W.strings.ja["sc_" + b.screening] != null ? t("sc_" + b.screening) : (b.screening || "");
    if (sc && b.screeningDemo) { sc += t("sc_demo_only"); }  // invented list: "clear" proves nothing
    return el("li", { "class": "eaw-buyer", "data-claim-pos": String(pos) }, [
      el("h4", {}, [content("span", b.name, { "class": "eaw-item-title" }), place ? " (" : "", place ? content("span", place) : null, place ? ")" : ""]),
      el("p", { "class": "eaw-kvs", text: t("fit") + ": " + (b.score != null ? Math.round(b.score * 100) + "%" : "—") + (sc ? " · " + t("screening") + ": " + sc : "") }),
      reasons(b)
    ]);
  }
  /* A Candidate (buyer, score, features, screening) as the card shows it: the ranker's
     top reasons in the user's language; from an older server without them, the three
     features that weigh most, as reasons (en) or labelled levels (ja). */
  function buyerView(c) {
    var b = c.buyer || {};
    var ranked = (c.reasons || []).map(function (r) { return W.cfg.lang === "ja" ? r.ja : r.en; });
    var top = (c.features || []).slice().sort(function (x, y) { return y.value * y.weight - x.value * x.weight; }).slice(0, 3);
    return { name: b.name, city: b.city, country: b.country, score: c.score,
      screening: c.screening ? c.screening.status : "", screeningDemo: !!(c.screening && c.screening.demo_only),
      reasons: ranked.length ? ranked : top.map(function (f) { return f.reason; }),
      fit: ranked.length ? [] : top.map(function (f) { return { feature: f.feature, value: f.value }; }) };
  }
  RENDER.shortlist = function (data) {
    var list = (data.candidates || []).map(buyerView);
    var wrap = el("div", { "class": "eaw-card eaw-shortlist" }, [el("h4", { text: list.length ? t("buyers", { n: list.length }) : t("buyersNone") })]);
    if (/FICTITIOUS/.test(data.notice || "")) {
      wrap.appendChild(el("p", { "class": "eaw-fictitious" }, [el("strong", { text: t("fictitious") }), " " + t("fictitiousNote")]));
    }
    if (!list.length && data.empty) {  /* say why there is no buyer, never a bare "0" */
      wrap.appendChild(el("p", { "class": "eaw-empty", text: W.cfg.lang === "ja" ? data.empty.ja : data.empty.en }));
      return wrap;
    }
    wrap.appendChild(W.dom.summarised("ul", list.map(buyer), SHOWN, "eaw-buyers"));
    return wrap;
  };

  function docName(doc) {
    var m = /^(\w+) \((\w+)\)$/.exec(doc.title || "");
    var kind = doc.kind || (m && m[1]), lang = doc.lang || (m && m[2]);
    if (kind && W.strings.ja["d_" + kind] != null) {
      var l = lang && W.strings.ja["l_" + lang] != null ? t("l_" + lang) : lang;
      return t("d_" + kind) + (l ? "(" + l + ")" : "");
    }
    return doc.title || "";
  }
  /* A DocumentSet's files, one entry per document kind and language, each format linked. */
  function documentsOf(data) {
    var urls = data.urls || {}, docs = [], at = {};
    (data.files || []).forEach(function (f) {
      var key = f.kind + "|" + f.lang;
      if (at[key] == null) { at[key] = docs.length; docs.push({ kind: f.kind, lang: f.lang, title: f.kind + " (" + f.lang + ")", links: [] }); }
      docs[at[key]].links.push({ format: f.format, url: urls[f.name] });
    });
    return docs;
  }
  RENDER.documents = function (data) {
    return el("div", { "class": "eaw-card eaw-docs" }, [el("h4", { text: t("docs") }),
      el("ul", {}, documentsOf(data).map(function (doc, pos) {
        var li = el("li", { "data-claim-pos": String(pos) }, [el("span", { "class": "eaw-item-title", text: docName(doc) }), " "]);
        (doc.links || []).forEach(function (l) {
          li.appendChild(el("a", { href: W.cfg.base + l.url, download: "", text: t("download") + " " + String(l.format).toUpperCase() }));
          li.appendChild(document.createTextNode(" "));
        });
        return li;
      }))]);
  };
  RENDER.hs = function (data) {
    return el("div", { "class": "eaw-card eaw-hs" }, [el("h4", { text: t("hs") }),
      el("ul", {}, (data.candidates || []).map(function (c) {
        var conf = typeof c.score === "number" ? Math.round(c.score * 100) + "%" : "";
        return el("li", {}, [el("code", { text: c.code }), " ", content("span", (W.cfg.lang === "ja" && c.description_ja) || c.description),
          conf ? " · " + t("confidence") + ": " + conf : ""]);
      }))]);
  };
  RENDER.translation = function (data) { return content("blockquote", data.text || "", { "class": "eaw-card" }); };

  /* Names the card already shows, so the answer text need not list them again. */
  function shownNames(payloads) {
    var names = [];
    (payloads || []).forEach(function (p) {
      var d = p.data || {};
      (d.checklists || []).forEach(function (c) { (c.items || []).forEach(function (i) { names.push(title(i)); }); });
      (d.candidates || []).forEach(function (c) { names.push((c.buyer || {}).name); });
      (d.matches || []).forEach(function (m) { names.push(m.name); });
      if (p.kind === "duties") { (d.links || []).forEach(function (l) { names.push(l.url); }); }
    });
    return names.filter(function (n) { return n && n.length > 2; });
  }
  /* Whole sentences a card prints itself (the duty note), so the answer does not repeat them. */
  function shownLines(payloads) {
    var lines = [];
    (payloads || []).forEach(function (p) {
      var d = p.data || {};
      if (p.kind === "duties") { lines.push(d.message_ja, d.message_en); }
    });
    return lines.filter(function (n) { return n; }).map(function (n) { return n.trim(); });
  }
  /* Each thing once: drop answer list items (and "Country (XX):" lines) that a card shows. */
  function dedupe(node, payloads) {
    var names = shownNames(payloads), lines = shownLines(payloads);
    if (!names.length && !lines.length) { return; }
    node.querySelectorAll("li").forEach(function (li) {
      var text = li.textContent;
      if (names.some(function (n) { return text.indexOf(n) !== -1; })) { li.remove(); }
    });
    node.querySelectorAll("ul, ol").forEach(function (l) { if (!l.children.length) { l.remove(); } });
    node.querySelectorAll("p").forEach(function (p) {
      var last = p.lastChild;
      if (last && last.nodeType === 3 && /\([A-Z]{2}\):\s*$/.test(last.textContent)) {
        var br = last.previousSibling; last.remove();
        if (br && br.nodeName === "BR") { br.remove(); }
      }
      if (!p.textContent.trim() || lines.indexOf(p.textContent.trim()) !== -1) { p.remove(); }
    });
  }
  W.cards = {
    render: function (kind, data) { return RENDER[kind] && data ? RENDER[kind](data) : null; },
    register: function (kind, fn) { RENDER[kind] = fn; },
    dedupe: dedupe
  };
})(window.__eaw);
