//! Graph views of the corpus, built with petgraph from the inverted index: nodes with
//! stable ids (`story:ID`, `actor:SLUG`, …) and typed, weighted edges, sorted so that
//! two exports of the same store are identical.

use crate::xref::index::{Corpus, ItemKind};
use crate::xref::rank::{related, ScoreOptions};
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashMap, VecDeque};

/// Which graph to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum View {
    /// Stories, actors, omission themes, events, patterns and pathway types as typed nodes.
    Full,
    /// Stories linked by cross-reference score.
    Stories,
    /// Actors linked by the number of stories naming both.
    Actors,
    /// The bipartite story–omission-theme graph.
    Omissions,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Node {
    /// Stable id: `story:<id>`, `actor:<slug>`, `theme:<slug>`, `event:<slug>`, …
    pub id: String,
    pub label: String,
    /// story, actor, outlet, theme, event, pattern, pathway-type.
    pub kind: String,
    /// Stories having the item (1 for a story node).
    pub stories: usize,
    pub date: Option<String>,
    pub cmr: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub kind: String,
    pub weight: f64,
}

/// Options of a view.
#[derive(Debug, Clone, Default)]
pub struct ViewOptions {
    /// Keep only nodes within `depth` edges of this story's node (`story:<id>`).
    pub around: Option<(String, usize)>,
    /// Drop edges lighter than this.
    pub min_weight: f64,
    /// Related stories per story in the `stories` view.
    pub top: usize,
}

pub type Graph = UnGraph<Node, Edge>;

fn short(iri: &str) -> &str {
    iri.rsplit('/').next().unwrap_or(iri)
}

pub(crate) fn item_node(c: &Corpus, i: usize) -> Node {
    let it = &c.items[i];
    let (kind, id) = match it.kind {
        ItemKind::Actor => ("actor", format!("actor:{}", short(&it.key))),
        ItemKind::Outlet => ("outlet", format!("actor:{}", short(&it.key))),
        ItemKind::Theme => ("theme", format!("theme:{}", short(&it.key))),
        ItemKind::Parallel => ("event", format!("event:{}", short(&it.key))),
        ItemKind::Pattern => ("pattern", format!("pattern:{}", short(&it.key))),
        ItemKind::Pathway => ("pathway-type", format!("pathway-type:{}", short(&it.key))),
        ItemKind::Omission => (
            "omission",
            format!("omission:{}", crate::extract::normalize::slug(&it.key)),
        ),
    };
    Node {
        id,
        label: it.label.clone(),
        kind: kind.into(),
        stories: c.postings[i].len(),
        ..Node::default()
    }
}

fn story_node(c: &Corpus, s: usize, cmr: &HashMap<String, f64>) -> Node {
    let st = &c.stories[s];
    Node {
        id: format!("story:{}", st.id),
        label: st.title.clone(),
        kind: "story".into(),
        stories: 1,
        date: st.date.clone(),
        cmr: cmr.get(&st.iri).copied(),
    }
}

/// Builds nodes and edges keyed by node id (so outlet and actor roles of one actor merge).
struct Builder {
    nodes: BTreeMap<String, Node>,
    edges: BTreeMap<(String, String, String), f64>,
}

impl Builder {
    fn node(&mut self, n: Node) -> String {
        let id = n.id.clone();
        self.nodes.entry(id.clone()).or_insert(n);
        id
    }
    fn edge(&mut self, a: String, b: String, kind: &str, weight: f64) {
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        let w = self.edges.entry((a, b, kind.to_owned())).or_insert(0.0);
        *w = w.max(weight);
    }
}

/// Builds a view. `cmr` maps story IRIs to their cmrScore.
pub fn build(c: &Corpus, view: View, cmr: &HashMap<String, f64>, opts: &ViewOptions) -> Graph {
    let mut b = Builder {
        nodes: BTreeMap::new(),
        edges: BTreeMap::new(),
    };
    match view {
        View::Full | View::Omissions => {
            for s in 0..c.stories.len() {
                let sid = b.node(story_node(c, s, cmr));
                for &i in &c.story_items[s] {
                    let kind = c.items[i as usize].kind;
                    let keep = match view {
                        View::Omissions => kind == ItemKind::Theme,
                        _ => kind != ItemKind::Omission,
                    };
                    if keep {
                        let iid = b.node(item_node(c, i as usize));
                        let edge = match kind {
                            ItemKind::Theme => "omits-theme",
                            ItemKind::Parallel => "invokes",
                            ItemKind::Pattern => "invokes-pattern",
                            ItemKind::Actor => "names",
                            ItemKind::Outlet => "reviews-outlet",
                            ItemKind::Pathway => "proposes",
                            ItemKind::Omission => "omits",
                        };
                        b.edge(sid.clone(), iid, edge, 1.0);
                    }
                }
            }
        }
        View::Stories => {
            let top = if opts.top == 0 { 5 } else { opts.top };
            for s in 0..c.stories.len() {
                let sid = b.node(story_node(c, s, cmr));
                for r in related(
                    c,
                    s,
                    ScoreOptions {
                        top,
                        ..ScoreOptions::default()
                    },
                ) {
                    let oid = b.node(story_node(c, r.index, cmr));
                    b.edge(sid.clone(), oid, "related", r.score);
                }
            }
        }
        View::Actors => {
            let mut pairs: BTreeMap<(usize, usize), usize> = BTreeMap::new();
            for s in 0..c.stories.len() {
                let actors: Vec<usize> = c.story_items[s]
                    .iter()
                    .map(|&i| i as usize)
                    .filter(|&i| c.items[i].kind == ItemKind::Actor)
                    .collect();
                for (k, &a) in actors.iter().enumerate() {
                    b.node(item_node(c, a));
                    for &o in &actors[k + 1..] {
                        *pairs.entry((a, o)).or_default() += 1;
                    }
                }
            }
            for ((a, o), n) in pairs {
                let (ia, io) = (item_node(c, a).id, item_node(c, o).id);
                b.edge(ia, io, "co-occurs", n as f64);
            }
        }
    }
    b.edges.retain(|_, w| *w >= opts.min_weight);
    if opts.min_weight > 0.0 {
        // Nodes whose every edge fell under the threshold would float alone: drop them.
        let linked: std::collections::BTreeSet<&String> =
            b.edges.keys().flat_map(|(a, o, _)| [a, o]).collect();
        let keep: std::collections::BTreeSet<String> = linked.into_iter().cloned().collect();
        b.nodes.retain(|id, _| {
            keep.contains(id) || opts.around.as_ref().is_some_and(|(c, _)| c == id)
        });
    }
    into_petgraph(b, opts)
}

fn into_petgraph(b: Builder, opts: &ViewOptions) -> Graph {
    let mut g = Graph::default();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    for (id, n) in b.nodes {
        index.insert(id, g.add_node(n));
    }
    for ((a, o, kind), weight) in b.edges {
        g.add_edge(index[&a], index[&o], Edge { kind, weight });
    }
    match &opts.around {
        Some((center, depth)) => neighbourhood(&g, index.get(center).copied(), *depth),
        None => g,
    }
}

/// The subgraph of `g` within `depth` edges of the node with id `center` (empty when
/// there is none): the same graph `build` gives with `around`, from a graph built once.
pub fn around(g: &Graph, center: &str, depth: usize) -> Graph {
    let c = g.node_indices().find(|&n| g[n].id == center);
    neighbourhood(g, c, depth)
}

/// [`around`], kept to at most `cap` nodes (a browser cannot draw the thousands of
/// stories two edges from a story through a common theme): the centre and its direct
/// neighbours always, then the farther nodes with most links into what is kept, ties
/// by id. Returns the graph and how many nodes the whole neighbourhood has.
pub fn around_capped(g: &Graph, center: &str, depth: usize, cap: usize) -> (Graph, usize) {
    let full = around(g, center, depth);
    let total = full.node_count();
    if total <= cap {
        return (full, total);
    }
    let Some(c) = full.node_indices().find(|&n| full[n].id == center) else {
        return (full, total);
    };
    let near: std::collections::HashSet<NodeIndex> =
        std::iter::once(c).chain(full.neighbors(c)).collect();
    let mut far: Vec<(usize, &str, NodeIndex)> = full
        .node_indices()
        .filter(|n| !near.contains(n))
        .map(|n| {
            let links = full.neighbors(n).filter(|m| near.contains(m)).count();
            (links, full[n].id.as_str(), n)
        })
        .collect();
    far.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    let keep: std::collections::HashSet<NodeIndex> = near
        .iter()
        .copied()
        .chain(far.iter().map(|f| f.2))
        .take(cap.max(near.len()))
        .collect();
    let mut out = Graph::default();
    let mut map = HashMap::new();
    for n in full.node_indices().filter(|n| keep.contains(n)) {
        map.insert(n, out.add_node(full[n].clone()));
    }
    for e in full.edge_references() {
        if let (Some(&a), Some(&b)) = (map.get(&e.source()), map.get(&e.target())) {
            out.add_edge(a, b, e.weight().clone());
        }
    }
    (out, total)
}

/// The subgraph within `depth` edges of `center` (breadth-first), ids kept sorted.
fn neighbourhood(g: &Graph, center: Option<NodeIndex>, depth: usize) -> Graph {
    let mut dist: HashMap<NodeIndex, usize> = HashMap::new();
    let mut queue = VecDeque::new();
    if let Some(c) = center {
        dist.insert(c, 0);
        queue.push_back(c);
    }
    while let Some(n) = queue.pop_front() {
        let d = dist[&n];
        if d == depth {
            continue;
        }
        for m in g.neighbors(n) {
            if let std::collections::hash_map::Entry::Vacant(e) = dist.entry(m) {
                e.insert(d + 1);
                queue.push_back(m);
            }
        }
    }
    let mut out = Graph::default();
    let mut map = HashMap::new();
    for n in g.node_indices().filter(|n| dist.contains_key(n)) {
        map.insert(n, out.add_node(g[n].clone()));
    }
    for e in g.edge_references() {
        if let (Some(&a), Some(&b)) = (map.get(&e.source()), map.get(&e.target())) {
            out.add_edge(a, b, e.weight().clone());
        }
    }
    out
}
