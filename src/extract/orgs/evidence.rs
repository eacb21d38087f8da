//! What makes a capitalised name an organisation, and what makes it something else.
//! Evidence of the name itself (its head noun, a place, a given name) counts once per
//! page; evidence of its context (an apposition, a verb, a possessive) counts at each
//! occurrence.

use super::super::lexicon::Lexicon;
use super::super::reference::ActorKind;
use super::super::tokens::Tok;
use super::names::Names;

/// The token before `b`, past one "the": where the verb whose object a name is stands.
pub(super) fn skip_the(toks: &[Tok<'_>], b: usize) -> Option<usize> {
    let p = b.checked_sub(1)?;
    if toks[p].norm == "the" {
        p.checked_sub(1)
    } else {
        Some(p)
    }
}

/// Whether the name at `run` completes a lower-case noun through "of" ("the farmers of
/// X", "the ejido of X"): then that noun, not the name, is what a following verb says
/// acts. Quantifiers ("each of", "both of") leave the name the subject.
pub(super) fn of_complement(toks: &[Tok<'_>], run: usize) -> bool {
    let Some(of) = run.checked_sub(1) else {
        return false;
    };
    toks[of].norm == "of"
        && of.checked_sub(1).is_some_and(|h| {
            let head = &toks[h];
            head.word
                && !head.is_cap()
                && !matches!(
                    head.norm.as_str(),
                    "each" | "both" | "all" | "none" | "some" | "either" | "neither" | "one"
                )
        })
}

/// A finite verb by its form: "(which) represents", "(which) documented". What follows
/// "which" after a name is nearly always its verb; the list of verbs of agency need not
/// hold them all.
fn finite_verb(t: Option<&Tok<'_>>) -> bool {
    t.is_some_and(|t| {
        t.word
            && !t.is_cap()
            && t.norm.len() > 3
            && ((t.norm.ends_with('s') && !t.norm.ends_with("ss")) || t.norm.ends_with("ed"))
    })
}

/// One piece of evidence: a score, the rule's name, the kind it suggests.
pub(super) type Evidence = (f64, &'static str, Option<ActorKind>);

fn kind_of(value: &str) -> Option<ActorKind> {
    serde_json::from_value(serde_json::Value::String(value.to_owned())).ok()
}

pub(super) struct Weigh<'a> {
    pub lx: &'a Lexicon,
    pub names: Names<'a>,
}

impl Weigh<'_> {
    pub(super) fn has(&self, list: &str, t: Option<&Tok<'_>>) -> bool {
        t.is_some_and(|t| t.word && self.lx.has(list, &t.norm))
    }

    /// A common noun, singular or plural, in list `name`: "utility", "regulators".
    pub(super) fn noun<'t>(&'t self, list: &str, word: &str) -> Option<&'t str> {
        let l = self.lx.list(list);
        l.get(word)
            .or_else(|| {
                l.get(
                    word.strip_suffix("ies")
                        .map(|s| format!("{s}y"))
                        .as_deref()?,
                )
            })
            .or_else(|| l.get(word.strip_suffix('s')?))
    }

    /// An organisation noun in apposition, singular or plural, or a compound ending in
    /// one ("bookmaker", "automaker" for "maker"): the kind it gives.
    pub(super) fn org_noun<'t>(&'t self, word: &str) -> Option<&'t str> {
        self.noun("org-nouns", word).or_else(|| {
            let nouns = self.lx.list("org-nouns");
            (3..word.len().saturating_sub(4))
                .filter(|&k| word.is_char_boundary(k))
                .find_map(|k| nouns.get(&word[k..]))
        })
    }

    /// Evidence of the name `b..e` itself (counted once per page): (evidence, person?).
    pub fn of_name(
        &self,
        toks: &[Tok<'_>],
        b: usize,
        e: usize,
        at_start: bool,
    ) -> (Vec<Evidence>, bool) {
        let mut out: Vec<Evidence> = Vec::new();
        // Numbers inside a name ("Rema 1000", "ILO Convention 169") are no head.
        let words: Vec<&Tok<'_>> = toks[b..e]
            .iter()
            .filter(|t| !self.lx.has("connectors", &t.norm))
            .filter(|t| !t.text.chars().all(|c| c.is_ascii_digit()))
            .collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return (out, false);
        };
        let multi = words.len() >= 2;
        let key = super::join(&toks[b..e]);
        let prev = b.checked_sub(1).map(|p| &toks[p]);
        if self.has("person-titles", prev)
            // An initial ("J. Ruiz"), not a name with a digit ("3S Rivers Network").
            || (multi
                && first.text.chars().filter(|c| c.is_alphabetic()).count() == 1
                && !first.text.chars().any(|c| c.is_ascii_digit()))
        {
            out.push((-6.0, "person", None));
            return (out, true);
        }
        let plural_of =
            |list: &str| !self.lx.has(list, &first.norm) && self.noun(list, &first.norm).is_some();
        if !multi && !first.is_acronym() && (plural_of("org-nouns") || plural_of("org-heads")) {
            // "Universities should…", "Regulators": a common noun in the plural.
            out.push((-6.0, "common-noun", None));
        }
        // A programme that spoke is a body ("the World Food Programme said"), not a
        // policy: laws and programmes do not speak in the past.
        let spoke = toks.get(e).is_some_and(|t| self.lx.spoke(&t.norm));
        if self.lx.has("not-actor-heads", &last.norm) && !spoke {
            out.push((-6.0, "law-or-programme", None));
        }
        if first.is_acronym() && !multi && self.lx.has("non-org-acronyms", &first.norm) {
            out.push((-6.0, "abbreviation", None));
        }
        if !multi
            && first.text.len() > 2
            && first.text.ends_with('s')
            && first.text[..first.text.len() - 1]
                .chars()
                .all(char::is_uppercase)
        {
            out.push((-6.0, "plural-abbreviation", None));
        }
        // An organisation noun ends the name, or starts it before "of" ("Bank of
        // England", "Corporation for Public Broadcasting").
        let heads = self.lx.list("org-heads");
        // The word (or two) before the name's first connector: "Brennan Center for
        // Justice", "Auditor General of Ontario".
        // "on", "to" and "against" join a body's name too ("Commission on Human Rights").
        let leading = (b + 1..e)
            .find(|&k| {
                self.lx.has("connectors", &toks[k].norm)
                    || matches!(toks[k].norm.as_str(), "on" | "to" | "against")
            })
            .and_then(|k| {
                heads.get(&toks[k - 1].norm).or_else(|| {
                    (k >= b + 2)
                        .then(|| heads.get(&format!("{} {}", toks[k - 2].norm, toks[k - 1].norm)))
                        .flatten()
                })
            });
        // A head of two words: "Illinois Attorney General".
        let two = (e - b >= 3)
            .then(|| heads.get(&format!("{} {}", toks[e - 2].norm, last.norm)))
            .flatten();
        // Romance languages put the head first: "Auditoría General de la Nación".
        let first_head = (multi && (b + 1..e).any(|k| self.lx.has("connectors", &toks[k].norm)))
            .then(|| heads.get(&first.norm))
            .flatten();
        let single_ok = |k: &str| {
            last.is_acronym()
                || (k == "public-body" && (!at_start || self.has("agency-verbs", toks.get(e))))
        };
        let head = heads
            .get(&last.norm)
            .filter(|k| multi || single_ok(k))
            .or(leading)
            .or(two)
            .or(first_head);
        let place = self.lx.list("places").get(&key);
        // A country or region named in full is a place, whatever its last word:
        // "Democratic Republic of the Congo".
        let head = head.filter(|_| !matches!(place, Some("country" | "subdivision")) || !multi);
        if let Some(kind) = head {
            out.push((3.0, "org-head", kind_of(kind)));
        } else {
            if let Some(kind) = place {
                out.push((
                    if matches!(kind, "country" | "subdivision" | "continent") {
                        -4.0
                    } else {
                        -2.5
                    },
                    "place",
                    None,
                ));
                // A country that other evidence keeps as an actor ("the Soviet Union,
                // which sold the grain") is its government, not an organisation: a kind,
                // no weight.
                if kind == "country" {
                    out.push((0.0, "country", Some(ActorKind::Government)));
                }
            }
            // "the Livingstone Range"; alone, "the Strait's faults" is a short form.
            if self.lx.has("place-heads", &last.norm) {
                out.push((if multi { -5.0 } else { -2.5 }, "place", None));
            }
            if multi && self.lx.has("place-prefixes", &first.norm) {
                out.push((-2.5, "place", None));
            }
        }
        if multi && self.lx.has("given-names", &first.norm) && head.is_none() {
            // "Samuel Insull", but also "John Deere": strong evidence may still win.
            out.push((-3.0, "person", None));
        }
        // "the Canadian owner", "the South African group": a demonym before a noun is
        // an adjective.
        let demonym = if multi {
            crate::extract::places::place_demonym(self.lx, &key)
        } else {
            ["ian", "ean", "ese", "ish", "ican"]
                .iter()
                .any(|s| first.norm.ends_with(s))
                || crate::extract::places::place_demonym(self.lx, &first.norm)
        };
        if demonym && toks.get(e).is_some_and(|t| t.word && !t.is_cap()) {
            out.push((-4.0, "demonym", None));
        }
        // "Somali Kenyans", "Brazilians": a people, by a place's demonym in the plural;
        // "Malay Muslims", "Hindus": people, by a faith's in the plural.
        let people = ["ns", "ans", "ians"].iter().any(|suffix| {
            last.norm
                .strip_suffix(suffix)
                .is_some_and(|stem| self.lx.has("places", stem))
        }) || last
            .norm
            .strip_suffix('s')
            .is_some_and(|stem| self.lx.has("non-peoples", stem));
        if people && !last.is_acronym() {
            out.push((-6.0, "people", None));
        }
        if multi {
            out.push((1.5, "multiword", None));
        } else if first.text.chars().skip(1).any(char::is_uppercase) && !first.is_acronym() {
            out.push((1.0, "camel-case", None));
        }
        (out, false)
    }

    /// Evidence of one occurrence's context (`run` is where the capitalised run began,
    /// before words such as "La" that the name drops).
    pub fn of_context(&self, toks: &[Tok<'_>], run: usize, b: usize, e: usize) -> Vec<Evidence> {
        let mut out: Vec<Evidence> = Vec::new();
        let mut n = e;
        if self.names.defined_acronym(toks, e).is_some() {
            out.push((3.0, "acronym", None));
            n += 3;
        }
        // An apposition says what the name is, outright: it outweighs a small town of
        // the same name ("Sama, the outsourcing firm").
        if let Some(kind) = self.apposition(toks, b, n) {
            out.push((5.0, "apposition", kind_of(kind)));
        }
        // (Not a body's name with its head: "the Landless Workers' Movement (MST) and
        // Indigenous villages".)
        let headed = ["org-heads", "org-nouns"]
            .iter()
            .any(|l| self.lx.has(l, &toks[e - 1].norm));
        if !headed && self.people_after(toks, n) {
            out.push((-6.0, "people", None));
        }
        if self.described(toks, n) {
            out.push((2.5, "descriptor", None));
        }
        if let Some(kind) = self.list_intro(toks, run) {
            out.push((3.0, "apposition", kind_of(kind)));
        }
        // "workers at X" names an employer outright; "X workers" may name a nation.
        if self.staff_before(toks, run) {
            out.push((2.5, "staff", None));
        } else if self.staff_after(toks, n) {
            out.push((2.0, "staff", None));
        }
        if self.country_acts(toks, run, b, e) {
            out.push((7.0, "government", Some(ActorKind::Government)));
        }
        let poss = toks[e - 1].poss;
        // "the ejido of Bacadéhuachi should hold": the verb's subject is the ejido.
        let complement = of_complement(toks, run);
        match self.acts(toks, n).filter(|_| !complement) {
            Some(true) => out.push((2.5, "joint-agency", None)),
            Some(false) if !poss => out.push((1.5, "agency", None)),
            _ => {}
        }
        let next = toks.get(n);
        // "the Omo's water", "the Nile's floods": what a river or a lake has ("the
        // Padma's low flows": past one adjective).
        let owned = if next
            .is_some_and(|t| matches!(t.norm.as_str(), "low" | "high" | "upper" | "lower"))
        {
            toks.get(n + 1)
        } else {
            next
        };
        let nature = owned.is_some_and(|t| {
            self.lx.has("nature-nouns", &t.norm)
                || matches!(
                    t.norm.as_str(),
                    "flood" | "floods" | "flow" | "flows" | "banks"
                )
        });
        if poss && nature {
            out.push((-2.0, "place", None));
        } else if poss && next.is_some_and(|t| t.word && !t.is_cap()) {
            out.push((1.5, "possessive", None));
        }
        // What a page says a body should do: "Arsesp should publish", "NEPRA should
        // hold full public hearings".
        // Not a common noun ("Legislation should", "Patients should"), nor a place.
        let name = &toks[b..e];
        let common = name.len() == 1
            && !name[0].is_acronym()
            && (name[0].norm.ends_with('s')
                || self.lx.list("action-nouns").get(&name[0].norm).is_some()
                || self.lx.names_people(&name[0].norm));
        let place = self.lx.has("places", &super::join(name));
        if !poss && !common && !place && next.is_some_and(Tok::is_directive) && !complement {
            out.push((1.0, "directive", None));
        }
        if next.is_some_and(|t| t.is_punct(","))
            && toks
                .get(n + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "whose" | "which"))
        {
            // "the Sibuyan Mangyan Tagabukid, whose ancestral domain claim…": a people's
            // land, not a body's.
            let land = toks[n + 2..(n + 4).min(toks.len())]
                .iter()
                .any(|t| self.lx.has("indigenous-cues", &t.norm));
            if toks[n + 1].norm == "whose" && land {
                out.push((-3.0, "people", None));
            }
            // "the communal assembly of Puente Madera, which refused": the clause says
            // what the assembly did; but "the case files of Migrant-Rights.org, which
            // documents…" what the name does.
            let body_of = complement
                && ["org-heads", "org-nouns", "people-nouns", "worker-nouns"]
                    .iter()
                    .any(|l| self.lx.has(l, &toks[run - 2].norm));
            if !body_of {
                out.push((1.0, "relative", None));
            }
            // "Vattenfall, which sells home charging contracts": it acts.
            if !body_of
                && toks.get(n + 1).is_some_and(|t| t.norm == "which")
                && (self.acts(toks, n + 2) == Some(false) || finite_verb(toks.get(n + 2)))
            {
                out.push((1.5, "agency", None));
            }
        }
        // "It serves Dominion", "serves the Kansas City Chiefs", "quotes Teleperformance",
        // "managed by Macquarie".
        let prev = b.checked_sub(1).map(|p| &toks[p]);
        let verb = skip_the(toks, b).map(|p| &toks[p]);
        let passive = prev.is_some_and(|p| p.norm == "by")
            && b >= 2
            && toks[b - 2].word
            && !toks[b - 2].is_cap()
            && toks[b - 2].norm.ends_with("ed");
        if self.has("object-verbs", verb) || passive {
            out.push((1.5, "object", None));
        }
        out
    }
}
