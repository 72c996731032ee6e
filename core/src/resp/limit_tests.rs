//! What a server can make the parser do: work linear in the bytes it sent however they are
//! split, nesting and string lengths within limits, and memory that grows with what arrived,
//! never with what a header announced.

use bytes::BytesMut;

use super::scan::counter;
use super::tests::{agg, blob, for_js, parse_chunks, parse_whole, s, wire_array};
use super::*;
use crate::records::Records;

/// What parsing `wire` fed in `chunks` came to: the output of the frames completed, or the
/// first error.
fn parse_pieces<'a>(
    parser: &mut Parser,
    chunks: impl IntoIterator<Item = &'a [u8]>,
) -> Result<Vec<u8>, ProtocolError> {
    let mut input = BytesMut::new();
    let mut out = Vec::new();
    for chunk in chunks {
        input.extend_from_slice(chunk);
        while parser.parse_frame(&mut input, &mut out)?.is_some() {}
    }
    Ok(out)
}

/// Parses `wire` whole, then in 1-byte pieces: both results, which must agree.
fn whole_and_bytewise(max_bulk_len: usize, wire: &[u8]) -> Result<Vec<u8>, ProtocolError> {
    let whole = parse_pieces(&mut Parser::with_max_bulk_len(max_bulk_len), [wire]);
    let bytewise = parse_pieces(&mut Parser::with_max_bulk_len(max_bulk_len), wire.chunks(1));
    assert_eq!(whole, bytewise, "{:?}", wire.escape_ascii().to_string());
    whole
}

fn error_message(result: Result<Vec<u8>, ProtocolError>) -> String {
    match result {
        Err(error) => error.message().to_owned(),
        Ok(out) => panic!("parsed: {:?}", out.escape_ascii().to_string()),
    }
}

// ---- work linear in the bytes received -----------------------------------------------------

const LONG: usize = 16 * 1024 * 1024;
const PIECE: usize = 4096;

/// A line of `length` bytes of type `type_byte`, and a `+OK` after it.
fn long_line(type_byte: u8, length: usize) -> Vec<u8> {
    let filler = match type_byte {
        tag::SIMPLE_STRING | tag::SIMPLE_ERROR => b'x',
        _ => b'7',
    };
    let mut wire = vec![type_byte];
    wire.resize(1 + length, filler);
    wire.extend_from_slice(b"\r\n+OK\r\n");
    wire
}

#[test]
fn a_long_line_arriving_in_small_pieces_is_searched_once() {
    // Each line used to be searched again from its start at every read: 16 MiB in 4 KiB
    // pieces was 32 GiB of searching.
    for type_byte in [
        tag::SIMPLE_STRING,
        tag::SIMPLE_ERROR,
        tag::NUMBER,
        tag::DOUBLE,
        tag::BIG_NUMBER,
    ] {
        let wire = long_line(type_byte, LONG);
        counter::take();
        let (out, kinds) = parse_chunks(wire.chunks(PIECE));
        let searched = counter::take();
        assert_eq!(kinds.len(), 2);
        assert_eq!(out.len(), 5 + LONG + 5 + 2);
        // Each byte once, and the CR again with its LF when they arrive apart.
        assert!(searched <= wire.len() + 2, "searched {searched} bytes");
    }
}

#[test]
fn a_long_line_inside_an_aggregate_is_searched_once() {
    // Inside an aggregate long enough for a string run: the run gives up on the line at its
    // 257th byte, and the element-by-element parse searches on from where it stopped.
    let mut wire = b"*20\r\n".to_vec();
    wire.extend_from_slice(&long_line(tag::SIMPLE_STRING, LONG)[..LONG + 3]);
    for _ in 1..20 {
        wire.extend_from_slice(b"+e\r\n");
    }
    counter::take();
    let (records, frames) = for_js(&wire, PIECE);
    let searched = counter::take();
    assert_eq!(frames, 1);
    assert_eq!(records.len(), 5 + (5 + LONG) + 19 * 6);
    assert!(
        searched <= wire.len() + 20 * 1024,
        "searched {searched} bytes"
    );
    // And through `parse_frame`.
    counter::take();
    let (out, _) = parse_chunks(wire.chunks(PIECE));
    assert_eq!(out.len(), records.len());
    assert!(counter::take() <= wire.len() + 64);
}

#[test]
fn a_long_line_at_the_front_is_not_searched_again_for_a_reply_run() {
    // The engine looks for a reply run before each frame (`client::parse_replies`).
    let wire = long_line(tag::SIMPLE_STRING, LONG);
    let mut parser = Parser::new();
    let mut input = BytesMut::new();
    let mut records = Records::new();
    counter::take();
    let mut frames = 0;
    for piece in wire.chunks(PIECE) {
        input.extend_from_slice(piece);
        loop {
            if let ReplyRun::Written { .. } =
                parser.parse_reply_run(&mut input, records.inline_mut(), u64::MAX)
            {
                panic!("not a run");
            }
            match parser.parse_frame_for_js(&mut input, &mut records) {
                Ok(Some(_)) => frames += 1,
                Ok(None) => break,
                Err(error) => panic!("{error}"),
            }
        }
    }
    assert_eq!(frames, 2);
    let searched = counter::take();
    // Each read's search for a run stops after a run element's longest line.
    let per_read = 2 * (super::string_run::ELEMENT_MAX + 2);
    assert!(
        searched <= wire.len() + (wire.len() / PIECE + 2) * per_read,
        "searched {searched} bytes"
    );
}

#[test]
fn a_length_header_arriving_byte_by_byte_is_searched_once() {
    let wire = b"$00000000000000000000000000012\r\nhello world!\r\n";
    counter::take();
    let (out, _) = parse_chunks(wire.chunks(1));
    assert_eq!(out, blob(b"hello world!"));
    assert!(counter::take() <= 2 * wire.len());
}

#[test]
fn a_length_header_that_never_ends_is_an_error_at_once() {
    for type_byte in ["$", "*", "%", "~", ">", "|", "!", "="] {
        let wire = format!("{type_byte}{}", "0".repeat(40));
        let message = error_message(whole_and_bytewise(DEFAULT_MAX_BULK_LEN, wire.as_bytes()));
        assert_eq!(
            message,
            format!("Protocol error: a RESP '{type_byte}' length header longer than 32 bytes")
        );
    }
    // 32 bytes of digits are still a length.
    let wire = format!("*{}1\r\n:1\r\n", "0".repeat(31));
    assert_eq!(
        parse_whole(wire.as_bytes()).0,
        [agg(b'*', 1), s(b':', b"1")].concat()
    );
}

// ---- nesting -----------------------------------------------------------------------------

/// `depth` aggregates (cycling through the aggregate types) inside one another around `:1`.
fn nested(depth: usize, innermost: &[u8]) -> Vec<u8> {
    let headers: [&[u8]; 5] = [b"*1\r\n", b"~1\r\n", b">1\r\n", b"%1\r\n+k\r\n", b"*1\r\n"];
    let mut wire = Vec::new();
    for level in 0..depth {
        wire.extend_from_slice(headers[level % headers.len()]);
    }
    wire.extend_from_slice(innermost);
    wire
}

#[test]
fn nesting_up_to_max_depth_parses() {
    for innermost in [&b":1\r\n"[..], b"*0\r\n", b"%0\r\n"] {
        let depth = if innermost == b":1\r\n" {
            MAX_DEPTH
        } else {
            // An empty aggregate is a level too.
            MAX_DEPTH - 1
        };
        let wire = nested(depth, innermost);
        let out = whole_and_bytewise(DEFAULT_MAX_BULK_LEN, &wire).expect("parses");
        let (value, rest) = ValueRef::read(&out).expect("compact");
        assert!(rest.is_empty());
        assert!(value.items().is_some());
        let (records, frames) = for_js(&wire, 1);
        assert_eq!((records.to_vec(), frames), (out, 1));
    }
    // Attributes are levels too, and do not stay open after they close.
    let mut wire = nested(MAX_DEPTH - 1, b"|1\r\n+a\r\n+b\r\n:1\r\n");
    wire.extend_from_slice(&nested(MAX_DEPTH, b":1\r\n"));
    whole_and_bytewise(DEFAULT_MAX_BULK_LEN, &wire).expect("parses");
}

#[test]
fn nesting_beyond_max_depth_is_a_protocol_error() {
    let expected = format!(
        "Protocol error: nesting is too deep (more than {MAX_DEPTH} aggregates inside one \
         another)"
    );
    for wire in [
        nested(MAX_DEPTH + 1, b":1\r\n"),
        nested(MAX_DEPTH, b"*0\r\n"),
        nested(MAX_DEPTH, b"|1\r\n+a\r\n+b\r\n:1\r\n"),
        // It is an error as soon as the header arrives: nothing after it is waited for.
        nested(MAX_DEPTH + 1, b""),
        b"*1\r\n".repeat(100_000),
    ] {
        let message = error_message(whole_and_bytewise(DEFAULT_MAX_BULK_LEN, &wire));
        assert_eq!(message, expected);
        let mut parser = Parser::new();
        let mut input = BytesMut::from(&wire[..]);
        let mut records = Records::new();
        let error = parser
            .parse_frame_for_js(&mut input, &mut records)
            .expect_err("too deep");
        assert_eq!(error.message(), expected);
        assert!(records.is_empty());
        // The parser is reset and works again.
        let mut input = BytesMut::from(&b"+OK\r\n"[..]);
        assert_eq!(
            parser.parse_frame_for_js(&mut input, &mut records),
            Ok(Some(FrameKind::Reply))
        );
    }
}

// ---- string lengths ----------------------------------------------------------------------

#[test]
fn strings_longer_than_the_bulk_limit_are_errors_as_soon_as_their_header_arrives() {
    for type_byte in ["$", "!", "="] {
        let over = format!("{type_byte}11\r\n");
        let message = error_message(whole_and_bytewise(10, over.as_bytes()));
        assert_eq!(
            message,
            format!(
                "Protocol error: a RESP '{type_byte}' string of 11 bytes is longer than the \
                 limit of 10 bytes (max bulk length)"
            )
        );
    }
    let at = b"$10\r\n0123456789\r\n=10\r\ntxt:456789\r\n!10\r\nERR 456789\r\n";
    assert!(whole_and_bytewise(10, at).is_ok());
    // The default is Redis' proto-max-bulk-len, 512 MB.
    assert_eq!(Parser::new().max_bulk_len(), 512 * 1024 * 1024);
    let over = b"$536870913\r\n";
    assert!(error_message(whole_and_bytewise(DEFAULT_MAX_BULK_LEN, over)).contains("limit"));
    let mut parser = Parser::new();
    let mut input = BytesMut::from(&b"$536870912\r\nabc"[..]);
    assert_eq!(parser.parse_frame(&mut input, &mut Vec::new()), Ok(None));
}

#[test]
fn lines_longer_than_the_bulk_limit_are_errors_whole_or_in_pieces() {
    for type_byte in ["+", "-", ":", ",", "("] {
        let at = format!("{type_byte}{}\r\n", "1".repeat(10));
        assert!(whole_and_bytewise(10, at.as_bytes()).is_ok());
        let expected = format!("Protocol error: a RESP '{type_byte}' line longer than 10 bytes");
        // Complete, or not: what follows the 11th byte makes no difference.
        for rest in ["\r\n", "", "\rX", "1111"] {
            let over = format!("{type_byte}{}{rest}", "1".repeat(11));
            assert_eq!(
                error_message(whole_and_bytewise(10, over.as_bytes())),
                expected
            );
        }
    }
    // Nulls and booleans are not held to it: they have a length of their own.
    assert!(whole_and_bytewise(0, b"+\r\n_\r\n#t\r\n$0\r\n\r\n").is_ok());
    let message = error_message(whole_and_bytewise(
        0,
        format!("#{}", "t".repeat(33)).as_bytes(),
    ));
    assert_eq!(
        message,
        "Protocol error: a RESP '#' line longer than 32 bytes"
    );
}

#[test]
fn the_bulk_limit_is_at_most_what_the_reply_stream_carries() {
    let mut parser = Parser::with_max_bulk_len(usize::MAX);
    assert_eq!(parser.max_bulk_len() as u64, u64::from(u32::MAX));
    parser.set_max_bulk_len(7);
    assert_eq!(parser.max_bulk_len(), 7);
    // Kept across a reset (a reconnect keeps the connection's options).
    parser.reset();
    assert_eq!(parser.max_bulk_len(), 7);
}

// ---- memory follows what arrived ---------------------------------------------------------

/// What the parser holds once its tables exist, whatever it parsed: the known-string table,
/// and the frame buffer kept between frames.
fn fixed_retention() -> usize {
    let mut parser = Parser::new();
    let keys: Vec<Vec<u8>> = (0..16).map(|i| format!("k{i}").into_bytes()).collect();
    let refs: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
    let wire = wire_array(&refs);
    let mut records = Records::new();
    let mut input = BytesMut::from(&wire[..]);
    assert!(parser
        .parse_frame_for_js(&mut input, &mut records)
        .is_ok_and(|kind| kind.is_some()));
    parser.retained_bytes() + 64 * 1024
}

#[test]
fn announced_aggregate_counts_reserve_nothing() {
    let limit = fixed_retention() + 4096;
    for header in [
        "*4294967295\r\n",
        "%4294967295\r\n",
        "~4294967295\r\n",
        ">4294967295\r\n",
    ] {
        // Elements that would make a string run, and elements that would not.
        for element in ["$5\r\nfield\r\n", ":1\r\n", "*1\r\n_\r\n"] {
            let wire = [header, &element.repeat(20)].concat();
            for js in [false, true] {
                let mut parser = Parser::new();
                let mut input = BytesMut::from(wire.as_bytes());
                let mut records = Records::new();
                let parsed = if js {
                    parser.parse_frame_for_js(&mut input, &mut records)
                } else {
                    parser.parse_frame(&mut input, records.inline_mut())
                };
                assert_eq!(parsed, Ok(None));
                assert!(
                    parser.retained_bytes() <= limit,
                    "{header:?} {element:?}: {} bytes",
                    parser.retained_bytes()
                );
                assert_eq!(parser.room_to_reserve(input.len()), MIN_READ_ROOM);
            }
        }
    }
}

#[test]
fn a_huge_announced_string_reserves_only_what_arrived_allows() {
    let mut parser = Parser::new();
    let mut input = BytesMut::from(&b"*2\r\n+OK\r\n$4294967295\r\nabc"[..]);
    // Larger than the default limit: refused outright.
    assert!(parser.parse_frame(&mut input, &mut Vec::new()).is_err());
    let mut parser = Parser::with_max_bulk_len(usize::MAX);
    assert_eq!(parser.parse_frame(&mut input, &mut Vec::new()), Ok(None));
    assert_eq!(parser.needed_len(), Some(9 + 13 + 4_294_967_295 + 2));
    let room = parser.room_to_reserve(input.len());
    assert!(room <= VALUE_ROOM_MIN, "{room}");
    assert!(room >= MIN_READ_ROOM);
    // With 1 MiB of it arrived: twice that, not 4 GiB.
    input.resize(input.len() + 1024 * 1024, b'v');
    assert_eq!(parser.parse_frame(&mut input, &mut Vec::new()), Ok(None));
    let room = parser.room_to_reserve(input.len());
    assert!(room <= 2 * (1024 * 1024 + 16), "{room}");
    assert!(room >= 2 * 1024 * 1024, "{room}");
}

#[test]
fn room_is_the_minimum_when_nothing_large_is_awaited() {
    let mut parser = Parser::new();
    assert_eq!(parser.room_to_reserve(0), MIN_READ_ROOM);
    let mut input = BytesMut::from(&b"*3\r\n:1\r\n+partial line"[..]);
    assert_eq!(parser.parse_frame(&mut input, &mut Vec::new()), Ok(None));
    assert_eq!(parser.room_to_reserve(input.len()), MIN_READ_ROOM);
    // A blob of 20 KB: what it lacks, as it is less than 64 KiB.
    let mut parser = Parser::new();
    let mut input = BytesMut::from(&b"$20000\r\nabc"[..]);
    assert_eq!(parser.parse_frame(&mut input, &mut Vec::new()), Ok(None));
    assert_eq!(parser.room_to_reserve(input.len()), 20_000 - 3 + 2);
    // Misuse (a buffer shorter than the one parsed) is not a panic.
    assert_eq!(parser.room_to_reserve(0), 20_000 + 10);
}

/// Reads `wire` the way the engine does: room made by `room_to_reserve` before each read, and
/// each read bringing `read_max` bytes at most (or all the room). Returns the capacities the
/// buffer went through. Asserts that its capacity stays within a constant factor of the most
/// it had buffered (it keeps that capacity: giving it back is the connection's business).
fn read_like_the_engine(wire: &[u8], read_max: usize) -> Vec<usize> {
    let mut parser = Parser::new();
    let mut buffer = BytesMut::new();
    let mut out = Vec::new();
    let mut capacities = Vec::new();
    let mut most_buffered = 0;
    let mut fed = 0;
    while fed < wire.len() {
        buffer.reserve(parser.room_to_reserve(buffer.len()));
        if capacities.last() != Some(&buffer.capacity()) {
            capacities.push(buffer.capacity());
        }
        let spare = buffer.capacity() - buffer.len();
        let read = spare.min(read_max).min(wire.len() - fed);
        buffer.extend_from_slice(&wire[fed..fed + read]);
        fed += read;
        most_buffered = most_buffered.max(buffer.len());
        while parser
            .parse_frame(&mut buffer, &mut out)
            .expect("valid")
            .is_some()
        {}
        // The room is at most twice what arrived, and `BytesMut` grows by doubling: it
        // reallocates below 3 times the length, and doubles to below 6 times.
        assert!(
            buffer.capacity() <= 6 * most_buffered + 2 * VALUE_ROOM_MIN,
            "{} bytes for {most_buffered}",
            buffer.capacity()
        );
    }
    assert!(buffer.is_empty());
    capacities
}

#[test]
fn a_100_kb_value_arrives_in_few_reallocations() {
    let value = vec![b'v'; 100_000];
    let wire = [
        b"+OK\r\n".to_vec(),
        wire_array(&[&value]),
        b"+OK\r\n".to_vec(),
    ]
    .concat();
    for read_max in [usize::MAX, 64 * 1024, 16 * 1024] {
        let capacities = read_like_the_engine(&wire, read_max);
        // The first reservation (16 KiB), then two growth steps: 80 KB, 160 KB.
        assert!(capacities.len() <= 3, "{read_max}: {capacities:?}");
        assert!(capacities.last().is_some_and(|&last| last >= wire.len()));
    }
}

#[test]
fn memory_stays_within_a_constant_factor_of_what_arrived() {
    // Values of every size, and one whose announcement is far beyond what is sent.
    let mut wire = Vec::new();
    for size in [10, 20_000, 100_000, 1_000_000, 5_000_000] {
        wire.extend_from_slice(&wire_array(&[&vec![b'x'; size]]));
    }
    for read_max in [1500, 16 * 1024, 256 * 1024] {
        read_like_the_engine(&wire, read_max);
    }
    let mut parser = Parser::with_max_bulk_len(usize::MAX);
    let mut buffer = BytesMut::from(&b"$4294967295\r\n"[..]);
    for _ in 0..100 {
        buffer.reserve(parser.room_to_reserve(buffer.len()));
        let room = buffer.capacity() - buffer.len();
        buffer.resize(buffer.len() + room.min(1500), b'x');
        assert_eq!(parser.parse_frame(&mut buffer, &mut Vec::new()), Ok(None));
        // The room is at most twice what arrived, and `BytesMut` grows by doubling: reserving
        // is triggered below 3 times the length, and doubles to below 6 times.
        assert!(buffer.capacity() <= 6 * buffer.len() + 2 * VALUE_ROOM_MIN);
    }
}

#[test]
fn strings_over_the_bulk_limit_are_refused_in_string_runs_too() {
    // A run takes strings of up to 256 bytes; under a lower limit, what the parser refuses on
    // its own must not slip through inside a run, nor be waited for there.
    let strings: Vec<Vec<u8>> = (0..20).map(|i| format!("s{i:02}").into_bytes()).collect();
    let mut refs: Vec<&[u8]> = strings.iter().map(Vec::as_slice).collect();
    let long = [b'x'; 11];
    refs[7] = &long;
    let over = wire_array(&refs);
    let mut endless = wire_array(&refs[..7]);
    endless[1] = b'9'; // `*9`: the line below is its 8th element
    endless.extend_from_slice(b"+xxxxxxxxxxx");
    let mut endless_header = wire_array(&refs[..7]);
    endless_header[1] = b'9';
    endless_header.extend_from_slice(b"$00000000000000000000000000000000000");
    for (wire, expected) in [
        (&over, "Protocol error: a RESP '$' string of 11 bytes is longer than the limit of 10 bytes (max bulk length)"),
        (&endless, "Protocol error: a RESP '+' line longer than 10 bytes"),
        (&endless_header, "Protocol error: a RESP '$' length header longer than 32 bytes"),
    ] {
        assert_eq!(error_message(whole_and_bytewise(10, wire)), expected);
        for chunk in [1, 5, wire.len()] {
            let mut parser = Parser::with_max_bulk_len(10);
            let mut input = BytesMut::new();
            let mut records = Records::new();
            let mut error = None;
            for piece in wire.chunks(chunk) {
                input.extend_from_slice(piece);
                match parser.parse_frame_for_js(&mut input, &mut records) {
                    Ok(None) => {}
                    Ok(Some(_)) => panic!("parsed"),
                    Err(failure) => {
                        error = Some(failure.message().to_owned());
                        break;
                    }
                }
            }
            assert_eq!(error.as_deref(), Some(expected), "chunks of {chunk}");
        }
    }
    // Reply runs stop before such a reply, and leave it to be refused.
    let mut replies: Vec<u8> = (0..20)
        .flat_map(|i| format!("$14\r\nreply-value-{i:02}\r\n").into_bytes())
        .collect();
    replies.extend_from_slice(b"$21\r\nxxxxxxxxxxxxxxxxxxxxx\r\n");
    let mut parser = Parser::with_max_bulk_len(20);
    let mut input = BytesMut::from(&replies[..]);
    let mut out = Vec::new();
    assert!(matches!(
        parser.parse_reply_run(&mut input, &mut out, u64::MAX),
        ReplyRun::Written { replies: 20, .. }
    ));
    let mut records = Records::new();
    assert!(parser.parse_frame_for_js(&mut input, &mut records).is_err());
}
