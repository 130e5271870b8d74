/* Kuhina web catalogue: the one-line embed for a municipality's own site.
 *
 *   <script src="BASE/embed.js" data-kunta="167" data-kieli="fi" async></script>
 *
 * puts an <iframe> with that municipality's list where the script stands and keeps the frame
 * as tall as the page inside it. The page inside (frame.js) posts its height to this page's
 * origin only; this script takes a message only from the catalogue's own origin and only
 * from its own frame, and only a height: anything else is ignored. It sets no cookie, stores
 * nothing and loads nothing but the frame.
 *
 * KUHINA_EMBED_TEXTS below is written in when the catalogue is published: the frame's title
 * per language and the municipalities' names.
 */
(function () {
  "use strict";

  var TEXTS = KUHINA_EMBED_TEXTS;
  var script = document.currentScript;
  if (!script || !script.src || !script.parentNode) return;
  var base = new URL(".", script.src);
  var lang = script.getAttribute("data-kieli") || "fi";
  if (!Object.prototype.hasOwnProperty.call(TEXTS.title, lang)) lang = "fi";
  var code = script.getAttribute("data-kunta") || "";
  var names = TEXTS.names[lang] || {};
  if (!/^[0-9]{3}$/.test(code) || !Object.prototype.hasOwnProperty.call(names, code)) code = "";

  var query = new URLSearchParams();
  if (code) query.set("kunta", code);
  if (/^https?:$/.test(location.protocol)) query.set("host", location.origin);
  var frame = document.createElement("iframe");
  frame.src = new URL((lang === "fi" ? "" : lang + "/") + "embed.html?" + query, base).href;
  frame.title = String(TEXTS.title[lang]).replace("{name}", code ? names[code] : "");
  frame.className = "kuhina-embed";
  frame.height = "600";
  frame.style.width = "100%";
  frame.style.border = "0";
  frame.style.display = "block";
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener("message", function (event) {
    if (event.origin !== base.origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.kuhina !== "height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < 1 || height > 200000) return;
    height = Math.ceil(height);
    frame.height = String(height);
    frame.style.height = height + "px";
    /* A new page in the frame (an opportunity, or back to the list) starts at its top. */
    if (data.top === true && frame.getBoundingClientRect().top < 0) frame.scrollIntoView();
  });
})();
