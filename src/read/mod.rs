//! Page readers: bytes of one input → [`Story`]. Content decides the reader unless a
//! format is forced.

mod jsonld;
mod layout_a;
mod layout_b;
mod text;

use crate::error::{Error, Result};
use crate::model::{Layout, Source, Story};
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

pub use jsonld::{label_from_iri, ContextLoader};

/// Input formats acst reads. Copy enum that knows its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// Older text layout (`← Back to stories`, emoji section headers).
    #[value(name = "layout-a")]
    LayoutA,
    /// Newer text layout (`category//YYYY-MM-DD//Outlet//Level omission` first line).
    #[value(name = "layout-b")]
    LayoutB,
    /// A bare JSON-LD `cognio:Review` document.
    #[value(name = "jsonld")]
    JsonLd,
    /// An HTML page with the review in `<script type="application/ld+json">`.
    #[value(name = "html")]
    Html,
}

impl InputFormat {
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::LayoutA => "layout-a",
            InputFormat::LayoutB => "layout-b",
            InputFormat::JsonLd => "jsonld",
            InputFormat::Html => "html",
        }
    }
}

/// Reads one page. `source_name` is used in errors and provenance.
pub fn read_story(
    bytes: &[u8],
    source_name: &str,
    forced: Option<InputFormat>,
    contexts: &ContextLoader,
) -> Result<Story> {
    let text = decode(bytes, source_name)?;
    let format = match forced {
        Some(f) => f,
        None => detect(&text).ok_or_else(|| {
            Error::page(
                source_name,
                "not a recognised story page (no layout A headers, no layout B header line, no JSON-LD); \
                 force a reader with --reader",
            )
        })?,
    };
    let mut story = match format {
        InputFormat::LayoutA => layout_a::parse(&text, source_name)?,
        InputFormat::LayoutB => layout_b::parse(&text, source_name)?,
        InputFormat::JsonLd => {
            jsonld::parse_document(&text, source_name, contexts, Layout::JsonLd)?
        }
        InputFormat::Html => jsonld::parse_html(&text, source_name, contexts)?,
    };
    story.source = Source {
        name: source_name.to_owned(),
        sha256: hex_digest(bytes),
    };
    // Only real calendar dates become xsd:date values ("2026-02-30" is no date).
    story.date = story
        .date
        .take()
        .filter(|d| d.parse::<oxsdatatypes::Date>().is_ok());
    // A page's own URL becomes an IRI in the graph: one that is not a valid IRI is
    // dropped rather than written (it could break a dump, or a query built from it).
    story.url = story
        .url
        .take()
        .filter(|u| oxigraph::model::NamedNode::new(u.as_str()).is_ok());
    if story.url.is_none() {
        story.url = find_page_url(&text);
    }
    story.id = match story.url.as_deref().and_then(cognio_id) {
        Some(id) => id,
        None => derived_id(&story.title),
    };
    Ok(story)
}

/// Text from raw bytes: strict about what is not text, lenient about BOMs and CRLF.
fn decode(bytes: &[u8], source_name: &str) -> Result<String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::page(source_name, "empty file"));
    }
    if bytes.contains(&0) {
        return Err(Error::page(
            source_name,
            "binary file (contains NUL bytes), not a story page",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::page(
            source_name,
            format!(
                "not UTF-8 text at byte {} (binary file or cut-off download?)",
                e.valid_up_to()
            ),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Which reader fits the content, if any.
pub fn detect(text: &str) -> Option<InputFormat> {
    let head = text.trim_start();
    if head.starts_with('{') || head.starts_with('[') {
        return Some(InputFormat::JsonLd);
    }
    let lower = head
        .get(..head.len().min(4096))
        .unwrap_or(head)
        .to_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.contains("<script")
    {
        return Some(InputFormat::Html);
    }
    let first = head.lines().next().unwrap_or("");
    if layout_b::is_header_line(first) {
        return Some(InputFormat::LayoutB);
    }
    if layout_a::looks_like(text) {
        return Some(InputFormat::LayoutA);
    }
    None
}

static PAGE_URL: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"https?://(?:www\.)?cognionews\.com/stories/[0-9a-f]{16}(?:\.html)?")
        .unwrap()
});

fn find_page_url(text: &str) -> Option<String> {
    PAGE_URL.find(text).map(|m| m.as_str().to_owned())
}

/// The 16-hex CognioNews id in a page URL or IRI.
pub fn cognio_id(url: &str) -> Option<String> {
    let rest = url.split("/stories/").nth(1)?;
    let id: String = rest.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    (id.len() == 16).then(|| id.to_ascii_lowercase())
}

/// A stable id from the title alone, so the same story read from any layout (or a
/// re-download with different whitespace) maps to the same graph.
pub fn derived_id(title: &str) -> String {
    let norm: String = title
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    hex_digest(norm.as_bytes())[..16].to_owned()
}

pub(crate) fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_urls_or_titles() {
        assert_eq!(
            cognio_id("https://cognionews.com/stories/0123456789abcdef.html").as_deref(),
            Some("0123456789abcdef")
        );
        assert_eq!(cognio_id("https://cognionews.com/stories/0123.html"), None);
        assert_eq!(derived_id("A  Title!"), derived_id("a title"));
        assert_ne!(derived_id("a title"), derived_id("another title"));
    }

    #[test]
    fn decode_rejects_what_is_not_text() {
        assert!(decode(b"  \n", "x")
            .unwrap_err()
            .to_string()
            .contains("empty"));
        assert!(decode(b"ab\0cd", "x")
            .unwrap_err()
            .to_string()
            .contains("binary"));
        assert!(decode(&[0x61, 0xe2, 0x80], "x")
            .unwrap_err()
            .to_string()
            .contains("UTF-8"));
        assert_eq!(decode(b"\xef\xbb\xbfa\r\nb", "x").unwrap(), "a\nb");
    }
}
