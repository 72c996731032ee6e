use bytes::{Bytes, BytesMut};

use super::compact::{write_aggregate_header, write_boolean, write_null, write_string};
use super::*;
use crate::records::Records;

// ---- helpers -------------------------------------------------------------------------------

/// Compact string value.
pub(super) fn s(tag: u8, bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    write_string(&mut out, tag, bytes);
    out
}

/// Compact aggregate header (count in pairs for maps).
pub(super) fn agg(tag: u8, count: u32) -> Vec<u8> {
    let mut out = Vec::new();
    write_aggregate_header(&mut out, tag, count);
    out
}

pub(super) fn boolean(value: bool) -> Vec<u8> {
    let mut out = Vec::new();
    write_boolean(&mut out, value);
    out
}

pub(super) fn null() -> Vec<u8> {
    let mut out = Vec::new();
    write_null(&mut out);
    out
}

pub(super) fn blob(bytes: &[u8]) -> Vec<u8> {
    s(tag::BLOB_STRING, bytes)
}

/// Parses every complete frame of `wire` fed at once; asserts nothing is left.
pub(super) fn parse_whole(wire: &[u8]) -> (Vec<u8>, Vec<FrameKind>) {
    let mut parser = Parser::new();
    let mut input = BytesMut::from(wire);
    let mut out = Vec::new();
    let mut kinds = Vec::new();
    while let Some(kind) = parser
        .parse_frame(&mut input, &mut out)
        .expect("valid RESP")
    {
        kinds.push(kind);
    }
    assert!(input.is_empty(), "unparsed bytes left: {:?}", input);
    assert_eq!(parser.needed_len(), None);
    (out, kinds)
}

/// Feeds `wire` in the given chunks, draining complete frames after each chunk.
pub(super) fn parse_chunks<'a>(
    chunks: impl IntoIterator<Item = &'a [u8]>,
) -> (Vec<u8>, Vec<FrameKind>) {
    let mut parser = Parser::new();
    let mut input = BytesMut::new();
    let mut out = Vec::new();
    let mut kinds = Vec::new();
    for chunk in chunks {
        input.extend_from_slice(chunk);
        loop {
            let before = out.len();
            match parser
                .parse_frame(&mut input, &mut out)
                .expect("valid RESP")
            {
                Some(kind) => kinds.push(kind),
                None => {
                    assert_eq!(out.len(), before, "an incomplete frame wrote output");
                    break;
                }
            }
        }
    }
    assert!(input.is_empty(), "unparsed bytes left: {:?}", input);
    (out, kinds)
}

fn one(wire: &[u8]) -> (Vec<u8>, FrameKind) {
    let (out, kinds) = parse_whole(wire);
    assert_eq!(
        kinds.len(),
        1,
        "expected one frame in {:?}",
        wire.escape_ascii()
    );
    (out, kinds[0])
}

fn assert_value(wire: &[u8], expected: &[u8]) {
    let (out, kind) = one(wire);
    assert_eq!(
        out,
        expected,
        "wire {:?}\n got {:?}\nwant {:?}",
        wire.escape_ascii().to_string(),
        out.escape_ascii().to_string(),
        expected.escape_ascii().to_string()
    );
    assert_eq!(kind, FrameKind::Reply);
}

pub(super) fn protocol_error(wire: &[u8]) -> ProtocolError {
    let mut parser = Parser::new();
    let mut input = BytesMut::from(wire);
    let mut out = b"R".to_vec();
    let error = loop {
        match parser.parse_frame(&mut input, &mut out) {
            Err(error) => break error,
            Ok(Some(_)) => continue,
            Ok(None) => panic!(
                "no protocol error for {:?}",
                wire.escape_ascii().to_string()
            ),
        }
    };
    assert_eq!(parser.needed_len(), None, "parser not reset after an error");
    assert!(error.message().starts_with("Protocol error: "), "{error}");
    error
}

/// A tiny deterministic PRNG (xorshift64*), so the fuzz-style tests need no dependency.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub(super) fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

// ---- RESP2 ---------------------------------------------------------------------------------

#[test]
fn resp2_simple_string() {
    assert_value(b"+OK\r\n", &s(b'+', b"OK"));
    assert_value(b"+\r\n", &s(b'+', b""));
}

#[test]
fn resp2_error_is_error_frame() {
    let (out, kind) = one(b"-ERR unknown command 'foo'\r\n");
    assert_eq!(out, s(b'-', b"ERR unknown command 'foo'"));
    assert_eq!(kind, FrameKind::Error);
    assert_eq!(error_text(&out), Some(&b"ERR unknown command 'foo'"[..]));
}

#[test]
fn resp2_integers_keep_their_text() {
    assert_value(b":0\r\n", &s(b':', b"0"));
    assert_value(b":-42\r\n", &s(b':', b"-42"));
    assert_value(b":+7\r\n", &s(b':', b"+7"));
    assert_value(
        b":9223372036854775807\r\n",
        &s(b':', b"9223372036854775807"),
    );
}

#[test]
fn resp2_bulk_strings() {
    assert_value(b"$5\r\nhello\r\n", &blob(b"hello"));
    assert_value(b"$0\r\n\r\n", &blob(b""));
    // Binary-safe: CR, LF and NUL inside the payload.
    assert_value(b"$6\r\na\r\n\0\nb\r\n", &blob(b"a\r\n\0\nb"));
    assert_value("$4\r\nçé\r\n".as_bytes(), &blob("çé".as_bytes()));
}

#[test]
fn resp2_nulls_become_null() {
    assert_value(b"$-1\r\n", &null());
    assert_value(b"*-1\r\n", &null());
    assert_value(
        b"*3\r\n$-1\r\n*-1\r\n:1\r\n",
        &[agg(b'*', 3), null(), null(), s(b':', b"1")].concat(),
    );
}

#[test]
fn resp2_arrays() {
    assert_value(b"*0\r\n", &agg(b'*', 0));
    assert_value(
        b"*2\r\n$3\r\nfoo\r\n:7\r\n",
        &[agg(b'*', 2), blob(b"foo"), s(b':', b"7")].concat(),
    );
    // EXEC-like: replies and errors mixed, nested arrays.
    assert_value(
        b"*4\r\n+OK\r\n-WRONGTYPE bad\r\n*2\r\n*0\r\n*1\r\n$1\r\nx\r\n$-1\r\n",
        &[
            agg(b'*', 4),
            s(b'+', b"OK"),
            s(b'-', b"WRONGTYPE bad"),
            agg(b'*', 2),
            agg(b'*', 0),
            agg(b'*', 1),
            blob(b"x"),
            null(),
        ]
        .concat(),
    );
}

#[test]
fn nested_error_does_not_make_an_error_frame() {
    let (_, kind) = one(b"*1\r\n-ERR inside\r\n");
    assert_eq!(kind, FrameKind::Reply);
}

// ---- RESP3 ---------------------------------------------------------------------------------

#[test]
fn resp3_null_and_booleans() {
    assert_value(b"_\r\n", &null());
    assert_value(b"#t\r\n", &boolean(true));
    assert_value(b"#f\r\n", &boolean(false));
}

#[test]
fn resp3_doubles_keep_their_text() {
    for text in [
        "1.5", "-0.25", "inf", "-inf", "nan", "1e+300", "3", "-1.5E-7",
    ] {
        let wire = format!(",{text}\r\n");
        assert_value(wire.as_bytes(), &s(b',', text.as_bytes()));
    }
}

#[test]
fn resp3_big_number() {
    assert_value(
        b"(3492890328409238509324850943850943825024385\r\n",
        &s(b'(', b"3492890328409238509324850943850943825024385"),
    );
    assert_value(
        b"(-12345678901234567890\r\n",
        &s(b'(', b"-12345678901234567890"),
    );
}

#[test]
fn resp3_blob_error_is_error_frame() {
    let (out, kind) = one(b"!21\r\nSYNTAX invalid syntax\r\n");
    assert_eq!(out, s(b'!', b"SYNTAX invalid syntax"));
    assert_eq!(kind, FrameKind::Error);
    assert_eq!(error_text(&out), Some(&b"SYNTAX invalid syntax"[..]));
}

#[test]
fn resp3_verbatim_string_keeps_format() {
    assert_value(b"=15\r\ntxt:Some string\r\n", &s(b'=', b"txt:Some string"));
    assert_value(b"=4\r\nmkd:\r\n", &s(b'=', b"mkd:"));
}

#[test]
fn resp3_set_and_map() {
    assert_value(
        b"~3\r\n+a\r\n:1\r\n#f\r\n",
        &[agg(b'~', 3), s(b'+', b"a"), s(b':', b"1"), boolean(false)].concat(),
    );
    assert_value(
        b"%2\r\n+first\r\n:1\r\n$6\r\nsecond\r\n%1\r\n+x\r\n~0\r\n",
        &[
            agg(b'%', 2),
            s(b'+', b"first"),
            s(b':', b"1"),
            blob(b"second"),
            agg(b'%', 1),
            s(b'+', b"x"),
            agg(b'~', 0),
        ]
        .concat(),
    );
    assert_value(b"%0\r\n", &agg(b'%', 0));
}

#[test]
fn resp3_push_is_push_frame() {
    let (out, kind) = one(b">3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$5\r\nhello\r\n");
    assert_eq!(
        out,
        [agg(b'>', 3), blob(b"message"), blob(b"ch"), blob(b"hello")].concat()
    );
    assert_eq!(kind, FrameKind::Push);
}

#[test]
fn resp3_attributes_are_dropped() {
    // Top-level attribute before a reply (the example of the RESP3 spec).
    let wire = b"|1\r\n+key-popularity\r\n%2\r\n$1\r\na\r\n,0.1923\r\n$1\r\nb\r\n,0.0012\r\n\
                 *2\r\n:2039123\r\n:9543892\r\n";
    assert_value(
        wire,
        &[agg(b'*', 2), s(b':', b"2039123"), s(b':', b"9543892")].concat(),
    );
    // Attribute inside an aggregate: not counted as an element.
    assert_value(
        b"*2\r\n:1\r\n|1\r\n+ttl\r\n:3600\r\n:2\r\n",
        &[agg(b'*', 2), s(b':', b"1"), s(b':', b"2")].concat(),
    );
    // Empty attribute, attribute on an attribute, attribute before an aggregate's last element.
    assert_value(b"|0\r\n+OK\r\n", &s(b'+', b"OK"));
    assert_value(
        b"|1\r\n+a\r\n|1\r\n+b\r\n:1\r\n:2\r\n#t\r\n",
        &boolean(true),
    );
    assert_value(
        b"*1\r\n|1\r\n+a\r\n*1\r\n:1\r\n*1\r\n+x\r\n",
        &[agg(b'*', 1), agg(b'*', 1), s(b'+', b"x")].concat(),
    );
    // The attributed frame's kind is that of the value.
    let (_, kind) = one(b"|1\r\n+a\r\n+b\r\n>1\r\n+c\r\n");
    assert_eq!(kind, FrameKind::Push);
    let (_, kind) = one(b"|1\r\n+a\r\n+b\r\n-ERR x\r\n");
    assert_eq!(kind, FrameKind::Error);
}

#[test]
fn hello_3_reply() {
    let wire = b"%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$6\r\n7.0.15\r\n\
                 $5\r\nproto\r\n:3\r\n$2\r\nid\r\n:5\r\n$4\r\nmode\r\n$10\r\nstandalone\r\n\
                 $4\r\nrole\r\n$6\r\nmaster\r\n$7\r\nmodules\r\n*0\r\n";
    let (out, kind) = one(wire);
    assert_eq!(kind, FrameKind::Reply);
    let (value, rest) = ValueRef::read(&out).expect("compact value");
    assert!(rest.is_empty());
    let ValueRef::Map(items) = value else {
        panic!("not a map: {value:?}")
    };
    assert_eq!(items.len(), 14);
    let pairs: Vec<_> = items.collect();
    assert_eq!(pairs[2], ValueRef::BlobString(b"version"));
    assert_eq!(pairs[3].as_bytes(), Some(&b"7.0.15"[..]));
    assert_eq!(pairs[5], ValueRef::Number(b"3"));
    assert_eq!(pairs[5].as_i64(), Some(3));
    assert_eq!(pairs[13].items().map(|items| items.len()), Some(0));
}

#[test]
fn several_frames_in_one_buffer() {
    let (out, kinds) = parse_whole(b"+OK\r\n:1\r\n>2\r\n+a\r\n+b\r\n-ERR e\r\n$-1\r\n");
    assert_eq!(
        kinds,
        [
            FrameKind::Reply,
            FrameKind::Reply,
            FrameKind::Push,
            FrameKind::Error,
            FrameKind::Reply
        ]
    );
    assert_eq!(
        out,
        [
            s(b'+', b"OK"),
            s(b':', b"1"),
            agg(b'>', 2),
            s(b'+', b"a"),
            s(b'+', b"b"),
            s(b'-', b"ERR e"),
            null(),
        ]
        .concat()
    );
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = MAX_DEPTH;
    let mut wire = b"*1\r\n".repeat(depth);
    wire.extend_from_slice(b":1\r\n");
    let (out, _) = one(&wire);
    assert_eq!(out.len(), depth * 5 + 6);
    let (out2, _) = parse_chunks(wire.chunks(7));
    assert_eq!(out, out2);
}

// ---- the engine's calling pattern ----------------------------------------------------------

#[test]
fn record_tag_written_by_the_caller_survives_and_incomplete_leaves_everything_unchanged() {
    let mut parser = Parser::new();
    let mut input = BytesMut::from(&b"*2\r\n$3\r\nfoo\r\n$3\r\nba"[..]);
    let mut out = b"Y".to_vec();

    out.push(b'R');
    assert_eq!(parser.parse_frame(&mut input, &mut out), Ok(None));
    assert_eq!(out, b"YR");
    out.pop();
    assert_eq!(&input[..], b"*2\r\n$3\r\nfoo\r\n$3\r\nba");

    input.extend_from_slice(b"r\r\n+OK\r\n");
    out.push(b'R');
    assert_eq!(
        parser.parse_frame(&mut input, &mut out),
        Ok(Some(FrameKind::Reply))
    );
    assert_eq!(
        out,
        [b"YR".to_vec(), agg(b'*', 2), blob(b"foo"), blob(b"bar")].concat()
    );
    assert_eq!(&input[..], b"+OK\r\n");
}

#[test]
fn needed_len_is_exact_for_a_bulk_string() {
    let mut parser = Parser::new();
    let mut input = BytesMut::from(&b"+OK\r\n$100\r\nabc"[..]);
    let mut out = Vec::new();
    assert_eq!(
        parser.parse_frame(&mut input, &mut out),
        Ok(Some(FrameKind::Reply))
    );
    assert_eq!(parser.parse_frame(&mut input, &mut out), Ok(None));
    // "$100\r\n" + 100 bytes + "\r\n", counted from the front of the remaining input.
    assert_eq!(parser.needed_len(), Some(6 + 100 + 2));
    // Inside an array, from the start of the frame.
    let mut parser = Parser::new();
    let mut input = BytesMut::from(&b"*2\r\n:1\r\n$10\r\n"[..]);
    assert_eq!(parser.parse_frame(&mut input, &mut out), Ok(None));
    assert_eq!(parser.needed_len(), Some(8 + 5 + 10 + 2));
}

#[test]
fn reset_forgets_a_partial_frame() {
    let mut parser = Parser::new();
    let mut out = Vec::new();
    let mut input = BytesMut::from(&b"*3\r\n:1\r\n"[..]);
    assert_eq!(parser.parse_frame(&mut input, &mut out), Ok(None));
    parser.reset();
    let mut input = BytesMut::from(&b"+fresh\r\n"[..]);
    assert_eq!(
        parser.parse_frame(&mut input, &mut out),
        Ok(Some(FrameKind::Reply))
    );
    assert_eq!(out, s(b'+', b"fresh"));
}

#[test]
fn free_function_parses_one_frame() {
    let mut input = BytesMut::from(&b":12\r\n:13\r\n"[..]);
    let mut out = Vec::new();
    assert_eq!(
        parse_frame(&mut input, &mut out),
        Ok(Some(FrameKind::Reply))
    );
    assert_eq!(out, s(b':', b"12"));
    assert_eq!(&input[..], b":13\r\n");
    let mut input = BytesMut::from(&b"$3\r\nab"[..]);
    assert_eq!(parse_frame(&mut input, &mut out), Ok(None));
}

// ---- split inputs --------------------------------------------------------------------------

pub(super) fn representative_streams() -> Vec<Vec<u8>> {
    vec![
        b"+OK\r\n-ERR x\r\n:123\r\n$5\r\nhello\r\n$0\r\n\r\n$-1\r\n*-1\r\n".to_vec(),
        b"*3\r\n$3\r\nfoo\r\n*2\r\n:1\r\n$2\r\n\r\n\r\n-ERR in array\r\n+after\r\n".to_vec(),
        b"_\r\n#t\r\n#f\r\n,1.5\r\n,-inf\r\n,nan\r\n(123456789012345678901234567890\r\n".to_vec(),
        b"=15\r\ntxt:Some string\r\n!21\r\nSYNTAX invalid syntax\r\n~2\r\n+a\r\n+b\r\n".to_vec(),
        b"%2\r\n$1\r\nk\r\n*1\r\n%1\r\n+x\r\n_\r\n+k2\r\n~0\r\n>3\r\n$7\r\nmessage\r\n\
          $2\r\nch\r\n$3\r\nmsg\r\n:5\r\n"
            .to_vec(),
        b"|1\r\n+a\r\n%1\r\n+b\r\n,0.5\r\n*2\r\n|1\r\n+c\r\n:1\r\n:2\r\n:3\r\n|0\r\n#t\r\n"
            .to_vec(),
        {
            // A large-ish bulk string in the middle of small frames.
            let mut wire = b"+before\r\n$3000\r\n".to_vec();
            wire.extend((0..3000).map(|i| (i % 251) as u8));
            wire.extend_from_slice(b"\r\n*2\r\n$1\r\na\r\n$1\r\nb\r\n");
            wire
        },
    ]
}

#[test]
fn every_split_point_gives_the_unsplit_result() {
    for wire in representative_streams() {
        let (expected, kinds) = parse_whole(&wire);
        for split in 0..=wire.len() {
            let (out, split_kinds) = parse_chunks([&wire[..split], &wire[split..]]);
            assert_eq!(
                out,
                expected,
                "split at {split} of {:?}",
                wire.escape_ascii()
            );
            assert_eq!(split_kinds, kinds);
        }
    }
}

#[test]
fn every_pair_of_split_points_gives_the_unsplit_result() {
    for wire in representative_streams()
        .into_iter()
        .filter(|w| w.len() < 400)
    {
        let (expected, _) = parse_whole(&wire);
        for first in 0..=wire.len() {
            for second in first..=wire.len() {
                let (out, _) =
                    parse_chunks([&wire[..first], &wire[first..second], &wire[second..]]);
                assert_eq!(out, expected, "splits at {first}, {second}");
            }
        }
    }
}

#[test]
fn byte_by_byte_gives_the_unsplit_result() {
    for wire in representative_streams() {
        let (expected, kinds) = parse_whole(&wire);
        let (out, byte_kinds) = parse_chunks(wire.chunks(1));
        assert_eq!(out, expected);
        assert_eq!(byte_kinds, kinds);
    }
}

#[test]
fn random_chunking_gives_the_unsplit_result() {
    let wire: Vec<u8> = representative_streams().concat();
    let (expected, _) = parse_whole(&wire);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..300 {
        let mut chunks = Vec::new();
        let mut pos = 0;
        while pos < wire.len() {
            let len = 1 + rng.below(64);
            let end = (pos + len).min(wire.len());
            chunks.push(&wire[pos..end]);
            pos = end;
        }
        let (out, _) = parse_chunks(chunks);
        assert_eq!(out, expected);
    }
}

#[test]
fn a_large_array_received_in_small_pieces_is_scanned_once() {
    // 300k elements in 16-byte reads: rescanning the partial frame at every read would take
    // minutes; resuming takes milliseconds.
    let count = 300_000;
    let mut wire = format!("*{count}\r\n").into_bytes();
    for i in 0..count {
        wire.extend_from_slice(format!("${}\r\n{i}\r\n", i.to_string().len()).as_bytes());
    }
    let (out, kinds) = parse_chunks(wire.chunks(16));
    assert_eq!(kinds, [FrameKind::Reply]);
    let (value, rest) = ValueRef::read(&out).expect("compact");
    assert!(rest.is_empty());
    let items = value.items().expect("array");
    assert_eq!(items.len(), count);
    assert_eq!(items.last(), Some(ValueRef::BlobString(b"299999")));
}

// ---- big payloads --------------------------------------------------------------------------

#[test]
fn bulk_string_of_512_mib() {
    const LEN: usize = 512 * 1024 * 1024;
    let header = format!("${LEN}\r\n");
    let total = header.len() + LEN + 2;
    let mut input = BytesMut::with_capacity(total + 5);
    input.extend_from_slice(header.as_bytes());
    input.resize(header.len() + 1024 * 1024, b'v');
    let mut parser = Parser::new();
    let mut out = Vec::new();
    assert_eq!(parser.parse_frame(&mut input, &mut out), Ok(None));
    assert_eq!(parser.needed_len(), Some(total));
    // Reads that do not complete it cost a comparison each.
    for _ in 0..1000 {
        assert_eq!(parser.parse_frame(&mut input, &mut out), Ok(None));
    }
    input.resize(header.len() + LEN, b'v');
    input.extend_from_slice(b"\r\n+OK\r\n");
    assert_eq!(
        parser.parse_frame(&mut input, &mut out),
        Ok(Some(FrameKind::Reply))
    );
    assert_eq!(&input[..], b"+OK\r\n");
    assert_eq!(out.len(), 5 + LEN);
    assert_eq!(out[0], b'$');
    assert_eq!(&out[1..5], &(LEN as u32).to_le_bytes());
    assert_eq!(out[5], b'v');
    assert_eq!(out[5 + LEN - 1], b'v');
}

#[test]
fn many_values_of_64_kib_split_across_reads() {
    let value: Vec<u8> = (0..65_536).map(|i| (i * 7 % 256) as u8).collect();
    let mut wire = b"*64\r\n".to_vec();
    for _ in 0..64 {
        wire.extend_from_slice(b"$65536\r\n");
        wire.extend_from_slice(&value);
        wire.extend_from_slice(b"\r\n");
    }
    let (expected, _) = parse_whole(&wire);
    let (out, _) = parse_chunks(wire.chunks(16 * 1024 + 3));
    assert_eq!(out, expected);
    let (array, _) = ValueRef::read(&out).expect("compact");
    assert!(array
        .items()
        .expect("array")
        .all(|item| item == ValueRef::BlobString(&value)));
}

// ---- protocol errors -----------------------------------------------------------------------

#[test]
fn unknown_type_byte() {
    let error = protocol_error(b"?oops\r\n");
    assert!(
        error.message().contains("unknown RESP type byte 0x3f '?'"),
        "{error}"
    );
    let error = protocol_error(b"+OK\r\n\x00");
    assert!(error.message().contains("0x00"), "{error}");
    // Inline text (e.g. a wrong port answered by something else).
    protocol_error(b"HTTP/1.1 400 Bad Request\r\n");
    // RESP3 streamed-string chunks are not a value.
    protocol_error(b";4\r\nabcd\r\n");
    protocol_error(b".\r\n");
}

#[test]
fn bad_lengths() {
    for wire in [
        &b"$abc\r\n"[..],
        b"$-2\r\n",
        b"$\r\n",
        b"*-2\r\n",
        b"*1x\r\n",
        b"%-1\r\n",
        b"~-1\r\n",
        b"!-1\r\n",
        b"$99999999999\r\n",
        b"*4294967296\r\n",
        b"$ 1\r\nx\r\n",
    ] {
        let error = protocol_error(wire);
        assert!(
            error.message().contains("length"),
            "{:?}: {error}",
            wire.escape_ascii()
        );
    }
    assert!(protocol_error(b"*4294967296\r\n")
        .message()
        .contains("larger than"));
}

#[test]
fn streamed_values_are_rejected() {
    let error = protocol_error(b"$?\r\n;4\r\nHell\r\n;0\r\n");
    assert!(error.message().contains("streamed"), "{error}");
    protocol_error(b"*?\r\n:1\r\n.\r\n");
}

#[test]
fn missing_crlf() {
    let error = protocol_error(b"$3\r\nfooXY");
    assert!(error.message().contains("not followed by CRLF"), "{error}");
    let error = protocol_error(b"+OK\rX");
    assert!(error.message().contains("LF after CR"), "{error}");
    protocol_error(b"$3\r\nfoo\n\r");
}

#[test]
fn malformed_scalars() {
    protocol_error(b"#x\r\n");
    protocol_error(b"#\r\n");
    protocol_error(b"_x\r\n");
    protocol_error(b":12a\r\n");
    protocol_error(b":\r\n");
    protocol_error(b":-\r\n");
    protocol_error(b"(1.5\r\n");
    protocol_error(b",\r\n");
    protocol_error(b", 1\r\n");
    protocol_error(b"=3\r\nabc\r\n");
    protocol_error(b"=5\r\ntxt-x\r\n");
}

#[test]
fn error_leaves_output_unchanged_and_resets() {
    let mut parser = Parser::new();
    let mut out = b"R".to_vec();
    let mut input = BytesMut::from(&b"*2\r\n:1\r\n"[..]);
    assert_eq!(parser.parse_frame(&mut input, &mut out), Ok(None));
    input.extend_from_slice(b"?bad\r\n");
    assert!(parser.parse_frame(&mut input, &mut out).is_err());
    assert_eq!(out, b"R");
    assert_eq!(parser.needed_len(), None);
}

// ---- garbage never panics ------------------------------------------------------------------

fn run_garbage(parser: &mut Parser, wire: &[u8], rng: &mut Rng) {
    let mut input = BytesMut::new();
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < wire.len() {
        let end = (pos + 1 + rng.below(48)).min(wire.len());
        input.extend_from_slice(&wire[pos..end]);
        pos = end;
        loop {
            let before = out.len();
            match parser.parse_frame(&mut input, &mut out) {
                Ok(Some(_)) => {
                    // Whatever was accepted is one well-formed compact value.
                    let (_, rest) = ValueRef::read(&out[before..]).expect("readable value");
                    assert!(rest.is_empty());
                }
                Ok(None) => {
                    assert_eq!(out.len(), before);
                    break;
                }
                Err(_) => {
                    assert_eq!(out.len(), before);
                    return;
                }
            }
        }
    }
}

#[test]
fn random_garbage_never_panics() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut parser = Parser::new();
    const ALPHABET: &[u8] = b"$+-!:,(=#_*~%>|?;.\r\n0123456789-tfxa";
    for round in 0..20_000 {
        let len = rng.below(64);
        let wire: Vec<u8> = (0..len)
            .map(|_| {
                if round % 2 == 0 {
                    rng.next() as u8
                } else {
                    ALPHABET[rng.below(ALPHABET.len())]
                }
            })
            .collect();
        parser.reset();
        run_garbage(&mut parser, &wire, &mut rng);
    }
}

#[test]
fn mutated_valid_streams_never_panic() {
    let mut rng = Rng(0xdead_beef_cafe_f00d);
    let streams = representative_streams();
    let mut parser = Parser::new();
    for _ in 0..20_000 {
        let mut wire = streams[rng.below(streams.len())].clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(wire.len());
            match rng.below(3) {
                0 => wire[at] = rng.next() as u8,
                1 => {
                    wire.remove(at);
                }
                _ => wire.insert(at, b"\r\n*$:-1?|>"[rng.below(10)]),
            }
        }
        parser.reset();
        run_garbage(&mut parser, &wire, &mut rng);
    }
}

// ---- compact reader and command encoder ----------------------------------------------------

#[test]
fn value_ref_reads_every_type() {
    let (out, _) = parse_whole(
        b"*12\r\n$1\r\nb\r\n+s\r\n-e\r\n!2\r\nbe\r\n:1\r\n,1.5\r\n(9\r\n=5\r\ntxt:v\r\n\
          #t\r\n_\r\n~1\r\n+m\r\n%1\r\n+k\r\n+v\r\n",
    );
    let (value, rest) = ValueRef::read(&out).expect("compact");
    assert!(rest.is_empty());
    let items: Vec<_> = value.items().expect("array").collect();
    assert_eq!(
        items[..10],
        [
            ValueRef::BlobString(b"b"),
            ValueRef::SimpleString(b"s"),
            ValueRef::SimpleError(b"e"),
            ValueRef::BlobError(b"be"),
            ValueRef::Number(b"1"),
            ValueRef::Double(b"1.5"),
            ValueRef::BigNumber(b"9"),
            ValueRef::VerbatimString(b"txt:v"),
            ValueRef::Boolean(true),
            ValueRef::Null,
        ]
    );
    assert_eq!(items[7].as_bytes(), Some(&b"v"[..]));
    assert!(items[2].is_error() && items[3].is_error() && !items[0].is_error());
    assert!(matches!(items[10], ValueRef::Set(_)));
    let map: Vec<_> = items[11].items().expect("map").collect();
    assert_eq!(
        map,
        [ValueRef::SimpleString(b"k"), ValueRef::SimpleString(b"v")]
    );
    assert_eq!(error_text(&s(b'+', b"OK")), None);
    assert_eq!(ValueRef::read(&[b'$', 5, 0, 0, 0, b'a']), None);
    assert_eq!(ValueRef::read(&[b'*', 2, 0, 0, 0, b'_']), None);
}

#[test]
fn encode_command_writes_resp_arrays() {
    let mut out = Vec::new();
    encode_command(&[b"SET", b"key", b"value"], &mut out);
    assert_eq!(out, b"*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n");
    out.clear();
    encode_command(&[b"HELLO", b"3", b"AUTH", b"u", b""], &mut out);
    assert_eq!(
        out,
        b"*5\r\n$5\r\nHELLO\r\n$1\r\n3\r\n$4\r\nAUTH\r\n$1\r\nu\r\n$0\r\n\r\n"
    );
    out.clear();
    encode_command(&[], &mut out);
    assert_eq!(out, b"*0\r\n");
    // Round trip through the parser: an array of blob strings.
    let binary: Vec<u8> = (0..=255).collect();
    let long = vec![b'z'; 12_345];
    let mut wire = Vec::new();
    encode_command(&[b"PING", &binary, &long], &mut wire);
    let (parsed, _) = one(&wire);
    assert_eq!(
        parsed,
        [agg(b'*', 3), blob(b"PING"), blob(&binary), blob(&long)].concat()
    );
}

#[test]
fn push_decimal_appends_digits() {
    let mut out = b"x".to_vec();
    for value in [0, 7, 10, 4095, 65_536, usize::MAX] {
        super::command::push_decimal(&mut out, value);
        out.push(b' ');
    }
    assert_eq!(
        out,
        format!("x0 7 10 4095 65536 {} ", usize::MAX).as_bytes()
    );
}

// ---- the form for JS: string runs and shared large strings ---------------------------------

/// Parses one frame of `wire`, fed in `chunk`-byte pieces, with `parse_frame_for_js`.
pub(super) fn for_js(wire: &[u8], chunk: usize) -> (Records, usize) {
    for_js_chunks(wire.chunks(chunk))
}

/// Parses the frames of `chunks` with `parse_frame_for_js`, draining after each chunk.
pub(super) fn for_js_chunks<'a>(chunks: impl IntoIterator<Item = &'a [u8]>) -> (Records, usize) {
    let mut parser = Parser::new();
    let mut input = BytesMut::new();
    let mut records = Records::new();
    let mut frames = 0;
    for piece in chunks {
        input.extend_from_slice(piece);
        loop {
            let before = records.to_vec();
            match parser
                .parse_frame_for_js(&mut input, &mut records)
                .expect("valid RESP")
            {
                Some(_) => frames += 1,
                None => {
                    assert_eq!(records.to_vec(), before, "an incomplete frame wrote output");
                    break;
                }
            }
        }
    }
    assert!(input.is_empty());
    (records, frames)
}

pub(super) fn wire_array(items: &[&[u8]]) -> Vec<u8> {
    let mut wire = format!("*{}\r\n", items.len()).into_bytes();
    for item in items {
        wire.extend_from_slice(format!("${}\r\n", item.len()).as_bytes());
        wire.extend_from_slice(item);
        wire.extend_from_slice(b"\r\n");
    }
    wire
}

fn run(aggregate: u8, element: u8, count: u32, json: &str) -> Vec<u8> {
    let mut out = vec![STRING_RUN, aggregate, element];
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(json.len() as u32).to_le_bytes());
    out.extend_from_slice(json.as_bytes());
    out.extend_from_slice(&[0; 4]); // no codes: strings seen once
    out
}

#[test]
fn for_js_short_string_aggregates_become_runs_however_they_arrive() {
    let items: Vec<Vec<u8>> = (0..16).map(|i| format!("v{i}").into_bytes()).collect();
    let refs: Vec<&[u8]> = items.iter().map(Vec::as_slice).collect();
    let json = format!(
        "[{}]",
        (0..16)
            .map(|i| format!("\"v{i}\""))
            .collect::<Vec<_>>()
            .join(",")
    );
    let expected = run(b'*', b'$', 16, &json);
    for chunk in [1, 7, 1000] {
        let (records, frames) = for_js(&wire_array(&refs), chunk);
        assert_eq!((records.to_vec(), frames), (expected.clone(), 1));
    }
    // One element fewer: element by element, as `parse_frame` writes it.
    let fifteen = wire_array(&refs[..15]);
    assert_eq!(for_js(&fifteen, 1000).0.to_vec(), parse_whole(&fifteen).0);
}

#[test]
fn for_js_runs_inside_aggregates_and_maps() {
    // A map of 8 pairs, inside an array, after a number.
    let mut wire = b"*2\r\n:1\r\n%8\r\n".to_vec();
    let mut pairs = Vec::new();
    for i in 0..8 {
        wire.extend_from_slice(format!("+k{i}\r\n_\r\n").as_bytes());
        pairs.push(format!("\"k{i}\",null"));
    }
    let (records, _) = for_js(&wire, 3);
    let expected = [
        agg(b'*', 2),
        s(b':', b"1"),
        run(b'%', b'+', 8, &format!("[{}]", pairs.join(","))),
    ]
    .concat();
    assert_eq!(records.to_vec(), expected);
}

#[test]
fn for_js_large_strings_are_shared_with_the_read_buffer_and_read_back_the_same() {
    // Not ASCII: copied into JS's buffer rather than made an external string.
    let large = vec![0xe9; SHARE_MIN];
    let small = vec![b'y'; SHARE_MIN - 1];
    let wire = [wire_array(&[&large, &small, &large]), b"+OK\r\n".to_vec()].concat();
    for chunk in [4096, 1 << 20] {
        let (records, frames) = for_js(&wire, chunk);
        assert_eq!(frames, 2);
        assert_eq!(records.to_vec(), parse_whole(&wire).0);
    }
}

#[test]
fn for_js_large_ascii_blob_strings_go_beside_the_stream() {
    let large = vec![b'x'; SHARE_MIN];
    let other: Vec<u8> = (0..SHARE_MIN + 3).map(|i| b'a' + (i % 26) as u8).collect();
    let mut verbatim = format!("={}\r\ntxt:", large.len() + 4).into_bytes();
    verbatim.extend_from_slice(&large);
    verbatim.extend_from_slice(b"\r\n");
    let wire = [
        wire_array(&[&large, b"small", &other]),
        verbatim,
        b"+OK\r\n".to_vec(),
    ]
    .concat();
    let header = |tag: u8, len: usize| [vec![tag], (len as u32).to_le_bytes().to_vec()].concat();
    let mut expected_verbatim = header(b'=', large.len() + 4);
    expected_verbatim.extend_from_slice(b"txt:");
    expected_verbatim.extend_from_slice(&large);
    let expected = [
        agg(b'*', 3),
        header(EXTERNAL_STRING, large.len()),
        s(b'$', b"small"),
        header(EXTERNAL_STRING, other.len()),
        expected_verbatim, // only blob strings become external strings
        s(b'+', b"OK"),
    ]
    .concat();
    for chunk in [1000, 1 << 20] {
        let (mut records, frames) = for_js(&wire, chunk);
        assert_eq!(frames, 3);
        assert_eq!(records.to_vec(), expected, "chunk {chunk}");
        let externals: Vec<Bytes> = records.take_externals().collect();
        assert_eq!(externals, [&large[..], &other[..]]);
        assert!(records.take_externals().next().is_none());
    }
}

/// Streams where string runs start, fail late, nest, and sit next to shared strings.
pub(super) fn run_streams() -> Vec<Vec<u8>> {
    let strings =
        |n: usize| -> Vec<Vec<u8>> { (0..n).map(|i| format!("s{i}").into_bytes()).collect() };
    let array =
        |items: &[Vec<u8>]| wire_array(&items.iter().map(Vec::as_slice).collect::<Vec<_>>());
    let mut late_number = array(&strings(17));
    late_number.truncate(late_number.len() - 9); // drop "$3\r\ns16\r\n"
    late_number.extend_from_slice(b":16\r\n");
    let mut late_utf8 = strings(20);
    late_utf8[18] = b"\xff".to_vec();
    let mut late_long = strings(20);
    late_long[17] = vec![b'l'; 300];
    let mut map = b"%2\r\n+a\r\n".to_vec();
    map.extend_from_slice(&array(&strings(16)));
    map.extend_from_slice(b"+b\r\n%8\r\n");
    for i in 0..8 {
        map.extend_from_slice(format!("+k{i}\r\n_\r\n").as_bytes());
    }
    let mut attribute = b"|8\r\n".to_vec();
    for i in 0..8 {
        attribute.extend_from_slice(format!("+k{i}\r\n+v{i}\r\n").as_bytes());
    }
    attribute.extend_from_slice(&array(&strings(16)));
    vec![
        late_number,
        array(&late_utf8),
        array(&late_long),
        map,
        attribute,
        [b"*2\r\n".to_vec(), array(&strings(40)), array(&strings(3))].concat(),
    ]
}

#[test]
fn for_js_every_split_point_gives_the_unsplit_result() {
    for wire in representative_streams().into_iter().chain(run_streams()) {
        let (expected, frames) = for_js(&wire, wire.len());
        for split in 0..=wire.len() {
            let (records, split_frames) = for_js_chunks([&wire[..split], &wire[split..]]);
            assert_eq!(
                (records.to_vec(), split_frames),
                (expected.to_vec(), frames),
                "split at {split} of {:?}",
                wire.escape_ascii()
            );
        }
        assert_eq!(for_js(&wire, 1).0.to_vec(), expected.to_vec());
    }
}

#[test]
fn for_js_runs_and_shared_strings_in_one_frame_arriving_in_pieces() {
    let large = vec![0xe9; SHARE_MIN + 5];
    let small: Vec<Vec<u8>> = (0..20).map(|i| format!("e{i}").into_bytes()).collect();
    let run_wire = wire_array(&small.iter().map(Vec::as_slice).collect::<Vec<_>>());
    let wire = [
        b"*4\r\n".to_vec(),
        run_wire.clone(),
        wire_array(&[&large]),
        run_wire,
        b"$3\r\nend\r\n".to_vec(),
    ]
    .concat();
    let (expected, _) = for_js(&wire, wire.len());
    let inline = expected.to_vec();
    let runs = inline
        .windows(3)
        .filter(|w| w == &[STRING_RUN, b'*', b'$'])
        .count();
    assert_eq!(runs, 2);
    assert!(inline.windows(large.len()).any(|w| w == large.as_slice()));
    for chunk in [1, 97, 4096, 16 * 1024 + 3] {
        assert_eq!(for_js(&wire, chunk).0.to_vec(), inline, "chunk {chunk}");
    }
}

// ---- reply runs -------------------------------------------------------------------------------

fn bulk(text: &str) -> Vec<u8> {
    format!("${}\r\n{text}\r\n", text.len()).into_bytes()
}

/// A value longer than JS builds itself, so that a run of them is worth writing.
fn value(i: usize) -> String {
    format!("value-of-key-{i:03}")
}

/// Looks for a reply run at the front of `wire`: what it found, what it wrote, what is left.
fn reply_run(wire: &[u8]) -> (ReplyRun, Vec<u8>, Vec<u8>) {
    let mut input = BytesMut::from(wire);
    let mut out = Vec::new();
    let found = Parser::new().parse_reply_run(&mut input, &mut out, u64::MAX);
    (found, out, input.to_vec())
}

#[test]
fn reply_runs_take_consecutive_short_string_replies() {
    // Sixteen GETs (one of a missing key, in RESP2 and RESP3 form) and the integer after them.
    let values: Vec<String> = (0..14).map(value).collect();
    let mut wire: Vec<u8> = values.iter().flat_map(|v| bulk(v)).collect();
    wire.extend_from_slice(b"$-1\r\n_\r\n:5\r\n");
    let (found, out, rest) = reply_run(&wire);
    assert_eq!(
        found,
        ReplyRun::Written {
            replies: 16,
            end: wire.len() - 4
        }
    );
    let json = format!("[\"{}\",null,null]", values.join("\",\""));
    assert_eq!(out, run(b'*', b'$', 16, &json));
    assert_eq!(rest, b":5\r\n");
    // Statuses, escapes and UTF-8 as in any run.
    let wire = "+OK\r\n+status \u{e9} \"quoted\"\r\n".repeat(8);
    let (found, out, _) = reply_run(wire.as_bytes());
    assert_eq!(
        found,
        ReplyRun::Written {
            replies: 16,
            end: wire.len()
        }
    );
    assert_eq!(
        out,
        run(
            b'*',
            b'+',
            16,
            &format!(
                "[{}]",
                ["\"OK\",\"status \u{e9} \\\"quoted\\\"\""; 8].join(",")
            )
        )
    );
}

#[test]
fn reply_runs_are_sixteen_replies_or_none() {
    let sixteen: Vec<u8> = (0..16).flat_map(|i| bulk(&value(i))).collect();
    let fifteen = &sixteen[..sixteen.len() - bulk(&value(15)).len()];
    // What ends a run, after 15 strings: nothing written or consumed, and the 15 counted.
    let enders: [&[u8]; 8] = [
        b"",                        // the end of the input
        b"$3\r\nab",                // a reply that has not all arrived
        b":1\r\n",                  // an integer
        b"-ERR no\r\n",             // an error
        b"+OK\r\n",                 // the other string type
        b"*1\r\n$1\r\na\r\n",       // an aggregate
        b"$2\r\n\xc3\x28\r\n",      // invalid UTF-8
        b">2\r\n$1\r\na\r\n:1\r\n", // a push
    ];
    for (i, ender) in enders.into_iter().enumerate() {
        let more: &[u8] = if i < 2 { b"" } else { &sixteen };
        let wire = [fifteen, ender, more].concat();
        assert_eq!(
            reply_run(&wire),
            (ReplyRun::Short(15), Vec::new(), wire.clone())
        );
    }
    let long = [fifteen, &bulk(&"x".repeat(257))[..]].concat();
    assert_eq!(reply_run(&long).0, ReplyRun::Short(15));
    let longest = [fifteen, &bulk(&"x".repeat(256))[..]].concat();
    assert!(matches!(
        reply_run(&longest).0,
        ReplyRun::Written { replies: 16, .. }
    ));
}

#[test]
fn reply_runs_never_start_inside_a_frame_that_arrived_in_part() {
    let sixteen: Vec<u8> = (0..16).flat_map(|i| bulk(&value(i))).collect();
    let mut parser = Parser::new();
    let mut input = BytesMut::from(&b"*2\r\n$1\r\na\r\n"[..]);
    let mut out = Vec::new();
    assert_eq!(parser.parse_frame(&mut input, &mut out), Ok(None));
    // The rest of the array's elements look like replies, but belong to the array.
    input.extend_from_slice(&sixteen);
    input.extend_from_slice(&bulk(&value(16)));
    assert_eq!(
        parser.parse_reply_run(&mut input, &mut out, u64::MAX),
        ReplyRun::Short(0)
    );
    assert!(out.is_empty());
    assert_eq!(
        parser.parse_frame(&mut input, &mut out),
        Ok(Some(FrameKind::Reply))
    );
    let end = input.len();
    out.clear();
    assert_eq!(
        parser.parse_reply_run(&mut input, &mut out, u64::MAX),
        ReplyRun::Written { replies: 16, end }
    );
    assert!(input.is_empty());
}

#[test]
fn reply_runs_are_of_strings_a_quarter_of_which_js_would_not_build_itself() {
    // 12 bytes JS builds itself; 13 it would not.
    let short: Vec<u8> = (0..12)
        .flat_map(|i| bulk(&format!("short-{i:06}")))
        .collect();
    let long =
        |n: usize| -> Vec<u8> { (0..n).flat_map(|i| bulk(&format!("long-{i:08}"))).collect() };
    let worth = [&short[..], &long(4)].concat();
    assert_eq!(
        reply_run(&worth).0,
        ReplyRun::Written {
            replies: 16,
            end: worth.len()
        }
    );
    let not_worth = [&short[..], &long(3), b"$-1\r\n"].concat();
    assert_eq!(
        reply_run(&not_worth),
        (ReplyRun::Short(16), Vec::new(), not_worth.clone())
    );
    // A wave of SETs: statuses JS builds cheaply.
    let statuses = "+OK\r\n".repeat(100);
    assert_eq!(reply_run(statuses.as_bytes()).0, ReplyRun::Short(100));
}
