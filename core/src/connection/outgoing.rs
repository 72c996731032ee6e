//! Commands on their way to the server: the queue of batches never written, and the bytes being
//! written on the current connection. What a failure leaves of them is exact: a command with
//! at least one byte handed to the transport may have run and is not sent again; every command
//! after it goes out whole on the next connection, never a fragment.

use std::collections::VecDeque;

use bytes::Bytes;

use super::ledger::Plan;

/// Commands encoded in one JS tick: RESP arrays of bulk strings, how many, and the plans of
/// those that do not take one reply (index among the batch's commands, ascending). `first`:
/// the sequence number of its first command on the link (they number the commands JS submits,
/// from 0), the others following on; None once that no longer holds (the requeued rest of a
/// failed write): its commands can then no longer be cancelled.
#[derive(Debug, Clone)]
pub struct Batch {
    pub bytes: Bytes,
    pub commands: u32,
    pub plans: Vec<(u32, Plan)>,
    pub first: Option<u64>,
}

impl Batch {
    /// The batch without its `index`th command: what comes before it and what comes after, each
    /// numbered on (either may be empty). None if the bytes do not read as commands.
    fn without(&self, index: u32) -> Option<(Batch, Batch)> {
        let start = nth_command_start(&self.bytes, index)?;
        let end = command_end(&self.bytes, start)?;
        let first = self.first?;
        let before = Batch {
            bytes: self.bytes.slice(..start),
            commands: index,
            plans: self
                .plans
                .iter()
                .copied()
                .filter(|&(i, _)| i < index)
                .collect(),
            first: Some(first),
        };
        let after = Batch {
            bytes: self.bytes.slice(end..),
            commands: self.commands - index - 1,
            plans: self
                .plans
                .iter()
                .filter(|&&(i, _)| i > index)
                .map(|&(i, plan)| (i - index - 1, plan))
                .collect(),
            first: Some(first + u64::from(index) + 1),
        };
        Some((before, after))
    }
}

/// Batches being written on the current connection, as one buffer: `accepted` bytes of it went
/// to the transport. Their commands are in the ledger from the moment they are taken.
#[derive(Debug)]
pub struct Inflight {
    bytes: Bytes,
    accepted: usize,
    commands: u32,
    plans: Vec<(u32, Plan)>,
    /// The batch's numbering (see [`Batch::first`]): kept for what a failure requeues.
    first: Option<u64>,
    /// Commands accepted whole, and where the next one starts.
    whole: u32,
    next_start: usize,
}

impl Inflight {
    pub fn new(batch: Batch, accepted: usize) -> Self {
        let mut inflight = Inflight {
            bytes: batch.bytes,
            accepted: 0,
            commands: batch.commands,
            plans: batch.plans,
            first: batch.first,
            whole: 0,
            next_start: 0,
        };
        inflight.accepted(accepted);
        inflight
    }

    pub fn rest(&self) -> &[u8] {
        &self.bytes[self.accepted..]
    }

    /// `n` more bytes went to the transport; true once all have.
    pub fn accepted(&mut self, n: usize) -> bool {
        self.accepted = (self.accepted + n).min(self.bytes.len());
        // Counted as the bytes go, each command scanned once.
        while let Some(end) = command_end(&self.bytes, self.next_start) {
            if end > self.accepted {
                break;
            }
            self.whole += 1;
            self.next_start = end;
        }
        self.accepted == self.bytes.len()
    }

    /// Commands not accepted whole yet (whose replies cannot have begun).
    pub fn not_whole(&self) -> u32 {
        if self.accepted == self.bytes.len() {
            return 0;
        }
        self.commands.saturating_sub(self.whole)
    }

    /// The connection failed: the commands of which no byte was accepted, as a batch to send
    /// first on the next connection, keeping at most `at_most` of them (the last ones).
    pub fn unsent(&self, at_most: u64) -> Option<Batch> {
        let started = commands_started(&self.bytes, self.accepted);
        let at_most = u32::try_from(at_most).unwrap_or(u32::MAX);
        let unsent = self.commands.saturating_sub(started).min(at_most);
        if unsent == 0 {
            return None;
        }
        let mut first = self.commands - unsent;
        // A transaction whose first bytes went out does not go on on another connection: the
        // rest of it fails with this one (MULTI on the new connection would be missing).
        for &(index, plan) in &self.plans {
            if let Plan::Transaction(length) = plan {
                if index < first && first < index.saturating_add(length) {
                    first = index.saturating_add(length);
                }
            }
        }
        if first >= self.commands {
            return None;
        }
        let unsent = self.commands - first;
        let from = nth_command_start(&self.bytes, first)?;
        Some(Batch {
            bytes: self.bytes.slice(from..),
            commands: unsent,
            plans: self
                .plans
                .iter()
                .filter(|(index, _)| *index >= first)
                .map(|&(index, plan)| (index - first, plan))
                .collect(),
            // still numbered: a timeout or an abort can take these out while they wait again
            first: self.first.map(|number| number + u64::from(first)),
        })
    }
}

/// Batches never written, in submission order.
#[derive(Debug, Default)]
pub struct Outgoing {
    batches: VecDeque<Batch>,
    commands: u64,
}

impl Outgoing {
    pub fn is_empty(&self) -> bool {
        self.batches.is_empty()
    }

    /// Commands waiting in the queue.
    pub fn commands(&self) -> u64 {
        self.commands
    }

    pub fn push(&mut self, batch: Batch) {
        self.commands += u64::from(batch.commands);
        self.batches.push_back(batch);
    }

    /// A batch that must go before everything queued (the unsent rest of a failed connection).
    pub fn push_front(&mut self, batch: Batch) {
        self.commands += u64::from(batch.commands);
        self.batches.push_front(batch);
    }

    /// Every queued batch as one, to write together (one system call for a tick's worth of
    /// batches that queued up while a write was under way).
    pub fn take_all(&mut self) -> Option<Batch> {
        let first = self.batches.pop_front()?;
        self.commands = 0;
        if self.batches.is_empty() {
            return Some(first);
        }
        let size = first.bytes.len() + self.batches.iter().map(|b| b.bytes.len()).sum::<usize>();
        let mut bytes = Vec::with_capacity(size);
        let mut commands = 0u32;
        let mut plans = Vec::new();
        // One numbering for the whole only if the batches follow on (none cancelled from, none
        // put in front: `asap`); otherwise what a failure requeues of it can no longer be
        // cancelled.
        let mut next = first.first;
        let start = first.first;
        let mut contiguous = true;
        for batch in std::iter::once(first).chain(self.batches.drain(..)) {
            contiguous &= batch.first.is_some() && batch.first == next;
            next = batch.first.map(|number| number + u64::from(batch.commands));
            bytes.extend_from_slice(&batch.bytes);
            plans.extend(batch.plans.iter().map(|&(i, plan)| (i + commands, plan)));
            commands = commands.saturating_add(batch.commands);
        }
        Some(Batch {
            bytes: Bytes::from(bytes),
            commands,
            plans,
            first: if contiguous { start } else { None },
        })
    }

    /// Takes the command numbered `seq` out of the queue, if it is there (never written):
    /// true if so. Its reply will not be waited for; JS drops its own entry for it.
    pub fn cancel(&mut self, seq: u64) -> bool {
        let found = self.batches.iter().position(|batch| {
            batch
                .first
                .is_some_and(|first| seq >= first && seq - first < u64::from(batch.commands))
        });
        let Some(at) = found else {
            return false;
        };
        let batch = &self.batches[at];
        let index = u32::try_from(seq - batch.first.unwrap_or(seq)).unwrap_or(u32::MAX);
        let Some((before, after)) = batch.without(index) else {
            return false;
        };
        self.batches.remove(at);
        for (offset, part) in [before, after]
            .into_iter()
            .filter(|part| part.commands > 0)
            .enumerate()
        {
            self.batches.insert(at + offset, part);
        }
        self.commands -= 1;
        true
    }

    /// Empties the queue; returns how many commands it held.
    pub fn clear(&mut self) -> u64 {
        self.batches.clear();
        std::mem::take(&mut self.commands)
    }
}

/// How many commands of `bytes` (whole RESP arrays of bulk strings, as JS encodes them) start
/// before `offset`. Bytes that do not read as such commands count as started: a command is
/// never sent twice.
fn commands_started(bytes: &[u8], offset: usize) -> u32 {
    let mut pos = 0;
    let mut started = 0u32;
    while pos < bytes.len() && pos < offset {
        match command_end(bytes, pos) {
            Some(end) => {
                started += 1;
                pos = end;
            }
            None => return u32::MAX,
        }
    }
    started
}

/// Where the `n`th command (from 0) of `bytes` starts.
fn nth_command_start(bytes: &[u8], n: u32) -> Option<usize> {
    let mut pos = 0;
    for _ in 0..n {
        pos = command_end(bytes, pos)?;
    }
    Some(pos)
}

/// The end of the command at `pos`: `*<n>\r\n` then n times `$<len>\r\n<bytes>\r\n`.
fn command_end(bytes: &[u8], pos: usize) -> Option<usize> {
    let (arguments, mut pos) = header(bytes, pos, b'*')?;
    for _ in 0..arguments {
        let (length, start) = header(bytes, pos, b'$')?;
        pos = start.checked_add(length)?.checked_add(2)?;
        if pos > bytes.len() {
            return None;
        }
    }
    Some(pos)
}

fn header(bytes: &[u8], pos: usize, marker: u8) -> Option<(usize, usize)> {
    if bytes.get(pos) != Some(&marker) {
        return None;
    }
    let mut value = 0usize;
    let mut at = pos + 1;
    loop {
        match *bytes.get(at)? {
            digit @ b'0'..=b'9' => {
                value = value
                    .checked_mul(10)?
                    .checked_add(usize::from(digit - b'0'))?
            }
            b'\r' => return (bytes.get(at + 1) == Some(&b'\n')).then_some((value, at + 2)),
            _ => return None,
        }
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::connection::ledger::Family;

    fn encode(commands: &[&[&str]]) -> Bytes {
        let mut out = Vec::new();
        for args in commands {
            out.extend_from_slice(format!("*{}\r\n", args.len()).as_bytes());
            for arg in *args {
                out.extend_from_slice(format!("${}\r\n{arg}\r\n", arg.len()).as_bytes());
            }
        }
        Bytes::from(out)
    }

    fn batch(commands: &[&[&str]], plans: Vec<(u32, Plan)>) -> Batch {
        Batch {
            bytes: encode(commands),
            commands: commands.len() as u32,
            plans,
            first: None,
        }
    }

    fn numbered(commands: &[&[&str]], plans: Vec<(u32, Plan)>, first: u64) -> Batch {
        Batch {
            first: Some(first),
            ..batch(commands, plans)
        }
    }

    #[test]
    fn a_cancelled_command_leaves_the_queue_and_the_others_keep_their_numbers() {
        let mut outgoing = Outgoing::default();
        outgoing.push(numbered(
            &[&["GET", "a"], &["MONITOR"], &["GET", "c"]],
            vec![(1, Plan::Monitor)],
            10,
        ));
        outgoing.push(numbered(&[&["GET", "d"]], vec![], 13));
        assert!(!outgoing.cancel(9) && !outgoing.cancel(14));
        assert!(outgoing.cancel(11)); // MONITOR, with its plan
        assert!(!outgoing.cancel(11));
        assert!(outgoing.cancel(13));
        assert!(outgoing.cancel(10));
        assert_eq!(outgoing.commands(), 1);
        let rest = outgoing.take_all().expect("GET c");
        assert_eq!(
            (rest.commands, rest.bytes, rest.plans),
            (1, encode(&[&["GET", "c"]]), vec![])
        );
        assert!(!outgoing.cancel(12));
    }

    #[test]
    fn every_position_of_every_batch_can_be_cancelled() {
        let commands: &[&[&str]] = &[
            &["GET", "a"],
            &["SUBSCRIBE", "x", "y"],
            &["SET", "k", "v"],
            &["PING"],
        ];
        let plan = Plan::Subscribe(Family::Channel, 2);
        for cancelled in 0..4u32 {
            let mut outgoing = Outgoing::default();
            outgoing.push(numbered(commands, vec![(1, plan)], 0));
            assert!(outgoing.cancel(u64::from(cancelled)));
            let left: Vec<&[&str]> = (0..4)
                .filter(|&i| i != cancelled)
                .map(|i| commands[i as usize])
                .collect();
            let all = outgoing.take_all().expect("the others");
            assert_eq!((all.commands, all.bytes), (3, encode(&left)));
            let expected_plans = match cancelled {
                0 => vec![(0, plan)],
                1 => vec![],
                _ => vec![(1, plan)],
            };
            assert_eq!(all.plans, expected_plans, "{cancelled}");
        }
    }

    #[test]
    fn a_requeued_rest_keeps_its_numbers_and_can_be_cancelled() {
        let commands: &[&[&str]] = &[&["GET", "a"], &["GET", "b"], &["GET", "c"]];
        let second = encode(&commands[..1]).len();
        let mut outgoing = Outgoing::default();
        // the first command went out whole, the rest never did
        let inflight = Inflight::new(numbered(commands, vec![], 7), second);
        outgoing.push_front(inflight.unsent(u64::MAX).expect("two"));
        assert!(!outgoing.cancel(7));
        assert!(outgoing.cancel(9));
        assert!(outgoing.cancel(8));
        assert_eq!(outgoing.commands(), 0);
    }

    #[test]
    fn batches_merged_out_of_order_lose_their_numbering() {
        let mut outgoing = Outgoing::default();
        outgoing.push(numbered(&[&["GET", "a"]], vec![], 0));
        outgoing.push(numbered(&[&["GET", "b"]], vec![], 1));
        assert_eq!(outgoing.take_all().expect("both").first, Some(0));
        outgoing.push(numbered(&[&["GET", "c"]], vec![], 2));
        outgoing.push_front(numbered(&[&["GET", "asap"]], vec![], 3));
        assert_eq!(outgoing.take_all().expect("both").first, None);
    }

    #[test]
    fn a_failure_requeues_exactly_the_commands_with_no_byte_accepted() {
        let commands: &[&[&str]] = &[&["GET", "a"], &["SUBSCRIBE", "x", "y"], &["GET", "bb"]];
        let whole = encode(commands);
        let second_start = encode(&commands[..1]).len();
        let third_start = encode(&commands[..2]).len();
        let plan = Plan::Subscribe(Family::Channel, 2);
        for accepted in 0..=whole.len() {
            let inflight = Inflight::new(batch(commands, vec![(1, plan)]), accepted);
            let unsent = inflight.unsent(u64::MAX);
            let expected_first = match accepted {
                0 => 0,
                n if n <= second_start => 1,
                n if n <= third_start => 2,
                _ => 3,
            };
            match unsent {
                None => assert_eq!(expected_first, 3, "{accepted}"),
                Some(rest) => {
                    assert_eq!(rest.commands, 3 - expected_first, "{accepted}");
                    assert_eq!(rest.bytes, encode(&commands[expected_first as usize..]));
                    let plans: Vec<_> = rest.plans.clone();
                    if expected_first <= 1 {
                        assert_eq!(plans, vec![(1 - expected_first, plan)]);
                    } else {
                        assert!(plans.is_empty());
                    }
                }
            }
        }
    }

    #[test]
    fn a_transaction_begun_is_not_continued_on_the_next_connection() {
        let commands: &[&[&str]] = &[
            &["MULTI"],
            &["INCR", "a"],
            &["SET", "b", "x"],
            &["EXEC"],
            &["GET", "c"],
        ];
        let plan = (0, Plan::Transaction(4));
        let whole = encode(commands);
        let get_start = encode(&commands[..4]).len();
        for accepted in 0..=whole.len() {
            let inflight = Inflight::new(batch(commands, vec![plan]), accepted);
            let rest = inflight.unsent(u64::MAX);
            match accepted {
                // nothing of the transaction went out: all of it goes again, with its plan
                0 => assert_eq!(rest.map(|b| (b.commands, b.plans)), Some((5, vec![plan]))),
                // it began: only what follows it goes again
                n if n <= get_start => assert_eq!(
                    rest.map(|b| (b.commands, b.bytes)),
                    Some((1, encode(&commands[4..]))),
                    "{n}"
                ),
                n if n < whole.len() => assert!(rest.is_none(), "{n}"),
                _ => assert!(rest.is_none()),
            }
        }
    }

    #[test]
    fn requeues_no_more_than_were_left_unanswered() {
        let inflight = Inflight::new(
            batch(&[&["GET", "a"], &["GET", "b"], &["GET", "c"]], vec![]),
            0,
        );
        let rest = inflight.unsent(1).expect("one left");
        assert_eq!((rest.commands, rest.bytes), (1, encode(&[&["GET", "c"]])));
        assert!(inflight.unsent(0).is_none());
    }

    #[test]
    fn bytes_that_are_not_commands_count_as_sent() {
        let inflight = Inflight::new(
            Batch {
                bytes: Bytes::from_static(b"*1\r\n$3\r\nGET"),
                commands: 2,
                plans: vec![],
                first: None,
            },
            1,
        );
        assert!(inflight.unsent(u64::MAX).is_none());
    }

    #[test]
    fn queued_batches_are_taken_together_with_their_plans_renumbered() {
        let mut outgoing = Outgoing::default();
        outgoing.push(batch(
            &[&["GET", "a"], &["MONITOR"]],
            vec![(1, Plan::Monitor)],
        ));
        outgoing.push(batch(&[&["RESET"]], vec![(0, Plan::Reset)]));
        outgoing.push_front(batch(&[&["GET", "z"]], vec![]));
        assert_eq!(outgoing.commands(), 4);
        let all = outgoing.take_all().expect("batches");
        assert_eq!(all.commands, 4);
        assert_eq!(all.plans, vec![(2, Plan::Monitor), (3, Plan::Reset)]);
        assert_eq!(
            all.bytes,
            encode(&[&["GET", "z"], &["GET", "a"], &["MONITOR"], &["RESET"]])
        );
        assert!(outgoing.is_empty() && outgoing.commands() == 0);
    }

    #[test]
    fn commands_count_as_written_whole_as_their_last_byte_goes() {
        let commands: &[&[&str]] = &[&["GET", "a"], &["SET", "k", "v"], &["PING"]];
        let ends: Vec<usize> = (1..=3).map(|n| encode(&commands[..n]).len()).collect();
        let mut inflight = Inflight::new(batch(commands, vec![]), 0);
        assert_eq!(inflight.not_whole(), 3);
        let mut accepted = 0;
        while accepted < ends[2] {
            inflight.accepted(1);
            accepted += 1;
            let whole = ends.iter().filter(|&&end| end <= accepted).count() as u32;
            assert_eq!(inflight.not_whole(), 3 - whole, "{accepted}");
        }
    }
}
