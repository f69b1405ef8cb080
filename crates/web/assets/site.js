/* Masthead reader site: theme toggle, text size, search overlay, copy link, print, most-read
   tabs and the view beacon. Plain JS; every page works without it. */
(function () {
  "use strict";
  var d = document.documentElement;
  var store = {
    get: function (k) { try { return localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { localStorage.setItem(k, v); } catch (e) { /* ignore */ } }
  };

  function isDark() {
    var t = d.getAttribute("data-theme");
    if (t) return t === "dark";
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function syncThemeButtons() {
    var dark = isDark();
    document.querySelectorAll(".theme-toggle").forEach(function (b) {
      b.setAttribute("aria-pressed", dark ? "true" : "false");
      var use = b.querySelector("use");
      if (use) {
        var href = use.getAttribute("href") || "";
        use.setAttribute("href", href.replace(/#.*$/, dark ? "#sun" : "#moon"));
      }
    });
  }

  function toast(text) {
    var el = document.querySelector(".toast");
    if (!el) return;
    el.textContent = text;
    el.classList.add("show");
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { el.classList.remove("show"); }, 2500);
  }

  function setFontScale(f) {
    f = Math.round(Math.min(1.6, Math.max(0.8, f)) * 1000) / 1000;
    d.style.setProperty("--font-scale", String(f));
    store.set("masthead.fontScale", String(f));
  }

  function fontScale() {
    var f = parseFloat(getComputedStyle(d).getPropertyValue("--font-scale"));
    return f > 0 ? f : 1;
  }

  // Search overlay: opens from the search button, closes with Escape or the close button,
  // keeps keyboard focus inside while open and returns it to the opener.
  var overlay = document.getElementById("search-overlay");
  var opener = null;
  function openSearch(ev) {
    if (!overlay) return;
    if (ev) ev.preventDefault();
    opener = document.activeElement;
    overlay.hidden = false;
    d.classList.add("overlay-open");
    var input = overlay.querySelector("input[name=q]");
    if (input) input.focus();
  }
  function closeSearch() {
    if (!overlay || overlay.hidden) return;
    overlay.hidden = true;
    d.classList.remove("overlay-open");
    if (opener && opener.focus) opener.focus();
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target.closest ? ev.target : null;
    if (!t) return;
    if (t.closest(".theme-toggle")) {
      var next = isDark() ? "light" : "dark";
      d.setAttribute("data-theme", next);
      store.set("masthead.theme", next);
      syncThemeButtons();
    } else if (t.closest(".search-open")) {
      openSearch(ev);
    } else if (t.closest(".search-close")) {
      closeSearch();
    } else if (overlay && t === overlay) {
      closeSearch();
    } else if (t.closest(".font-btn")) {
      var up = t.closest(".font-btn").getAttribute("data-font") === "up";
      setFontScale(fontScale() + (up ? 0.125 : -0.125));
    } else if (t.closest(".share-print")) {
      window.print();
    } else if (t.closest(".share-copy")) {
      var url = t.closest(".share-copy").getAttribute("data-url") || location.href;
      var done = function () { toast(document.body.getAttribute("data-copied") || ""); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(done, function () { fallbackCopy(url); done(); });
      } else {
        fallbackCopy(url);
        done();
      }
    }
  });

  function fallbackCopy(text) {
    var ta = document.createElement("textarea");
    ta.value = text;
    ta.setAttribute("readonly", "");
    ta.style.position = "fixed";
    ta.style.opacity = "0";
    document.body.appendChild(ta);
    ta.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(ta);
  }

  document.addEventListener("keydown", function (ev) {
    if (!overlay || overlay.hidden) return;
    if (ev.key === "Escape") {
      ev.preventDefault();
      closeSearch();
    } else if (ev.key === "Tab") {
      var f = overlay.querySelectorAll("button, input, a[href]");
      if (!f.length) return;
      var first = f[0], last = f[f.length - 1];
      if (ev.shiftKey && document.activeElement === first) { ev.preventDefault(); last.focus(); }
      else if (!ev.shiftKey && document.activeElement === last) { ev.preventDefault(); first.focus(); }
    }
  });

  // Most-read tabs: pairs of .tab-title + .tab-panel become tabs.
  document.querySelectorAll("[data-tabs]").forEach(function (box) {
    var titles = box.querySelectorAll(".tab-title");
    var panels = box.querySelectorAll(".tab-panel");
    if (titles.length < 2 || titles.length !== panels.length) return;
    box.classList.add("tabs-ready");
    box.setAttribute("role", "tablist");
    function select(i) {
      titles.forEach(function (t, j) {
        t.setAttribute("aria-selected", i === j ? "true" : "false");
        t.tabIndex = i === j ? 0 : -1;
        panels[j].hidden = i !== j;
      });
    }
    titles.forEach(function (t, i) {
      t.setAttribute("role", "tab");
      panels[i].setAttribute("role", "tabpanel");
      t.addEventListener("click", function () { select(i); });
      t.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(i); }
        if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") {
          var n = (i + (ev.key === "ArrowRight" ? 1 : titles.length - 1)) % titles.length;
          select(n);
          titles[n].focus();
        }
      });
    });
    select(0);
  });

  // View beacon: one view per page shown to a reader (not while prerendering).
  function beacon() {
    var art = document.querySelector("[data-article-id]");
    if (!art || !window.fetch) return;
    var id = art.getAttribute("data-article-id");
    fetch("/api/v1/articles/" + encodeURIComponent(id) + "/views", {
      method: "POST",
      keepalive: true,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ lang: d.getAttribute("lang") || "" })
    }).then(function (r) { return r.ok && r.status === 200 ? r.json() : null; }).then(function (j) {
      if (!j || typeof j.views !== "number" || !j.label) return;
      document.querySelectorAll("[data-views-for='" + id + "'] .views-text").forEach(function (el) {
        el.textContent = j.label;
      });
    }).catch(function () { /* a lost beacon is one uncounted view */ });
  }
  if (document.prerendering) {
    document.addEventListener("prerenderingchange", beacon, { once: true });
  } else {
    beacon();
  }

  syncThemeButtons();
  if (window.matchMedia) {
    var mq = window.matchMedia("(prefers-color-scheme: dark)");
    if (mq.addEventListener) mq.addEventListener("change", syncThemeButtons);
  }
})();
