/* Kuhina web catalogue: a page shown inside a municipality's site (embed.html, and an
 * opportunity opened from it with ?upotus=<code>).
 *
 * Loaded in the head of every page, before the body is painted, so an embedded page never
 * flashes the site's header: it marks <html class="embedded"> and the stylesheet hides what
 * the embed layout leaves out. Then it
 * - keeps the municipality (and the host's address, ?host=) on the links that stay in the
 *   frame: an opportunity's link carries them and the list's #filters, and the opportunity's
 *   back link returns to the same list with the same filters;
 * - opens every other link of the site in a new tab, not inside the host's page;
 * - tells the host page (embed.js) how tall the page is, whenever that changes. The message
 *   goes to the host's origin only (postMessage's target origin, from ?host=), and this page
 *   listens to no message at all.
 */
(function () {
  "use strict";

  /* Scripts run: the stylesheet shows the filters' frame at the first paint, so the list does
   * not move when catalogue.js fills them in after it (site.css, ".js"). */
  document.documentElement.classList.add("js");

  var CODE = /^[0-9]{3}$/;
  var ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/;
  var params = new URLSearchParams(location.search);
  var onEmbedPage = /(^|\/)embed\.html$/.test(location.pathname);
  var code = onEmbedPage ? params.get("kunta") || "" : params.get("upotus") || "";
  if (!onEmbedPage && !CODE.test(code)) return;
  if (!CODE.test(code)) code = "";
  var host = params.get("host") || "";
  if (!ORIGIN.test(host)) host = "";
  document.documentElement.classList.add("embedded");

  /* The query that keeps a page in the embed flow. */
  function embedQuery(key) {
    var query = new URLSearchParams();
    if (code) query.set(key, code);
    if (host) query.set("host", host);
    var text = query.toString();
    return text ? "?" + text : "";
  }

  function listHash() {
    return location.hash.indexOf("=") >= 0 ? location.hash : "";
  }

  function setUpLinks() {
    var langRoot = document.body.getAttribute("data-lang-root") || "";
    var back = document.getElementById("back-link");
    if (back && code) {
      back.href = langRoot + "embed.html" + embedQuery("kunta") + listHash();
    }
    document.addEventListener("click", function (event) {
      var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link || link === back || link.classList.contains("skip-link")) return;
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin || url.hash && url.pathname === location.pathname) {
        return;
      }
      if (/\/tarjous\/[0-9a-fx-]+\.html$/.test(url.pathname) && code) {
        url.search = embedQuery("upotus");
        url.hash = listHash();
        link.href = url.href; /* not from url.origin: that is "null" on file:// */
      } else if (!/(^|\/)embed\.html$/.test(url.pathname)) {
        link.target = "_blank";
        link.rel = "noopener";
      }
    });
  }

  function reportHeight() {
    if (!host || window.parent === window) return;
    var first = true;
    var last = -1;
    function send() {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ kuhina: "height", height: height, top: first }, host);
      first = false;
    }
    if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
    window.addEventListener("load", send);
    send();
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpLinks();
    reportHeight();
  });
})();
