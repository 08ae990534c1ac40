// Highlights a node's links on hover in the network view. Reads only data-*
// attributes the server wrote; never inserts HTML.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var svg = document.querySelector("svg.net");
  if (!svg) { return; }
  var lines = svg.querySelectorAll("line");
  function mark(id, on) {
    lines.forEach(function (ln) {
      if (ln.getAttribute("data-source") === id || ln.getAttribute("data-target") === id) {
        ln.classList.toggle("active", on);
      }
    });
  }
  svg.querySelectorAll("g.node").forEach(function (g) {
    var id = g.getAttribute("data-id");
    g.addEventListener("mouseenter", function () { mark(id, true); g.classList.add("active"); });
    g.addEventListener("mouseleave", function () { mark(id, false); g.classList.remove("active"); });
  });
});
