#!/usr/bin/env python3
"""Response times of the web explorer's pages (issue 15: each page answers in 200 ms
or less on the server side), measured from a client on loopback against a running
`acst serve`: every kind of page, for several stories and entities, REPEAT times each,
after one warm-up request (the first builds the corpus index in memory).

    bench/pages.py http://127.0.0.1:7878 [REPEAT]

Prints a Markdown table: page kind, requests, median and 95th percentile in ms.
"""
import http.client
import json
import statistics
import sys
import time
import urllib.parse

base = sys.argv[1]
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 5
host = urllib.parse.urlparse(base).netloc


def get(path, accept="text/html"):
    conn = http.client.HTTPConnection(host, timeout=60)
    start = time.perf_counter()
    conn.request("GET", path, headers={"Accept": accept})
    r = conn.getresponse()
    body = r.read()
    ms = (time.perf_counter() - start) * 1000
    conn.close()
    if r.status != 200:
        raise SystemExit(f"{path}: HTTP {r.status}: {body[:200]!r}")
    return ms, body


_, body = get("/api/home", "application/json")  # warm-up: loads the index
home = json.loads(body)
stories = [s["id"] for s in home["latest"][:5]]
entities = [e["id"] for e in home["top_patterns"][:3] + home["top_subjects"][:3]]
# The actors of the first stories, through the story JSON.
for sid in stories[:2]:
    _, b = get(f"/api/story/{sid}", "application/json")
    entities += ["actor:" + a["iri"].rsplit("/", 1)[1] for a in json.loads(b)["actors"][:2]]


def href(eid):
    kind, slug = eid.split(":", 1)
    return f"/entity/{kind}/{urllib.parse.quote(slug, safe='')}"


pages = {
    "home": ["/"],
    "story": [f"/story/{s}" for s in stories],
    "entity": [href(e) for e in entities],
    "graph page": [f"/graph?around=story:{s}" for s in stories],
    "graph data (depth 1)": [f"/api/graph?around=story:{s}&depth=1" for s in stories],
    "graph data (depth 2)": [f"/api/graph?around=story:{s}&depth=2" for s in stories[:2]],
    "search": ["/search?q=" + w for w in ("ai", "crisis", "data")],
    "editor": ["/editor"],
}
print(f"| page | requests | median ms | p95 ms |")
print(f"| --- | --- | --- | --- |")
for kind, paths in pages.items():
    times = []
    for _ in range(repeat):
        for p in paths:
            times.append(get(p)[0])
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"| {kind} | {len(times)} | {statistics.median(times):.1f} | {p95:.1f} |")
