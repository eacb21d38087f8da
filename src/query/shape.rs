//! Query shapes the engine cannot stop at a timeout, found before evaluation.
//!
//! Oxigraph checks its cancellation token when it reads from the store. A join of two
//! parts that share no variable (a cartesian product) produces its rows from memory,
//! and a sort or grouping above it consumes them all before it hands out anything, so
//! such a query keeps a core busy (and gigabytes of memory) long after its client got a
//! 504. A server refuses these shapes with a clear 400 instead; `acst query` runs them,
//! because it can end its own process at the timeout.

use spargebra::algebra::GraphPattern;
use spargebra::term::{NamedNodePattern, TermPattern, TriplePattern};
use spargebra::Query;
use std::collections::BTreeSet;

/// Why a query was refused: the two parts of the product, written back as SPARQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub left: String,
    pub right: String,
}

impl std::fmt::Display for Product {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the query joins parts that share no variable, a cartesian product of \
             {{ {} }} and {{ {} }}: the engine cannot stop such a query at its timeout, \
             so this server does not run it. Join the parts on a shared variable, or \
             bound one of them (VALUES, or a subquery with LIMIT); `acst query` runs it \
             on a local store",
            self.left, self.right
        )
    }
}

/// The first unbounded cartesian product in the query, if any.
pub fn find_product(query: &Query) -> Option<Product> {
    let pattern = match query {
        Query::Select { pattern, .. }
        | Query::Construct { pattern, .. }
        | Query::Describe { pattern, .. }
        | Query::Ask { pattern, .. } => pattern,
    };
    product_in(pattern)
}

fn product_in(p: &GraphPattern) -> Option<Product> {
    use GraphPattern as G;
    match p {
        G::Bgp { patterns } => bgp_product(patterns),
        G::Join { left, right } | G::LeftJoin { left, right, .. } => {
            product_in(left).or_else(|| product_in(right)).or_else(|| {
                let disjoint = variables(left).is_disjoint(&variables(right));
                (disjoint && !bounded(left) && !bounded(right) && has_variables(left, right)).then(
                    || Product {
                        left: shorten(left.to_string()),
                        right: shorten(right.to_string()),
                    },
                )
            })
        }
        G::Union { left, right } | G::Minus { left, right } => {
            product_in(left).or_else(|| product_in(right))
        }
        G::Filter { inner, .. }
        | G::Graph { inner, .. }
        | G::Extend { inner, .. }
        | G::OrderBy { inner, .. }
        | G::Project { inner, .. }
        | G::Distinct { inner }
        | G::Reduced { inner }
        | G::Slice { inner, .. }
        | G::Group { inner, .. }
        | G::Service { inner, .. } => product_in(inner),
        _ => None,
    }
}

fn has_variables(left: &GraphPattern, right: &GraphPattern) -> bool {
    !variables(left).is_empty() && !variables(right).is_empty()
}

/// Triple patterns of one group, split into parts connected by shared variables (blank
/// nodes count: they are variables scoped to the group).
fn bgp_product(patterns: &[TriplePattern]) -> Option<Product> {
    let names: Vec<BTreeSet<String>> = patterns.iter().map(pattern_names).collect();
    let mut part: Vec<usize> = (0..patterns.len()).collect();
    // Patterns are few: merge parts until nothing changes.
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..patterns.len() {
            for j in i + 1..patterns.len() {
                if part[i] != part[j] && !names[i].is_disjoint(&names[j]) {
                    let (from, to) = (part[j].max(part[i]), part[j].min(part[i]));
                    part.iter_mut()
                        .filter(|p| **p == from)
                        .for_each(|p| *p = to);
                    changed = true;
                }
            }
        }
    }
    let with_vars = |k: usize| (0..patterns.len()).find(|&i| part[i] == k && !names[i].is_empty());
    let mut parts: Vec<usize> = part.clone();
    parts.sort_unstable();
    parts.dedup();
    let mut firsts = parts.into_iter().filter_map(with_vars);
    let (a, b) = (firsts.next()?, firsts.next()?);
    Some(Product {
        left: patterns[a].to_string(),
        right: patterns[b].to_string(),
    })
}

fn pattern_names(t: &TriplePattern) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for term in [&t.subject, &t.object] {
        match term {
            TermPattern::Variable(v) => {
                out.insert(format!("?{}", v.as_str()));
            }
            TermPattern::BlankNode(b) => {
                out.insert(format!("_:{}", b.as_str()));
            }
            _ => {}
        }
    }
    if let NamedNodePattern::Variable(v) = &t.predicate {
        out.insert(format!("?{}", v.as_str()));
    }
    out
}

fn variables(p: &GraphPattern) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    p.on_in_scope_variable(|v| {
        out.insert(v.as_str());
    });
    out
}

/// A part whose size does not grow with the store: inline data, a LIMIT, a single
/// aggregate row, or patterns without variables.
fn bounded(p: &GraphPattern) -> bool {
    use GraphPattern as G;
    match p {
        G::Values { .. } => true,
        G::Slice { length, inner, .. } => length.is_some() || bounded(inner),
        G::Group {
            variables, inner, ..
        } => variables.is_empty() || bounded(inner),
        G::Bgp { patterns } => patterns.iter().all(|t| pattern_names(t).is_empty()),
        G::Extend { inner, .. }
        | G::Project { inner, .. }
        | G::Distinct { inner }
        | G::Reduced { inner }
        | G::OrderBy { inner, .. }
        | G::Filter { inner, .. } => bounded(inner),
        _ => false,
    }
}

fn shorten(mut s: String) -> String {
    const MAX: usize = 120;
    if s.len() > MAX {
        let cut = (0..=MAX)
            .rev()
            .find(|&i| s.is_char_boundary(i))
            .unwrap_or(0);
        s.truncate(cut);
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(q: &str) -> Option<Product> {
        find_product(&spargebra::SparqlParser::new().parse_query(q).unwrap())
    }

    #[test]
    fn products_are_found_in_one_group_and_across_groups() {
        assert!(check("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c").is_some());
        assert!(check("SELECT * WHERE { { ?a ?b ?c } { ?d ?e ?f } }").is_some());
        assert!(check("SELECT * WHERE { ?a ?b ?c OPTIONAL { ?d ?e ?f } }").is_some());
        assert!(check("SELECT * WHERE { ?a ?b [] . ?d ?e [] }").is_some());
        let nested =
            "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f } } }";
        assert!(check(nested).is_some());
    }

    #[test]
    fn joined_or_bounded_parts_pass() {
        assert!(check("SELECT * WHERE { ?a ?b ?c . ?c ?e ?f }").is_none());
        assert!(check("SELECT * WHERE { ?a ?b _:x . _:x ?e ?f }").is_none());
        assert!(check("SELECT * WHERE { VALUES ?x { 1 2 } ?a ?b ?c }").is_none());
        assert!(check(
            "SELECT * WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } } ?a ?b ?c }"
        )
        .is_none());
        assert!(
            check("SELECT * WHERE { { SELECT ?a WHERE { ?a ?b ?c } LIMIT 5 } ?d ?e ?f }").is_none()
        );
        assert!(check("ASK { <http://e/a> <http://e/b> <http://e/c> . ?s ?p ?o }").is_none());
        assert!(check("SELECT * WHERE { GRAPH ?g { ?a ?b ?c } ?g ?e ?f }").is_none());
    }
}
