//! The values the summing workloads read: one reused buffer of `values[i] = i`.
//!
//! Wasm memory never shrinks, so allocating per run would only ratchet it up;
//! the buffer is grown and filled once, outside every timing, and reused.

/// One buffer of `values[i] = i`, grown and filled once, then reused by every run.
#[derive(Debug, Default)]
pub struct ValueBuffer {
    values: Vec<u32>,
    wide: Vec<u64>,
}

impl ValueBuffer {
    /// The first `n` values, filling the buffer if it is shorter. `n` must fit in u32.
    pub fn values(&mut self, n: usize) -> &[u32] {
        // One width at a time: the other buffer's memory goes back to the allocator for this one.
        self.wide = Vec::new();
        let have = self.values.len();
        if have < n {
            self.values.reserve_exact(n - have);
            self.values.extend((have..n).map(|i| i as u32));
        }
        &self.values[..n]
    }

    /// The first `n` values as u64 (a second buffer, filled on first use): twice the bytes to read.
    pub fn wide_values(&mut self, n: usize) -> &[u64] {
        self.values = Vec::new();
        let have = self.wide.len();
        if have < n {
            self.wide.reserve_exact(n - have);
            self.wide.extend((have..n).map(|i| i as u64));
        }
        &self.wide[..n]
    }

    /// Bytes held by the buffers.
    pub fn bytes(&self) -> usize {
        self.values.capacity() * std::mem::size_of::<u32>() + self.wide.capacity() * std::mem::size_of::<u64>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffer_is_filled_once_and_reused() {
        let mut buf = ValueBuffer::default();
        assert_eq!(buf.values(5), &[0, 1, 2, 3, 4]);
        let bytes = buf.bytes();
        assert_eq!(buf.values(3), &[0, 1, 2]);
        assert_eq!(buf.bytes(), bytes, "a shorter request must not reallocate");
    }

    #[test]
    fn one_width_at_a_time() {
        let mut buf = ValueBuffer::default();
        buf.values(1000);
        assert_eq!(buf.wide_values(10), &(0..10).collect::<Vec<u64>>()[..]);
        assert_eq!(buf.bytes(), 10 * 8, "the u32 values were given back for the u64 ones");
    }
}
