//! What the commands written on one connection are waiting for, oldest first, and the modes of
//! that connection that decide whether a frame from the server answers a command or is a push.
//!
//! Almost every command takes exactly one reply, and a run of those costs one counter. The few
//! that do not say so when they are submitted ([`Plan`], from the command table on the JS side):
//! a (P|S)SUBSCRIBE or (P|S)UNSUBSCRIBE is confirmed once per channel, MONITOR turns the
//! connection into a feed of monitor lines, RESET ends both, HELLO changes the protocol.
//!
//! A frame is a reply to the oldest command, or a push (out-of-band data: a RESP3 push, a
//! message or a monitor line), or — a reply with no command waiting for it — a protocol error:
//! the connection can no longer be trusted to pair replies with commands. A command waits from
//! the moment its first byte is handed to the socket (a failure then rejects it: it may have
//! run), but only a command written whole can be answered: a reply that began to arrive while
//! no such command was waiting answers nothing.

use std::collections::VecDeque;

use crate::resp::{tag, FrameKind};

/// Which (un)subscribe family a command belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Channel,
    Pattern,
    Shard,
}

/// What a command that does not take exactly one reply expects (see the module doc).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// (P|S)SUBSCRIBE of this many channels (at least 1).
    Subscribe(Family, u32),
    /// (P|S)UNSUBSCRIBE of this many channels; 0: of every channel of the family.
    Unsubscribe(Family, u32),
    Monitor,
    Reset,
    /// HELLO with this protocol version.
    Hello(u32),
    /// MULTI, the first of this many commands that end with EXEC: one reply each, like plain
    /// commands, but a transaction begun on a connection never goes on on another (see
    /// `Inflight::unsent`).
    Transaction(u32),
}

impl Plan {
    /// The plan JS encodes as `(code, argument)` (lib/protocol/plan.js); `None` for a code it
    /// does not define.
    pub fn decode(code: u32, argument: u32) -> Option<Plan> {
        let family = |family, subscribe| {
            if subscribe {
                // SUBSCRIBE with no channel is a wrong number of arguments: one error reply.
                (argument > 0).then_some(Plan::Subscribe(family, argument))
            } else {
                Some(Plan::Unsubscribe(family, argument))
            }
        };
        match code {
            1 => family(Family::Channel, true),
            2 => family(Family::Pattern, true),
            3 => family(Family::Shard, true),
            4 => family(Family::Channel, false),
            5 => family(Family::Pattern, false),
            6 => family(Family::Shard, false),
            7 => Some(Plan::Monitor),
            8 => Some(Plan::Reset),
            9 => Some(Plan::Hello(argument)),
            10 => (argument >= 2).then_some(Plan::Transaction(argument)),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Entry {
    /// This many commands that each take one reply.
    Plain(u64),
    /// Confirmations still to come for a (un)subscribe; `None`: as many as the connection has
    /// channels of the family when the command's turn comes (UNSUBSCRIBE with no channel).
    Confirm {
        family: Family,
        subscribe: bool,
        remaining: Option<u32>,
    },
    Monitor,
    Reset,
    Hello(u32),
}

/// Where a frame goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The reply to the oldest command waiting: it is answered.
    Reply,
    /// Not an answer: a push, a message, a monitor line, or a confirmation no command waited
    /// for (a shard channel the server dropped).
    Push,
    /// A confirmation that is a step of the oldest command, not its last: nothing for JS.
    Absorbed,
}

/// A frame that answers nothing while no push can be one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unexpected;

#[derive(Debug)]
pub struct Ledger {
    entries: VecDeque<Entry>,
    /// Commands waiting (a `Plain(n)` counts n).
    waiting: u64,
    /// Of those, the newest ones not written whole yet: they cannot be answered.
    unwritten: u64,
    /// The frame arriving in parts began while no command could be answered.
    orphan: bool,
    resp3: bool,
    /// Subscriptions as the server last counted them: channels, patterns, shard channels.
    channels: u32,
    patterns: u32,
    shards: u32,
    monitor: bool,
}

impl Ledger {
    pub fn new(resp3: bool) -> Self {
        Ledger {
            entries: VecDeque::new(),
            waiting: 0,
            unwritten: 0,
            orphan: false,
            resp3,
            channels: 0,
            patterns: 0,
            shards: 0,
            monitor: false,
        }
    }

    /// Commands written (whole or in part) and not answered yet.
    pub fn waiting(&self) -> u64 {
        self.waiting
    }

    /// The newest `commands` waiting are not written whole yet.
    pub fn set_unwritten(&mut self, commands: u64) {
        self.unwritten = commands.min(self.waiting);
    }

    /// Commands written whole and not answered: what a reply can answer.
    fn answerable(&self) -> u64 {
        self.waiting - self.unwritten
    }

    /// A frame began to arrive and is not complete: if no command can be answered now, it is
    /// a reply to nothing (unless it is a push, whose first byte says so).
    pub fn frame_begins(&mut self, first_byte: Option<u8>) {
        self.orphan = self.answerable() == 0 && first_byte != Some(tag::PUSH);
    }

    /// `commands` more were written, in order; `plans` says which of them (by index among
    /// them, ascending) do not take one reply.
    pub fn expect(&mut self, commands: u32, plans: &[(u32, Plan)]) {
        let mut plain_from = 0;
        for &(index, plan) in plans {
            if index >= commands {
                break;
            }
            if let Plan::Transaction(_) = plan {
                continue; // its commands take one reply each
            }
            self.push_plain(u64::from(index - plain_from));
            self.entries.push_back(match plan {
                Plan::Subscribe(family, channels) => Entry::Confirm {
                    family,
                    subscribe: true,
                    remaining: Some(channels),
                },
                Plan::Unsubscribe(family, channels) => Entry::Confirm {
                    family,
                    subscribe: false,
                    remaining: (channels > 0).then_some(channels),
                },
                Plan::Monitor => Entry::Monitor,
                Plan::Reset => Entry::Reset,
                Plan::Hello(version) => Entry::Hello(version),
                Plan::Transaction(_) => unreachable!("skipped above"),
            });
            self.waiting += 1;
            plain_from = index + 1;
        }
        self.push_plain(u64::from(commands.saturating_sub(plain_from)));
    }

    fn push_plain(&mut self, commands: u64) {
        if commands == 0 {
            return;
        }
        self.waiting += commands;
        if let Some(Entry::Plain(n)) = self.entries.back_mut() {
            *n += commands;
        } else {
            self.entries.push_back(Entry::Plain(commands));
        }
    }

    /// How many of the oldest commands take one plain reply each while no frame can be a
    /// push but a RESP3 push: then that many replies may be taken without looking at them.
    pub fn plain_ahead(&self) -> u64 {
        if self.monitor || (!self.resp3 && self.subscribed()) {
            return 0;
        }
        match self.entries.front() {
            Some(Entry::Plain(n)) => (*n).min(self.answerable()),
            _ => 0,
        }
    }

    /// `replies` plain replies arrived (at most [`Ledger::plain_ahead`]).
    pub fn answer_plain(&mut self, replies: u64) {
        if let Some(Entry::Plain(n)) = self.entries.front_mut() {
            let taken = replies.min(*n);
            *n -= taken;
            self.waiting -= taken;
            if *n == 0 {
                self.entries.pop_front();
            }
        }
    }

    fn subscribed(&self) -> bool {
        self.channels > 0 || self.patterns > 0 || self.shards > 0
    }

    /// Routes one complete top-level frame, given its kind and its compact value (the reply
    /// stream's form; strings of [`crate::resp::SHARE_MIN`] bytes or more have only their
    /// header there).
    pub fn route(&mut self, kind: FrameKind, value: &[u8]) -> Result<Route, Unexpected> {
        // Out-of-band frames may begin any time; anything else that began while nothing could
        // be answered answers nothing.
        let orphan = std::mem::take(&mut self.orphan);
        if kind == FrameKind::Push {
            return Ok(self.route_push(value, orphan));
        }
        if kind == FrameKind::Reply {
            // In RESP2 a subscribed connection's messages, and a monitor's lines, look like
            // replies.
            if !self.resp3 && self.subscribed() {
                match Frame::of(value) {
                    Frame::Message => return Ok(Route::Push),
                    Frame::Confirmation(confirmation) => {
                        return Ok(self.confirm(confirmation, orphan))
                    }
                    Frame::Other => {}
                }
            }
            if self.monitor && is_monitor_line(value) {
                return Ok(Route::Push);
            }
        }
        if orphan || self.answerable() == 0 {
            return Err(Unexpected);
        }
        let Some(head) = self.entries.front_mut() else {
            return Err(Unexpected);
        };
        let error = kind == FrameKind::Error;
        match *head {
            Entry::Plain(ref mut n) => {
                *n -= 1;
                if *n > 0 {
                    self.waiting -= 1;
                    return Ok(Route::Reply);
                }
            }
            // Confirmations come as `Frame::Confirmation` (RESP2) or pushes (RESP3): anything
            // else (an error: ACL, wrong arguments) answers the whole command.
            Entry::Confirm { .. } if !error => {
                return match Frame::of(value) {
                    Frame::Confirmation(confirmation) => Ok(self.confirm(confirmation, false)),
                    _ => Err(Unexpected),
                };
            }
            Entry::Confirm { .. } => {}
            Entry::Monitor => self.monitor |= !error,
            Entry::Reset if !error => {
                (self.channels, self.patterns, self.shards) = (0, 0, 0);
                self.monitor = false;
                self.resp3 = false;
            }
            Entry::Reset => {}
            Entry::Hello(version) => self.resp3 = if error { self.resp3 } else { version == 3 },
        }
        self.entries.pop_front();
        self.waiting -= 1;
        Ok(Route::Reply)
    }

    fn route_push(&mut self, value: &[u8], orphan: bool) -> Route {
        match Frame::of(value) {
            Frame::Confirmation(confirmation) => self.confirm(confirmation, orphan),
            _ => Route::Push,
        }
    }

    /// A (un)subscribe confirmation: the server's count of the family's subscriptions, and
    /// one step of the oldest command if it is a (un)subscribe of that family (written whole
    /// before the confirmation began). Otherwise it came on the server's own initiative (a
    /// shard channel moved away): a push.
    fn confirm(&mut self, confirmation: Confirmation, orphan: bool) -> Route {
        let count = confirmation.count;
        match confirmation.family {
            // The count of channel and pattern confirmations covers both.
            Family::Channel => self.channels = count.saturating_sub(self.patterns),
            Family::Pattern => self.patterns = count.saturating_sub(self.channels),
            Family::Shard => self.shards = count,
        }
        let all_of_family = match confirmation.family {
            Family::Channel => self.channels,
            Family::Pattern => self.patterns,
            Family::Shard => self.shards,
        };
        if orphan || self.answerable() == 0 {
            return Route::Push;
        }
        let Some(Entry::Confirm {
            family,
            subscribe,
            remaining,
        }) = self.entries.front_mut()
        else {
            return Route::Push;
        };
        if *family != confirmation.family || *subscribe != confirmation.subscribe {
            return Route::Push;
        }
        // Unsubscribing from all: one confirmation per channel it had before this one (the
        // server confirms once, with no channel, when there was none).
        let left = remaining.get_or_insert(all_of_family + 1);
        *left = left.saturating_sub(1);
        if *left > 0 {
            return Route::Absorbed;
        }
        self.entries.pop_front();
        self.waiting -= 1;
        Route::Reply
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Confirmation {
    family: Family,
    subscribe: bool,
    count: u32,
}

/// What a top-level array or push is to the pub/sub machinery.
enum Frame {
    Message,
    Confirmation(Confirmation),
    Other,
}

impl Frame {
    fn of(value: &[u8]) -> Frame {
        let Some((&aggregate, rest)) = value.split_first() else {
            return Frame::Other;
        };
        if aggregate != tag::ARRAY && aggregate != tag::PUSH {
            return Frame::Other;
        }
        let Some((count, items)) = read_u32(rest) else {
            return Frame::Other;
        };
        let Some((word, after_word)) = short_string(items) else {
            return Frame::Other;
        };
        let (family, subscribe) = match word {
            b"message" | b"pmessage" | b"smessage" if (3..=4).contains(&count) => {
                return Frame::Message
            }
            b"subscribe" => (Family::Channel, true),
            b"psubscribe" => (Family::Pattern, true),
            b"ssubscribe" => (Family::Shard, true),
            b"unsubscribe" => (Family::Channel, false),
            b"punsubscribe" => (Family::Pattern, false),
            b"sunsubscribe" => (Family::Shard, false),
            _ => return Frame::Other,
        };
        if count != 3 {
            return Frame::Other;
        }
        let Some(after_name) = skip_name(after_word) else {
            return Frame::Other;
        };
        match integer(after_name) {
            Some(count) => Frame::Confirmation(Confirmation {
                family,
                subscribe,
                count,
            }),
            None => Frame::Other,
        }
    }
}

/// A monitor line: `+1339518083.107412 [0 127.0.0.1:60866] "keys" "*"`. No status reply looks
/// like one.
fn is_monitor_line(value: &[u8]) -> bool {
    let Some(text) = simple_string(value) else {
        return false;
    };
    let digits = |bytes: &[u8]| bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let seconds = digits(text);
    if seconds == 0 || text.get(seconds) != Some(&b'.') {
        return false;
    }
    let rest = &text[seconds + 1..];
    let micros = digits(rest);
    micros > 0 && rest[micros..].starts_with(b" [")
}

fn read_u32(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let (head, rest) = bytes.split_first_chunk::<4>()?;
    Some((u32::from_le_bytes(*head), rest))
}

/// A blob or simple string short enough to be inline in the compact value, and what follows.
fn short_string(value: &[u8]) -> Option<(&[u8], &[u8])> {
    let (&tag_byte, rest) = value.split_first()?;
    if tag_byte != tag::BLOB_STRING && tag_byte != tag::SIMPLE_STRING {
        return None;
    }
    let (length, rest) = read_u32(rest)?;
    let length = usize::try_from(length).ok()?;
    (length < 64 && rest.len() >= length).then(|| rest.split_at(length))
}

fn simple_string(value: &[u8]) -> Option<&[u8]> {
    let (&tag_byte, rest) = value.split_first()?;
    if tag_byte != tag::SIMPLE_STRING {
        return None;
    }
    let (length, rest) = read_u32(rest)?;
    rest.get(..usize::try_from(length).ok()?)
}

/// Skips the channel name of a confirmation: a string (whose payload is not inline from
/// [`crate::resp::SHARE_MIN`] bytes on) or a null.
fn skip_name(value: &[u8]) -> Option<&[u8]> {
    let (&tag_byte, rest) = value.split_first()?;
    match tag_byte {
        tag::NULL => Some(rest),
        tag::BLOB_STRING | tag::SIMPLE_STRING => {
            let (length, rest) = read_u32(rest)?;
            let length = usize::try_from(length).ok()?;
            if length >= crate::resp::SHARE_MIN {
                Some(rest)
            } else {
                rest.get(length..)
            }
        }
        crate::resp::EXTERNAL_STRING => Some(rest.get(4..)?),
        _ => None,
    }
}

fn integer(value: &[u8]) -> Option<u32> {
    let (&tag_byte, rest) = value.split_first()?;
    if tag_byte != tag::NUMBER {
        return None;
    }
    let (length, rest) = read_u32(rest)?;
    let digits = rest.get(..usize::try_from(length).ok()?)?;
    std::str::from_utf8(digits).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resp::compact::{write_aggregate_header, write_null, write_string};

    fn string(text: &str) -> Vec<u8> {
        let mut out = Vec::new();
        write_string(&mut out, tag::BLOB_STRING, text.as_bytes());
        out
    }

    fn status(text: &str) -> Vec<u8> {
        let mut out = Vec::new();
        write_string(&mut out, tag::SIMPLE_STRING, text.as_bytes());
        out
    }

    fn aggregate(tag_byte: u8, items: &[Vec<u8>]) -> Vec<u8> {
        let mut out = Vec::new();
        write_aggregate_header(&mut out, tag_byte, items.len() as u32);
        items.iter().for_each(|item| out.extend_from_slice(item));
        out
    }

    fn number(n: u32) -> Vec<u8> {
        let mut out = Vec::new();
        write_string(&mut out, tag::NUMBER, n.to_string().as_bytes());
        out
    }

    fn confirmation(tag_byte: u8, word: &str, channel: Option<&str>, count: u32) -> Vec<u8> {
        let name = match channel {
            Some(channel) => string(channel),
            None => {
                let mut out = Vec::new();
                write_null(&mut out);
                out
            }
        };
        aggregate(tag_byte, &[string(word), name, number(count)])
    }

    fn message(tag_byte: u8) -> Vec<u8> {
        aggregate(tag_byte, &[string("message"), string("ch"), string("hi")])
    }

    const REPLY: FrameKind = FrameKind::Reply;
    const PUSH: FrameKind = FrameKind::Push;
    const ERROR: FrameKind = FrameKind::Error;

    #[test]
    fn plain_commands_take_one_reply_each_and_nothing_more() {
        let mut ledger = Ledger::new(false);
        ledger.expect(3, &[]);
        ledger.expect(2, &[]);
        assert_eq!((ledger.waiting(), ledger.plain_ahead()), (5, 5));
        ledger.answer_plain(2);
        assert_eq!(ledger.route(REPLY, &status("OK")), Ok(Route::Reply));
        assert_eq!(ledger.route(ERROR, &status("ERR x")), Ok(Route::Reply));
        assert_eq!(ledger.route(PUSH, &message(tag::PUSH)), Ok(Route::Push));
        assert_eq!(ledger.route(REPLY, &status("OK")), Ok(Route::Reply));
        assert_eq!(ledger.waiting(), 0);
        assert_eq!(ledger.route(REPLY, &status("OK")), Err(Unexpected));
    }

    #[test]
    fn resp2_subscription_routes_messages_as_pushes_until_the_last_unsubscribe() {
        let mut ledger = Ledger::new(false);
        ledger.expect(3, &[(1, Plan::Subscribe(Family::Channel, 2))]);
        assert_eq!(ledger.plain_ahead(), 1);
        assert_eq!(ledger.route(REPLY, &status("OK")), Ok(Route::Reply));
        let first = confirmation(tag::ARRAY, "subscribe", Some("a"), 1);
        assert_eq!(ledger.route(REPLY, &first), Ok(Route::Absorbed));
        // A message can come between the confirmations.
        assert_eq!(ledger.route(REPLY, &message(tag::ARRAY)), Ok(Route::Push));
        assert_eq!(ledger.plain_ahead(), 0);
        let second = confirmation(tag::ARRAY, "subscribe", Some("b"), 2);
        assert_eq!(ledger.route(REPLY, &second), Ok(Route::Reply));
        // PING while subscribed: its reply is an array too.
        let pong = aggregate(tag::ARRAY, &[string("pong"), string("")]);
        assert_eq!(ledger.route(REPLY, &pong), Ok(Route::Reply));
        assert_eq!(ledger.route(REPLY, &message(tag::ARRAY)), Ok(Route::Push));
        ledger.expect(1, &[(0, Plan::Unsubscribe(Family::Channel, 0))]);
        let gone_a = confirmation(tag::ARRAY, "unsubscribe", Some("a"), 1);
        let gone_b = confirmation(tag::ARRAY, "unsubscribe", Some("b"), 0);
        assert_eq!(ledger.route(REPLY, &gone_a), Ok(Route::Absorbed));
        assert_eq!(ledger.route(REPLY, &gone_b), Ok(Route::Reply));
        // Not subscribed any more: an array that starts with "message" is a plain reply.
        ledger.expect(1, &[]);
        assert_eq!(ledger.plain_ahead(), 1);
        assert_eq!(ledger.route(REPLY, &message(tag::ARRAY)), Ok(Route::Reply));
        assert_eq!(ledger.waiting(), 0);
    }

    #[test]
    fn unsubscribing_from_all_counts_channels_apart_from_patterns() {
        let mut ledger = Ledger::new(false);
        ledger.expect(
            2,
            &[
                (0, Plan::Subscribe(Family::Channel, 2)),
                (1, Plan::Subscribe(Family::Pattern, 1)),
            ],
        );
        for (word, name, count) in [
            ("subscribe", "a", 1),
            ("subscribe", "b", 2),
            ("psubscribe", "p*", 3),
        ] {
            ledger
                .route(REPLY, &confirmation(tag::ARRAY, word, Some(name), count))
                .unwrap();
        }
        assert_eq!(ledger.waiting(), 0);
        // UNSUBSCRIBE with no channel: two confirmations, the last still counting the pattern.
        ledger.expect(1, &[(0, Plan::Unsubscribe(Family::Channel, 0))]);
        let gone = |name, count| confirmation(tag::ARRAY, "unsubscribe", Some(name), count);
        assert_eq!(ledger.route(REPLY, &gone("a", 2)), Ok(Route::Absorbed));
        assert_eq!(ledger.route(REPLY, &gone("b", 1)), Ok(Route::Reply));
        // Still subscribed to the pattern.
        assert_eq!(ledger.route(REPLY, &message(tag::ARRAY)), Ok(Route::Push));
        // PUNSUBSCRIBE of all, then UNSUBSCRIBE of all with nothing left: one confirmation each.
        ledger.expect(
            2,
            &[
                (0, Plan::Unsubscribe(Family::Pattern, 0)),
                (1, Plan::Unsubscribe(Family::Channel, 0)),
            ],
        );
        let last = confirmation(tag::ARRAY, "punsubscribe", Some("p*"), 0);
        assert_eq!(ledger.route(REPLY, &last), Ok(Route::Reply));
        let none = confirmation(tag::ARRAY, "unsubscribe", None, 0);
        assert_eq!(ledger.route(REPLY, &none), Ok(Route::Reply));
        assert_eq!(ledger.waiting(), 0);
        ledger.expect(1, &[]);
        assert_eq!(ledger.plain_ahead(), 1);
    }

    #[test]
    fn resp3_confirmations_are_pushes_that_answer_their_command() {
        let mut ledger = Ledger::new(true);
        ledger.expect(2, &[(0, Plan::Subscribe(Family::Shard, 1))]);
        assert_eq!(ledger.route(PUSH, &message(tag::PUSH)), Ok(Route::Push));
        let confirmed = confirmation(tag::PUSH, "ssubscribe", Some("s"), 1);
        assert_eq!(ledger.route(PUSH, &confirmed), Ok(Route::Reply));
        // RESP3 replies to other commands are never pushes, even while subscribed.
        assert_eq!(ledger.plain_ahead(), 1);
        assert_eq!(ledger.route(REPLY, &message(tag::ARRAY)), Ok(Route::Reply));
        // The server unsubscribes on its own (the slot moved): a push, nothing answered.
        let moved = confirmation(tag::PUSH, "sunsubscribe", Some("s"), 0);
        assert_eq!(ledger.route(PUSH, &moved), Ok(Route::Push));
        assert_eq!(ledger.route(REPLY, &status("OK")), Err(Unexpected));
    }

    #[test]
    fn an_error_answers_a_subscribe_whole() {
        let mut ledger = Ledger::new(false);
        ledger.expect(2, &[(0, Plan::Subscribe(Family::Channel, 3))]);
        assert_eq!(ledger.route(ERROR, &status("NOPERM")), Ok(Route::Reply));
        assert_eq!(ledger.plain_ahead(), 1);
        // Anything but a confirmation or an error is no answer to a subscribe.
        ledger.expect(1, &[(0, Plan::Subscribe(Family::Channel, 1))]);
        assert_eq!(ledger.route(REPLY, &status("OK")), Ok(Route::Reply));
        assert_eq!(ledger.route(REPLY, &status("OK")), Err(Unexpected));
    }

    #[test]
    fn monitor_lines_are_pushes_until_reset() {
        let mut ledger = Ledger::new(false);
        ledger.expect(1, &[(0, Plan::Monitor)]);
        assert_eq!(ledger.route(REPLY, &status("OK")), Ok(Route::Reply));
        let line = status("1339518083.107412 [0 127.0.0.1:60866] \"keys\" \"*\"");
        assert_eq!(ledger.route(REPLY, &line), Ok(Route::Push));
        assert_eq!(ledger.plain_ahead(), 0);
        ledger.expect(2, &[(1, Plan::Reset)]);
        assert_eq!(ledger.route(REPLY, &status("PONG")), Ok(Route::Reply));
        assert_eq!(ledger.route(REPLY, &line), Ok(Route::Push));
        assert_eq!(ledger.route(REPLY, &status("RESET")), Ok(Route::Reply));
        assert_eq!(ledger.route(REPLY, &line), Err(Unexpected));
    }

    #[test]
    fn a_failed_monitor_or_hello_changes_nothing() {
        let mut ledger = Ledger::new(false);
        ledger.expect(2, &[(0, Plan::Monitor), (1, Plan::Hello(3))]);
        assert_eq!(ledger.route(ERROR, &status("NOPERM")), Ok(Route::Reply));
        assert_eq!(ledger.route(ERROR, &status("NOPROTO")), Ok(Route::Reply));
        assert!(!ledger.monitor && !ledger.resp3);
        ledger.expect(1, &[(0, Plan::Hello(3))]);
        assert_eq!(
            ledger.route(REPLY, &aggregate(tag::MAP, &[])),
            Ok(Route::Reply)
        );
        assert!(ledger.resp3);
    }

    #[test]
    fn commands_not_written_whole_cannot_be_answered() {
        let mut ledger = Ledger::new(false);
        ledger.expect(3, &[]);
        ledger.set_unwritten(1);
        assert_eq!(ledger.plain_ahead(), 2);
        assert_eq!(ledger.route(REPLY, &status("OK")), Ok(Route::Reply));
        assert_eq!(ledger.route(REPLY, &status("OK")), Ok(Route::Reply));
        assert_eq!(ledger.plain_ahead(), 0);
        assert_eq!(ledger.route(REPLY, &status("OK")), Err(Unexpected));
        ledger.set_unwritten(0);
        assert_eq!(ledger.route(REPLY, &status("OK")), Ok(Route::Reply));
    }

    #[test]
    fn a_frame_that_began_when_nothing_could_be_answered_answers_nothing() {
        let mut ledger = Ledger::new(false);
        ledger.frame_begins(Some(b'+'));
        // A command is written while the frame arrives: the frame is still no reply to it.
        ledger.expect(1, &[]);
        assert_eq!(ledger.route(REPLY, &status("OK")), Err(Unexpected));
        // A push may begin any time.
        let mut ledger = Ledger::new(true);
        ledger.frame_begins(Some(b'>'));
        ledger.expect(1, &[]);
        assert_eq!(ledger.route(PUSH, &message(tag::PUSH)), Ok(Route::Push));
        assert_eq!(ledger.route(REPLY, &status("OK")), Ok(Route::Reply));
    }

    #[test]
    fn plans_decode_from_js_codes() {
        assert_eq!(
            Plan::decode(1, 2),
            Some(Plan::Subscribe(Family::Channel, 2))
        );
        assert_eq!(Plan::decode(1, 0), None);
        assert_eq!(
            Plan::decode(6, 0),
            Some(Plan::Unsubscribe(Family::Shard, 0))
        );
        assert_eq!(Plan::decode(9, 3), Some(Plan::Hello(3)));
        assert_eq!(Plan::decode(0, 0), None);
        assert_eq!(Plan::decode(10, 0), None);
    }

    #[test]
    fn long_channel_names_are_skipped_by_their_header() {
        let mut value = Vec::new();
        write_aggregate_header(&mut value, tag::PUSH, 3);
        value.extend_from_slice(&string("subscribe"));
        // A name of SHARE_MIN bytes: only its header is inline, its payload is spliced later.
        value.push(tag::BLOB_STRING);
        value.extend_from_slice(&(crate::resp::SHARE_MIN as u32).to_le_bytes());
        value.extend_from_slice(&number(1));
        let mut ledger = Ledger::new(true);
        ledger.expect(1, &[(0, Plan::Subscribe(Family::Channel, 1))]);
        assert_eq!(ledger.route(PUSH, &value), Ok(Route::Reply));
    }
}
