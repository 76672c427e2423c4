/* export-assist widget: the import duty under a checklist (HS code of 6+ digits): the rates an
   official API gave, or the official lookups with the code filled in, and the server's note
   saying which (never a guessed rate). */
(function (W) {
  "use strict";
  var el = W.dom.el, content = W.dom.content;
  var S = {
    ja: { title: "関税率（HS {code}）", mfn: "一般（MFN）", preferential: "特恵", lookup: "公式データベース", quota: "関税割当" },
    en: { title: "Import duty (HS {code})", mfn: "MFN", preferential: "Preferential", lookup: "Official lookup", quota: "tariff quota" }
  };
  function t(key, vars) {
    var s = (S[W.cfg.lang] || S.ja)[key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.split("{" + k + "}").join(String(vars[k])); });
    return s;
  }
  function rate(r) {
    return el("li", { "data-kind": r.kind }, [t(r.kind) + ": ", content("span", r.rate, { "class": "eaw-rate" }),
      " (", content("span", r.area_name || r.area), r.quota_order_number ? " · " + t("quota") + " " + r.quota_order_number : "", ")"]);
  }
  function block(d) {
    var box = el("div", { "class": "eaw-duties", "data-source": d.source }, [
      el("h4", { text: t("title", { code: d.hs_code }) }),
      content("p", W.cfg.lang === "ja" ? d.message_ja : d.message_en, { "class": "eaw-meta" })]);
    if ((d.rates || []).length) { box.appendChild(el("ul", {}, d.rates.slice(0, 4).map(rate))); }
    if ((d.links || []).length) {
      box.appendChild(el("p", {}, [t("lookup") + ": "].concat(d.links.map(function (l, i) {
        return el("a", { href: l.url, target: "_blank", rel: "noopener noreferrer", "data-content": "", text: (i ? " · " : "") + ((W.cfg.lang === "ja" && l.title_ja) || l.title) });
      }))));
    }
    return box;
  }
  /* The chat's own duty answer (lookup_duties) as a card of its own. */
  W.cards.register("duties", function (data) { return el("div", { "class": "eaw-card" }, [block(data)]); });
  var render = W.cards.render;
  W.cards.render = function (kind, data) {
    var card = render(kind, data);
    if (card && kind === "checklist") {
      (data.checklists || []).forEach(function (c) { if (c.duties) { card.appendChild(block(c.duties)); } });
    }
    return card;
  };
})(window.__eaw);
