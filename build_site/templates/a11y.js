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

/* Material's search box reads its query on key events only: text that comes without one
   (pasted with the mouse, dictated, filled in by the browser, an on-screen keyboard or an
   input method) stayed unsearched ("Type to start searching") until a key was pressed. Each
   change of the box's text is handed to it as a key's release; a query that only repeats the
   last one is dropped by Material itself. */
document.addEventListener("input", function (event) {
  if (event.target instanceof HTMLInputElement && event.target.classList.contains("md-search__input")) {
    event.target.dispatchEvent(new KeyboardEvent("keyup"));
  }
});
