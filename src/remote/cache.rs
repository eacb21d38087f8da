//! The corpus index of a server, cached on this machine. Reading it takes one SELECT
//! per predicate (seconds at 3,500 stories); the cache is checked against a fingerprint
//! of the server's stories — how many there are and when the latest was ingested — so a
//! new or re-ingested story anywhere makes acst read the index afresh.

use super::Remote;
use crate::error::Result;
use crate::vocab;
use crate::xref::Corpus;
use sha2::Digest;
use std::path::PathBuf;

#[derive(serde::Serialize)]
struct Entry<'a> {
    fingerprint: &'a str,
    corpus: &'a Corpus,
}

#[derive(serde::Deserialize)]
struct Stored {
    fingerprint: String,
    corpus: Corpus,
}

/// `ACST_CACHE_DIR`, else `$XDG_CACHE_HOME/acst`, else `~/.cache/acst`.
fn cache_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("ACST_CACHE_DIR") {
        return Some(d.into());
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("acst"))
}

fn cache_path(remote: &Remote) -> Option<PathBuf> {
    let hash = sha2::Sha256::digest(remote.endpoint.query.as_bytes());
    let name: String = hash[..8].iter().map(|b| format!("{b:02x}")).collect();
    Some(cache_dir()?.join(format!("index-{name}.json")))
}

/// Story count and latest ingest time on the server.
fn fingerprint(remote: &Remote) -> Result<String> {
    let q = format!(
        "SELECT (COUNT(?g) AS ?n) (MAX(STR(?t)) AS ?latest) WHERE {{ GRAPH ?g {{ ?g <{}> ?t }} }}",
        vocab::prov("generatedAtTime")
    );
    let row = remote.select(&q)?.next().transpose()?;
    let get = |v: &str| row.as_ref().and_then(|r| crate::query::value(r, v));
    Ok(format!(
        "{} {}",
        get("n").unwrap_or_default(),
        get("latest").unwrap_or_default()
    ))
}

/// The server's index: from the cache when the fingerprint still matches.
pub fn corpus(remote: &Remote) -> Result<Corpus> {
    let fp = fingerprint(remote)?;
    let path = cache_path(remote);
    if let Some(bytes) = path.as_ref().and_then(|p| std::fs::read(p).ok()) {
        if let Ok(stored) = serde_json::from_slice::<Stored>(&bytes) {
            let corpus = stored.corpus.finish();
            if stored.fingerprint == fp && corpus.is_consistent() {
                return Ok(corpus);
            }
        }
    }
    let corpus = Corpus::scan(remote)?;
    // Best effort: without a writable cache folder acst still answers, uncached.
    if let Some(path) = path {
        let entry = Entry {
            fingerprint: &fp,
            corpus: &corpus,
        };
        if let (Ok(json), Some(dir)) = (serde_json::to_vec(&entry), path.parent()) {
            let tmp = path.with_extension("tmp");
            if std::fs::create_dir_all(dir).is_ok() && std::fs::write(&tmp, json).is_ok() {
                let _ = std::fs::rename(&tmp, &path);
            }
        }
    }
    Ok(corpus)
}
