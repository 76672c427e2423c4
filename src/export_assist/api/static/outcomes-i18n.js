/* Outcome dashboard: every string in Japanese and English (advisor-i18n.js does the rest). */
(function () {
  "use strict";
  window.EAI18n.add({
    ja: {
      pageTitle: "支援効果の見える化 — export-assist", h1: "支援効果の見える化", back: "← 確認キュー",
      keyLabel: "アドバイザーのAPIキー", useKey: "このキーを使う",
      by: "集計の単位", by_programme: "支援策別", by_advisor: "アドバイザー別", by_region: "地域（都道府県）別", by_market: "輸出先別",
      show: "表示", csv: "CSVをダウンロード",
      funnelTitle: "ファネル（各段階に進んだ輸出者の数）", funnel: "ファネル", moneyTitle: "お金の効果",
      costPerDeal: "成約1件あたりの支援額（円）", valuePerYen: "支援1円あたりの輸出額（円）",
      recordTitle: "イベントを記録する", ev_exporter: "輸出者", ev_kind: "内容", ev_date: "日付", ev_region: "都道府県",
      ev_market: "輸出先", ev_programme: "支援策ID", ev_amount: "金額（円）", record: "記録", recorded: "記録しました（#{id}）",
      contacted: "接触", meeting: "面談", sample_sent: "サンプル送付", deal: "成約", support_used: "支援の利用",
      tableTitle: "数値", th_group: "単位", th_deal: "成約した輸出者", th_deals: "成約件数", th_value: "成約額（円）",
      th_support: "支援額（円）",
      figuresNote: "数値は記録されたイベントだけから計算しています（推計値は含みません）。",
      fictitious: "このデータには架空のイベントが {n} 件含まれます（デモ・テスト用）。",
      needDeal: "成約を記録するには、金額（円）と輸出先を入力してください。",
      needSupport: "支援の利用を記録するには、支援策IDと金額（円）を入力してください。",
      futureDate: "日付に未来の日は指定できません。",
      field_exporter: "輸出者", field_kind: "内容", field_occurred_on: "日付", field_region: "都道府県",
      field_market: "輸出先", field_programme_id: "支援策ID", field_deal_value_jpy: "金額（円）",
      field_support_amount_jpy: "金額（円）"
    },
    en: {
      pageTitle: "Outcomes of support — export-assist", h1: "Outcomes of support", back: "← Review queue",
      keyLabel: "Advisor API key", useKey: "Use key",
      by: "Group by", by_programme: "Programme", by_advisor: "Advisor", by_region: "Region (prefecture)", by_market: "Market",
      show: "Show", csv: "Download CSV",
      funnelTitle: "Funnel (exporters who reached each stage)", funnel: "Funnel", moneyTitle: "What the support returned",
      costPerDeal: "Support per deal (JPY)", valuePerYen: "Export value per yen of support (JPY)",
      recordTitle: "Record an event", ev_exporter: "Exporter", ev_kind: "Event", ev_date: "Date", ev_region: "Prefecture",
      ev_market: "Market", ev_programme: "Programme ID", ev_amount: "Amount (JPY)", record: "Record", recorded: "Recorded (#{id})",
      contacted: "Contacted", meeting: "Meeting", sample_sent: "Sample sent", deal: "Deal", support_used: "Support used",
      tableTitle: "Figures", th_group: "Group", th_deal: "Exporters with a deal", th_deals: "Deals", th_value: "Deal value (JPY)",
      th_support: "Support (JPY)",
      figuresNote: "Figures come from recorded events only (no estimates).",
      fictitious: "This data holds {n} fictitious events (for demos and tests).",
      needDeal: "A deal needs its amount (JPY) and market.",
      needSupport: "Support used needs the programme ID and the amount (JPY).",
      futureDate: "The date cannot be in the future.",
      field_exporter: "exporter", field_kind: "event", field_occurred_on: "date", field_region: "prefecture",
      field_market: "market", field_programme_id: "programme ID", field_deal_value_jpy: "amount",
      field_support_amount_jpy: "amount"
    }
  });
})();
