/* Relationship graphs: pointing at (or focusing) a topic lights up its relations and
   dims the rest. The graph works without this script; it only adds the highlight. */
(function () {
  function wire(figure) {
    var svg = figure.querySelector("svg");
    if (!svg || svg.dataset.wired) return;
    svg.dataset.wired = "1";
    var edges = svg.querySelectorAll(".graph__edges path");
    function show(id) {
      svg.classList.toggle("graph--focus", Boolean(id));
      edges.forEach(function (edge) {
        var on = id && (edge.dataset.source === id || edge.dataset.target === id);
        edge.classList.toggle("is-active", Boolean(on));
      });
    }
    svg.querySelectorAll(".graph__node").forEach(function (node) {
      node.addEventListener("mouseenter", function () { show(node.dataset.topic); });
      node.addEventListener("focus", function () { show(node.dataset.topic); });
      node.addEventListener("mouseleave", function () { show(null); });
      node.addEventListener("blur", function () { show(null); });
    });
  }
  function init() { document.querySelectorAll("figure.graph").forEach(wire); }
  if (window.document$) { window.document$.subscribe(init); } else { document.addEventListener("DOMContentLoaded", init); }
})();
