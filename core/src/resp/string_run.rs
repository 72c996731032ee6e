//! String runs: an aggregate whose elements are all short strings of one RESP type (or nulls) —
//! the replies of HGETALL, LRANGE, MGET, SMEMBERS, ZRANGE, KEYS, EXEC of SETs... — written for
//! JS as one JSON array instead of element by element (docs/REPLY_STREAM.md, "String runs").
//!
//! Why: building a JS string costs a call into V8 per element when JS decodes elements one by
//! one, while `JSON.parse` builds all of them in one native pass. Measured on HGETALL of 1,000
//! fields: about half the JS time of element-by-element decoding. Short strings JS already
//! holds are not written in the JSON text at all: a trailer of one code per element says which
//! slot each comes from, and which of the others JS is to keep (see `known_strings`).
//!
//! Only runs that round-trip exactly are written this way: every element complete in the input,
//! valid UTF-8 (so that JS gets the same text, and `Buffer.from(text)` the same bytes), and at
//! most [`ELEMENT_MAX`] bytes long. Anything else is left to the element-by-element form.

use super::compact::write_aggregate_header;
use super::known_strings::{Known, KnownStrings, TEXT_CODE};
use super::scan::find_cr;
use super::tag;

/// The compact tag of a string run.
pub const STRING_RUN: u8 = b'J';

/// Aggregates with fewer elements are written element by element: below this, one
/// `JSON.parse` call costs more than it saves.
pub const RUN_MIN: u64 = 16;

/// Longer elements are written element by element: for them copying the bytes, not the calls,
/// is the cost, and a run would copy them twice.
pub const ELEMENT_MAX: usize = 256;

/// Bytes of a run's record before its JSON text: `J`, two tags, `u32` count, `u32` length.
const HEADER_LEN: usize = 11;

/// A string run being written: started when the aggregate's header has been read, continued
/// as its elements arrive (a reply of 1,000 fields often takes two socket reads).
#[derive(Clone, Copy, Debug)]
pub(super) struct RunState {
    /// Where its record starts, counted from the start of the frame's output.
    header: usize,
    /// Input offset of the aggregate's first element, where element-by-element writing starts
    /// over if it turns out not to be a run.
    first: usize,
    aggregate: u8,
    count: u32,
    /// Elements not yet written.
    remaining: u64,
    /// Elements written.
    written: u64,
    /// Whether an element so far was a reference to a known string or a definition of one:
    /// then the run's codes are sent.
    uses_table: bool,
    /// The RESP type of its strings, once one has been seen.
    element_tag: Option<u8>,
}

/// What [`RunState::write`] did.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Step {
    /// The run is complete; its last element ended at this input offset.
    Written(usize),
    /// The element at this input offset has not all arrived; call again from there.
    Incomplete(usize),
    /// Not a run: call [`RunState::undo`] and write the elements one by one.
    No,
}

impl RunState {
    /// Starts a run for an aggregate of tag `aggregate` and header count `count`, holding
    /// `values` elements from input offset `first`: writes its header. `out[base..]` is the
    /// frame's output so far.
    pub(super) fn start(
        aggregate: u8,
        count: u32,
        values: u64,
        first: usize,
        out: &mut Vec<u8>,
        base: usize,
        known: &mut KnownStrings,
    ) -> Self {
        known.begin_run();
        let header = out.len() - base;
        out.extend_from_slice(&[STRING_RUN, aggregate, tag::BLOB_STRING]);
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&[0; 4]);
        out.push(b'[');
        Self {
            header,
            first,
            aggregate,
            count,
            remaining: values,
            written: 0,
            uses_table: false,
            element_tag: None,
        }
    }

    /// Writes the elements at `bytes[pos..]` until the run is complete, the input runs out, or
    /// an element does not belong in a run, such as one longer than `longest` (see
    /// [`longest`]). Strings JS holds are left out of the JSON text: their codes name their
    /// slots.
    pub(super) fn write(
        &mut self,
        bytes: &[u8],
        mut pos: usize,
        out: &mut Vec<u8>,
        base: usize,
        known: &mut KnownStrings,
        longest: usize,
    ) -> Step {
        let text_start = base + self.header + HEADER_LEN;
        while self.remaining > 0 {
            let element = match read_element(bytes, pos, longest) {
                Ok(element) => element,
                Err(Miss::Incomplete) => return Step::Incomplete(pos),
                Err(Miss::No) => return Step::No,
            };
            // Before each item of the JSON text but the first.
            let separate = |out: &mut Vec<u8>| {
                if out.len() > text_start + 1 {
                    out.push(b',');
                }
            };
            match element.text {
                None => {
                    known.codes.push(TEXT_CODE);
                    separate(out);
                    out.extend_from_slice(b"null");
                }
                Some(text) => {
                    if *self.element_tag.get_or_insert(element.tag) != element.tag {
                        return Step::No;
                    }
                    let seen = if self.at_key(element.tag) {
                        known.see(text)
                    } else {
                        Known::Text
                    };
                    // Before anything can fail: an undone run takes back what it defined.
                    known.codes.push(seen.code());
                    self.uses_table |= seen != Known::Text;
                    // A reference is in no JSON item (known strings were checked when they
                    // were defined).
                    if !matches!(seen, Known::Ref(_)) {
                        separate(out);
                        if write_json_string(text, out).is_none() {
                            return Step::No;
                        }
                    }
                }
            }
            pos = element.next;
            self.remaining -= 1;
            self.written += 1;
        }
        out.push(b']');
        let Ok(text_length) = u32::try_from(out.len() - text_start) else {
            return Step::No;
        };
        let header = base + self.header;
        out[header + 2] = self.element_tag.unwrap_or(tag::BLOB_STRING);
        out[header + 7..header + HEADER_LEN].copy_from_slice(&text_length.to_le_bytes());
        // The trailer: the codes, one per element, or none when no element uses the table.
        if self.uses_table {
            // One code per element, and a run has at most u32::MAX elements.
            let Ok(codes) = u32::try_from(known.codes.len()) else {
                return Step::No;
            };
            out.extend_from_slice(&codes.to_le_bytes());
            out.reserve(2 * known.codes.len());
            for &code in &known.codes {
                out.extend_from_slice(&code.to_le_bytes());
            }
        } else {
            out.extend_from_slice(&[0; 4]);
        }
        known.end_run();
        Step::Written(pos)
    }

    /// Whether the next element, a string of RESP type `element_tag`, is where a map's key
    /// would be: the keys of a map, and every other blob string of an array of even length,
    /// which is how RESP2 sends a map (HGETALL, CONFIG GET...). Only these go to the table of
    /// known strings: keys recur from reply to reply, values mostly do not, and looking up a
    /// string that is not there costs time. (Arrays of simple strings are statuses, such as
    /// EXEC's `OK`s, which JS builds cheaply anyway.)
    fn at_key(&self, element_tag: u8) -> bool {
        self.written.is_multiple_of(2)
            && (self.aggregate == tag::MAP
                || self.aggregate == tag::ARRAY
                    && element_tag == tag::BLOB_STRING
                    && self.count.is_multiple_of(2))
    }

    /// After [`Step::No`]: replaces the run's output by the aggregate's header and returns the
    /// input offset of its first element, from where the elements are to be written one by one.
    pub(super) fn undo(&self, out: &mut Vec<u8>, base: usize, known: &mut KnownStrings) -> usize {
        known.undo_run();
        out.truncate(base + self.header);
        write_aggregate_header(out, self.aggregate, self.count);
        self.first
    }
}

/// What [`write_reply_run`] found at the front of its input.
#[derive(Debug, PartialEq, Eq)]
pub enum ReplyRun {
    /// This many top-level replies, up to this input offset, were written as one run.
    Written { replies: u32, end: usize },
    /// This many replies (maybe none) come first that are not worth a run: too few, or too few
    /// of them long strings. Nothing was written; they are to be parsed one by one.
    Short(u32),
}

/// JS builds strings of up to this many bytes itself (`SHORT_STRING` in decoder.js), in about
/// 26 ns, less than the ~45 ns one costs in a run (`JSON.parse` internalizes strings of up to
/// 10 characters, a string-table lookup each). A longer one costs it a call into C++, ~120 ns.
const JS_BUILDS_MAX: usize = 12;

/// Consecutive complete top-level replies at the front of `bytes` that are each a short string
/// of one RESP type or a null — the replies to a wave of GETs or HGETs — written to `out` as
/// one string run of aggregate tag `*` and no known strings (docs/REPLY_STREAM.md, "Reply
/// runs"), if there are at least [`RUN_MIN`] of them and at least a quarter are strings longer
/// than [`JS_BUILDS_MAX`]: a run saves ~75 ns on each of those and loses ~20 on each shorter
/// one (a wave of SETs' `OK`s is not worth one). Values mostly do not recur, so the table of
/// known strings is not consulted.
///
/// At most `max` replies are taken; `longest` is as for [`RunState::write`].
pub(super) fn write_reply_run(
    bytes: &[u8],
    out: &mut Vec<u8>,
    max: u64,
    longest: usize,
) -> ReplyRun {
    let max = u32::try_from(max).unwrap_or(u32::MAX);
    if max == 0 {
        return ReplyRun::Short(0);
    }
    // Which replies could join, first: writing the JSON of replies that then turn out not to
    // be worth a run (a wave of SETs) would be work thrown away.
    let (mut end, mut replies, mut long) = (0, 0u32, 0u32);
    let mut element_tag = None;
    while let Ok(element) = read_element(bytes, end, longest) {
        if let Some(text) = element.text {
            let joins = *element_tag.get_or_insert(element.tag) == element.tag
                && (text.is_ascii() || std::str::from_utf8(text).is_ok());
            if !joins {
                break;
            }
            long += u32::from(text.len() > JS_BUILDS_MAX);
        }
        end = element.next;
        replies += 1;
        if replies == max {
            break;
        }
    }
    if u64::from(replies) < RUN_MIN || long < replies.div_ceil(4) {
        return ReplyRun::Short(replies);
    }
    let header = out.len();
    out.extend_from_slice(&[
        STRING_RUN,
        tag::ARRAY,
        element_tag.unwrap_or(tag::BLOB_STRING),
    ]);
    out.extend_from_slice(&replies.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.push(b'[');
    let mut pos = 0;
    for _ in 0..replies {
        // The same replies again, which `read_element` finds as before.
        let Ok(element) = read_element(bytes, pos, longest) else {
            break;
        };
        if pos > 0 {
            out.push(b',');
        }
        match element.text {
            None => out.extend_from_slice(b"null"),
            Some(text) => {
                let _valid_utf8_checked_above = write_json_string(text, out);
            }
        }
        pos = element.next;
    }
    out.push(b']');
    let Ok(text_length) = u32::try_from(out.len() - header - HEADER_LEN) else {
        out.truncate(header);
        return ReplyRun::Short(replies);
    };
    out[header + 7..header + HEADER_LEN].copy_from_slice(&text_length.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // no codes: no known strings
    ReplyRun::Written { replies, end }
}

/// Why [`read_element`] found no element.
enum Miss {
    /// It may be one but has not all arrived.
    Incomplete,
    /// Anything else (a malformed value is left for the full parser to report).
    No,
}

struct Element<'a> {
    tag: u8,
    /// `None` for a null.
    text: Option<&'a [u8]>,
    next: usize,
}

/// The longest element of a run for a parser whose bulk limit is `max_bulk_len`: a longer
/// element is left to the element-by-element parse, which refuses it — so that a string over
/// the limit is an error whether it is in a run or not.
pub(super) fn longest(max_bulk_len: usize) -> usize {
    ELEMENT_MAX.min(max_bulk_len)
}

/// A blob string or simple string of at most `longest` bytes (at most [`ELEMENT_MAX`]), or a
/// null, at `bytes[pos..]`, if it is there in full and well formed.
fn read_element(bytes: &[u8], pos: usize, longest: usize) -> Result<Element<'_>, Miss> {
    let Some(&type_byte) = bytes.get(pos) else {
        return Err(Miss::Incomplete);
    };
    if !matches!(type_byte, tag::NULL | tag::SIMPLE_STRING | tag::BLOB_STRING) {
        return Err(Miss::No);
    }
    let line_start = pos + 1;
    // The search for the CR stops where an element's line would be too long: a long line that
    // has not all arrived is not searched again and again from its start at every read (which
    // made parsing quadratic in its length), and what the parser would refuse before its CR
    // arrives (a line over the bulk limit, an endless length header) is not waited for here.
    let line_most = match type_byte {
        tag::SIMPLE_STRING => longest,
        // A length of at most ELEMENT_MAX, `-1`, or nothing (a null).
        _ => 3,
    };
    let window_end = bytes.len().min(line_start + line_most + 1);
    let Some(line_end) = find_cr(bytes, line_start, window_end) else {
        return Err(if window_end > line_start + line_most {
            Miss::No
        } else {
            Miss::Incomplete
        });
    };
    match bytes.get(line_end + 1) {
        None => return Err(Miss::Incomplete),
        Some(b'\n') => {}
        Some(_) => return Err(Miss::No),
    }
    let line = &bytes[line_start..line_end];
    let after_line = line_end + 2;
    let element = |tag, text| Element {
        tag,
        text,
        next: after_line,
    };
    match type_byte {
        tag::NULL if line.is_empty() => Ok(element(tag::NULL, None)),
        tag::SIMPLE_STRING => Ok(element(tag::SIMPLE_STRING, Some(line))),
        tag::BLOB_STRING if line == b"-1" => Ok(element(tag::NULL, None)),
        tag::BLOB_STRING => {
            let length = short_length(line)
                .filter(|&length| length <= longest)
                .ok_or(Miss::No)?;
            let end = after_line + length;
            match bytes.get(end..end + 2) {
                None => Err(Miss::Incomplete),
                Some(b"\r\n") => Ok(Element {
                    tag: tag::BLOB_STRING,
                    text: Some(&bytes[after_line..end]),
                    next: end + 2,
                }),
                Some(_) => Err(Miss::No),
            }
        }
        _ => Err(Miss::No),
    }
}

/// A decimal length of at most [`ELEMENT_MAX`].
fn short_length(digits: &[u8]) -> Option<usize> {
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let mut length = 0usize;
    for &digit in digits {
        if !digit.is_ascii_digit() {
            return None;
        }
        length = length * 10 + usize::from(digit - b'0');
    }
    (length <= ELEMENT_MAX).then_some(length)
}

/// Appends `text` as a JSON string; `None` if it is not valid UTF-8.
fn write_json_string(text: &[u8], out: &mut Vec<u8>) -> Option<()> {
    out.push(b'"');
    if is_plain_ascii(text) {
        out.extend_from_slice(text);
    } else {
        if !text.is_ascii() && std::str::from_utf8(text).is_err() {
            return None;
        }
        for &byte in text {
            match byte {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                0..=0x1f => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.extend_from_slice(b"\\u00");
                    out.push(HEX[usize::from(byte >> 4)]);
                    out.push(HEX[usize::from(byte & 0xf)]);
                }
                _ => out.push(byte),
            }
        }
    }
    out.push(b'"');
    Some(())
}

/// True if every byte is printable ASCII other than `"` and `\` (it goes into JSON as is).
/// Eight bytes at a time: this check is most of the cost of a run.
fn is_plain_ascii(text: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // A high bit in each byte of `v` that is zero (exact for the lowest; enough for "any").
    let zero_bytes = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    let mut chunks = text.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_ne_bytes(chunk.try_into().unwrap_or_default());
        let special = word & HIGHS // non-ASCII
            | word.wrapping_sub(ONES * 0x20) & !word & HIGHS // below 0x20
            | zero_bytes(word ^ (ONES * u64::from(b'"')))
            | zero_bytes(word ^ (ONES * u64::from(b'\\')));
        if special != 0 {
            return false;
        }
    }
    chunks
        .remainder()
        .iter()
        .all(|&byte| (0x20..0x80).contains(&byte) && byte != b'"' && byte != b'\\')
}

#[cfg(test)]
mod tests {
    use super::super::scan::counter;
    use super::*;

    fn run(wire: &[u8], values: u64) -> Option<(Vec<u8>, usize)> {
        let mut out = b"R".to_vec();
        let known = &mut KnownStrings::default();
        let mut run = RunState::start(tag::ARRAY, values as u32, values, 0, &mut out, 1, known);
        match run.write(wire, 0, &mut out, 1, known, ELEMENT_MAX) {
            Step::Written(end) => Some((out, end)),
            _ => None,
        }
    }

    /// The element tag and JSON text of a run seen for the first time (no known strings).
    fn text(out: &[u8]) -> (u8, &str) {
        let length = u32::from_le_bytes(out[8..12].try_into().unwrap()) as usize;
        assert_eq!(out.len(), 12 + length + 4);
        assert_eq!(out[12 + length..], [0; 4], "no codes");
        (out[3], std::str::from_utf8(&out[12..12 + length]).unwrap())
    }

    #[test]
    fn blob_strings_and_nulls() {
        let wire = b"$3\r\nabc\r\n$-1\r\n_\r\n$0\r\n\r\n$2\r\n\"\\\r\nrest";
        let (out, end) = run(wire, 5).unwrap();
        assert_eq!(&out[..4], b"RJ*$");
        assert_eq!(u32::from_le_bytes(out[4..8].try_into().unwrap()), 5);
        assert_eq!(text(&out), (b'$', r#"["abc",null,null,"","\"\\"]"#));
        assert_eq!(&wire[end..], b"rest");
    }

    #[test]
    fn simple_strings_control_characters_and_utf8() {
        let wire = "+OK\r\n+\u{e9}\t\u{1}\u{2603}\r\n".as_bytes();
        let (out, _) = run(wire, 2).unwrap();
        assert_eq!(text(&out), (b'+', "[\"OK\",\"\u{e9}\\t\\u0001\u{2603}\"]"));
    }

    #[test]
    fn plain_ascii_check_agrees_with_a_bytewise_one() {
        let bytewise = |text: &[u8]| {
            text.iter()
                .all(|&b| (0x20..0x80).contains(&b) && b != b'"' && b != b'\\')
        };
        for special in [0u8, 0x1f, b'"', b'\\', 0x7f, 0x80, 0xff, b' ', b'a'] {
            for position in 0..20 {
                let mut text = [b'x'; 20];
                text[position] = special;
                for length in [position + 1, 20] {
                    let text = &text[..length];
                    assert_eq!(is_plain_ascii(text), bytewise(text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn what_is_not_a_run_is_undone() {
        let cases: [&[u8]; 5] = [
            b"$3\r\nabc\r\n:1\r\n",           // a number
            b"$3\r\nabc\r\n+OK\r\n",          // mixed string types
            b"$2\r\n\xff\xfe\r\n$1\r\na\r\n", // invalid UTF-8
            b"$3\r\nabcd\r\n$1\r\na\r\n",     // wrong length
            b"$300\r\n",                      // too long for a run
        ];
        for wire in cases {
            let mut out = b"R".to_vec();
            let known = &mut KnownStrings::default();
            let mut run = RunState::start(tag::SET, 2, 2, 0, &mut out, 0, known);
            assert_eq!(
                run.write(wire, 0, &mut out, 0, known, ELEMENT_MAX),
                Step::No
            );
            assert_eq!(run.undo(&mut out, 0, known), 0);
            assert_eq!(out, [b'R', tag::SET, 2, 0, 0, 0]);
        }
    }

    #[test]
    fn an_element_line_is_searched_no_further_than_an_element_can_be_long() {
        // Searching to the end made a 16 MiB simple string in an aggregate of 16 or more
        // elements quadratic: searched again from its start at every read.
        let mut wire = b"+".to_vec();
        wire.resize(1 << 20, b'x');
        counter::take();
        assert!(matches!(read_element(&wire, 0, ELEMENT_MAX), Err(Miss::No)));
        assert!(counter::take() <= ELEMENT_MAX + 1);
        // Until that much has arrived, it may still be one.
        let partial = &wire[..ELEMENT_MAX + 1];
        assert!(matches!(
            read_element(partial, 0, ELEMENT_MAX),
            Err(Miss::Incomplete)
        ));
        let mut longest = partial.to_vec();
        longest.extend_from_slice(b"\r\n");
        assert!(read_element(&longest, 0, ELEMENT_MAX).is_ok());
        // Nor is one longer than the bulk limit, which the parser is to refuse.
        assert!(matches!(read_element(&longest, 0, 255), Err(Miss::No)));
        assert!(matches!(
            read_element(b"$3\r\nabc\r\n", 0, 2),
            Err(Miss::No)
        ));
        assert!(read_element(b"$2\r\nab\r\n", 0, 2).is_ok());
    }

    #[test]
    fn a_run_continues_where_its_input_ran_out() {
        let wire = b"$3\r\nabc\r\n$1\r\nx\r\n$2\r\nde\r\n_\r\nrest";
        let whole = run(wire, 4).unwrap();
        for cut in 0..=wire.len() {
            let mut out = b"R".to_vec();
            let known = &mut KnownStrings::default();
            let mut run = RunState::start(tag::ARRAY, 4, 4, 0, &mut out, 1, known);
            let mut pos = 0;
            for available in [cut, wire.len()] {
                match run.write(&wire[..available], pos, &mut out, 1, known, ELEMENT_MAX) {
                    Step::Incomplete(at) => pos = at,
                    Step::Written(end) => {
                        pos = end;
                        break;
                    }
                    Step::No => panic!("a run"),
                }
            }
            assert_eq!((out, pos), whole.clone());
        }
    }
}
