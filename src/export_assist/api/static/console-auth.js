/* Advisor pages: who signs in. A key typed into the page (kept for the tab), or, in local
   demo mode, a short-lived advisor token from the page's own backend (data-token-url on
   <body>), renewed before it expires and once after a 401. No key is in the HTML. */
(function () {
  "use strict";
  var url = document.body.getAttribute("data-token-url") || "";
  var state = { token: "", pending: null };
  function fresh(t) {
    try {
      var part = t.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      var c = JSON.parse(atob(part + "===".slice((part.length + 3) % 4)));
      var margin = Math.min(30, (c.exp - (c.iat || c.exp)) / 5) * 1000;
      return c.exp * 1000 - Date.now() > margin;
    } catch (e) { return false; }
  }
  function obtain() {
    return fetch(url, { method: "POST", credentials: "same-origin" }).then(function (r) {
      if (!r.ok) {  // the pages show it in their language (advisor-i18n.js: e_token_unavailable)
        var e = new Error("Sign-in token unavailable (HTTP " + r.status + ")");
        e.code = "token_unavailable"; e.status = r.status; throw e;
      }
      return r.json();
    }).then(function (j) { state.token = j.token || ""; state.pending = null; return state.token; },
      function (e) { state.pending = null; throw e; });
  }
  function token(force) {
    if (!url) { return Promise.resolve(""); }
    if (!force && state.token && fresh(state.token)) { return Promise.resolve(state.token); }
    if (!state.pending) { state.pending = obtain(); }
    return state.pending;
  }
  /* fetch with the typed key, else the token (renewed and retried once after a 401). */
  function authFetch(typedKey, path, init) {
    function send(force) {
      return (typedKey ? Promise.resolve(typedKey) : token(force)).then(function (k) {
        var headers = Object.assign({}, (init && init.headers) || {}, k ? { "X-API-Key": k } : {});
        return fetch(path, Object.assign({}, init || {}, { headers: headers }));
      });
    }
    return send(false).then(function (r) { return r.status === 401 && !typedKey && url ? send(true) : r; });
  }
  window.EAAuth = { enabled: function () { return !!url; }, token: token, fetch: authFetch };
})();
