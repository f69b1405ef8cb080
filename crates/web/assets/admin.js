// Masthead newsroom: the little script the admin pages use. Loaded with the
// response's CSP nonce; nothing inline. Without it every form still works.
(function () {
  "use strict";

  // Destructive actions ask once and say what will happen (data-confirm).
  document.addEventListener("submit", function (e) {
    var btn = e.submitter;
    var msg = btn && btn.getAttribute("data-confirm");
    if (msg && !window.confirm(msg)) {
      e.preventDefault();
    }
  });

  // Copy a one-time link to the clipboard.
  document.addEventListener("click", function (e) {
    var btn = e.target.closest && e.target.closest(".js-copy");
    if (!btn) return;
    var field = document.querySelector(btn.getAttribute("data-copy"));
    if (!field) return;
    field.select();
    var done = function () {
      if (btn.hasAttribute("data-label")) return;
      var label = btn.textContent;
      btn.setAttribute("data-label", label);
      btn.textContent = btn.getAttribute("data-copied") || label;
      setTimeout(function () {
        btn.textContent = label;
        btn.removeAttribute("data-label");
      }, 2000);
    };
    // Where the async clipboard is missing or refused (plain http), the older
    // command still copies the selected text.
    var fallback = function () {
      try {
        field.focus();
        field.select();
        var ok = document.execCommand("copy");
        btn.focus();
        if (ok) done();
      } catch (err) { /* the link stays selected: copy it by hand */ }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).then(done, fallback);
    } else {
      fallback();
    }
  });

  // Focus the first field with an error, so keyboard and screen-reader users land on it.
  var bad = document.querySelector('[aria-invalid="true"]');
  if (bad) bad.focus();
})();

// ===== desk: the article editor, its history and the media library (SPEC N3–N5, N9, N10) =====
// Everything here is wired by data-* attributes of editor.html, history.html and media.html;
// without it the pages still work as plain forms.
(function () {
  "use strict";

  var STORE_PREFIX = "masthead-draft:";
  var PENDING_CLEAR = "masthead-draft-clear";
  var AUTOSAVE_EVERY = 20000;
  var PREVIEW_AFTER = 1000;

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function fill(msg, name, value) { return String(msg || "").split("{" + name + "}").join(value); }

  // A time of day in the site's zone ("12:41"), falling back to the browser's.
  function clock(date, tz) {
    var lang = document.documentElement.lang || undefined;
    var opts = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    try {
      return date.toLocaleTimeString(lang, Object.assign({ timeZone: tz || undefined }, opts));
    } catch (e) {
      return date.toLocaleTimeString(lang, opts);
    }
  }
  function dateTime(date, tz) {
    var lang = document.documentElement.lang || undefined;
    var opts = { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    try {
      return date.toLocaleString(lang, Object.assign({ timeZone: tz || undefined }, opts));
    } catch (e) {
      return date.toLocaleString(lang, opts);
    }
  }

  function storage() {
    try {
      var s = window.localStorage;
      var k = STORE_PREFIX + "probe";
      s.setItem(k, "1");
      s.removeItem(k);
      return s;
    } catch (e) { return null; }
  }

  // ---- Copy a media item's Markdown (data-copy holds the text itself). ----
  document.addEventListener("click", function (e) {
    var btn = e.target.closest && e.target.closest(".js-copy-md");
    if (!btn) return;
    var text = btn.getAttribute("data-copy") || "";
    var live = $("[data-copy-state]");
    var said = btn.getAttribute("data-copied") || "";
    var done = function () {
      if (live) { live.textContent = ""; setTimeout(function () { live.textContent = said; }, 50); }
      if (btn.hasAttribute("data-label")) return;
      var label = btn.textContent;
      btn.setAttribute("data-label", label);
      btn.textContent = said || label;
      btn.classList.add("is-done");
      setTimeout(function () {
        btn.textContent = label;
        btn.removeAttribute("data-label");
        btn.classList.remove("is-done");
      }, 2000);
    };
    var fallback = function () {
      var ta = document.createElement("textarea");
      ta.value = text;
      ta.setAttribute("readonly", "");
      ta.className = "visually-hidden";
      document.body.appendChild(ta);
      ta.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
      document.body.removeChild(ta);
      btn.focus();
      if (ok) done();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  });

  // ---- Media library: refuse a file that is too large before sending it. ----
  $$("[data-media-upload]").forEach(function (form) {
    var input = $('input[type="file"]', form);
    var max = parseInt(form.getAttribute("data-max-bytes"), 10) || 0;
    if (!input || !max) return;
    input.addEventListener("change", function () {
      var f = input.files && input.files[0];
      input.setCustomValidity(f && f.size > max ? form.getAttribute("data-msg-too-large") || "" : "");
      if (f && f.size > max) input.reportValidity();
    });
  });

  var form = $("form[data-editor]");
  if (!form) return;

  // ================= The editor =================
  var store = storage();
  var tz = form.getAttribute("data-tz") || "";
  var body = $("[data-md-body]", form);
  var saveState = $("[data-save-state]");
  var revisionFields = $$("[data-revision]");
  var previewButton = $("[data-preview-button]", form);
  var submitting = false;

  function msg(name) { return form.getAttribute("data-msg-" + name) || ""; }
  function say(text, kind) {
    if (!saveState) return;
    saveState.textContent = text;
    saveState.className = "save-state" + (kind ? " is-" + kind : "");
  }
  function formPath() {
    // getAttribute: the form has fields named "action", which shadow the property.
    var a = form.getAttribute("action") || location.pathname;
    try { return new URL(a, location.href).pathname; } catch (e) { return a; }
  }
  function storeKey() { return STORE_PREFIX + formPath(); }

  // What the form holds, as name → value (the token, the revision and the preview's own fields
  // left out): compared to tell whether anything changed.
  var SKIP = { csrf: 1, revision: 1, id: 1, preview: 1 };
  function values() {
    var out = {};
    $$("input, textarea, select", form).forEach(function (el) {
      if (!el.name || SKIP[el.name] || el.disabled) return;
      if (el.type === "submit" || el.type === "button" || el.type === "file") return;
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) out[el.name] = el.value;
        else if (!(el.name in out)) out[el.name] = "";
        return;
      }
      out[el.name] = el.value;
    });
    return out;
  }
  function same(a, b) {
    var keys = Object.keys(a).concat(Object.keys(b));
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i];
      if ((a[k] || "") !== (b[k] || "")) return false;
    }
    return true;
  }
  function setValues(v) {
    $$("input, textarea, select", form).forEach(function (el) {
      if (!el.name || SKIP[el.name] || el.name === "edition" || !(el.name in v)) return;
      if (el.type === "checkbox" || el.type === "radio") el.checked = v[el.name] === el.value;
      else if (el.type !== "submit" && el.type !== "button" && el.type !== "file") el.value = v[el.name];
    });
    form.dispatchEvent(new Event("input", { bubbles: true }));
  }

  var saved = values(); // as last saved (the page as it came)

  function dirty() { return !same(values(), saved); }

  // ---- Counters of the fields with a limit ("12 / 300"). ----
  $$("[data-count]", form).forEach(function (el) {
    var out = $('[data-counter-for="' + el.id + '"]', form);
    var max = parseInt(el.getAttribute("maxlength"), 10);
    if (!out || !max) return;
    var update = function () {
      var n = Array.from(el.value).length;
      out.textContent = n + " / " + max;
      out.classList.toggle("is-near", n >= max * 0.9);
    };
    el.addEventListener("input", update);
    update();
  });

  // ---- Text areas that grow with what is typed (the lead, the description). ----
  var sizesItself = window.CSS && CSS.supports && CSS.supports("field-sizing", "content");
  $$("textarea[data-grow]", form).forEach(function (el) {
    if (sizesItself) return;
    var grow = function () {
      var y = window.scrollY;
      el.style.height = "auto";
      el.style.height = Math.max(el.scrollHeight + 2, el.getBoundingClientRect().height) + "px";
      if (window.scrollY !== y) window.scrollTo(window.scrollX, y);
    };
    el.addEventListener("input", grow);
    grow();
  });

  // ---- Words and reading time of the body. ----
  var wc = $("[data-word-count]", form);
  function countWords() {
    if (!wc || !body) return;
    var text = body.value.replace(/!\[[^\]]*\]\([^)]*\)/g, " ").replace(/[#>*_`\[\]()-]+/g, " ");
    var words = text.split(/\s+/).filter(function (w) { return /[\p{L}\p{N}]/u.test(w); }).length;
    var minutes = Math.max(1, Math.round(words / 200));
    var n = new Intl.NumberFormat(document.documentElement.lang || undefined);
    wc.textContent = "· " + wc.getAttribute("data-msg-words") + ": " + n.format(words) +
      " · " + wc.getAttribute("data-msg-minutes") + ": ≈" + n.format(minutes);
  }
  if (body) { body.addEventListener("input", countWords); countWords(); }

  // ---- Search result preview: what a search engine will likely show. ----
  var serp = $("[data-serp]", form);
  if (serp) {
    var serpTitle = $("[data-serp-title]", serp);
    var serpDesc = $("[data-serp-desc]", serp);
    var field = function (n) { var el = form.elements[n]; return el ? el.value.trim() : ""; };
    var cut = function (s, n) { s = Array.from(s); return s.length > n ? s.slice(0, n - 1).join("") + "…" : s.join(""); };
    var drawSerp = function () {
      var title = field("seo_title") || field("title");
      var desc = field("seo_description") || field("lead");
      serp.hidden = !title;
      serpTitle.textContent = cut(title, 65);
      serpDesc.textContent = cut(desc, 160);
    };
    form.addEventListener("input", drawSerp);
    drawSerp();
  }

  // ---- The tag list completes the last name typed after a comma. ----
  var tags = $("[data-tags]", form);
  var tagList = $("#tag-names");
  if (tags && tagList) {
    var names = $$("option", tagList).map(function (o) { return o.value; });
    var kicker = form.elements.kicker;
    if (kicker) {
      // The kicker keeps the whole list; the tags field gets its own.
      var own = tagList.cloneNode(true);
      own.id = "tag-names-tags";
      tagList.parentNode.appendChild(own);
      tags.setAttribute("list", own.id);
      tagList = own;
    }
    tags.addEventListener("input", function () {
      var v = tags.value;
      var cutAt = Math.max(v.lastIndexOf(","), v.lastIndexOf(";"));
      var head = cutAt >= 0 ? v.slice(0, cutAt + 1) + " " : "";
      var typed = (cutAt >= 0 ? v.slice(cutAt + 1) : v).trim().toLowerCase();
      var have = v.split(/[,;]/).map(function (s) { return s.trim().toLowerCase(); });
      var frag = document.createDocumentFragment();
      names.filter(function (n) {
        var l = n.toLowerCase();
        return (!typed || l.indexOf(typed) !== -1) && have.indexOf(l) === -1;
      }).slice(0, 50).forEach(function (n) {
        var o = document.createElement("option");
        o.value = head.replace(/\s+$/, " ") + n;
        frag.appendChild(o);
      });
      tagList.textContent = "";
      tagList.appendChild(frag);
    });
  }

  // ---- A new article's edition: its sections and tags differ, so the page is reloaded. ----
  var editionSwitch = $("[data-edition-switch]", form);
  if (editionSwitch) {
    var startEdition = editionSwitch.value;
    editionSwitch.addEventListener("change", function () {
      var to = editionSwitch.value;
      $$("[data-edition-lang]", form).forEach(function (el) { el.setAttribute("lang", to); });
      if (to === startEdition) return;
      keepCopy(true);
      submitting = true; // the copy is kept: the page may go
      location.href = "/admin/articles/new?edition=" + encodeURIComponent(to);
    });
  }

  // ================= Markdown toolbar =================
  var toolbar = $("[data-md-toolbar]", form);

  // Replaces body[start, end) with text, keeping the browser's undo history where it can,
  // then selects [selStart, selEnd) of the new text.
  function replaceRange(start, end, text, selStart, selEnd) {
    body.focus();
    body.setSelectionRange(start, end);
    var ok = false;
    try { ok = document.execCommand("insertText", false, text); } catch (e) { ok = false; }
    if (!ok || body.value.slice(start, start + text.length) !== text) {
      body.setRangeText(text, start, end, "end");
      body.dispatchEvent(new Event("input", { bubbles: true }));
    }
    body.setSelectionRange(start + selStart, start + selEnd);
  }

  function wrap(marker) {
    var s = body.selectionStart, e = body.selectionEnd, v = body.value;
    var sel = v.slice(s, e);
    // Leave spaces outside the markers ("**word** " not "**word **").
    var lead = sel.match(/^\s*/)[0].length, trail = sel.match(/\s*$/)[0].length;
    if (lead === sel.length) { lead = 0; trail = 0; }
    s += lead; e -= trail; sel = v.slice(s, e);
    var m = marker.length;
    if (v.slice(s - m, s) === marker && v.slice(e, e + m) === marker &&
        !(marker === "*" && v.slice(s - 2, s) === "**" && v.slice(e, e + 2) === "**" && v.slice(s - 3, s) !== "***")) {
      replaceRange(s - m, e + m, sel, 0, sel.length); // already marked: unmark
      return;
    }
    if (sel.slice(0, m) === marker && sel.slice(-m) === marker && sel.length >= 2 * m) {
      var inner = sel.slice(m, sel.length - m);
      replaceRange(s, e, inner, 0, inner.length);
      return;
    }
    replaceRange(s, e, marker + sel + marker, m, m + sel.length);
  }

  // The whole lines the selection touches.
  function lineRange() {
    var v = body.value;
    var s = v.lastIndexOf("\n", body.selectionStart - 1) + 1;
    var e = body.selectionEnd;
    if (e > s && v[e - 1] === "\n") e -= 1;
    var nl = v.indexOf("\n", e);
    e = nl === -1 ? v.length : nl;
    return [s, e];
  }

  function prefixLines(kind) {
    var r = lineRange(), v = body.value;
    var lines = v.slice(r[0], r[1]).split("\n");
    var pattern = {
      heading: /^#{1,6}\s+/,
      quote: /^>\s?/,
      ul: /^[-*+]\s+/,
      ol: /^\d+[.)]\s+/
    }[kind];
    var all = lines.every(function (l) { return !l.trim() || pattern.test(l); }) && lines.some(function (l) { return pattern.test(l); });
    var n = 0;
    var out = lines.map(function (l) {
      if (all) return l.replace(pattern, "");
      if (!l.trim() && lines.length > 1) return l;
      // Another block marker is replaced, not stacked ("- " becomes "1. ").
      var bare = l.replace(/^(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, "");
      n += 1;
      return ({ heading: "## ", quote: "> ", ul: "- ", ol: n + ". " })[kind] + bare;
    }).join("\n");
    // A block starts after an empty line, so Markdown does not glue it to the paragraph above.
    var before = v.slice(0, r[0]);
    var pad = "";
    if (!all && before && !/\n\n$/.test(before) && kind !== "quote" && !pattern.test(before.split("\n").slice(-2)[0] || "")) {
      pad = /\n$/.test(before) ? "\n" : "\n\n";
    }
    // On an empty line: put the marker and the caret after it, so typing starts the item.
    if (!all && lines.length === 1 && !lines[0].trim()) {
      var marker = ({ heading: "## ", quote: "> ", ul: "- ", ol: "1. " })[kind];
      var at = pad.length + marker.length;
      replaceRange(r[0], r[1], pad + marker, at, at);
      return;
    }
    replaceRange(r[0], r[1], pad + out, pad.length, pad.length + out.length);
  }

  function link() {
    var s = body.selectionStart, e = body.selectionEnd, v = body.value;
    var sel = v.slice(s, e);
    if (/^https?:\/\/\S+$/.test(sel.trim())) {
      replaceRange(s, e, "[](" + sel.trim() + ")", 1, 1);
      return;
    }
    var text = "[" + sel + "](https://)";
    if (sel) replaceRange(s, e, text, sel.length + 3, sel.length + 11);
    else replaceRange(s, e, text, 1, 1);
  }

  function format(kind) {
    if (!body) return;
    if (kind === "bold") wrap("**");
    else if (kind === "italic") wrap("*");
    else if (kind === "link") link();
    else if (kind === "image") pickImage("body");
    else prefixLines(kind);
  }

  if (toolbar && body) {
    toolbar.hidden = false;
    var tools = $$("button", toolbar);
    // One tab stop for the toolbar; arrows move within it.
    tools.forEach(function (b, i) { b.tabIndex = i === 0 ? 0 : -1; });
    toolbar.addEventListener("keydown", function (e) {
      var i = tools.indexOf(document.activeElement);
      if (i < 0) return;
      var to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tools.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      to = (to + tools.length) % tools.length;
      tools[i].tabIndex = -1;
      tools[to].tabIndex = 0;
      tools[to].focus();
    });
    // Keep the text's selection when a tool is pressed with the mouse.
    toolbar.addEventListener("mousedown", function (e) {
      if (e.target.closest("button")) e.preventDefault();
    });
    toolbar.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-md]");
      if (!b) return;
      tools.forEach(function (t) { t.tabIndex = t === b ? 0 : -1; });
      format(b.getAttribute("data-md"));
    });
    body.addEventListener("keydown", function (e) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      var k = e.key.toLowerCase();
      var kind = { b: "bold", i: "italic", k: "link" }[k];
      if (kind && !e.shiftKey) {
        e.preventDefault();
        format(kind);
      }
    });
    // Enter in a list continues it; on an empty item it ends the list.
    body.addEventListener("keydown", function (e) {
      if (e.key !== "Enter" || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (body.selectionStart !== body.selectionEnd) return;
      var v = body.value, pos = body.selectionStart;
      var start = v.lastIndexOf("\n", pos - 1) + 1;
      var line = v.slice(start, pos);
      var m = line.match(/^(\s*)([-*+]|(\d+)[.)])\s+(.*)$/);
      if (!m) return;
      e.preventDefault();
      if (!m[4].trim()) { replaceRange(start, pos, "", 0, 0); return; }
      var next = m[3] ? (parseInt(m[3], 10) + 1) + m[2].slice(-1) : m[2];
      var ins = "\n" + m[1] + next + " ";
      replaceRange(pos, pos, ins, ins.length, ins.length);
    });
  }

  // ---- Pasting from a web page or a word processor keeps links and paragraphs, not styling. ----
  var BLOCKS = /^(address|article|aside|blockquote|body|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)$/;
  var SKIPPED = /^(script|style|template|noscript|head|title|meta|link|img|iframe|svg|object|video|audio|button|input|select|textarea)$/;
  function toMarkdown(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var out = [];
    function hasBlock(el) {
      for (var c = el.firstElementChild; c; c = c.nextElementSibling) {
        if (BLOCKS.test(c.tagName.toLowerCase()) || hasBlock(c)) return true;
      }
      return false;
    }
    // The text of an element's children with bold, italic and links kept.
    function inline(node) {
      var s = "";
      node.childNodes.forEach(function (c) {
        if (c.nodeType === 3) { s += c.nodeValue.replace(/\s+/g, " "); return; }
        if (c.nodeType !== 1) return;
        var tag = c.tagName.toLowerCase();
        if (SKIPPED.test(tag)) return;
        if (tag === "br") { s += "\n"; return; }
        var inner = inline(c);
        var href = tag === "a" ? c.getAttribute("href") || "" : "";
        if (href && /^(https?:|mailto:)/i.test(href) && inner.trim()) {
          s += "[" + inner.trim().replace(/\n+/g, " ") + "](" + href.replace(/\)/g, "%29").replace(/ /g, "%20") + ")";
          return;
        }
        var style = (c.getAttribute("style") || "").toLowerCase();
        var bold = tag === "strong" || (tag === "b" && !/font-weight:\s*(normal|[1-4]00)/.test(style)) || /font-weight:\s*(bold|[6-9]00)/.test(style);
        var ital = tag === "em" || tag === "i" || /font-style:\s*italic/.test(style);
        if (inner.trim() && (bold || ital)) {
          var mk = bold && ital ? "***" : bold ? "**" : "*";
          var lead = inner.match(/^\s*/)[0], trail = inner.match(/\s*$/)[0];
          s += lead + mk + inner.trim() + mk + trail;
          return;
        }
        s += inner;
      });
      return s;
    }
    function push(text, prefix) {
      var t = text.replace(/[ \t]+\n/g, "\n").replace(/\n[ \t]+/g, "\n").trim();
      if (t) out.push(prefix + t.split("\n").join("\n" + prefix));
    }
    function block(node, prefix) {
      var buf = "";
      var flush = function () { push(buf, prefix); buf = ""; };
      node.childNodes.forEach(function (c) {
        if (c.nodeType === 3) { buf += c.nodeValue.replace(/\s+/g, " "); return; }
        if (c.nodeType !== 1) return;
        var tag = c.tagName.toLowerCase();
        if (SKIPPED.test(tag)) return;
        if (/^h[1-6]$/.test(tag)) {
          flush();
          var h = inline(c).trim().replace(/\n+/g, " ").replace(/^\*+|\*+$/g, "");
          if (h) out.push(prefix + (tag === "h1" || tag === "h2" ? "## " : "### ") + h);
          return;
        }
        if (tag === "p" || tag === "pre") { flush(); push(inline(c), prefix); return; }
        if (tag === "blockquote") { flush(); block(c, prefix + "> "); return; }
        if (tag === "ul" || tag === "ol") {
          flush();
          var n = 0, items = [];
          Array.prototype.forEach.call(c.children, function (li) {
            if (li.tagName.toLowerCase() !== "li") return;
            n += 1;
            var t = inline(li).trim().replace(/\s*\n+\s*/g, " ");
            if (t) items.push(prefix + (tag === "ol" ? n + ". " : "- ") + t);
          });
          if (items.length) out.push(items.join("\n"));
          return;
        }
        if (tag === "hr") { flush(); return; }
        if (BLOCKS.test(tag) || hasBlock(c)) { flush(); block(c, prefix); return; }
        // An inline element (a word processor's span, a link): its text joins the paragraph.
        var holder = document.createElement("div");
        holder.appendChild(c.cloneNode(true));
        buf += inline(holder);
      });
      flush();
    }
    block(doc.body, "");
    return out.join("\n\n").replace(/\n{3,}/g, "\n\n").trim();
  }

  // ================= Pictures: upload from the toolbar, by drop or paste, and the cover =================
  var dialog = $("[data-upload-dialog]");
  var fileInput = $("[data-upload-input]");
  var uploadState = $("[data-upload-state]", form);
  var uploadTarget = "body";
  var uploadFile = null;
  var uploadAt = null;
  var coverButton = $("[data-cover-upload]", form);
  var coverUrl = $("[data-cover-url]", form);
  var coverThumb = $("[data-cover-thumb]", form);

  function status(el, text, kind) {
    if (!el) return;
    el.textContent = text;
    el.className = el.className.replace(/\s*is-\w+/g, "") + (kind ? " is-" + kind : "");
  }

  function pickImage(target) {
    if (!dialog || !fileInput || typeof dialog.showModal !== "function") return;
    uploadTarget = target;
    if (target === "body" && body) uploadAt = [body.selectionStart, body.selectionEnd];
    fileInput.value = "";
    fileInput.click();
  }

  function openDialog(file) {
    if (!dialog) return;
    uploadFile = file;
    var f = $("[data-upload-form]", dialog);
    f.reset();
    $("[data-upload-error]", dialog).textContent = "";
    $("[data-upload-name]", dialog).textContent = file.name || "";
    if (uploadTarget === "cover") {
      var alt = $("[data-cover-alt]", form), cap = $("[data-cover-caption]", form), cr = $("[data-cover-credit]", form);
      if (alt && alt.value) f.elements.alt.value = alt.value;
      if (cap && cap.value) f.elements.caption.value = cap.value;
      if (cr && cr.value) f.elements.credit.value = cr.value;
    }
    var img = $("[data-upload-preview]", dialog);
    img.hidden = true;
    img.removeAttribute("src");
    if (file.size < 15 * 1024 * 1024 && /^image\//.test(file.type)) {
      // A data: address: the newsroom's policy allows no blob: images.
      var reader = new FileReader();
      reader.onload = function () { img.src = reader.result; img.hidden = false; };
      reader.readAsDataURL(file);
    }
    dialog.showModal();
    f.elements.alt.focus();
  }

  function closeDialog() {
    if (dialog && dialog.open) dialog.close();
    uploadFile = null;
    if (uploadTarget === "cover" && coverButton) coverButton.focus();
    else if (body) body.focus();
  }

  if (dialog && fileInput && typeof dialog.showModal === "function") {
    fileInput.addEventListener("change", function () {
      var f = fileInput.files && fileInput.files[0];
      if (f) openDialog(f);
    });
    $("[data-upload-cancel]", dialog).addEventListener("click", closeDialog);
    dialog.addEventListener("cancel", function () { uploadFile = null; });
    var upForm = $("[data-upload-form]", dialog);
    upForm.addEventListener("submit", function (e) {
      e.preventDefault();
      if (!uploadFile) return;
      var err = $("[data-upload-error]", dialog);
      var go = $("[data-upload-go]", dialog);
      var alt = upForm.elements.alt.value.trim();
      if (!alt) { upForm.elements.alt.focus(); return; }
      var fd = new FormData();
      fd.append("file", uploadFile, uploadFile.name || "image");
      fd.append("alt", alt);
      fd.append("caption", upForm.elements.caption.value.trim());
      fd.append("credit", upForm.elements.credit.value.trim());
      fd.append("format", "json");
      go.disabled = true;
      err.textContent = "";
      status(uploadState, dialog.getAttribute("data-msg-uploading"), "busy");
      var target = uploadTarget;
      var caption = upForm.elements.caption.value.trim();
      var credit = upForm.elements.credit.value.trim();
      fetch(dialog.getAttribute("data-url"), {
        method: "POST",
        body: fd,
        credentials: "same-origin",
        headers: { "X-CSRF-Token": dialog.getAttribute("data-csrf"), "Accept": "application/json" }
      }).then(function (r) {
        return r.json().then(function (j) { return { ok: r.status === 201 || r.ok, j: j }; }, function () { return { ok: false, j: null }; });
      }).then(function (res) {
        go.disabled = false;
        if (!res.ok || !res.j || res.j.error) {
          var m = (res.j && res.j.error && res.j.error.message) || dialog.getAttribute("data-msg-failed");
          err.textContent = m;
          status(uploadState, m, "error");
          if (res.j && res.j.error && res.j.error.field === "alt") upForm.elements.alt.focus();
          return;
        }
        closeDialog();
        if (target === "cover") {
          if (coverUrl) { coverUrl.value = res.j.url; }
          var a = $("[data-cover-alt]", form), c = $("[data-cover-caption]", form), cr = $("[data-cover-credit]", form);
          if (a) a.value = res.j.alt || alt;
          if (c && caption) c.value = caption;
          if (cr && credit) cr.value = credit;
          showCover();
          form.dispatchEvent(new Event("input", { bubbles: true }));
          status(uploadState, dialog.getAttribute("data-msg-cover"), "ok");
        } else if (body) {
          var at = uploadAt || [body.value.length, body.value.length];
          var v = body.value;
          // An image is a paragraph of its own.
          var before = v.slice(0, at[0]), after = v.slice(at[1]);
          var pre = !before || /\n\n$/.test(before) ? "" : /\n$/.test(before) ? "\n" : "\n\n";
          var post = !after || /^\n\n/.test(after) ? "" : /^\n/.test(after) ? "\n" : "\n\n";
          var text = pre + res.j.markdown + post;
          replaceRange(at[0], at[1], text, text.length, text.length);
          status(uploadState, dialog.getAttribute("data-msg-inserted"), "ok");
        }
      }, function () {
        go.disabled = false;
        var m = dialog.getAttribute("data-msg-failed");
        err.textContent = m;
        status(uploadState, m, "error");
      });
    });
    if (coverButton) {
      coverButton.hidden = false;
      coverButton.addEventListener("click", function () { pickImage("cover"); });
    }
    if (body) {
      var imageOf = function (dt) {
        if (!dt || !dt.files) return null;
        for (var i = 0; i < dt.files.length; i++) {
          if (/^image\/(jpeg|png|webp|gif)$/.test(dt.files[i].type)) return dt.files[i];
        }
        return null;
      };
      body.addEventListener("dragover", function (e) {
        if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], "Files") !== -1) {
          e.preventDefault();
          body.classList.add("is-drop");
        }
      });
      body.addEventListener("dragleave", function () { body.classList.remove("is-drop"); });
      body.addEventListener("drop", function (e) {
        body.classList.remove("is-drop");
        var f = imageOf(e.dataTransfer);
        if (!f) return;
        e.preventDefault();
        uploadTarget = "body";
        uploadAt = [body.selectionStart, body.selectionEnd];
        openDialog(f);
      });
    }
  }

  if (body) {
    body.addEventListener("paste", function (e) {
      var dt = e.clipboardData;
      if (!dt) return;
      if (dialog && typeof dialog.showModal === "function" && dt.files && dt.files.length) {
        for (var i = 0; i < dt.files.length; i++) {
          if (/^image\/(jpeg|png|webp|gif)$/.test(dt.files[i].type)) {
            e.preventDefault();
            uploadTarget = "body";
            uploadAt = [body.selectionStart, body.selectionEnd];
            openDialog(dt.files[i]);
            return;
          }
        }
      }
      var plain = dt.getData("text/plain") || "";
      if (/^\s*https?:\/\/\S+\s*$/.test(plain)) return; // a bare address stays bare (embeds)
      var html = dt.getData("text/html");
      if (!html || !/<(p|a|h[1-6]|li|br|div|b|strong|em|i|blockquote)\b/i.test(html)) return;
      var md = toMarkdown(html);
      if (!md || md === plain.trim()) return;
      e.preventDefault();
      var s = body.selectionStart, en = body.selectionEnd;
      replaceRange(s, en, md, md.length, md.length);
    });
  }

  function showCover() {
    if (!coverThumb || !coverUrl) return;
    var u = coverUrl.value.trim();
    var local = u.charAt(0) === "/" && u.charAt(1) !== "/";
    coverThumb.hidden = !local;
    if (local) coverThumb.src = u; else coverThumb.removeAttribute("src");
  }
  if (coverUrl) coverUrl.addEventListener("change", showCover);

  // ================= Preview =================
  var panel = $("[data-preview-panel]");
  var frame = $("[data-preview-frame]");
  var wrapEl = $("[data-preview-wrap]");
  var emptyNote = $("[data-preview-empty]");
  var previewDirty = true;
  var previewTimer = null;
  var frameScroll = 0;
  var wide = window.matchMedia("(min-width: 75rem)");

  function previewVisible() {
    if (!panel || !frame || !panel.open) return false;
    var r = frame.getBoundingClientRect();
    return r.width > 0 && r.bottom > 0 && r.top < (window.innerHeight || document.documentElement.clientHeight);
  }
  function refreshPreview() {
    if (!previewButton || !previewVisible()) return;
    var title = form.elements.title;
    if (title && !title.value.trim()) return; // nothing to show yet
    try { frameScroll = frame.contentWindow ? frame.contentWindow.scrollY : 0; } catch (e) { frameScroll = 0; }
    previewDirty = false;
    if (typeof form.requestSubmit === "function") form.requestSubmit(previewButton);
    else previewButton.click();
  }
  function schedulePreview() {
    previewDirty = true;
    clearTimeout(previewTimer);
    previewTimer = setTimeout(refreshPreview, PREVIEW_AFTER);
  }

  if (panel && frame) {
    if (!wide.matches) panel.open = false;
    var previewTools = $("[data-preview-tools]", panel);
    if (previewTools) previewTools.hidden = false;
    frame.addEventListener("load", function () {
      var doc = null;
      try { doc = frame.contentDocument; } catch (e) { doc = null; }
      if (doc && doc.location && doc.location.href === "about:blank") return;
      if (emptyNote) emptyNote.hidden = true;
      if (doc && frameScroll) {
        try { frame.contentWindow.scrollTo(0, frameScroll); } catch (e) { /* another origin */ }
      }
      // Links inside the preview open outside the editor.
      if (doc) {
        $$("a[href]", doc).forEach(function (a) { a.setAttribute("target", "_blank"); a.setAttribute("rel", "noopener"); });
      }
    });
    panel.addEventListener("toggle", function () { if (panel.open && previewDirty) schedulePreview(); });
    if (previewButton) {
      previewButton.addEventListener("click", function () {
        previewDirty = false;
        if (!panel.open) panel.open = true;
        if (!wide.matches) setTimeout(function () { panel.scrollIntoView({ behavior: "smooth", block: "start" }); }, 50);
      });
    }
    if ("IntersectionObserver" in window) {
      new IntersectionObserver(function (entries) {
        if (entries.some(function (en) { return en.isIntersecting; }) && previewDirty) schedulePreview();
      }).observe(frame);
    }
    form.addEventListener("input", schedulePreview);
    form.addEventListener("change", schedulePreview);

    // Phone width (the frame as it is) or desktop width (a 1280-pixel page scaled to fit).
    var sizeButtons = $$("[data-preview-size]", panel);
    var desktop = false;
    var fit = function () {
      if (!desktop) {
        frame.style.width = "";
        frame.style.height = "";
        frame.style.transform = "";
        return;
      }
      var w = wrapEl.clientWidth || 1;
      var s = w / 1280;
      frame.style.width = "1280px";
      frame.style.height = wrapEl.clientHeight / s + "px";
      frame.style.transform = "scale(" + s + ")";
    };
    sizeButtons.forEach(function (b) {
      b.addEventListener("click", function () {
        desktop = b.getAttribute("data-preview-size") === "desktop";
        sizeButtons.forEach(function (o) { o.setAttribute("aria-pressed", String(o === b)); });
        wrapEl.classList.toggle("is-desktop", desktop);
        fit();
      });
    });
    if ("ResizeObserver" in window) new ResizeObserver(fit).observe(wrapEl);
    if (!("IntersectionObserver" in window)) setTimeout(function () { if (previewVisible()) refreshPreview(); }, 300);
  }

  // ================= The browser's copy of unsaved text =================
  var copyTimer = null;
  function keepCopy(now) {
    if (!store) return;
    clearTimeout(copyTimer);
    var write = function () {
      try {
        var v = values();
        if (same(v, saved)) { store.removeItem(storeKey()); return; }
        var rev = form.elements.revision ? form.elements.revision.value : "";
        store.setItem(storeKey(), JSON.stringify({ at: new Date().toISOString(), revision: rev, values: v }));
      } catch (e) { /* full or refused: the server copy still counts */ }
    };
    if (now) write(); else copyTimer = setTimeout(write, 400);
  }

  if (store) {
    // After a successful save the stored copy is out of date (the address says so).
    var params = new URLSearchParams(location.search);
    if (params.has("done")) {
      store.removeItem(storeKey());
      try {
        var other = sessionStorage.getItem(PENDING_CLEAR);
        if (other) store.removeItem(other);
        sessionStorage.removeItem(PENDING_CLEAR);
      } catch (e) { /* no session storage */ }
    }
    var offer = $("[data-restore-offer]");
    var raw = null;
    try { raw = JSON.parse(store.getItem(storeKey()) || "null"); } catch (e) { raw = null; }
    var tooOld = raw && raw.at && Date.now() - Date.parse(raw.at) > 30 * 24 * 3600 * 1000;
    if (tooOld) { store.removeItem(storeKey()); raw = null; }
    var errorPage = !!$('[aria-invalid="true"], .conflict', document);
    if (raw && raw.values && !same(raw.values, values()) && offer && !errorPage) {
      var when = $("[data-restore-time]", offer);
      if (when) {
        when.setAttribute("datetime", raw.at);
        when.textContent = dateTime(new Date(raw.at), tz);
      }
      offer.hidden = false;
      $("[data-restore-apply]", offer).addEventListener("click", function () {
        setValues(raw.values);
        // Saved on the revision it was typed on: if the article moved on since, the save
        // shows the differences instead of overwriting them.
        if (raw.revision) revisionFields.forEach(function (el) { if (el.form === form) el.value = raw.revision; });
        offer.hidden = true;
        showCover();
        if (body) body.focus();
      });
      $("[data-restore-discard]", offer).addEventListener("click", function () {
        store.removeItem(storeKey());
        offer.hidden = true;
      });
    }
    form.addEventListener("input", function () { keepCopy(false); });
    form.addEventListener("change", function () { keepCopy(false); });
  }

  // ================= Saving: shortcuts, autosave, leaving =================
  var inflight = null;
  var autosave = form.getAttribute("data-autosave") === "on";
  var isNew = form.getAttribute("data-new") === "1";

  function saveButton() {
    return $("[data-shortcut-save]", form) || $("[data-save]", form);
  }

  // Enter in a one-line field does not send the form (a published article would change).
  form.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" || e.isComposing) return;
    var t = e.target;
    if (t.tagName === "INPUT" && !/^(submit|button|checkbox|radio|file)$/.test(t.type)) e.preventDefault();
  });

  document.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "s") {
      if (dialog && dialog.open) return;
      e.preventDefault();
      var b = saveButton();
      if (b && typeof form.requestSubmit === "function") form.requestSubmit(b);
      else if (b) b.click();
    }
  });

  // "Schedule" needs a time.
  $$("[data-needs-time]", form).forEach(function (b) {
    b.addEventListener("click", function (e) {
      var at = form.elements.publish_at;
      if (at && !at.value) {
        e.preventDefault();
        at.setCustomValidity(msg("schedule"));
        at.reportValidity();
        at.focus();
        var clear = function () { at.setCustomValidity(""); at.removeEventListener("input", clear); };
        at.addEventListener("input", clear);
      }
    });
  });

  form.addEventListener("submit", function (e) {
    var by = e.submitter;
    if (by && by.getAttribute("formtarget")) return; // the preview: the page stays
    if (inflight) {
      // Wait for the autosave: its revision is the one to send.
      e.preventDefault();
      e.stopImmediatePropagation();
      inflight.then(function () {
        if (typeof form.requestSubmit === "function") form.requestSubmit(by || undefined);
        else form.submit();
      });
      return;
    }
    if (e.defaultPrevented) return;
    setTimeout(function () {
      // Asked and refused (data-confirm): the person stays.
      if (e.defaultPrevented) return;
      submitting = true;
      keepCopy(true);
      try { sessionStorage.setItem(PENDING_CLEAR, storeKey()); } catch (err) { /* none */ }
    }, 0);
  });

  window.addEventListener("beforeunload", function (e) {
    if (submitting || !dirty()) return;
    e.preventDefault();
    e.returnValue = "";
  });

  function canAutosave() {
    if (!autosave) return false;
    if (isNew) {
      var t = form.elements.title, s = form.elements.section;
      if (!t || !t.value.trim() || !s || !s.value) { say(msg("needs")); return false; }
    }
    return true;
  }

  function doAutosave() {
    if (inflight || submitting || !dirty() || !canAutosave()) return;
    var sent = values();
    var data = new URLSearchParams();
    $$("input, textarea, select", form).forEach(function (el) {
      if (!el.name || el.disabled || el.name === "action" || el.name === "preview") return;
      if (el.type === "submit" || el.type === "button" || el.type === "file") return;
      if ((el.type === "checkbox" || el.type === "radio") && !el.checked) return;
      data.append(el.name, el.value);
    });
    data.append("action", "save");
    data.append("autosave", "1");
    say(msg("saving"), "busy");
    inflight = fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRF-Token": form.getAttribute("data-csrf") }
    }).then(function (r) {
      return r.json().then(function (j) { return { status: r.status, j: j }; }, function () { return { status: r.status, j: null }; });
    }).then(function (res) {
      var j = res.j;
      if (j && !j.error && j.revision !== undefined) {
        revisionFields.forEach(function (el) { el.value = j.revision; });
        saved = sent;
        if (isNew && j.url) {
          var oldKey = storeKey();
          form.setAttribute("action", j.url);
          isNew = false;
          form.setAttribute("data-new", "0");
          if (!form.elements.id) {
            var idField = document.createElement("input");
            idField.type = "hidden";
            idField.name = "id";
            idField.value = j.id;
            form.appendChild(idField);
          }
          try { history.replaceState(null, "", j.url); } catch (err) { /* stays */ }
          if (store) { store.removeItem(oldKey); }
        }
        if (store) { try { if (same(values(), saved)) store.removeItem(storeKey()); } catch (err) { /* none */ } }
        say(fill(msg("saved-at"), "time", clock(new Date(), tz)), "ok");
        return;
      }
      if (j && j.error) {
        say(j.error.message || msg("failed"), "error");
        if (j.error.code === "autosave-conflict" || j.error.code === "session-ended") autosave = false;
        return;
      }
      say(msg("failed"), "error"); // signed out or refused: the copy in this browser is kept
    }, function () {
      say(msg("offline"), "error");
    }).then(function () { inflight = null; }, function () { inflight = null; });
  }

  if (autosave) setInterval(doAutosave, AUTOSAVE_EVERY);

  // What the save line says between saves.
  form.addEventListener("input", function () {
    if (saveState && !/is-(busy|error)/.test(saveState.className) && dirty()) say(msg("unsaved"));
  });
})();
// ===== end desk =====
