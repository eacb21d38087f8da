//! Precision, recall and F1 over sets, shared by the extraction measurements.

use std::collections::BTreeSet;

#[derive(Default, Debug, Clone, Copy)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Score {
    pub fn add(&mut self, got: &BTreeSet<String>, want: &BTreeSet<String>) {
        self.tp += got.intersection(want).count();
        self.fp += got.difference(want).count();
        self.fn_ += want.difference(got).count();
    }
    /// Pools another set's counts into these.
    pub fn pool(&mut self, other: &Score) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
    pub fn p(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    pub fn r(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        2.0 * self.p() * self.r() / (self.p() + self.r()).max(f64::EPSILON)
    }
    /// One line: `name precision … recall … F1 … (tp fp fn)`.
    pub fn line(&self, name: &str) -> String {
        format!(
            "{name:<22} precision {:.3} recall {:.3} F1 {:.3} (tp {} fp {} fn {})",
            self.p(),
            self.r(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}
