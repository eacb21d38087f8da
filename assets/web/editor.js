// The SPARQL editor: runs the text against this server's own /query endpoint and
// shows the rows as a table, or the first numeric column as a bar chart.
(function () {
  "use strict";
  var query = document.getElementById("query");
  var status = document.getElementById("status");
  var results = document.getElementById("results");
  Array.prototype.forEach.call(document.querySelectorAll("button.canned"), function (b) {
    b.addEventListener("click", function () {
      var t = document.getElementById("q-" + b.dataset.name);
      query.value = t.content.textContent.trim() + "\n";
      run();
    });
  });
  document.getElementById("run").addEventListener("click", run);
  query.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run();
  });
  function cell(term) {
    if (!term) return "";
    return term.value;
  }
  function table(vars, rows) {
    var t = document.createElement("table"), head = t.insertRow();
    vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    });
    rows.forEach(function (r) {
      var tr = t.insertRow();
      vars.forEach(function (v) { tr.insertCell().textContent = cell(r[v]); });
    });
    return t;
  }
  function chart(vars, rows) {
    var num = vars.find(function (v) { return rows.length && rows.every(function (r) { return r[v] && !isNaN(parseFloat(r[v].value)); }); });
    var label = vars.find(function (v) { return v !== num; }) || num;
    if (!num) { var p = document.createElement("p"); p.textContent = "No numeric column to chart."; return p; }
    var ns = "http://www.w3.org/2000/svg", max = Math.max.apply(null, rows.map(function (r) { return parseFloat(r[num].value); })) || 1;
    var svg = document.createElementNS(ns, "svg"), h = 22 * rows.length + 8;
    svg.setAttribute("viewBox", "0 0 640 " + h); svg.setAttribute("width", "640"); svg.setAttribute("height", String(h));
    svg.setAttribute("class", "chart");
    rows.slice(0, 60).forEach(function (r, k) {
      var y = 4 + 22 * k, v = parseFloat(r[num].value), w = v / max * 360;
      var t = document.createElementNS(ns, "text"); t.setAttribute("x", "0"); t.setAttribute("y", String(y + 15));
      t.setAttribute("class", "chart-label"); t.textContent = cell(r[label]).replace(/^.*[\/#]/, "").slice(0, 34); svg.appendChild(t);
      var b = document.createElementNS(ns, "rect"); b.setAttribute("x", "240"); b.setAttribute("y", String(y + 3));
      b.setAttribute("width", String(w)); b.setAttribute("height", "14"); b.setAttribute("class", "chart-bar"); svg.appendChild(b);
      var n = document.createElementNS(ns, "text"); n.setAttribute("x", String(246 + w)); n.setAttribute("y", String(y + 15));
      n.setAttribute("class", "chart-value"); n.textContent = r[num].value; svg.appendChild(n);
    });
    return svg;
  }
  // /editor?canned=NAME or /editor?query=TEXT opens with that query, run: a link can
  // share a query and its results.
  var params = new URLSearchParams(window.location.search);
  window.addEventListener("DOMContentLoaded", function () {
    var v = params.get("view") && document.querySelector("input[name=view][value='" + params.get("view").replace(/[^a-z]/g, "") + "']");
    if (v) v.checked = true;
    var b = params.get("canned") && document.querySelector("button.canned[data-name='" + params.get("canned").replace(/[^a-z0-9-]/g, "") + "']");
    if (b) b.click();
    else if (params.get("query")) { query.value = params.get("query"); run(); }
  });
  // Rows whose first two IRI columns link two resources, drawn as a graph.
  function graph(vars, rows) {
    var iri = vars.filter(function (v) { return rows.length && rows.every(function (r) { return r[v] && r[v].type === "uri"; }); });
    var box = document.createElement("div");
    box.id = "result-graph";
    if (iri.length < 2 || typeof cytoscape === "undefined") {
      box.textContent = "A graph needs two columns of IRIs in every row.";
      return box;
    }
    var nodes = {}, edges = [];
    rows.slice(0, 500).forEach(function (r, k) {
      var a = r[iri[0]].value, b = r[iri[1]].value;
      nodes[a] = nodes[a] || { data: { id: a, label: a.replace(/^.*[\/#]/, "") } };
      nodes[b] = nodes[b] || { data: { id: b, label: b.replace(/^.*[\/#]/, "") } };
      edges.push({ data: { id: "e" + k, source: a, target: b } });
    });
    box.style.height = "30rem";
    setTimeout(function () {
      var cy = cytoscape({ container: box, elements: Object.values(nodes).concat(edges),
        layout: { name: "cose", animate: false },
        style: [{ selector: "node", style: { label: "data(label)", "font-size": 9, width: 12, height: 12, "background-color": "#1f5fbf" } },
                { selector: "edge", style: { width: 1, "line-color": "#c3cad6" } }] });
      box.dataset.nodes = String(cy.nodes().length);
    }, 0);
    return box;
  }
  function run() {
    status.textContent = "Running…";
    results.textContent = "";
    var started = Date.now();
    fetch("/query", {
      method: "POST",
      headers: { "content-type": "application/sparql-query", "accept": "application/sparql-results+json" },
      body: query.value
    }).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(t); });
      return r.json();
    }).then(function (doc) {
      var view = document.querySelector("input[name=view]:checked").value;
      if (doc.boolean !== undefined) { status.textContent = "ASK: " + doc.boolean; return; }
      var vars = doc.head.vars, rows = doc.results.bindings;
      status.textContent = rows.length + " rows in " + (Date.now() - started) + " ms";
      results.appendChild(view === "chart" ? chart(vars, rows) : view === "graph" ? graph(vars, rows) : table(vars, rows));
      results.dataset.rows = String(rows.length);
    }).catch(function (err) {
      status.textContent = "Error: " + err.message;
      results.dataset.rows = "error";
    });
  }
})();
