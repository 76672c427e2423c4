/* Advisor pages (the console and the outcomes dashboard): the language and the words.
   The widget's approach (widget/i18n.js): one table per language, t(key, {vars}) with
   {name} placeholders, Japanese unless the browser asks for English; here the advisor's
   choice from the visible switch (#lang-switch) is remembered for both pages. Each page
   adds its own tables (console-i18n.js, outcomes-i18n.js). Dates and numbers via Intl.
   Not shared with the widget: the widget runs inside other sites under window.__eaw and
   carries only what an exporter reads. */
(function () {
  "use strict";
  var STORE = "ea-advisor-lang";
  var S = { ja: {}, en: {} };
  var listeners = [];

  function stored() {
    try { return localStorage.getItem(STORE); } catch (e) { return null; }
  }
  function initial() {
    var s = stored();
    if (s === "ja" || s === "en") { return s; }
    return (navigator.language || "ja").toLowerCase().indexOf("en") === 0 ? "en" : "ja";
  }
  var I = { lang: initial(), strings: S };

  /* Add a page's tables: {ja: {...}, en: {...}} (keep both complete). */
  I.add = function (tables) {
    Object.keys(S).forEach(function (l) { Object.assign(S[l], tables[l] || {}); });
  };
  I.has = function (key) { return S.ja[key] != null; };
  I.t = function (key, vars) {
    var table = S[I.lang] || S.ja;
    var text = table[key] != null ? table[key] : key;
    Object.keys(vars || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(vars[k])); });
    return text;
  };
  I.locale = function () { return I.lang === "ja" ? "ja-JP" : "en-GB"; };

  /* A moment (ISO timestamp) as date and time in the page's language. */
  I.dateTime = function (iso) {
    var d = iso ? new Date(iso) : null;
    if (!d || isNaN(d.getTime())) { return iso ? String(iso) : "—"; }
    return new Intl.DateTimeFormat(I.locale(), { dateStyle: "medium", timeStyle: "short" }).format(d);
  };
  /* A calendar day ("2026-11-29", or the day of a timestamp) as written, whatever the time zone. */
  I.date = function (s) {
    var d = s ? new Date(String(s).slice(0, 10) + "T00:00:00Z") : null;
    if (!d || isNaN(d.getTime())) { return s ? String(s) : "—"; }
    return new Intl.DateTimeFormat(I.locale(), { dateStyle: "medium", timeZone: "UTC" }).format(d);
  };
  I.num = function (n) {
    return n == null ? "—" : new Intl.NumberFormat(I.locale(), { maximumFractionDigits: 2 }).format(n);
  };
  I.percent = function (x) {
    return x == null ? "—" : new Intl.NumberFormat(I.locale(), { style: "percent" }).format(x);
  };
  /* A country or bloc code as a name (Intl's region names; the code where none is known). */
  I.country = function (code) {
    if (!code || !/^[A-Z]{2}$/.test(code)) { return code || ""; }
    try { return new Intl.DisplayNames([I.locale()], { type: "region" }).of(code) || code; } catch (e) { return code; }
  };
  /* A list joined the way the language joins lists. */
  I.list = function (items) { return (items || []).filter(Boolean).join(I.lang === "ja" ? "、" : ", "); };

  /* An Error for a failed API response: code, status, the server's message and the
     fields at fault (from the error body's details). */
  I.apiError = function (res, body) {
    var err = (body && body.error) || {};
    var e = new Error(err.message || String(res.status));
    /* message_en: the server's English words when it answered in Japanese (Accept-Language). */
    e.code = err.code; e.status = res.status; e.detail = err.message_en || err.message;
    e.said = err.message || "";  // in Japanese when the server was asked in Japanese
    e.fields = Array.isArray(err.details) ? err.details.map(function (d) { return d && d.field; }).filter(Boolean) : [];
    return e;
  };
  /* A failure as the person reads it: {text, detail (the server's own words, if other)}.
     An API error carries code/status/detail/fields (I.apiError). */
  I.failure = function (e) {
    if (e && e.local) { return { text: e.message, detail: "" }; }
    var code = e && e.code, server = (e && e.detail) || "";
    if (I.lang === "en" && server) { return { text: server, detail: "" }; }
    var named = (e && e.fields || []).filter(function (f) { return I.has("field_" + f); });
    if (code === "invalid_input" && named.length) {  // which fields, in the page's words
      return { text: I.t("e_invalid_fields", { fields: I.list(named.map(function (f) { return I.t("field_" + f); })) }), detail: server };
    }
    /* the server's own Japanese sentence says why (「支援策ID「x」はカタログにありません。」);
       the page's generic line for the code would not */
    if (I.lang === "ja" && e && e.said && /[\u3040-\u30ff\u4e00-\u9fff]/.test(e.said)) {
      return { text: e.said, detail: server };
    }
    if (code && I.has("e_" + code)) { return { text: I.t("e_" + code, { status: e.status }), detail: server }; }
    if (e && e.status) { return { text: I.t("e_generic", { status: e.status }), detail: server }; }
    return { text: I.t("e_network"), detail: (e && e.message) || "" };
  };
  /* Show a failure in a role=alert element: the message, the server's words under 詳細. */
  I.showFailure = function (box, e) {
    var f = I.failure(e);
    box.textContent = f.text; box.hidden = false;
    if (f.detail && f.detail !== f.text) {
      var more = document.createElement("details"), sum = document.createElement("summary"), said = document.createElement("span");
      sum.textContent = I.t("errorDetail"); said.lang = "en"; said.textContent = f.detail;
      more.appendChild(sum); more.appendChild(said); box.appendChild(more);
    }
  };

  /* Static words: data-i18n="key" (text), data-i18n-attr="attr=key;attr=key". */
  I.apply = function () {
    document.documentElement.lang = I.lang;
    document.querySelectorAll("[data-i18n]").forEach(function (n) { n.textContent = I.t(n.getAttribute("data-i18n")); });
    document.querySelectorAll("[data-i18n-attr]").forEach(function (n) {
      n.getAttribute("data-i18n-attr").split(";").forEach(function (pair) {
        var kv = pair.split("=");
        if (kv.length === 2) { n.setAttribute(kv[0].trim(), I.t(kv[1].trim())); }
      });
    });
    var sw = document.getElementById("lang-switch");
    if (sw) { sw.setAttribute("lang", I.lang === "ja" ? "en" : "ja"); sw.setAttribute("data-lang", I.lang); }
  };
  I.set = function (lang) {
    I.lang = lang === "en" ? "en" : "ja";
    try { localStorage.setItem(STORE, I.lang); } catch (e) { /* the choice lasts the page */ }
    I.apply();
    listeners.forEach(function (fn) { fn(I.lang); });
  };
  I.onChange = function (fn) { listeners.push(fn); };

  I.add({
    ja: {
      langSwitch: "English", langSwitchLabel: "表示を英語に切り替える",
      errorDetail: "詳細（サーバーからのメッセージ）",
      e_unauthorized: "認証に失敗しました（キーまたはトークンが無効です）。",
      e_forbidden: "この操作は許可されていません（アドバイザーの権限が必要です）。",
      e_not_found: "見つかりませんでした。", e_method_not_allowed: "この操作はできません。",
      e_payload_too_large: "送信内容が大きすぎます。",
      e_conflict: "ほかの操作と重なりました。もう一度お試しください。",
      e_configuration_error: "サーバーの設定に問題があります。管理者にお問い合わせください。",
      e_invalid_input: "入力内容に問題があります。内容を確認してください。",
      e_invalid_fields: "入力内容に問題があります（{fields}）。内容を確認してください。",
      e_rate_limited: "短時間に多くの操作がありました。少し待ってからお試しください。",
      e_service_unavailable: "サービスが一時的に利用できません。しばらくしてからお試しください。",
      e_internal_error: "サーバー側でエラーが発生しました。入力内容は失われていません。もう一度お試しください。",
      e_token_expired: "ログインの有効期限が切れました。ページを再読み込みしてください。",
      e_token_revoked: "このログインは取り消されました。もう一度ログインしてください。",
      e_token_unavailable: "ログイン用のトークンを取得できませんでした（HTTP {status}）。",
      e_generic: "エラーが発生しました（{status}）。もう一度お試しください。",
      e_network: "サーバーに接続できませんでした。しばらくしてからもう一度お試しください。"
    },
    en: {
      langSwitch: "日本語", langSwitchLabel: "Switch the display to Japanese",
      errorDetail: "Details (the server's message)",
      e_unauthorized: "Sign-in failed (the key or token is not valid).",
      e_forbidden: "This is not allowed (it needs an advisor).",
      e_not_found: "Not found.", e_method_not_allowed: "This cannot be done here.",
      e_payload_too_large: "What you sent is too large.",
      e_conflict: "This clashed with another change; please try again.",
      e_configuration_error: "The server is not configured correctly; please contact the administrator.",
      e_invalid_input: "Something in the input is not right; please check it.",
      e_invalid_fields: "Something in the input is not right ({fields}); please check it.",
      e_rate_limited: "Too many requests in a short time; please wait a moment.",
      e_service_unavailable: "The service is briefly unavailable; please try again shortly.",
      e_internal_error: "Something went wrong on the server; nothing you typed was lost. Please try again.",
      e_token_expired: "Your sign-in has expired. Please reload the page.",
      e_token_revoked: "This sign-in was revoked. Please sign in again.",
      e_token_unavailable: "Could not get a sign-in token (HTTP {status}).",
      e_generic: "Something went wrong ({status}). Please try again.",
      e_network: "Could not reach the server. Please try again in a moment."
    }
  });
  window.EAI18n = I;
  document.addEventListener("DOMContentLoaded", function () {
    I.apply();
    var sw = document.getElementById("lang-switch");
    if (sw) { sw.addEventListener("click", function () { I.set(I.lang === "ja" ? "en" : "ja"); }); }
  });
})();
