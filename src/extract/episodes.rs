//! Episodes of one section: the rules' candidates, resolved to an episode of the page,
//! a known one or a new one, and kept when the [`scorer`] takes them for parallels.

use super::events::{self, Candidate};
use super::extraction::{EventMention, Scored};
use super::scorer::{self, Found, Scorer};
use super::{event_index, spans, EventRef, Extractor, Prepared, Rule};

/// A rejected candidate scored under this is surely no episode: its words are free for
/// the organisation finder. (Of 13 strong candidates rejected on the training pages, the
/// 8 under it were 2 organisations, 2 places, and 4 phrases with no capital.)
const SURELY_NOT: f64 = 0.4;

impl Extractor {
    /// Episodes found by form in one section, resolved; their spans become taken. Every
    /// candidate scored goes to `trace` with its features.
    pub(super) fn episodes(
        &mut self,
        p: &Prepared<'_>,
        year: i32,
        taken: &mut spans::Taken,
        episode_spans: &mut spans::Taken,
        local: &mut Vec<(Candidate, EventRef)>,
        trace: &mut Vec<Scored>,
    ) -> Vec<EventMention> {
        if p.title_case {
            // Titles capitalise every word: their form says nothing.
            return Vec::new();
        }
        let ctx = events::Context {
            historical_section: p.historical,
            last_historical_year: year - 3,
        };
        let detector = events::Detector {
            lx: &self.lexicon,
            toks: &p.toks,
            text: p.text,
            ctx,
        };
        let scorer = Scorer::new(&self.lexicon);
        let mut out = Vec::new();
        for mut c in detector.detect() {
            // A bare name of a party to an episode is the party, save in the parallels
            // lens or before a verb of what the episode taught ("Intra Bank showed…").
            let parties = !p.historical && !self.lesson_after(p, c.end);
            // A known organisation inside a strong episode's phrase names the episode,
            // not an actor: "the Amazon rubber boom", "the PATCO strike".
            let absorbs = c.strong && c.head.is_some() && taken.inside(c.start, c.end);
            if taken.overlaps(c.start, c.end) && !absorbs {
                continue;
            }
            // An episode named before on this page, else a known or new one.
            let here = named_before(local, &c, &self.lexicon).cloned();
            let found = match here {
                Some(_) => Found::Page,
                None => match self.events.find(&c, parties) {
                    Some(e) if e.minted => Found::Corpus,
                    Some(_) => Found::Reference,
                    None => Found::New,
                },
            };
            // Without weights, a weak candidate counts only when it resolves; a sentence's
            // capitalised first word alone ("Analysts quoted in the piece…") never counts
            // as a new episode, whatever the weights say.
            let lone_initial = c.rule == "context" && !c.strong;
            if found == Found::New && !c.strong && (!scorer.trained() || lone_initial) {
                continue;
            }
            let evidence = detector.evidence(&c);
            let setting = scorer::Setting {
                section: p.section,
                found,
                evidence: &evidence,
                year,
            };
            let features = scorer::features(&c, &setting);
            let score = scorer.score(&features);
            let kept = scorer.admits(score);
            if self.trace {
                trace.push(Scored {
                    surface: p.text[c.start..c.end].to_owned(),
                    name: c.name.clone(),
                    section: p.section,
                    features,
                    score,
                    kept,
                    event: None,
                });
            }
            if !kept {
                // What the rules took for an episode is still no actor, unless the
                // scorer is sure it is none ("the Missouri Budget Project, which has
                // published…" in a power audit): then the organisation finder decides.
                if (c.strong && score >= SURELY_NOT) || found != Found::New {
                    taken.absorb(c.start, c.end);
                }
                continue;
            }
            c.strong = true;
            let resolved = here
                .map(|e| (e, event_index::Resolution::Corpus))
                .or_else(|| self.events.resolve_with(&c, parties));
            let Some((event, how)) = resolved else {
                continue;
            };
            if let Some(t) = trace.last_mut().filter(|_| self.trace) {
                t.event = Some(event.slug.clone());
            }
            local.push((c.clone(), event.clone()));
            taken.absorb(c.start, c.end);
            episode_spans.take(c.start, c.end);
            out.push(EventMention {
                event,
                surface: p.text[c.start..c.end].to_owned(),
                section: p.section,
                rule: match how {
                    event_index::Resolution::Reference => Rule::Core,
                    event_index::Resolution::Corpus => Rule::Corpus,
                    event_index::Resolution::New => Rule::New,
                },
            });
        }
        out
    }
}

impl Extractor {
    /// A verb of what an episode taught follows byte `end`: "Intra Bank showed how…".
    pub(super) fn lesson_after(&self, p: &Prepared<'_>, end: usize) -> bool {
        p.toks[p.toks.partition_point(|t| t.start < end)..]
            .first()
            .is_some_and(|t| self.lexicon.has("lesson-verbs", &t.norm))
    }
}

/// The episode an earlier mention on the same page named, that candidate `c` names
/// again; the rules are tried in order, each over the page's mentions in order. Across
/// pages the same rules would be too loose.
fn named_before<'a>(
    local: &'a [(Candidate, EventRef)],
    c: &Candidate,
    lx: &super::lexicon::Lexicon,
) -> Option<&'a EventRef> {
    // Proper words of the mention that a named episode lacks, unless they only say
    // where: "the strikers of Lawrence in 1912" after "the Bread and Roses strike of
    // 1912" is that strike; "the Karachi Electric privatisation of 2005" after "the
    // Umeme concession of 2005" is another episode.
    let own_names = |k: &Candidate| {
        let extra: Vec<&str> = c
            .core
            .proper
            .iter()
            .filter(|p| !k.core.proper.contains(p))
            .map(String::as_str)
            .collect();
        // An unnamed episode may get its name later: "the draining of the lakes of
        // the valley, begun with the Huehuetoca tunnel in 1607".
        !extra.is_empty() && !k.core.proper.is_empty() && !lx.has("places", &extra.join(" "))
    };
    let words: Vec<&str> = c.core.words().collect();
    let rules: [&dyn Fn(&Candidate) -> bool; 4] = [
        // The same head, or heads of one family with the very same dates ("the price
        // collapse of 2004", later "the 2004 crash"; not "the collapse of 1929" after
        // "the land boom of the 1920s"), and compatible dates: "the electricity boycotts
        // of the 1980s", later "the service boycotts of the 1980s".
        &|k| {
            let family = event_index::group(&k.pattern).is_some()
                && event_index::group(&k.pattern) == event_index::group(&c.pattern)
                && k.core.years == c.core.years;
            k.head.is_some()
                && c.head.is_some()
                && (k.head == c.head || family)
                && k.core.years.is_some()
                && c.core.years.is_some()
                && event_index::years_compatible(k.core.years, c.core.years)
        },
        // "the managed-care revolt" after "the managed-care backlash of the 1990s": an
        // undated mention whose words an episode of the page has.
        &|k| {
            c.head.is_some()
                && c.core.years.is_none()
                && !words.is_empty()
                && words.iter().all(|w| k.core.words().any(|x| x == *w))
        },
        // "the debt commission of 1876" after "the bankruptcy of 1876", "the 1946
        // walk-off" after "the Pilbara strike of 1946": a mention without a head noun,
        // dated by the very year of an episode of the page.
        // Not one with proper words the episode lacks: "the Karachi Electric
        // privatisation of 2005" after "the Umeme concession of 2005".
        &|k| {
            c.head.is_none()
                && c.core.years.is_some_and(|(a, b)| a == b || c.by_date)
                && k.core.years == c.core.years
                && !own_names(k)
        },
        // "the expiry of the first leases in 1997" after "the expiry of the first leases
        // under the Agricultural Landlord and Tenant Act in 1997": common words only,
        // dated by the very year of an episode of the page.
        &|k| {
            c.core.proper.is_empty()
                && c.core.years.is_some_and(|(a, b)| a == b)
                && k.core.years == c.core.years
        },
    ];
    rules
        .iter()
        .find_map(|rule| local.iter().find(|(k, _)| rule(k)).map(|(_, e)| e))
}
