/* export-assist widget: the document form's buyer language and Incoterms names, from
   GET /v1/documents/options (the languages documents print in, which of them a translation
   backend serves on this server, the default language per buyer country, and the Incoterms
   names of the term base). The buyer's language follows the buyer's country until the user
   picks one; where no backend can translate into a chosen language, a note says so before
   anything is sent and the English product name becomes required. */
(function (W) {
  "use strict";
  var el = W.dom.el, t = W.t, loaded = null;

  /* The options, fetched once per page (null when the server could not say). */
  function options() {
    if (!loaded) {
      loaded = W.api.json("GET", "/v1/documents/options").catch(function () { loaded = null; return null; });
    }
    return loaded;
  }
  function nameOf(lang) { return W.cfg.lang === "ja" ? lang.japanese : lang.english; }
  function byCode(opts, code) { return ((opts && opts.languages) || []).filter(function (l) { return l.code === code; })[0]; }

  /* The languages chosen: the buyer's, and English beside it when ticked. */
  function chosen(box) {
    var lang = box.querySelector("[name=language]").value, out = [lang];
    if (lang !== "en" && box.querySelector("[name=also_en]").checked) { out.push("en"); }
    return out;
  }
  /* Chosen languages no backend translates into (unknown until the options arrive). */
  function untranslated(box) {
    var opts = box.__opts;
    if (!opts) { return []; }
    return chosen(box).filter(function (code) { var l = byCode(opts, code); return l && !l.backends.length; });
  }
  function refresh(box) {
    var lang = box.querySelector("[name=language]").value;
    box.querySelector(".eaw-df-also").hidden = lang === "en";
    var missing = untranslated(box), note = box.querySelector(".eaw-df-mt");
    note.hidden = !missing.length;
    note.textContent = missing.length ? t("dfNoMt", { langs: missing.map(function (c) {
      return nameOf(byCode(box.__opts, c)); }).join(t("dfSep")) }) : "";
    if (box.__onchange) { box.__onchange(); }
  }
  /* The buyer's language for a country ("DE" -> de), unless the user chose one. */
  function follow(box, country) {
    var select = box.querySelector("[name=language]"), opts = box.__opts;
    if (!opts || select.dataset.touched) { return; }
    var code = ((opts.by_country || {})[String(country || "").trim().toUpperCase()] || ["en"])[0];
    if (byCode(opts, code)) { select.value = code; }
    refresh(box);
  }
  function fill(box, opts, country) {
    var select = box.querySelector("[name=language]");
    box.__opts = opts;
    select.textContent = "";
    opts.languages.forEach(function (l) {
      select.appendChild(el("option", { value: l.code, text: nameOf(l), "data-backends": l.backends.join(" ") || "none" }));
    });
    follow(box, country);
  }
  /* The language block: a select, "also in English", the note; filled when the options come. */
  function block(country) {
    var box = el("div", { "class": "eaw-df-langs" }, [
      el("label", { "class": "eaw-df-row" }, [el("span", { "class": "eaw-df-label", text: t("ff_language") }),
        el("select", { name: "language", "class": "eaw-df-input" }, [el("option", { value: "en", text: t("l_en") })])]),
      el("label", { "class": "eaw-df-also" }, [el("input", { type: "checkbox", name: "also_en", checked: true }), " " + t("ff_also_en")]),
      el("p", { "class": "eaw-df-mt eaw-meta", role: "note", hidden: true })
    ]);
    var select = box.querySelector("[name=language]");
    select.addEventListener("change", function () { select.dataset.touched = "1"; refresh(box); });
    box.querySelector("[name=also_en]").addEventListener("change", function () { refresh(box); });
    box.ready = options().then(function (opts) { if (opts) { fill(box, opts, country); } refresh(box); });
    return box;
  }
  /* Incoterms shown as 「FCA（運送人渡し）」 / "FCA (Free Carrier)"; the code stays the value. */
  function labelTerms(select) {
    return options().then(function (opts) {
      var names = {};
      ((opts && opts.incoterms) || []).forEach(function (i) { names[i.code] = i; });
      Array.prototype.forEach.call(select.options, function (o) {
        var n = names[o.value];
        if (n) { o.textContent = W.cfg.lang === "ja" ? o.value + "（" + n.ja + "）" : o.value + " (" + n.en + ")"; }
      });
    });
  }
  W.doclang = { block: block, chosen: chosen, untranslated: untranslated, follow: follow, labelTerms: labelTerms };
})(window.__eaw);
