//! RESP2/RESP3: parsing server replies into the compact reply stream, reading that stream back,
//! and encoding commands.
//!
//! The compact value format is the contract with the JS decoder and is specified in
//! `docs/REPLY_STREAM.md` ("Values"): every value starts with its RESP type byte, strings are a
//! little-endian `u32` length and the bytes, aggregates a `u32` count and their elements.
//!
//! - [`Parser`] turns the bytes read from a socket into compact values, one complete top-level
//!   frame at a time, in time linear in the bytes received however they are split, and in
//!   memory bounded by a constant factor of them ([`Parser::room_to_reserve`] sizes the read
//!   buffer).
//! - [`ValueRef`] reads a compact value without copying (handshake replies, topology replies).
//! - [`encode_command`] writes a command as a RESP array of bulk strings.

mod command;
pub mod compact;
#[cfg(test)]
mod fuzz_tests;
mod known_strings;
#[cfg(test)]
mod limit_tests;
mod parser;
mod read_room;
mod scan;
mod string_run;
#[cfg(test)]
mod tests;

pub use command::encode_command;
pub use compact::{error_text, Items, ValueRef};
pub use parser::{
    parse_frame, Parser, DEFAULT_MAX_BULK_LEN, EXTERNAL_STRING, MAX_DEPTH, SHARE_MIN,
};
pub use read_room::{MIN_READ_ROOM, VALUE_ROOM_MIN};
pub use string_run::{ReplyRun, RUN_MIN, STRING_RUN};

use std::fmt;

/// RESP type bytes. They are also the tags of the compact values, and the keys of node-redis'
/// `RESP_TYPES` type mapping on the JS side.
pub mod tag {
    pub const BLOB_STRING: u8 = b'$';
    pub const SIMPLE_STRING: u8 = b'+';
    pub const SIMPLE_ERROR: u8 = b'-';
    pub const BLOB_ERROR: u8 = b'!';
    pub const NUMBER: u8 = b':';
    pub const DOUBLE: u8 = b',';
    pub const BIG_NUMBER: u8 = b'(';
    pub const VERBATIM_STRING: u8 = b'=';
    pub const BOOLEAN: u8 = b'#';
    pub const NULL: u8 = b'_';
    pub const ARRAY: u8 = b'*';
    pub const SET: u8 = b'~';
    pub const MAP: u8 = b'%';
    pub const PUSH: u8 = b'>';
    /// Only on the wire: attributes are parsed and dropped, never written to the compact stream.
    pub const ATTRIBUTE: u8 = b'|';
}

/// What a complete top-level frame was, so that the engine can route it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// Any reply that is not an error: it answers the oldest pending command.
    Reply,
    /// A RESP3 out-of-band push (`>`): pub/sub message, invalidation, subscribe confirmation.
    Push,
    /// A top-level simple (`-`) or blob (`!`) error: still the reply to the oldest pending
    /// command, but a failed handshake command when it answers one.
    Error,
}

/// The server sent bytes that are not RESP. The connection cannot be trusted any more.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProtocolError {
    message: String,
}

impl ProtocolError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        ProtocolError {
            message: message.into(),
        }
    }

    /// What was wrong, for the user (e.g. `Protocol error: unknown RESP type byte 0x3f '?'`).
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ProtocolError {}
