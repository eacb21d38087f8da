//! Issue 12's evaluation sets: where each lives, which were never printed, how they pool
//! into fifteen-page groups, and the floors each is held to.

/// The evaluation sets, by the name the harness prints and `ACST_EVAL_SETS` selects,
/// and their directory under `tests/` (`truth.json` and `pages/`; the development set's
/// pages are the samples in `data/stories`).
pub const SETS: [(&str, &str); 72] = [
    ("development", "dev"),
    ("evaluation", "eval"),
    ("unseen", "eval2"),
    ("fresh", "eval3"),
    ("fresh2", "eval4"),
    ("fresh3", "eval5"),
    ("fresh4", "eval6"),
    ("fresh5", "eval7"),
    ("fresh6", "eval8"),
    ("fresh7", "eval9"),
    ("fresh8", "eval10"),
    ("fresh9", "eval11"),
    ("fresh10", "eval12"),
    ("fresh11", "eval13"),
    ("fresh12", "eval14"),
    ("fresh13", "eval15"),
    ("fresh14", "eval16"),
    ("fresh15", "eval17"),
    ("fresh16", "eval18"),
    ("fresh17", "eval19"),
    ("fresh18", "eval20"),
    ("fresh19", "eval21"),
    ("fresh20", "eval22"),
    ("fresh21", "eval23"),
    ("fresh22", "eval24"),
    ("fresh23", "eval25"),
    ("fresh24", "eval26"),
    ("fresh25", "eval27"),
    ("fresh26", "eval28"),
    ("fresh27", "eval29"),
    ("fresh28", "eval30"),
    ("fresh29", "eval31"),
    ("fresh30", "eval32"),
    ("fresh31", "eval33"),
    ("fresh32", "eval34"),
    ("fresh33", "eval35"),
    ("fresh34", "eval36"),
    ("fresh35", "eval37"),
    ("fresh36", "eval38"),
    ("fresh37", "eval39"),
    ("fresh38", "eval40"),
    ("fresh39", "eval41"),
    ("fresh40", "eval42"),
    ("fresh41", "eval43"),
    ("fresh42", "eval44"),
    ("fresh43", "eval45"),
    ("fresh44", "eval46"),
    ("fresh45", "eval47"),
    ("fresh46", "eval48"),
    ("fresh47", "eval49"),
    ("fresh48", "eval50"),
    ("fresh49", "eval51"),
    ("fresh50", "eval52"),
    ("fresh51", "eval53"),
    ("fresh52", "eval54"),
    ("fresh53", "eval55"),
    ("fresh54", "eval56"),
    ("fresh55", "eval57"),
    ("fresh56", "eval58"),
    ("fresh57", "eval59"),
    ("fresh58", "eval60"),
    ("fresh59", "eval61"),
    ("fresh60", "eval62"),
    ("fresh61", "eval63"),
    ("fresh62", "eval64"),
    ("fresh63", "eval65"),
    ("fresh64", "eval66"),
    ("fresh65", "eval67"),
    ("fresh66", "eval68"),
    ("fresh67", "eval69"),
    ("fresh68", "eval70"),
    ("fresh69", "eval71"),
];

/// The sets whose errors nobody has read: they print their totals only, always, so they
/// keep measuring text the extractor was not tuned on.
pub const UNSEEN: &[&str] = &[
    "fresh7", "fresh10", "fresh20", "fresh38", "fresh40", "fresh61", "fresh62", "fresh63",
    "fresh64", "fresh65", "fresh66", "fresh67", "fresh68", "fresh69",
];

/// Three sets written together and measured first by one extractor: the fifteen-page
/// sets issue 12 asks for, pooled as well as one by one, with their floors (actors P,
/// R; parallels P, R; themes F1).
pub struct Fifteen {
    pub sets: [&'static str; 3],
    pub floors: [f64; 5],
    pub what: &'static str,
}

pub const FIFTEEN: [Fifteen; 9] = [
    // Written after the eval44 round. First measured at actors 0.843 / 0.854,
    // parallels 0.939 / 0.939, themes F1 0.859; after a round on their errors all three
    // meet issue 12's targets, asserted here.
    Fifteen {
        sets: ["fresh43", "fresh44", "fresh45"],
        floors: [0.90, 0.90, 0.90, 0.85, 0.85],
        what: "below the target",
    },
    // Written after that round and never printed. First measured, as it came, at
    // actors 0.848 / 0.848, parallels 0.906 / 0.967, themes F1 0.808: parallels at
    // issue 12's targets, actors and themes under theirs; floors under those figures.
    Fifteen {
        sets: ["fresh46", "fresh47", "fresh48"],
        floors: [0.82, 0.82, 0.88, 0.93, 0.78],
        what: "regressed",
    },
    // Written after the round on eval48 to eval50 and never printed. First measured, as
    // it came, at actors 0.917 / 0.892, parallels 0.789 / 1.000, themes F1 0.833:
    // actors' precision and parallels' recall at issue 12's targets, the rest under.
    Fifteen {
        sets: ["fresh49", "fresh50", "fresh51"],
        floors: [0.89, 0.86, 0.76, 0.95, 0.80],
        what: "regressed",
    },
    // Written after the round on eval51 to eval53 and never printed. First measured, as
    // it came, at actors 0.920 / 0.930, parallels 0.906 / 0.967, themes F1 0.797 (P
    // 0.905, R 0.713): actors and parallels at issue 12's targets, themes under.
    Fifteen {
        sets: ["fresh52", "fresh53", "fresh54"],
        floors: [0.89, 0.90, 0.87, 0.93, 0.76],
        what: "regressed",
    },
    // Written after the round on eval54 to eval56 and never printed. First measured, as
    // it came, at actors 0.928 / 0.906, parallels 0.903 / 0.933, themes F1 0.815 (P
    // 0.841, R 0.791): actors and parallels at issue 12's targets again, themes under.
    Fifteen {
        sets: ["fresh55", "fresh56", "fresh57"],
        floors: [0.90, 0.88, 0.87, 0.90, 0.78],
        what: "regressed",
    },
    // Written after the round on eval57 to eval59 and never printed. First measured, as
    // it came, at actors 0.851 / 0.974, parallels 0.964 / 0.900, themes F1 0.864 (P
    // 0.911, R 0.823): parallels and themes at issue 12's targets, actors' precision
    // under its target (thirteen false bodies, not printed).
    Fifteen {
        sets: ["fresh58", "fresh59", "fresh60"],
        floors: [0.82, 0.95, 0.93, 0.87, 0.83],
        what: "regressed",
    },
    // Written after the round on eval60 to eval62 and never printed. First measured, as
    // it came, at actors 0.912 / 0.939, parallels 1.000 / 0.967, themes F1 0.857 (P
    // 0.931, R 0.794): every one of issue 12's targets met on a first measurement,
    // asserted here at the targets.
    Fifteen {
        sets: ["fresh61", "fresh62", "fresh63"],
        floors: [0.90, 0.90, 0.90, 0.85, 0.85],
        what: "below the target",
    },
    // Written after eval63-65's first measurement, for a second measurement of the same
    // extractor, and never printed. First measured, as it came, at actors 0.962 / 0.927,
    // parallels 0.967 / 0.967, themes F1 0.862 (P 0.889, R 0.836): every target met
    // again, asserted here at the targets.
    Fifteen {
        sets: ["fresh64", "fresh65", "fresh66"],
        floors: [0.90, 0.90, 0.90, 0.85, 0.85],
        what: "below the target",
    },
    // eval69-eval71, written after eval66-68's first measurement as a third independent
    // measurement. First measurement, as it came (never printed): actors P 0.914 R
    // 0.985, parallels P 0.938 R 1.000, themes F1 0.863: the targets, asserted.
    Fifteen {
        sets: ["fresh67", "fresh68", "fresh69"],
        floors: [0.90, 0.90, 0.90, 0.85, 0.85],
        what: "below the target",
    },
];

/// Floors of a set measured before it was tuned to: actors P, R; parallels P, R; themes
/// F1. `None` for the sets the targets hold on.
pub fn floors(name: &str) -> Option<[f64; 5]> {
    Some(match name {
        "unseen" => [0.85, 0.85, 0.85, 0.70, 0.80],
        "fresh" => [0.95, 0.85, 0.90, 0.85, 0.78],
        "fresh2" => [0.80, 0.75, 0.90, 0.80, 0.85],
        "fresh3" => [0.85, 0.85, 0.75, 0.75, 0.75],
        "fresh4" => [0.80, 0.80, 0.75, 0.60, 0.78],
        "fresh5" => [0.90, 0.85, 0.90, 0.80, 0.78],
        "fresh6" => [0.80, 0.80, 0.90, 0.90, 0.80],
        "fresh7" => [0.90, 0.85, 0.85, 0.80, 0.78],
        "fresh8" => [0.75, 0.73, 0.75, 0.70, 0.78],
        "fresh9" => [0.90, 0.80, 0.75, 0.90, 0.65],
        // 0.769 -> 0.750 when "not made public" became a regulatory gap (a change kept for
        // five training finds; reported in docs/eval-log.md).
        "fresh10" => [0.85, 0.90, 0.85, 0.95, 0.74],
        "fresh11" => [0.85, 0.90, 0.80, 0.80, 0.78],
        "fresh12" => [0.85, 0.85, 0.70, 0.50, 0.73],
        "fresh13" => [0.75, 0.75, 0.50, 0.55, 0.73],
        "fresh14" => [0.88, 0.85, 0.50, 0.55, 0.73],
        "fresh15" => [0.83, 0.88, 0.45, 0.40, 0.70],
        "fresh16" => [0.80, 0.70, 0.45, 0.55, 0.80],
        "fresh17" => [0.80, 0.80, 0.60, 0.65, 0.80],
        "fresh18" => [0.90, 0.85, 0.60, 0.65, 0.70],
        "fresh19" => [0.78, 0.80, 0.70, 0.75, 0.70],
        "fresh20" => [0.88, 0.93, 0.90, 0.80, 0.80],
        "fresh21" => [0.95, 0.95, 0.90, 0.75, 0.80],
        "fresh22" => [0.90, 0.82, 0.75, 0.90, 0.75],
        "fresh23" => [0.85, 0.78, 0.75, 0.75, 0.75],
        "fresh24" => [0.80, 0.80, 0.65, 0.70, 0.75],
        "fresh25" => [0.82, 0.82, 0.90, 0.95, 0.74],
        "fresh26" => [0.95, 0.80, 0.85, 0.95, 0.70],
        "fresh27" => [0.73, 0.65, 0.85, 0.85, 0.64],
        "fresh28" => [0.95, 0.88, 0.95, 0.95, 0.80],
        "fresh29" => [0.95, 0.84, 0.95, 0.90, 0.86],
        "fresh30" => [0.95, 0.90, 0.85, 0.90, 0.92],
        "fresh31" => [0.90, 0.90, 0.90, 0.85, 0.86],
        "fresh32" => [0.95, 0.92, 0.90, 0.95, 0.92],
        "fresh33" => [0.95, 0.90, 0.90, 0.90, 0.72],
        "fresh34" => [0.90, 0.90, 0.95, 0.82, 0.80],
        "fresh35" => [0.95, 0.95, 0.85, 0.95, 0.90],
        "fresh36" => [0.95, 0.92, 0.95, 0.82, 0.90],
        "fresh37" => [0.95, 0.95, 0.90, 0.95, 0.85],
        "fresh38" => [0.92, 0.95, 0.95, 0.92, 0.88],
        "fresh39" => [0.75, 0.85, 0.78, 0.85, 0.85],
        "fresh40" => [0.90, 0.86, 0.90, 0.78, 0.86],
        "fresh41" => [0.85, 0.95, 0.80, 0.95, 0.85],
        "fresh42" => [0.80, 0.90, 0.78, 0.90, 0.79],
        // First measured together (eval45 to eval47, one extractor): actors 0.889 /
        // 0.857, 0.808 / 0.808, 0.833 / 0.893; parallels 0.923 / 1.000, 0.900 / 0.818,
        // 1.000 / 1.000; themes F1 0.824, 0.906, 0.846.
        "fresh43" => [0.85, 0.82, 0.90, 0.95, 0.80],
        "fresh44" => [0.78, 0.78, 0.85, 0.78, 0.88],
        "fresh45" => [0.80, 0.85, 0.95, 0.95, 0.82],
        // First measured together (eval48 to eval50, one extractor, after the round on
        // eval45 to eval47): actors 0.862 / 0.893, 0.840 / 0.840, 0.840 / 0.808;
        // parallels 0.909 / 1.000, 1.000 / 1.000, 0.818 / 0.900; themes F1 0.824, 0.816,
        // 0.784.
        "fresh46" => [0.83, 0.86, 0.88, 0.95, 0.80],
        "fresh47" => [0.80, 0.80, 0.95, 0.95, 0.79],
        "fresh48" => [0.80, 0.78, 0.78, 0.88, 0.76],
        // First measured together (eval51 to eval53, one extractor, after the round on
        // eval48 to eval50): actors 0.920 / 1.000, 0.880 / 0.880, 0.955 / 0.808;
        // parallels 0.909 / 1.000, 0.833 / 1.000, 0.667 / 1.000; themes F1 0.880, 0.885,
        // 0.714.
        "fresh49" => [0.89, 0.95, 0.88, 0.95, 0.85],
        "fresh50" => [0.85, 0.85, 0.80, 0.95, 0.85],
        "fresh51" => [0.92, 0.78, 0.64, 0.95, 0.69],
        // First measured together (eval54 to eval56, one extractor, after the round on
        // eval51 to eval53): actors 1.000 / 0.964, 0.867 / 0.897, 0.900 / 0.931;
        // parallels 0.900 / 0.900, 0.833 / 1.000, 1.000 / 1.000; themes F1 0.923, 0.773,
        // 0.681.
        "fresh52" => [0.97, 0.93, 0.87, 0.87, 0.89],
        "fresh53" => [0.83, 0.86, 0.80, 0.97, 0.74],
        "fresh54" => [0.87, 0.90, 0.97, 0.97, 0.65],
        // First measured together (eval57 to eval59, one extractor, after the round on
        // eval54 to eval56): actors 0.933 / 0.966, 0.920 / 0.852, 0.929 / 0.897;
        // parallels 0.800 / 0.800, 1.000 / 1.000, 0.909 / 1.000; themes F1 0.850, 0.756,
        // 0.844.
        "fresh55" => [0.90, 0.93, 0.77, 0.77, 0.82],
        "fresh56" => [0.89, 0.82, 0.97, 0.97, 0.72],
        "fresh57" => [0.90, 0.87, 0.88, 0.97, 0.81],
        // First measured together (eval60 to eval62, one extractor, after the round on
        // eval57 to eval59): actors 0.818 / 1.000, 0.920 / 1.000, 0.828 / 0.923;
        // parallels 1.000 / 0.900, 0.900 / 0.900, 1.000 / 0.900; themes F1 0.889, 0.865,
        // 0.833.
        "fresh58" => [0.79, 0.97, 0.97, 0.87, 0.86],
        "fresh59" => [0.89, 0.97, 0.87, 0.87, 0.84],
        "fresh60" => [0.80, 0.90, 0.97, 0.87, 0.80],
        // First measured together (eval63 to eval65, one extractor, after the round on
        // eval60 to eval62): actors 0.913 / 0.955, 0.870 / 1.000, 0.955 / 0.875;
        // parallels 1.000 / 1.000, 1.000 / 0.900, 1.000 / 1.000; themes F1 0.857, 0.920,
        // 0.765.
        "fresh61" => [0.88, 0.93, 0.97, 0.97, 0.83],
        "fresh62" => [0.84, 0.97, 0.97, 0.87, 0.89],
        "fresh63" => [0.93, 0.85, 0.97, 0.97, 0.74],
        // First measured together (eval66 to eval68, the extractor that measured eval63
        // to eval65): actors 1.000 / 1.000, 0.889 / 0.889, 1.000 / 0.895; parallels 1.000 /
        // 1.000, 1.000 / 1.000, 0.900 / 0.900; themes F1 0.857, 0.878, 0.851.
        "fresh64" => [0.97, 0.97, 0.97, 0.97, 0.83],
        "fresh65" => [0.86, 0.86, 0.97, 0.97, 0.85],
        "fresh66" => [0.97, 0.87, 0.87, 0.87, 0.82],
        // First measured together (eval69 to eval71, the extractor of the former-states,
        // "own" and spoken-programme rules): actors 0.962 / 1.000, 1.000 / 1.000, 0.800 /
        // 0.952; parallels 1.000 / 1.000, 0.909 / 1.000, 0.909 / 1.000; themes F1 0.958,
        // 0.744, 0.875.
        "fresh67" => [0.93, 0.97, 0.97, 0.97, 0.93],
        "fresh68" => [0.97, 0.97, 0.88, 0.97, 0.72],
        "fresh69" => [0.77, 0.92, 0.88, 0.97, 0.84],
        _ => return None,
    })
}
