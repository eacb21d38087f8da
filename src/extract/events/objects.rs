//! Episodes that a review says the coverage left out, found by the shape of the
//! sentence rather than by a head noun: "It ignores the eleven-plus examination, which
//! sorted children…, and the Army Alpha tests of 1917, whose scores…". The objects of a
//! verb of omission, each described by a relative clause in the past tense, are a list
//! of episodes when one of them is dated (a past year, a historical modifier, an
//! episode found by form inside it): the others are taken as alike.

use super::{Candidate, Core, Detector};

/// One definite noun phrase after a verb of omission.
struct Object {
    start: usize,
    end: usize,
    /// Its relative clause is in the past tense.
    past: bool,
    /// It, or its clause, names a past year or period.
    dated: bool,
    /// An episode found by form covers it already, or its clause names one (then the
    /// phrase is that episode's consequence: "the debt that followed the privatisation").
    covered: bool,
}

/// Words that end an object phrase: a relative clause starts.
const OPENERS: [&str; 6] = ["which", "that", "when", "whose", "where", "who"];

impl Detector<'_> {
    /// Length of a verb of omission at `i` ("ignores", "leaves out"), if one is there.
    fn omission_verb(&self, i: usize) -> Option<usize> {
        let list = self.lx.list("omission-verbs");
        let one = self.tok(i).filter(|t| t.word)?;
        if list.get(&one.norm).is_some() {
            return Some(1);
        }
        let two = self.tok(i + 1).filter(|t| t.word)?;
        list.get(&format!("{} {}", one.norm, two.norm)).map(|_| 2)
    }

    /// The definite phrase starting at `p` ("the" …) up to a comma or a relative
    /// pronoun, with what its clause says; `None` when `p` starts none.
    fn object_at(&self, p: usize, found: &[Candidate]) -> Option<Object> {
        if self.tok(p)?.norm != "the" {
            return None;
        }
        let mut end = p + 1;
        while let Some(t) = self.tok(end) {
            if !t.word || OPENERS.contains(&t.norm.as_str()) || end - p > 10 {
                break;
            }
            end += 1;
        }
        // A bare "the" or a phrase running into a verb is no object.
        if end <= p + 1 || self.is_past(&self.toks[end - 1]) {
            return None;
        }
        let past = self.past_clause_after(end);
        // Its clause runs to the next "and the" or the sentence's end.
        let clause_end = (end..self.toks.len())
            .find(|&k| self.toks[k].is_punct(".") || self.next_object(k).is_some())
            .unwrap_or(self.toks.len());
        let (s, np_end, e) = (
            self.toks[p].start,
            self.toks[end - 1].end,
            self.toks[clause_end - 1].end,
        );
        let strong = || found.iter().filter(|c| c.strong);
        // "the spraying of Agent Orange in the Vietnam War": an episode that is only the
        // setting of the phrase dates it; any other one found inside it is the mention.
        let setting = |c: &Candidate| {
            (p + 1..end).any(|k| {
                self.toks[k].start == c.start
                    && matches!(self.toks[k - 1].norm.as_str(), "in" | "during" | "the")
                    && (self.toks[k - 1].norm != "the"
                        || self
                            .tok(k - 2)
                            .is_some_and(|t| matches!(t.norm.as_str(), "in" | "during")))
            })
        };
        let inside = |c: &&Candidate| c.start < np_end && c.end > s;
        // "that grew after the Second World War": a time, not the episode meant.
        let when = |c: &Candidate| {
            (end..clause_end).any(|k| {
                self.toks[k].start == c.start
                    && (k - 1..k).chain((k >= 2).then_some(k - 2)).any(|j| {
                        matches!(
                            self.toks[j].norm.as_str(),
                            "after" | "during" | "since" | "before" | "until"
                        )
                    })
            })
        };
        let covered = strong().filter(inside).any(|c| !setting(c))
            || strong().any(|c| c.start >= np_end && c.end <= e && !when(c));
        let dated = (p..clause_end).any(|k| self.historical(self.years_at(k)))
            || (p..end).any(|k| self.is("historical-modifiers", k))
            || strong().filter(inside).any(setting);
        Some(Object {
            start: p,
            end,
            past,
            dated,
            covered,
        })
    }

    /// ", and the", "and the" or ", or the" at `k`: where the next object starts.
    fn next_object(&self, k: usize) -> Option<usize> {
        let k = if self.tok(k)?.is_punct(",") { k + 1 } else { k };
        (matches!(self.tok(k)?.norm.as_str(), "and" | "or") && self.tok(k + 1)?.norm == "the")
            .then_some(k + 1)
    }

    /// Episodes named as the objects of a verb of omission (see the module's comment).
    pub(super) fn omitted_objects(&self, found: &[Candidate]) -> Vec<Candidate> {
        let mut out = Vec::new();
        for v in 0..self.toks.len() {
            let Some(len) = self.omission_verb(v) else {
                continue;
            };
            let mut objects: Vec<Object> = Vec::new();
            let mut p = v + len;
            while let Some(o) = self.object_at(p, found) {
                // The next object after this one's clause, in the same sentence.
                let next = (o.end..self.toks.len())
                    .take_while(|&k| !self.toks[k].is_punct("."))
                    .find_map(|k| self.next_object(k));
                objects.push(o);
                match next {
                    Some(n) => p = n,
                    None => break,
                }
            }
            if !objects.iter().any(|o| (o.dated || o.covered) && o.past) {
                continue;
            }
            // "the pensioners whose savings were cut": who was harmed, not what happened;
            // "the small-boat fishers of Batangas and Mindoro" too, by the noun before
            // "of". "the fishing and flood farming that depended on it": what people do.
            let people = |o: &&Object| {
                let before_of = (o.start + 1..o.end)
                    .find(|&k| self.toks[k].norm == "of")
                    .unwrap_or(o.end);
                let last = &self.toks[o.end - 1];
                let activity = !last.is_cap()
                    && last.norm.ends_with("ing")
                    && !self.lx.has("event-heads", &last.norm);
                self.people_head(&self.toks[before_of - 1].norm)
                    || self.people_head(&last.norm)
                    || activity
            };
            for o in objects
                .iter()
                .filter(|o| o.past && !o.covered && !people(o))
            {
                out.push(self.object_candidate(o.start, o.end));
            }
        }
        out
    }

    fn object_candidate(&self, start: usize, end: usize) -> Candidate {
        let mut core = Core::default();
        let mut head = None;
        for k in start + 1..end {
            let t = &self.toks[k];
            if let Some(y) = self.years_at(k) {
                core.years = super::union(core.years, Some(y));
            } else if t.is_cap() && !self.function(k) {
                if !self.lx.has("generic-capitals", &t.norm) {
                    core.proper.push(t.norm.clone());
                }
            } else if !self.function(k) && !t.is_cap() {
                core.lower.push(t.norm.clone());
                if head.is_none()
                    && self
                        .tok(k + 1)
                        .is_none_or(|n| self.function(k + 1) || !n.word)
                {
                    head = Some(t.norm.clone());
                }
            }
        }
        // A head that is no event noun says nothing of the kind ("the orphan trains"):
        // as for phrases dated by a year, the mention has none.
        let pattern = head
            .as_ref()
            .and_then(|h| self.lx.list("event-heads").get(h));
        let head = head.filter(|_| pattern.is_some());
        let pattern = pattern.unwrap_or("unclassified");
        let name = self.span_name(start, end);
        self.candidate(start, end, head, pattern, core, name, true)
    }
}
