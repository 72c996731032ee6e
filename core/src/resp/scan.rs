//! The search for the CR that ends a RESP line, shared by the parser and the string runs.
//!
//! Every byte it looks at is counted in tests: that parsing stays linear in the bytes received,
//! however they are split, is checked by counting this work rather than by timing it.

/// The offset of the first CR in `bytes[from..to]`, if any.
pub(super) fn find_cr(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let window = bytes.get(from..to)?;
    let found = window.iter().position(|&byte| byte == b'\r');
    #[cfg(test)]
    counter::add(found.map_or(window.len(), |at| at + 1));
    found.map(|at| from + at)
}

/// Bytes looked at by [`find_cr`] on this thread (each test runs on a thread of its own).
#[cfg(test)]
pub(super) mod counter {
    use std::cell::Cell;

    thread_local! {
        static SCANNED: Cell<usize> = const { Cell::new(0) };
    }

    pub(in crate::resp) fn add(bytes: usize) {
        SCANNED.with(|scanned| scanned.set(scanned.get().saturating_add(bytes)));
    }

    /// The count so far, set back to zero.
    pub(in crate::resp) fn take() -> usize {
        SCANNED.with(|scanned| scanned.replace(0))
    }
}
