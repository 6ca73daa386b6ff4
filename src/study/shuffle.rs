//! Seeded shuffling: the same seed always gives the same order, on every
//! browser, so a quiz can be described by its URL.

/// SplitMix64: tiny, fast, and good enough for shuffling flashcards.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform number in `0..n` (n > 0), without modulo bias.
    pub fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let value = self.next_u64();
            if value < zone {
                return (value % n) as usize;
            }
        }
    }
}

/// Fisher–Yates: every order equally likely, each item exactly once.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut rng = Rng::new(seed);
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_order() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        shuffle(&mut a, 42);
        shuffle(&mut b, 42);
        assert_eq!(a, b);
        let mut c: Vec<u32> = (0..50).collect();
        shuffle(&mut c, 43);
        assert_ne!(a, c);
    }

    #[test]
    fn a_shuffle_is_a_permutation() {
        let mut items: Vec<u32> = (0..1000).collect();
        shuffle(&mut items, 7);
        assert_ne!(items, (0..1000).collect::<Vec<_>>());
        items.sort_unstable();
        assert_eq!(items, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn empty_and_single_lists_are_fine() {
        let mut empty: [u8; 0] = [];
        shuffle(&mut empty, 1);
        let mut one = [9];
        shuffle(&mut one, 1);
        assert_eq!(one, [9]);
    }

    #[test]
    fn every_order_of_four_items_is_equally_likely() {
        // 24 orders, 48,000 seeds: chi-square with 23 degrees of freedom
        // stays under 49.7 (p = 0.001) for a uniform shuffle.
        let mut counts = std::collections::HashMap::new();
        let runs = 48_000u64;
        for seed in 0..runs {
            let mut items = [0u8, 1, 2, 3];
            shuffle(&mut items, seed);
            *counts.entry(items).or_insert(0u64) += 1;
        }
        assert_eq!(counts.len(), 24);
        let expected = runs as f64 / 24.0;
        let chi_square: f64 = counts
            .values()
            .map(|&n| (n as f64 - expected).powi(2) / expected)
            .sum();
        assert!(chi_square < 49.7, "chi-square {chi_square}");
    }

    #[test]
    fn each_item_lands_in_each_position_equally_often() {
        let size = 10;
        let runs = 20_000u64;
        let mut at = vec![vec![0u64; size]; size];
        for seed in 0..runs {
            let mut items: Vec<usize> = (0..size).collect();
            shuffle(&mut items, seed.wrapping_mul(0x2545_f491_4f6c_dd1d));
            for (position, &item) in items.iter().enumerate() {
                at[item][position] += 1;
            }
        }
        let expected = runs as f64 / size as f64;
        for row in at {
            for count in row {
                assert!(
                    (count as f64 - expected).abs() < expected * 0.06,
                    "{count} vs {expected}"
                );
            }
        }
    }

    #[test]
    fn below_stays_in_range() {
        let mut rng = Rng::new(3);
        for n in 1..200 {
            assert!(rng.below(n) < n);
        }
    }
}
