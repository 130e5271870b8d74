/* Kuhina web catalogue: search and filters over window.KUHINA_DATA (data/catalogue-<lang>.js),
 * the embedded view (embed.html?kunta=167&lang=sv) and the copy buttons of embed-ohje.html.
 *
 * Every text in the data comes from associations and is untrusted: it is only ever set with
 * textContent or as an option's text, never parsed as HTML, and links are built from the
 * page's own folder and an id checked against SLUG.
 */
(function () {
  "use strict";

  var PAGE_SIZE = 100;
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

  var data = window.KUHINA_DATA;
  if (!data || !Array.isArray(data.items) || !byId("results")) return;
  var S = data.strings || {};

  var labels = {};
  Object.keys(data.labels || {}).forEach(function (name) {
    var map = new Map();
    data.labels[name].forEach(function (pair) {
      map.set(pair[0], pair[1]);
    });
    labels[name] = map;
  });

  function label(list, code) {
    var map = labels[list];
    return map && map.has(code) ? map.get(code) : code;
  }

  /* ---- embed.html: which municipality, in which language ---- */

  var fixedMunicipality = body.getAttribute("data-municipality") || "";
  if (page === "embed") {
    var params = new URLSearchParams(location.search);
    var kunta = params.get("kunta") || "";
    var wanted = params.get("lang");
    if (wanted && wanted !== pageLang && LANGUAGES.indexOf(wanted) >= 0) {
      var target = root + (wanted === "fi" ? "" : wanted + "/") + "embed.html";
      location.replace(target + (MUNICIPALITY_CODE.test(kunta) ? "?kunta=" + kunta : ""));
      return;
    }
    if (!MUNICIPALITY_CODE.test(kunta) || !labels.municipalities.has(kunta)) {
      if (kunta) byId("embed-message").textContent = S.embed_unknown;
      else byId("embed-message").hidden = true;
      return;
    }
    fixedMunicipality = kunta;
    var heading = format(S.municipality_heading, { name: label("municipalities", kunta) });
    byId("embed-heading").textContent = heading;
    document.title = heading;
    byId("embed-fallback").hidden = true;
    byId("embed-app").hidden = false;
  }

  var items = data.items.filter(function (item) {
    return SLUG.test(item.i) && (!fixedMunicipality || item.m.indexOf(fixedMunicipality) >= 0);
  });

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

  /* ---- choices, with how many opportunities each has on this page ---- */

  function tally(field) {
    var counts = new Map();
    items.forEach(function (item) {
      var values = Array.isArray(item[field]) ? item[field] : [item[field]];
      values.forEach(function (code) {
        counts.set(code, (counts.get(code) || 0) + 1);
      });
    });
    return counts;
  }

  /* Codes in code-list order, then any unknown ones the data uses. */
  function orderedCodes(list, counts) {
    var codes = [];
    (data.labels[list] || []).forEach(function (pair) {
      if (counts.has(pair[0])) codes.push(pair[0]);
    });
    counts.forEach(function (count, code) {
      if (codes.indexOf(code) < 0 && typeof code === "string") codes.push(code);
    });
    return codes;
  }

  function fillSelect(select, list, field) {
    if (!select) return;
    var counts = tally(field);
    orderedCodes(list, counts).forEach(function (code) {
      select.appendChild(new Option(label(list, code) + " (" + counts.get(code) + ")", code));
    });
  }

  fillSelect(kindSelect, "kinds", "k");
  fillSelect(languageSelect, "languages", "l");
  fillSelect(municipalitySelect, "municipalities", "m");

  var groupCounts = tally("g");
  orderedCodes("target_groups", groupCounts).forEach(function (code, index) {
    var box = el("input");
    box.type = "checkbox";
    box.id = "f-group-" + index;
    box.value = code;
    var text = el("label", null, label("target_groups", code) + " (" + groupCounts.get(code) + ")");
    text.htmlFor = box.id;
    text.insertBefore(box, text.firstChild);
    groupBox.appendChild(text);
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

  function matches(item, state) {
    if (state.kind && item.k !== state.kind) return false;
    if (state.language && item.l.indexOf(state.language) < 0) return false;
    if (state.municipality && item.m.indexOf(state.municipality) < 0) return false;
    if (state.groups.length && item.g.indexOf(ALL_JOB_SEEKERS) < 0) {
      var any = state.groups.some(function (group) {
        return item.g.indexOf(group) >= 0;
      });
      if (!any) return false;
    }
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
    if (municipalitySelect && municipalitySelect.value) saved.set("kunta", municipalitySelect.value);
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
    if (item.e) meta.appendChild(el("span", "tag tag-ended", S.ended));
    if (typeof item.p === "number") {
      meta.appendChild(el("span", "places", format(S.places_count, { count: item.p })));
    }
    node.appendChild(meta);
    var where = el("p", "result-where");
    where.appendChild(el("span", "visually-hidden", S.municipalities + ": "));
    where.appendChild(document.createTextNode(item.m.map(function (code) {
      return label("municipalities", code);
    }).join(", ")));
    node.appendChild(where);
    if (item.s) {
      var summary = el("p", "result-summary", item.s);
      summary.dir = "auto";
      setLang(summary, item.sl);
      node.appendChild(summary);
    }
    nodes.set(item.i, node);
    return node;
  }

  var found = [];
  var shown = 0;

  function countText(count) {
    if (count === 0) return S.count_none;
    return count === 1 ? S.count_one : format(S.count_many, { count: count });
  }

  function showMore(moveFocus) {
    var batch = found.slice(shown, shown + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    batch.forEach(function (item) {
      fragment.appendChild(resultNode(item));
    });
    list.appendChild(fragment);
    shown += batch.length;
    moreBox.replaceChildren();
    if (shown < found.length) {
      var button = el("button", "button button-secondary",
        format(S.show_more, { count: found.length - shown }));
      button.type = "button";
      button.addEventListener("click", function () {
        showMore(true);
      });
      moreBox.appendChild(button);
    } else if (found.length === 0) {
      moreBox.appendChild(el("p", "hint", S.no_results_hint));
    }
    if (moveFocus && batch.length) {
      resultNode(batch[0]).querySelector("a").focus();
    }
  }

  /* The choices beyond the search box fold away on narrow screens; the summary says how many
   * are in use, so a folded filter is never a hidden surprise. */
  function showActiveCount(state) {
    var active = state.groups.length + (state.kind ? 1 : 0) + (state.language ? 1 : 0) +
      (state.municipality ? 1 : 0);
    moreFiltersCount.textContent = active ? format(S.filters_active, { count: active }) : "";
    return active;
  }

  function update() {
    var state = current();
    showActiveCount(state);
    found = items.filter(function (item) {
      return matches(item, state);
    });
    shown = 0;
    list.replaceChildren();
    showMore(false);
    countLine.textContent = countText(found.length);
    remember();
  }

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
  var wide = window.matchMedia && window.matchMedia("(min-width: 56rem)").matches;
  if (wide || showActiveCount(current())) moreFilters.open = true;
  byId("filters").hidden = false;
  update();
  body.setAttribute("data-ready", "true");
  if (window.performance && performance.mark) performance.mark("kuhina-ready");
})();
