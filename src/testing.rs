//! Helpers for the property tests: a small deterministic generator, so every run checks the same
//! cases and a failure can be replayed.
//!
//! Only `formats/json.rs`'s property test still uses it; the other property tests are proptest
//! ones. Delete this file (and `mod testing` in `lib.rs`) when that test goes.

/// xorshift64*: fast, deterministic, good enough to spread test cases.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform-ish in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}
