/* Material's search panel is a dialog without a name; screen readers announce it as
   "dialog" only. Name it after its purpose. */
(function () {
  function name() {
    document.querySelectorAll('.md-search[role="dialog"]:not([aria-label])').forEach(function (dialog) {
      dialog.setAttribute("aria-label", "Search");
    });
  }
  if (window.document$) { window.document$.subscribe(name); } else { document.addEventListener("DOMContentLoaded", name); }
})();
