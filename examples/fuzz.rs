//! A mutation fuzzer for acst's fuzz targets (`src/fuzz.rs`) and for the server's
//! request handling, built in the test profile so no second RocksDB build is needed.
//! It is not coverage-guided: mutants that a reader accepts join the pool, so mutation
//! goes on from inputs that get past the readers. `scripts/fuzz` runs every target.
//!
//!   cargo run --example fuzz -- TARGET SECONDS OUT_DIR
//!
//! TARGET is read, extract, sparql or http. Panics, hangs (an input running over 10 s)
//! and accepted stories that fail validation are written to OUT_DIR/{crashes,hangs,
//! invalid}; the input being run is always in OUT_DIR/current, so an abort (a stack
//! overflow, say) leaves it behind. The last line printed is a JSON summary.

use acst::fuzz::{Harness, Outcome, Target};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const HANG: Duration = Duration::from_secs(10);
const MAX_INPUT: usize = 256 * 1024;
const POOL: usize = 2000;

static PANICKED: AtomicBool = AtomicBool::new(false);
static PANIC_MESSAGE: Mutex<String> = Mutex::new(String::new());

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, target, seconds, out] = &args[..] else {
        eprintln!("usage: fuzz TARGET SECONDS OUT_DIR (TARGET: read, extract, sparql, http)");
        std::process::exit(2);
    };
    let budget = Duration::from_secs(seconds.parse().expect("SECONDS is a number"));
    let out = PathBuf::from(out);
    for d in ["crashes", "hangs", "invalid"] {
        std::fs::create_dir_all(out.join(d)).expect("output folder");
    }
    // Panics are findings: note them quietly, the loop saves the input.
    std::panic::set_hook(Box::new(|info| {
        PANICKED.store(true, Ordering::SeqCst);
        *PANIC_MESSAGE.lock().unwrap_or_else(|e| e.into_inner()) = info.to_string();
    }));
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pages = page_seeds(repo);
    let mut fuzz = Fuzz::new(target, &out, &pages);
    let summary = fuzz.run(budget);
    println!("{summary}");
    if summary["crashes"].as_u64() != Some(0) || summary["invalid"].as_u64() != Some(0) {
        std::process::exit(1);
    }
}

/// The sample pages and evaluation pages: seeds for the page targets, and the store's
/// content for the query and server targets.
fn page_seeds(repo: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["data/stories", "tests/eval/pages", "tests/eval2/pages"] {
        let Ok(entries) = std::fs::read_dir(repo.join(dir)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
        files.sort();
        for f in files {
            if let Ok(b) = std::fs::read(&f) {
                out.push((f.file_name().unwrap().to_string_lossy().into_owned(), b));
            }
        }
    }
    out
}

/// What runs one input: a library target, or a request to a live server.
enum Runner {
    Lib(Target, Box<Harness>),
    Http(http::Server),
}

struct Fuzz {
    name: String,
    runner: Runner,
    pool: Vec<Vec<u8>>,
    dict: &'static [&'static str],
    out: PathBuf,
    rng: u64,
}

impl Fuzz {
    fn new(target: &str, out: &Path, pages: &[(String, Vec<u8>)]) -> Self {
        let harness = || Box::new(Harness::new(pages).expect("harness"));
        let (runner, pool, dict): (Runner, Vec<Vec<u8>>, &'static [&'static str]) = match target {
            "http" => {
                let server = http::Server::start(pages);
                let seeds = server.seeds(pages);
                (Runner::Http(server), seeds, http::DICT)
            }
            "sparql" => (
                Runner::Lib(Target::Sparql, harness()),
                query_seeds(),
                SPARQL_DICT,
            ),
            t => {
                let t = Target::from_name(t).expect("TARGET is read, extract, sparql or http");
                let seeds = pages.iter().map(|(_, b)| b.clone()).collect();
                (Runner::Lib(t, harness()), seeds, PAGE_DICT)
            }
        };
        Fuzz {
            name: target.to_owned(),
            runner,
            pool,
            dict,
            out: out.to_owned(),
            rng: 0x9E37_79B9_7F4A_7C15,
        }
    }

    fn run(&mut self, budget: Duration) -> serde_json::Value {
        let started_at = Arc::new(AtomicU64::new(u64::MAX));
        watchdog(started_at.clone(), self.out.clone(), self.name.clone());
        let clock = Instant::now();
        let (mut execs, mut crashes, mut invalid, mut accepted) = (0u64, 0u64, 0u64, 0u64);
        while clock.elapsed() < budget {
            let pick = self.below(self.pool.len());
            let parent = self.pool[pick].clone();
            let input = self.mutate(parent);
            std::fs::write(self.out.join("current"), &input).expect("write current input");
            started_at.store(clock.elapsed().as_millis() as u64, Ordering::SeqCst);
            let outcome = match &mut self.runner {
                Runner::Lib(t, h) => {
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| h.run(*t, &input)))
                        .unwrap_or(Outcome::Done)
                }
                Runner::Http(s) => s.send(&input),
            };
            started_at.store(u64::MAX, Ordering::SeqCst);
            execs += 1;
            if PANICKED.swap(false, Ordering::SeqCst) {
                crashes += 1;
                let why = PANIC_MESSAGE.lock().map(|m| m.clone()).unwrap_or_default();
                self.save("crashes", &input, &why);
            }
            match outcome {
                Outcome::Invalid(v) => {
                    invalid += 1;
                    self.save("invalid", &input, &format!("{v:#?}"));
                }
                Outcome::Accepted => {
                    accepted += 1;
                    self.keep(input);
                }
                Outcome::Done | Outcome::Refused => {}
            }
            if let Runner::Http(s) = &self.runner {
                if execs % 25 == 0 && !s.alive() {
                    let last = std::fs::read(self.out.join("current")).unwrap_or_default();
                    self.save("hangs", &last, "the server stopped answering");
                    std::process::exit(3);
                }
            }
        }
        let secs = clock.elapsed().as_secs_f64();
        serde_json::json!({
            "target": self.name, "execs": execs, "seconds": secs.round(),
            "execs_per_second": (execs as f64 / secs).round(), "crashes": crashes,
            "hangs": 0, "invalid": invalid, "accepted": accepted, "pool": self.pool.len(),
        })
    }

    fn keep(&mut self, input: Vec<u8>) {
        if self.pool.len() < POOL {
            self.pool.push(input);
        } else {
            let i = self.next() as usize % POOL;
            self.pool[i] = input;
        }
    }

    fn save(&self, kind: &str, input: &[u8], why: &str) {
        let name = format!("{}-{:016x}", self.name, fnv(input));
        let dir = self.out.join(kind);
        let _ = std::fs::write(dir.join(&name), input);
        let _ = std::fs::write(dir.join(format!("{name}.why")), why);
    }

    /// xorshift64*: fast and good enough to pick mutations.
    fn next(&mut self) -> u64 {
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        self.rng.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn mutate(&mut self, mut b: Vec<u8>) -> Vec<u8> {
        for _ in 0..1 + self.below(4) {
            let at = self.below(b.len() + 1);
            let len = 1 + self.below(64.min(b.len().saturating_sub(at)).max(1));
            let end = (at + len).min(b.len());
            match self.below(8) {
                0 if at < b.len() => b[at] ^= 1 << self.below(8),
                1 if at < b.len() => b[at] = self.next() as u8,
                2 => drop(b.drain(at..end)),
                3 => {
                    let piece = b[at..end].to_vec();
                    b.splice(at..at, piece);
                }
                4 | 5 => {
                    let t = self.dict[self.below(self.dict.len())].as_bytes();
                    b.splice(at..at, t.iter().copied());
                }
                6 => {
                    let pick = self.below(self.pool.len());
                    let other = self.pool[pick].clone();
                    let from = self.below(other.len());
                    let to = (from + 1 + self.below(512)).min(other.len());
                    b.splice(at..at, other[from..to].iter().copied());
                }
                _ => {
                    // One short piece many times: depth and length in one go.
                    let piece = b[at..end.min(at + 4)].to_vec();
                    let times = 1 + self.below(3000);
                    let rep: Vec<u8> = piece
                        .iter()
                        .copied()
                        .cycle()
                        .take(piece.len() * times)
                        .collect();
                    b.splice(at..at, rep);
                }
            }
            b.truncate(MAX_INPUT);
        }
        b
    }
}

/// Aborts with the input saved as a hang when one input runs past [`HANG`].
fn watchdog(started_at: Arc<AtomicU64>, out: PathBuf, name: String) {
    let clock = Instant::now();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(500));
        let at = started_at.load(Ordering::SeqCst);
        if at != u64::MAX && clock.elapsed().as_millis() as u64 > at + HANG.as_millis() as u64 {
            let input = std::fs::read(out.join("current")).unwrap_or_default();
            let file = out
                .join("hangs")
                .join(format!("{name}-{:016x}", fnv(&input)));
            let _ = std::fs::write(file, input);
            eprintln!("fuzz: an input ran over {HANG:?}; saved under hangs/");
            std::process::exit(3);
        }
    });
}

fn fnv(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325, |h, &x| {
        (h ^ x as u64).wrapping_mul(0x100_0000_01b3)
    })
}

fn query_seeds() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| std::fs::read(e.ok()?.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    seeds.extend(
        [
            "SELECT ?s WHERE { ?s a cognio:Review } ORDER BY ?s LIMIT 3",
            "ASK { ?s ?p ?o FILTER(!isIRI(?o)) }",
            "SELECT ?o WHERE { ?s ?p ?o FILTER(!isIRI(?o)) } ORDER BY ?o",
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10",
            "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"c\" } }",
            "DELETE WHERE { GRAPH ?g { ?s acst:weight ?w } }",
        ]
        .map(|s| s.as_bytes().to_vec()),
    );
    seeds.sort();
    seeds
}

const PAGE_DICT: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"@id\": ",
    "\"@type\": ",
    "\"@context\": ",
    "\"@graph\": [",
    "<script type=\"application/ld+json\">",
    "</script>",
    "<!DOCTYPE html>",
    "\n## ",
    " — ",
    "🔍 ",
    "Historical Parallels",
    "Omissions",
    "Solution Pathways",
    "Signal: ",
    "\n1. ",
    "%",
    "(",
    ")",
    "2026-02-30",
    "\0",
    "\u{FEFF}",
    "https://cognionews.com/stories/",
    "\"",
    "\\",
    "&amp;",
    "<",
    ">",
    " the ",
    " Crisis",
    " of 1929",
    " Inc.",
    " (ABC)",
    "’s",
    "\r\n",
    "\u{202E}",
    "e\u{301}",
    "the Fed",
    "Omitted: ",
];

const SPARQL_DICT: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "SELECT ",
    "* ",
    "WHERE ",
    "?x ",
    "FILTER(",
    "ORDER BY ",
    "GROUP BY ",
    "OPTIONAL ",
    "UNION ",
    "VALUES ?story { <urn:a> } ",
    "GRAPH ?g ",
    "<urn:x> ",
    "\"lit\"@en ",
    "^^xsd:integer ",
    "COUNT(*) ",
    ". ",
    "; ",
    ", ",
    "|",
    "/",
    "*",
    "+",
    "!",
    "SERVICE <http://127.0.0.1:1/> ",
    "LIMIT 3 ",
    "BIND(",
    " AS ?y) ",
    "MINUS ",
    "EXISTS ",
    "DESCRIBE ",
    "CONSTRUCT ",
    "ASK ",
    "INSERT DATA ",
    "DELETE WHERE ",
    "LOAD <file:///etc/passwd> ",
    "?story ",
    "_:b ",
    "[] ",
    "<<",
    ">>",
    "\\u0000",
];

/// The server target: raw HTTP requests to `acst serve` running in this process.
mod http {
    use super::*;
    use acst::server::ServerOptions;
    use acst::store::{Access, AcstStore};
    use std::net::{SocketAddr, TcpStream};

    pub const TOKEN: &str = "fuzz-token-0123456789";

    pub const DICT: &[&str] = &[
        "\r\n",
        "GET ",
        "POST ",
        "PUT ",
        "DELETE ",
        "HEAD ",
        "OPTIONS ",
        "/query",
        "/update",
        "/store",
        "/api/story/",
        "/api/ingest",
        "?graph=",
        "?default",
        "&",
        "=",
        "%",
        "%00",
        "../",
        "/etc/passwd",
        "Content-Length: 99999999\r\n",
        "Transfer-Encoding: chunked\r\n",
        "Origin: http://evil.example\r\n",
        "Authorization: Bearer fuzz-token-0123456789\r\n",
        "Content-Type: application/sparql-query\r\n",
        "Accept: */*\r\n",
        "Expect: 100-continue\r\n",
        "0\r\n\r\n",
        "{",
        "}",
        "(",
        ")",
    ];

    pub struct Server {
        addr: SocketAddr,
        _dir: tempfile::TempDir,
        _running: oxhttp::ListeningServer,
    }

    impl Server {
        pub fn start(pages: &[(String, Vec<u8>)]) -> Self {
            let dir = tempfile::tempdir().expect("temp dir");
            let store =
                AcstStore::open(&dir.path().join("store"), Access::ReadWrite).expect("store");
            let harness = Harness::new(pages).expect("harness");
            store.store.extend(harness.quads()).expect("load samples");
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .expect("free port")
                .port();
            let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
            let opts = ServerOptions {
                bind: addr,
                writable: true,
                max_body: 1 << 20,
                timeout: Duration::from_secs(2),
                max_concurrent: 4,
                reference_dir: None,
                token: Some(TOKEN.into()),
            };
            let running = acst::server::start(store, opts).expect("server starts");
            Server {
                addr,
                _dir: dir,
                _running: running,
            }
        }

        pub fn seeds(&self, pages: &[(String, Vec<u8>)]) -> Vec<Vec<u8>> {
            let page = pages.first().map(|(_, b)| b.clone()).unwrap_or_default();
            let auth = format!("Authorization: Bearer {TOKEN}\r\n");
            let with_body = |head: &str, body: &[u8]| {
                let mut r =
                    format!("{head}{auth}Content-Length: {}\r\n\r\n", body.len()).into_bytes();
                r.extend_from_slice(body);
                r
            };
            vec![
                b"GET /query?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%202 HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n".to_vec(),
                with_body("POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n", b"ASK { ?s a cognio:Review }"),
                with_body("POST /update HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n", b"update=INSERT%20DATA%20%7B%20GRAPH%20%3Curn%3Ax%3E%20%7B%20%3Curn%3Aa%3E%20%3Curn%3Ab%3E%201%20%7D%20%7D"),
                with_body("PUT /store?graph=urn:x HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\n", b"<urn:a> <urn:b> \"c\" ."),
                b"GET /store?graph=urn:x HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
                b"DELETE /store?graph=urn:x HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer fuzz-token-0123456789\r\n\r\n".to_vec(),
                b"GET /api/story/coreweave HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
                b"GET /api/story/coreweave/related?top=3 HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
                with_body("POST /api/ingest?name=page.txt HTTP/1.1\r\nHost: x\r\n", &page),
            ]
        }

        /// Sends one raw request and reads the answer, whatever it is.
        pub fn send(&self, raw: &[u8]) -> Outcome {
            if let Ok(mut c) = TcpStream::connect(self.addr) {
                let _ = c.set_read_timeout(Some(Duration::from_secs(5)));
                let _ = c.write_all(raw);
                let _ = c.shutdown(std::net::Shutdown::Write);
                let _ = c.read_to_end(&mut Vec::new());
            }
            Outcome::Done
        }

        /// Whether an ordinary query is still answered.
        pub fn alive(&self) -> bool {
            let Ok(mut c) = TcpStream::connect(self.addr) else {
                return false;
            };
            let _ = c.set_read_timeout(Some(Duration::from_secs(10)));
            let req =
                b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
            let mut answer = Vec::new();
            c.write_all(req).is_ok()
                && c.read_to_end(&mut answer).is_ok()
                && answer.starts_with(b"HTTP/1.1 200")
        }
    }
}
