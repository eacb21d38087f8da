//! A test environment: a temp dir with its own store, and the built binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
pub fn stories() -> PathBuf {
    repo().join("data/stories")
}
/// The real CognioNews page in ../shared/fixtures (read from there, never copied). Tests
/// that read it carry `#[cfg_attr(not(acst_fixture), ignore = …)]` (see build.rs): on a
/// clone without ../shared they are listed as ignored with the reason, and
/// ACST_REQUIRE_FIXTURE=1 (.ci/run) makes them run, and fail, anyway.
pub fn fixture() -> PathBuf {
    repo().join("../shared/fixtures/seed-softbank-openai-loan.txt")
}

/// How many sample stories there are.
pub fn sample_count() -> usize {
    std::fs::read_dir(stories()).unwrap().count()
}

/// A sample story, by file name.
pub fn sample(name: &str) -> PathBuf {
    stories().join(name)
}

pub struct Env {
    pub dir: tempfile::TempDir,
    /// Extra environment for every command (a remote endpoint's ACST_* variables).
    pub vars: Vec<(String, String)>,
}

/// The variables that point acst at a server; cleared unless a test sets them.
const REMOTE_VARS: [&str; 8] = [
    "ACST_ENDPOINT",
    "ACST_UPDATE_ENDPOINT",
    "ACST_GRAPH_STORE",
    "ACST_USER",
    "ACST_PASSWORD",
    "ACST_AUTH",
    "ACST_TOKEN",
    "ACST_SERVER_UNION",
];

impl Env {
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
            vars: Vec::new(),
        }
    }

    /// An environment whose commands work on a SPARQL server.
    pub fn on(vars: Vec<(String, String)>) -> Self {
        Env { vars, ..Env::new() }
    }

    /// A store with the sample data ingested (data/stories alone: the project's tests
    /// must not need anything outside the project).
    pub fn with_corpus() -> Self {
        let env = Env::new();
        env.ok(&["ingest", stories().to_str().unwrap()]);
        env
    }

    /// The sample data and the real page (tests about the real page only).
    pub fn with_corpus_and_fixture() -> Self {
        let env = Env::with_corpus();
        env.ok(&["ingest", fixture().to_str().unwrap()]);
        env
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_acst"));
        c.args(args)
            .current_dir(self.dir.path())
            .env("ACST_STORE", self.path("store"))
            .env("ACST_REFERENCE", repo().join("data/reference"))
            .env("ACST_CACHE_DIR", self.path("cache"));
        for v in REMOTE_VARS {
            c.env_remove(v);
        }
        c.envs(self.vars.iter().map(|(k, v)| (k, v)));
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("acst runs")
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "acst {args:?} failed ({}):\n{}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs and asserts failure; returns stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            !out.status.success(),
            "acst {args:?} should fail:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.ok(args))
            .unwrap_or_else(|e| panic!("acst {args:?}: not JSON: {e}"))
    }
}

/// Runs a Python snippet (the independent checkers); panics with its output on failure.
pub fn python(script: &str, args: &[&Path]) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python check failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
