/* The phone page of the participation server (docs/participation.md).
 * Plain ES5, no framework, no outside resource: runs on old phone browsers.
 * Every text from the server goes in with textContent, never as HTML.
 * Ticks stay in this browser (localStorage) until they are sent; a send is retried with
 * one idempotency key, so a flaky WLAN never stores the answers twice. */
(function () {
  "use strict";

  var T = {
    de: {
      other: "English", loading: "Einen Moment …", who: "Wer sind Sie?",
      whoHint: "Tippen Sie auf Ihren Namen. Nur dieses Gerät kann dann für Sie antworten.",
      taken: "nicht verfügbar", free: "noch offen", none: "Alle Namen sind vergeben oder haben geantwortet.",
      round: "Runde {n}", notMe: "Das bin ich nicht", progress: "{done} von {total} beantwortet",
      stillOpen: "Noch offen:", allDone: "Alles beantwortet.", hint: "Hinweis",
      question: "Trifft die Aussage auf Ihre Kommune zu?",
      questionLevels: "Wie nah ist Ihre Kommune diesem Kriterium? Wählen Sie bei jeder Frage die passende Stufe.",
      comment: "Kommentar (freiwillig)",
      commentNamed: "Ihr Kommentar wird nach dem Aufdecken auf dem gemeinsamen Bildschirm gezeigt, mit Ihrem Namen.",
      commentAnon: "Ihr Kommentar wird nach dem Aufdecken auf dem gemeinsamen Bildschirm gezeigt, ohne Namen.",
      send: "Abschicken", sendMissing: "Abschicken (noch {n} offen)", sending: "Wird gesendet …",
      retrying: "Keine Verbindung. Neuer Versuch in {s} s …", retry: "Erneut senden",
      offline: "Keine Verbindung zum Laptop. Ihre Antworten bleiben auf diesem Gerät gespeichert.",
      sent: "Abgeschickt", thanks: "Vielen Dank, {name}. Ihre Einschätzung ist angekommen.",
      sentHint: "Sie können dieses Fenster schließen. Ihre Antworten sieht niemand, bis die Moderation aufdeckt.",
      closed: "Die Runde ist beendet. Antworten sind nicht mehr möglich.",
      released: "Die Moderation hat Ihren Namen auf diesem Gerät freigegeben. Bitte wählen Sie neu.",
      privacy: "Niemand sieht einzelne Antworten, bis die Moderation aufdeckt."
    },
    en: {
      other: "Deutsch", loading: "One moment …", who: "Who are you?",
      whoHint: "Tap your name. Then only this device can answer for you.",
      taken: "not available", free: "open", none: "All names are taken or have answered.",
      round: "Round {n}", notMe: "That is not me", progress: "{done} of {total} answered",
      stillOpen: "Still open:", allDone: "Everything answered.", hint: "Note",
      question: "Does the statement apply to your municipality?",
      questionLevels: "How close is your municipality to this criterion? Choose the fitting level for each question.",
      comment: "Comment (optional)",
      commentNamed: "After the reveal your comment is shown on the shared screen, with your name.",
      commentAnon: "After the reveal your comment is shown on the shared screen, without your name.",
      send: "Submit", sendMissing: "Submit ({n} still open)", sending: "Sending …",
      retrying: "No connection. Trying again in {s} s …", retry: "Send again",
      offline: "No connection to the laptop. Your answers stay saved on this device.",
      sent: "Submitted", thanks: "Thank you, {name}. Your assessment has arrived.",
      sentHint: "You can close this window. Nobody sees your answers until the moderator reveals them.",
      closed: "The round has ended. Answers are no longer possible.",
      released: "The moderator released your name on this device. Please choose again.",
      privacy: "Nobody sees individual answers until the moderator reveals them."
    }
  };

  var base = window.location.pathname.replace(/[^\/]*$/, "");
  var token = (base.match(/\/r\/([^\/]+)\//) || [null, "x"])[1];
  var app = document.getElementById("app");
  var state = null;
  var csrf = "";
  var lang = load("lang") === "en" ? "en" : "de";
  var sendTimer = null;
  var pollTimer = null;
  var message = "";

  function t(key, values) {
    var text = T[lang][key] || T.de[key] || key;
    for (var k in values || {}) {
      if (values.hasOwnProperty(k)) { text = text.replace("{" + k + "}", String(values[k])); }
    }
    return text;
  }

  // --- local storage (per round, per person): ticks, comment, a pending send ---------
  function load(name) {
    try { return window.localStorage.getItem("fh:" + token + ":" + name); } catch (e) { return null; }
  }
  function save(name, value) {
    try {
      if (value === null) { window.localStorage.removeItem("fh:" + token + ":" + name); }
      else { window.localStorage.setItem("fh:" + token + ":" + name, value); }
    } catch (e) { /* private mode: the page still works, it just forgets on reload */ }
  }
  function loadJson(name, fallback) {
    try { var v = JSON.parse(load(name)); return v === null ? fallback : v; } catch (e) { return fallback; }
  }
  function me() { return state && state.me.participant; }
  function answers() { return loadJson("answers:" + me(), {}); }

  // --- HTTP -------------------------------------------------------------------
  function request(method, name, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, base + "api/" + name, true);
    xhr.timeout = 10000;
    if (method === "POST") {
      xhr.setRequestHeader("Content-Type", "application/json");
      if (csrf) { xhr.setRequestHeader("X-FH-CSRF", csrf); }
    }
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) { return; }
      var data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      done(xhr.status, data || {});
    };
    xhr.send(body ? JSON.stringify(body) : null);
  }

  // soft: keep the screen (and its scroll position) when nothing changed for this device
  function start(soft) {
    request("GET", "state", null, function (status, data) {
      if (status === 401) {
        request("POST", "device", {}, function (s2, d2) {
          if (s2 === 200) { csrf = d2.csrf; start(); } else { fail(s2, d2); }
        });
        return;
      }
      if (status !== 200) { fail(status, data); return; }
      var same = soft && state && state.me.participant === data.me.participant &&
        state.me.submitted === data.me.submitted && data.me.participant !== null;
      state = data;
      csrf = data.csrf;
      if (!same) { render(); }
    });
  }

  function fail(status, data) {
    if (status === 410 || status === 404) { screen(t("closed")); return; }
    if (status === 0) {
      screen(t("offline"));
      window.setTimeout(start, 4000);
      return;
    }
    screen(data.message || String(status));
  }

  // --- building blocks ---------------------------------------------------------
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function clear() {
    while (app.firstChild) { app.removeChild(app.firstChild); }
    window.clearTimeout(pollTimer);
  }
  function screen(text) {
    clear();
    app.appendChild(el("p", "notice", text));
  }
  function labelOf(option) { return lang === "en" ? option.en : option.de; }

  function render() {
    document.documentElement.lang = lang;
    document.getElementById("lang").textContent = t("other");
    document.getElementById("lang").lang = lang === "de" ? "en" : "de";
    if (!state) { screen(t("loading")); return; }
    if (state.me.submitted || (load("sent") && !me())) { renderSent(); return; }
    if (!me()) { renderNames(); return; }
    if (load("pending:" + me())) { renderForm(); send(); return; }
    renderForm();
  }

  function renderNames() {
    clear();
    app.appendChild(el("h1", null, t("who")));
    if (message) { app.appendChild(el("p", "error", message)); message = ""; }
    app.appendChild(el("p", "muted", t("whoHint")));
    var list = el("ul", "names");
    var any = false;
    for (var i = 0; i < state.people.length; i++) {
      var p = state.people[i];
      var li = el("li");
      var b = el("button", "name", p.name);
      b.type = "button";
      b.appendChild(el("span", "state", p.free ? t("free") : t("taken")));
      b.disabled = !p.free;
      any = any || p.free;
      b.onclick = (function (pid) { return function () { claim(pid); }; })(p.id);
      li.appendChild(b);
      list.appendChild(li);
    }
    app.appendChild(list);
    if (!any) { app.appendChild(el("p", "muted", t("none"))); }
    pollTimer = window.setTimeout(start, 8000);
  }

  function claim(pid) {
    request("POST", "claim", { participant: pid }, function (status, data) {
      if (status === 200) { state = data; render(); window.scrollTo(0, 0); return; }
      if (status === 409) { message = data.message; start(); return; }
      fail(status, data);
    });
  }

  function release() {
    request("POST", "release", {}, function (status, data) {
      if (status === 200) { state = data; render(); } else { fail(status, data); }
    });
  }

  function renderForm() {
    clear();
    var given = answers();
    var head = el("div", "who");
    head.appendChild(el("h1", null, state.me.name));
    var notMe = el("button", "link", t("notMe"));
    notMe.type = "button";
    notMe.id = "notMe";
    notMe.onclick = release;
    head.appendChild(notMe);
    app.appendChild(head);
    app.appendChild(el("p", "muted", t("round", { n: state.round.number }) + " · " + t("privacy")));

    var progress = el("div", "progress");
    progress.id = "progress";
    app.appendChild(progress);
    app.appendChild(el("p", null, t(ticksOnly() ? "question" : "questionLevels")));

    var topic = null;
    for (var i = 0; i < state.statements.length; i++) {
      var s = state.statements[i];
      if (s.topic && s.topic !== topic) { topic = s.topic; app.appendChild(el("h2", null, topic)); }
      app.appendChild(card(s, given[s.id]));
    }
    var label = el("label", null, t("comment"));
    label.htmlFor = "comment";
    app.appendChild(label);
    var box = el("textarea");
    box.id = "comment";
    box.maxLength = state.maxComment;
    box.value = load("comment:" + me()) || "";
    box.oninput = function () { save("comment:" + me(), box.value); };
    app.appendChild(box);
    app.appendChild(el("p", "note", state.round.anonymous ? t("commentAnon") : t("commentNamed")));

    var bar = el("div", "send");
    var inner = el("div", "inner");
    var button = el("button", "primary");
    button.type = "button";
    button.id = "send";
    button.onclick = function () { send(); };
    inner.appendChild(button);
    var status = el("p", "status");
    status.id = "sendStatus";
    inner.appendChild(status);
    bar.appendChild(inner);
    app.appendChild(bar);
    updateProgress();
  }

  // Each statement has its own scale (a Prüfkriterien round mixes graded and frequency
  // questions); state.scales holds the options of each kind the round uses.
  function optionsOf(s) { return state.scales[s.scale] || []; }
  function ticksOnly() {
    for (var i = 0; i < state.statements.length; i++) {
      if (state.statements[i].scale !== "tick") { return false; }
    }
    return true;
  }

  function card(s, chosen) {
    var c = el("section", "card" + (chosen ? " done" : ""));
    c.id = "s" + s.id;
    var p = el("p", "text");
    if (s.code) { p.appendChild(el("span", "code", s.code)); }
    p.appendChild(document.createTextNode(s.text));
    c.appendChild(p);
    if (s.help) {
      var help = el("p", "help", s.help);
      help.hidden = true;
      var toggle = el("button", "link", t("hint"));
      toggle.type = "button";
      toggle.onclick = function () { help.hidden = !help.hidden; };
      c.appendChild(toggle);
      c.appendChild(help);
    }
    var opts = el("div", "options");
    opts.setAttribute("role", "group");
    var scale = optionsOf(s);
    for (var i = 0; i < scale.length; i++) {
      var o = scale[i];
      var b = el("button", "opt" + (o.unknown ? " unknown" : ""), labelOf(o));
      b.type = "button";
      b.setAttribute("data-value", o.value);
      b.setAttribute("aria-pressed", chosen === o.value ? "true" : "false");
      b.onclick = (function (sid, value, group, cardNode) {
        return function () { tick(sid, value, group, cardNode); };
      })(s.id, o.value, opts, c);
      opts.appendChild(b);
    }
    c.appendChild(opts);
    return c;
  }

  function tick(sid, value, group, cardNode) {
    if (load("pending:" + me())) { return; } // being sent: what is on its way stays as it is
    var given = answers();
    given[sid] = value;
    save("answers:" + me(), JSON.stringify(given));
    var buttons = group.getElementsByTagName("button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", buttons[i].getAttribute("data-value") === value ? "true" : "false");
    }
    cardNode.className = "card done";
    updateProgress();
  }

  function missing() {
    var given = answers();
    var out = [];
    for (var i = 0; i < state.statements.length; i++) {
      if (!given[state.statements[i].id]) { out.push(state.statements[i]); }
    }
    return out;
  }

  function updateProgress() {
    var box = document.getElementById("progress");
    if (!box) { return; }
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var open = missing();
    var total = state.statements.length;
    box.appendChild(el("strong", null, t("progress", { done: total - open.length, total: total })));
    var meter = el("div", "meter");
    var fill = el("span");
    fill.style.width = Math.round(100 * (total - open.length) / Math.max(1, total)) + "%";
    meter.appendChild(fill);
    box.appendChild(meter);
    var list = el("p", "open");
    if (open.length) {
      list.appendChild(document.createTextNode(t("stillOpen") + " "));
      for (var i = 0; i < open.length && i < 6; i++) {
        var jump = el("button", null, open[i].code || String(i + 1));
        jump.type = "button";
        jump.onclick = (function (id) {
          return function () { var n = document.getElementById("s" + id); if (n) { n.scrollIntoView(); } };
        })(open[i].id);
        list.appendChild(jump);
      }
      if (open.length > 6) { list.appendChild(document.createTextNode(" +" + (open.length - 6))); }
    } else {
      list.textContent = t("allDone");
    }
    box.appendChild(list);
    var button = document.getElementById("send");
    if (button && !load("pending:" + me())) {
      button.disabled = open.length > 0;
      button.textContent = open.length ? t("sendMissing", { n: open.length }) : t("send");
    }
  }

  function newKey() {
    var bytes = [];
    var c = window.crypto || window.msCrypto;
    if (c && c.getRandomValues) {
      var a = new Uint8Array(18);
      c.getRandomValues(a);
      for (var i = 0; i < a.length; i++) { bytes.push(a[i]); }
    } else {
      for (var j = 0; j < 18; j++) { bytes.push(Math.floor(Math.random() * 256)); }
    }
    var hex = "";
    for (var k = 0; k < bytes.length; k++) { hex += (bytes[k] < 16 ? "0" : "") + bytes[k].toString(16); }
    return hex;
  }

  // One payload and one key per send, kept until the server confirms: a retry after a
  // lost reply, a reload or a sleeping phone sends exactly the same thing again.
  function send(attempt) {
    attempt = attempt || 0;
    var pid = me();
    var pending = loadJson("pending:" + pid, null);
    if (!pending) {
      if (missing().length) { return; }
      var box = document.getElementById("comment");
      pending = { key: newKey(), participant: pid, answers: answers(), comment: box ? box.value : "" };
      save("pending:" + pid, JSON.stringify(pending));
    }
    var button = document.getElementById("send");
    var status = document.getElementById("sendStatus");
    if (button) { button.disabled = true; button.textContent = t("sending"); }
    window.clearTimeout(sendTimer);
    request("POST", "submit", pending, function (code, data) {
      if (code === 200) {
        save("pending:" + pid, null);
        save("answers:" + pid, null);
        save("comment:" + pid, null);
        save("sent", state.me.name);
        state.me.submitted = true;
        renderSent();
        return;
      }
      if (code === 0 || code === 503 || code === 429 || code === 409 && data.error === "retry" || code >= 500) {
        var wait = Math.min(30, Math.pow(2, Math.min(attempt, 5)));
        if (status) { status.textContent = t("retrying", { s: wait }); }
        sendTimer = window.setTimeout(function () { send(attempt + 1); }, wait * 1000);
        return;
      }
      save("pending:" + pid, null); // refused for good: the ticks stay, the key goes
      if (code === 403 && data.error === "not_yours") {
        message = t("released");
        start();
        return;
      }
      if (code === 409 && (data.error === "answered" || data.error === "already_submitted")) {
        save("sent", state.me.name);
        state.me.submitted = true;
        renderSent();
        return;
      }
      if (code === 410) { screen(t("closed")); return; }
      if (status) { status.textContent = data.message || String(code); }
      updateProgress();
    });
  }

  function renderSent() {
    clear();
    var box = el("div", "okbox");
    box.id = "sent";
    box.appendChild(el("span", "big", "\u2713 " + t("sent")));
    box.appendChild(el("span", null, t("thanks", { name: state.me.name || load("sent") || "" })));
    app.appendChild(box);
    app.appendChild(el("p", "muted", t("sentHint")));
  }

  document.getElementById("lang").onclick = function () {
    lang = lang === "de" ? "en" : "de";
    save("lang", lang);
    render();
  };
  // Back from sleep or another app: fetch the state again (a claim may have been released).
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && state && !load("pending:" + me())) { start(true); }
  });
  start();
})();
