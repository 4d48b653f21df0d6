//! The engine's two deterministic number helpers: FNV-1a hashing (share-code checksums and
//! bank fingerprints) and a fixed-seed linear congruential generator (the reachability and
//! calibration samples, and the tests' shuffles). Deterministic, so not "randomness" in the
//! engine's sense: the same input always gives the same output. A leaf module.

/// FNV-1a, 32 bits.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u32);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0x811c_9dc5)
    }
}

impl Fnv {
    pub fn eat(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u32::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0193);
        }
    }

    pub fn finish(self) -> u32 {
        self.0
    }
}

/// A linear congruential generator (Knuth's MMIX constants) from a fixed seed.
#[derive(Clone, Debug)]
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0
    }

    /// A number below `n` (which must not be 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 33) % n as u64) as usize
    }
}
