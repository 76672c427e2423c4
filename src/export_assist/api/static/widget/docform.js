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
  var UNITS = ["pcs", "kg", "carton", "bottle", "set", "dozen", "litre"];
  var PAYMENTS = ["tt_advance", "lc_sight", "letter_of_credit", "dp", "da", "open_account", "cad"];
  var MODES = ["sea", "air", "road", "rail", "courier", "multimodal"];
  /* The form, in order: [name, input kind, option list]. Every field is required except
     the English description (documents mark an untranslated description instead). */
  var FIELDS = [
    ["product", "text"], ["description_en", "text"], ["hs_code", "text"],
    ["quantity", "number"], ["unit", "select", UNITS], ["unit_price", "number"], ["currency", "text"],
    ["net_weight_kg", "number"], ["gross_weight_kg", "number"], ["packages", "number"],
    ["exporter", "text"], ["exporter_address", "text"],
    ["buyer", "text"], ["buyer_address", "text"], ["buyer_country", "text"],
    ["incoterm", "select", INCOTERMS], ["named_place", "text"], ["payment", "select", PAYMENTS],
    ["transport", "select", MODES], ["port_of_loading", "text"], ["port_of_discharge", "text"],
    ["reference", "text"]
  ];
  var OPTIONAL = { description_en: true };
  /* Units the chat reads ("200 缶", "12 bottles") as the document's unit of quantity. */
  var UNIT_WORDS = [[/^kg|キロ/i, "kg"], [/^本|^bottle/i, "bottle"], [/^箱|^ケース|^carton|^case/i, "carton"],
    [/^set/i, "set"], [/^dozen/i, "dozen"]];

  /* The chat's words for transport and payment (agent: shipment_fields) as the API's codes;
     a bare "T/T" says nothing about when, so it stays a choice for the user. */
  var MODE_WORDS = { "海上輸送": "sea", "航空輸送": "air", "陸上輸送": "road", "鉄道輸送": "rail" };
  var PAY_WORDS = [[/前払|advance/i, "tt_advance"], [/L\/C|letter of credit|信用状/i, "letter_of_credit"],
    [/D\/P/i, "dp"], [/D\/A/i, "da"], [/cash against documents/i, "cad"], [/後払い/, "open_account"]];

  function number(text) {
    var m = /\d[\d,]*(?:\.\d+)?/.exec(text || "");
    return m ? m[0].replace(/,/g, "") : "";
  }
  function unitOf(text) {
    var word = String(text || "").replace(/^[\d,.\s]+/, "");
    var hit = UNIT_WORDS.filter(function (u) { return u[0].test(word); })[0];
    return hit ? hit[1] : "pcs";
  }
  function payment(text) {
    var hit = PAY_WORDS.filter(function (p) { return p[0].test(text || ""); })[0];
    return hit ? hit[1] : "";
  }
  /* A stated net or gross weight in kg ("net 500 kg", 「総重量 120kg」); not one per unit. */
  function weight(text, which) {
    var w = String(text || "");
    if (!which.test(w) || /each|per|\/|トン|\dt\b/i.test(w) || !/kg|キロ/i.test(w)) { return ""; }
    return number(w);
  }
  function today() { return new Date().toISOString().slice(0, 10); }
  /* The chat's fields ("200 缶", "1500 JPY", "FCA Tokyo") as the form's starting values. */
  function initial(fields) {
    var f = fields || {}, term = String(f.incoterm || "").split(" ");
    return {
      product: f.product || "", quantity: number(f.quantity), unit: f.quantity ? unitOf(f.quantity) : "pcs",
      unit_price: number(f.unit_price), currency: f.currency || "JPY",
      buyer: f.buyer || "", buyer_country: f.buyer_country || "", exporter: f.exporter || "",
      incoterm: INCOTERMS.indexOf(term[0]) !== -1 ? term[0] : "", named_place: term.slice(1).join(" "),
      payment: payment(f.payment), transport: MODE_WORDS[f.transport] || (MODES.indexOf(f.transport) !== -1 ? f.transport : ""),
      net_weight_kg: weight(f.weights, /net|正味/i), gross_weight_kg: weight(f.weights, /gross|総/i),
      reference: "INV-" + today().replace(/-/g, "")
    };
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
    var input = control(spec, value);
    return el("label", { "class": "eaw-df-row", "data-field": spec[0], "data-missing": missing ? "true" : null },
      [el("span", { "class": "eaw-df-label", text: t("ff_" + spec[0]) + (OPTIONAL[spec[0]] ? t("dfOptional") : "") }), input]);
  }
  function values(form) {
    var v = {};
    FIELDS.forEach(function (s) { v[s[0]] = String(form.elements[s[0]].value || "").trim(); });
    return v;
  }
  /* The form's values as the documents API's request (a Shipment, English documents). */
  function request(v, documents) {
    var line = { description_ja: v.product, hs_code: v.hs_code, quantity: v.quantity, unit: v.unit,
      unit_price: v.unit_price, net_weight_kg: v.net_weight_kg, gross_weight_kg: v.gross_weight_kg,
      packages: parseInt(v.packages, 10) };
    if (v.description_en) { line.description = { en: v.description_en }; }
    return {
      shipment: {
        reference: v.reference, date: today(), lines: [line],
        parties: { exporter: { name: v.exporter, address: v.exporter_address, country: "JP" },
          consignee: { name: v.buyer, address: v.buyer_address, country: v.buyer_country.toUpperCase() } },
        incoterm: v.incoterm, named_place: v.named_place, currency: v.currency.toUpperCase(), payment: v.payment,
        transport: { mode: v.transport, port_of_loading: v.port_of_loading, port_of_discharge: v.port_of_discharge },
        documents: documents.length ? documents : ["commercial_invoice", "packing_list"]
      },
      languages: ["en"], formats: ["pdf", "docx"]
    };
  }
  function say(box, text, cls) {
    box.textContent = "";
    box.className = "eaw-df-result " + (cls || "");
    box.setAttribute("role", cls === "eaw-error" ? "alert" : "status");
    box.appendChild(el("p", { text: text }));
  }
  /* Empty required inputs: named in one message, marked, the first one focused. */
  function blank(form, v, box) {
    var empty = FIELDS.filter(function (s) { return !OPTIONAL[s[0]] && !v[s[0]]; });
    FIELDS.forEach(function (s) { form.elements[s[0]].setAttribute("aria-invalid", String(empty.indexOf(s) !== -1)); });
    if (!empty.length) { return false; }
    say(box, t("dfMissing", { fields: empty.map(function (s) { return t("ff_" + s[0]); }).join(t("dfSep")) }), "eaw-error");
    form.elements[empty[0][0]].focus();
    return true;
  }
  function submit(form, documents, box, button) {
    var v = values(form);
    if (blank(form, v, box)) { return Promise.resolve(); }
    button.disabled = true; say(box, t("dfMaking"), "eaw-status");
    return W.api.call("POST", "/v1/documents", request(v, documents)).then(function (r) {
      if (!r.ok) { return W.api.failure(r).then(function (f) { say(box, f.text, "eaw-error"); }); }
      return r.json().then(function (set) {
        box.textContent = ""; box.className = "eaw-df-result"; box.setAttribute("role", "status");
        box.appendChild(W.cards.render("documents", set));
      });
    }).catch(function () { say(box, t("neterr"), "eaw-error"); }).then(function () { button.disabled = false; });
  }
  W.cards.register("document_form", function (data) {
    var start = initial(data.fields), missing = data.missing || [];
    var form = el("form", { "class": "eaw-card eaw-docform", novalidate: true }, [el("h4", { text: t("dfTitle") }),
      el("p", { "class": "eaw-meta", text: t("dfIntro") })]);
    FIELDS.forEach(function (s) {
      form.appendChild(row(s, start[s[0]], !OPTIONAL[s[0]] && (missing.indexOf(s[0]) !== -1 || !start[s[0]])));
    });
    var button = el("button", { type: "submit", "class": "eaw-df-submit", text: t("dfSubmit") });
    var box = el("div", { "class": "eaw-df-result", role: "status" });
    form.appendChild(button); form.appendChild(box);
    form.addEventListener("submit", function (e) { e.preventDefault(); submit(form, data.documents || [], box, button); });
    return form;
  });
})(window.__eaw);
