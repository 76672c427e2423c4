/* Advisor console: every string in Japanese and English (advisor-i18n.js does the rest),
   and the server's own English words the console can name in Japanese: draft kinds and
   statuses, the titles and claims the assistant writes, version notes, audit actions. */
(function () {
  "use strict";
  var I = window.EAI18n;
  I.add({
    ja: {
      pageTitle: "アドバイザー確認コンソール — export-assist", h1: "アドバイザー確認コンソール",
      outcomesLink: "支援効果の見える化 →", keyLabel: "アドバイザーのAPIキー", useKey: "このキーを使う",
      enterKey: "アドバイザーのAPIキーを入力してください。", signedIn: "{who} としてログイン中（{role}・{tenant}）",
      role_advisor: "アドバイザー", role_admin: "管理者", role_exporter: "輸出者", role_server: "サーバー", role_visitor: "訪問者",
      queueTitle: "確認キュー", search: "検索", searchPh: "件名・輸出者・製品", status: "状態",
      st_open: "未完了（確認待ち＋確認中）", all: "すべて", kind: "種類", exporter: "輸出者",
      changedOnly: "出典更新あり", filter: "絞り込む",
      groupNote: "種類・件名・輸出者・確認項目数が同じ下書きは、1つのグループにまとめて表示します。",
      th_title: "件名", th_kind: "種類", th_exporter: "輸出者", th_status: "状態", th_claims: "確認済み", th_updated: "更新日時",
      queueCount: "{groups}グループ・下書き{drafts}件", queueEmpty: "条件に合う下書きはありません。",
      ds_pending: "確認待ち", ds_in_review: "確認中", ds_approved: "承認済み", ds_changes_requested: "修正・却下あり",
      k_checklist: "チェックリスト", k_shortlist: "バイヤー候補", k_documents: "貿易書類",
      k_answer: "確認依頼", k_application: "申請書下書き",
      cs_pending: "未確認", cs_approved: "承認", cs_edited: "修正", cs_rejected: "却下",
      draftMeta: "{kind} · 輸出者 {owner} · 状態 {status}{reviewed} · 第{version}版", reviewedMark: "（確認完了）",
      group: "繰り返し: この下書きと同じ内容の下書きが {owner} から他に{n}件あります。一括承認はグループ全体に適用されます。",
      bulkTitle: "例外を除いて一括承認",
      bulkHelp: "一括承認から外す確認項目には「例外」にチェックを入れてください。それ以外の未確認の項目は、すべてこのコメント付きで承認されます。",
      bulkComment: "承認する項目へのコメント", bulkApprove: "例外以外の未確認項目をすべて承認",
      bulkDone: "下書き{drafts}件で{done}項目を承認しました。例外{skip}件は未確認のまま残っています。",
      a_approve: "承認", a_edit: "修正", a_reject: "却下", actionLabel: "確認項目{n}を{action}",
      decidedBy: "（{who}）", except: "例外（一括承認から外す）", corrected: "修正後の文（「修正」のとき）", comment: "コメント",
      needComment: "却下するときは、どこが違うかをコメントに書いてください。", needText: "修正するときは、修正後の文を入力してください。",
      noCitation: "出典なし（バイヤー名簿または利用者の入力に基づく項目です）。", questionClaim: "利用者からの質問です（出典はありません）。回答にあたる資料は次の項目から確認してください。回答は「修正後の文」に書いて「修正」を押すと、利用者のチャットに届きます。", questionAlone: "利用者からの質問です（出典はありません。検索で見つかった資料もありません）。回答は「修正後の文」に書いて「修正」を押すと、利用者のチャットに届きます。", verified: "確認日 {date}",
      buyer: "バイヤー", city: "都市", country: "国", fit: "適合度", screening: "取引制限リスト照合", why: "理由",
      sc_clear: "該当なし", sc_possible_match: "類似名あり（要確認）", sc_hit: "該当あり", sc_not_screened: "未照合",
      authority: "所管", legal: "根拠法令", documents: "必要書類", lead: "所要期間", severity: "重要度",
      sev_mandatory: "必須", sev_conditional: "条件付き", sev_recommended: "推奨",
      reviewWhy: "要確認の理由",
      versions: "版の履歴", audit: "監査ログ", v_created: "作成", v_decided: "確認項目{n}を{action}",
      au_draft_created: "下書きを作成", au_claim_approved: "確認項目を承認", au_claim_edited: "確認項目を修正",
      au_claim_rejected: "確認項目を却下", au_draft_sources_rechecked: "出典を再確認",
      ch_changed: "更新", ch_removed: "削除", verifiedChange: "確認日 {before} → {after}",
      recheckHelp: "これらの資料を引用している確認項目を、現在の本文と照らして確認し直してください。",
      recheckNote: "確認した内容", recheck: "出典を再確認済みにする",
      context: "関連情報", conversation: "会話", ctx_product: "製品", ctx_hs: "HSコード", ctx_dest: "輸出先",
      ctx_theirs: "この一覧にあるこの輸出者の下書き", ctx_created: "下書きの作成日時",
      noConversation: "会話はありません（APIから直接送られた下書きです）。", convFailed: "会話を読み込めませんでした。",
      you_user: "輸出者", you_assistant: "アシスタント",
      t_escalated: "確認依頼された質問: ", t_checklist: "チェックリスト: ", t_shortlist: "バイヤー候補: ", t_documents: "貿易書類: ",
      c_question: "質問: ", c_found: "見つかった資料（関連性は低め）: ", c_doc: "{doc}（{lang}）— 出荷 {ref}",
      d_proforma_invoice: "プロフォーマインボイス", d_commercial_invoice: "コマーシャルインボイス",
      d_packing_list: "パッキングリスト", d_origin_statement: "原産地申告文", d_cover_letter: "カバーレター",
      l_ja: "日本語", l_en: "英語", l_de: "ドイツ語", l_fr: "フランス語", l_zh: "中国語", l_ko: "韓国語"
    },
    en: {
      pageTitle: "export-assist — advisor console", h1: "Advisor console",
      outcomesLink: "Outcomes of support →", keyLabel: "Advisor API key", useKey: "Use key",
      enterKey: "Enter an advisor key.", signedIn: "Signed in as {who} ({role}, {tenant})",
      role_advisor: "advisor", role_admin: "admin", role_exporter: "exporter", role_server: "server", role_visitor: "visitor",
      queueTitle: "Review queue", search: "Search", searchPh: "title, exporter, product", status: "Status",
      st_open: "open (pending + in review)", all: "all", kind: "Kind", exporter: "Exporter",
      changedOnly: "source changed", filter: "Filter",
      groupNote: "Repeated drafts (same kind, title, exporter and number of claims) are one group.",
      th_title: "Title", th_kind: "Kind", th_exporter: "Exporter", th_status: "Status", th_claims: "Claims", th_updated: "Updated",
      queueCount: "{groups} group(s), {drafts} draft(s)", queueEmpty: "No drafts match.",
      ds_pending: "pending", ds_in_review: "in review", ds_approved: "approved", ds_changes_requested: "changes requested",
      k_checklist: "checklist", k_shortlist: "shortlist", k_documents: "documents",
      k_answer: "escalated answer", k_application: "application",
      cs_pending: "pending", cs_approved: "approved", cs_edited: "edited", cs_rejected: "rejected",
      draftMeta: "{kind} · exporter {owner} · status {status}{reviewed} · version {version}", reviewedMark: " (reviewed)",
      group: "Repeated: this draft and {n} identical one(s) from {owner}. Approve all applies to the whole group.",
      bulkTitle: "Approve all, with exceptions",
      bulkHelp: "Tick \"exception\" on the claims to leave out; every other pending claim is approved with this comment.",
      bulkComment: "Comment for the approved claims", bulkApprove: "Approve all pending except exceptions",
      bulkDone: "Approved {done} claim(s) in {drafts} draft(s); {skip} exception(s) left for you.",
      a_approve: "Approve", a_edit: "Edit", a_reject: "Reject", actionLabel: "{action} claim {n}",
      decidedBy: " by {who}", except: "exception (leave out of approve all)", corrected: "Corrected text (for Edit)", comment: "Comment",
      needComment: "A rejection needs a comment saying what is wrong.", needText: "An edit needs the corrected text.",
      noCitation: "No citation (the claim comes from the buyer directory or the user).", questionClaim: "The user's question (no citation); the passages found for it follow as the next claims. Write the answer in Corrected text and press Edit: it reaches the user's chat.", questionAlone: "The user's question (no citation; the search found no passages for it). Write the answer in Corrected text and press Edit: it reaches the user's chat.", verified: "verified {date}",
      buyer: "Buyer", city: "City", country: "Country", fit: "Fit", screening: "Screening", why: "Why",
      sc_clear: "clear", sc_possible_match: "possible match (check)", sc_hit: "listed", sc_not_screened: "not screened",
      authority: "Authority", legal: "Legal basis", documents: "Documents", lead: "Lead time", severity: "Severity",
      sev_mandatory: "mandatory", sev_conditional: "conditional", sev_recommended: "recommended",
      reviewWhy: "Why it needs review",
      versions: "Version history", audit: "Audit log", v_created: "created", v_decided: "{action} claim {n}",
      au_draft_created: "draft created", au_claim_approved: "claim approved", au_claim_edited: "claim edited",
      au_claim_rejected: "claim rejected", au_draft_sources_rechecked: "sources re-checked",
      ch_changed: "changed", ch_removed: "removed", verifiedChange: "verified {before} → {after}",
      recheckHelp: "Re-check the claims that cite these documents against the current text.",
      recheckNote: "What you checked", recheck: "Mark sources re-checked",
      context: "Context", conversation: "Conversation", ctx_product: "Product", ctx_hs: "HS code", ctx_dest: "Destinations",
      ctx_theirs: "Their drafts in this list", ctx_created: "Draft created",
      noConversation: "No conversation (the draft was sent through the API).", convFailed: "Could not load the conversation.",
      you_user: "Exporter", you_assistant: "Assistant",
      t_escalated: "Escalated question: ", t_checklist: "Checklist: ", t_shortlist: "Buyer shortlist: ", t_documents: "Documents: ",
      c_question: "Question: ", c_found: "Found (weak match): ", c_doc: "{doc} ({lang}) for shipment {ref}",
      d_proforma_invoice: "Proforma invoice", d_commercial_invoice: "Commercial invoice",
      d_packing_list: "Packing list", d_origin_statement: "Statement on origin", d_cover_letter: "Cover letter",
      l_ja: "Japanese", l_en: "English", l_de: "German", l_fr: "French", l_zh: "Chinese", l_ko: "Korean"
    }
  });

  /* The prefixes the assistant writes in the exporter's language (agent/draft_words.py):
     either language's prefix becomes the console's. */
  var TITLES = ["t_escalated", "t_checklist", "t_shortlist", "t_documents"];
  var CLAIMS = ["c_question", "c_found"];
  var DOC_CLAIM = /^([a-z_]+) \(([a-z]{2})\) for shipment (.+)$/;
  var DOC_CLAIM_JA = /^(.+)（(.+)）— 出荷 (.+)$/;

  function prefixed(text, keys) {
    for (var i = 0; i < keys.length; i += 1) {
      for (var l in I.strings) {
        var p = I.strings[l][keys[i]];
        if (p && text.indexOf(p) === 0) { return I.t(keys[i]) + text.slice(p.length); }
      }
    }
    return null;
  }
  /* The key whose Japanese word is `word` ("コマーシャルインボイス" -> d_commercial_invoice). */
  function keyOf(prefix, word) {
    var ja = I.strings.ja;
    return Object.keys(ja).filter(function (k) { return k.indexOf(prefix) === 0 && ja[k] === word; })[0];
  }
  function docClaim(t) {
    var m = DOC_CLAIM.exec(t);
    if (m && I.has("d_" + m[1])) { return I.t("c_doc", { doc: I.t("d_" + m[1]), lang: known("l_" + m[2], m[2]), ref: m[3] }); }
    m = DOC_CLAIM_JA.exec(t);
    var doc = m && keyOf("d_", m[1]), lang = m && keyOf("l_", m[2]);
    return doc ? I.t("c_doc", { doc: I.t(doc), lang: lang ? I.t(lang) : m[2], ref: m[3] }) : null;
  }
  function known(key, raw) { return I.has(key) ? I.t(key) : raw; }
  /* A passage quoted as found comes as the corpus wrote it, in Markdown: its **bold** and
     "- " list marks were shown raw; the marks go, list items read as 「・」. */
  function plain(t) {
    return t.replace(/\*\*([^*\n]+)\*\*/g, "$1").replace(/(^|\n|: )[ \t]*[-*][ \t]+/g, "$1・");
  }
  I.words = {
    title: function (t) { return prefixed(t || "", TITLES) || t; },
    claim: function (t) { return docClaim(t || "") || plain(prefixed(t || "", CLAIMS) || t || ""); },
    kind: function (k) { return known("k_" + k, k); },
    draftStatus: function (s) { return known("ds_" + s, s); },
    claimStatus: function (s) { return known("cs_" + s, s); },
    role: function (r) { return known("role_" + r, r); },
    note: function (n) {
      var m = /^(approve|edit|reject) claim (\d+)$/.exec(n || "");
      if (m) { return I.t("v_decided", { n: m[2], action: I.t("a_" + m[1]) }); }
      return n === "created" ? I.t("v_created") : n;
    },
    action: function (a) { return known("au_" + String(a).replace(/\./g, "_"), a); }
  };
})();
