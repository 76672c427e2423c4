// Outcome dashboard: figures from /v1/outcomes/summary, drawn with the vendored Chart.js.
// window.outcomeCharts exposes the chart objects (the browser test reads their numbers).
(function () {
  "use strict";
  var STAGES = [["contacted", "接触"], ["meeting", "面談"], ["sample_sent", "サンプル送付"], ["deal", "成約"]];
  var COLORS = ["#9bb7d4", "#5b8db8", "#2f6690", "#16425b"];
  var key = sessionStorage.getItem("advisorKey") || "";
  var charts = {};
  window.outcomeCharts = charts;
  var $ = function (id) { return document.getElementById(id); };
  var yen = new Intl.NumberFormat("ja-JP");

  function fail(msg) { var e = $("error"); e.textContent = msg; e.hidden = !msg; }

  function api(path) {
    return EAAuth.fetch(key, path, {}).then(function (res) {
      if (!res.ok) {
        return res.json().catch(function () { return {}; }).then(function (body) {
          var m = body.error && body.error.message;
          throw new Error(m || ("エラー " + res.status));
        });
      }
      return res;
    });
  }

  function draw(id, config) {
    if (charts[id]) { charts[id].destroy(); }
    charts[id] = new Chart($(id + "-chart"), config);
  }

  function bar(labels, label, data, color) {
    return { type: "bar", data: { labels: labels, datasets: [{ label: label, data: data, backgroundColor: color }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false } };
  }

  function cell(tr, text, num) {
    var td = document.createElement("td");
    td.textContent = text;
    if (num) { td.className = "num"; }
    tr.appendChild(td);
  }

  function fmt(v) { return v === null || v === undefined ? "—" : yen.format(v); }

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
      return { label: st[1], data: s.rows.map(function (r) { return r[st[0]]; }), backgroundColor: COLORS[i] };
    }) }, options: { responsive: true, maintainAspectRatio: false, animation: false } });
    draw("cost", bar(labels, "成約1件あたりの支援額（円）", s.rows.map(function (r) { return r.cost_per_deal_jpy; }), "#c97b63"));
    draw("value", bar(labels, "支援1円あたりの輸出額（円）", s.rows.map(function (r) { return r.value_per_yen; }), "#5a8f5a"));
    table(s.rows.concat([s.total]));
    var note = $("fictitious");
    note.hidden = !s.fictitious_events;
    note.textContent = s.fictitious_events ? "このデータには架空のイベントが " + s.fictitious_events + " 件含まれます（デモ・テスト用）。" : "";
    document.body.dataset.loaded = s.by;
  }

  function load() {
    fail("");
    api("/v1/outcomes/summary?by=" + encodeURIComponent($("by").value))
      .then(function (res) { return res.json(); }).then(render)
      .catch(function (e) { fail(e.message); });
  }

  function csv() {
    var by = $("by").value;
    api("/v1/outcomes/summary.csv?by=" + encodeURIComponent(by)).then(function (res) { return res.blob(); })
      .then(function (blob) {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = "outcomes-by-" + by + ".csv";
        document.body.appendChild(a); a.click(); a.remove();
      }).catch(function (e) { fail(e.message); });
  }

  function record(ev) {
    ev.preventDefault();
    var kind = $("ev-kind").value, amount = $("ev-amount").value;
    var body = { exporter: $("ev-exporter").value.trim(), kind: kind, occurred_on: $("ev-date").value,
      region: $("ev-region").value.trim(), market: $("ev-market").value.trim() || null,
      programme_id: $("ev-programme").value.trim() || null };
    if (kind === "deal" && amount) { body.deal_value_jpy = Number(amount); }
    if (kind === "support_used" && amount) { body.support_amount_jpy = Number(amount); }
    fail("");
    EAAuth.fetch(key, "/v1/outcomes/events", { method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" } })
      .then(function (res) {
        return res.json().then(function (data) {
          if (!res.ok) { throw new Error((data.error && data.error.message) || ("エラー " + res.status)); }
          $("ev-msg").textContent = "記録しました（#" + data.id + "）";
          load();
        });
      }).catch(function (e) { fail(e.message); });
  }

  $("key").value = key;
  $("event-form").addEventListener("submit", record);
  $("key-form").addEventListener("submit", function (ev) {
    ev.preventDefault(); key = $("key").value.trim(); sessionStorage.setItem("advisorKey", key); load();
  });
  $("by-form").addEventListener("submit", function (ev) { ev.preventDefault(); load(); });
  $("csv").addEventListener("click", csv);
  if (key || EAAuth.enabled()) { load(); }
})();
