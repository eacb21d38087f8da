//! Words and punctuation of a section with their byte offsets: the units the event
//! grammar and actor typing reason over. One pass, linear in the text.

use super::normalize::norm;

/// One token: a word (possessive `’s` split off and flagged) or a punctuation mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Tok<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub word: bool,
    /// A word followed by a possessive (`SoftBank’s`, `workers’`).
    pub poss: bool,
    /// Normalised form (lowercase, no diacritics, hyphens as spaces).
    pub norm: String,
}

impl Tok<'_> {
    /// Starts with a capital, or with digits and then a capital ("3M", "7-Eleven"), or
    /// is a brand written in lower camel case ("naviHealth", "eBay": a short lowercase
    /// prefix, a capital, then lowercase; not "mRNA" or "pH").
    pub fn is_cap(&self) -> bool {
        // A leading ʻokina or apostrophe letter is part of the word: "ʻAikāne".
        let mut chars = self
            .text
            .chars()
            .skip_while(|c| c.is_ascii_digit() || matches!(c, 'ʻ' | 'ʼ'));
        self.word
            && (chars.next().is_some_and(char::is_uppercase)
                && (self.text.starts_with(|c: char| c.is_alphabetic()) || self.text.len() <= 6)
                || self.lower_camel()
                || self.elided())
    }
    /// A name after an elided article: "l'Huile", "d'Ivoire", "dell'Ambiente".
    fn elided(&self) -> bool {
        let lower = self.text.chars().take_while(|c| c.is_lowercase()).count();
        let mut rest = self.text.chars().skip(lower);
        (1..=4).contains(&lower)
            && rest.next().is_some_and(is_apostrophe)
            && rest.next().is_some_and(char::is_uppercase)
    }
    fn lower_camel(&self) -> bool {
        let lower = self.text.chars().take_while(|c| c.is_lowercase()).count();
        let mut rest = self.text.chars().skip(lower);
        (1..=4).contains(&lower)
            && rest.next().is_some_and(char::is_uppercase)
            && rest.next().is_some_and(char::is_lowercase)
    }
    /// Two or more letters, all capitals (digits and & allowed): `FINRA`, `AT&T`, `CO2`.
    pub fn is_acronym(&self) -> bool {
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        self.word
            && letters >= 2
            && self
                .text
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&' || c == '-')
    }
    /// "should" or "must": what a page says someone is to do, which only an agent is
    /// told ("NEPRA should hold hearings"), never an episode.
    pub fn is_directive(&self) -> bool {
        matches!(self.norm.as_str(), "should" | "must")
    }

    pub fn is_punct(&self, p: &str) -> bool {
        !self.word && self.text == p
    }
    /// A year 1000–2099, or a range such as `2000–01`: (first, last).
    pub fn year(&self) -> Option<(i32, i32)> {
        let t = self.text;
        let digits = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
        let (a, b) = t.split_once(['–', '-', '/']).unwrap_or((t, ""));
        if !digits(a) {
            return None;
        }
        let y: i32 = a.parse().ok()?;
        if !(1000..=2099).contains(&y) {
            return None;
        }
        let last = match b.len() {
            0 => y,
            2 if b.bytes().all(|c| c.is_ascii_digit()) => y / 100 * 100 + b.parse::<i32>().ok()?,
            4 if digits(b) => b.parse().ok()?,
            _ => return None,
        };
        Some((y, last.max(y)))
    }
    /// A decade such as `1840s` or `1920s`: (first, last year).
    pub fn decade(&self) -> Option<(i32, i32)> {
        let d = self.text.strip_suffix('s')?;
        let y: i32 = (d.len() == 4).then(|| d.parse().ok()).flatten()?;
        (y % 10 == 0 && (1000..=2090).contains(&y)).then_some((y, y + 9))
    }
    /// An ordinal century word (`nineteenth`, `19th`): its years.
    pub fn century(&self) -> Option<(i32, i32)> {
        let base = self.norm.trim_end_matches(" century");
        let n = ordinal(base).or_else(|| ordinal(base.split(' ').next()?))?;
        Some(((n - 1) * 100, (n - 1) * 100 + 99))
    }
}

fn ordinal(word: &str) -> Option<i32> {
    // Only centuries histories name: a short table, not a lexicon.
    const WORDS: [&str; 9] = [
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty first",
    ];
    if let Some(i) = WORDS.iter().position(|w| *w == word) {
        return Some(13 + i as i32);
    }
    let n: i32 = word
        .strip_suffix("th")
        .or_else(|| word.strip_suffix("st"))
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))?
        .parse()
        .ok()?;
    (10..=21).contains(&n).then_some(n)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Punctuation that may open or close a word.
fn edge_punct(c: char) -> bool {
    !c.is_alphanumeric() && !matches!(c, '&' | '$' | '%' | '€' | '£')
}

/// Tokens of `text`, in order.
pub fn tokens<'a>(text: &'a str) -> Vec<Tok<'a>> {
    let mut out = Vec::new();
    let push = |out: &mut Vec<Tok<'a>>, start: usize, end: usize, word: bool, poss: bool| {
        let t = &text[start..end];
        out.push(Tok {
            text: t,
            start,
            end,
            word,
            poss,
            norm: if word { norm(t) } else { String::new() },
        });
    };
    let mut pos = 0;
    for raw in text.split_inclusive(char::is_whitespace) {
        let (start, chunk) = (pos, raw.trim_end());
        pos += raw.len();
        if chunk.is_empty() {
            continue;
        }
        // Leading punctuation, each mark its own token.
        let mut s = start;
        let mut rest = chunk;
        while let Some(c) = rest.chars().next().filter(|&c| edge_punct(c)) {
            push(&mut out, s, s + c.len_utf8(), false, false);
            s += c.len_utf8();
            rest = &rest[c.len_utf8()..];
        }
        // Trailing punctuation, kept aside to push after the word.
        let mut tail: Vec<(usize, usize)> = Vec::new();
        let mut e = s + rest.len();
        while let Some(c) = text[s..e].chars().next_back().filter(|&c| edge_punct(c)) {
            // "U.S." keeps its last dot; a lone initial "B." gives the dot back.
            if c == '.' && text[s..e - 1].contains('.') && !text[s..e - 1].ends_with('.') {
                break;
            }
            tail.push((e - c.len_utf8(), e));
            e -= c.len_utf8();
        }
        // "Q'eqchi'": a closing apostrophe after a word not ending in "s" writes a
        // glottal stop, not a possessive or a quote mark: it is part of the word.
        if let Some(&(ts, te)) = tail.last() {
            let glottal = ts == e
                && s < e
                && text[s..e].contains(is_apostrophe)
                && !text[s..e].ends_with(['s', 'S'])
                && is_apostrophe(text[ts..te].chars().next().unwrap_or(' '));
            if glottal {
                e = te;
                tail.pop();
            }
        }
        if s < e {
            let word = &text[s..e];
            let (mut we, mut poss) = (e, false);
            let mut it = word.char_indices().rev();
            if let (Some((_, 's' | 'S')), Some((i, a))) = (it.next(), it.next()) {
                if is_apostrophe(a) && i > 0 {
                    we = s + i;
                    poss = true;
                }
            }
            push(&mut out, s, we, true, poss);
        } else if let Some(&(ts, te)) = tail.last() {
            // The plural possessive: "workers’".
            if is_apostrophe(text[ts..te].chars().next().unwrap_or(' ')) {
                if let Some(prev) = out.last_mut() {
                    prev.poss = prev.word;
                }
            }
        }
        for (ts, te) in tail.into_iter().rev() {
            let c = text[ts..te].chars().next().unwrap_or(' ');
            if is_apostrophe(c) && te == s + rest.len() && text[s..ts].ends_with('s') {
                if let Some(prev) = out.last_mut() {
                    prev.poss = prev.word;
                }
                continue;
            }
            push(&mut out, ts, te, false, false);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<(String, bool)> {
        tokens(t)
            .into_iter()
            .map(|x| (x.text.to_owned(), x.poss))
            .collect()
    }

    #[test]
    fn a_closing_apostrophe_inside_a_name() {
        // Issue 12 (tests/eval14): "Q'eqchi' families" was a name, a quote mark, a noun.
        let t = texts("Q'eqchi' families, 'quoted' words");
        assert_eq!(t[0], ("Q'eqchi'".to_owned(), false));
        assert_eq!(t[1].0, "families");
        assert!(t.iter().any(|(w, _)| w == "'"), "{t:?}");
    }

    #[test]
    fn words_possessives_and_punctuation() {
        let t = texts("SoftBank’s loan (e.g., “the U.S. Fed”), workers’ pay.");
        let words: Vec<&str> = t.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "SoftBank", "loan", "(", "e.g.", ",", "“", "the", "U.S.", "Fed", "”", ")", ",",
                "workers", "pay", "."
            ]
        );
        assert!(t[0].1 && t[12].1 && !t[1].1);
    }

    #[test]
    fn years_decades_centuries() {
        let y = |s: &str| tokens(s)[0].year();
        assert_eq!(y("1929"), Some((1929, 1929)));
        assert_eq!(y("2000–01"), Some((2000, 2001)));
        assert_eq!(y("2020-21"), Some((2020, 2021)));
        assert_eq!(y("20,000"), None);
        assert_eq!(tokens("1840s")[0].decade(), Some((1840, 1849)));
        assert_eq!(tokens("nineteenth")[0].century(), Some((1800, 1899)));
        assert_eq!(tokens("18th-century")[0].century(), Some((1700, 1799)));
        assert!(tokens("FINRA")[0].is_acronym() && !tokens("Fed")[0].is_acronym());
    }
}
