/* export-assist widget: talking to the server. Authentication lives in auth() alone, so
   that short-lived widget tokens can replace the page's API key without touching the rest. */
(function (W) {
  "use strict";
  var cfg = W.cfg;
  /* Headers that authenticate the widget (today: the embed tag's data-api-key). */
  function auth() {
    return Promise.resolve(cfg.key ? { "X-API-Key": cfg.key } : {});
  }
  function api(method, path, body, accept) {
    return auth().then(function (headers) {
      if (body) { headers["Content-Type"] = "application/json"; }
      if (accept) { headers.Accept = accept; }
      return fetch(cfg.base + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined });
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
      return { text: text, detail: cfg.lang === "en" ? "" : (err.message || ""), status: r.status, code: code };
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
  W.api = { auth: auth, call: api, json: json, failure: failure, readStream: readStream, checkOrigin: checkOrigin, download: download };
})(window.__eaw);
