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
