//! Issue 17: the fuzz regression corpus. `scripts/fuzz` copies every input that broke a
//! target into tests/fuzz/TARGET/ (and the inputs of the issue's findings are there from
//! the start); each is replayed here, through the library targets and the real binary.

use crate::env::{repo, stories, Env};
use crate::servers::acst_serve;
use acst::fuzz::{Harness, Outcome, Target};
use std::io::{Read, Write};
use std::path::PathBuf;

fn corpus(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = repo().join("tests/fuzz").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let b = std::fs::read(&f).unwrap();
            (f, b)
        })
        .collect()
}

fn samples() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(stories())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|f| (f.display().to_string(), std::fs::read(&f).unwrap()))
        .collect()
}

#[test]
fn issue17_the_fuzz_corpus_replays_through_every_target() {
    let mut h = Harness::new(&samples()).unwrap();
    let mut replayed = 0;
    for target in Target::ALL {
        // Page inputs go through every page target, whichever found them.
        let dirs: &[&str] = match target {
            Target::Sparql => &["sparql"],
            _ => &["read", "extract"],
        };
        for dir in dirs {
            for (path, bytes) in corpus(dir) {
                match h.run(target, &bytes) {
                    Outcome::Invalid(v) => {
                        panic!("{}: stored story fails validation: {v:#?}", path.display())
                    }
                    Outcome::Done | Outcome::Refused | Outcome::Accepted => replayed += 1,
                }
            }
        }
    }
    assert!(replayed >= 10, "{replayed}");
}

#[test]
fn issue17_fuzz_corpus_pages_ingest_and_the_store_validates() {
    let env = Env::with_corpus();
    for dir in ["read", "extract"] {
        let out = env.run(&[
            "ingest",
            repo().join("tests/fuzz").join(dir).to_str().unwrap(),
        ]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(matches!(out.status.code(), Some(0 | 1)), "{err}");
        assert!(!err.contains("internal error"), "{err}");
    }
    env.ok(&["validate"]);
}

#[test]
fn issue17_fuzz_corpus_requests_leave_the_server_answering() {
    let env = Env::with_corpus();
    let token = env.path("token");
    std::fs::write(&token, "fuzz-token-0123456789\n").unwrap();
    let s = acst_serve(
        &env.path("store"),
        &["--writable", "--token-file", token.to_str().unwrap()],
    );
    let send = |raw: &[u8]| {
        let mut c = std::net::TcpStream::connect(("127.0.0.1", s.port)).unwrap();
        c.set_read_timeout(Some(std::time::Duration::from_secs(20)))
            .unwrap();
        let _ = c.write_all(raw);
        let _ = c.shutdown(std::net::Shutdown::Write);
        let mut answer = Vec::new();
        let _ = c.read_to_end(&mut answer);
        answer
    };
    for (path, raw) in corpus("http") {
        let answer = send(&raw);
        assert!(
            !answer.starts_with(b"HTTP/1.1 2"),
            "{}: a hostile request succeeded: {}",
            path.display(),
            String::from_utf8_lossy(&answer)
        );
    }
    let ok = send(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(ok.starts_with(b"HTTP/1.1 200"), "{}", s.log());
    let stories =
        send(b"GET /api/story/coreweave HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(
        stories.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&stories)
    );
}
