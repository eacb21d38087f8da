//! Episodes named by a head noun of the event kind with its modifiers ("the Florida
//! land boom of the 1920s", "the PATCO strike of 1981"), or by an eponymous -ism
//! ("Fordism").

use super::phrase::{union, Attachments};
use super::{Candidate, Core, Detector};

impl Detector<'_> {
    /// "the Florida land boom of the 1920s", "the Love Canal disaster", "the subprime
    /// meltdown", "the PATCO strike of 1981".
    pub(super) fn headed(&self, i: usize) -> Option<Candidate> {
        let head = &self.toks[i];
        let pattern = self.lx.list("event-heads").get(&head.norm)?;
        let (first, mut core, named) = self.left(i)?;
        // "the Ministry of Internal Trade": a head noun at the end of a body's remit.
        let body = self.is("org-heads", first)
            && self
                .tok(first + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "of" | "for"));
        if body {
            return None;
        }
        let Attachments {
            end,
            years,
            place,
            place_text,
            owner,
            period,
        } = self.right(i + 1);
        core.years = union(core.years, years);
        if core.years.is_none() {
            core.years = self.relative_date(first, end);
        }
        // ", halted in 2009 after…": a participle's clause dates it too.
        if core.years.is_none() && end == i + 1 {
            core.years = self.date_after(end).and_then(|a| a.years);
        }
        if self.rule_in_force(end) {
            return None;
        }
        // "NPCBL should publish its study of the Padma": undated, what a possessive
        // pronoun owns is an agent's document or plan, not an episode.
        let owned = first
            .checked_sub(1)
            .and_then(|k| self.tok(k))
            .is_some_and(|t| matches!(t.norm.as_str(), "its" | "their" | "his" | "her" | "our"));
        if owned && core.years.is_none() {
            return None;
        }
        let named = named || !owner.is_empty();
        core.proper.extend(owner);
        if place.is_empty() && core.proper.is_empty() && core.lower.is_empty() && !named {
            core.years?;
        }
        let temporal = self.lx.has("temporal-heads", &head.norm);
        let dated = self.historical(core.years);
        // "the Queensland Conservation Council's water case": a body's own affair, undated,
        // is the body's doing now, not an episode; the body is an actor.
        let bodys = (first..i).any(|k| self.toks[k].poss && self.is("org-heads", k));
        if bodys && !dated {
            return None;
        }
        let strong = dated
            || period
            || self.of_old(&core)
            || (!temporal && named)
            || ((named || !core.lower.is_empty() || !place.is_empty()) && self.context(first, end));
        core.proper.extend(place.iter().cloned());
        let name = if place.is_empty() {
            self.span_name(first, end)
        } else {
            // "the 1984 gas leak at Union Carbide's plant in Bhopal" → "Bhopal gas leak".
            let lower = core.lower.join(" ");
            let loc = place_text;
            format!("{loc} {lower} {}", head.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        Some(self.candidate(
            first,
            end,
            Some(head.norm.clone()),
            pattern,
            core,
            name,
            strong,
        ))
    }

    /// "Fordism", "McCarthyism"; "a Taylorist model" names Taylorism.
    pub(super) fn ism(&self, i: usize) -> Option<Candidate> {
        let t = &self.toks[i];
        if !t.is_cap() || t.norm.contains(' ') {
            return None;
        }
        // "the decades of Norwegianisation": a people's or a state's process, named like
        // an -ism (not a capitalised first word of a sentence).
        let process = ["isation", "ization", "ification"]
            .iter()
            .any(|s| t.norm.len() > s.len() + 4 && t.norm.ends_with(s));
        // A word of an organisation's name: "Tourism" of "the Ministry of Environment,
        // Forestry and Tourism". Nor the head of one: "World Health Organization".
        if self.in_org_name(i) {
            return None;
        }
        let head_word = self.is("org-heads", i) || self.is("org-nouns", i);
        if process && !head_word && !self.sentence_start(i) {
            let core = Core {
                proper: vec![t.norm.clone()],
                ..Core::default()
            };
            let name = t.text.to_owned();
            return Some(self.candidate(i, i + 1, None, "unclassified", core, name, true));
        }
        let stem = if let Some(s) = t.norm.strip_suffix("ism") {
            s
        } else {
            let s = t.norm.strip_suffix("ist")?;
            // The adjective must qualify a noun: "a Fordist bargain", not "a Marxist".
            self.tok(i + 1).filter(|n| n.word && !n.is_cap())?;
            s
        };
        if stem.len() < 3 || self.function(i) {
            return None;
        }
        let mut name = t.text.to_owned();
        if t.norm.ends_with("ist") {
            name.truncate(name.len() - 3);
            name.push_str("ism");
        }
        let core = Core {
            proper: vec![stem.to_owned()],
            ..Core::default()
        };
        Some(self.candidate(
            i,
            i + 1,
            Some("ism".into()),
            "unclassified",
            core,
            name,
            true,
        ))
    }
}
