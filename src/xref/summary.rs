//! Per-outlet aggregates for the derived graph: what `outlet-summary` asked the engine
//! to compute with nested GROUP BYs over every story at each query (20 s at 35,000
//! stories), computed once by `acst xref` from the corpus index and the cmrScores.

use super::index::{Corpus, ItemKind};
use super::scan::TripleSource;
use crate::error::Result;
use crate::vocab::{self, acst, cognio, schema, RDFS_LABEL, RDF_TYPE};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use oxsdatatypes::Decimal;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The cmrScore of each story that gives one, as the decimal it is written as.
fn cmr_scores(src: &dyn TripleSource) -> Result<HashMap<String, Decimal>> {
    let mut out = HashMap::new();
    src.each(&cognio("cmrScore"), &mut |s, o| {
        if let Term::Literal(l) = o {
            if let Ok(d) = l.value().parse::<Decimal>() {
                out.insert(s, d);
            }
        }
    })?;
    Ok(out)
}

/// `ROUND(AVG(?c) * 100) / 100` as SPARQL computes it on decimals, so that the derived
/// value is the one the query used to compute, digit for digit.
fn mean(values: &[Decimal]) -> Option<Decimal> {
    let n = i64::try_from(values.len()).ok().filter(|&n| n > 0)?;
    let sum = values
        .iter()
        .try_fold(Decimal::from(0), |a, &v| a.checked_add(v))?;
    sum.checked_div(n)?
        .checked_mul(100)?
        .checked_round()?
        .checked_div(100)
}

/// One acst:OutletSummary node per outlet: its name, stories, mean cmrScore, and its most
/// frequent omission theme (ties by notation) with that theme's story count.
pub fn outlet_quads(c: &Corpus, src: &dyn TripleSource) -> Result<Vec<Quad>> {
    let cmr = cmr_scores(src)?;
    let g: GraphName = NamedNode::new_unchecked(vocab::XREF_GRAPH).into();
    let mut out = Vec::new();
    for (i, item) in c.items.iter().enumerate() {
        if item.kind != ItemKind::Outlet {
            continue;
        }
        let Ok(outlet) = NamedNode::new(item.key.as_str()) else {
            continue;
        };
        let stories = &c.postings[i];
        // Stories per theme (the corpus leaves "other" out, as the query did).
        let mut themes: BTreeMap<(&str, &str), i64> = BTreeMap::new();
        for &s in stories {
            for &t in &c.story_items[s as usize] {
                let it = &c.items[t as usize];
                if it.kind == ItemKind::Theme {
                    *themes
                        .entry((it.label.as_str(), it.key.as_str()))
                        .or_default() += 1;
                }
            }
        }
        let top = themes
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0 .0.cmp(a.0 .0)));
        let scores: Vec<Decimal> = stories
            .iter()
            .filter_map(|&s| cmr.get(&c.stories[s as usize].iri).copied())
            .collect();
        let slug = item.key.rsplit('/').next().unwrap_or("");
        let Ok(node) = NamedNode::new(format!("{}xref/outlet/{slug}", vocab::BASE)) else {
            continue;
        };
        let s = NamedOrBlankNode::from(node);
        let mut add = |p: &str, o: Term| {
            out.push(Quad::new(
                s.clone(),
                NamedNode::new_unchecked(p),
                o,
                g.clone(),
            ))
        };
        add(
            RDF_TYPE,
            NamedNode::new_unchecked(acst("OutletSummary")).into(),
        );
        add(&acst("summaryOf"), outlet.into());
        add(RDFS_LABEL, Literal::new_simple_literal(&item.label).into());
        add(&acst("stories"), Literal::from(stories.len() as i64).into());
        if let Some(m) = mean(&scores) {
            add(&acst("meanCmrScore"), Literal::from(m).into());
        }
        if let Some(((_, key), n)) = top {
            if let Ok(theme) = NamedNode::new(*key) {
                add(&acst("topTheme"), theme.into());
                add(&acst("topThemeStories"), Literal::from(*n).into());
            }
        }
    }
    Ok(out)
}

/// Every (subject, object) of predicate `p` (all graphs, duplicates once), or of the
/// `subjects` given.
fn pairs(
    src: &dyn TripleSource,
    p: &str,
    subjects: Option<&[&str]>,
) -> Result<Vec<(String, Term)>> {
    let mut out = std::collections::HashSet::new();
    let mut add = |s, o| {
        out.insert((s, o));
    };
    match subjects {
        Some(subjects) => src.each_of(subjects, p, &mut add)?,
        None => src.each(p, &mut add)?,
    }
    // Sorted, so that the derived graph is written in the same order every time.
    let mut v: Vec<(String, Term)> = out.into_iter().collect();
    v.sort_by_cached_key(|(s, o)| (s.clone(), o.to_string()));
    Ok(v)
}

fn summary_node(kind: &str, key: &str) -> Option<NamedOrBlankNode> {
    let slug = crate::extract::normalize::slug(key);
    NamedNode::new(format!("{}xref/{kind}/{slug}", vocab::BASE))
        .ok()
        .map(Into::into)
}

/// Invoked episodes by story count, for `recurring-parallels`: one acst:ParallelSummary
/// per (event name, pattern), as that query grouped (two events of one name are one row).
pub fn parallel_quads(c: &Corpus, src: &dyn TripleSource) -> Result<Vec<Quad>> {
    let g: GraphName = NamedNode::new_unchecked(vocab::XREF_GRAPH).into();
    // The names and patterns of the invoked events only: every story, actor and node
    // has a name too.
    let events: Vec<&str> = c
        .items
        .iter()
        .filter(|it| it.kind == ItemKind::Parallel)
        .map(|it| it.key.as_str())
        .collect();
    let mut names: HashMap<String, Vec<Term>> = HashMap::new();
    for (s, o) in pairs(src, &schema("name"), Some(&events))? {
        names.entry(s).or_default().push(o);
    }
    let mut patterns: HashMap<String, Vec<Term>> = HashMap::new();
    for (s, o) in pairs(src, &acst("pattern"), Some(&events))? {
        patterns.entry(s).or_default().push(o);
    }
    let mut groups: HashMap<(Term, Term), BTreeSet<u32>> = HashMap::new();
    for (i, item) in c.items.iter().enumerate() {
        if item.kind != ItemKind::Parallel {
            continue;
        }
        for name in names.get(&item.key).into_iter().flatten() {
            for pattern in patterns.get(&item.key).into_iter().flatten() {
                groups
                    .entry((name.clone(), pattern.clone()))
                    .or_default()
                    .extend(&c.postings[i]);
            }
        }
    }
    let mut groups: Vec<((Term, Term), BTreeSet<u32>)> = groups.into_iter().collect();
    groups.sort_by_cached_key(|((n, p), _)| (n.to_string(), p.to_string()));
    let mut out = Vec::new();
    for ((name, pattern), stories) in groups {
        let (Term::Literal(l), Term::NamedNode(p)) = (&name, &pattern) else {
            continue;
        };
        let Some(s) = summary_node("parallel", &format!("{} {}", l.value(), p.as_str())) else {
            continue;
        };
        for (pred, o) in [
            (
                RDF_TYPE.to_owned(),
                Term::from(NamedNode::new_unchecked(acst("ParallelSummary"))),
            ),
            (RDFS_LABEL.to_owned(), name.clone()),
            (acst("pattern"), pattern.clone()),
            (acst("stories"), Literal::from(stories.len() as i64).into()),
        ] {
            out.push(Quad::new(
                s.clone(),
                NamedNode::new_unchecked(pred),
                o,
                g.clone(),
            ));
        }
    }
    Ok(out)
}

/// Solution pathway types by stories and pathways, for `solution-types`: one
/// acst:SolutionTypeSummary per type the corpus's stories propose.
pub fn solution_type_quads(c: &Corpus, src: &dyn TripleSource) -> Result<Vec<Quad>> {
    let g: GraphName = NamedNode::new_unchecked(vocab::XREF_GRAPH).into();
    // A pathway node is minted under its story's IRI (as the index reads it too).
    let mut types: BTreeMap<String, (BTreeSet<usize>, BTreeSet<String>)> = BTreeMap::new();
    src.each(&acst("solutionType"), &mut |p, t| {
        let story = super::scan::story_of(&p).and_then(|s| c.story(s));
        if let (Some(s), Term::NamedNode(t), true) = (story, t, p.contains("/pathway/")) {
            let e = types.entry(t.into_string()).or_default();
            e.0.insert(s);
            e.1.insert(p);
        }
    })?;
    let mut out = Vec::new();
    for (t, (stories, pathways)) in types {
        let (Some(s), Ok(ty)) = (summary_node("solution-type", &t), NamedNode::new(t)) else {
            continue;
        };
        for (pred, o) in [
            (
                RDF_TYPE.to_owned(),
                Term::from(NamedNode::new_unchecked(acst("SolutionTypeSummary"))),
            ),
            (acst("summaryOf"), ty.into()),
            (acst("stories"), Literal::from(stories.len() as i64).into()),
            (
                acst("pathways"),
                Literal::from(pathways.len() as i64).into(),
            ),
        ] {
            out.push(Quad::new(
                s.clone(),
                NamedNode::new_unchecked(pred),
                o,
                g.clone(),
            ));
        }
    }
    Ok(out)
}
