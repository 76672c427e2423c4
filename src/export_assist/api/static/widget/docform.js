/* export-assist widget: the trade-document form under a chat document request
   (payload kind "document_form": the fields the conversation stated, the required ones
   still missing, the documents asked for). What was read is filled in and editable, the
   rest are empty required inputs; the button sends the shipment to POST /v1/documents
   with the widget's own token and shows the download links, or the server's error in the
   user's language. */
(function (W) {
  "use strict";
  var el = W.dom.el, t = W.t;
  var INCOTERMS = ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"];
  var UNITS = ["pcs", "kg", "carton", "bottle", "bag", "can", "pack", "set", "dozen", "litre", "tube", "tray", "roll"];
  var PAYMENTS = ["tt_advance", "lc_sight", "letter_of_credit", "dp", "da", "open_account", "cad"];
  var MODES = ["sea", "air", "road", "rail", "courier", "multimodal"];
  /* One line of goods, then the shipment, in order: [name, input kind, option list]. Every
     field is required except the English description, which becomes required when a chosen
     language has no translation backend (the product name would otherwise print untranslated). */
  var LINE = [
    ["product", "text"], ["description_en", "text"], ["hs_code", "text"],
    ["quantity", "number"], ["unit", "select", UNITS], ["unit_price", "number"],
    ["net_weight_kg", "number"], ["gross_weight_kg", "number"], ["packages", "number"]
  ];
  var FIELDS = [
    ["currency", "text"], ["exporter", "text"], ["exporter_address", "text"],
    ["buyer", "text"], ["buyer_address", "text"], ["buyer_country", "text"],
    ["incoterm", "select", INCOTERMS], ["named_place", "text"], ["payment", "select", PAYMENTS],
    ["transport", "select", MODES], ["port_of_loading", "text"], ["port_of_discharge", "text"],
    ["reference", "text"]
  ];
  var OPTIONAL = { description_en: true };
  /* Units the chat reads ("200 缶", "12 bottles") as the document's unit of quantity. */
  var UNIT_WORDS = [[/^kg|キロ/i, "kg"], [/^本|^bottle/i, "bottle"], [/^箱|^ケース|^carton|^case/i, "carton"],
    [/^袋|^bag|^sachet/i, "bag"], [/^缶|^can|^tin/i, "can"], [/^パック|^pack/i, "pack"],
    [/^セット|^set/i, "set"], [/^dozen|^ダース/i, "dozen"], [/^チューブ|^本入りチューブ|^tube/i, "tube"],
    [/^トレー|^トレイ|^tray/i, "tray"], [/^ロール|^巻|^roll/i, "roll"]];

  /* The chat's words for transport and payment (agent: shipment_fields) as the API's codes;
     a bare "T/T" says nothing about when, so it stays a choice for the user. */
  var MODE_WORDS = { "海上輸送": "sea", "航空輸送": "air", "陸上輸送": "road", "鉄道輸送": "rail" };
  var PAY_WORDS = [[/前払|advance/i, "tt_advance"], [/L\/C|letter of credit|信用状/i, "letter_of_credit"],
    [/D\/P/i, "dp"], [/D\/A/i, "da"], [/cash against documents/i, "cad"], [/後払い|日後(?:払|送金|支払)|net \d+/i, "open_account"]];

  function number(text) {
    var m = /\d[\d,]*(?:\.\d+)?/.exec(text || "");
    return m ? m[0].replace(/,/g, "") : "";
  }
  /* 「本」 counts bottles only of bottled goods: 「京扇子 300本」 are 300 pieces, not bottles. */
  var BOTTLED = /酒|焼酎|泡盛|梅酒|ビール|ワイン|ウイスキー|ジン|醤油|しょうゆ|酢|みりん|味醂|油|ジュース|飲料|ドリンク|茶飲料|シロップ|ソース|ドレッシング|瓶|びん|ボトル|sake|shochu|beer|wine|whisk|gin\b|soy sauce|vinegar|mirin|oil|juice|drink|beverage|syrup|sauce|bottle/i;
  function unitOf(text, product) {
    var word = String(text || "").replace(/^[\d,.\s]+/, "");
    if (/^本/.test(word) && !BOTTLED.test(product || "")) return "pcs";
    var hit = UNIT_WORDS.filter(function (u) { return u[0].test(word); })[0];
    return hit ? hit[1] : "pcs";
  }
  function payment(text) {
    var hit = PAY_WORDS.filter(function (p) { return p[0].test(text || ""); })[0];
    return hit ? hit[1] : "";
  }
  /* A stated net or gross weight in kg ("net 500 kg", 「総重量 120kg」); not one per unit. */
  /* The net or gross weight from the chat's weights (「総重量2,400kg、正味2,000kg」: each part);
     one package's (「1カートン総重量14kg」) is no total. */
  function weight(text, which) {
    var parts = String(text || "").split(/[、;；]/);
    for (var i = 0; i < parts.length; i++) {
      var w = parts[i];
      var perUnit = /each|per|\/|トン|\dt\b|あたり|当たり|につき|^\s*1\s*(カートン|ケース|箱)/i.test(w);
      if (which.test(w) && !perUnit && /kg|キロ/i.test(w)) { return number(w); }
    }
    return "";
  }
  function today() { return new Date().toISOString().slice(0, 10); }
  /* The chat's shipment fields ("1500 JPY", "FCA Tokyo") as the form's starting values. */
  function initial(fields, lines) {
    var f = fields || {}, term = String(f.incoterm || "").split(" ");
    return {
      currency: f.currency || (lines[0] || {}).currency || "JPY",
      buyer: f.buyer || "", buyer_address: f.buyer_address || "", buyer_country: f.buyer_country || "",
      exporter: f.exporter || "", exporter_address: f.exporter_address || "",
      incoterm: INCOTERMS.indexOf(term[0]) !== -1 ? term[0] : "", named_place: term.slice(1).join(" "),
      payment: payment(f.payment), transport: MODE_WORDS[f.transport] || (MODES.indexOf(f.transport) !== -1 ? f.transport : ""),
      port_of_loading: f.port_of_loading || "", port_of_discharge: f.port_of_discharge || "",
      reference: "INV-" + today().replace(/-/g, "")
    };
  }
  /* A line the chat read ("200 缶", "5 USD", "0902.10"); the shipment's weights and packages
     (「正味重量は90kg、10カートン」) only for a single line. */
  function lineStart(line, shipment) {
    var weights = (shipment || {}).weights;
    return { product: line.product || "", description_en: line.description_en || "", hs_code: line.hs_code || "", quantity: number(line.quantity), unit: line.quantity ? unitOf(line.quantity, line.product) : "pcs",
      unit_price: number(line.unit_price), net_weight_kg: weight(weights, /net|正味/i), gross_weight_kg: weight(weights, /gross|総/i),
      packages: number((shipment || {}).packages) };
  }
  function control(spec, value) {
    var name = spec[0], attrs = { name: name, "class": "eaw-df-input", required: !OPTIONAL[name] };
    if (spec[1] !== "select") {
      attrs.type = spec[1]; attrs.value = value || null;
      if (spec[1] === "number") { attrs.min = "0"; attrs.step = "any"; attrs.inputmode = "decimal"; }
      return el("input", attrs);
    }
    var select = el("select", attrs, [el("option", { value: "", text: t("dfChoose") })]);
    spec[2].forEach(function (v) {
      var key = "df_" + name + "_" + v, label = W.strings.ja[key] != null ? t(key) : v;
      select.appendChild(el("option", { value: v, selected: v === value, text: label }));
    });
    return select;
  }
  function row(spec, value, missing) {
    var input = control(spec, value), label = el("span", { "class": "eaw-df-label", text: t("ff_" + spec[0]) });
    if (OPTIONAL[spec[0]]) { label.appendChild(el("span", { "class": "eaw-df-opt", text: t("dfOptional") })); }
    return el("label", { "class": "eaw-df-row", "data-field": spec[0], "data-missing": missing ? "true" : null }, [label, input]);
  }
  /* One line of goods as a fieldset (numbered; removable while another line is left). */
  function lineBox(start, missing) {
    var box = el("fieldset", { "class": "eaw-df-line" }, [el("legend", {})]);
    LINE.forEach(function (s) { box.appendChild(row(s, start[s[0]], !OPTIONAL[s[0]] && (missing || !start[s[0]]))); });
    box.appendChild(el("button", { type: "button", "class": "eaw-df-remove", text: t("dfRemoveLine") }));
    return box;
  }
  function renumber(form) {
    var boxes = form.querySelectorAll(".eaw-df-line");
    Array.prototype.forEach.call(boxes, function (b, i) {
      b.querySelector("legend").textContent = t("dfLine", { n: i + 1 });
      b.querySelector(".eaw-df-remove").disabled = boxes.length === 1;
    });
  }
  /* English names required while a chosen language has no translation backend. */
  function englishNeeded(form) {
    var needed = W.doclang.untranslated(form.querySelector(".eaw-df-langs")).length > 0;
    Array.prototype.forEach.call(form.querySelectorAll("[name=description_en]"), function (i) {
      var row = i.closest(".eaw-df-row");
      i.required = needed;
      row.querySelector(".eaw-df-opt").hidden = needed;
      if (needed && !i.value) { row.setAttribute("data-missing", "true"); } else { row.removeAttribute("data-missing"); }
    });
    return needed;
  }
  function inputs(form) {
    var v = {};
    FIELDS.forEach(function (s) { v[s[0]] = String(form.elements[s[0]].value || "").trim(); });
    v.lines = Array.prototype.map.call(form.querySelectorAll(".eaw-df-line"), function (box) {
      var line = { box: box };
      LINE.forEach(function (s) { line[s[0]] = String(box.querySelector("[name=" + s[0] + "]").value || "").trim(); });
      return line;
    });
    return v;
  }
  /* The form's values as the documents API's request (a Shipment and its languages). */
  function request(v, documents, languages) {
    return {
      shipment: {
        reference: v.reference, date: today(),
        lines: v.lines.map(function (l) {
          var line = { description_ja: l.product, hs_code: l.hs_code, quantity: l.quantity, unit: l.unit, unit_price: l.unit_price,
            net_weight_kg: l.net_weight_kg, gross_weight_kg: l.gross_weight_kg, packages: parseInt(l.packages, 10) };
          if (l.description_en) { line.description = { en: l.description_en }; }
          return line;
        }),
        parties: { exporter: { name: v.exporter, address: v.exporter_address, country: "JP" },
          consignee: { name: v.buyer, address: v.buyer_address, country: v.buyer_country.toUpperCase() } },
        incoterm: v.incoterm, named_place: v.named_place, currency: v.currency.toUpperCase(), payment: v.payment,
        transport: { mode: v.transport, port_of_loading: v.port_of_loading, port_of_discharge: v.port_of_discharge },
        documents: documents
      },
      languages: languages, formats: ["pdf", "docx"]
    };
  }
  function say(box, text, cls) {
    box.textContent = "";
    box.className = "eaw-df-result " + (cls || "");
    box.setAttribute("role", cls === "eaw-error" ? "alert" : "status");
    box.appendChild(el("p", { text: text }));
  }
  /* Empty required inputs: named in one message (line by line), marked, the first focused. */
  function blank(form, v, box) {
    var english = englishNeeded(form), empty = [];
    FIELDS.forEach(function (s) { mark(form.elements[s[0]], !v[s[0]], empty, t("ff_" + s[0])); });
    v.lines.forEach(function (l, i) {
      LINE.forEach(function (s) {
        var need = !OPTIONAL[s[0]] || (s[0] === "description_en" && english), many = v.lines.length > 1;
        mark(l.box.querySelector("[name=" + s[0] + "]"), need && !l[s[0]], empty, (many ? t("dfLine", { n: i + 1 }) + " " : "") + t("ff_" + s[0]));
      });
    });
    if (!empty.length) { return false; }
    say(box, t("dfMissing", { fields: empty.map(function (e) { return e[1]; }).join(t("dfSep")) }), "eaw-error");
    empty[0][0].focus();
    return true;
  }
  /* Fields printed as typed on the buyer's side: Japanese script there is unreadable to a
     German or Thai buyer (「FOB 横浜」 on a Handelsrechnung), so Latin letters are asked for
     first, unless every document is in Chinese, whose readers read kanji. */
  var PRINTED_AS_TYPED = ["exporter", "exporter_address", "buyer", "buyer_address", "named_place",
    "port_of_loading", "port_of_discharge"];
  var JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
  function unreadable(form, v, box) {
    var langs = W.doclang.chosen(form.querySelector(".eaw-df-langs")), bad = [];
    if (langs.every(function (l) { return l === "zh-Hans"; })) { return false; }
    PRINTED_AS_TYPED.forEach(function (f) {
      mark(form.elements[f], JAPANESE_SCRIPT.test(v[f]), bad, t("ff_" + f));
    });
    if (!bad.length) { return false; }
    say(box, t("dfLatin", { fields: bad.map(function (e) { return e[1]; }).join(t("dfSep")) }), "eaw-error");
    bad[0][0].focus();
    return true;
  }
  function mark(input, isEmpty, empty, name) {
    input.setAttribute("aria-invalid", String(isEmpty));
    if (isEmpty) { empty.push([input, name]); }
  }
  function submit(form, kinds, box, button) {
    var v = inputs(form), documents = W.dockinds.chosen(kinds), agreement = W.dockinds.agreement(kinds);
    if (blank(form, v, box) || unreadable(form, v, box)) { return Promise.resolve(); }
    if (!documents.length) { say(box, t("dfNoKind"), "eaw-error"); return Promise.resolve(); }
    if (agreement.empty) { say(box, t("dfMissing", { fields: t("ff_agreement") }), "eaw-error"); agreement.empty.focus(); return Promise.resolve(); }
    button.disabled = true; say(box, t("dfMaking"), "eaw-status");
    var body = request(v, documents, W.doclang.chosen(form.querySelector(".eaw-df-langs")));
    if (agreement.value) { body.shipment.agreement = agreement.value; }
    return W.api.call("POST", "/v1/documents", body).then(function (r) {
      if (!r.ok) { return W.api.failure(r).then(function (f) { say(box, f.text, "eaw-error"); }); }
      return r.json().then(function (set) {
        box.textContent = ""; box.className = "eaw-df-result"; box.setAttribute("role", "status");
        box.appendChild(W.cards.render("documents", set));
      });
    }).catch(function () { say(box, t("neterr"), "eaw-error"); }).then(function () { button.disabled = false; });
  }
  /* The invoice total as the lines stand (quantity × unit price), so it is seen before sending. */
  function total(form) {
    var sum = 0, out = form.querySelector(".eaw-df-total");
    Array.prototype.forEach.call(form.querySelectorAll(".eaw-df-line"), function (box) {
      var q = parseFloat(box.querySelector("[name=quantity]").value), p = parseFloat(box.querySelector("[name=unit_price]").value);
      if (q > 0 && p >= 0) { sum += q * p; }
    });
    var code = String(form.elements.currency.value || "").toUpperCase(), rounded = Math.round(sum * 100) / 100;
    var digits = rounded % 1 ? 2 : decimals(code);  // JPY 1,000,000 (no minor unit), USD 1,000.00
    var amount = rounded.toLocaleString(W.cfg.lang === "ja" ? "ja-JP" : "en-US",
      { minimumFractionDigits: digits, maximumFractionDigits: 2 });
    out.textContent = t("dfTotal", { amount: amount, currency: code });
  }
  /* A currency's decimals as ISO 4217 (via Intl) has them; 2 for a code it does not know. */
  function decimals(code) {
    try { return new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits; } catch (e) { return 2; }
  }
  function goods(form, data) {
    var lines = (data.lines || []).length ? data.lines : [data.fields || {}], missing = data.missing || [];
    var list = el("div", { "class": "eaw-df-lines" });
    lines.forEach(function (l) {
      var start = lineStart(l, lines.length === 1 ? data.fields : null);
      list.appendChild(lineBox(start, lines.length === 1 && missing.indexOf("product") !== -1));
    });
    var add = el("button", { type: "button", "class": "eaw-df-add", text: t("dfAddLine") });
    add.addEventListener("click", function () {
      list.appendChild(lineBox({ unit: "pcs" }, true)); renumber(form); englishNeeded(form);
      list.lastChild.querySelector("[name=product]").focus();
    });
    list.addEventListener("click", function (e) {
      var remove = e.target.closest(".eaw-df-remove");
      if (remove && !remove.disabled) { remove.closest(".eaw-df-line").remove(); renumber(form); total(form); }
    });
    form.appendChild(list); form.appendChild(add);
    form.appendChild(el("p", { "class": "eaw-df-total", "aria-live": "polite" }));
  }
  W.cards.register("document_form", function (data) {
    var fields = data.fields || {}, start = initial(fields, data.lines || []), missing = data.missing || [];
    var form = el("form", { "class": "eaw-card eaw-docform", novalidate: true }, [el("h4", { text: t("dfTitle") }),
      el("p", { "class": "eaw-meta", text: t("dfIntro") })]);
    goods(form, data);
    FIELDS.forEach(function (s) {
      form.appendChild(row(s, start[s[0]], missing.indexOf(s[0]) !== -1 || !start[s[0]]));
    });
    var kinds = W.dockinds.block(data.documents, fields.agreement, data.origin_note);
    form.appendChild(kinds);
    var langs = W.doclang.block(start.buyer_country);
    langs.__onchange = function () { englishNeeded(form); };
    form.appendChild(langs);
    form.elements.buyer_country.addEventListener("input", function (e) { W.doclang.follow(langs, e.target.value); });
    W.doclang.labelTerms(form.elements.incoterm);
    var button = el("button", { type: "submit", "class": "eaw-df-submit", text: t("dfSubmit") });
    var box = el("div", { "class": "eaw-df-result", role: "status" });
    form.appendChild(button); form.appendChild(box);
    renumber(form); total(form);
    form.addEventListener("input", function () { total(form); });
    form.addEventListener("submit", function (e) { e.preventDefault(); submit(form, kinds, box, button); });
    return form;
  });
})(window.__eaw);
