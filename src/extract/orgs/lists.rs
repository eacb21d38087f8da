//! Which names of a section stand together in a list ("It serves A, B and C"): a small
//! state machine over the words between names. Names listed together are alike (see
//! [`super::merge`]'s coordination); names inside a relative clause, completing a
//! noun or qualifying an apposition's noun are no items of the list around them.

use super::{evidence, Votes};
use crate::extract::lexicon::Lexicon;
use crate::extract::tokens::Tok;
use std::collections::HashMap;

#[derive(Default)]
pub(super) struct Lists {
    /// The names of the list so far.
    pub list: Vec<String>,
    /// The names a verb of benefit ("serves") takes, so far.
    pub object: Vec<String>,
    separated: bool,
    /// Words of a descriptor after "and the" ("and the grid operator X").
    descriptor: Option<usize>,
    /// Inside a relative clause after a listed name ("It serves A, whose losses the
    /// deal covers, and B"): the list goes on after the clause's comma.
    clause: bool,
}

impl Lists {
    /// Token `i` is no name. A list goes on through commas and "and" (and "versus": the
    /// parties of a dispute are alike too), through the descriptor of its next name and
    /// through a relative clause; anything else ends it (an ended object list goes to
    /// `objects`).
    pub fn between(
        &mut self,
        lx: &Lexicon,
        toks: &[Tok<'_>],
        i: usize,
        objects: &mut Vec<Vec<String>>,
    ) {
        let t = &toks[i];
        let describes = t.word && !t.is_cap() && !lx.has("function-words", &t.norm);
        let relative = matches!(t.norm.as_str(), "whose" | "which" | "who")
            && i > 0
            && toks[i - 1].is_punct(",")
            && !self.list.is_empty();
        // The clause's own list goes on through a comma not followed by a conjunction
        // and through a bare "and": "which speaks for the villages of the Sesan, Srepok
        // and Sekong, and the Youth Network".
        let ends = toks.get(i + 1).is_some_and(|n| {
            matches!(
                n.norm.as_str(),
                "and" | "or" | "nor" | "but" | "while" | "whose" | "which"
            )
        });
        let own_list = (t.is_punct(",") && !ends)
            || (matches!(t.norm.as_str(), "and" | "or") && i > 0 && !toks[i - 1].is_punct(","));
        if self.clause && own_list {
            self.separated = false;
        } else if t.is_punct(",") || matches!(t.norm.as_str(), "and" | "or" | "versus" | "vs" | "v")
        {
            self.separated = true;
            self.descriptor = None;
            self.clause = false;
        } else if relative || (self.clause && t.word) {
            // A name inside the clause is no item of the list.
            self.clause = true;
            self.separated = false;
        } else if t.norm == "the" {
            self.descriptor = self.separated.then_some(0);
        } else if let Some(n) = self.descriptor.filter(|&n| describes && n < 3) {
            self.descriptor = Some(n + 1);
        } else {
            self.descriptor = None;
            self.clause = false;
            self.list.clear();
            objects.push(std::mem::take(&mut self.object));
        }
    }

    /// A name starts: whether it stands inside a relative clause ("COPINH, which led the
    /// resistance to Agua Zarca, and the FMO" lists COPINH and the FMO). Two names with
    /// no separator between them are no list ("Google’s Chilean").
    pub fn at_name(&mut self, objects: &mut Vec<Vec<String>>) -> bool {
        let in_clause = self.clause;
        self.descriptor = None;
        if !std::mem::take(&mut self.separated) && !in_clause {
            self.list.clear();
            objects.push(std::mem::take(&mut self.object));
        }
        in_clause
    }

    /// The name `key` at `b..e` (its run starting at `run`) joins the list, its
    /// siblings noted both ways, unless it stands in a clause, completes a noun ("the
    /// communal assembly of Puente Madera, …, and LSD") or qualifies an apposition's
    /// noun ("Kilima Ledger, the Nairobi firm paid to build it").
    pub fn item(
        &mut self,
        lx: &Lexicon,
        toks: &[Tok<'_>],
        (run, b, e): (usize, usize, usize),
        in_clause: bool,
        key: String,
        votes: &mut HashMap<String, Votes>,
    ) {
        let qualifies = b >= 2
            && toks[b - 1].norm == "the"
            && toks[b - 2].is_punct(",")
            && toks
                .get(e)
                .is_some_and(|t| t.word && !t.is_cap() && lx.has("org-nouns", &t.norm));
        if in_clause || qualifies || evidence::of_complement(toks, run) {
            return;
        }
        if let Some(v) = votes.get_mut(&key) {
            v.siblings.extend(self.list.iter().cloned());
        }
        for other in &self.list {
            if let Some(o) = votes.get_mut(other) {
                o.siblings.push(key.clone());
            }
        }
        self.list.push(key);
    }
}
