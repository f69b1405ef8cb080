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
    loadPopular();
  }

  // In the overlay: the edition's popular queries when it opens, and matching headlines as
  // one types (after a pause, at most one request in flight). Text goes in as text.
  function searchApi(path) {
    return fetch(path, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.ok ? r.json() : null;
    });
  }
  function fill(section, items, make) {
    var list = section.querySelector("ul");
    list.textContent = "";
    items.forEach(function (it) { list.appendChild(make(it)); });
    section.hidden = items.length === 0;
  }
  function link(href, text) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    li.appendChild(a);
    return li;
  }
  function loadPopular() {
    var box = overlay.querySelector(".search-popular");
    if (!box || loadPopular.done || !window.fetch) return;
    loadPopular.done = true;
    var lang = overlay.getAttribute("data-lang") || "";
    var action = overlay.querySelector("form").getAttribute("action");
    searchApi("/api/v1/search/popular?lang=" + encodeURIComponent(lang)).then(function (d) {
      if (!d || !d.queries) return;
      fill(box, d.queries, function (q) { return link(action + "?q=" + encodeURIComponent(q), q); });
    }, function () { /* the form still works */ });
  }
  if (overlay && window.fetch) {
    var sugInput = overlay.querySelector("input[name=q]");
    var sugBox = overlay.querySelector(".search-suggestions");
    var sugTimer = null, sugAsked = "";
    if (sugInput && sugBox) {
      sugInput.addEventListener("input", function () {
        clearTimeout(sugTimer);
        sugTimer = setTimeout(function () {
          var q = sugInput.value.trim();
          if (q.length < 3) { sugBox.hidden = true; return; }
          if (q === sugAsked) return;
          sugAsked = q;
          var lang = overlay.getAttribute("data-lang") || "";
          searchApi("/api/v1/search?limit=5&lang=" + encodeURIComponent(lang) + "&q=" + encodeURIComponent(q))
            .then(function (d) {
              if (!d || !d.results || sugInput.value.trim() !== q) return;
              fill(sugBox, d.results, function (r) {
                var u = new URL(r.url, location.href);
                return link(u.pathname, r.title);
              });
            }, function () { /* the form still works */ });
        }, 250);
      });
    }
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

  // Most-read tabs: pairs of .tab-title + .tab-panel become tabs. The titles move into a
  // tablist of their own before the panels (a tablist may hold only tabs); each panel is
  // labelled by its tab. Without JS they stay headings, each above its list.
  document.querySelectorAll("[data-tabs]").forEach(function (box, k) {
    var titles = box.querySelectorAll(".tab-title");
    var panels = box.querySelectorAll(".tab-panel");
    if (titles.length < 2 || titles.length !== panels.length) return;
    var list = document.createElement("div");
    list.className = "tab-list";
    list.setAttribute("role", "tablist");
    var region = box.closest("[aria-labelledby]");
    if (region) list.setAttribute("aria-labelledby", region.getAttribute("aria-labelledby"));
    titles.forEach(function (t, i) {
      if (!t.id) t.id = "tabs-" + k + "-" + i;
      if (!panels[i].id) panels[i].id = t.id + "-panel";
      t.setAttribute("aria-controls", panels[i].id);
      panels[i].setAttribute("aria-labelledby", t.id);
      // A panel with nothing to focus (the "no data yet" note) is reached with Tab itself.
      if (!panels[i].querySelector("a[href], button, input")) panels[i].tabIndex = 0;
      list.appendChild(t);
    });
    box.insertBefore(list, box.firstChild);
    box.classList.add("tabs-ready");
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

/* ------------------------------------------------------------------ */
/* Embeds (SPEC N3; docs/markdown.md, "Embeds")                        */
/* ------------------------------------------------------------------ */
/* crates/markdown writes a pasted provider URL as
     <figure class="embed embed-KEY" data-embed="KEY" data-embed-id="ID">
       <figcaption class="embed-provider">Name</figcaption><a class="embed-link" href="…">…</a>
     </figure>
   Nothing of the provider loads until the reader clicks the button added here. The frame's
   address is BUILT from KEY and ID with the patterns of crates/markdown/src/embed.rs (never read
   from the page); an unknown KEY or an ID that does not match stays a plain link. The button's
   label is the page's data-embed-label (on <html> or <body>, "{provider}" replaced by the
   provider's name), an optional data-embed-note is shown under it. */
(function () {
  "use strict";
  var FB = "https://www.facebook.com/";
  var PROVIDERS = {
    "youtube": {
      name: "YouTube", video: true, id: /^[A-Za-z0-9_-]{11}$/,
      src: function (m) { return "https://www.youtube-nocookie.com/embed/" + m[0]; }
    },
    "x": {
      name: "X", id: /^[0-9]{1,20}$/,
      src: function (m) { return "https://platform.twitter.com/embed/Tweet.html?id=" + m[0]; }
    },
    "telegram": {
      name: "Telegram", id: /^([A-Za-z][A-Za-z0-9_]{4,31})\/([0-9]{1,10})$/,
      src: function (m) { return "https://t.me/" + m[1] + "/" + m[2] + "?embed=1"; }
    },
    "instagram": {
      name: "Instagram", id: /^[A-Za-z0-9_-]{5,64}$/,
      src: function (m) { return "https://www.instagram.com/p/" + m[0] + "/embed"; }
    },
    "facebook": {
      name: "Facebook", id: /^(?!\.+\/)([A-Za-z0-9.]{1,50})\/([A-Za-z0-9]{1,80})$/,
      src: function (m) {
        return FB + "plugins/post.php?href=" + encodeURIComponent(FB + m[1] + "/posts/" + m[2]);
      }
    },
    "facebook-video": {
      name: "Facebook", video: true, id: /^(?:(?!\.+\/)([A-Za-z0-9.]{1,50})\/)?([0-9]{1,20})$/,
      src: function (m) {
        var page = m[1] ? FB + m[1] + "/videos/" + m[2] : FB + "watch/?v=" + m[2];
        return FB + "plugins/video.php?href=" + encodeURIComponent(page);
      }
    }
  };

  function text(name, fallback, provider) {
    var d = document.documentElement;
    var t = d.getAttribute(name) || (document.body && document.body.getAttribute(name)) || fallback;
    return t.split("{provider}").join(provider);
  }

  function load(fig, p, m) {
    var frame = document.createElement("iframe");
    // Sandbox first, address last: the frame never runs unsandboxed.
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("title", p.name);
    if (p.video) {
      frame.setAttribute("allow", "encrypted-media; picture-in-picture; fullscreen");
      frame.setAttribute("allowfullscreen", "");
    }
    frame.src = p.src(m);
    var box = document.createElement("div");
    box.className = "embed-frame " + (p.video ? "embed-frame-video" : "embed-frame-post");
    box.appendChild(frame);
    var link = fig.querySelector(".embed-link");
    if (link) link.hidden = true; // kept for print (the frame is not printed)
    fig.querySelectorAll(".embed-load, .embed-note").forEach(function (el) { el.remove(); });
    fig.appendChild(box);
    fig.classList.add("embed-loaded");
    frame.focus();
  }

  document.querySelectorAll("figure[data-embed]").forEach(function (fig) {
    if (fig.classList.contains("embed-ready")) return;
    var key = fig.getAttribute("data-embed") || "";
    var p = Object.prototype.hasOwnProperty.call(PROVIDERS, key) ? PROVIDERS[key] : null;
    var m = p ? p.id.exec(fig.getAttribute("data-embed-id") || "") : null;
    if (!m) return;
    fig.classList.add("embed-ready");
    var btn = document.createElement("button");
    btn.type = "button";
    btn.className = "embed-load";
    btn.textContent = text("data-embed-label", "Load content from {provider}", p.name);
    btn.addEventListener("click", function () { load(fig, p, m); });
    fig.appendChild(btn);
    var note = text("data-embed-note", "", p.name);
    if (note) {
      var small = document.createElement("p");
      small.className = "embed-note";
      small.textContent = note;
      fig.appendChild(small);
    }
  });
})();
