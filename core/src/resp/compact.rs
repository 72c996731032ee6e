//! The compact value format of the reply stream (docs/REPLY_STREAM.md, "Values"): writing it,
//! and reading it back without copying for the replies the engine itself looks at.

use super::tag;

/// Appends a string-like value: its tag, `u32` little-endian length, then the bytes.
pub fn write_string(out: &mut Vec<u8>, tag: u8, bytes: &[u8]) {
    out.reserve(5 + bytes.len());
    write_string_header(out, tag, bytes.len());
    out.extend_from_slice(bytes);
}

/// Appends a string-like value's tag and length; its bytes must follow.
pub fn write_string_header(out: &mut Vec<u8>, tag: u8, length: usize) {
    debug_assert!(length <= u32::MAX as usize);
    out.push(tag);
    out.extend_from_slice(&(length as u32).to_le_bytes());
}

/// Appends the header of an aggregate; `count` is in pairs for a map. Its elements follow.
pub fn write_aggregate_header(out: &mut Vec<u8>, tag: u8, count: u32) {
    out.push(tag);
    out.extend_from_slice(&count.to_le_bytes());
}

pub fn write_boolean(out: &mut Vec<u8>, value: bool) {
    out.extend_from_slice(&[tag::BOOLEAN, u8::from(value)]);
}

pub fn write_null(out: &mut Vec<u8>) {
    out.push(tag::NULL);
}

/// A compact value, borrowed from the buffer it was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueRef<'a> {
    BlobString(&'a [u8]),
    SimpleString(&'a [u8]),
    SimpleError(&'a [u8]),
    BlobError(&'a [u8]),
    /// ASCII digits as sent, e.g. `-42`.
    Number(&'a [u8]),
    /// As sent: `1.5`, `inf`, `-inf`, `nan`.
    Double(&'a [u8]),
    /// ASCII digits as sent.
    BigNumber(&'a [u8]),
    /// The 3-letter format, `:`, then the text, as sent.
    VerbatimString(&'a [u8]),
    Boolean(bool),
    Null,
    Array(Items<'a>),
    Set(Items<'a>),
    /// Yields key, value, key, value...
    Map(Items<'a>),
    Push(Items<'a>),
}

impl<'a> ValueRef<'a> {
    /// Reads the value at the start of `bytes`; returns it and the bytes after it. `None` if
    /// the bytes are not a whole, well-formed compact value.
    pub fn read(bytes: &'a [u8]) -> Option<(ValueRef<'a>, &'a [u8])> {
        let (&tag_byte, rest) = bytes.split_first()?;
        let value = match tag_byte {
            tag::BOOLEAN => {
                let (&value, rest) = rest.split_first()?;
                return Some((ValueRef::Boolean(value != 0), rest));
            }
            tag::NULL => return Some((ValueRef::Null, rest)),
            tag::ARRAY | tag::SET | tag::MAP | tag::PUSH => {
                let (count, _) = read_u32(rest)?;
                let values = match tag_byte {
                    tag::MAP => count as usize * 2,
                    _ => count as usize,
                };
                let end = skip_value(bytes)?;
                let items = Items {
                    remaining: values,
                    bytes: &bytes[5..end],
                };
                let value = match tag_byte {
                    tag::ARRAY => ValueRef::Array(items),
                    tag::SET => ValueRef::Set(items),
                    tag::MAP => ValueRef::Map(items),
                    _ => ValueRef::Push(items),
                };
                return Some((value, &bytes[end..]));
            }
            _ => tag_byte,
        };
        let (length, rest) = read_u32(rest)?;
        let length = length as usize;
        if rest.len() < length {
            return None;
        }
        let (payload, rest) = rest.split_at(length);
        let value = match value {
            tag::BLOB_STRING => ValueRef::BlobString(payload),
            tag::SIMPLE_STRING => ValueRef::SimpleString(payload),
            tag::SIMPLE_ERROR => ValueRef::SimpleError(payload),
            tag::BLOB_ERROR => ValueRef::BlobError(payload),
            tag::NUMBER => ValueRef::Number(payload),
            tag::DOUBLE => ValueRef::Double(payload),
            tag::BIG_NUMBER => ValueRef::BigNumber(payload),
            tag::VERBATIM_STRING => ValueRef::VerbatimString(payload),
            _ => return None,
        };
        Some((value, rest))
    }

    /// The bytes of a string-like value (for a verbatim string: without its `txt:` prefix).
    pub fn as_bytes(&self) -> Option<&'a [u8]> {
        match *self {
            ValueRef::BlobString(bytes)
            | ValueRef::SimpleString(bytes)
            | ValueRef::SimpleError(bytes)
            | ValueRef::BlobError(bytes)
            | ValueRef::Number(bytes)
            | ValueRef::Double(bytes)
            | ValueRef::BigNumber(bytes) => Some(bytes),
            ValueRef::VerbatimString(bytes) => bytes.get(4..),
            _ => None,
        }
    }

    /// A number reply (or a string holding one, as RESP2 sends some) as an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            ValueRef::Number(_) | ValueRef::BlobString(_) | ValueRef::SimpleString(_) => {
                std::str::from_utf8(self.as_bytes()?).ok()?.parse().ok()
            }
            _ => None,
        }
    }

    /// The elements of an aggregate (for a map: keys and values alternately).
    pub fn items(&self) -> Option<Items<'a>> {
        match *self {
            ValueRef::Array(items)
            | ValueRef::Set(items)
            | ValueRef::Map(items)
            | ValueRef::Push(items) => Some(items),
            _ => None,
        }
    }

    pub fn is_error(&self) -> bool {
        matches!(self, ValueRef::SimpleError(_) | ValueRef::BlobError(_))
    }
}

/// The elements of a compact aggregate, read lazily.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Items<'a> {
    remaining: usize,
    bytes: &'a [u8],
}

impl<'a> Items<'a> {
    /// Elements not yet read (for a map, keys and values both count).
    pub fn len(&self) -> usize {
        self.remaining
    }

    pub fn is_empty(&self) -> bool {
        self.remaining == 0
    }
}

impl<'a> Iterator for Items<'a> {
    type Item = ValueRef<'a>;

    fn next(&mut self) -> Option<ValueRef<'a>> {
        if self.remaining == 0 {
            return None;
        }
        let Some((value, rest)) = ValueRef::read(self.bytes) else {
            self.remaining = 0;
            return None;
        };
        self.remaining -= 1;
        self.bytes = rest;
        Some(value)
    }
}

/// The text of a top-level error reply in compact form (`-`/`!` value), e.g. for a handshake
/// command the server refused: `WRONGPASS invalid username-password pair...`.
pub fn error_text(value: &[u8]) -> Option<&[u8]> {
    match ValueRef::read(value)? {
        (ValueRef::SimpleError(text) | ValueRef::BlobError(text), _) => Some(text),
        _ => None,
    }
}

fn read_u32(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let (head, rest) = bytes.split_first_chunk::<4>()?;
    Some((u32::from_le_bytes(*head), rest))
}

/// The length of the compact value at the start of `bytes`, nested elements included.
fn skip_value(bytes: &[u8]) -> Option<usize> {
    let mut pos = 0usize;
    let mut values_left: u64 = 1;
    while values_left > 0 {
        values_left -= 1;
        let tag_byte = *bytes.get(pos)?;
        pos += 1;
        match tag_byte {
            tag::BOOLEAN => pos += 1,
            tag::NULL => {}
            tag::ARRAY | tag::SET | tag::MAP | tag::PUSH => {
                let (count, _) = read_u32(bytes.get(pos..)?)?;
                pos += 4;
                values_left += match tag_byte {
                    tag::MAP => u64::from(count) * 2,
                    _ => u64::from(count),
                };
            }
            tag::BLOB_STRING
            | tag::SIMPLE_STRING
            | tag::SIMPLE_ERROR
            | tag::BLOB_ERROR
            | tag::NUMBER
            | tag::DOUBLE
            | tag::BIG_NUMBER
            | tag::VERBATIM_STRING => {
                let (length, _) = read_u32(bytes.get(pos..)?)?;
                pos = pos.checked_add(4 + length as usize)?;
            }
            _ => return None,
        }
    }
    (pos <= bytes.len()).then_some(pos)
}
