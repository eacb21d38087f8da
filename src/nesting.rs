//! How deeply brackets nest in a text, measured before any recursive parser sees it:
//! JSON-LD and SPARQL parsers recurse once per level, so 5,000 levels in 25 KB overflow
//! the stack and abort the process (and a server with it). Strings, IRIs and comments
//! are skipped so that brackets inside them do not count.

/// Deepest level any text acst reads may nest (real pages: under 10; queries: under 30).
pub const MAX_DEPTH: usize = 128;

/// The deepest bracket nesting of a JSON text (`{` and `[` outside strings).
pub fn json_depth(text: &str) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => {
                depth += 1;
                max = max.max(depth);
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// The deepest bracket nesting of a SPARQL text (`(`, `{`, `[` outside strings, IRIs
/// and comments).
pub fn sparql_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut chars = text.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            if c == '\\' {
                chars.next();
            } else if c == q || (c == '\n' && q != '\'' && q != '"') {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            // An IRI: "<" directly followed by a non-space (a "<" comparison is spaced).
            '<' if chars
                .peek()
                .is_some_and(|n| !n.is_whitespace() && *n != '=') =>
            {
                quote = Some('>')
            }
            '#' => quote = Some('\n'),
            '(' | '{' | '[' => {
                depth += 1;
                max = max.max(depth);
            }
            ')' | '}' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depths_skip_strings_iris_and_comments() {
        assert_eq!(json_depth(r#"{"a": [1, {"b": "}]]{{"}]}"#), 3);
        assert_eq!(json_depth(&"[".repeat(5000)), 5000);
        assert_eq!(
            sparql_depth("SELECT * WHERE { ?s <urn:a(b> \"(((\" FILTER(?x < 3) } # ((("),
            2
        );
        assert_eq!(
            sparql_depth(&format!(
                "ASK {{ FILTER({}1{}) }}",
                "(".repeat(4000),
                ")".repeat(4000)
            )),
            4002
        );
    }
}
