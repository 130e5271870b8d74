/* Kuhina web catalogue: a job coach's shortlist ("Lisää listalle").
 *
 * Every list entry and opportunity page gets a button that adds the opportunity to the list
 * or takes it off. The list is kept in this browser only (localStorage, key "kuhina-lista":
 * the opportunities' ids, nothing else) and is never sent anywhere. lista.html shows it,
 * prints it, and gives a link with the ids in the address (lista.html?ids=a.b.c) that opens
 * the same list in any browser; a list opened from a link can be saved as one's own.
 *
 * Titles and the like come from the data files (data/<lang>/kaikki.js and its parts) and are
 * untrusted: only ever set as textContent, links built from checked ids, numbers and
 * addresses.
 */
(function () {
  "use strict";

  var KEY = "kuhina-lista";
  var MAX = 60;
  var SLUG = /^[0-9a-fx-]{1,64}$/;
  var PHONE = /^\+?[0-9 ()-]{4,24}$/;
  var EMAIL = /^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
  var body = document.body;
  var root = body.getAttribute("data-root") || "";
  var langRoot = body.getAttribute("data-lang-root") || "";
  var pageLang = body.getAttribute("data-lang") || "fi";
  var texts = document.getElementById("shortlist-nav");
  var pageTexts = document.getElementById("shortlist-texts");
  if (!texts || document.documentElement.classList.contains("embedded")) return;

  function text(name) {
    var key = "data-" + name;
    return (pageTexts && pageTexts.getAttribute(key)) || texts.getAttribute(key) || "";
  }

  function clean(ids) {
    var seen = {};
    return ids.filter(function (id) {
      if (typeof id !== "string" || !SLUG.test(id) || seen[id]) return false;
      seen[id] = true;
      return true;
    }).slice(0, MAX);
  }

  function stored() {
    try {
      var raw = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(raw) ? clean(raw) : [];
    } catch (error) {
      return [];
    }
  }

  function store(ids) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(clean(ids)));
    } catch (error) {
      /* No storage (a private window, file:// in some browsers): the list lasts the page. */
    }
    memory = clean(ids);
    showCount();
  }

  var memory = stored();

  function showCount() {
    var count = document.getElementById("shortlist-count");
    if (count) count.textContent = memory.length ? "(" + memory.length + ")" : "";
  }

  /* ---- the buttons on entries and opportunity pages ---- */

  function setButton(button) {
    var on = memory.indexOf(button.getAttribute("data-id")) >= 0;
    button.firstChild.textContent = on ? text("remove") : text("add");
    button.classList.toggle("on", on);
  }

  function addButton(holder, id, title) {
    if (!SLUG.test(id) || holder.querySelector(".shortlist-toggle")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary shortlist-toggle";
    button.setAttribute("data-id", id);
    button.appendChild(document.createTextNode(""));
    if (title) {
      var name = document.createElement("span");
      name.className = "visually-hidden";
      name.textContent = ": " + title;
      button.appendChild(name);
    }
    setButton(button);
    holder.appendChild(button);
  }

  function entryButton(node) {
    if (!(node instanceof HTMLElement) || !node.classList.contains("result")) return;
    var link = node.querySelector(".result-title a");
    addButton(node, node.getAttribute("data-id") || "", link ? link.textContent : "");
  }

  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest(".shortlist-toggle") : null;
    if (!button) return;
    var id = button.getAttribute("data-id");
    var ids = memory.slice();
    var at = ids.indexOf(id);
    if (at >= 0) ids.splice(at, 1);
    else ids.push(id);
    store(ids);
    Array.prototype.forEach.call(document.querySelectorAll(".shortlist-toggle"), setButton);
    var status = document.getElementById("shortlist-status");
    if (status) status.textContent = at >= 0 ? text("removed") : text("added");
  });

  var results = document.getElementById("results");
  if (results && !document.getElementById("shortlist")) {
    Array.prototype.forEach.call(results.children, entryButton);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        Array.prototype.forEach.call(change.addedNodes, entryButton);
      });
    }).observe(results, { childList: true });
  }
  var slot = document.querySelector(".shortlist-slot[data-id]");
  if (slot) {
    var heading = document.getElementById("title");
    addButton(slot, slot.getAttribute("data-id") || "", heading ? heading.textContent : "");
  }
  showCount();

  /* ---- lista.html ---- */

  var shortlist = document.getElementById("shortlist");
  if (!shortlist) return;
  var params = new URLSearchParams(location.search);
  var fromLink = params.has("ids");
  var ids = fromLink ? clean((params.get("ids") || "").split(".")) : memory.slice();
  var found = {};
  var app = document.getElementById("shortlist-app");
  var note = document.getElementById("shortlist-note");
  document.getElementById("shortlist-noscript").hidden = true;
  app.hidden = false;

  function loadScript(src, done) {
    var script = document.createElement("script");
    script.src = src;
    script.onload = function () {
      script.remove();
      done(true);
    };
    script.onerror = function () {
      script.remove();
      done(false);
    };
    document.head.appendChild(script);
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined && content !== null) node.textContent = String(content);
    return node;
  }

  function line(label, value) {
    var p = el("p", "shortlist-line");
    p.appendChild(el("span", "label", label + ": "));
    if (value instanceof Node) p.appendChild(value);
    else p.appendChild(document.createTextNode(value));
    return p;
  }

  function entry(item, labels) {
    var node = el("li", "shortlist-entry");
    node.setAttribute("data-id", item.i);
    var title = el("h2", "shortlist-title");
    var link = el("a", null, item.t);
    link.href = langRoot + "tarjous/" + item.i + ".html";
    link.dir = "auto";
    title.appendChild(link);
    node.appendChild(title);
    node.appendChild(el("p", "result-org", item.o));
    node.appendChild(line(text("what"), labels.get(item.k) || item.k));
    if (typeof item.w === "string") node.appendChild(line(text("place"), item.w));
    if (typeof item.p === "number") node.appendChild(line(text("places"), String(item.p)));
    var contact = el("span");
    if (typeof item.ph === "string" && PHONE.test(item.ph)) {
      var phone = el("a", null, item.ph);
      phone.href = "tel:" + item.ph.replace(/[\s()-]/g, "");
      contact.appendChild(phone);
    }
    if (typeof item.em === "string" && EMAIL.test(item.em)) {
      if (contact.childNodes.length) contact.appendChild(document.createTextNode(", "));
      var mail = el("a", null, item.em);
      mail.href = "mailto:" + item.em;
      contact.appendChild(mail);
    }
    if (contact.childNodes.length) node.appendChild(line(text("contact"), contact));
    if (typeof item.s === "string") node.appendChild(el("p", "shortlist-summary", item.s));
    var address = el("p", "shortlist-address", new URL(link.href, location.href).href);
    node.appendChild(address);
    return node;
  }

  function linkAddress() {
    return new URL("lista.html" + (ids.length ? "?ids=" + ids.join(".") : ""), location.href).href;
  }

  function show(labels) {
    shortlist.replaceChildren();
    var missing = 0;
    ids.forEach(function (id) {
      if (found[id]) shortlist.appendChild(entry(found[id], labels));
      else missing += 1;
    });
    var count = ids.length - missing;
    note.textContent = !ids.length ? text("empty") :
      text("count").replace("{count}", String(count)) + (missing ? " " + text("missing") : "");
    document.getElementById("shortlist-link").value = linkAddress();
    document.getElementById("shortlist-save").hidden = !fromLink || !ids.length;
    document.getElementById("shortlist-actions").hidden = !ids.length;
    body.setAttribute("data-ready", "true");
  }

  document.getElementById("shortlist-print").addEventListener("click", function () {
    window.print();
  });
  document.getElementById("shortlist-copy").addEventListener("click", function () {
    var field = document.getElementById("shortlist-link");
    var status = document.getElementById("shortlist-status");
    field.focus();
    field.select();
    function done(ok) {
      status.textContent = ok ? text("copied") : text("copy-failed");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () { done(true); },
        function () { done(false); });
    } else {
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (error) {
        ok = false;
      }
      done(ok);
    }
  });
  document.getElementById("shortlist-save").addEventListener("click", function () {
    store(ids);
    document.getElementById("shortlist-status").textContent = text("saved");
    document.getElementById("shortlist-save").hidden = true;
  });
  document.getElementById("shortlist-clear").addEventListener("click", function () {
    ids = [];
    if (!fromLink) store([]);
    show(new Map());
    document.getElementById("shortlist-status").textContent = text("cleared");
  });

  /* The whole catalogue's data set, part by part, until every id on the list is found. */
  var dataRoot = root + "data/" + pageLang + "/";
  window.KUHINA_DATA = undefined;
  if (!ids.length) {
    show(new Map());
    return;
  }
  loadScript(dataRoot + "kaikki.js", function (ok) {
    var head = window.KUHINA_DATA;
    if (!ok || !head || typeof head.parts !== "number" || !head.labels) {
      note.textContent = text("failed");
      return;
    }
    var labels = new Map(head.labels.kinds || []);
    var wanted = {};
    ids.forEach(function (id) { wanted[id] = true; });
    var left = ids.length;
    function next(number) {
      if (!left || number > head.parts) {
        show(labels);
        return;
      }
      window.KUHINA_PART = undefined;
      loadScript(dataRoot + "kaikki-" + number + ".js", function (loaded) {
        var part = window.KUHINA_PART;
        if (!loaded || !part || !Array.isArray(part.items)) {
          show(labels);
          return;
        }
        part.items.forEach(function (item) {
          if (item && wanted[item.i] && !found[item.i] && typeof item.t === "string") {
            found[item.i] = item;
            left -= 1;
          }
        });
        next(number + 1);
      });
    }
    next(1);
  });
})();
