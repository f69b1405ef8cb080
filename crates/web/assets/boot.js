/* Runs before the first paint: applies the reader's saved theme and text size, so the page
   never flashes the wrong theme. Loaded synchronously in <head>; keep it tiny. */
(function () {
  var d = document.documentElement;
  d.classList.add("js");
  try {
    var t = localStorage.getItem("masthead.theme");
    if (t === "dark" || t === "light") d.setAttribute("data-theme", t);
    var f = parseFloat(localStorage.getItem("masthead.fontScale"));
    if (f >= 0.8 && f <= 1.6) d.style.setProperty("--font-scale", String(f));
  } catch (e) { /* storage may be blocked: defaults apply */ }
})();
