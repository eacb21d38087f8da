//! Small SVG bar charts drawn on the server, so that the story and entity pages show
//! their figures without JavaScript.

use maud::{html, Markup};

/// Horizontal bars, one per (label, value), values in 0..=max.
pub fn bars(title: &str, rows: &[(String, f64)], max: f64, unit: &str) -> Markup {
    let h = 22 * rows.len().max(1) + 8;
    let max = if max > 0.0 { max } else { 1.0 };
    html! {
        svg class="chart" role="img" aria-label=(title) viewBox={"0 0 520 " (h)} width="520" height=(h) {
            title { (title) }
            @for (k, (label, value)) in rows.iter().enumerate() {
                @let y = 4 + 22 * k;
                @let w = (value / max * 300.0).clamp(0.0, 300.0);
                text x="0" y=(y + 15) class="chart-label" { (label) }
                rect x="200" y=(y + 3) width=(format!("{w:.1}")) height="14" class="chart-bar" {}
                text x=(format!("{:.1}", 206.0 + w)) y=(y + 15) class="chart-value" {
                    (format!("{value:.0}{unit}"))
                }
            }
        }
    }
}

/// Vertical bars per month (`YYYY-MM`, count), for an entity's stories over time.
pub fn months(title: &str, rows: &[(String, usize)]) -> Markup {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1) as f64;
    let bw = 28;
    let w = (bw * rows.len()).max(60) + 10;
    html! {
        svg class="chart" role="img" aria-label=(title) viewBox={"0 0 " (w) " 150"} width=(w) height="150" {
            title { (title) }
            @for (k, (month, n)) in rows.iter().enumerate() {
                @let bh = (*n as f64 / max * 100.0).max(2.0);
                @let x = 5 + bw * k;
                rect x=(x) y=(format!("{:.1}", 110.0 - bh)) width=(bw - 6) height=(format!("{bh:.1}")) class="chart-bar" {
                    title { (month) ": " (n) }
                }
                text x=(x) y="125" class="chart-value" { (n) }
                text x=(x) y="142" class="chart-label small" { (month.get(2..).unwrap_or(month)) }
            }
        }
    }
}
