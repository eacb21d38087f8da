"""Queries an acst server with SPARQLWrapper in every result format it offers and prints
what each answer holds, as JSON, for the Rust test to compare with the local store."""
import io
import json
import sys

import rdflib
from SPARQLWrapper import CSV, JSON, JSONLD, N3, TSV, TURTLE, XML, RDFXML, SPARQLWrapper

endpoint = sys.argv[1]
select = "SELECT ?s ?t WHERE { ?s a cognio:Review ; schema:name ?t }"
construct = "CONSTRUCT { ?s a cognio:Review } WHERE { ?s a cognio:Review }"
out = {}


def run(query, fmt, method="GET"):
    w = SPARQLWrapper(endpoint)
    w.setMethod(method)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    return w.query().convert()


out["json"] = len(run(select, JSON)["results"]["bindings"])
out["json-post"] = len(run(select, JSON, "POST")["results"]["bindings"])
out["xml"] = len(run(select, XML).getElementsByTagName("result"))
out["csv"] = len(run(select, CSV).decode().strip().splitlines()) - 1
out["tsv"] = len(run(select, TSV).decode().strip().splitlines()) - 1
out["ask"] = run("ASK { ?s a cognio:Review }", JSON)["boolean"]
for name, fmt, parse_as in [
    ("turtle", TURTLE, "turtle"),
    ("n3", N3, "turtle"),
    ("rdfxml", RDFXML, None),
    ("jsonld", JSONLD, None),
]:
    r = run(construct, fmt)
    if isinstance(r, rdflib.Graph):
        g = r
    else:
        g = rdflib.Graph()
        g.parse(data=r.decode() if isinstance(r, bytes) else r, format=parse_as)
    out[name] = len(g)
print(json.dumps(out, sort_keys=True))
