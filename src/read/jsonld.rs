//! JSON-LD `cognio:Review` documents (bare, or embedded in HTML), read through
//! Oxigraph's JSON-LD processor with the schema.org and ACST contexts served locally.

use crate::error::{Error, Result};
use crate::model::{Layout, LensReading, Pathway, Source, Story};
use crate::vocab::{acst, cognio, schema, RDF_TYPE};
use oxigraph::io::{JsonLdProfile, JsonLdProfileSet, LoadedDocument, RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Quad, Term};
use std::collections::BTreeMap;
use std::sync::Arc;

const SCHEMA_CONTEXT: &str = include_str!("../../ontology/contexts/schema.jsonld");
const ACST_CONTEXT: &str = include_str!("../../ontology/contexts/acst.jsonld");

/// Serves the remote `@context` documents acst knows from local copies: no network.
#[derive(Clone)]
pub struct ContextLoader {
    docs: Arc<BTreeMap<String, &'static str>>,
}

impl Default for ContextLoader {
    fn default() -> Self {
        let mut docs = BTreeMap::new();
        for url in [
            "https://schema.org",
            "https://schema.org/",
            "http://schema.org",
            "http://schema.org/",
            "https://schema.org/docs/jsonldcontext.json",
            "https://schema.org/docs/jsonldcontext.jsonld",
        ] {
            docs.insert(url.to_owned(), SCHEMA_CONTEXT);
        }
        for url in [
            "https://cognionews.com/vocab/acst",
            "https://cognionews.com/vocab/acst#",
            "https://cognionews.com/vocab/acst.jsonld",
            "https://cognionews.com/vocab/acst/context.jsonld",
        ] {
            docs.insert(url.to_owned(), ACST_CONTEXT);
        }
        Self {
            docs: Arc::new(docs),
        }
    }
}

impl ContextLoader {
    fn load(
        &self,
        url: &str,
    ) -> std::result::Result<LoadedDocument, Box<dyn std::error::Error + Send + Sync>> {
        let content = self.docs.get(url).ok_or_else(|| {
            format!("remote @context <{url}> is not available offline (acst serves schema.org and the ACST context locally)")
        })?;
        Ok(LoadedDocument {
            url: url.to_owned(),
            content: content.as_bytes().to_vec(),
            format: RdfFormat::JsonLd {
                profile: JsonLdProfile::Context.into(),
            },
        })
    }
}

/// Reads a bare JSON-LD document.
pub fn parse_document(
    text: &str,
    source_name: &str,
    contexts: &ContextLoader,
    layout: Layout,
) -> Result<Story> {
    let quads = to_quads(text, source_name, contexts)?;
    story_from_quads(&quads, source_name, layout)
}

/// Reads the first embedded `application/ld+json` block that holds a review.
pub fn parse_html(text: &str, source_name: &str, contexts: &ContextLoader) -> Result<Story> {
    let doc = scraper::Html::parse_document(text);
    let sel =
        scraper::Selector::parse(r#"script[type="application/ld+json"]"#).expect("valid selector");
    let mut last_err = None;
    for script in doc.select(&sel) {
        let json: String = script.text().collect();
        match parse_document(&json, source_name, contexts, Layout::Html) {
            Ok(story) => return Ok(story),
            Err(e) => last_err = Some(e),
        }
    }
    Err(last_err.unwrap_or_else(|| {
        Error::page(
            source_name,
            "HTML page without an embedded <script type=\"application/ld+json\"> review",
        )
    }))
}

fn to_quads(text: &str, source_name: &str, contexts: &ContextLoader) -> Result<Vec<Quad>> {
    let depth = crate::nesting::json_depth(text);
    if depth > crate::nesting::MAX_DEPTH {
        return Err(Error::page(
            source_name,
            format!(
                "JSON-LD nested {depth} levels deep (at most {} are read)",
                crate::nesting::MAX_DEPTH
            ),
        ));
    }
    let loader = contexts.clone();
    RdfParser::from_format(RdfFormat::JsonLd {
        profile: JsonLdProfileSet::empty(),
    })
    .for_reader(text.as_bytes())
    .with_document_loader(move |url| loader.load(url))
    .map(|q| q.map(https_schema))
    .collect::<std::result::Result<Vec<_>, _>>()
    .map_err(|e| Error::page(source_name, format!("invalid JSON-LD: {e}")))
}

/// schema.org terms arrive as `http://` or `https://`; acst speaks `https://`.
fn https_schema(mut q: Quad) -> Quad {
    let fix = |iri: &str| {
        iri.strip_prefix("http://schema.org/")
            .map(|l| format!("https://schema.org/{l}"))
    };
    if let Some(p) = fix(q.predicate.as_str()) {
        q.predicate = oxigraph::model::NamedNode::new_unchecked(p);
    }
    if let Term::NamedNode(n) = &q.object {
        if let Some(o) = fix(n.as_str()) {
            q.object = oxigraph::model::NamedNode::new_unchecked(o).into();
        }
    }
    q
}

struct Graph<'a>(&'a [Quad]);

impl Graph<'_> {
    fn objects<'b>(
        &'b self,
        s: &'b NamedOrBlankNode,
        p: &'b str,
    ) -> impl Iterator<Item = &'b Term> + 'b {
        self.0
            .iter()
            .filter(move |q| &q.subject == s && q.predicate.as_str() == p)
            .map(|q| &q.object)
    }
    /// First literal value (or the name of a linked node) of `p` on `s`.
    fn text(&self, s: &NamedOrBlankNode, props: &[String]) -> Option<String> {
        props.iter().find_map(|p| {
            self.objects(s, p).find_map(|o| match o {
                Term::Literal(l) => Some(l.value().trim().to_owned()),
                Term::NamedNode(_) | Term::BlankNode(_) => {
                    let node = as_subject(o)?;
                    self.text(&node, &[schema("name")])
                }
            })
        })
    }
    fn node(&self, s: &NamedOrBlankNode, p: &str) -> Option<NamedOrBlankNode> {
        self.objects(s, p).find_map(as_subject)
    }
}

fn as_subject(t: &Term) -> Option<NamedOrBlankNode> {
    match t {
        Term::NamedNode(n) => Some(n.clone().into()),
        Term::BlankNode(b) => Some(b.clone().into()),
        Term::Literal(_) => None,
    }
}

fn story_from_quads(quads: &[Quad], source_name: &str, layout: Layout) -> Result<Story> {
    let g = Graph(quads);
    let review_types = [cognio("Review")];
    let review = quads
        .iter()
        .find(|q| q.predicate.as_str() == RDF_TYPE && matches!(&q.object, Term::NamedNode(n) if review_types.iter().any(|t| t == n.as_str())))
        .map(|q| q.subject.clone())
        .ok_or_else(|| Error::page(source_name, "no cognio:Review node in the JSON-LD document"))?;
    let title = g
        .text(&review, &[schema("name"), schema("headline")])
        .ok_or_else(|| {
            Error::page(
                source_name,
                "the cognio:Review has no schema:name or schema:headline (title)",
            )
        })?;
    let number = |props: &[String]| -> Result<Option<f64>> {
        g.text(&review, props)
            .map(|v| {
                v.parse::<f64>().map_err(|_| {
                    Error::page(source_name, format!("cmrScore {v:?} is not a number"))
                })
            })
            .transpose()
    };
    let cmr_score = number(&[cognio("cmrScore")])?;
    if cmr_score.is_some_and(|s| !(0.0..=10.0).contains(&s)) {
        return Err(Error::page(source_name, "cmrScore outside 0–10"));
    }
    let original = g.node(&review, &schema("itemReviewed"));
    let url = match &review {
        NamedOrBlankNode::NamedNode(n) if n.as_str().contains("/stories/") => {
            Some(n.as_str().to_owned())
        }
        _ => g.text(&review, &[schema("url")]),
    };
    Ok(Story {
        id: String::new(),
        url: url.or_else(|| {
            g.objects(&review, &schema("url")).find_map(|o| match o {
                Term::NamedNode(n) => Some(n.as_str().to_owned()),
                _ => None,
            })
        }),
        layout,
        title,
        summary: g.text(&review, &[schema("description"), schema("reviewBody")]),
        category: g
            .text(&review, &[schema("articleSection"), schema("genre")])
            .map(|c| c.to_lowercase()),
        date: g
            .text(&review, &[schema("datePublished"), schema("dateCreated")])
            .map(|d| d.chars().take(10).collect()),
        outlet: original
            .as_ref()
            .and_then(|o| g.text(o, &[schema("publisher")])),
        omission_level: None,
        keywords: g
            .objects(&review, &schema("keywords"))
            .filter_map(|o| match o {
                Term::Literal(l) => Some(
                    l.value()
                        .split(',')
                        .map(|k| k.trim().to_lowercase())
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            })
            .flatten()
            .filter(|k| !k.is_empty())
            .collect(),
        original_headline: original
            .as_ref()
            .and_then(|o| g.text(o, &[schema("headline"), schema("name")])),
        cmr_score,
        verdict: None,
        power_audit: g.text(&review, &[acst("powerAudit")]),
        whats_missing: g.text(&review, &[cognio("whatsMissing")]),
        lenses: lenses(&g, &review, source_name)?,
        pathways: pathways(&g, &review),
        synthesis: g.text(&review, &[cognio("synthesis")]),
        source: Source {
            name: String::new(),
            sha256: String::new(),
        },
    })
}

fn lenses(g: &Graph, review: &NamedOrBlankNode, source_name: &str) -> Result<Vec<LensReading>> {
    let mut out = Vec::new();
    for node in g
        .objects(review, &cognio("lensAnalysis"))
        .filter_map(as_subject)
    {
        let label = g
            .objects(&node, &cognio("lensType"))
            .find_map(|t| match t {
                Term::NamedNode(n) => Some(label_from_iri(n.as_str())),
                Term::Literal(l) => Some(l.value().to_owned()),
                Term::BlankNode(_) => None,
            })
            .ok_or_else(|| {
                Error::page(source_name, "a cognio:LensReading without cognio:lensType")
            })?;
        let score = match g.text(&node, &[cognio("score")]) {
            Some(v) => {
                let s: f64 = v.parse().map_err(|_| {
                    Error::page(source_name, format!("lens score {v:?} is not a number"))
                })?;
                if !(0.0..=1.0).contains(&s) {
                    return Err(Error::page(
                        source_name,
                        format!("lens score {s} outside 0.0–1.0"),
                    ));
                }
                Some(s)
            }
            None => None,
        };
        out.push(LensReading {
            label,
            score,
            text: g.text(&node, &[schema("text")]),
        });
    }
    out.sort_by(|a, b| a.label.cmp(&b.label));
    Ok(out)
}

fn pathways(g: &Graph, review: &NamedOrBlankNode) -> Vec<Pathway> {
    let mut out: Vec<Pathway> = g
        .objects(review, &acst("pathway"))
        .filter_map(as_subject)
        .enumerate()
        .filter_map(|(i, node)| {
            Some(Pathway {
                position: g
                    .text(&node, &[schema("position")])
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(i as u32 + 1),
                title: g.text(&node, &[schema("name")])?,
                body: g.text(&node, &[schema("text")]).unwrap_or_default(),
            })
        })
        .collect();
    out.sort_by_key(|p| p.position);
    out
}

/// `cognio:HistoricalParallels` → "Historical Parallels".
pub fn label_from_iri(iri: &str) -> String {
    let local = iri.rsplit(['#', '/']).next().unwrap_or(iri);
    let mut out = String::new();
    for (i, c) in local.chars().enumerate() {
        if i > 0 && c.is_uppercase() {
            out.push(' ');
        }
        out.push(c);
    }
    out
}
