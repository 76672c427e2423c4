/* export-assist widget: which documents the document form makes. Every kind the chat read
   is ticked (「インボイスとパッキングリストを作って」: both; an invoice and a packing list when
   it read none); the user changes them before sending. */
(function (W) {
  "use strict";
  var el = W.dom.el, t = W.t;
  var KINDS = ["proforma_invoice", "commercial_invoice", "packing_list"];
  var DEFAULT = ["commercial_invoice", "packing_list"];

  function block(asked) {
    var start = (asked || []).filter(function (k) { return KINDS.indexOf(k) !== -1; });
    if (!start.length) { start = DEFAULT; }
    var box = el("fieldset", { "class": "eaw-df-kinds" }, [el("legend", { text: t("dfKinds") })]);
    KINDS.forEach(function (k) {
      box.appendChild(el("label", { "class": "eaw-df-kind" }, [
        el("input", { type: "checkbox", name: "doc_kind", value: k, checked: start.indexOf(k) !== -1 }),
        " " + t("d_" + k)]));
    });
    return box;
  }
  /* The ticked kinds, in the order above. */
  function chosen(box) {
    return Array.prototype.filter.call(box.querySelectorAll("[name=doc_kind]"), function (c) {
      return c.checked; }).map(function (c) { return c.value; });
  }
  W.dockinds = { block: block, chosen: chosen };
})(window.__eaw);
