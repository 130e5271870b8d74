/* Kuhina web catalogue: search and filters over a list's data set (data/<lang>/<set>.js, then
 * its parts <set>-<n>.js, loaded as the list needs them), the embedded view
 * (embed.html?kunta=167&lang=sv) and the copy buttons of embed-ohje.html.
 *
 * A list page comes with its first entries rendered; this script keeps them, fills the filters
 * from the set's head, hides the pager of links and shows more with a "show more" button.
 *
 * Every text in the data comes from associations and is untrusted: it is only ever set with
 * textContent or as an option's text, never parsed as HTML, and links are built from the
 * page's own folder and an id checked against SLUG.
 */
(function () {
  "use strict";

  var LANGUAGES = ["fi", "sv", "en"];
  var ALL_JOB_SEEKERS = "all_job_seekers";
  var SLUG = /^[0-9a-fx-]{1,64}$/;
  var MUNICIPALITY_CODE = /^[0-9]{3}$/;

  var body = document.body;
  var root = body.getAttribute("data-root") || "";
  var langRoot = body.getAttribute("data-lang-root") || "";
  var pageLang = body.getAttribute("data-lang") || "fi";
  var page = body.getAttribute("data-page") || "";

  function byId(id) {
    return document.getElementById(id);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* Lower case without diacritics; site_data.fold does the same for the data's `q`. */
  function fold(text) {
    return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function format(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function setLang(node, lang) {
    if (lang && lang !== pageLang && LANGUAGES.indexOf(lang) >= 0) node.lang = lang;
  }

  /* ---- embed-ohje.html: the real address in the snippets, and copy buttons ---- */

  function setupCopyButtons() {
    var status = byId("copy-status");
    var areas = document.querySelectorAll("textarea[data-snippet]");
    var served = location.protocol === "http:" || location.protocol === "https:";
    Array.prototype.forEach.call(areas, function (area) {
      var placeholder = area.getAttribute("data-placeholder");
      if (served && placeholder) {
        var base = new URL(root || "./", location.href).href;
        area.value = area.value.split(placeholder).join(base);
      }
    });
    var buttons = document.querySelectorAll("button[data-copy]");
    Array.prototype.forEach.call(buttons, function (button) {
      var area = byId(button.getAttribute("data-copy"));
      if (!area) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        function done(ok) {
          if (status) {
            status.textContent = status.getAttribute(ok ? "data-copied" : "data-failed") || "";
          }
        }
        area.focus();
        area.select();
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(area.value).then(function () {
            done(true);
          }, function () {
            done(false);
          });
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
    });
  }

  if (page === "embed-help") {
    setupCopyButtons();
    return;
  }

  /* ---- the data: a set's head (window.KUHINA_DATA) and its parts, loaded as scripts ---- */

  var SET_NAME = /^(kaikki|kunta-[0-9]{3})$/;
  var PREFETCH_PARTS = 20; /* a set this small loads whole at once; a larger one as needed */
  var dataRoot = root + "data/" + pageLang + "/";

  function validHead(head) {
    return !!head && typeof head === "object" && SET_NAME.test(head.set) &&
      typeof head.count === "number" && typeof head.parts === "number" &&
      !!head.strings && !!head.labels && !!head.choices;
  }

  /* Browsers refuse fetch() of local files, so the data comes as scripts of this folder. */
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

  var first = window.KUHINA_DATA;
  if (!validHead(first) || !byId("results")) return;

  /* ---- embed.html: which municipality, in which language ---- */

  if (page === "embed") {
    var params = new URLSearchParams(location.search);
    var kunta = params.get("kunta") || "";
    var wanted = params.get("lang");
    if (wanted && wanted !== pageLang && LANGUAGES.indexOf(wanted) >= 0) {
      var target = root + (wanted === "fi" ? "" : wanted + "/") + "embed.html";
      params.delete("lang");
      if (!MUNICIPALITY_CODE.test(kunta)) params.delete("kunta");
      location.replace(target + (params.toString() ? "?" + params : "") + location.hash);
      return;
    }
    var message = byId("embed-message");
    var known = (first.labels.municipalities || []).some(function (pair) {
      return pair[0] === kunta;
    });
    if (!MUNICIPALITY_CODE.test(kunta) || !known) {
      if (kunta) message.textContent = first.strings.embed_unknown;
      else message.hidden = true;
      return;
    }
    loadScript(dataRoot + "kunta-" + kunta + ".js", function (ok) {
      var own = window.KUHINA_DATA;
      if (!ok || !validHead(own) || own.set !== "kunta-" + kunta) {
        message.textContent = first.strings.load_failed;
        return;
      }
      var heading = format(own.strings.municipality_heading, {
        name: new Map(own.labels.municipalities).get(kunta),
      });
      byId("embed-heading").textContent = heading;
      document.title = heading;
      byId("embed-fallback").hidden = true;
      byId("embed-app").hidden = false;
      start(own, kunta);
    });
  } else {
    /* After the first paint: the page's own entries show first, the filters are set up
     * (and the data loaded) after them. */
    afterFirstPaint(function () {
      start(first, body.getAttribute("data-municipality") || "");
    });
  }

  function start(data, fixedMunicipality) {
    var S = data.strings;
    var setName = data.set;
    var total = data.count;
    var parts = data.parts;
    var pageSize = data.page_size > 0 ? data.page_size : 100;

    var labels = {};
    Object.keys(data.labels).forEach(function (name) {
      labels[name] = new Map(data.labels[name]);
    });

    function label(list, code) {
      var map = labels[list];
      return map && map.has(code) ? map.get(code) : code;
    }

    var form = byId("filter-form");
    var search = byId("f-search");
    var kindSelect = byId("f-kind");
    var languageSelect = byId("f-language");
    var municipalitySelect = byId("f-municipality");
    var groupBox = byId("f-groups");
    var list = byId("results");
    var countLine = byId("result-count");
    var moreBox = byId("more");
    var moreFilters = byId("more-filters");
    var moreFiltersCount = byId("more-filters-count");

    /* ---- choices, with how many opportunities of this list each has ---- */

    function choices(field) {
      return Array.isArray(data.choices[field]) ? data.choices[field] : [];
    }

    /* Each choice's text node and label, by field and code, to update its count. */
    var choiceTexts = { k: new Map(), l: new Map(), m: new Map(), g: new Map() };

    function choiceText(list, code, count) {
      return label(list, code) + " (" + count + ")";
    }

    function fillSelect(select, list, field) {
      if (!select) return;
      choices(field).forEach(function (pair) {
        var option = new Option(choiceText(list, pair[0], pair[1]), pair[0]);
        select.appendChild(option);
        choiceTexts[field].set(pair[0], { node: option, list: list });
      });
    }

    fillSelect(kindSelect, "kinds", "k");
    fillSelect(languageSelect, "languages", "l");
    fillSelect(municipalitySelect, "municipalities", "m");

    choices("g").forEach(function (pair, index) {
      var box = el("input");
      box.type = "checkbox";
      box.id = "f-group-" + index;
      box.value = pair[0];
      var text = el("label");
      var words = document.createTextNode(choiceText("target_groups", pair[0], pair[1]));
      text.appendChild(box);
      text.appendChild(words);
      text.htmlFor = box.id;
      groupBox.appendChild(text);
      choiceTexts.g.set(pair[0], { node: words, list: "target_groups" });
    });

    /* ---- state: read from the controls, kept in the address's #fragment ---- */

    function checkedGroups() {
      var boxes = groupBox.querySelectorAll("input[type=checkbox]");
      return Array.prototype.filter.call(boxes, function (box) {
        return box.checked;
      }).map(function (box) {
        return box.value;
      });
    }

    function current() {
      return {
        words: fold(search.value).split(/\s+/).filter(Boolean),
        kind: kindSelect.value,
        language: languageSelect.value,
        municipality: municipalitySelect ? municipalitySelect.value : "",
        groups: checkedGroups(),
      };
    }

    function groupMatches(item, groups) {
      if (!groups.length || item.g.indexOf(ALL_JOB_SEEKERS) >= 0) return true;
      return groups.some(function (group) {
        return item.g.indexOf(group) >= 0;
      });
    }

    /* Faceted counts: a choice's count is how many results choosing it would give with the
     * other filters as they are (a target group: that group alone, with the other filters).
     * One pass: an entry that fails no filter counts for every field, one that fails a
     * single field's filter counts for that field only. */
    function facetCounts(state) {
      var counts = { k: new Map(), l: new Map(), m: new Map(), g: new Map() };
      var everyGroup = 0; /* entries for all job seekers count for every group */
      function add(map, code) {
        map.set(code, (map.get(code) || 0) + 1);
      }
      function addAll(map, codes) {
        for (var c = 0; c < codes.length; c += 1) add(map, codes[c]);
      }
      var words = state.words;
      for (var n = 0; n < items.length; n += 1) {
        var item = items[n];
        var fails = 0;
        var only = "";
        for (var w = 0; w < words.length && !fails; w += 1) {
          if (item.q.indexOf(words[w]) < 0) fails = 2;
        }
        if (!fails && state.kind && item.k !== state.kind) { fails += 1; only = "k"; }
        if (fails < 2 && state.language && item.l.indexOf(state.language) < 0) {
          fails += 1;
          only = "l";
        }
        if (fails < 2 && state.municipality && item.m.indexOf(state.municipality) < 0) {
          fails += 1;
          only = "m";
        }
        if (fails < 2 && !groupMatches(item, state.groups)) { fails += 1; only = "g"; }
        if (fails > 1) continue;
        if (!only || only === "k") add(counts.k, item.k);
        if (!only || only === "l") addAll(counts.l, item.l);
        if (!only || only === "m") addAll(counts.m, item.m);
        if (!only || only === "g") {
          if (item.g.indexOf(ALL_JOB_SEEKERS) >= 0) everyGroup += 1;
          else addAll(counts.g, item.g);
        }
      }
      choiceTexts.g.forEach(function (_entry, code) {
        counts.g.set(code, (counts.g.get(code) || 0) + everyGroup);
      });
      return counts;
    }

    function showCounts() {
      if (!complete) return; /* until every entry is here, the set's own counts stand */
      var counts = facetCounts(state);
      Object.keys(choiceTexts).forEach(function (field) {
        choiceTexts[field].forEach(function (entry, code) {
          var text = choiceText(entry.list, code, counts[field].get(code) || 0);
          if (entry.node.textContent !== text) entry.node.textContent = text;
        });
      });
    }

    function matches(item, state) {
      if (state.kind && item.k !== state.kind) return false;
      if (state.language && item.l.indexOf(state.language) < 0) return false;
      if (state.municipality && item.m.indexOf(state.municipality) < 0) return false;
      if (!groupMatches(item, state.groups)) return false;
      for (var i = 0; i < state.words.length; i += 1) {
        if (item.q.indexOf(state.words[i]) < 0) return false;
      }
      return true;
    }

    function setSelect(select, value) {
      if (select && value && Array.prototype.some.call(select.options, function (option) {
        return option.value === value;
      })) {
        select.value = value;
      }
    }

    function restore() {
      var hash = location.hash.replace(/^#/, "");
      if (hash.indexOf("=") < 0) return;
      var saved = new URLSearchParams(hash);
      search.value = saved.get("q") || "";
      setSelect(kindSelect, saved.get("laji"));
      setSelect(languageSelect, saved.get("kieli"));
      setSelect(municipalitySelect, saved.get("kunta"));
      var groups = saved.getAll("ryhma");
      Array.prototype.forEach.call(groupBox.querySelectorAll("input"), function (box) {
        box.checked = groups.indexOf(box.value) >= 0;
      });
    }

    function remember() {
      var saved = new URLSearchParams();
      if (search.value.trim()) saved.set("q", search.value.trim());
      if (kindSelect.value) saved.set("laji", kindSelect.value);
      if (languageSelect.value) saved.set("kieli", languageSelect.value);
      if (municipalitySelect && municipalitySelect.value) {
        saved.set("kunta", municipalitySelect.value);
      }
      checkedGroups().forEach(function (group) {
        saved.append("ryhma", group);
      });
      var text = saved.toString();
      var address = location.pathname + location.search + (text ? "#" + text : "");
      try {
        history.replaceState(null, "", address);
      } catch (error) {
        /* Some browsers refuse replaceState on file:// pages; the filters still work. */
      }
    }

    /* The choices beyond the search box fold away on narrow screens; the summary says how
     * many are in use, so a folded filter is never a hidden surprise. */
    function showActiveCount(state) {
      var active = state.groups.length + (state.kind ? 1 : 0) + (state.language ? 1 : 0) +
        (state.municipality ? 1 : 0);
      moreFiltersCount.textContent = active ? format(S.filters_active, { count: active }) : "";
      return active;
    }

    /* ---- the list: the same markup as the template macro `result` ---- */

    var nodes = new Map();

    function resultNode(item) {
      var node = nodes.get(item.i);
      if (node) return node;
      node = el("li", "result");
      node.setAttribute("data-id", item.i);
      var title = el("h3", "result-title");
      var link = el("a", null, item.t);
      link.href = langRoot + "tarjous/" + item.i + ".html";
      link.dir = "auto";
      setLang(link, item.tl);
      title.appendChild(link);
      node.appendChild(title);
      var org = el("p", "result-org", item.o);
      org.dir = "auto";
      setLang(org, item.ol);
      node.appendChild(org);
      var meta = el("p", "result-meta");
      meta.appendChild(el("span", "tag", label("kinds", item.k)));
      if (item.tl && item.tl !== pageLang && S["tag_only_" + item.tl]) {
        meta.appendChild(document.createTextNode(" "));
        meta.appendChild(el("span", "language-tag", S["tag_only_" + item.tl]));
      }
      if (item.e) meta.appendChild(el("span", "tag tag-ended", S.ended));
      if (typeof item.p === "number") {
        meta.appendChild(el("span", "places", format(S.places_count, { count: item.p })));
      }
      node.appendChild(meta);
      var place = el("p", "result-place");
      place.appendChild(el("span", "label", S.place_label + ":"));
      place.appendChild(document.createTextNode(" "));
      var placeText = el("span", null, typeof item.w === "string" ? item.w : "");
      placeText.dir = "auto";
      place.appendChild(placeText);
      node.appendChild(place);
      var where = el("p", "result-where");
      where.appendChild(el("span", "label", S.served_label + ":"));
      where.appendChild(document.createTextNode(" " + item.m.map(function (code) {
        return label("municipalities", code);
      }).join(", ")));
      node.appendChild(where);
      if (item.s) {
        var summary = el("p", "result-summary", item.s);
        summary.dir = "auto";
        setLang(summary, item.sl);
        node.appendChild(summary);
      }
      if (item.c) node.appendChild(el("p", "result-checked", item.c));
      nodes.set(item.i, node);
      return node;
    }

    /* The page came with the list's first entries: they stay, and are reused. */
    Array.prototype.forEach.call(list.children, function (node) {
      var id = node.getAttribute("data-id");
      if (id && SLUG.test(id)) nodes.set(id, node);
    });
    ["pager", "result-range"].forEach(function (id) {
      if (byId(id)) byId(id).hidden = true;
    });

    var items = []; /* the records loaded so far, in list order */
    var found = []; /* those that match the filters */
    var shown = list.children.length; /* entries of `found` in the list */
    var want = Math.max(shown, Math.min(pageSize, total)); /* how many the list should show */
    var state = current();
    var filtered = false;
    var loadedParts = 0;
    var complete = parts === 0;
    var loading = false;
    var failed = false;
    var prefetch = false;
    var focusPending = false;

    var moreButton = el("button", "button button-secondary");
    moreButton.type = "button";
    moreButton.hidden = true;
    var moreNote = el("p", "hint");
    moreNote.hidden = true;
    moreNote.tabIndex = -1;
    moreBox.replaceChildren(moreButton, moreNote);

    function countText(count) {
      if (count === 0) return S.count_none;
      return count === 1 ? S.count_one : format(S.count_many, { count: count });
    }

    function setText(node, text) {
      if (node.textContent !== text) node.textContent = text;
    }

    /* Waiting for data the list needs: matches may still come, or asked-for entries. */
    function busy() {
      return !complete && !failed && (filtered || shown < Math.min(want, total));
    }

    function refresh() {
      /* The count is final once all is loaded; without filters it is the list's size. */
      var known = complete || (filtered && failed) ? found.length : (filtered ? -1 : total);
      setText(countLine, known < 0 ? S.loading : countText(known));
      var waiting = busy();
      var left = (failed || known < 0 ? found.length : known) - shown;
      var hadFocus = document.activeElement === moreButton;
      if (waiting && shown < want) {
        setText(moreButton, S.loading);
        moreButton.setAttribute("aria-disabled", "true");
        moreButton.hidden = false;
      } else if (left > 0) {
        setText(moreButton, format(S.show_more, { count: left }));
        moreButton.removeAttribute("aria-disabled");
        moreButton.hidden = false;
      } else {
        moreButton.hidden = true;
      }
      var note = failed ? S.load_failed : (complete && !found.length ? S.no_results_hint : "");
      setText(moreNote, note);
      moreNote.className = failed ? "notice" : "hint";
      moreNote.hidden = !note;
      if (hadFocus && moreButton.hidden && note) moreNote.focus();
      list.setAttribute("aria-busy", waiting ? "true" : "false");
      if (waiting) body.setAttribute("data-busy", "true");
      else body.removeAttribute("data-busy");
    }

    /* Add found[shown..want) to the list; focus the first new entry if the reader asked. */
    function render(moveFocus) {
      var batch = found.slice(shown, want);
      if (batch.length) {
        var fragment = document.createDocumentFragment();
        batch.forEach(function (item) {
          fragment.appendChild(resultNode(item));
        });
        list.appendChild(fragment);
        shown += batch.length;
      }
      if (batch.length && (moveFocus || focusPending)) {
        resultNode(batch[0]).querySelector("a").focus();
        focusPending = false;
      } else if (moveFocus) {
        focusPending = true;
      }
      if (complete || failed) focusPending = false;
      refresh();
    }

    function update() {
      state = current();
      filtered = showActiveCount(state) > 0 || state.words.length > 0;
      found = filtered ? items.filter(function (item) {
        return matches(item, state);
      }) : items.slice();
      shown = 0;
      want = pageSize;
      focusPending = false;
      showCounts();
      list.replaceChildren();
      render(false);
      remember();
      pump();
    }

    function validItem(item) {
      return !!item && typeof item === "object" && SLUG.test(item.i) &&
        typeof item.q === "string" && Array.isArray(item.m) && Array.isArray(item.g) &&
        Array.isArray(item.l) && (!fixedMunicipality || item.m.indexOf(fixedMunicipality) >= 0);
    }

    function accept(records) {
      records.forEach(function (item) {
        if (!validItem(item)) return;
        items.push(item);
        if (!filtered || matches(item, state)) found.push(item);
      });
    }

    function loaded() {
      body.setAttribute("data-loaded", "true");
      if (window.performance && performance.mark) performance.mark("kuhina-loaded");
    }

    /* Load the next part while the list needs it (or the whole small set), one at a time. */
    function pump() {
      if (loading || complete || failed || !(prefetch || busy())) return;
      loading = true;
      var number = loadedParts + 1;
      window.KUHINA_PART = undefined;
      loadScript(dataRoot + setName + "-" + number + ".js", function (ok) {
        var part = window.KUHINA_PART;
        window.KUHINA_PART = undefined;
        loading = false;
        if (!ok || !part || part.set !== setName || part.part !== number ||
            !Array.isArray(part.items)) {
          failed = true;
          render(false);
          return;
        }
        loadedParts = number;
        complete = number >= parts;
        accept(part.items);
        showCounts();
        render(false);
        if (complete) loaded();
        pump();
      });
    }

    moreButton.addEventListener("click", function () {
      if (moreButton.getAttribute("aria-disabled") === "true") return;
      want = shown + pageSize;
      render(true);
      pump();
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      update();
    });
    form.addEventListener("reset", function () {
      window.setTimeout(update, 0);
    });
    search.addEventListener("input", update);
    [kindSelect, languageSelect, municipalitySelect].forEach(function (select) {
      if (select) select.addEventListener("change", update);
    });
    groupBox.addEventListener("change", update);

    restore();
    state = current();
    var wide = window.matchMedia && window.matchMedia("(min-width: 56rem)").matches;
    var active = showActiveCount(state);
    if (wide || active) moreFilters.open = true;
    byId("filters").hidden = false;
    if (active || state.words.length) {
      update();
    } else {
      render(false);
      pump(); /* only if the list is waiting: the embedded view starts empty */
    }
    if (complete) loaded();
    body.setAttribute("data-ready", "true");
    if (window.performance && performance.mark) performance.mark("kuhina-ready");
    /* A small set loads whole once the page has painted its first entries, so they are not
     * held back, and filtering is instant later. */
    afterFirstPaint(function () {
      prefetch = parts <= PREFETCH_PARTS;
      pump();
    });
  }

  function afterFirstPaint(callback) {
    var done = false;
    function go() {
      if (done) return;
      done = true;
      window.setTimeout(callback, 0);
    }
    try {
      var observer = new PerformanceObserver(function (entries) {
        if (entries.getEntriesByName("first-contentful-paint").length) {
          observer.disconnect();
          go();
        }
      });
      observer.observe({ type: "paint", buffered: true });
    } catch (error) {
      /* No paint timing in this browser: the timer below starts the loading. */
    }
    window.setTimeout(go, 1500);
  }
})();
