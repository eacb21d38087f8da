//! A small sentence splitter that knows the abbreviations news prose uses.

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd", "no",
    "jr", "sr", "u.s", "u.k", "e.u", "approx",
];

/// Byte ranges of the sentences of `text`, trimmed.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
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
        if !ends || (c == '.' && is_abbreviation(&text[start..i])) {
            continue;
        }
        let end = i + c.len_utf8();
        push_trimmed(text, start, end, &mut out);
        start = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let w = word.to_lowercase();
    ABBREVIATIONS.contains(&w.as_str())
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
        let s: Vec<&str> = sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect();
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
