/* export-assist widget: which documents the document form makes. Every kind the chat read
   is ticked (「インボイスとパッキングリストを作って」: both; an invoice and a packing list when
   it read none); the user changes them before sending. A statement on origin claims an
   agreement (EPA): its choice shows while that document is ticked, filled in from the chat
   (「日EU・EPA」, or the only agreement of the buyer's country) and required then. Under it,
   the chat's word on the buyer's country (the agreements that need a certificate from the
   Japan Chamber of Commerce and Industry instead, 日タイEPA...) and, while RCEP is chosen,
   that an exporter's declaration needs the importing country to accept it. */
(function (W) {
  "use strict";
  var el = W.dom.el, t = W.t;
  var KINDS = ["proforma_invoice", "commercial_invoice", "packing_list", "origin_statement", "cover_letter"];
  var DEFAULT = ["commercial_invoice", "packing_list"];
  var AGREEMENTS = ["jp_eu_epa", "uk_jp_cepa", "cptpp", "rcep"];

  function agreementRow(value) {
    var select = el("select", { name: "agreement", "class": "eaw-df-input" }, [el("option", { value: "", text: t("dfChoose") })]);
    AGREEMENTS.forEach(function (a) {
      select.appendChild(el("option", { value: a, selected: a === value, text: t("df_agreement_" + a) }));
    });
    return el("label", { "class": "eaw-df-row eaw-df-agreement", "data-field": "agreement" },
      [el("span", { "class": "eaw-df-label", text: t("ff_agreement") }), select]);
  }
  /* The notes under the agreement: the chat's for the buyer's country, and RCEP's own. */
  function notes(note) {
    var box = el("div", { "class": "eaw-df-origin-notes" });
    if (note) { box.appendChild(el("p", { "class": "eaw-meta eaw-df-origin-note", text: note })); }
    var rcep = el("p", { "class": "eaw-meta eaw-df-rcep-note", text: t("dfRcepNote") });
    box.appendChild(rcep);
    return { box: box, rcep: rcep };
  }
  function block(asked, agreement, note) {
    var start = (asked || []).filter(function (k) { return KINDS.indexOf(k) !== -1; });
    if (!start.length) { start = DEFAULT; }
    var box = el("fieldset", { "class": "eaw-df-kinds" }, [el("legend", { text: t("dfKinds") })]);
    KINDS.forEach(function (k) {
      box.appendChild(el("label", { "class": "eaw-df-kind" }, [
        el("input", { type: "checkbox", name: "doc_kind", value: k, checked: start.indexOf(k) !== -1 }),
        " " + t("d_" + k)]));
    });
    var row = agreementRow(agreement || ""), said = notes(note || "");
    box.appendChild(row); box.appendChild(said.box);
    function show() {
      var on = chosen(box).indexOf("origin_statement") !== -1, select = row.querySelector("select");
      row.hidden = !on; select.required = on; said.box.hidden = !on;
      said.rcep.hidden = select.value !== "rcep" || (note || "").indexOf("RCEP") !== -1;
      if (on && !select.value) { row.setAttribute("data-missing", "true"); } else { row.removeAttribute("data-missing"); }
    }
    box.addEventListener("change", show);
    show();
    return box;
  }
  /* The ticked kinds, in the order above. */
  function chosen(box) {
    return Array.prototype.filter.call(box.querySelectorAll("[name=doc_kind]"), function (c) {
      return c.checked; }).map(function (c) { return c.value; });
  }
  /* The agreement chosen ('' when no statement on origin is ticked); the select when it is
     ticked but empty (the form names it and sends nothing). */
  function agreement(box) {
    var select = box.querySelector("[name=agreement]");
    if (chosen(box).indexOf("origin_statement") === -1) { return { value: "" }; }
    select.setAttribute("aria-invalid", String(!select.value));
    return { value: select.value, empty: select.value ? null : select };
  }
  W.dockinds = { block: block, chosen: chosen, agreement: agreement };
})(window.__eaw);
