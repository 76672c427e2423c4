/* export-assist widget: the shell. A launcher and a bounded panel (header, a log that
   scrolls inside, the input always visible). Floating: exactly one of launcher and panel
   shows; Escape and 閉じる close it and give focus back to the launcher. */
(function (W) {
  "use strict";
  var el = W.dom.el, t = W.t, cfg = W.cfg;
  var inline = !!cfg.target;
  var root = el("section", { "class": "eaw" + (inline ? " eaw-inline" : " eaw-floating"), lang: cfg.lang });
  var launcher = el("button", { type: "button", "class": "eaw-launch", "aria-expanded": "false", "aria-controls": "eaw-panel" });
  var panel = el("div", { "class": "eaw-panel", id: "eaw-panel", role: inline ? "region" : "dialog", "aria-labelledby": "eaw-title" });
  var heading = el("h2", { "class": "eaw-title", id: "eaw-title" });
  var newBtn = el("button", { type: "button", "class": "eaw-new" });
  var langBtn = el("button", { type: "button", "class": "eaw-lang" });
  var closeBtn = el("button", { type: "button", "class": "eaw-close", hidden: inline });
  var log = el("div", { "class": "eaw-log", role: "log", "aria-live": "polite", "aria-relevant": "additions", tabindex: "0" });
  var live = el("p", { "class": "eaw-sr", role: "status", "aria-live": "polite" });
  var form = el("form", { "class": "eaw-form" });
  var label = el("label", { "for": "eaw-input", "class": "eaw-label" });
  var input = el("textarea", { id: "eaw-input", rows: "2", "class": "eaw-input", maxlength: "4000" });
  var send = el("button", { type: "submit", "class": "eaw-send" });
  form.appendChild(label); form.appendChild(input); form.appendChild(send);
  panel.appendChild(el("div", { "class": "eaw-head" }, [heading, newBtn, langBtn, closeBtn]));
  panel.appendChild(log); panel.appendChild(live); panel.appendChild(form);
  root.appendChild(launcher); root.appendChild(panel);

  function paint() {
    root.setAttribute("lang", cfg.lang);
    launcher.textContent = t("open"); heading.textContent = t("title");
    newBtn.textContent = t("newConv");
    // The switch names the other language in that language, as language menus do.
    langBtn.textContent = cfg.lang === "ja" ? "English" : "日本語";
    langBtn.setAttribute("lang", cfg.lang === "ja" ? "en" : "ja");
    langBtn.setAttribute("aria-label", t("langSwitch"));
    closeBtn.textContent = t("close"); closeBtn.setAttribute("aria-label", t("closeLabel"));
    log.setAttribute("aria-label", t("log")); log.setAttribute("data-empty", t("empty"));
    label.textContent = t("label"); input.setAttribute("placeholder", t("placeholder"));
    send.textContent = t("send");
  }
  function setOpen(open) {
    if (inline) { return; }
    panel.hidden = !open; launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    (open ? input : launcher).focus();
  }
  launcher.addEventListener("click", function () { setOpen(true); });
  closeBtn.addEventListener("click", function () { setOpen(false); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape" && !inline) { e.preventDefault(); setOpen(false); } });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); }
  });
  function announce(text) { live.textContent = ""; setTimeout(function () { live.textContent = text; }, 50); }
  function scrollEnd() { log.scrollTop = log.scrollHeight; }
  function mount() {
    paint();
    var host = inline ? document.querySelector(cfg.target) : null;
    if (inline && host) { host.appendChild(root); launcher.hidden = true; panel.hidden = false; return; }
    inline = false; root.className = "eaw eaw-floating"; closeBtn.hidden = false; panel.setAttribute("role", "dialog");
    document.body.appendChild(root);
    panel.hidden = !cfg.open; launcher.hidden = cfg.open;
    launcher.setAttribute("aria-expanded", String(cfg.open));
  }
  W.panel = {
    root: root, log: log, form: form, input: input, send: send, newBtn: newBtn, langBtn: langBtn,
    paint: paint, setOpen: setOpen, announce: announce, scrollEnd: scrollEnd, mount: mount
  };
})(window.__eaw);
