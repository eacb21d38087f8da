//! Prints what extraction finds on pages, section by section: the episodes and the
//! actors, with the rule behind each. For developers tuning the lexicon:
//! `cargo run --example explain -- page.txt…`
use acst::extract::lexicon::Lexicon;
use acst::extract::reference::Reference;
use acst::extract::Extractor;
use acst::read::{read_story, ContextLoader};

fn main() {
    let mut x = Extractor::new(Reference::builtin().unwrap(), Lexicon::builtin().unwrap());
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap();
        let story = read_story(&bytes, &path, None, &ContextLoader::default()).unwrap();
        let t = std::time::Instant::now();
        let e = x.extract(&story);
        if std::env::var_os("ACST_QUIET").is_some() {
            eprintln!("{path}: extracted in {:?}", t.elapsed());
            continue;
        }
        println!("== {path}");
        for m in &e.parallels {
            println!(
                "  event  {:<40} {:<32} {:>7} {}",
                m.surface,
                m.event.name,
                m.rule.name(),
                m.section.slug()
            );
        }
        for m in &e.actors {
            println!(
                "  actor  {:<40} {:<32} {:>7} {:?} {:?}",
                m.surface,
                m.actor.name,
                m.rule.name(),
                m.actor.kind,
                m.found_by
            );
        }
        for o in &e.omissions {
            println!(
                "  omits  {:?} {:?} {:?}",
                o.themes,
                o.keys,
                o.subjects.iter().map(|s| &s.label).collect::<Vec<_>>()
            );
            // ACST_TEXT=1 prints each item's text under it.
            if std::env::var_os("ACST_TEXT").is_some() {
                println!("         {}", o.text);
            }
        }
    }
}
