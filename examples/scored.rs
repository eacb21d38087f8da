//! Prints every episode candidate the scorer sees, one JSON object per line, for
//! `scripts/train-scorer`: `cargo run --example scored -- DIR_OR_FILE…`. Pages are read
//! in the order given (a directory's files sorted), through one extractor, as `acst
//! ingest` would read them.
use acst::extract::lexicon::Lexicon;
use acst::extract::reference::Reference;
use acst::extract::Extractor;
use acst::read::{read_story, ContextLoader};
use std::path::{Path, PathBuf};

fn files(arg: &Path) -> Vec<PathBuf> {
    if !arg.is_dir() {
        return vec![arg.to_owned()];
    }
    let mut v: Vec<PathBuf> = std::fs::read_dir(arg)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

fn main() {
    let lexicon = match std::env::var_os("ACST_LEXICON") {
        Some(dir) => Lexicon::from_dir(Path::new(&dir)).unwrap(),
        None => Lexicon::builtin().unwrap(),
    };
    let mut x = Extractor::new(Reference::builtin().unwrap(), lexicon);
    x.trace = true;
    for arg in std::env::args().skip(1) {
        for path in files(Path::new(&arg)) {
            let bytes = std::fs::read(&path).unwrap();
            let shown = path.display().to_string();
            let Ok(story) = read_story(&bytes, &shown, None, &ContextLoader::default()) else {
                continue;
            };
            for s in x.extract(&story).trace {
                let line = serde_json::json!({
                    "page": shown,
                    "surface": s.surface,
                    "name": s.name,
                    "section": s.section.slug(),
                    "features": s.features,
                    "score": s.score,
                    "kept": s.kept,
                    "event": s.event,
                });
                println!("{line}");
            }
        }
    }
}
