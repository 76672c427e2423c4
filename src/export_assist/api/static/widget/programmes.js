/* export-assist widget: the support-programme card (「使える補助金は？」). Each programme with
   what it gives, the deadline (marked when within 30 days), the rules met, what to check,
   and its official page with the date it was checked. */
(function (W) {
  "use strict";
  var el = W.dom.el, content = W.dom.content;
  var S = {
    ja: { title: "使える可能性のある支援策 {n}件", asOf: "{d}時点", deadline: "締切", soon: "締切間近", open: "受付",
      meets: "満たす条件", check: "要確認", source: "公式ページ", checked: "確認日", ask: "絞り込むために教えてください",
      review: "要確認の情報を含みます" },
    en: { title: "{n} programme(s) that may fit", asOf: "as of {d}", deadline: "Deadline", soon: "deadline soon", open: "Window",
      meets: "Meets", check: "To check", source: "Official page", checked: "checked", ask: "To narrow this down, tell me",
      review: "includes facts still being checked" }
  };
  function t(key, vars) {
    var s = (S[W.cfg.lang] || S.ja)[key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.replace("{" + k + "}", vars[k]); });
    return s;
  }
  function programme(m, pos) {
    var when = m.deadline ? t("deadline") + ": " + m.deadline + (m.days_left != null ? " (" + m.days_left + ")" : "") : t("open") + ": " + (m.window || "—");
    var li = el("li", { "class": "eaw-programme", "data-programme": m.id, "data-claim-pos": String(pos) }, [
      el("h4", {}, [content("span", m.name, { "class": "eaw-item-title" }), " ", el("span", { "class": "eaw-meta", text: m.operator })]),
      content("p", m.benefit, { "class": "eaw-benefit" }),
      el("p", { "class": "eaw-deadline" + (m.deadline_soon ? " eaw-soon" : ""), text: when + (m.deadline_soon ? " ⚠ " + t("soon") : "") })
    ]);
    if ((m.met || []).length) { li.appendChild(el("p", { "class": "eaw-kvs", text: t("meets") + ": " + m.met.slice(0, 3).join(" / ") })); }
    // an ask may name itself (「確認: 認定を受けていること」); the label says it once
    var asks = (m.asks || []).map(function (a) { return String(a).replace(/^\s*(?:要?確認|Confirm|Check)\s*[:：]\s*/i, ""); });
    if (asks.length) { li.appendChild(el("p", { "class": "eaw-asks", text: t("check") + ": " + asks.slice(0, 2).join(" / ") })); }
    var c = m.citation || {};
    li.appendChild(el("p", { "class": "eaw-meta" }, [
      el("a", { href: m.url, target: "_blank", rel: "noopener noreferrer", text: t("source") }),
      " · " + t("checked") + ": " + (c.verified_on || "—") + (m.needs_review ? " · " + t("review") : "")
    ]));
    return li;
  }
  W.cards.register("programmes", function (data) {
    var list = data.matches || [];
    var wrap = el("div", { "class": "eaw-card eaw-programmes" }, [
      el("h4", { text: t("title", { n: list.length }) + " (" + t("asOf", { d: data.today }) + ")" }),
      W.dom.summarised("ul", list.map(programme), 5, "eaw-items")
    ]);
    if ((data.questions || []).length) {
      wrap.appendChild(el("p", { "class": "eaw-kvs", text: t("ask") + ":" }));
      wrap.appendChild(el("ul", { "class": "eaw-asks" }, data.questions.slice(0, 3).map(function (q) { return content("li", q); })));
    }
    return wrap;
  });
})(window.__eaw);
