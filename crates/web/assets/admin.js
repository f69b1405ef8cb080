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
      var label = btn.textContent;
      btn.textContent = btn.getAttribute("data-copied") || label;
      setTimeout(function () { btn.textContent = label; }, 2000);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).then(done, function () {});
    }
  });

  // Focus the first field with an error, so keyboard and screen-reader users land on it.
  var bad = document.querySelector('[aria-invalid="true"]');
  if (bad) bad.focus();
})();
