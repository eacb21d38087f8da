//! Bare names of episodes minted on this page or earlier ("Seveso" after "the Seveso
//! dioxin release of 1976"): a capitalised run whose proper words name a minted episode,
//! unless it is a place, a demonym or an organisation's head word alone.

use super::tokens::Tok;
use super::{normalize, places, spans, EventMention, Extractor, Prepared, Rule};

impl Extractor {
    /// Bare names of episodes minted on this page or earlier ("Seveso" after "the
    /// Seveso dioxin release of 1976"), unless the name is a place.
    pub(super) fn bare_episodes(
        &self,
        p: &Prepared<'_>,
        taken: &mut spans::Taken,
    ) -> Vec<EventMention> {
        let mut out = Vec::new();
        if p.title_case {
            return out;
        }
        let mut i = 0;
        while i < p.toks.len() {
            let t = &p.toks[i];
            if !super::opens_name(&self.lexicon, t) {
                i += 1;
                continue;
            }
            let mut e = i + 1;
            while e < p.toks.len() && !p.toks[e - 1].poss {
                // Connectors inside a name: "Scramble for Africa"; "and" too, so that
                // "Legal" of "the Legal and Human Rights Centre" is not taken alone for
                // "the Legal Aid Act of 1949".
                if p.toks[e].is_cap() {
                    e += 1;
                } else if (self.lexicon.has("connectors", &p.toks[e].norm)
                    || p.toks[e].norm == "and")
                    && p.toks.get(e + 1).is_some_and(Tok::is_cap)
                {
                    e += 2;
                } else {
                    break;
                }
            }
            let (from, to) = (p.toks[i].start, p.toks[e - 1].end);
            let words: std::collections::HashSet<String> = p.toks[i..e]
                .iter()
                .filter(|t| t.is_cap() && !self.lexicon.has("generic-capitals", &t.norm))
                .flat_map(|t| t.norm.split(' ').map(str::to_owned).collect::<Vec<_>>())
                .collect();
            // A bare organisation head ("Congress should cap…") names a body, not the
            // episode that has the word in its name ("the Milan Congress of 1880").
            let only_heads = words.iter().all(|w| self.lexicon.has("org-heads", w));
            // One common noun capitalised ("Development" ending "Center for Energy,
            // Ecology, and Development") is no episode's own name, as "Insull" is.
            let common = words.len() == 1
                && words
                    .iter()
                    .all(|w| self.lexicon.list("action-nouns").get(w).is_some());
            let last = &p.toks[e - 1].norm;
            let key = p.toks[i..e]
                .iter()
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            // "Romanian milkers" names no episode with "Romanian" in it.
            let place = self.lexicon.has("place-heads", last)
                || self.lexicon.has("places", &key)
                || (e - i == 1 && places::place_demonym(&self.lexicon, &key));
            // "Soviet mining", "Romanian milkers": a name before a common noun qualifies
            // it, and the noun phrase is no bare mention of the episode.
            // "Soviet prefabricated blocks": a participle before a noun is an adjective
            // too; "Seveso poisoned the town" is a verb.
            let noun_after = |k: usize| {
                p.toks.get(k).is_some_and(|m| {
                    m.word && !m.is_cap() && !self.lexicon.has("function-words", &m.norm)
                })
            };
            let modifier = p.toks.get(e).is_some_and(|n| {
                n.word
                    && !n.is_cap()
                    && !self.lexicon.has("function-words", &n.norm)
                    && !self.lexicon.has("past-verbs", &n.norm)
                    && !self.lexicon.has("lesson-verbs", &n.norm)
                    && !self.lexicon.has("adverbs", &n.norm)
                    && (!n.norm.ends_with("ed") || noun_after(e + 1))
            });
            // "The Whitefish Energy contract showed…" after "the Whitefish Energy
            // contract of 2017": the noun after the name is the episode's own, and the
            // name with it is the episode again, not a body's name before a noun.
            let own_noun = modifier.then(|| &p.toks[e]).filter(|n| {
                self.events
                    .event_with_proper(&words, false)
                    .is_some_and(|ev| {
                        normalize::norm(&ev.name).contains(&format!(
                            "{} {}",
                            normalize::norm(&p.text[from..to]),
                            n.norm
                        ))
                    })
            });
            let to = own_noun.map_or(to, |n| n.end);
            if !place
                && !only_heads
                && !common
                // In the parallels lens a page episode's name before a noun is that
                // episode: "The Yes Bank moratorium showed…" after "the collapse of
                // Yes Bank in 2020".
                && (!modifier || own_noun.is_some() || p.historical)
                && !self.named_as_agent(p, e)
                && !taken.overlaps(from, to)
            {
                if let Some(event) = self
                    .events
                    .event_with_proper(&words, !p.historical && !self.lesson_after(p, to))
                {
                    taken.take(from, to);
                    out.push(EventMention {
                        event,
                        surface: p.text[from..to].to_owned(),
                        section: p.section,
                        rule: Rule::Corpus,
                    });
                }
            }
            i = e;
        }
        out
    }

    /// The name ending before token `e` names an agent, not the episode: an apposition
    /// describes it as an organisation ("TIMOR GAP, the national oil company that leads
    /// the project", though "the Timor Gap Treaty of 1989" was minted before), or a page
    /// says what it should do ("TIMOR GAP should publish"), which no episode is told.
    fn named_as_agent(&self, p: &Prepared<'_>, e: usize) -> bool {
        if p.toks.get(e).is_some_and(Tok::is_directive) {
            return true;
        }
        let comma = p.toks.get(e).is_some_and(|t| t.is_punct(","));
        let article = p
            .toks
            .get(e + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an"));
        comma
            && article
            && p.toks[e + 2..]
                .iter()
                .take(4)
                .take_while(|t| t.word && !t.is_cap())
                .any(|t| self.lexicon.has("org-nouns", &t.norm))
    }
}
