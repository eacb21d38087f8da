//! Real servers on loopback for the tests: the Oxigraph server and Virtuoso (installed
//! by scripts/setup --test), and `acst serve` itself. Each runs on a free port in a temp
//! folder and is killed when the test drops it, pass or fail.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Server {
    child: Child,
    pub dir: tempfile::TempDir,
    pub port: u16,
    /// ACST_* variables that point acst at this server.
    pub vars: Vec<(String, String)>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
    /// The server's own log (stdout and stderr), for failure messages.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }
    /// Resident memory of the server process in KiB (from /proc).
    pub fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    }
    /// CPU time the server process has used (user + system, from /proc).
    pub fn cpu_time(&self) -> Duration {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap_or_default();
        // Fields after the command name, which is in parentheses: utime is the 12th.
        let after = stat.rsplit_once(") ").map_or("", |(_, rest)| rest);
        let f: Vec<u64> = after
            .split_whitespace()
            .map(|v| v.parse().unwrap_or(0))
            .collect();
        let ticks = f.get(11).unwrap_or(&0) + f.get(12).unwrap_or(&0);
        // The kernel's USER_HZ is 100 on Linux.
        Duration::from_millis(ticks * 10)
    }
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn spawn(mut cmd: Command, dir: tempfile::TempDir, port: u16, what: &str) -> Server {
    let log = std::fs::File::create(dir.path().join("server.log")).expect("log file");
    let child = cmd
        .stdin(Stdio::null())
        .stdout(log.try_clone().expect("log"))
        .stderr(log)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {what} ({e}); run scripts/setup --test"));
    Server {
        child,
        dir,
        port,
        vars: Vec::new(),
    }
}

/// Raw HTTP/1.1 GET; returns the status code (0 if the server does not answer).
pub fn http_status(port: u16, path: &str) -> u16 {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return 0;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
    let req = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    if s.write_all(req.as_bytes()).is_err() {
        return 0;
    }
    let mut head = [0u8; 12];
    match s.read_exact(&mut head) {
        Ok(()) => std::str::from_utf8(&head[9..12])
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(0),
        Err(_) => 0,
    }
}

/// Waits until `path` answers 200, or panics with the server's log.
fn wait_ready(server: &mut Server, path: &str, limit: Duration) {
    let start = Instant::now();
    while start.elapsed() < limit {
        if !server.is_running() {
            panic!("server exited while starting:\n{}", server.log());
        }
        if http_status(server.port, path) == 200 {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("server not ready after {limit:?}:\n{}", server.log());
}

/// `oxigraph serve` (PyPI package `oxigraph`), default graph of its own.
pub fn oxigraph() -> Server {
    let dir = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let mut cmd = Command::new("oxigraph");
    cmd.args(["serve", "--location"])
        .arg(dir.path().join("data"))
        .args(["--bind", &format!("127.0.0.1:{port}")]);
    let mut s = spawn(cmd, dir, port, "oxigraph");
    wait_ready(&mut s, "/query?query=ASK%7B%7D", Duration::from_secs(60));
    s.vars = vec![
        ("ACST_ENDPOINT".into(), s.url("/query")),
        ("ACST_UPDATE_ENDPOINT".into(), s.url("/update")),
        ("ACST_GRAPH_STORE".into(), s.url("/store")),
    ];
    s
}

/// Virtuoso 7 (Debian `virtuoso-opensource-7-bin`): a fresh database, SPARQL updates
/// granted to the SPARQL user, graphs written through the digest-protected graph store.
pub fn virtuoso() -> Server {
    let dir = tempfile::tempdir().expect("temp dir");
    let (port, sql_port) = (free_port(), free_port());
    let ini = dir.path().join("virtuoso.ini");
    std::fs::write(&ini, virtuoso_ini(dir.path(), port, sql_port)).expect("write ini");
    let mut cmd = Command::new("virtuoso-t");
    cmd.args(["+foreground", "+configfile"])
        .arg(&ini)
        .current_dir(dir.path());
    let mut s = spawn(cmd, dir, port, "virtuoso-t");
    wait_ready(&mut s, "/sparql?query=ASK%7B%7D", Duration::from_secs(120));
    let grant = Command::new("isql-vt")
        .args([&sql_port.to_string(), "dba", "dba"])
        .arg("exec=GRANT SPARQL_UPDATE TO \"SPARQL\";")
        .output()
        .expect("isql-vt runs (scripts/setup --test installs it)");
    assert!(grant.status.success(), "grant failed: {grant:?}");
    s.vars = vec![
        ("ACST_ENDPOINT".into(), s.url("/sparql")),
        ("ACST_GRAPH_STORE".into(), s.url("/sparql-graph-crud-auth")),
        ("ACST_USER".into(), "dba".into()),
        ("ACST_PASSWORD".into(), "dba".into()),
        ("ACST_AUTH".into(), "digest".into()),
        ("ACST_SERVER_UNION".into(), "true".into()),
    ];
    s
}

fn virtuoso_ini(dir: &Path, port: u16, sql_port: u16) -> String {
    let d = dir.display();
    format!(
        "[Database]\nDatabaseFile = {d}/virtuoso.db\nErrorLogFile = {d}/virtuoso.log\n\
         TransactionFile = {d}/virtuoso.trx\nxa_persistent_file = {d}/virtuoso.pxa\n\
         ErrorLogLevel = 7\nFileExtend = 200\nMaxCheckpointRemap = 2000\nStriping = 0\n\
         TempStorage = TempDatabase\n\n[TempDatabase]\nDatabaseFile = {d}/virtuoso-temp.db\n\
         TransactionFile = {d}/virtuoso-temp.trx\nMaxCheckpointRemap = 2000\nStriping = 0\n\n\
         [Parameters]\nServerPort = {sql_port}\nServerThreads = 10\nCheckpointInterval = 60\n\
         NumberOfBuffers = 10000\nMaxDirtyBuffers = 6000\nDirsAllowed = ., {d}\n\n\
         [HTTPServer]\nServerPort = {port}\nServerRoot = {d}\nServerThreads = 10\n\
         MaxClientConnections = 10\nMaxKeepAlives = 10\nKeepAliveTimeout = 10\n\
         EnabledDavVSP = 0\n\n[SPARQL]\nResultSetMaxRows = 1000000\nMaxQueryExecutionTime = 120\n"
    )
}

/// `acst serve` on the store of `store_dir`, with extra flags.
pub fn acst_serve(store_dir: &Path, flags: &[&str]) -> Server {
    let dir = tempfile::tempdir().expect("temp dir");
    let port = free_port();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_acst"));
    cmd.arg("--store")
        .arg(store_dir)
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .args(flags)
        .env_remove("ACST_ENDPOINT");
    let mut s = spawn(cmd, dir, port, "acst serve");
    wait_ready(&mut s, "/", Duration::from_secs(30));
    s
}
