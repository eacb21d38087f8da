//! Layout B: `category//YYYY-MM-DD//Outlet//Level omission`, keywords, title, original
//! framing, then plain-text section headers.

use super::layout_a::strip_closing;
use super::text::{heading_key, lens_readings, paragraphs, pathways};
use crate::error::{Error, Result};
use crate::model::{Layout, Source, Story};
use regex::Regex;
use std::sync::LazyLock;

static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<cat>[\w -]+)//(?P<date>[^/]*)//(?P<outlet>[^/]+)//(?P<level>.*)$").unwrap()
});
static MISREP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^misrepresentation\s*:?\s*(?P<n>\d+(?:\.\d+)?)\s*/\s*(?P<of>\d+)").unwrap()
});
static FRAMING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^original framing:\s*[“"](?P<h>.*)[”"]\s*(?:[—–-]+\s*(?P<outlet>.+))?$"#)
        .unwrap()
});
static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$").unwrap());

pub fn is_header_line(line: &str) -> bool {
    HEADER.is_match(line.trim())
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Head,
    Missing,
    Score,
    Coverage,
    Audit,
    Lenses,
    Synthesis,
    Pathways,
    CrossRef,
}

fn classify(line: &str) -> Option<Part> {
    let t = line.trim();
    if t.starts_with('🔗') {
        return Some(Part::CrossRef);
    }
    if MISREP.is_match(t) {
        return Some(Part::Score);
    }
    let key = heading_key(t)?;
    Some(match key.as_str() {
        // Each section under its own name or under the other layout's: pages mix them
        // ("🔍 What's Missing — the structural correction" above a Cogniosynthesis).
        "structural correction" | "what's missing" | "whats missing" => Part::Missing,
        "integrated synthesis" => Part::Synthesis,
        "coverage details" => Part::Coverage,
        "power-knowledge audit" | "power knowledge audit" => Part::Audit,
        "solution pathways" => Part::Pathways,
        k if k.starts_with("cogniosynthesis") => Part::Synthesis,
        k if k.ends_with("epistemic lenses") && k.split(' ').count() <= 4 => Part::Lenses,
        _ => return None,
    })
}

pub fn parse(text: &str, source_name: &str) -> Result<Story> {
    let bad = |m: String| Error::page(source_name, m);
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let header = lines.next().unwrap_or_default();
    let h = HEADER
        .captures(header.trim())
        .ok_or_else(|| bad(format!("layout B header line expected, found {header:?}")))?;
    let date = h["date"].trim();
    if !DATE.is_match(date) {
        return Err(bad(format!("header line date {date:?} is not YYYY-MM-DD")));
    }
    if date.parse::<oxsdatatypes::Date>().is_err() {
        return Err(bad(format!(
            "header line date {date:?} is not a calendar date"
        )));
    }
    let mut parts: Vec<(Part, Vec<&str>)> = vec![(Part::Head, Vec::new())];
    let mut score_line = None;
    for line in lines {
        match classify(line) {
            Some(Part::Score) => {
                score_line = Some(line.trim());
                parts.push((Part::Score, Vec::new()));
            }
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
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let framing_at = head.iter().position(|l| FRAMING.is_match(l));
    let before: &[&str] = &head[..framing_at.unwrap_or(head.len())];
    let (keywords, title) = match before {
        [] => return Err(bad("layout B page without a title line".into())),
        [title] => (Vec::new(), *title),
        [kw, .., title] => (split_keywords(kw), *title),
    };
    let framing = framing_at.and_then(|i| FRAMING.captures(head[i]));
    let cmr_score = score_line
        .map(|l| parse_score(l).map_err(bad))
        .transpose()?;
    let whats_missing = paragraphs(&section(Part::Missing)).map(|t| strip_closing(&t));
    let synthesis = paragraphs(&section(Part::Synthesis));
    if whats_missing.is_none() && synthesis.is_none() {
        return Err(bad(
            "incomplete layout B page: no Structural correction and no Cogniosynthesis section (truncated download?)".into(),
        ));
    }
    let verdict = section(Part::Score)
        .into_iter()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_owned);
    let lenses = lens_readings(&section(Part::Lenses)).map_err(bad)?;
    let level = h["level"].trim();
    Ok(Story {
        id: String::new(),
        url: None,
        layout: Layout::B,
        title: title.to_owned(),
        summary: None,
        category: Some(h["cat"].trim().to_lowercase()),
        date: Some(date.to_owned()),
        outlet: Some(h["outlet"].trim().to_owned()),
        omission_level: (!level.is_empty()).then(|| level.trim_end_matches(" omission").to_owned()),
        keywords,
        original_headline: framing.as_ref().map(|c| c["h"].trim().to_owned()),
        cmr_score,
        verdict,
        power_audit: paragraphs(&section(Part::Audit)),
        whats_missing,
        lenses,
        pathways: pathways(&section(Part::Pathways)),
        synthesis,
        source: Source {
            name: String::new(),
            sha256: String::new(),
        },
    })
}

/// "Misrepresentation 7.5/10" → 7.5 on the 0–10 scale (older 0–7 pages are rescaled).
fn parse_score(line: &str) -> Result<f64, String> {
    let c = MISREP
        .captures(line)
        .ok_or_else(|| format!("bad score line {line:?}"))?;
    let n: f64 = c["n"]
        .parse()
        .map_err(|_| format!("bad score in {line:?}"))?;
    let of: f64 = c["of"]
        .parse()
        .map_err(|_| format!("bad scale in {line:?}"))?;
    if of <= 0.0 || n > of {
        return Err(format!("misrepresentation score out of range in {line:?}"));
    }
    Ok((n * 10.0 / of * 100.0).round() / 100.0)
}

fn split_keywords(line: &str) -> Vec<String> {
    let seps: &[char] = &[',', '·', '|', '#', '•'];
    let pieces: Vec<&str> = if line.contains(seps) {
        line.split(seps).collect()
    } else {
        line.split_whitespace().collect()
    };
    pieces
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_other_layouts_section_names_are_read_too() {
        let page = PAGE
            .replace(
                "Structural correction",
                "🔍 What's Missing — the structural correction",
            )
            .replace(
                "Cogniosynthesis — Systems-Level Conclusion",
                "🧬 Integrated Synthesis",
            );
        let s = parse(&page, "t").unwrap();
        assert_eq!(s.whats_missing.as_deref(), Some("Gap."));
        assert_eq!(s.synthesis.as_deref(), Some("Synth."));
    }

    #[test]
    fn headings_with_captions_and_in_capitals() {
        let page = PAGE
            .replace(
                "Structural correction",
                "STRUCTURAL CORRECTION — what the coverage left out",
            )
            .replace(
                "The 8 Epistemic Lenses",
                "The 8 Epistemic Lenses — radar tracks the selected signal",
            );
        let s = parse(&page, "t").unwrap();
        assert_eq!(s.whats_missing.as_deref(), Some("Gap."));
        assert_eq!(s.lenses.len(), 1);
        assert_eq!(s.lenses[0].text.as_deref(), Some("Luddites."));
    }

    const PAGE: &str = "ai//2026-03-02//Reuters//High omission\n#ai #labour\nTitle here\nOriginal framing: “Robots take jobs” — Reuters\nStructural correction\nGap.\nMisrepresentation 8/10\nBad framing.\nThe 8 Epistemic Lenses\nHistorical Parallels Signal: 90%\nLuddites.\nCogniosynthesis — Systems-Level Conclusion\nSynth.\n";

    #[test]
    fn reads_every_field() {
        let s = parse(PAGE, "t").unwrap();
        assert_eq!(s.title, "Title here");
        assert_eq!(s.keywords, ["ai", "labour"]);
        assert_eq!(s.date.as_deref(), Some("2026-03-02"));
        assert_eq!(s.outlet.as_deref(), Some("Reuters"));
        assert_eq!(s.original_headline.as_deref(), Some("Robots take jobs"));
        assert_eq!(s.cmr_score, Some(8.0));
        assert_eq!(s.verdict.as_deref(), Some("Bad framing."));
        assert_eq!(s.lenses[0].score, Some(0.9));
        assert_eq!(s.omission_level.as_deref(), Some("High"));
    }

    #[test]
    fn old_scale_and_bad_values() {
        assert_eq!(parse_score("Misrepresentation 7/7"), Ok(10.0));
        assert!(parse_score("Misrepresentation 11/10").is_err());
        assert!(parse(&PAGE.replace("2026-03-02", "2026-13-02"), "t").is_err());
    }
}
