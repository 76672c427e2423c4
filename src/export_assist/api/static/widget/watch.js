/* export-assist widget: the change watch. A checklist card offers "tell me when its sources
   change" (POST /v1/watches); at boot, notices of changed sources of watched products
   (GET /v1/watches/notices?unread=true) show above the conversation until marked read. */
(function (W) {
  "use strict";
  var el = W.dom.el, content = W.dom.content;
  var S = {
    ja: { watch: "出典の更新を通知する", watching: "出典が更新されたらお知らせします", already: "すでに通知を設定しています",
      failed: "通知を設定できませんでした。", title: "出典の更新のお知らせ", changed: "更新", removed: "削除",
      notice: "{what}されました: ", detected: "検出日",
      checked: "確認日", seen: "確認しました", recheck: "チェックリストをもう一度作成して内容を確認してください。" },
    en: { watch: "Notify me when the sources change", watching: "You will be told when a source changes", already: "You already watch this",
      failed: "The notice could not be set up.", title: "Source updates", changed: "Updated", removed: "Removed",
      notice: "{what}: ", detected: "found",
      checked: "checked", seen: "Mark as read", recheck: "Build the checklist again and check what changed." }
  };
  function t(key, vars) {
    var s = (S[W.cfg.lang] || S.ja)[key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.split("{" + k + "}").join(String(vars[k])); });
    return s;
  }
  function day(iso) { return iso ? String(iso).slice(0, 10) : "—"; }

  function watchButton(checklist) {
    var product = (checklist.product || {}).description || "";
    if (!product || !checklist.destination || !W.api.configured()) { return null; }
    var status = el("span", { "class": "eaw-watch-status", role: "status" });
    var button = el("button", { type: "button", "class": "eaw-watch", "data-market": checklist.destination, text: t("watch") });
    button.addEventListener("click", function () {
      button.disabled = true;
      var body = { product: product, market: checklist.destination, hs_code: (checklist.product || {}).hs_code || null };
      W.api.call("POST", "/v1/watches", body).then(function (r) {
        status.textContent = r.status === 201 ? t("watching") : r.status === 409 ? t("already") : t("failed");
        if (r.status !== 201 && r.status !== 409) { button.disabled = false; }
      }, function () { status.textContent = t("failed"); button.disabled = false; });
    });
    return el("p", { "class": "eaw-watch-row" }, [button, " ", status]);
  }
  /* The checklist card, with one watch button per destination under it. */
  var render = W.cards.render;
  W.cards.render = function (kind, data) {
    var card = render(kind, data);
    if (card && kind === "checklist") {
      (data.checklists || []).forEach(function (c) { var b = watchButton(c); if (b) { card.appendChild(b); } });
    }
    return card;
  };

  function noticeItem(n) {
    var c = n.change || {};
    return el("li", { "class": "eaw-notice", "data-doc": c.doc_id, "data-watch": n.watch_id }, [
      t("notice", { what: t(c.kind === "removed" ? "removed" : "changed") }),
      content("span", (W.cfg.lang === "ja" && c.title_ja) || c.title || c.doc_id, { "class": "eaw-item-title" }),
      el("span", { "class": "eaw-meta" }, [" (", content("span", n.product), " · " + W.dom.region(n.market, n.market) + ") · " + t("detected") + ": " + day(c.detected_at) +
        (c.verified_after ? " · " + t("checked") + ": " + c.verified_after : "")])
    ]);
  }
  function show(list) {
    if (!list.length) { return; }
    var read = el("button", { type: "button", "class": "eaw-notices-seen", text: t("seen") });
    var box = el("section", { "class": "eaw-notices", role: "status" }, [
      el("h3", { text: t("title") }), el("ul", {}, list.map(noticeItem)), el("p", { "class": "eaw-meta", text: t("recheck") }), read]);
    read.addEventListener("click", function () {
      W.api.json("POST", "/v1/watches/notices/seen").then(function () { box.remove(); });
    });
    W.panel.log.insertBefore(box, W.panel.log.firstChild);
  }
  function boot() {
    if (!W.api.configured()) { return; }
    W.api.json("GET", "/v1/watches/notices?unread=true").then(show, function () { /* no notices shown: chat still works */ });
  }
  W.watch = { boot: boot, strings: S };
})(window.__eaw);
