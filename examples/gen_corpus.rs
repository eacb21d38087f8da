//! Benchmark corpus generator: N story pages in layout A, layout B and JSON-LD,
//! deterministic from a seed, drawn from the reference data with Zipf-like frequencies,
//! aliases and misspellings mixed in, 2–6 KB each.
//!
//! cargo run --example gen_corpus -- OUT_DIR N [SEED]

use acst::extract::reference::Reference;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::fmt::Write as _;
use std::path::PathBuf;

/// Picks index i with probability ∝ 1/(i+1)^1.1 (Zipf-like: a few items dominate).
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize) -> Self {
        let mut acc = 0.0;
        let cumulative = (0..n)
            .map(|i| {
                acc += 1.0 / ((i + 1) as f64).powf(1.1);
                acc
            })
            .collect();
        Zipf { cumulative }
    }
    fn sample(&self, rng: &mut StdRng) -> usize {
        let x = rng.random::<f64>() * self.cumulative.last().copied().unwrap_or(1.0);
        self.cumulative
            .partition_point(|&c| c < x)
            .min(self.cumulative.len() - 1)
    }
}

/// A misspelling: two adjacent letters swapped (resolved by the fuzzy matcher).
fn misspell(name: &str, rng: &mut StdRng) -> String {
    let mut c: Vec<char> = name.chars().collect();
    if c.len() > 5 {
        let i = rng.random_range(2..c.len() - 2);
        if c[i].is_alphabetic() && c[i + 1].is_alphabetic() {
            c.swap(i, i + 1);
        }
    }
    c.into_iter().collect()
}

struct Gen<'a> {
    r: &'a Reference,
    rng: StdRng,
    actors: Zipf,
    events: Zipf,
    themes: Zipf,
    types: Zipf,
}

const FILLER: &[&str] = &[
    "The coverage treats the announcement as routine business news.",
    "Analysts quoted in the piece repeat the company's own projections.",
    "The framing takes growth as the only measure of success.",
    "Questions of accountability are left to a closing paragraph.",
    "The article relies on sources with a stake in the outcome.",
    "Its timeline starts with the deal and ignores what came before.",
];

impl Gen<'_> {
    fn actor(&mut self) -> String {
        let a = &self.r.actors[self.actors.sample(&mut self.rng)];
        let roll = self.rng.random_range(0..10);
        match roll {
            0 if !a.aliases.is_empty() => {
                a.aliases[self.rng.random_range(0..a.aliases.len())].clone()
            }
            1 => misspell(&a.name, &mut self.rng),
            2 => format!("{}’s", a.name),
            _ => a.name.clone(),
        }
    }
    fn event(&mut self) -> String {
        let e = &self.r.events[self.events.sample(&mut self.rng)];
        if !e.aliases.is_empty() && self.rng.random_bool(0.4) {
            e.aliases[self.rng.random_range(0..e.aliases.len())].clone()
        } else {
            e.name.clone()
        }
    }
    fn cue(&mut self) -> String {
        let t = &self.r.themes[self.themes.sample(&mut self.rng)];
        t.cues[self.rng.random_range(0..t.cues.len())]
            .trim_end_matches('*')
            .to_owned()
    }
    /// The outlet of story `i` (the reference outlets in turn).
    fn outlet(&self, i: usize) -> String {
        let outlets: Vec<&str> = self
            .r
            .actors
            .iter()
            .filter(|a| a.kind.slug() == "outlet")
            .map(|a| a.name.as_str())
            .collect();
        outlets[i % outlets.len()].to_owned()
    }
    fn filler(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| FILLER[self.rng.random_range(0..FILLER.len())])
            .collect::<Vec<_>>()
            .join(" ")
    }
    fn missing(&mut self) -> String {
        let mut s = String::new();
        for _ in 0..self.rng.random_range(3..6) {
            let (cue, actor, event) = (self.cue(), self.actor(), self.event());
            let _ = write!(s, "The coverage omits the {cue} dimension raised by {actor}, a pattern reminiscent of the {event}. ");
            let n = self.rng.random_range(1..4);
            s.push_str(&self.filler(n));
            s.push(' ');
        }
        s.trim_end().to_owned()
    }
    fn pathways(&mut self) -> Vec<(String, String)> {
        (0..self.rng.random_range(2..5))
            .map(|_| {
                let t = &self.r.solution_types[self.types.sample(&mut self.rng)];
                let cue = t.cues[self.rng.random_range(0..t.cues.len())].trim_end_matches('*').to_owned();
                let label = t.label.clone();
                let actor = self.actor();
                let filler = self.filler(2);
                (format!("{label} Through {}", cue.to_uppercase()), format!("Policy makers should pursue {cue} measures, with {actor} held to account. {filler}"))
            })
            .collect()
    }
}

fn layout_a(g: &mut Gen, i: usize) -> String {
    let (a1, a2, a3, outlet) = (g.actor(), g.actor(), g.actor(), g.outlet(i));
    let mut s = format!("← Back to stories\n\nStory {i}: {a1} and the Limits of the Boom\n\n{} {a1} is presented as inevitable progress. {}\n\n⚡ Power-Knowledge Audit\n\nThe narrative is produced by {outlet} for an audience of investors and policymakers. It serves {a2} and obscures {a3}. {}\n\n📐 Analysis Dimensions\n\nEight knowledge lenses applied to this story by the Cogniosynthetic Corrective Engine.\n\n🔍 What's Missing\n\n{}\n\nAn ACST audit of what the original framing omits. Eligible for cross-reference under the ACST vocabulary.\n\n🛠️ Solution Pathways\n\n", g.filler(3), g.filler(2), g.filler(2), g.missing());
    for (k, (t, b)) in g.pathways().into_iter().enumerate() {
        let _ = write!(s, "  {}. {:02}\n\n    {t}\n\n    {b}\n\n", k + 1, k + 1);
    }
    let ev = g.event();
    let _ = write!(
        s,
        "🧬 Integrated Synthesis\n\n{} The pattern echoes the {ev}. {}\n\n🔗",
        g.filler(3),
        g.filler(2)
    );
    s
}

fn layout_b(g: &mut Gen, i: usize) -> String {
    let outlet = g.outlet(i);
    let (a1, a2) = (g.actor(), g.actor());
    let month = 1 + i % 12;
    let day = 1 + i % 28;
    let mut s = format!("economy//2025-{month:02}-{day:02}//{outlet}//High omission\n#ai #finance\nStory {i}: Why {a1} Is Not the Whole Story\nOriginal framing: “{a1} announces record results” — {outlet}\nStructural correction\n{}\nMisrepresentation {}/10\nThe framing omits the costs.\nCoverage Details\nCorpus rank Top 10% of 34,523\nPower-Knowledge Audit\nThe framing was produced by {outlet} for an audience of investors. It serves {a2}.\nThe 8 Epistemic Lenses\n", g.missing(), 1 + i % 10);
    for lens in [
        "Historical Parallels",
        "Indigenous Knowledge",
        "Scientific Evidence",
        "Future Modelling",
    ] {
        let pct = g.rng.random_range(10..100);
        let _ = writeln!(s, "{lens} Signal: {pct}%\n{}", g.filler(1));
    }
    let ev = g.event();
    let _ = write!(s, "Cogniosynthesis — Systems-Level Conclusion\n{} As in the {ev}, the costs fall elsewhere.\nSolution Pathways\n", g.filler(3));
    for (k, (t, b)) in g.pathways().into_iter().enumerate() {
        let _ = write!(s, "{}. {:02}\n{t}\n{b}\n", k + 1, k + 1);
    }
    s.push('🔗');
    s
}

fn jsonld(g: &mut Gen, i: usize) -> String {
    let outlet = g.outlet(i);
    let a1 = g.actor();
    let doc = serde_json::json!({
        "@context": ["https://schema.org/", "https://cognionews.com/vocab/acst", {"acst": "https://w3id.org/acst/ns#"}],
        "@id": format!("https://cognionews.com/stories/{:016x}.html", 0xa000_0000_0000_0000u64 + i as u64),
        "@type": "Review",
        "name": format!("Story {i}: {a1} in Context"),
        "datePublished": format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
        "itemReviewed": {"@type": "NewsArticle", "headline": format!("{a1} moves markets"), "publisher": {"@type": "NewsMediaOrganization", "name": outlet}},
        "cmrScore": (i % 10) as f64 + 0.5,
        "acst:powerAudit": format!("The story is produced by {outlet} for an audience of investors. {}", g.filler(2)),
        "whatsMissing": g.missing(),
        "synthesis": format!("{} The {} is the parallel.", g.filler(3), g.event()),
        "lensAnalysis": [{"@type": "LensReading", "lensType": "HistoricalParallels", "score": (i % 100) as f64 / 100.0}],
    });
    serde_json::to_string_pretty(&doc).expect("serialisable")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(out), Some(n)) = (
        args.get(1),
        args.get(2).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: gen_corpus OUT_DIR N [SEED]");
        std::process::exit(2);
    };
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(2026);
    let r = Reference::builtin().expect("built-in reference data");
    let mut g = Gen {
        actors: Zipf::new(r.actors.len()),
        events: Zipf::new(r.events.len()),
        themes: Zipf::new(r.themes.len()),
        types: Zipf::new(r.solution_types.len()),
        rng: StdRng::seed_from_u64(seed),
        r: &r,
    };
    let out = PathBuf::from(out);
    let mut bytes = 0;
    for i in 0..n {
        // 1,000 files per folder keeps directory listings fast.
        let dir = out.join(format!("{:03}", i / 1000));
        std::fs::create_dir_all(&dir).expect("create output folder");
        let (name, text) = match i % 5 {
            0 | 1 => (format!("s{i:06}.txt"), layout_a(&mut g, i)),
            2 | 3 => (format!("s{i:06}.txt"), layout_b(&mut g, i)),
            _ => (format!("s{i:06}.jsonld"), jsonld(&mut g, i)),
        };
        bytes += text.len();
        std::fs::write(dir.join(name), text).expect("write page");
    }
    eprintln!(
        "{n} pages, {:.1} KB on average, in {}",
        bytes as f64 / n as f64 / 1024.0,
        out.display()
    );
}
