//! Per-outlet aggregates for the derived graph: what `outlet-summary` asked the engine
//! to compute with nested GROUP BYs over every story at each query (20 s at 35,000
//! stories), computed once by `acst xref` from the corpus index and the cmrScores.

use super::index::{Corpus, ItemKind};
use super::scan::TripleSource;
use crate::error::Result;
use crate::vocab::{self, acst, cognio, RDFS_LABEL, RDF_TYPE};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use oxsdatatypes::Decimal;
use std::collections::{BTreeMap, HashMap};

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
