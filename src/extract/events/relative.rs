//! Dates given relative to another: "the Rif protests twelve years later".

use super::Detector;

impl Detector<'_> {
    /// "the Rif protests twelve years later", after "the Al Hoceima earthquake of 2004":
    /// a span of years right after the mention, counted from the last year the sentence
    /// named before it.
    pub(super) fn relative_date(&self, first: usize, end: usize) -> Option<(i32, i32)> {
        let n: i32 = self.tok(end).and_then(|t| {
            t.norm
                .parse()
                .ok()
                .or_else(|| self.lx.list("number-words").get(&t.norm)?.parse().ok())
        })?;
        let unit = match self.tok(end + 1)?.norm.as_str() {
            "years" | "year" => 1,
            "decades" | "decade" => 10,
            _ => return None,
        };
        let sign = match self.tok(end + 2)?.norm.as_str() {
            "later" | "after" => 1,
            "earlier" | "before" => -1,
            _ => return None,
        };
        let anchor = self.toks[..first]
            .iter()
            .rev()
            .take_while(|t| !t.is_punct("."))
            .find_map(|t| t.year())?;
        let y = anchor.0 + sign * n * unit;
        Some((y, y))
    }
}
