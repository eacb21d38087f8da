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
}
