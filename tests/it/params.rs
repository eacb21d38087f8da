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

/// The query with the term written in: `?var` replaced by `<iri>` in every pattern and
/// left out of every SELECT and GROUP BY (subqueries included), and the whole query
/// wrapped in one that projects the same columns with `(<iri> AS ?var)` in its place.
fn written_in(text: &str, var: &str, iri: &str) -> String {
    let v = format!("?{var}");
    let term = format!("<{iri}>");
    let mut columns = None;
    let inner = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            if let Some(at) = l.find("SELECT") {
                let end = l[at..].find("WHERE").map_or(l.len(), |w| at + w);
                let (select, rest) = l.split_at(end);
                columns.get_or_insert_with(|| projected(&select[at + 6..], &v, &term));
                replace_var(select, &v, "") + &replace_var(rest, &v, &term)
            } else if l.trim_start().starts_with("GROUP BY") {
                replace_var(l, &v, "")
            } else {
                replace_var(l, &v, &term)
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        "SELECT {} WHERE {{ {{ {inner} }} }}",
        columns.expect("a SELECT")
    )
}

/// The outer SELECT's columns by name ("(COUNT(?x) AS ?n)" gives "?n"), `?var` as the
/// term: the wrapper's projection.
fn projected(select: &str, v: &str, term: &str) -> String {
    let select = select.trim_start().trim_start_matches("DISTINCT");
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in select.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ' ' if depth == 0 => {
                items.push(&select[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&select[start..]);
    items
        .into_iter()
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(|x| {
            if x == v {
                format!("({term} AS {v})")
            } else {
                x.rsplit(' ')
                    .next()
                    .unwrap()
                    .trim_end_matches(')')
                    .to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
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
