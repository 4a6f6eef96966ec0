//! Order statistics of timing samples: the numbers the page and CLI print.
//!
//! Medians and quartiles, not means: a timing that a garbage collection or a
//! busy neighbour stretched must not drag the headline number.

use serde::Serialize;

/// Summary of a set of samples, all in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Summary {
    pub count: usize,
    pub median: f64,
    pub q1: f64,
    pub q3: f64,
    pub min: f64,
    pub max: f64,
    /// (q3 - q1) / median.
    pub spread: f64,
    /// `spread` above `NOISY_SPREAD`: the page and the CLI warn that the run was noisy.
    pub noisy: bool,
}

/// Relative interquartile range above which a result is flagged as noisy.
pub const NOISY_SPREAD: f64 = 0.25;

/// The q-quantile (0..=1) of sorted data, by linear interpolation between ranks.
pub fn quantile_sorted(sorted: &[f64], q: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        len => {
            let pos = q.clamp(0.0, 1.0) * (len - 1) as f64;
            let lo = pos.floor() as usize;
            let hi = pos.ceil() as usize;
            sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
        }
    }
}

impl Summary {
    /// Summarises the samples; `None` when there are none.
    pub fn of(samples: &[f64]) -> Option<Summary> {
        if samples.is_empty() {
            return None;
        }
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        let median = quantile_sorted(&sorted, 0.5);
        let (q1, q3) = (quantile_sorted(&sorted, 0.25), quantile_sorted(&sorted, 0.75));
        let spread = if median > 0.0 { (q3 - q1) / median } else { 0.0 };
        Some(Summary {
            count: sorted.len(),
            median,
            q1,
            q3,
            min: sorted[0],
            max: sorted[sorted.len() - 1],
            spread,
            noisy: spread > NOISY_SPREAD,
        })
    }

    /// True when the spread is too large to trust a small difference.
    pub fn is_noisy(&self) -> bool {
        self.noisy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_quartiles_of_odd_and_even_counts() {
        let s = Summary::of(&[5.0, 1.0, 3.0, 2.0, 4.0]).unwrap();
        assert_eq!((s.median, s.q1, s.q3, s.min, s.max), (3.0, 2.0, 4.0, 1.0, 5.0));
        let s = Summary::of(&[4.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!(s.median, 2.5);
        assert_eq!(s.q1, 1.75);
        assert_eq!(s.q3, 3.25);
    }

    #[test]
    fn empty_has_no_summary_and_one_sample_is_its_own_median() {
        assert!(Summary::of(&[]).is_none());
        let s = Summary::of(&[7.0]).unwrap();
        assert_eq!((s.median, s.q1, s.q3, s.spread), (7.0, 7.0, 7.0, 0.0));
    }

    #[test]
    fn an_outlier_does_not_move_the_median_but_flags_noise_when_common() {
        let calm = Summary::of(&[10.0, 10.1, 9.9, 10.0, 100.0]).unwrap();
        assert_eq!(calm.median, 10.0);
        assert!(!calm.is_noisy());
        let noisy = Summary::of(&[10.0, 20.0, 5.0, 30.0, 12.0]).unwrap();
        assert!(noisy.is_noisy());
    }
}
