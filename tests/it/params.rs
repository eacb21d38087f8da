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
                // Grouping by the written-in term alone is grouping everything: no GROUP BY.
                let rest = replace_var(l, &v, "");
                if rest.contains('?') {
                    rest
                } else {
                    rest.replacen("GROUP BY", "", 1)
                }
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
    // shared-omission reads the derived graph.
    env.ok(&["xref"]);
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

/// Issue 14: shared-omission answers the 100 stories that share most themes, found by
/// a cut on their count before the full sort: on a corpus of 130 stories whose theme
/// sets tie at every count, its rows are the first 100 of the unbounded query (the
/// query as it was before the cut, kept in tests/golden), in the same order.
#[test]
fn issue14_shared_omission_is_the_top_100_of_the_unbounded_query() {
    let env = Env::new();
    // Five omitted items, each with its own theme; story n omits those of n's bits.
    let items = [
        "The report omits that the couriers' wages fell.",
        "It leaves out that the regulator never inspected the depots.",
        "It ignores the debt the chain took on to buy its rivals.",
        "It says nothing of the Indigenous nations whose land the depots occupy.",
        "It is silent on the emissions of the delivery fleet.",
    ];
    let mut pages = Vec::new();
    for n in 1..=130usize {
        let missing: Vec<&str> = (0..5)
            .filter(|b| (n >> b) & 1 == 1 || (n % 31 == b + 1))
            .map(|b| items[b])
            .collect();
        let p = crate::constructions::layout_b(
            &env,
            &format!("Depot Story {n}"),
            &missing.join(" "),
            "",
            "",
        );
        pages.push(p.to_str().unwrap().to_owned());
    }
    let mut args = vec!["ingest"];
    args.extend(pages.iter().map(String::as_str));
    env.ok(&args);
    env.ok(&["xref"]);
    let story = "story=Depot Story 127";
    let top = env.ok(&[
        "query",
        "-n",
        "shared-omission",
        "--param",
        story,
        "--format",
        "csv",
    ]);
    let unbounded =
        std::fs::read_to_string(repo().join("tests/golden/shared-omission-unbounded.rq")).unwrap();
    // The story's IRI, written into the unbounded query (its text declares no types).
    let iri = top
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_owned();
    let all = env.ok(&[
        "query",
        &written_in(&unbounded, "story", &iri),
        "--format",
        "csv",
    ]);
    let all: Vec<&str> = all.lines().collect();
    assert!(
        all.len() > 101,
        "the corpus is too small to cut: {}",
        all.len()
    );
    assert_eq!(top.lines().collect::<Vec<_>>(), all[..101].to_vec());
}
