//! Helpers shared by the two text layouts.

use crate::model::{LensReading, Pathway};
use regex::Regex;
use std::sync::LazyLock;

/// A header line reduced to a comparable key: leading emoji and symbols dropped, case
/// folded, typographic apostrophes straightened, trailing colon removed.
pub fn header_key(line: &str) -> String {
    let start = line
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(line.len(), |(i, _)| i);
    let key = line[start..]
        .trim()
        .trim_end_matches(':')
        .replace(['’', '‘'], "'")
        .to_lowercase();
    key.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The heading part of a line that may carry a caption after a dash or colon
/// (`The 8 Epistemic Lenses — radar tracks the selected signal`), as a [`header_key`];
/// `None` for lines too long to be headings.
pub fn heading_key(line: &str) -> Option<String> {
    let t = line.trim();
    if t.chars().count() > 90 {
        return None;
    }
    let key = header_key(t);
    let head = key
        .split(':')
        .next()
        .unwrap_or("")
        .split([' ', '\u{a0}'])
        .take_while(|w| !matches!(*w, "—" | "–" | "-" | "|" | "·"))
        .collect::<Vec<_>>()
        .join(" ");
    Some(head.trim_end_matches(':').trim().to_owned())
}

/// True when a line opens with an emoji or pictographic symbol (an unknown section header).
pub fn starts_with_symbol(line: &str) -> bool {
    line.trim_start()
        .chars()
        .next()
        .is_some_and(|c| !c.is_alphanumeric() && !c.is_ascii() && c != '“' && c != '‘' && c != '—')
}

/// Lines grouped into paragraphs (blank lines separate), each paragraph on one line.
pub fn paragraphs(lines: &[&str]) -> Option<String> {
    let mut paras: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines.iter().map(|l| l.trim()) {
        if line.is_empty() {
            if !current.is_empty() {
                paras.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paras.push(current.join(" "));
    }
    (!paras.is_empty()).then(|| paras.join("\n\n"))
}

static LENS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<label>[\p{L}][\p{L}’'&/ -]{2,60}?)\s*(?:Signal:?\s*)?(?P<pct>\d{1,3}(?:\.\d+)?)\s*%$")
        .unwrap()
});

/// Lens readings from a section of `<Lens label> Signal: NN%` (or `<Lens label> NN%`)
/// lines, each followed by its text. A percentage over 100 is an error.
pub fn lens_readings(lines: &[&str]) -> Result<Vec<LensReading>, String> {
    let mut out: Vec<LensReading> = Vec::new();
    let mut text: Vec<&str> = Vec::new();
    let flush = |out: &mut Vec<LensReading>, text: &mut Vec<&str>| {
        if let Some(last) = out.last_mut() {
            last.text = paragraphs(text);
        }
        text.clear();
    };
    for line in lines {
        let trimmed = line
            .trim()
            .trim_start_matches(|c: char| !c.is_alphanumeric());
        if let Some(c) = LENS_LINE.captures(trimmed) {
            let pct: f64 = c["pct"]
                .parse()
                .map_err(|_| format!("bad lens signal {:?}", &c["pct"]))?;
            if pct > 100.0 {
                return Err(format!("lens signal over 100% in {:?}", line.trim()));
            }
            flush(&mut out, &mut text);
            out.push(LensReading {
                label: c["label"].trim().to_owned(),
                score: Some(pct / 100.0),
                text: None,
            });
        } else if !out.is_empty() {
            text.push(line);
        }
    }
    flush(&mut out, &mut text);
    Ok(out)
}

static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<n>\d{1,2})[.)]\s*(?:(?P<pad>\d{1,2})\s*$|(?P<title>\D.*)$|$)").unwrap()
});

/// Numbered pathways: a marker line (`1. 01`, or `1. Title`), a title line, a body.
pub fn pathways(lines: &[&str]) -> Vec<Pathway> {
    let mut out: Vec<(u32, Option<String>, Vec<&str>)> = Vec::new();
    for line in lines {
        let t = line.trim();
        if let Some(c) = MARKER.captures(t) {
            let n = c["n"].parse().unwrap_or(out.len() as u32 + 1);
            let title = c.name("title").map(|m| m.as_str().trim().to_owned());
            out.push((n, title, Vec::new()));
            continue;
        }
        let Some((_, title, body)) = out.last_mut() else {
            continue;
        };
        if t.is_empty() {
            body.push(t);
        } else if title.is_none() {
            *title = Some(t.to_owned());
        } else {
            body.push(t);
        }
    }
    out.into_iter()
        .filter_map(|(n, title, body)| {
            Some(Pathway {
                position: n,
                title: title?,
                body: paragraphs(&body).unwrap_or_default(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_keys_ignore_emoji_and_case() {
        assert_eq!(header_key("🔍 What’s Missing"), "what's missing");
        assert_eq!(header_key("🛠️Solution  Pathways:"), "solution pathways");
        assert!(starts_with_symbol("🧬 Integrated Synthesis"));
        assert_eq!(
            heading_key("THE 8 EPISTEMIC LENSES — radar tracks the selected signal").as_deref(),
            Some("the 8 epistemic lenses")
        );
        assert_eq!(
            heading_key("🔍 What's Missing – the blind spots").as_deref(),
            Some("what's missing")
        );
        assert_eq!(
            heading_key("Power-Knowledge Audit: who framed it").as_deref(),
            Some("power-knowledge audit")
        );
        assert!(!starts_with_symbol("The narrative"));
    }

    #[test]
    fn lens_lines_with_and_without_signal() {
        let lines = [
            "Historical Parallels Signal: 95%",
            "Text one.",
            "",
            "Indigenous Knowledge 40%",
            "Two.",
        ];
        let r = lens_readings(&lines).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].label, "Historical Parallels");
        assert_eq!(r[0].score, Some(0.95));
        assert_eq!(r[1].text.as_deref(), Some("Two."));
        assert!(lens_readings(&["Foo Signal: 120%"]).is_err());
    }

    #[test]
    fn pathway_markers_in_both_styles() {
        let lines = [
            "  1. 01",
            "",
            "  Title one",
            "",
            "  Body one.",
            "2. Title two",
            "Body two.",
        ];
        let p = pathways(&lines);
        assert_eq!(p.len(), 2);
        assert_eq!(
            (p[0].position, p[0].title.as_str(), p[0].body.as_str()),
            (1, "Title one", "Body one.")
        );
        assert_eq!(p[1].title, "Title two");
    }
}
