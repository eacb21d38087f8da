// The graph view: the neighbourhood of a story or an entity from /api/graph, drawn
// with Cytoscape.js; a click (or Enter on the list below it) opens a node's page.
(function () {
  "use strict";
  var el = document.getElementById("graph");
  if (!el) return;
  var colours = { story: "#1f5fbf", actor: "#d9534f", outlet: "#8e44ad", event: "#e67e22",
    pattern: "#f1c40f", theme: "#27ae60", omission: "#16a085", "pathway-type": "#7f8c8d" };
  function href(id) {
    var i = id.indexOf(":");
    var kind = id.slice(0, i), rest = id.slice(i + 1);
    return kind === "story" ? "/story/" + encodeURIComponent(rest)
      : "/entity/" + kind + "/" + encodeURIComponent(rest);
  }
  var url = "/api/graph?around=" + encodeURIComponent(el.dataset.around) + "&depth=" + el.dataset.depth;
  var note = "";
  fetch(url).then(function (r) {
    if (!r.ok) return r.text().then(function (t) { throw new Error(t); });
    var shown = r.headers.get("x-acst-nodes-shown"), total = r.headers.get("x-acst-nodes-total");
    if (shown && total && shown !== total) note = "Showing the " + shown + " most connected of " + total + " nodes.";
    return r.json();
  }).then(function (doc) {
    if (note) {
      var p = document.createElement("p");
      p.id = "graph-note";
      p.textContent = note;
      el.insertAdjacentElement("beforebegin", p);
    }
    var cy = cytoscape({
      container: el,
      elements: doc.elements,
      layout: { name: "cose", animate: false, randomize: false },
      style: [
        { selector: "node", style: { "label": function (n) { var l = n.data("label"); return l.length > 40 ? l.slice(0, 39) + "…" : l; }, "font-size": 9, "width": 16, "height": 16,
          "background-color": function (n) { return colours[n.data("kind")] || "#999"; } } },
        { selector: "node[id = '" + el.dataset.around.replace(/'/g, "") + "']", style: { "width": 28, "height": 28, "border-width": 3, "border-color": "#222" } },
        { selector: "edge", style: { "width": 1, "line-color": "#c3cad6" } }
      ]
    });
    cy.on("tap", "node", function (e) { window.location.href = href(e.target.id()); });
    var list = document.createElement("ul");
    list.id = "graph-nodes";
    cy.nodes().sort(function (a, b) { return a.data("label").localeCompare(b.data("label")); }).forEach(function (n) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = href(n.id());
      a.textContent = n.data("label");
      li.appendChild(a);
      li.appendChild(document.createTextNode(" " + n.data("kind")));
      list.appendChild(li);
    });
    el.insertAdjacentElement("afterend", list);
    el.dataset.nodes = String(cy.nodes().length);
    el.dataset.edges = String(cy.edges().length);
    el.dataset.ready = "1";
  }).catch(function (err) {
    el.textContent = "Could not load the graph: " + err.message;
    el.dataset.ready = "error";
  });
})();
