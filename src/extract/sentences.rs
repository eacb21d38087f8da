//! A small sentence splitter that knows the abbreviations news prose uses.

use super::lexicon::Lexicon;

/// Byte ranges of the sentences of `text`, trimmed.
pub fn sentences(text: &str, lx: &Lexicon) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let next = chars.get(k + 1).map(|x| x.1);
        let after = chars.get(k + 2).map(|x| x.1);
        let ends = match next {
            None => true,
            Some(n) if n.is_whitespace() => {
                after.is_none_or(|a| a.is_uppercase() || a.is_numeric() || "“\"‘'(*".contains(a))
            }
            Some('”' | '"' | ')') => true,
            _ => false,
        };
        if !ends || (c == '.' && is_abbreviation(&text[start..i], lx)) {
            continue;
        }
        let end = i + c.len_utf8();
        push_trimmed(text, start, end, &mut out);
        start = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// A word after which a full stop does not end a sentence (lexicon `abbreviations`),
/// or a single letter (an initial).
fn is_abbreviation(before: &str, lx: &Lexicon) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let w = word.to_lowercase();
    lx.has("abbreviations", &super::normalize::norm(&w))
        || (w.chars().count() == 1 && w.chars().all(char::is_alphabetic))
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_but_not_after_abbreviations() {
        let t = "Assets (e.g., mortgage-backed securities) collapsed. The U.S. Federal Reserve acted! Then? Done.";
        let lx = Lexicon::builtin().unwrap();
        let s: Vec<&str> = sentences(t, &lx)
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(
            s,
            [
                "Assets (e.g., mortgage-backed securities) collapsed.",
                "The U.S. Federal Reserve acted!",
                "Then?",
                "Done."
            ]
        );
    }
}
