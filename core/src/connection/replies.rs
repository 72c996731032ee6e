//! Turns what a connection received into records for JS (docs/REPLY_STREAM.md), each frame
//! routed by the ledger: `R` answers the oldest command waiting, `M` the oldest n, `P` answers
//! none. A reply with no command waiting for it is a protocol error.

use bytes::BytesMut;

use super::ledger::{Ledger, Route};
use crate::error::{ConnectionError, FailureKind};
use crate::records::Records;
use crate::resp::{self, FrameKind, Parser, ReplyRun, RUN_MIN};

/// Appends a record for every complete frame at the front of `buffer` to `records`. On error
/// the records of the frames before the bad one are kept, and the connection must be dropped.
pub(crate) fn parse_into(
    parser: &mut Parser,
    buffer: &mut BytesMut,
    records: &mut Records,
    ledger: &mut Ledger,
) -> Result<(), ConnectionError> {
    // Replies ahead that are not worth a run: parsed one by one before looking for one again.
    let mut single = 0;
    // The frame at the front began to arrive before this call.
    let mut continued = parser.needed_len().is_some();
    loop {
        let start = records.inline_mut().len();
        if single == 0 {
            let plain = ledger.plain_ahead();
            if plain >= RUN_MIN {
                records.inline_mut().push(b'M');
                match parser.parse_reply_run(buffer, records.inline_mut(), plain) {
                    ReplyRun::Written { replies, .. } => {
                        ledger.answer_plain(u64::from(replies));
                        continue;
                    }
                    ReplyRun::Short(count) => {
                        records.truncate(start);
                        single = count.max(1);
                    }
                }
            } else {
                single = u32::MAX;
            }
        }
        single -= 1;
        records.inline_mut().push(b'R');
        let kind = match parser.parse_frame_for_js(buffer, records) {
            Ok(Some(kind)) => kind,
            Ok(None) => {
                records.truncate(start);
                if !continued && !buffer.is_empty() {
                    ledger.frame_begins(buffer.first().copied());
                }
                return Ok(());
            }
            Err(error) => {
                records.truncate(start);
                return Err(protocol_error(&error));
            }
        };
        let began_before = std::mem::take(&mut continued);
        // Most frames are plain replies to plain commands: no need to look at them.
        let route = if kind != FrameKind::Push && ledger.plain_ahead() > 0 && !began_before {
            ledger.answer_plain(1);
            Ok(Route::Reply)
        } else {
            ledger.route(kind, &records.inline_mut()[start + 1..])
        };
        match route {
            Ok(Route::Reply) => {}
            Ok(Route::Push) => records.inline_mut()[start] = b'P',
            Ok(Route::Absorbed) => records.truncate(start),
            Err(_) => {
                records.truncate(start);
                return Err(ConnectionError::new(
                    FailureKind::Protocol,
                    "EPROTO",
                    "Protocol error: the server sent a reply when no command was waiting for one",
                ));
            }
        }
    }
}

pub(crate) fn protocol_error(error: &resp::ProtocolError) -> ConnectionError {
    ConnectionError::new(FailureKind::Protocol, "EPROTO", error.message())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connection::ledger::{Family, Plan};
    use crate::resp::compact::ValueRef;

    /// The records' replies, one line each: `M` elements as their JSON text, `R` and `P` as
    /// their values (prefixed with `P` for pushes); and how many `M` records there were.
    fn replies_of(records: &[u8]) -> (Vec<String>, usize) {
        let (mut lines, mut runs, mut rest) = (Vec::new(), 0, records);
        while let Some((&record, after)) = rest.split_first() {
            if record == b'M' {
                let length = u32::from_le_bytes(after[7..11].try_into().unwrap()) as usize;
                let json = std::str::from_utf8(&after[12..10 + length]).unwrap();
                lines.extend(json.split(',').map(|item| item.replace("null", "Null")));
                runs += 1;
                rest = &after[11 + length + 4..];
            } else {
                let (value, next) = ValueRef::read(after).expect("a value");
                let prefix = if record == b'P' { "P" } else { "" };
                lines.push(match value {
                    ValueRef::BlobString(text) | ValueRef::SimpleString(text) => {
                        format!("{prefix}\"{}\"", std::str::from_utf8(text).unwrap())
                    }
                    ValueRef::Null => format!("{prefix}Null"),
                    other => format!("{prefix}{other:?}"),
                });
                rest = next;
            }
        }
        (lines, runs)
    }

    fn parse(
        wire: &[u8],
        chunk: usize,
        ledger: &mut Ledger,
    ) -> (Result<(), ConnectionError>, Vec<u8>) {
        let (mut parser, mut buffer, mut records) =
            (Parser::new(), BytesMut::new(), Records::new());
        for piece in wire.chunks(chunk) {
            buffer.extend_from_slice(piece);
            if let Err(error) = parse_into(&mut parser, &mut buffer, &mut records, ledger) {
                return (Err(error), records.to_vec());
            }
        }
        assert!(buffer.is_empty());
        (Ok(()), records.to_vec())
    }

    #[test]
    fn replies_come_as_runs_where_sixteen_short_strings_are_together() {
        let bulk = |i: usize| format!("$16\r\nvalue-of-key-{:03}\r\n", i % 10);
        let mut wire = String::new();
        (0..20).for_each(|i| wire += &bulk(i));
        wire += ":1\r\n+OK\r\n>2\r\n$1\r\na\r\n:1\r\n";
        (0..3).for_each(|i| wire += &bulk(i));
        wire += "$-1\r\n";
        (0..16).for_each(|i| wire += &bulk(i));
        let wire = wire.as_bytes();
        let whole = {
            let mut ledger = Ledger::new(false);
            ledger.expect(42, &[]);
            let (result, records) = parse(wire, wire.len(), &mut ledger);
            assert!(result.is_ok());
            assert_eq!(ledger.waiting(), 0);
            replies_of(&records)
        };
        let (lines, runs) = &whole;
        // 20 GETs; a number, a status, a push, 3 GETs and a null: one by one; 16 GETs.
        assert_eq!((*runs, lines.len()), (2, 43));
        assert_eq!(lines[20..22], ["Number([49])", "\"OK\""]);
        assert!(lines[22].starts_with("PPush("));
        assert_eq!(lines[26], "Null");
        // However the replies are split into reads, they read the same.
        for chunk in 1..wire.len() {
            let mut ledger = Ledger::new(false);
            ledger.expect(42, &[]);
            let (result, records) = parse(wire, chunk, &mut ledger);
            assert!(result.is_ok());
            assert_eq!(replies_of(&records).0, whole.0, "{chunk}");
        }
    }

    #[test]
    fn a_run_never_takes_more_replies_than_plain_commands_wait() {
        let wire = "$16\r\nvalue-of-key-000\r\n".repeat(40);
        let mut ledger = Ledger::new(false);
        ledger.expect(20, &[]);
        ledger.expect(1, &[(0, Plan::Subscribe(Family::Channel, 1))]);
        ledger.expect(19, &[]);
        let (result, records) = parse(wire.as_bytes(), wire.len(), &mut ledger);
        // The 21st reply is no confirmation: the subscribe cannot take it.
        assert!(result.is_err());
        let (lines, runs) = replies_of(&records);
        assert_eq!((lines.len(), runs), (20, 1));
    }

    #[test]
    fn a_reply_nobody_waits_for_is_a_protocol_error_after_the_expected_ones() {
        let mut ledger = Ledger::new(false);
        ledger.expect(1, &[]);
        let (result, records) = parse(b"+OK\r\n+EXTRA\r\n", 100, &mut ledger);
        let error = result.expect_err("unexpected reply");
        assert_eq!(error.kind, FailureKind::Protocol);
        assert!(
            error.message.contains("no command was waiting"),
            "{}",
            error.message
        );
        assert_eq!(replies_of(&records).0, ["\"OK\""]);
    }

    #[test]
    fn resp2_messages_after_subscribe_are_pushes() {
        let mut ledger = Ledger::new(false);
        ledger.expect(1, &[(0, Plan::Subscribe(Family::Channel, 1))]);
        let wire = b"*3\r\n$9\r\nsubscribe\r\n$2\r\nch\r\n:1\r\n*3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$1\r\nx\r\n";
        for chunk in 1..wire.len() {
            let mut ledger = Ledger::new(false);
            ledger.expect(1, &[(0, Plan::Subscribe(Family::Channel, 1))]);
            let (result, records) = parse(wire, chunk, &mut ledger);
            assert!(result.is_ok());
            let (lines, _) = replies_of(&records);
            assert_eq!(lines.len(), 2);
            assert!(
                lines[0].starts_with("Array(") && lines[1].starts_with("PArray("),
                "{lines:?}"
            );
        }
        let (result, _) = parse(wire, wire.len(), &mut ledger);
        assert!(result.is_ok());
        assert_eq!(ledger.waiting(), 0);
    }
}
