//! Read buffers sized by use: a connection holds one only while a reply is arriving in parts.
//! Between replies it goes back to its thread, for the next read of any connection there — so
//! idle connections cost no read buffer, and a busy thread reuses one allocation. Room is made
//! for what has arrived, never for what a header announces.

use std::cell::Cell;

use bytes::BytesMut;

use crate::resp::Parser;

/// A buffer this large is not kept for the thread once empty.
const KEEP_MAX: usize = 1024 * 1024;
/// Room made for every read at least: since a connection holds a buffer only while a reply
/// arrives in parts, one read can take a whole wave of replies (1,000 GETs: 26 KB) without
/// costing idle connections anything.
const READ_ROOM: usize = 64 * 1024;

thread_local! {
    static SPARE: Cell<BytesMut> = Cell::new(BytesMut::new());
}

/// Before a read into `buffer`: borrows the thread's spare buffer if the connection holds
/// none, and makes room for the read: [`READ_ROOM`], or more toward a value arriving, as the
/// parser asks (which follows what has arrived, never what a header announced:
/// `Parser::room_to_reserve`).
pub fn make_room(buffer: &mut BytesMut, parser: &Parser) {
    if buffer.capacity() == 0 {
        *buffer = SPARE.with(Cell::take);
    }
    let room = parser.room_to_reserve(buffer.len()).max(READ_ROOM);
    if buffer.capacity() - buffer.len() < room {
        buffer.reserve(room);
    }
}

/// After parsing: an emptied buffer goes back to the thread (or is let go, if large).
pub fn release(buffer: &mut BytesMut, parser: &Parser) {
    if !buffer.is_empty() || parser.needed_len().is_some() {
        return;
    }
    let buffer = std::mem::take(buffer);
    if buffer.capacity() <= KEEP_MAX {
        SPARE.with(|spare| {
            let kept = spare.take();
            spare.set(if kept.capacity() >= buffer.capacity() {
                kept
            } else {
                buffer
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_emptied_buffer_serves_the_next_read_of_the_thread() {
        let parser = Parser::new();
        let mut first = BytesMut::new();
        make_room(&mut first, &parser);
        assert!(first.capacity() >= crate::resp::MIN_READ_ROOM);
        first.extend_from_slice(b"+OK\r\n");
        first.clear();
        let address = first.as_ptr();
        release(&mut first, &parser);
        assert_eq!(first.capacity(), 0);
        let mut second = BytesMut::new();
        make_room(&mut second, &parser);
        assert_eq!(second.as_ptr(), address);
    }

    #[test]
    fn a_huge_announced_length_costs_no_more_than_what_arrived() {
        let mut parser = Parser::new();
        let mut buffer = BytesMut::from(&b"$400000000\r\nabc"[..]);
        let mut out = Vec::new();
        assert_eq!(parser.parse_frame(&mut buffer, &mut out), Ok(None));
        make_room(&mut buffer, &parser);
        assert!(buffer.capacity() <= 128 * 1024, "{}", buffer.capacity());
        release(&mut buffer, &parser);
        assert!(buffer.capacity() > 0, "kept while the value is arriving");
    }
}
