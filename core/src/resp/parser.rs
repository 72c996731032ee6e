//! The streaming RESP2/RESP3 parser: socket bytes in, compact values out.
//!
//! Every value is parsed and encoded once, as its bytes arrive. A frame that arrives in pieces
//! is encoded up to where its input ends; the parser keeps that output and its state (open
//! aggregates, a string run being written, where to resume) until the rest arrives, so each
//! byte is looked at once. A bulk string's length header tells how many bytes are missing, so
//! waiting for a 512 MB value costs one comparison per socket read; a line still without its
//! CRLF is searched on from where the last search stopped.
//!
//! What a server sends cannot make the parser hold more than a constant factor of what has
//! arrived: aggregates nest at most [`MAX_DEPTH`] deep, strings and lines are at most
//! [`Parser::max_bulk_len`] bytes, and nothing is reserved for what a header announces.
//!
//! Nothing is written to `out` and nothing is consumed from `input` until a frame is complete:
//! the engine can push its record tag, call the parser, and pop the tag on `Ok(None)`.

use bytes::{Buf, BytesMut};

use super::compact::{
    write_aggregate_header, write_boolean, write_null, write_string, write_string_header,
};
use super::known_strings::KnownStrings;
use super::read_room;
use super::scan::find_cr;
use super::string_run::{self, write_reply_run, ReplyRun, RunState, Step, RUN_MIN};
use super::{tag, FrameKind, ProtocolError};
use crate::records::Records;

/// With [`Parser::parse_frame_for_js`], strings at least this long are not copied: the records
/// share them with the read buffer. Below it, a copy costs less than the shared slice and the
/// fresh read buffer the split leaves behind.
pub const SHARE_MIN: usize = 16 * 1024;

/// The compact tag of an external string: a blob string of at least [`SHARE_MIN`] bytes, all
/// ASCII, written as the tag and its `u32` length only. Its payload goes to JS as a string over
/// the bytes it arrived in (`Records::attach_external`), not through the stream.
pub const EXTERNAL_STRING: u8 = b'X';

/// A string left in the input: its payload `input[start..end]` belongs after `at` bytes of the
/// frame's output, or, `external`, goes to JS beside the stream.
struct Hole {
    at: usize,
    start: usize,
    end: usize,
    external: bool,
}

/// Aggregates (attributes included) may be nested this deep; one more is a protocol error. No
/// reply of Redis nests anywhere near it, but a Lua script may return deeply nested tables, so
/// the cap is far above any real reply and only stops a server that sends `*1\r\n` forever.
pub const MAX_DEPTH: usize = 10_000;

/// The default of [`Parser::max_bulk_len`]: Redis' own default `proto-max-bulk-len`, 512 MB,
/// the largest string a Redis server accepts.
pub const DEFAULT_MAX_BULK_LEN: usize = 512 * 1024 * 1024;

/// The longest length header line (`$`, `*`... up to the CRLF), null or boolean line:
/// `4294967295` has 10 digits, so this leaves room for leading zeros and still rejects a header
/// that never ends at once.
const SHORT_LINE_MAX: usize = 32;

/// Parses RESP2/RESP3 frames incrementally. One per connection; call [`Parser::reset`] when the
/// read buffer is replaced (reconnect).
pub struct Parser {
    /// Aggregates (and attributes) opened and not yet complete, innermost last.
    stack: Vec<Level>,
    /// How many entries of `stack` are attributes, whose contents are dropped.
    attributes_open: usize,
    /// Set while the frame at the front of the input is incomplete.
    pending: Option<Pending>,
    /// The output of the incomplete frame so far.
    frame: Vec<u8>,
    /// The current frame's shared strings (`parse_frame_for_js`).
    holes: Vec<Hole>,
    /// The strings of string runs that JS holds (`parse_frame_for_js`).
    known: KnownStrings,
    /// The longest blob string and line accepted (see [`Parser::set_max_bulk_len`]).
    max_bulk_len: usize,
}

impl Default for Parser {
    fn default() -> Self {
        Parser {
            stack: Vec::new(),
            attributes_open: 0,
            pending: None,
            frame: Vec::new(),
            holes: Vec::new(),
            known: KnownStrings::default(),
            max_bulk_len: DEFAULT_MAX_BULK_LEN,
        }
    }
}

/// A `frame` buffer that grew beyond this for a large frame is not kept for the next one.
const FRAME_KEEP: usize = 64 * 1024;
/// Nor a `stack` or `holes` that grew beyond this many entries.
const ENTRIES_KEEP: usize = 256;

#[derive(Clone, Copy, Debug)]
struct Level {
    /// Values still expected in this aggregate (a map or an attribute counts 2 per pair).
    remaining: u64,
    attribute: bool,
    /// Set while the aggregate is being written as a string run.
    run: Option<RunState>,
}

#[derive(Clone, Copy, Debug)]
struct Pending {
    /// Input offset of the first value not yet parsed; `stack` describes where it sits.
    resume: usize,
    /// When that value's line (or length header) has no CRLF yet: the input offset where the
    /// search for its CR goes on, every byte before it having been searched. Otherwise 0.
    scanned: usize,
    /// The input cannot hold the frame before it is at least this long.
    need: usize,
    kind: FrameKind,
}

enum Walk {
    Complete { end: usize, kind: FrameKind },
    Incomplete(Pending),
}

/// The largest string or aggregate the compact format can carry (`u32` lengths).
const MAX_LENGTH: u64 = u32::MAX as u64;

enum Length {
    Null,
    Count(u32),
}

/// What [`read_line`] found.
enum Line<'a> {
    /// The line without its CRLF, and the input offset after the CRLF.
    Complete(&'a [u8], usize),
    /// No CRLF yet; the search goes on from this input offset.
    Incomplete(usize),
}

impl Parser {
    pub fn new() -> Self {
        Self::default()
    }

    /// A parser that accepts blob strings and lines of at most `max_bulk_len` bytes (see
    /// [`Parser::set_max_bulk_len`]).
    pub fn with_max_bulk_len(max_bulk_len: usize) -> Self {
        let mut parser = Self::default();
        parser.set_max_bulk_len(max_bulk_len);
        parser
    }

    /// Sets the longest blob string, blob error or verbatim string accepted, like Redis'
    /// `proto-max-bulk-len` (default [`DEFAULT_MAX_BULK_LEN`], 512 MB): a longer one is a
    /// protocol error as soon as its header arrives, before any of it is buffered. Lines (simple
    /// strings and errors, numbers, doubles, big numbers) are held to the same limit, checked
    /// as they arrive. A limit above 4294967295 (`u32::MAX`, the most the reply stream can
    /// carry) is taken as that.
    pub fn set_max_bulk_len(&mut self, max_bulk_len: usize) {
        let most = usize::try_from(MAX_LENGTH).unwrap_or(usize::MAX);
        self.max_bulk_len = max_bulk_len.min(most);
    }

    /// The longest blob string and line accepted.
    pub fn max_bulk_len(&self) -> usize {
        self.max_bulk_len
    }

    /// Forgets any partly received frame. Call it when the read buffer is replaced or cleared.
    pub fn reset(&mut self) {
        // Known strings go too: a new connection's stream starts with nothing defined. And
        // fresh buffers: a partial frame may have grown them as far as the limits allow.
        *self = Self::with_max_bulk_len(self.max_bulk_len);
    }

    /// When the frame at the front of the input is incomplete: the input length it needs at
    /// least (exact for a bulk string still arriving). This is what a header *announces*: do
    /// not reserve memory by it (a server can announce 4 GB and send 3 bytes); size the read
    /// buffer with [`Parser::room_to_reserve`].
    pub fn needed_len(&self) -> Option<usize> {
        self.pending.map(|pending| pending.need)
    }

    /// How many bytes of spare room the read buffer, holding `buffered` bytes (the input of the
    /// last call, grown since), should have before the next read: call
    /// `buffer.reserve(parser.room_to_reserve(buffer.len()))`.
    ///
    /// At least 16 KiB. While a large value is arriving, toward what it still lacks, but never
    /// more than 64 KiB or twice what has arrived of that value, whichever is more: memory
    /// grows with what the server sent, not with what it announced, and a 100 KB value still
    /// arrives in two or three reallocations (see `read_room`).
    pub fn room_to_reserve(&self, buffered: usize) -> usize {
        let waiting = self.pending.map(|pending| read_room::Waiting {
            value_start: pending.resume,
            need: pending.need,
        });
        read_room::room_to_reserve(waiting, buffered)
    }

    /// The memory the parser holds between calls, in bytes: what tests check stays bounded by
    /// what arrived.
    #[cfg(test)]
    pub(super) fn retained_bytes(&self) -> usize {
        use std::mem::size_of;
        self.frame.capacity()
            + self.stack.capacity() * size_of::<Level>()
            + self.holes.capacity() * size_of::<Hole>()
            + self.known.retained_bytes()
    }

    /// If a complete frame is at the front of `input`: consumes it, appends its compact value
    /// to `out` and says what kind of frame it was. `Ok(None)`: the frame is incomplete, and
    /// neither `input` nor `out` changed. After an error the connection must be dropped; the
    /// parser is reset and `out` is left as it was.
    ///
    /// `input` may only grow at the back between calls that return `Ok(None)`.
    pub fn parse_frame(
        &mut self,
        input: &mut BytesMut,
        out: &mut Vec<u8>,
    ) -> Result<Option<FrameKind>, ProtocolError> {
        let Some((kind, end)) = self.parse(input, out, false)? else {
            return Ok(None);
        };
        input.advance(end);
        Ok(Some(kind))
    }

    /// [`Parser::parse_frame`] into records, in the form JS reads: the payload of each string
    /// of at least [`SHARE_MIN`] bytes is not copied but split off `input` and shared, and
    /// aggregates of short strings are written as string runs (see `string_run`).
    pub fn parse_frame_for_js(
        &mut self,
        input: &mut BytesMut,
        out: &mut Records,
    ) -> Result<Option<FrameKind>, ProtocolError> {
        let base = out.inline_mut().len();
        let Some((kind, end)) = self.parse(input, out.inline_mut(), true)? else {
            return Ok(None);
        };
        if self.holes.is_empty() {
            input.advance(end);
        } else {
            let frame = input.split_to(end).freeze();
            for hole in self.holes.drain(..) {
                let payload = frame.slice(hole.start..hole.end);
                if hole.external {
                    out.attach_external(base + hole.at, payload);
                } else {
                    out.splice(base + hole.at, payload);
                }
            }
            if self.holes.capacity() > ENTRIES_KEEP {
                self.holes = Vec::new();
            }
        }
        Ok(Some(kind))
    }

    /// Before [`Parser::parse_frame_for_js`]: if the replies at the front of `input` are a reply
    /// run (see `string_run::write_reply_run`) of at most `max` replies, writes it to `out` and
    /// consumes them. Never inside a frame that arrived in part.
    pub fn parse_reply_run(
        &mut self,
        input: &mut BytesMut,
        out: &mut Vec<u8>,
        max: u64,
    ) -> ReplyRun {
        if self.pending.is_some() {
            return ReplyRun::Short(0);
        }
        let run = write_reply_run(input, out, max, string_run::longest(self.max_bulk_len));
        if let ReplyRun::Written { end, .. } = run {
            input.advance(end);
        }
        run
    }

    /// Parses the frame at the front of `input` without consuming it: its kind and length. A
    /// frame's first call writes straight to `out`; one that arrived in pieces is completed in
    /// `self.frame` and then appended.
    fn parse(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        for_js: bool,
    ) -> Result<Option<(FrameKind, usize)>, ProtocolError> {
        let (from, resumed) = match self.pending.take() {
            None if input.is_empty() => return Ok(None),
            None => {
                let start = Pending {
                    resume: 0,
                    scanned: 0,
                    need: 1,
                    kind: FrameKind::Reply,
                };
                (start, false)
            }
            Some(pending) if input.len() < pending.need => {
                self.pending = Some(pending);
                return Ok(None);
            }
            Some(pending) => (pending, true),
        };
        let mut frame = std::mem::take(&mut self.frame);
        let base = if resumed { 0 } else { out.len() };
        let target = if resumed { &mut frame } else { &mut *out };
        let result = self.walk(input, from, target, base, for_js);
        let parsed = match result {
            Ok(Walk::Complete { end, kind }) => {
                if resumed {
                    out.extend_from_slice(&frame);
                }
                frame.clear();
                if frame.capacity() > FRAME_KEEP {
                    frame = Vec::new();
                }
                if self.stack.capacity() > ENTRIES_KEEP {
                    self.stack = Vec::new();
                }
                Ok(Some((kind, end)))
            }
            Ok(Walk::Incomplete(pending)) => {
                if !resumed {
                    frame.extend_from_slice(&out[base..]);
                    out.truncate(base);
                }
                self.pending = Some(pending);
                Ok(None)
            }
            Err(error) => {
                if !resumed {
                    out.truncate(base);
                }
                self.reset();
                return Err(error);
            }
        };
        self.frame = frame;
        parsed
    }

    /// Parses and writes values from where `from` says, in the aggregate context held by
    /// `self.stack`, until the top-level frame is complete or the input runs out. `out[base..]`
    /// is the frame's output so far. With `for_js`, the payloads of long strings are left in
    /// `bytes` and listed in `self.holes`, and string runs are written.
    fn walk(
        &mut self,
        bytes: &[u8],
        from: Pending,
        out: &mut Vec<u8>,
        base: usize,
        for_js: bool,
    ) -> Result<Walk, ProtocolError> {
        let Pending {
            resume: mut pos,
            mut scanned,
            mut kind,
            ..
        } = from;
        loop {
            let start = pos;
            // Only the first value parsed can be a line searched before.
            let scanned = std::mem::take(&mut scanned);
            if let Some(mut run) = self.stack.last_mut().and_then(|level| level.run.take()) {
                let longest = string_run::longest(self.max_bulk_len);
                match run.write(bytes, pos, out, base, &mut self.known, longest) {
                    Step::Written(end) => {
                        self.stack.pop();
                        pos = end;
                    }
                    Step::Incomplete(at) => {
                        if let Some(level) = self.stack.last_mut() {
                            level.run = Some(run);
                        }
                        return Ok(incomplete(at, 0, bytes.len() + 1, kind));
                    }
                    Step::No => {
                        // Element by element from its first; the level still counts them all.
                        pos = run.undo(out, base, &mut self.known);
                        continue;
                    }
                }
            } else {
                let Some(&type_byte) = bytes.get(pos) else {
                    return Ok(incomplete(start, 0, pos + 1, kind));
                };
                let emit = self.attributes_open == 0;
                if self.stack.is_empty() && type_byte != tag::ATTRIBUTE {
                    kind = match type_byte {
                        tag::PUSH => FrameKind::Push,
                        tag::SIMPLE_ERROR | tag::BLOB_ERROR => FrameKind::Error,
                        _ => FrameKind::Reply,
                    };
                }
                // The line after the type byte: the value itself, or a length header.
                let line_max = match type_byte {
                    tag::SIMPLE_STRING
                    | tag::SIMPLE_ERROR
                    | tag::NUMBER
                    | tag::BIG_NUMBER
                    | tag::DOUBLE => self.max_bulk_len,
                    // A few bytes at most: a long line is an error at once.
                    tag::NULL
                    | tag::BOOLEAN
                    | tag::BLOB_STRING
                    | tag::BLOB_ERROR
                    | tag::VERBATIM_STRING
                    | tag::ARRAY
                    | tag::SET
                    | tag::MAP
                    | tag::PUSH
                    | tag::ATTRIBUTE => SHORT_LINE_MAX,
                    _ => return Err(unknown_type(type_byte)),
                };
                let (line, next) = match read_line(bytes, pos + 1, scanned, line_max, type_byte)? {
                    Line::Complete(line, next) => (line, next),
                    Line::Incomplete(scanned) => {
                        return Ok(incomplete(start, scanned, bytes.len() + 1, kind));
                    }
                };
                match type_byte {
                    tag::NULL => {
                        if !line.is_empty() {
                            return Err(invalid_line(type_byte, line, "a null is `_\\r\\n`"));
                        }
                        pos = next;
                        if emit {
                            write_null(out);
                        }
                    }
                    tag::BOOLEAN => {
                        let value = match line {
                            b"t" => true,
                            b"f" => false,
                            _ => return Err(invalid_line(type_byte, line, "expected t or f")),
                        };
                        pos = next;
                        if emit {
                            write_boolean(out, value);
                        }
                    }
                    tag::SIMPLE_STRING
                    | tag::SIMPLE_ERROR
                    | tag::NUMBER
                    | tag::BIG_NUMBER
                    | tag::DOUBLE => {
                        validate_line(type_byte, line)?;
                        pos = next;
                        if emit {
                            write_string(out, type_byte, line);
                        }
                    }
                    tag::BLOB_STRING | tag::BLOB_ERROR | tag::VERBATIM_STRING => {
                        let body = next;
                        let length = match parse_length(type_byte, line)? {
                            Length::Null => {
                                pos = body;
                                if emit {
                                    write_null(out);
                                }
                                None
                            }
                            Length::Count(length) => Some(length),
                        };
                        if let Some(length) = length {
                            let length = usize::try_from(length).map_err(|_| too_large())?;
                            if length > self.max_bulk_len {
                                return Err(ProtocolError::new(format!(
                                    "Protocol error: a RESP '{}' string of {length} bytes is \
                                     longer than the limit of {} bytes (max bulk length)",
                                    type_byte as char, self.max_bulk_len
                                )));
                            }
                            let end = body.checked_add(length).ok_or_else(too_large)?;
                            let after = end.checked_add(2).ok_or_else(too_large)?;
                            if bytes.len() < after {
                                // Nothing is reserved for it here: `room_to_reserve` grows the
                                // read buffer with what arrives.
                                return Ok(incomplete(start, 0, after, kind));
                            }
                            if &bytes[end..after] != b"\r\n" {
                                return Err(ProtocolError::new(format!(
                                    "Protocol error: a RESP '{}' string of {length} bytes is \
                                     not followed by CRLF",
                                    type_byte as char
                                )));
                            }
                            let value = &bytes[body..end];
                            if type_byte == tag::VERBATIM_STRING
                                && (value.len() < 4 || value[3] != b':')
                            {
                                return Err(ProtocolError::new(
                                    "Protocol error: a RESP3 verbatim string does not start \
                                     with a 3-letter format and ':'",
                                ));
                            }
                            pos = after;
                            if emit && for_js && value.len() >= SHARE_MIN {
                                let external = type_byte == tag::BLOB_STRING && value.is_ascii();
                                let tag = if external { EXTERNAL_STRING } else { type_byte };
                                write_string_header(out, tag, value.len());
                                self.holes.push(Hole {
                                    at: out.len() - base,
                                    start: body,
                                    end,
                                    external,
                                });
                            } else if emit {
                                write_string(out, type_byte, value);
                            }
                        }
                    }
                    _ => {
                        // An aggregate or an attribute.
                        pos = next;
                        match parse_length(type_byte, line)? {
                            Length::Null => {
                                if emit {
                                    write_null(out);
                                }
                            }
                            Length::Count(count) => {
                                if self.stack.len() >= MAX_DEPTH {
                                    return Err(ProtocolError::new(format!(
                                        "Protocol error: nesting is too deep (more than \
                                         {MAX_DEPTH} aggregates inside one another)"
                                    )));
                                }
                                let values = match type_byte {
                                    tag::MAP | tag::ATTRIBUTE => u64::from(count) * 2,
                                    _ => u64::from(count),
                                };
                                let attribute = type_byte == tag::ATTRIBUTE;
                                // A run reserves nothing for its count: it grows as its
                                // elements arrive.
                                let run = (emit && for_js && !attribute && values >= RUN_MIN).then(
                                    || {
                                        RunState::start(
                                            type_byte,
                                            count,
                                            values,
                                            pos,
                                            out,
                                            base,
                                            &mut self.known,
                                        )
                                    },
                                );
                                if attribute {
                                    // Dropped; the value it annotates follows and is what
                                    // counts.
                                    self.attributes_open += usize::from(values > 0);
                                } else if emit && run.is_none() {
                                    write_aggregate_header(out, type_byte, count);
                                }
                                if values > 0 {
                                    self.stack.push(Level {
                                        remaining: values,
                                        attribute,
                                        run,
                                    });
                                    continue;
                                }
                                if attribute {
                                    continue;
                                }
                            }
                        }
                    }
                }
            }

            // A value ended at `pos`: close every aggregate it completes.
            loop {
                let Some(level) = self.stack.last_mut() else {
                    return Ok(Walk::Complete { end: pos, kind });
                };
                level.remaining -= 1;
                if level.remaining > 0 {
                    break;
                }
                let closed = self.stack.pop();
                if closed.is_some_and(|level| level.attribute) {
                    // The attribute is not a value of its parent: the annotated value follows.
                    self.attributes_open -= 1;
                    break;
                }
            }
        }
    }
}

/// Parses one frame with a throw-away [`Parser`]: for one-off use (tests, a reply read
/// synchronously). A connection should keep one `Parser`, which resumes where it stopped
/// instead of rescanning a partly received frame.
pub fn parse_frame(
    input: &mut BytesMut,
    out: &mut Vec<u8>,
) -> Result<Option<FrameKind>, ProtocolError> {
    Parser::new().parse_frame(input, out)
}

fn incomplete(resume: usize, scanned: usize, need: usize, kind: FrameKind) -> Walk {
    Walk::Incomplete(Pending {
        resume,
        scanned,
        need,
        kind,
    })
}

/// The line of the value of type `type_byte` that starts at input offset `start`, of at most
/// `max` bytes before its CRLF. The search for the CR starts at `scanned` when that is further
/// (the bytes before it were searched by an earlier call), so that a long line arriving in
/// pieces is searched once.
///
/// Whether a line is too long depends only on its first `max + 1` bytes, so the same input
/// gives the same answer however it was split.
fn read_line(
    bytes: &[u8],
    start: usize,
    scanned: usize,
    max: usize,
    type_byte: u8,
) -> Result<Line<'_>, ProtocolError> {
    // A CR after `limit` would make the line longer than `max`.
    let limit = start.saturating_add(max);
    let window_end = bytes.len().min(limit.saturating_add(1));
    let Some(cr) = find_cr(bytes, scanned.max(start), window_end) else {
        if window_end > limit {
            return Err(line_too_long(type_byte, max));
        }
        return Ok(Line::Incomplete(window_end.max(start)));
    };
    match bytes.get(cr + 1) {
        // The CR is searched again with its LF: one byte.
        None => Ok(Line::Incomplete(cr)),
        Some(b'\n') => Ok(Line::Complete(&bytes[start..cr], cr + 2)),
        Some(_) => Err(ProtocolError::new(format!(
            "Protocol error: expected LF after CR in {}",
            quote(&bytes[start..cr])
        ))),
    }
}

fn line_too_long(type_byte: u8, max: usize) -> ProtocolError {
    let what = match type_byte {
        tag::SIMPLE_STRING
        | tag::SIMPLE_ERROR
        | tag::NUMBER
        | tag::BIG_NUMBER
        | tag::DOUBLE
        | tag::NULL
        | tag::BOOLEAN => "line",
        _ => "length header",
    };
    ProtocolError::new(format!(
        "Protocol error: a RESP '{}' {what} longer than {max} bytes",
        type_byte as char
    ))
}

fn parse_length(type_byte: u8, header: &[u8]) -> Result<Length, ProtocolError> {
    match header {
        b"-1" if matches!(type_byte, tag::BLOB_STRING | tag::ARRAY) => return Ok(Length::Null),
        [b'?', ..] => {
            return Err(ProtocolError::new(format!(
                "Protocol error: streamed RESP3 '{}' (length '?') is not supported",
                type_byte as char
            )))
        }
        [] => return Err(invalid_line(type_byte, header, "empty length")),
        _ => {}
    }
    let mut length: u64 = 0;
    for &byte in header {
        if !byte.is_ascii_digit() {
            return Err(invalid_line(type_byte, header, "invalid length"));
        }
        length = length * 10 + u64::from(byte - b'0');
        if length > MAX_LENGTH {
            return Err(invalid_line(
                type_byte,
                header,
                "length larger than 4294967295",
            ));
        }
    }
    u32::try_from(length)
        .map(Length::Count)
        .map_err(|_| invalid_line(type_byte, header, "length larger than 4294967295"))
}

/// Integers and big numbers are kept as sent, so only their shape is checked here.
fn validate_line(type_byte: u8, line: &[u8]) -> Result<(), ProtocolError> {
    let valid = match type_byte {
        tag::NUMBER | tag::BIG_NUMBER => {
            let digits = match line {
                [b'-' | b'+', digits @ ..] => digits,
                digits => digits,
            };
            !digits.is_empty() && digits.iter().all(u8::is_ascii_digit)
        }
        // `1.5`, `-1e+20`, `inf`, `-inf`, `nan`: parsed on the JS side.
        tag::DOUBLE => !line.is_empty() && line.iter().all(u8::is_ascii_graphic),
        _ => true,
    };
    if valid {
        Ok(())
    } else {
        Err(invalid_line(type_byte, line, "malformed value"))
    }
}

fn invalid_line(type_byte: u8, line: &[u8], what: &str) -> ProtocolError {
    ProtocolError::new(format!(
        "Protocol error: {what} in RESP '{}' header {}",
        type_byte as char,
        quote(line)
    ))
}

fn unknown_type(type_byte: u8) -> ProtocolError {
    let shown = if type_byte.is_ascii_graphic() {
        format!(" '{}'", type_byte as char)
    } else {
        String::new()
    };
    ProtocolError::new(format!(
        "Protocol error: unknown RESP type byte 0x{type_byte:02x}{shown}"
    ))
}

fn too_large() -> ProtocolError {
    ProtocolError::new("Protocol error: value larger than the address space")
}

/// At most 40 bytes of server data, printable, for an error message.
fn quote(bytes: &[u8]) -> String {
    let shown = &bytes[..bytes.len().min(40)];
    let mut text = format!("\"{}\"", shown.escape_ascii());
    if bytes.len() > shown.len() {
        text.push_str("...");
    }
    text
}
