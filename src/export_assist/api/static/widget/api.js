/* export-assist widget: talking to the server. Authentication lives here alone: a
   short-lived widget token from the host site (token URL, callback or data-token), or a
   visitor token for a publishable key; renewed before it expires and once after a 401. */
(function (W) {
  "use strict";
  var cfg = W.cfg;
  var tok = { token: cfg.token || "", pending: null };
  function claims(t) {
    try {
      var part = t.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      return JSON.parse(atob(part + "===".slice((part.length + 3) % 4)));
    } catch (e) { return {}; }
  }
  /* Valid for a while yet? Renew in the last fifth of its life (at most 30 s before). */
  function fresh(t) {
    var c = claims(t); if (!c.exp) { return !!t; }
    var margin = Math.min(30, ((c.exp - (c.iat || c.exp)) / 5)) * 1000;
    return c.exp * 1000 - Date.now() > margin;
  }
  function renewable() { return !!(cfg.tokenUrl || cfg.tokenCallback || cfg.publishableKey); }
  function configured() { return !!(tok.token || renewable()); }
  function visitorId() {
    var name = "eaw-visitor:" + cfg.base + ":" + cfg.publishableKey, id = null;
    try { id = localStorage.getItem(name); } catch (e) { /* storage blocked */ }
    if (!id) {
      var bytes = new Uint8Array(16); crypto.getRandomValues(bytes);
      id = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
      try { localStorage.setItem(name, id); } catch (e) { /* the visitor lasts the page */ }
    }
    return id;
  }
  function unwrap(ours) {
    return function (r) {
      if (!r.ok) { var e = new Error("token " + r.status); e.tokenStatus = r.status; e.response = ours ? r : null; throw e; }
      return r.json();
    };
  }
  /* A new token from wherever the host said; a string or {token: ...}. */
  function obtain() {
    var got;
    if (cfg.tokenCallback && typeof window[cfg.tokenCallback] === "function") {
      got = Promise.resolve(window[cfg.tokenCallback]());
    } else if (cfg.tokenUrl) {
      got = fetch(cfg.tokenUrl, { method: "POST", credentials: "same-origin", headers: { Accept: "application/json" } }).then(unwrap(false));
    } else if (cfg.publishableKey) {
      got = fetch(cfg.base + "/v1/widget/visitor-tokens", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ publishable_key: cfg.publishableKey, visitor: visitorId() }) }).then(unwrap(true));
    } else { got = Promise.resolve(tok.token); }
    return got.then(function (v) { return typeof v === "string" ? v : (v && (v.token || v.access_token)) || ""; });
  }
  function renew() {
    if (!tok.pending) {
      tok.pending = obtain().then(function (t) { tok.token = t; tok.pending = null; return t; },
        function (e) { tok.pending = null; throw e; });
    }
    return tok.pending;
  }
  function token(force) {
    if (!renewable() || (!force && tok.token && fresh(tok.token))) { return Promise.resolve(tok.token); }
    return renew();
  }
  /* Headers that authenticate the widget. */
  function auth(force) {
    return token(force).then(function (t) { return t ? { Authorization: "Bearer " + t } : {}; });
  }
  function setToken(t) { tok.token = t || ""; }
  function send(method, path, body, accept, force) {
    return auth(force).then(function (headers) {
      if (body) { headers["Content-Type"] = "application/json"; }
      headers["Accept-Language"] = cfg.lang;  /* the server's error messages in the user's language */
      if (accept) { headers.Accept = accept; }
      return fetch(cfg.base + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
    });
  }
  /* One retry with a renewed token when the server says the token expired or was revoked. */
  function api(method, path, body, accept) {
    return send(method, path, body, accept, false).then(function (r) {
      if (r.status !== 401 || !renewable()) { return r; }
      return send(method, path, body, accept, true);
    });
  }
  function json(method, path, body) {
    return api(method, path, body).then(function (r) {
      if (!r.ok) { return failure(r).then(function (f) { var e = new Error(f.text); e.failure = f; throw e; }); }
      return r.json();
    });
  }
  /* A failed response as {text (UI language), detail (the server's words), status}. */
  function failure(r) {
    return r.json().then(function (j) { return j.error || {}; }, function () { return {}; }).then(function (err) {
      var code = err.code || "";
      var known = W.strings.ja["e_" + code] != null;
      var text = known ? W.t("e_" + code) : W.t("e_generic", { status: r.status });
      if (cfg.lang === "en" && err.message) { text = err.message; }
      /* A Japanese answer (message_en beside it) says what is wrong with each field: show that. */
      var problems = (cfg.lang === "ja" && err.message_en && Array.isArray(err.details) ? err.details : [])
        .map(function (d) { return d && (d.problem || d.message_ja); }).filter(Boolean);
      if (code === "invalid_input" && problems.length) { text = W.t("e_invalid_input") + " " + problems.join("。") + "。"; }
      return { text: text, detail: cfg.lang === "en" ? "" : (err.message_en || err.message || ""), status: r.status, code: code };
    });
  }
  /* Server-Sent Events from a fetch response: calls onEvent(name, data) per event. */
  function readStream(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    function flush(block) {
      var name = "message", data = [];
      block.split("\n").forEach(function (line) {
        if (line.indexOf("event:") === 0) { name = line.slice(6).trim(); }
        else if (line.indexOf("data:") === 0) { data.push(line.slice(5).replace(/^ /, "")); }
      });
      if (data.length) { try { onEvent(name, JSON.parse(data.join("\n"))); } catch (e) { /* keep-alive */ } }
    }
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) { if (buffer.trim()) { flush(buffer); } return; }
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, "\n");
        var parts = buffer.split("\n\n"); buffer = parts.pop();
        parts.forEach(flush);
        return pump();
      });
    }
    return pump();
  }
  /* On another site: may this origin use the server? (a simple GET, readable from anywhere) */
  function checkOrigin() {
    if (location.origin === cfg.base) { return Promise.resolve({ allowed: true }); }
    return fetch(cfg.base + "/v1/widget/origin").then(function (r) { return r.ok ? r.json() : { allowed: true }; });
  }
  /* POST, then hand the response to the browser as a file. */
  function download(path, body, filename) {
    return api("POST", path, body).then(function (r) {
      if (!r.ok) { return failure(r).then(function (f) { throw new Error(f.text); }); }
      return r.blob();
    }).then(function (blob) {
      var url = URL.createObjectURL(blob);
      var a = W.dom.el("a", { href: url, download: filename, hidden: true });
      document.body.appendChild(a); a.click(); a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    });
  }
  W.api = { auth: auth, setToken: setToken, configured: configured, call: api, json: json, failure: failure, readStream: readStream, checkOrigin: checkOrigin, download: download };
})(window.__eaw);
