"""Runs the acst benchmarks (see bench/README.md) and writes bench/RESULTS.md."""
import os, platform, random, re, shutil, statistics, subprocess, sys, tempfile, time

BIN = sys.argv[1]
ACST, GEN, LAT = f"{BIN}/acst", f"{BIN}/examples/gen_corpus", f"{BIN}/examples/related_latency"
WORK = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="acst-bench-")
SIZES = [3500] if os.environ.get("QUICK") else [3500, 35000]
REPEAT = int(os.environ.get("REPEAT", "3"))
PAIR_TIMEOUT = int(os.environ.get("PAIR_TIMEOUT", "300"))
QUERY_TIMEOUT = os.environ.get("QUERY_TIMEOUT", "120")
rows = []


def run(cmd, timeout=None):
    """Runs under /usr/bin/time; returns (seconds, peak RSS MiB, stdout)."""
    full = ["/usr/bin/time", "-f", "%e %M"] + cmd
    p = subprocess.run(full, capture_output=True, text=True, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{p.stderr[-2000:]}")
    secs, kb = p.stderr.strip().splitlines()[-1].split()
    return float(secs), int(kb) / 1024, p.stdout


def median_runs(make_cmd, prepare=None, n=REPEAT):
    results = []
    for _ in range(n):
        if prepare:
            prepare()
        results.append(run(make_cmd()))
    return statistics.median(r[0] for r in results), max(r[1] for r in results), results[-1][2]


def du(path):
    return int(subprocess.check_output(["du", "-sb", path]).split()[0]) / 2**20


def record(size, step, secs, rss=None, note=""):
    rows.append((size, step, secs, rss, note))
    print(f"{size:>6} {step:<42} {secs:>10.3f} s {'' if rss is None else f'{rss:8.0f} MiB'}  {note}", flush=True)


def bench(n):
    corpus, store, nq, oxl = (f"{WORK}/corpus{n}", f"{WORK}/store{n}", f"{WORK}/quads{n}.nq", f"{WORK}/oxigraph{n}")
    if not os.path.isdir(corpus):
        subprocess.run([GEN, corpus, str(n)], check=True)
    fresh = lambda: shutil.rmtree(store, ignore_errors=True)
    reps = REPEAT if n <= 5000 else max(1, REPEAT - 1)
    t, rss, out = median_runs(lambda: [ACST, "--store", store, "ingest", corpus], fresh, reps)
    record(n, "acst ingest (read, extract, load)", t, rss, out.split(";")[0])
    acst_ingest = t
    run([ACST, "--store", store, "export", "-o", nq])
    quads = sum(1 for _ in open(nq, "rb"))
    record(n, "store size on disk (MiB)", du(store), None, f"{quads} quads")
    t, rss, _ = median_runs(lambda: ["oxigraph", "load", "--location", oxl, "--file", nq], lambda: shutil.rmtree(oxl, ignore_errors=True), reps)
    record(n, "oxigraph load of the same quads", t, rss, f"acst/oxigraph = {acst_ingest / t:.2f}x")
    if n <= 5000:
        script = "import sys, time, rdflib\nt = time.time()\nd = rdflib.Dataset()\nd.parse(sys.argv[1], format='nquads')\nprint(time.time() - t)"
        t, rss, _ = median_runs(lambda: ["python3", "-c", script, nq], None, 1)
        record(n, "rdflib parse + load of the same quads", t, rss, f"rdflib/acst = {t / acst_ingest:.0f}x (per triple, same triples)")
    t, rss, out = median_runs(lambda: [ACST, "--store", store, "xref"], None, reps)
    record(n, "acst xref (whole corpus, derived graph)", t, rss, out.strip())
    pair = ("PREFIX acst: <https://w3id.org/acst/ns#> SELECT ?a ?b (COUNT(DISTINCT ?k) AS ?n) WHERE { "
            "?a acst:omits ?oa . ?oa acst:keyPhrase ?k . ?b acst:omits ?ob . ?ob acst:keyPhrase ?k . FILTER(STR(?a) < STR(?b)) } GROUP BY ?a ?b")
    try:
        t, rss, out = run(["oxigraph", "query", "--location", oxl, "--union-default-graph", "--query", pair, "--results-format", "tsv"], timeout=PAIR_TIMEOUT)
        record(n, "Oxigraph SPARQL shared-omission pair query", t, rss, f"{out.count(chr(10)) - 1} pairs")
    except subprocess.TimeoutExpired:
        record(n, "Oxigraph SPARQL shared-omission pair query", float(PAIR_TIMEOUT), None, f"did not finish in {PAIR_TIMEOUT} s")
    if shutil.which("virtuoso-t"):
        record(n, "Virtuoso pair query", float("nan"), None, "installed but not scripted yet")
    else:
        record(n, "Virtuoso pair query", float("nan"), None, "virtuoso-opensource-7-bin not installed: skipped")
    t, rss, out = run([LAT, store, "100"])
    m = dict(kv.split("=") for kv in out.split())
    record(n, "acst related in-process p50 (ms)", float(m["p50_ms"]) / 1000, None, f"p95 {m['p95_ms']} ms; index load {m['index_load_ms']} ms")
    ids = [l.split(",")[0] for l in subprocess.check_output([ACST, "--store", store, "query", "SELECT ?id WHERE { ?s acst:storyId ?id }", "--format", "csv"], text=True).splitlines()[1:]]
    random.seed(1)
    sample = random.sample(ids, 10)
    whole = [run([ACST, "--store", store, "related", i, "--format", "json"]) for i in sample]
    record(n, "acst related whole process (median of 10)", statistics.median(w[0] for w in whole), max(w[1] for w in whole), "index from cache")
    params = {"actor-stories": ["--param", "actor=openai"], "shared-omission": ["--param", f"story={sample[0]}"], "stories-by-theme": ["--param", "theme=labour"]}
    names = [l.split()[0] for l in subprocess.check_output([ACST, "query", "--list"], text=True).splitlines() if l and not l.startswith(" ")]
    for q in names:
        try:
            t, rss, out = median_runs(lambda: [ACST, "--store", store, "query", "-n", q, "--format", "tsv", "--timeout", QUERY_TIMEOUT] + params.get(q, []), None, reps)
            record(n, f"acst query -n {q}", t, rss, f"{out.count(chr(10)) - 1} rows")
        except RuntimeError as e:
            record(n, f"acst query -n {q}", float(QUERY_TIMEOUT), None, f"stopped by its {QUERY_TIMEOUT} s timeout" if "timeout" in str(e) else "failed")
    t, rss, out = median_runs(lambda: [ACST, "--store", store, "export", "--format", "graphml", "-o", f"{WORK}/full{n}.graphml"], None, reps)
    record(n, "acst export GraphML (full view)", t, rss, f"{os.path.getsize(f'{WORK}/full{n}.graphml') / 2**20:.0f} MiB")


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} cores, {cpu}, {mem / 1024:.0f} GiB RAM, {platform.system()} {platform.release()}"


def main():
    print(f"working in {WORK}")
    for n in SIZES:
        bench(n)
    lines = ["# acst benchmark results", "", f"Machine: {machine()}  ", f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  ",
             f"Runs: median of {REPEAT} (35,000: {max(1, REPEAT - 1)}), peak RSS is the maximum over runs. "
             "acst is built in the dev profile with optimisation (see Cargo.toml).", "",
             "| stories | step | seconds | peak RSS (MiB) | notes |", "| ---: | --- | ---: | ---: | --- |"]
    for size, step, secs, rss, note in rows:
        s = "n/a" if secs != secs else (f"{secs:.3f}" if "(ms)" not in step and "(MiB)" not in step else f"{secs * 1000:.3f}" if "(ms)" in step else f"{secs:.0f}")
        lines.append(f"| {size} | {step} | {s} | {'' if rss is None else f'{rss:.0f}'} | {note} |")
    path = os.path.join(os.path.dirname(__file__), "RESULTS.md")
    # scripts/fuzz keeps its own section at the end: carry it over.
    old = open(path).read() if os.path.exists(path) else ""
    fuzzing = old[old.find("\n## Fuzzing"):] if "\n## Fuzzing" in old else ""
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n" + fuzzing)
    print("\n".join(lines))


main()
