//! Issue 14: a canned query's `--param` is bound inside the algebra. Whatever the
//! rewrite does, the answers must be those of the same query with the term written into
//! its text, for every canned query that takes a parameter, locally and on a server.

use crate::env::{repo, stories, Env};
use crate::servers;

/// A value for each parameterised canned query that matches something in the samples.
const CASES: [(&str, &str, &str); 4] = [
    ("shared-omission", "story", "54dc73205936c8a3"),
    ("shared-subject", "story", "54dc73205936c8a3"),
    ("actor-stories", "actor", "the Fed"),
    ("stories-by-theme", "theme", "environmental-cost"),
];

/// The query text with `?var` replaced by `<iri>` everywhere: projected as
/// `(<iri> AS ?var)` by the query and its subqueries, dropped from GROUP BY, written in every pattern.
fn written_in(text: &str, var: &str, iri: &str) -> String {
    let v = format!("?{var}");
    let term = format!("<{iri}>");
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            if let Some(at) = l.find("SELECT") {
                // A SELECT clause, the query's or a subquery's, then maybe its pattern.
                let (select, rest) = l.split_at(l[at..].find("WHERE").map_or(l.len(), |w| at + w));
                select.replacen(&v, &format!("({term} AS {v})"), 1) + &replace_var(rest, &v, &term)
            } else if l.starts_with("GROUP BY") {
                l.replace(&format!("{v} "), "")
            } else {
                replace_var(l, &v, &term)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Replaces the variable, not a longer one it is a prefix of (?story in ?storyTitle).
fn replace_var(line: &str, v: &str, term: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find(v) {
        let after = &rest[at + v.len()..];
        let whole = !after.starts_with(|c: char| c.is_alphanumeric() || c == '_');
        out.push_str(&rest[..at]);
        out.push_str(if whole { term } else { v });
        rest = after;
    }
    out + rest
}

fn sorted(csv: &str) -> Vec<String> {
    let mut rows: Vec<String> = csv.lines().map(str::to_owned).collect();
    rows[1..].sort();
    rows
}

fn same_answers(env: &Env) {
    env.ok(&["ingest", stories().to_str().unwrap()]);
    for (name, var, value) in CASES {
        let param = format!("{var}={value}");
        let bound = env.ok(&["query", "-n", name, "--param", &param, "--format", "csv"]);
        let rows = sorted(&bound);
        assert!(rows.len() > 1, "{name} --param {param} found nothing");
        let iri = rows[1].split(',').next().unwrap().to_owned();
        let text = std::fs::read_to_string(repo().join(format!("queries/{name}.rq"))).unwrap();
        let query = written_in(&text, var, &iri);
        let written = env.ok(&["query", &query, "--format", "csv"]);
        assert_eq!(rows, sorted(&written), "{name}: {query}");
    }
}

#[test]
fn issue14_bound_parameters_answer_as_the_term_written_in_locally() {
    same_answers(&Env::new());
}

#[test]
fn issue14_bound_parameters_answer_as_the_term_written_in_on_an_oxigraph_server() {
    let server = servers::oxigraph();
    same_answers(&Env::on(server.vars.clone()));
}
