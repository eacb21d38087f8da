//! Byte ranges of a section already claimed (by an alias, an episode, a name), kept
//! disjoint and ordered so that asking whether a new range overlaps one costs a lookup,
//! not a scan: extraction stays linear in the size of a page.

use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct Taken(BTreeMap<usize, usize>);

impl Taken {
    /// Does `start..end` overlap a range already taken? (Ranges are disjoint, so only
    /// the last one starting before `end` can.)
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.0
            .range(..end)
            .next_back()
            .is_some_and(|(_, &e)| e > start)
    }

    /// Does every range that overlaps `start..end` lie inside it?
    pub fn inside(&self, start: usize, end: usize) -> bool {
        self.0
            .range(..end)
            .rev()
            .take_while(|(_, &e)| e > start)
            .all(|(&s, &e)| s >= start && e <= end)
    }

    /// Takes `start..end`, absorbing the ranges inside it; `false` (and nothing taken)
    /// when a range only partly overlaps it.
    pub fn absorb(&mut self, start: usize, end: usize) -> bool {
        if start >= end || !self.inside(start, end) {
            return false;
        }
        let inner: Vec<usize> = self.0.range(start..end).map(|(&s, _)| s).collect();
        for s in inner {
            self.0.remove(&s);
        }
        self.0.insert(start, end);
        true
    }

    /// Takes `start..end` unless it overlaps; returns whether it was taken.
    pub fn take(&mut self, start: usize, end: usize) -> bool {
        if start >= end || self.overlaps(start, end) {
            return false;
        }
        self.0.insert(start, end);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disjoint_ranges() {
        let mut t = Taken::default();
        assert!(t.take(10, 20) && t.take(30, 40) && !t.take(15, 35) && !t.take(39, 50));
        assert!(t.take(20, 30) && t.take(0, 10));
        assert!(t.overlaps(5, 6) && !t.overlaps(40, 41));
    }

    #[test]
    fn an_episode_absorbs_the_names_inside_it() {
        let mut t = Taken::default();
        assert!(t.take(4, 10) && t.take(30, 40));
        assert!(t.inside(0, 20) && !t.inside(5, 20) && !t.inside(35, 50));
        assert!(!t.absorb(35, 50) && t.absorb(0, 20));
        assert!(t.overlaps(15, 16) && !t.take(12, 14) && t.take(20, 30));
    }
}
