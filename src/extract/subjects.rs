//! Omitted subjects: what an omitted item leaves out, as a concept that stories share
//! whatever their wording. A concept of the scheme in `data/reference/subjects.csv`
//! when one of its labels occurs in the item ("water rights", "the water table"), else a
//! concept minted from the item's own noun phrase after the verb of omission ("omits
//! the moderators' accounts of trauma" → "moderators accounts of trauma"), which later
//! stories wording it the same way share.

use super::lexicon::Lexicon;
use super::matcher::Gazetteer;
use super::normalize::{normalize, slug};
use super::reference::Reference;
use super::tokens::tokens;

/// A subject an omitted item names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SubjectRef {
    pub slug: String,
    pub label: String,
    /// Minted from the item's words (declared in the story graph), not from the scheme.
    pub minted: bool,
}

/// The scheme's labels, compiled once.
pub struct SubjectIndex {
    labels: Gazetteer<usize>,
}

/// Verbs and phrases after which the omitted subject is named.
const OMISSION_VERBS: [&str; 10] = [
    "omits",
    "ignores",
    "overlooks",
    "neglects",
    "leaves out",
    "says nothing about",
    "does not mention",
    "nothing is said about",
    "never mentions",
    "is silent on",
];
/// Most content words a minted subject keeps.
const MAX_WORDS: usize = 5;

impl SubjectIndex {
    pub fn new(reference: &Reference) -> Self {
        SubjectIndex {
            labels: Gazetteer::new(reference.subjects.iter().enumerate().flat_map(|(i, c)| {
                std::iter::once(c.label.as_str())
                    .chain(c.cues.iter().map(String::as_str))
                    .map(move |l| (l, i))
            })),
        }
    }

    /// The subjects of one omitted item (its clauses that dismiss nothing).
    pub fn subjects(
        &self,
        reference: &Reference,
        lx: &Lexicon,
        clauses: &[&str],
    ) -> Vec<SubjectRef> {
        let mut out: Vec<SubjectRef> = Vec::new();
        for clause in clauses {
            // Also without its adverbs: "the jobs now lost" names "jobs lost".
            let plain = without_adverbs(lx, clause);
            for text in std::iter::once(*clause).chain(plain.as_deref()) {
                let n = normalize(text);
                for h in self.labels.find(text, &n) {
                    let c = &reference.subjects[h.value];
                    out.push(SubjectRef {
                        slug: c.slug.clone(),
                        label: c.label.clone(),
                        minted: false,
                    });
                }
            }
        }
        if out.is_empty() {
            out.extend(clauses.iter().find_map(|c| minted(lx, c)));
        }
        out.sort();
        out.dedup();
        out
    }
}

/// The clause's words less its adverbs (data/lexicon/adverbs.csv), when it has any.
fn without_adverbs(lx: &Lexicon, clause: &str) -> Option<String> {
    let toks = tokens(clause);
    if !toks.iter().any(|t| t.word && lx.has("adverbs", &t.norm)) {
        return None;
    }
    Some(
        toks.iter()
            .filter(|t| !(t.word && lx.has("adverbs", &t.norm)))
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The noun phrase after the verb of omission, as a minted subject.
fn minted(lx: &Lexicon, clause: &str) -> Option<SubjectRef> {
    let lower = clause.to_lowercase();
    let at = OMISSION_VERBS
        .iter()
        .filter_map(|v| lower.find(v).map(|i| i + v.len()))
        .min()?;
    let rest = &clause[at..];
    let mut words: Vec<String> = Vec::new();
    for t in tokens(rest) {
        if !t.word {
            if words.is_empty() && !t.is_punct("’") {
                continue;
            }
            break;
        }
        let w = t.norm.as_str();
        // A clause ("omits that…", "how…") is no noun phrase; stop at a verb or a
        // relative word.
        if words.is_empty() && matches!(w, "that" | "how" | "why" | "whether" | "what") {
            return None;
        }
        if lx.has("determiners", w) && words.is_empty() {
            continue;
        }
        if matches!(
            w,
            "who"
                | "which"
                | "that"
                | "whose"
                | "when"
                | "where"
                | "as"
                | "is"
                | "are"
                | "was"
                | "were"
                | "and"
        ) {
            break;
        }
        if !lx.has("function-words", w) || w == "of" {
            words.push(w.to_owned());
        }
        if words.iter().filter(|w| *w != "of").count() >= MAX_WORDS {
            break;
        }
    }
    while words.last().is_some_and(|w| w == "of") {
        words.pop();
    }
    let content = words.iter().filter(|w| *w != "of").count();
    (content >= 2).then(|| {
        let label = words.join(" ");
        SubjectRef {
            slug: slug(&label),
            label,
            minted: true,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_labels_and_minted_phrases() {
        let r = Reference::builtin().unwrap();
        let lx = Lexicon::builtin().unwrap();
        let ix = SubjectIndex::new(&r);
        let s = ix.subjects(
            &r,
            &lx,
            &["The coverage omits the Indigenous water rights of the Mapuche."],
        );
        assert_eq!(s[0].slug, "indigenous-water-rights");
        let s = ix.subjects(
            &r,
            &lx,
            &["It ignores the quiet erosion of municipal archives, which matter."],
        );
        assert_eq!(
            (s[0].label.as_str(), s[0].minted),
            ("quiet erosion of municipal archives", true)
        );
        assert!(ix
            .subjects(&r, &lx, &["It ignores that prices rose."])
            .is_empty());
    }

    /// Issue 13: an adverb inside a cue does not hide the subject.
    #[test]
    fn adverbs_do_not_hide_a_subject() {
        let r = Reference::builtin().unwrap();
        let lx = Lexicon::builtin().unwrap();
        let ix = SubjectIndex::new(&r);
        let s = ix.subjects(
            &r,
            &lx,
            &["It omits that the jobs now lost to AI agents were new."],
        );
        assert!(s.iter().any(|x| x.slug == "job-displacement"), "{s:?}");
    }
}
