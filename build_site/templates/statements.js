/* The Statements page's filter, by speaker and by topic named. Without script the form stays
   hidden and the whole list is there to read; with it, the statements that do not match are
   hidden. No server: each statement carries its speaker and topics as data attributes. */
(function () {
  function setup() {
    var form = document.getElementById("statement-filter");
    var list = document.getElementById("statement-list");
    if (!form || !list || form.dataset.ready) { return; }
    form.dataset.ready = "true";
    var items = Array.prototype.slice.call(list.querySelectorAll("li[data-speaker]"));
    var count = form.querySelector("output");
    function apply() {
      var speaker = form.elements.speaker.value;
      var topic = form.elements.topic.value;
      var shown = 0;
      items.forEach(function (item) {
        var topics = item.getAttribute("data-topics").split(" ");
        var match = (!speaker || item.getAttribute("data-speaker") === speaker) && (!topic || topics.indexOf(topic) !== -1);
        item.hidden = !match;
        if (match) { shown += 1; }
      });
      count.textContent = shown + " of " + items.length + " statements shown";
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }
  if (window.document$) { window.document$.subscribe(setup); } else { document.addEventListener("DOMContentLoaded", setup); }
})();
