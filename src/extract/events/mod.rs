//! Historical episodes found by their form and context, not by a list: a head noun of
//! the event kind with its modifiers ("the Florida land boom of the 1920s"), a
//! nominalisation and its object ("the repeal of the Fairness Doctrine"), an eponymous
//! -ism ("Fordism"), a name after a historical cue ("the lessons of Chernobyl"), or a
//! name that a `when`-clause in the past tense describes ("the Dust Bowl, when…").
//! Resolution to known or earlier episodes happens in [`super::event_index`].

mod dated;
mod evidence;
mod heads;
mod named;
mod nominal;
mod objects;
mod phrase;
mod relative;

use super::lexicon::Lexicon;
use super::tokens::Tok;
use phrase::union;

/// An episode mention proposed by form, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte span of the mention in the section text.
    pub start: usize,
    pub end: usize,
    /// Normalised head noun, if the mention has one.
    pub head: Option<String>,
    /// Pattern its head suggests (`unclassified` without one).
    pub pattern: String,
    pub core: Core,
    /// A readable name for a new event: "Florida land boom", "repeal of the Fairness
    /// Doctrine", "Bhopal gas leak".
    pub name: String,
    /// Evidence enough to mint a new event; otherwise it only counts when it resolves
    /// to a known or earlier one.
    pub strong: bool,
    /// Named only by a year and a common noun ("the 1946 walk-off"): on its page, the
    /// episode of that year named otherwise ("the Pilbara strike of 1946").
    pub by_date: bool,
    /// The construction that proposed it ("headed", "nominal", "object"…): a feature
    /// of the [`super::scorer`].
    pub rule: &'static str,
}

/// What identifies an episode: its proper words, its other modifiers, its years.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Core {
    /// Normalised capitalised words, generic ones ("Great", "British") left out.
    pub proper: Vec<String>,
    /// Normalised lowercase modifiers ("land", "subprime", "dot com").
    pub lower: Vec<String>,
    pub years: Option<(i32, i32)>,
}

impl Core {
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.proper.iter().chain(&self.lower).map(String::as_str)
    }
    pub fn is_empty(&self) -> bool {
        self.proper.is_empty() && self.lower.is_empty() && self.years.is_none()
    }
}

/// Where a section stands, for the context rules.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// The Historical Parallels lens: names there are mostly episodes.
    pub historical_section: bool,
    /// Years after this one are the present, not history.
    pub last_historical_year: i32,
}

/// Words before a decade or century that narrow it: "the late 1980s", "the mid-1970s".
const DATE_MODIFIERS: [&str; 4] = ["early", "late", "mid", "middle"];

/// One construction of [`Detector::detect`], tried at a token.
type Rule<'d> = fn(&Detector<'d>, usize) -> Option<Candidate>;

pub(super) struct Detector<'a> {
    pub lx: &'a Lexicon,
    pub toks: &'a [Tok<'a>],
    pub text: &'a str,
    pub ctx: Context,
}
impl Detector<'_> {
    fn tok(&self, i: usize) -> Option<&Tok<'_>> {
        self.toks.get(i)
    }
    fn is(&self, list: &str, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.word && self.lx.has(list, &t.norm))
    }
    /// A noun for people or for a place ("farmers", "people", "flats"): no episode's head.
    fn people_or_place(&self, word: &str) -> bool {
        ["people-nouns", "worker-nouns", "place-heads"]
            .iter()
            .any(|l| self.lx.has(l, word))
    }
    /// People named as a group or by what they do, by the word's form: "pensioners",
    /// "growers", "economists".
    fn people_head(&self, word: &str) -> bool {
        self.lx.names_people(word) || self.lx.has("place-heads", word)
    }
    fn function(&self, i: usize) -> bool {
        self.is("function-words", i)
    }

    /// Where the capitalised name ending at token `j` starts, across the small words
    /// inside it: "the Office du Niger's irrigation scheme", "the Bank of England's".
    fn name_start(&self, mut j: usize) -> usize {
        let named = |k: usize| {
            let t = &self.toks[k];
            t.is_cap() && !t.poss && !self.function(k)
        };
        loop {
            if j > 0 && named(j - 1) {
                j -= 1;
            } else if j > 1
                && !self.toks[j - 1].is_cap()
                && self.is("connectors", j - 1)
                && named(j - 2)
            {
                j -= 2;
            } else {
                return j;
            }
        }
    }
    /// Years a token names: a year, a decade or a century.
    fn years_at(&self, i: usize) -> Option<(i32, i32)> {
        let t = self.tok(i)?;
        t.year().or_else(|| t.decade()).or_else(|| t.century())
    }

    /// All candidates of the section, left to right, overlapping ones merged.
    pub fn detect(&self) -> Vec<Candidate> {
        let rules: [(&'static str, Rule<'_>); 7] = [
            ("case", Self::case_name),
            ("nominal", Self::nominal),
            ("headed", Self::headed),
            ("ism", Self::ism),
            ("dated", Self::dated),
            ("year-first", Self::year_first),
            ("named-head", Self::named_with_any_head),
        ];
        let mut out: Vec<Candidate> = Vec::new();
        for i in 0..self.toks.len() {
            if !self.toks[i].word {
                continue;
            }
            let found = rules
                .iter()
                .find_map(|(name, rule)| rule(self, i).map(|c| Candidate { rule: name, ..c }));
            out.extend(found);
        }
        out.extend(self.named_by_context().into_iter().map(|c| Candidate {
            rule: "context",
            ..c
        }));
        let objects = self.omitted_objects(&out);
        out.extend(objects.into_iter().map(|c| Candidate {
            rule: "object",
            ..c
        }));
        // Longest first wins where mentions overlap.
        out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        let mut kept: Vec<Candidate> = Vec::new();
        for c in out {
            match kept.last_mut() {
                Some(k) if c.start < k.end => {
                    if c.strong && !k.strong && c.end - c.start >= k.end - k.start {
                        *k = c;
                    }
                }
                _ => kept.push(c),
            }
        }
        kept.retain(|c| !self.opens_org_name(c.end) && !self.acts_as_agent(c.end));
        self.drop_descriptions(kept)
    }

    /// A modifier that places the episode in the past: "the medieval sale of
    /// indulgences", "colonial plantations".
    fn of_old(&self, core: &Core) -> bool {
        core.lower
            .iter()
            .any(|w| self.lx.has("historical-modifiers", w))
    }

    fn sentence_start(&self, i: usize) -> bool {
        i == 0 || self.toks[i - 1].is_punct(".") || self.toks[i - 1].is_punct(":")
    }

    fn historical(&self, years: Option<(i32, i32)>) -> bool {
        years.is_some_and(|(a, _)| a <= self.ctx.last_historical_year)
    }

    /// A historical cue phrase ends right before token `i` (skipping "the").
    fn cue_before(&self, mut i: usize) -> bool {
        if self.tok(i.wrapping_sub(1)).is_some_and(|t| t.norm == "the") {
            i -= 1;
        }
        (1..=3).any(|n| {
            i >= n
                && self.toks[i - n..i].iter().all(|t| t.word)
                && self.lx.has(
                    "historical-cues",
                    &self.toks[i - n..i]
                        .iter()
                        .map(|t| t.norm.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                )
        })
    }

    /// ", when … <past verb>" (or which/that/whose/after which) right after token `k`.
    fn past_clause_after(&self, mut k: usize) -> bool {
        if self.tok(k).is_some_and(|t| t.is_punct(",")) {
            k += 1;
        }
        let opener = self.tok(k).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "when" | "which" | "that" | "whose" | "after" | "where"
            )
        });
        if !opener {
            return false;
        }
        let words: Vec<&Tok<'_>> = self.toks[k + 1..]
            .iter()
            .take_while(|t| t.word || t.is_punct(","))
            .filter(|t| t.word)
            // "when a police operation against an Awajún and Wampís blockade left…": a
            // clause's subject may run long; the clause ends at its punctuation.
            .take(16)
            .collect();
        // A participle after a verb of the present is a state, not a past event: "the
        // grid plan that decides which solar farms stay connected".
        let present = |w: &Tok<'_>| {
            matches!(
                w.norm.as_str(),
                "is" | "are"
                    | "be"
                    | "being"
                    | "stay"
                    | "stays"
                    | "remain"
                    | "remains"
                    | "get"
                    | "gets"
            )
        };
        (0..words.len()).any(|j| self.is_past(words[j]) && !(j > 0 && present(words[j - 1])))
    }

    fn is_past(&self, t: &Tok<'_>) -> bool {
        let w = t.norm.as_str();
        !t.is_cap() && ((w.len() > 4 && w.ends_with("ed")) || self.lx.has("past-verbs", w))
    }

    fn context(&self, first: usize, after: usize) -> bool {
        self.ctx.historical_section
            || self.cue_before(first)
            || self.past_clause_after(after)
            || self.lesson_after(after)
    }

    /// A verb of lesson right after the mention: "The loss of the Gros Michel showed
    /// that…", "the 1953 relocation taught…": what a page says an episode taught.
    fn lesson_after(&self, k: usize) -> bool {
        self.is("lesson-verbs", k)
    }

    /// Token `i` ends a run of capitalised words and connectors that holds an
    /// organisation's head word: "Ministry of Environment, Forestry and | Tourism".
    fn in_org_name(&self, i: usize) -> bool {
        let mut j = i;
        while let Some(p) = j.checked_sub(1).and_then(|k| self.tok(k)) {
            let joins = matches!(p.norm.as_str(), "and" | "of" | "for") || p.is_punct(",");
            if !(p.is_cap() || joins) || self.sentence_start(j - 1) && !p.is_cap() {
                return false;
            }
            j -= 1;
            if p.is_cap() && self.is("org-heads", j) {
                return true;
            }
        }
        false
    }

    /// The text of tokens `a..b` without a leading article.
    fn span_name(&self, a: usize, b: usize) -> String {
        let s = self.toks[a].start;
        let e = self.toks[b - 1].end;
        let t = &self.text[s..e];
        t.strip_prefix("the ")
            .or_else(|| t.strip_prefix("The "))
            .unwrap_or(t)
            .to_owned()
    }

    #[allow(clippy::too_many_arguments)]
    fn candidate(
        &self,
        a: usize,
        b: usize,
        head: Option<String>,
        pattern: &str,
        core: Core,
        name: String,
        strong: bool,
    ) -> Candidate {
        let start = self.toks[a].start;
        let start = if self.toks[a].norm == "the" {
            self.toks.get(a + 1).map_or(start, |t| t.start)
        } else {
            start
        };
        Candidate {
            start,
            end: self.toks[b - 1].end,
            head,
            pattern: pattern.to_owned(),
            core,
            name,
            strong,
            by_date: false,
            rule: "",
        }
    }
}

#[cfg(test)]
mod tests;
