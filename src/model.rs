//! The plain Rust picture of one corrective review, as read from a page, before any RDF.

use serde::Serialize;

/// Which input form a story was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// The older text layout (`← Back to stories`, emoji section headers).
    A,
    /// The newer text layout (`category//date//outlet//level` header line).
    B,
    /// A bare JSON-LD `cognio:Review` document.
    JsonLd,
    /// An HTML page embedding the review as `application/ld+json`.
    Html,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::A => "layout-a",
            Layout::B => "layout-b",
            Layout::JsonLd => "jsonld",
            Layout::Html => "html",
        }
    }
}

/// One lens applied to one story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LensReading {
    /// The lens label as the page shows it ("Historical Parallels").
    pub label: String,
    /// Signal strength in 0.0–1.0, when the page gives one.
    pub score: Option<f64>,
    /// The reading itself, when the page gives it.
    pub text: Option<String>,
}

/// One numbered solution pathway.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pathway {
    /// 1-based position on the page.
    pub position: u32,
    pub title: String,
    pub body: String,
}

/// Where a story came from: recorded as provenance in its graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// The file path as given, or `-` for stdin.
    pub name: String,
    /// SHA-256 of the raw bytes, lowercase hex.
    pub sha256: String,
}

/// One corrective review, every field optional but the title: pages vary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    /// 16 lowercase hex digits: the CognioNews id, or one derived from the title.
    pub id: String,
    /// The CognioNews page URL when the input carries one.
    pub url: Option<String>,
    pub layout: Layout,
    pub title: String,
    pub summary: Option<String>,
    pub category: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The outlet whose article is reviewed.
    pub outlet: Option<String>,
    /// Layout B's "Low|Medium|High omission".
    pub omission_level: Option<String>,
    pub keywords: Vec<String>,
    pub original_headline: Option<String>,
    /// "Misrepresentation N/10": 0–10, higher means more omitted.
    pub cmr_score: Option<f64>,
    pub verdict: Option<String>,
    pub power_audit: Option<String>,
    /// What's Missing (layout A) or Structural correction (layout B).
    pub whats_missing: Option<String>,
    pub lenses: Vec<LensReading>,
    pub pathways: Vec<Pathway>,
    pub synthesis: Option<String>,
    pub source: Source,
}

/// The part of a story a mention was found in (its provenance).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Section {
    Title,
    Summary,
    OriginalHeadline,
    PowerAudit,
    WhatsMissing,
    Lens,
    Pathway(u32),
    Synthesis,
}

impl Section {
    /// Stable slug used in IRIs and output.
    pub fn slug(self) -> String {
        match self {
            Section::Title => "title".into(),
            Section::Summary => "summary".into(),
            Section::OriginalHeadline => "original-headline".into(),
            Section::PowerAudit => "power-audit".into(),
            Section::WhatsMissing => "whats-missing".into(),
            Section::Lens => "lenses".into(),
            Section::Pathway(n) => format!("pathway-{n}"),
            Section::Synthesis => "synthesis".into(),
        }
    }
}

impl Story {
    /// Every text section with its [`Section`], in page order.
    pub fn sections(&self) -> Vec<(Section, &str)> {
        let mut out = vec![(Section::Title, self.title.as_str())];
        fn opt(s: &Option<String>) -> Option<&str> {
            s.as_deref().filter(|t| !t.trim().is_empty())
        }
        if let Some(t) = opt(&self.original_headline) {
            out.push((Section::OriginalHeadline, t));
        }
        if let Some(t) = opt(&self.summary) {
            out.push((Section::Summary, t));
        }
        if let Some(t) = opt(&self.power_audit) {
            out.push((Section::PowerAudit, t));
        }
        if let Some(t) = opt(&self.whats_missing) {
            out.push((Section::WhatsMissing, t));
        }
        for l in &self.lenses {
            if let Some(t) = opt(&l.text) {
                out.push((Section::Lens, t));
            }
        }
        for p in &self.pathways {
            out.push((Section::Pathway(p.position), p.title.as_str()));
            out.push((Section::Pathway(p.position), p.body.as_str()));
        }
        if let Some(t) = opt(&self.synthesis) {
            out.push((Section::Synthesis, t));
        }
        out
    }
}
