"""Runs the acst benchmarks (see bench/README.md) and writes bench/RESULTS.md."""
import os, platform, random, re, shutil, socket, statistics, subprocess, sys, tempfile, time
from engines import OxigraphServer, Virtuoso

BIN = sys.argv[1]
ACST, GEN, LAT = f"{BIN}/acst", f"{BIN}/examples/gen_corpus", f"{BIN}/examples/related_latency"
WORK = os.environ.get("BENCH_DIR") or tempfile.mkdtemp(prefix="acst-bench-")
SIZES = [3500] if os.environ.get("QUICK") else [3500, 35000]
REPEAT = int(os.environ.get("REPEAT", "3"))
PAIR_TIMEOUT = int(os.environ.get("PAIR_TIMEOUT", "300"))
QUERY_TIMEOUT = os.environ.get("QUERY_TIMEOUT", "120")
rows = []


def run(cmd, timeout=None):
    """Runs under /usr/bin/time; returns (seconds, peak RSS MiB, stdout). The seconds are
    timed here, to the microsecond: /usr/bin/time's %e has 10 ms steps, which made a
    query of 14 ms and one of 6 ms "0.01" and "0.02" or "0.01" and "0.00" by chance."""
    full = ["/usr/bin/time", "-f", "%e %M"] + cmd
    start = time.perf_counter()
    # Its own process group: on a timeout the measured command goes too, not only
    # /usr/bin/time (a stray query kept a core busy through the next steps).
    with subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.communicate()
            raise
    secs = time.perf_counter() - start
    p = subprocess.CompletedProcess(full, proc.returncode, out, err)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{p.stderr[-2000:]}")
    kb = p.stderr.strip().splitlines()[-1].split()[1]
    return secs, int(kb) / 1024, p.stdout


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
    # Right after the ingest, as a user runs it (the store holds no derived graph yet);
    # a second run replaces the graph the first wrote, so each is measured once.
    t, rss, out = run([ACST, "--store", store, "xref"])
    record(n, "acst xref (whole corpus, derived graph)", t, rss, f"{out.strip()}; acst xref / acst ingest = {t / acst_ingest:.2f}x")
    t, rss, _ = run([ACST, "--store", store, "xref"])
    record(n, "acst xref again (replacing its own graph)", t, rss, "deleting the old graph first")
    pair = ("PREFIX acst: <https://w3id.org/acst/ns#> SELECT ?a ?b (COUNT(DISTINCT ?k) AS ?n) WHERE { "
            "?a acst:omits ?oa . ?oa acst:keyPhrase ?k . ?b acst:omits ?ob . ?ob acst:keyPhrase ?k . FILTER(STR(?a) < STR(?b)) } GROUP BY ?a ?b")
    try:
        t, rss, out = run(["oxigraph", "query", "--location", oxl, "--union-default-graph", "--query", pair, "--results-format", "tsv"], timeout=PAIR_TIMEOUT)
        record(n, "Oxigraph SPARQL shared-omission pair query", t, rss, f"{out.count(chr(10)) - 1} pairs")
    except subprocess.TimeoutExpired:
        record(n, "Oxigraph SPARQL shared-omission pair query", float(PAIR_TIMEOUT), None, f"did not finish in {PAIR_TIMEOUT} s")
    t, rss, out = run([LAT, store, "100"])
    m = dict(kv.split("=") for kv in out.split())
    record(n, "acst related in-process p50 (ms)", float(m["p50_ms"]) / 1000, None, f"p95 {m['p95_ms']} ms; index load {m['index_load_ms']} ms")
    ids = [l.split(",")[0] for l in subprocess.check_output([ACST, "--store", store, "query", "SELECT ?id WHERE { ?s acst:storyId ?id }", "--format", "csv"], text=True).splitlines()[1:]]
    random.seed(1)
    sample = random.sample(ids, 10)
    whole = [run([ACST, "--store", store, "related", i, "--format", "json"]) for i in sample]
    record(n, "acst related whole process (median of 10)", statistics.median(w[0] for w in whole), max(w[1] for w in whole), "index from cache")
    # Queries are cheap next to the ingest: issue 14 asks for the median of 3 whatever
    # REPEAT says for the heavy steps.
    qreps = max(3, reps)
    params = {"actor-stories": ["--param", "actor=openai"], "shared-omission": ["--param", f"story={sample[0]}"], "shared-subject": ["--param", f"story={sample[0]}"], "stories-by-theme": ["--param", "theme=labour"]}
    names = [l.split()[0] for l in subprocess.check_output([ACST, "query", "--list"], text=True).splitlines() if l and not l.startswith(" ")]
    for q in names:
        try:
            t, rss, out = median_runs(lambda: [ACST, "--store", store, "query", "-n", q, "--format", "tsv", "--timeout", QUERY_TIMEOUT] + params.get(q, []), None, qreps)
            record(n, f"acst query -n {q}", t, rss, f"{out.count(chr(10)) - 1} rows")
        except RuntimeError as e:
            record(n, f"acst query -n {q}", float(QUERY_TIMEOUT), None, f"stopped by its {QUERY_TIMEOUT} s timeout" if "timeout" in str(e) else "failed")
    servers(n, store, names, params, qreps)
    if n <= 5000:
        explorer_pages(n, store)
    t, rss, out = median_runs(lambda: [ACST, "--store", store, "export", "--format", "graphml", "-o", f"{WORK}/full{n}.graphml"], None, reps)
    record(n, "acst export GraphML (full view)", t, rss, f"{os.path.getsize(f'{WORK}/full{n}.graphml') / 2**20:.0f} MiB")


def names_page(template, i, names):
    """A sample page under a new title, naming `names` organisations nobody listed."""
    lines = template.split("\n")
    title = next(k for k, l in enumerate(lines) if l.strip() and not l.startswith("←"))
    lines[title] = f"{lines[title]} (case {i})"
    text = "\n".join(lines)
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    para = f"The deal was arranged by {listed}, none of which the coverage names."
    return text.replace("⚡ Power-Knowledge Audit\n\n", f"⚡ Power-Knowledge Audit\n\n{para}\n\n", 1)


def names_linearity(pages=2000, per_page=10):
    """Issue 17: ingest must stay linear in the number of distinct new names. 2,000 pages
    naming 20,000 organisations nobody listed, ingested as one batch and as two halves."""
    rng = random.Random(7)
    syll = ["vor", "bex", "kel", "mar", "tri", "sco", "qua", "len", "dor", "vik", "sal", "tun", "pem", "rho", "gal", "zen", "fio", "lux"]
    kinds = ["Holdings", "Capital", "Partners", "Group", "Industries", "Bank", "Authority", "Media"]
    seen, names = set(), []
    while len(names) < pages * per_page:
        n = "".join(rng.choice(syll) for _ in range(3)).capitalize() + " " + rng.choice(kinds)
        if n not in seen:
            seen.add(n)
            names.append(n)
    template = open(os.path.join(os.path.dirname(__file__), "..", "data", "stories", "amazon-warehouse-robots.txt")).read()
    root = f"{WORK}/names{pages}"
    shutil.rmtree(root, ignore_errors=True)
    for half in (0, 1):
        os.makedirs(f"{root}/half{half}")
    for i in range(pages):
        with open(f"{root}/half{i * 2 // pages}/page{i:05}.txt", "w") as f:
            f.write(names_page(template, i, names[i * per_page:(i + 1) * per_page]))
    store = f"{root}/store"
    shutil.rmtree(store, ignore_errors=True)
    whole, rss, _ = run([ACST, "--store", store, "ingest", f"{root}/half0", f"{root}/half1"])
    minted = subprocess.check_output([ACST, "--store", store, "query", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?s acst:actor ?a }", "--format", "csv"], text=True).split()[-1]
    record(pages, f"acst ingest, {pages * per_page} new names, one batch", whole, rss, f"{minted} distinct actors in the store")
    shutil.rmtree(store)
    first, _, _ = run([ACST, "--store", store, "ingest", f"{root}/half0"])
    second, _, _ = run([ACST, "--store", store, "ingest", f"{root}/half1"])
    record(pages, "the same pages in two halves", first + second, None, f"{first:.2f} s + {second:.2f} s; one batch / halves = {whole / (first + second):.2f}x")
    shutil.rmtree(root)


def servers(n, store, names, params, reps):
    """The canned queries on the Oxigraph server and on Virtuoso, sent by acst's client
    with the same parameters (issue 14: one table of query x engine). The servers get the
    store as it stands after `acst xref`, derived graph included, as the queries need."""
    nq, oxl = f"{WORK}/quads{n}-xref.nq", f"{WORK}/oxigraph{n}-xref"
    run([ACST, "--store", store, "export", "-o", nq])
    shutil.rmtree(oxl, ignore_errors=True)
    t, rss, _ = run(["oxigraph", "load", "--location", oxl, "--file", nq])
    record(n, "oxigraph load of the quads after xref", t, rss, "for the Oxigraph server")
    engines = [("Oxigraph server", lambda: OxigraphServer(oxl))]
    if shutil.which("virtuoso-t"):
        engines.append(("Virtuoso", lambda: Virtuoso(nq, QUERY_TIMEOUT)))
    else:
        record(n, "Virtuoso", float("nan"), None, "virtuoso-opensource-7-bin not installed: skipped")
    for label, make in engines:
        with make() as engine:
            if isinstance(engine, Virtuoso):
                record(n, "Virtuoso bulk load of the same quads", engine.load(), None, "ld_dir + rdf_loader_run + checkpoint")
            for q in names:
                cmd = [ACST, *engine.flags(), "query", "-n", q, "--format", "tsv"] + params.get(q, [])
                try:
                    t, _, out = median_runs(lambda: cmd, None, reps)
                    record(n, f"{label}: query -n {q}", t, None, f"{out.count(chr(10)) - 1} rows")
                except (RuntimeError, subprocess.TimeoutExpired) as e:
                    said = [l for l in str(e).splitlines() if l.startswith("acst:")] or str(e).strip().splitlines()[-1:]
                    record(n, f"{label}: query -n {q}", float("nan"), None, "failed: " + said[0][:160])


def side_by_side():
    """Markdown: each canned query's median on each engine, per corpus size."""
    secs = {(size, step): t for size, step, t, _, _ in rows}
    out = ["", "## Canned queries side by side", "",
           "Median seconds of the same canned query, parameters bound the same way, on acst's embedded store, "
           "the Oxigraph server and Virtuoso 7 loaded with the same quads (acst's client sends the query to the "
           "servers, so their figures include an HTTP exchange and the parsing of the results; every figure is a "
           "whole acst process, timed to the millisecond).", "",
           "| stories | query | acst embedded | Oxigraph server | Virtuoso | acst / Virtuoso |", "| ---: | --- | ---: | ---: | ---: | ---: |"]
    fmt = lambda t: "n/a" if t is None or t != t else f"{t:.3f}"
    for size, step, t, _, _ in rows:
        if not step.startswith("acst query -n "):
            continue
        q = step[len("acst query -n "):]
        ox, vi = secs.get((size, f"Oxigraph server: query -n {q}")), secs.get((size, f"Virtuoso: query -n {q}"))
        ratio = f"{t / vi:.1f}x" if vi and vi == vi and vi > 0 else "n/a"
        out.append(f"| {size} | {q} | {fmt(t)} | {fmt(ox)} | {fmt(vi)} | {ratio} |")
    return out


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    return f"{os.cpu_count()} cores, {cpu}, {mem / 1024:.0f} GiB RAM, {platform.system()} {platform.release()}"


def explorer_pages(n, store):
    """The web explorer's response times (issue 15: 200 ms or less per page), from
    bench/pages.py against `acst serve` on the same store."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = subprocess.Popen([ACST, "--store", store, "serve", "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        out = subprocess.check_output([sys.executable, os.path.join(os.path.dirname(__file__), "pages.py"),
                                       f"http://127.0.0.1:{port}", str(REPEAT)], text=True)
        for line in out.splitlines()[2:]:
            kind, count, median, p95 = [c.strip() for c in line.strip("|").split("|")]
            record(n, f"explorer {kind} p95 (ms)", float(p95) / 1000, None, f"median {median} ms over {count} requests")
    finally:
        server.terminate()
        server.wait()


def main():
    print(f"working in {WORK}")
    if os.environ.get("ONLY") != "names":
        for n in SIZES:
            bench(n)
    names_linearity()
    if os.environ.get("ONLY"):
        return  # a partial run does not replace the table
    lines = ["# acst benchmark results", "", f"Machine: {machine()}  ", f"Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}  ",
             f"Runs: median of {REPEAT} (35,000: {max(1, REPEAT - 1)}; canned queries at least 3), peak RSS is the maximum over runs. "
             "acst is built in the dev profile with optimisation (see Cargo.toml).", "",
             "| stories | step | seconds | peak RSS (MiB) | notes |", "| ---: | --- | ---: | ---: | --- |"]
    for size, step, secs, rss, note in rows:
        s = "n/a" if secs != secs else (f"{secs:.3f}" if "(ms)" not in step and "(MiB)" not in step else f"{secs * 1000:.3f}" if "(ms)" in step else f"{secs:.0f}")
        lines.append(f"| {size} | {step} | {s} | {'' if rss is None else f'{rss:.0f}'} | {note} |")
    path = os.path.join(os.path.dirname(__file__), "RESULTS.md")
    # The sections after the table (scripts/fuzz's, notes written by hand) are kept.
    old = open(path).read() if os.path.exists(path) else ""
    fuzzing = old[old.find("\n## "):] if "\n## " in old else ""
    # Notes measured by hand after the previous run are superseded by this one.
    fuzzing = "".join("\n## " + part for part in fuzzing.split("\n## ")[1:]
                      if not part.startswith(("Measured by hand after the run above", "Canned queries side by side", "Reading the run above")))
    lines += side_by_side()
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n" + fuzzing)
    print("\n".join(lines))


if __name__ == "__main__":
    try:
        main()
    finally:
        # A run at 35,000 stories leaves about 13 GB of stores, corpora and dumps: they go
        # unless the caller chose the folder (BENCH_DIR) or asked to keep it (BENCH_KEEP=1).
        if not os.environ.get("BENCH_DIR") and not os.environ.get("BENCH_KEEP"):
            shutil.rmtree(WORK, ignore_errors=True)
