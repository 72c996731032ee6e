//! How much room the read buffer makes before each socket read.
//!
//! The room follows what has arrived, never what a header announces: a server (or anything
//! that answers on the port) can announce a 4 GB string and send 3 bytes, and reserving what
//! it announced would make the process allocate gigabytes — and abort when it cannot. Yet a
//! large value should not arrive through many small reallocations either, each copying all
//! that came before. So the room toward an announced value doubles with what arrived of it:
//! memory stays within a constant factor of the bytes received, and a 100 KB value arrives in
//! two or three steps.

/// The least spare room before a read: what one read of a busy socket commonly brings.
pub const MIN_READ_ROOM: usize = 16 * 1024;

/// Toward a value still arriving, the room may always be this much, however little of it has
/// arrived; beyond it, twice what has arrived of it.
pub const VALUE_ROOM_MIN: usize = 64 * 1024;

/// A value the parser is waiting for.
#[derive(Clone, Copy, Debug)]
pub(super) struct Waiting {
    /// The input offset where it starts.
    pub value_start: usize,
    /// The input length at which it will have arrived at the earliest (exact for a blob).
    pub need: usize,
}

/// The spare room to reserve beyond the `buffered` bytes of the read buffer before a read.
pub(super) fn room_to_reserve(waiting: Option<Waiting>, buffered: usize) -> usize {
    let Some(waiting) = waiting else {
        return MIN_READ_ROOM;
    };
    let missing = waiting.need.saturating_sub(buffered);
    let arrived = buffered.saturating_sub(waiting.value_start);
    let most = VALUE_ROOM_MIN.max(arrived.saturating_mul(2));
    missing.min(most).max(MIN_READ_ROOM)
}
