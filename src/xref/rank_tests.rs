//! Unit tests of the ranking (a file of their own: rank.rs stays about the ranking).

use super::*;
use crate::xref::index::{Item, StoryInfo};

fn corpus() -> Corpus {
    let story = |i: &str| StoryInfo {
        iri: format!("s:{i}"),
        id: i.into(),
        title: i.into(),
        date: None,
    };
    let item = |k, key: &str| Item {
        kind: k,
        key: key.into(),
        label: key.into(),
    };
    let rows = vec![
        ("s:a".into(), item(ItemKind::Parallel, "south-sea")),
        ("s:b".into(), item(ItemKind::Parallel, "south-sea")),
        ("s:a".into(), item(ItemKind::Outlet, "reuters")),
        ("s:c".into(), item(ItemKind::Outlet, "reuters")),
        ("s:a".into(), item(ItemKind::Theme, "labour")),
        ("s:b".into(), item(ItemKind::Theme, "labour")),
        ("s:c".into(), item(ItemKind::Theme, "labour")),
        ("s:d".into(), item(ItemKind::Theme, "labour")),
    ];
    Corpus::build(
        vec![story("a"), story("b"), story("c"), story("d")],
        rows,
        Vec::new(),
        Vec::new(),
        Vec::new(),
    )
}

#[test]
fn rare_content_beats_shared_outlet_and_ubiquitous_theme() {
    let c = corpus();
    let r = related(&c, 0, ScoreOptions::default());
    assert_eq!(
        r.iter().map(|x| x.story.as_str()).collect::<Vec<_>>(),
        ["b", "c"]
    );
    assert_eq!(r[0].reasons[0].kind, "parallel");
    // labour is in every story: weight 0, so it is no reason at all.
    assert!(r
        .iter()
        .all(|x| x.reasons.iter().all(|re| re.item != "labour")));
    assert_eq!(pair_score(&c, 0, 3), 0.0);
}

/// An item in most stories is added to all and taken back from the rest when it
/// opens no candidates: the scores are those of the plain sum.
#[test]
fn items_most_stories_share_count_the_same_through_their_complement() {
    let story = |i: usize| StoryInfo {
        iri: format!("s:{i}"),
        id: format!("{i:02}"),
        title: String::new(),
        date: None,
    };
    let item = |k, key: &str| Item {
        kind: k,
        key: key.into(),
        label: key.into(),
    };
    let mut rows = Vec::new();
    for i in 0..10 {
        if i < 7 {
            rows.push((format!("s:{i}"), item(ItemKind::Actor, "openai")));
        }
        if i % 3 == 0 {
            rows.push((format!("s:{i}"), item(ItemKind::Parallel, "tulips")));
        }
        rows.push((
            format!("s:{i}"),
            item(ItemKind::Outlet, &format!("o{}", i % 2)),
        ));
    }
    let c = Corpus::build((0..10).map(story).collect(), rows, vec![], vec![], vec![]);
    assert!(c.complement(0).is_some() || c.complement(1).is_some() || c.complement(2).is_some());
    for s in 0..10 {
        let plain = related(
            &c,
            s,
            ScoreOptions {
                top: 9,
                max_candidate_df: usize::MAX,
            },
        );
        let capped = related(
            &c,
            s,
            ScoreOptions {
                top: 9,
                max_candidate_df: 1,
            },
        );
        for r in &capped {
            let p = plain
                .iter()
                .find(|p| p.story == r.story)
                .expect("same stories");
            assert!(
                (p.score - r.score).abs() < 1e-9,
                "{} vs {}",
                p.score,
                r.score
            );
        }
    }
}

#[test]
fn top_k_gives_the_kth_largest() {
    let mut t = TopK::new(3);
    for x in [1.0, 5.0, 3.0, 5.0, 2.0] {
        t.offer(x);
    }
    assert_eq!(t.floor(), 3.0);
    let mut few = TopK::new(3);
    few.offer(1.0);
    assert_eq!(few.floor(), f64::NEG_INFINITY);
}

#[test]
fn shared_groups_by_item() {
    let c = corpus();
    let s = shared(&c, 0, ItemKind::Theme);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].1, [1, 2, 3]);
    assert_eq!(recurring(&c, ItemKind::Theme, 2)[0].1.len(), 4);
}
