//! Text normalisation for matching: case folded, diacritics removed, possessives and
//! punctuation dropped, with a map from each normalised byte back to the original.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Normalised text plus, for each of its bytes, the byte offset in the original.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalized {
    pub text: String,
    pub origin: Vec<usize>,
}

impl Normalized {
    /// The original text span behind normalised bytes `start..end`.
    pub fn original<'a>(&self, original: &'a str, start: usize, end: usize) -> &'a str {
        let from = self.origin[start];
        let last = self.origin[end - 1];
        let to = original[last..]
            .chars()
            .next()
            .map_or(original.len(), |c| last + c.len_utf8());
        &original[from..to]
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

/// Normalises `text` (see module docs). Abbreviation dots ("U.S.") vanish so that
/// "U.S. Fed" and "US Fed" agree; `&` reads as "and"; hyphens split words.
pub fn normalize(text: &str) -> Normalized {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Normalized {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    let push = |out: &mut Normalized, s: &str, at: usize| {
        out.origin.extend(std::iter::repeat_n(at, s.len()));
        out.text.push_str(s);
    };
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(i + 1).map(|x| x.1);
        if is_apostrophe(c) {
            // Possessive 's (or plain ' after s): drop; other apostrophes just vanish.
            let after = chars.get(i + 2).map(|x| x.1);
            if matches!(next, Some('s' | 'S')) && !after.is_some_and(char::is_alphanumeric) {
                i += 2;
                continue;
            }
            i += 1;
            continue;
        }
        if c == '.'
            && prev.is_some_and(char::is_alphabetic)
            && next.is_some_and(char::is_alphabetic)
        {
            i += 1;
            continue;
        }
        if c == '&' {
            push(&mut out, " and ", at);
        } else if let Some(plain) = unaccented(c) {
            push(&mut out, plain, at);
        } else if c.is_alphanumeric() {
            for d in c.nfkd().filter(|d| !is_combining_mark(*d)) {
                for l in d.to_lowercase() {
                    let mut buf = [0u8; 4];
                    push(&mut out, l.encode_utf8(&mut buf), at);
                }
            }
        } else if !out.text.ends_with(' ') && !out.text.is_empty() {
            push(&mut out, " ", at);
        }
        i += 1;
    }
    while out.text.ends_with(' ') {
        out.text.pop();
        out.origin.pop();
    }
    out
}

/// Letters that Unicode does not decompose into a base letter and a mark, written as
/// the Latin letters English text puts for them: "Wałbrzych" is "Walbrzych", "Adıyaman"
/// "Adiyaman", "Søndergaard" "Sondergaard".
fn unaccented(c: char) -> Option<&'static str> {
    Some(match c {
        'ł' | 'Ł' => "l",
        'ø' | 'Ø' => "o",
        'đ' | 'Đ' => "d",
        'ı' => "i",
        'ħ' | 'Ħ' => "h",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        _ => return None,
    })
}

/// Just the normalised string.
pub fn norm(text: &str) -> String {
    normalize(text).text
}

/// A slug for IRIs: normalised words joined by hyphens.
pub fn slug(text: &str) -> String {
    norm(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_possessives_diacritics_and_dots() {
        assert_eq!(norm("SoftBank’s loan"), "softbank loan");
        assert_eq!(norm("U.S. Federal Reserve"), "us federal reserve");
        assert_eq!(norm("Société Générale"), "societe generale");
        assert_eq!(norm("dot-com bubble."), "dot com bubble");
        assert_eq!(norm("AT&T"), "at and t");
        assert_eq!(slug("The Global  South"), "the-global-south");
        // Letters with no decomposition fold too.
        assert_eq!(norm("Wałbrzych, Adıyaman, Søby"), "walbrzych adiyaman soby");
    }

    #[test]
    fn maps_back_to_the_original() {
        let text = "Hi, SoftBank’s loan";
        let n = normalize(text);
        let start = n.text.find("softbank").unwrap();
        assert_eq!(n.original(text, start, start + 8), "SoftBank");
    }
}
