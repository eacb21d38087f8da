#!/usr/bin/env python3
"""Load test of `acst serve` from a second process on loopback, bounded in requests and
time: CONCURRENCY client threads send a mix of SPARQL queries, related-story and story
JSON requests, and Graph Store reads; the server's RSS is sampled from /proc throughout.

    bench/serve_load.py http://127.0.0.1:7878 SERVER_PID [REQUESTS] [CONCURRENCY] [SECONDS]

Prints one JSON object: statuses, throughput, latency percentiles and RSS samples.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

base, pid = sys.argv[1], int(sys.argv[2])
total = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
concurrency = int(sys.argv[4]) if len(sys.argv) > 4 else 8
limit = float(sys.argv[5]) if len(sys.argv) > 5 else 120.0
host = urllib.parse.urlparse(base).netloc


def q(text):
    return "/query?" + urllib.parse.urlencode({"query": text})


# Story ids to ask about, from the server itself.
conn = http.client.HTTPConnection(host, timeout=30)
conn.request("GET", q("SELECT ?id WHERE { ?s acst:storyId ?id } ORDER BY ?id LIMIT 200"),
             headers={"Accept": "text/csv"})
ids = conn.getresponse().read().decode().split()[1:]
conn.close()
mix = []
for i, sid in enumerate(ids):
    mix += [
        ("related", f"/api/story/{sid}/related?top=10", "application/json"),
        ("story", f"/api/story/{sid}", "application/json"),
        ("omissions", q(f"SELECT ?t (COUNT(*) AS ?n) WHERE {{ <https://w3id.org/acst/story/{sid}> acst:omission/acst:theme ?t }} GROUP BY ?t"),
         "application/sparql-results+json"),
        ("graph", "/store?" + urllib.parse.urlencode({"graph": f"https://w3id.org/acst/graph/story/{sid}"}), "text/turtle"),
    ]
mix.append(("count", q("SELECT (COUNT(*) AS ?n) WHERE { ?s a cognio:Review }"), "text/csv"))

lock = threading.Lock()
counter = {"next": 0}
results = []  # (kind, status, seconds)
deadline = time.time() + limit


def worker():
    c = http.client.HTTPConnection(host, timeout=60)
    while time.time() < deadline:
        with lock:
            i = counter["next"]
            if i >= total:
                return
            counter["next"] += 1
        kind, path, accept = mix[i % len(mix)]
        t0 = time.perf_counter()
        try:
            c.request("GET", path, headers={"Accept": accept})
            r = c.getresponse()
            r.read()
            status = r.status
        except Exception:
            status = 0
            c.close()
            c = http.client.HTTPConnection(host, timeout=60)
        with lock:
            results.append((kind, status, time.perf_counter() - t0))


def rss_kib():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


samples = [rss_kib()]
threads = [threading.Thread(target=worker) for _ in range(concurrency)]
start = time.time()
for t in threads:
    t.start()
while any(t.is_alive() for t in threads):
    time.sleep(0.5)
    samples.append(rss_kib())
elapsed = time.time() - start
samples.append(rss_kib())

lat = sorted(s for _, _, s in results)
statuses = {}
for _, st, _ in results:
    statuses[str(st)] = statuses.get(str(st), 0) + 1


def pct(p):
    return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 2) if lat else None


third = max(1, len(samples) // 3)
print(json.dumps({
    "requests": len(results),
    "concurrency": concurrency,
    "seconds": round(elapsed, 2),
    "requests_per_second": round(len(results) / elapsed, 1),
    "statuses": statuses,
    "latency_ms": {"p50": pct(0.5), "p95": pct(0.95), "p99": pct(0.99), "max": pct(1.0)},
    "rss_mib": {
        "start": round(samples[0] / 1024, 1),
        "first_third_max": round(max(samples[:third]) / 1024, 1),
        "last_third_max": round(max(samples[-third:]) / 1024, 1),
        "end": round(samples[-1] / 1024, 1),
    },
}, indent=2))
