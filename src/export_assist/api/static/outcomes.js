// Outcome dashboard: figures from /v1/outcomes/summary, drawn with the vendored Chart.js,
// in the advisor's language (advisor-i18n.js, outcomes-i18n.js; labels from the server in it).
// window.outcomeCharts exposes the chart objects (the browser test reads their numbers).
(function () {
  "use strict";
  var I = window.EAI18n, t = I.t;
  var STAGES = ["contacted", "meeting", "sample_sent", "deal"];
  var COLORS = ["#9bb7d4", "#5b8db8", "#2f6690", "#16425b"];
  var key = sessionStorage.getItem("advisorKey") || "";
  var charts = {};
  window.outcomeCharts = charts;
  var $ = function (id) { return document.getElementById(id); };

  function fail(err) {
    var box = $("error");
    if (!err) { box.textContent = ""; box.hidden = true; return; }
    I.showFailure(box, err);
  }
  var failure = I.apiError;
  function local(key) { return { local: true, message: t(key) }; }
  /* What the server would refuse, said before sending (EventCreate's rules). */
  function missing(body, amount) {
    if (body.occurred_on && body.occurred_on > new Date().toLocaleDateString("sv-SE")) { return "futureDate"; }
    if (body.kind === "deal" && (!amount || !body.market)) { return "needDeal"; }
    if (body.kind === "support_used" && (!amount || !body.programme_id)) { return "needSupport"; }
    return "";
  }

  function api(path) {
    return EAAuth.fetch(key, path, {}).then(function (res) {
      if (!res.ok) {
        return res.json().catch(function () { return {}; }).then(function (body) { throw failure(res, body); });
      }
      return res;
    });
  }

  function draw(id, config) {
    if (charts[id]) { charts[id].destroy(); }
    charts[id] = new Chart($(id + "-chart"), config);
  }

  function options() {  // numbers on axes and tooltips in the page's locale
    return { responsive: true, maintainAspectRatio: false, animation: false, locale: I.locale() };
  }
  function bar(labels, label, data, color) {
    return { type: "bar", data: { labels: labels, datasets: [{ label: label, data: data, backgroundColor: color }] },
      options: options() };
  }

  function cell(tr, text, num) {
    var td = document.createElement("td");
    td.textContent = text;
    if (num) { td.className = "num"; }
    tr.appendChild(td);
  }

  function fmt(v) { return I.num(v); }

  function table(rows) {
    var body = $("rows");
    body.textContent = "";
    rows.forEach(function (r) {
      var tr = document.createElement("tr");
      tr.dataset.key = r.key;
      cell(tr, r.label, false);
      [r.contacted, r.meeting, r.sample_sent, r.deal, r.deals, r.deal_value_jpy, r.support_jpy,
        r.cost_per_deal_jpy, r.value_per_yen].forEach(function (v) { cell(tr, fmt(v), true); });
      body.appendChild(tr);
    });
  }

  function render(s) {
    var labels = s.rows.map(function (r) { return r.label; });
    draw("funnel", { type: "bar", data: { labels: labels, datasets: STAGES.map(function (st, i) {
      return { label: t(st), data: s.rows.map(function (r) { return r[st]; }), backgroundColor: COLORS[i] };
    }) }, options: options() });
    draw("cost", bar(labels, t("costPerDeal"), s.rows.map(function (r) { return r.cost_per_deal_jpy; }), "#c97b63"));
    draw("value", bar(labels, t("valuePerYen"), s.rows.map(function (r) { return r.value_per_yen; }), "#5a8f5a"));
    table(s.rows.concat([s.total]));
    var note = $("fictitious");
    note.hidden = !s.fictitious_events;
    note.textContent = s.fictitious_events ? t("fictitious", { n: I.num(s.fictitious_events) }) : "";
    document.body.dataset.loaded = s.by;
    document.body.dataset.lang = I.lang;
  }

  /* Only the latest request draws: a slower earlier answer (the first load's grouping, the
     other language) must not overwrite the one the advisor asked for last. */
  var latest = 0;
  function load() {
    var mine = ++latest;
    fail(null);
    api("/v1/outcomes/summary?by=" + encodeURIComponent($("by").value) + "&lang=" + I.lang)
      .then(function (res) { return res.json(); })
      .then(function (s) { if (mine === latest) { render(s); } })
      .catch(function (err) { if (mine === latest) { fail(err); } });
  }

  /* The catalogue's programmes as the ID field's choices, named in the page's language
     (an advisor knows 「ジャパンパビリオン」, not its id). */
  function programmes() {
    api("/v1/programmes?lang=" + I.lang).then(function (res) { return res.json(); }).then(function (list) {
      var box = $("ev-programmes");
      box.textContent = "";
      list.forEach(function (p) {
        var o = document.createElement("option");
        o.value = p.id;
        o.label = (I.lang === "ja" ? p.official_name : p.name_en || p.official_name) + " — " + p.operator_name;
        box.appendChild(o);
      });
    }).catch(function () { /* the field still takes a typed id */ });
  }

  function csv() {
    var by = $("by").value;
    // headings and labels in the page's language (without lang the API gives the field names)
    api("/v1/outcomes/summary.csv?by=" + encodeURIComponent(by) + "&lang=" + I.lang).then(function (res) { return res.blob(); })
      .then(function (blob) {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = "outcomes-by-" + by + "-" + I.lang + ".csv";
        document.body.appendChild(a); a.click(); a.remove();
      }).catch(fail);
  }

  function record(ev) {
    ev.preventDefault();
    var kind = $("ev-kind").value, amount = $("ev-amount").value;
    var body = { exporter: $("ev-exporter").value.trim(), kind: kind, occurred_on: $("ev-date").value,
      region: $("ev-region").value.trim(), market: $("ev-market").value.trim() || null,
      programme_id: $("ev-programme").value.trim() || null };
    if (kind === "deal" && amount) { body.deal_value_jpy = Number(amount); }
    if (kind === "support_used" && amount) { body.support_amount_jpy = Number(amount); }
    var lacking = missing(body, amount);
    $("ev-msg").textContent = "";  // an earlier 「記録しました」 is not this event's
    if (lacking) { fail(local(lacking)); return; }
    fail(null);
    EAAuth.fetch(key, "/v1/outcomes/events", { method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" } })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (data) {
          if (!res.ok) { throw failure(res, data); }
          $("ev-msg").textContent = t("recorded", { id: data.id });
          load();
        });
      }).catch(fail);
  }

  $("key").value = key;
  $("event-form").addEventListener("submit", record);
  $("key-form").addEventListener("submit", function (ev) {
    ev.preventDefault(); key = $("key").value.trim(); sessionStorage.setItem("advisorKey", key); load();
  });
  $("by-form").addEventListener("submit", function (ev) { ev.preventDefault(); load(); });
  $("csv").addEventListener("click", csv);
  I.onChange(function () { $("ev-msg").textContent = ""; programmes(); if (key || EAAuth.enabled()) { load(); } });
  programmes();
  if (key || EAAuth.enabled()) { load(); }
})();
