"""The SPARQL servers a user would pick instead of acst's embedded store (issue 14):
the Oxigraph server on the same quads, and Virtuoso 7 loaded by its bulk loader. Each
is started on a free loopback port and stopped afterwards; acst's own client
(`acst --endpoint … query -n NAME`) sends the canned queries, so every engine answers
the same text with the same parameters bound."""
import os, shutil, socket, subprocess, tempfile, time, urllib.request


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_http(url, proc, limit=600):
    deadline = time.time() + limit
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"no answer from {url} after {limit} s")


class OxigraphServer:
    """`oxigraph serve-read-only` over the store `oxigraph load` filled, with its default
    graph the union of the named graphs (as acst's store answers)."""

    def __init__(self, location):
        self.location = location

    def __enter__(self):
        port = free_port()
        self.proc = subprocess.Popen(["oxigraph", "serve-read-only", "--location", self.location,
                                      "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.endpoint = f"http://127.0.0.1:{port}/query"
        wait_http(self.endpoint + "?query=ASK%7B%7D", self.proc)
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait()

    def flags(self):
        return ["--endpoint", self.endpoint, "--server-union"]


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
FileExtend = 2000
MaxCheckpointRemap = 200000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 20000
Striping = 0

[Parameters]
ServerPort = {sql}
ServerThreads = 10
CheckpointInterval = 0
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
DirsAllowed = ., {d}, {data}

[HTTPServer]
ServerPort = {http}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = {timeout}
MaxSortedTopRows = 10000000
"""


class Virtuoso:
    """Virtuoso 7 (Debian virtuoso-opensource-7-bin) on a fresh database in a temporary
    folder, the N-Quads file loaded with the bulk loader (ld_dir + rdf_loader_run, then a
    checkpoint), buffers sized for the machine as Virtuoso's guide advises (about 2/3 of
    free memory at 8 KiB per buffer, at most 4 GiB here)."""

    def __init__(self, nquads, timeout):
        self.nquads = os.path.abspath(nquads)
        self.timeout = timeout

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="acst-virtuoso-")
        self.sql, http = free_port(), free_port()
        avail = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemAvailable")) * 1024
        buffers = int(min(avail * 2 / 3, 4 * 2**30) / 8192)
        with open(f"{self.dir}/virtuoso.ini", "w") as f:
            f.write(VIRTUOSO_INI.format(d=self.dir, sql=self.sql, http=http, buffers=buffers,
                                        dirty=buffers * 3 // 4, data=os.path.dirname(self.nquads),
                                        timeout=self.timeout))
        self.proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", f"{self.dir}/virtuoso.ini"],
                                     cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.endpoint = f"http://127.0.0.1:{http}/sparql"
        wait_http(self.endpoint + "?query=ASK%7B%7D", self.proc)
        return self

    def load(self):
        """Bulk-loads the quads; returns the seconds it took."""
        start = time.time()
        folder, name = os.path.split(self.nquads)
        self.isql(f"ld_dir('{folder}', '{name}', 'urn:acst:default');")
        self.isql("rdf_loader_run();")
        self.isql("checkpoint;")
        return time.time() - start

    def isql(self, statement):
        out = subprocess.run(["isql-vt", str(self.sql), "dba", "dba", f"exec={statement}"],
                             capture_output=True, text=True)
        if out.returncode != 0 or "*** Error" in out.stdout + out.stderr:
            raise RuntimeError(f"isql {statement}: {out.stdout[-1000:]}{out.stderr[-1000:]}")
        return out.stdout

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    def flags(self):
        # Virtuoso's default graph is the union of its graphs.
        return ["--endpoint", self.endpoint, "--server-union"]
