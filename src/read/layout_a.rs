//! Layout A: `← Back to stories`, the title, a summary, then emoji-headed sections.

use super::text::{heading_key, lens_readings, paragraphs, pathways, starts_with_symbol};
use crate::error::{Error, Result};
use crate::model::{Layout, Source, Story};
use regex::Regex;
use std::sync::LazyLock;

/// The two fixed sentences closing every What's Missing section: boilerplate, not content.
pub const CLOSING_SENTENCES: [&str; 2] = [
    "An ACST audit of what the original framing omits.",
    "Eligible for cross-reference under the ACST vocabulary.",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Head,
    Audit,
    Lenses,
    Missing,
    Pathways,
    Synthesis,
    CrossRef,
    Other,
}

fn classify(line: &str) -> Option<Part> {
    let t = line.trim();
    if t.contains("Back to stories") {
        return None;
    }
    if t.starts_with('🔗') {
        return Some(Part::CrossRef);
    }
    let part = match heading_key(t).as_deref() {
        Some("power-knowledge audit" | "power knowledge audit") => Part::Audit,
        Some("analysis dimensions") => Part::Lenses,
        // Each section under its own name or under layout B's (pages mix them).
        Some("what's missing" | "whats missing" | "structural correction") => Part::Missing,
        Some("solution pathways") => Part::Pathways,
        Some("integrated synthesis") => Part::Synthesis,
        Some(k) if k.starts_with("cogniosynthesis") => Part::Synthesis,
        Some("summary") => Part::Head,
        _ if starts_with_symbol(t) && t.chars().count() < 60 && !t.ends_with('.') => Part::Other,
        _ => return None,
    };
    Some(part)
}

/// Whether the text looks like a layout A page.
pub fn looks_like(text: &str) -> bool {
    text.contains("Back to stories")
        || text
            .lines()
            .filter(|l| matches!(classify(l), Some(p) if p != Part::Other))
            .count()
            >= 2
}

static PRODUCED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:produced|published|framed|reported|written) by (?:the )?(?P<name>(?:[A-Z][\w.&’'/-]*)(?: (?:(?:of|for|and|&|de) )?[A-Z][\w.&’'/-]*)*)")
        .unwrap()
});

/// The outlet named as producer of the framing in a power audit ("produced by Bloomberg",
/// "produced by Página/12").
pub fn outlet_from_audit(audit: &str) -> Option<String> {
    PRODUCED_BY
        .captures(audit)
        .map(|c| c["name"].trim_end_matches(['.', '’', '\'']).to_owned())
}

pub fn parse(text: &str, source_name: &str) -> Result<Story> {
    let mut parts: Vec<(Part, Vec<&str>)> = vec![(Part::Head, Vec::new())];
    for line in text.lines() {
        match classify(line) {
            Some(p) => parts.push((p, Vec::new())),
            None => parts.last_mut().expect("starts with Head").1.push(line),
        }
    }
    let section = |want: Part| -> Vec<&str> {
        parts
            .iter()
            .filter(|(p, _)| *p == want)
            .flat_map(|(_, l)| l.iter().copied())
            .collect()
    };
    let head: Vec<&str> = section(Part::Head)
        .into_iter()
        .filter(|l| !l.contains("Back to stories"))
        .collect();
    let first = head.iter().position(|l| !l.trim().is_empty());
    let title = first
        .map(|i| head[i].trim().to_owned())
        .ok_or_else(|| Error::page(source_name, "layout A page without a title line"))?;
    let summary = paragraphs(&head[first.unwrap_or(0) + 1..]);
    let whats_missing = paragraphs(&section(Part::Missing)).map(|t| strip_closing(&t));
    let pathways = pathways(&section(Part::Pathways));
    let synthesis = paragraphs(&section(Part::Synthesis));
    if whats_missing.is_none() && synthesis.is_none() && pathways.is_empty() {
        return Err(Error::page(
            source_name,
            "incomplete layout A page: no What's Missing, Solution Pathways or Integrated Synthesis section (truncated download?)",
        ));
    }
    let power_audit = paragraphs(&section(Part::Audit));
    let lenses = lens_readings(&section(Part::Lenses)).map_err(|e| Error::page(source_name, e))?;
    Ok(Story {
        id: String::new(),
        url: None,
        layout: Layout::A,
        outlet: power_audit.as_deref().and_then(outlet_from_audit),
        title,
        summary,
        category: None,
        date: None,
        omission_level: None,
        keywords: Vec::new(),
        original_headline: None,
        cmr_score: None,
        verdict: None,
        power_audit,
        whats_missing: whats_missing.filter(|t| !t.is_empty()),
        lenses,
        pathways,
        synthesis,
        source: Source {
            name: String::new(),
            sha256: String::new(),
        },
    })
}

/// Removes the fixed closing sentences wherever they stand.
pub fn strip_closing(text: &str) -> String {
    let mut t = text.to_owned();
    for s in CLOSING_SENTENCES {
        t = t.replace(s, "");
    }
    t.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_from_the_power_audit() {
        let a = "The narrative is produced by Bloomberg, a financial news outlet";
        assert_eq!(outlet_from_audit(a).as_deref(), Some("Bloomberg"));
        let a = "This framing was produced by MIT Technology Review for readers.";
        assert_eq!(
            outlet_from_audit(a).as_deref(),
            Some("MIT Technology Review")
        );
        let a = "The narrative is produced by Rest of World for an audience of readers.";
        assert_eq!(outlet_from_audit(a).as_deref(), Some("Rest of World"));
        // A name with a slash: "Página/12", not "Página".
        let a = "The narrative is produced by Página/12 for an audience of students.";
        assert_eq!(outlet_from_audit(a).as_deref(), Some("Página/12"));
    }

    #[test]
    fn crlf_and_emoji_without_spaces() {
        let page = "← Back to stories\n\nA title\n\nSummary here.\n\n⚡Power-Knowledge Audit\n\nAudit.\n\n🔍What’s Missing\n\nGap one. An ACST audit of what the original framing omits. Eligible for cross-reference under the ACST vocabulary.\n\n🧬 Integrated Synthesis\n\nSynth.\n\n🔗";
        let s = parse(page, "t").unwrap();
        assert_eq!(s.title, "A title");
        assert_eq!(s.whats_missing.as_deref(), Some("Gap one."));
        assert_eq!(s.synthesis.as_deref(), Some("Synth."));
    }

    #[test]
    fn layout_b_section_names_are_read_too() {
        let page = "← Back to stories\n\nA title\n\nSummary here.\n\n⚡ Power-Knowledge Audit\n\nAudit.\n\nStructural correction — what the coverage left out\n\nGap one.\n\nCogniosynthesis — Systems-Level Conclusion\n\nSynth.\n\n🔗";
        let s = parse(page, "t").unwrap();
        assert_eq!(s.whats_missing.as_deref(), Some("Gap one."));
        assert_eq!(s.synthesis.as_deref(), Some("Synth."));
    }

    #[test]
    fn truncated_page_is_an_error() {
        let page =
            "← Back to stories\n\nA title\n\nSummary here.\n\n⚡ Power-Knowledge Audit\n\nThe narr";
        assert!(parse(page, "t")
            .unwrap_err()
            .to_string()
            .contains("incomplete"));
    }
}
