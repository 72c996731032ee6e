//! The link's state machine driven without a server, deterministically: a scripted socket
//! whose writes go to a simulated server (it answers `ECHO id` with `id`, and can take part of
//! a write, refuse it, fail, or close), reads delivered in pieces of any size, failures and
//! reconnections at any point, and a model of the JS side that reads the records as
//! lib/client.js does. Every interleaving of a few steps is tried, then long random runs.
//!
//! What must hold, whatever happens:
//! - a reply always reaches its own command;
//! - a command is rejected by a failure only if at least one of its bytes went to that
//!   connection, and exactly those commands are (in order);
//! - a command rejected as offline never reached a server;
//! - every server sees whole commands from its first byte (nothing of one connection is
//!   written on another), and no command runs twice;
//! - once connections stay up, every command is settled exactly once.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::io;
use std::rc::Rc;

use bytes::BytesMut;

use super::link::{Driver, Link, Phase, Reader};
use super::socket::Io;
use crate::config::Handshake;
use crate::error::ConnectionError;
use crate::records::Records;
use crate::resp::{compact::ValueRef, Parser};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WriteMode {
    All,
    Upto(usize),
    Block,
    Error,
}

/// One simulated connection: what the server received, ran and has to send.
#[derive(Default)]
struct Server {
    input: Vec<u8>,
    parsed: usize,
    executed: Vec<u64>,
    output: VecDeque<u8>,
    /// Replies sent (taken by the client's reads), counted in commands.
    closed: bool,
}

impl Server {
    /// Runs every complete command received.
    fn run(&mut self) {
        while let Some((id, end)) = decode_echo(&self.input[self.parsed..]) {
            self.parsed += end;
            self.executed.push(id);
            let text = id_text(id);
            self.output
                .extend(format!("${}\r\n{}\r\n", text.len(), text).bytes());
        }
    }

    /// Whether the input is whole commands followed by at most the start of one.
    fn well_formed(&self) -> bool {
        let rest = &self.input[self.parsed..];
        rest.is_empty() || (rest[0] == b'*' && decode_echo(rest).is_none())
    }

    /// The input ends with part of a command.
    fn partial_tail(&self) -> bool {
        self.parsed < self.input.len()
    }
}

struct FakeSocket {
    server: Rc<RefCell<Server>>,
    write_mode: Rc<Cell<WriteMode>>,
    read_size: Rc<Cell<usize>>,
}

impl Io for FakeSocket {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut server = self.server.borrow_mut();
        if server.closed {
            return Err(io::ErrorKind::BrokenPipe.into());
        }
        let taken = match self.write_mode.get() {
            WriteMode::All => bytes.len(),
            WriteMode::Upto(n) => n.min(bytes.len()),
            WriteMode::Block => return Err(io::ErrorKind::WouldBlock.into()),
            WriteMode::Error => return Err(io::ErrorKind::ConnectionReset.into()),
        };
        server.input.extend_from_slice(&bytes[..taken]);
        server.run();
        Ok(taken)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn wants_write(&self) -> bool {
        false
    }

    fn read(&mut self, buffer: &mut BytesMut, budget: usize) -> io::Result<usize> {
        let mut server = self.server.borrow_mut();
        if server.output.is_empty() {
            return if server.closed {
                Ok(0)
            } else {
                Err(io::ErrorKind::WouldBlock.into())
            };
        }
        let n = self.read_size.get().min(budget).min(server.output.len());
        buffer.extend(server.output.drain(..n));
        Ok(n)
    }

    fn shutdown(&mut self) {
        self.server.borrow_mut().closed = true;
    }
}

fn id_text(id: u64) -> String {
    format!("command-{id:08}")
}

fn echo(id: u64) -> Vec<u8> {
    let text = id_text(id);
    format!("*2\r\n$4\r\nECHO\r\n${}\r\n{}\r\n", text.len(), text).into_bytes()
}

/// `ECHO id` at the start of `bytes`: the id and the command's length.
fn decode_echo(bytes: &[u8]) -> Option<(u64, usize)> {
    let prefix = b"*2\r\n$4\r\nECHO\r\n$16\r\ncommand-";
    if bytes.len() < prefix.len() + 10 || !bytes.starts_with(prefix) {
        return None;
    }
    let digits = &bytes[prefix.len()..prefix.len() + 8];
    let id = std::str::from_utf8(digits).ok()?.parse().ok()?;
    (&bytes[prefix.len() + 8..prefix.len() + 10] == b"\r\n").then_some((id, prefix.len() + 10))
}

/// What JS does with the records (lib/client.js), checking them as it goes.
#[derive(Default)]
struct Js {
    /// Commands submitted and not settled, oldest first.
    pending: VecDeque<u64>,
    settled: HashMap<u64, Settled>,
    /// Replies taken on the current connection.
    answered: usize,
    ready: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Settled {
    Reply,
    Failed,
    Offline,
}

impl Js {
    fn settle(&mut self, id: u64, how: Settled) {
        let previous = self.settled.insert(id, how);
        assert_eq!(previous, None, "command {id} settled twice");
    }

    fn reply(&mut self, text: &[u8]) {
        let id = self.pending.pop_front().expect("a reply with no command");
        assert_eq!(
            text,
            id_text(id).as_bytes(),
            "a reply reached the wrong command"
        );
        self.settle(id, Settled::Reply);
        self.answered += 1;
    }

    /// Reads one drain's records; returns the failures' rejected ids, per failure.
    fn process(&mut self, stream: &[u8]) -> Vec<Vec<u64>> {
        let mut failures = Vec::new();
        let mut rest = stream;
        while let Some((&tag, after)) = rest.split_first() {
            rest = match tag {
                b'C' => {
                    self.answered = 0;
                    after
                }
                b'Y' => {
                    self.ready = true;
                    after
                }
                b'R' => {
                    let (value, next) = ValueRef::read(after).expect("a reply value");
                    self.reply(value.as_bytes().expect("a string reply"));
                    next
                }
                b'M' => {
                    let replies = u32_at(after, 3);
                    let length = u32_at(after, 7) as usize;
                    let json = &after[11..11 + length];
                    let texts: Vec<&[u8]> = json[1..json.len() - 1]
                        .split(|&b| b == b',')
                        .map(|item| &item[1..item.len() - 1])
                        .collect();
                    assert_eq!(texts.len(), replies as usize);
                    texts.iter().for_each(|text| self.reply(text));
                    assert_eq!(
                        u32_at(after, 11 + length),
                        0,
                        "replies have no known strings"
                    );
                    &after[11 + length + 4..]
                }
                b'F' => {
                    let code = u32_at(after, 1) as usize;
                    let message = u32_at(after, 5 + code) as usize;
                    let at = 9 + code + message;
                    let rejected = u32_at(after, at);
                    let ids: Vec<u64> = (0..rejected)
                        .map(|_| {
                            self.pending
                                .pop_front()
                                .expect("a rejection with no command")
                        })
                        .collect();
                    ids.iter().for_each(|&id| self.settle(id, Settled::Failed));
                    failures.push(ids);
                    self.ready = false;
                    &after[at + 4..]
                }
                b'O' => {
                    for _ in 0..u32_at(after, 0) {
                        let id = self
                            .pending
                            .pop_front()
                            .expect("an offline rejection with no command");
                        self.settle(id, Settled::Offline);
                    }
                    &after[4..]
                }
                other => panic!("unknown record {:?}", other as char),
            };
        }
        failures
    }
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

#[derive(Clone, Copy, Debug)]
enum Op {
    /// JS submits this many new commands in one batch.
    Submit(u64),
    /// The socket has room: the owner writes, the socket taking as scripted.
    Write(WriteMode),
    /// The socket is readable: the owner reads this many bytes at most.
    Read(usize),
    /// The server closes the connection.
    Kill,
    /// The engine gives up on the connection (a socket timeout, say).
    Fail,
    /// JS takes the records.
    Drain,
    /// After a failure: JS retries and the engine connects and makes the connection ready.
    Reconnect,
    /// The write mode for writes made by `submit` (the JS thread writes at once).
    SubmitWrites(WriteMode),
}

struct Harness {
    link: Link<FakeSocket>,
    driver: Driver,
    js: Js,
    next_id: u64,
    /// Every connection's server, by epoch.
    servers: Vec<(u64, Rc<RefCell<Server>>)>,
    write_mode: Rc<Cell<WriteMode>>,
    read_size: Rc<Cell<usize>>,
    /// Per epoch: replies JS took on it when it failed, to check the rejections.
    offline_queue: bool,
}

impl Harness {
    fn new(driver: Driver, offline_queue: bool) -> Self {
        let mut harness = Harness {
            link: Link::new(offline_queue, false, Handshake::default()),
            driver,
            js: Js::default(),
            next_id: 0,
            servers: Vec::new(),
            write_mode: Rc::new(Cell::new(WriteMode::All)),
            read_size: Rc::new(Cell::new(usize::MAX)),
            offline_queue,
        };
        harness.open();
        harness
    }

    fn open(&mut self) {
        let epoch = self.link.epoch();
        let server = Rc::new(RefCell::new(Server::default()));
        self.servers.push((epoch, server.clone()));
        let socket = FakeSocket {
            server,
            write_mode: self.write_mode.clone(),
            read_size: self.read_size.clone(),
        };
        self.link.connected(epoch);
        let reader = Reader {
            parser: Parser::new(),
            buffer: BytesMut::new(),
        };
        let mode = self.write_mode.replace(WriteMode::All);
        assert!(self.link.ready(epoch, socket, reader, self.driver));
        self.write_mode.set(mode);
    }

    fn server(&self, epoch: u64) -> Rc<RefCell<Server>> {
        self.servers
            .iter()
            .find(|(e, _)| *e == epoch)
            .expect("server")
            .1
            .clone()
    }

    fn apply(&mut self, op: Op) {
        let epoch = self.link.epoch();
        match op {
            Op::Submit(n) => {
                let mut bytes = Vec::new();
                for _ in 0..n {
                    bytes.extend_from_slice(&echo(self.next_id));
                    self.js.pending.push_back(self.next_id);
                    self.next_id += 1;
                }
                let engine_work = self.link.submit(&bytes, n as u32, &[]);
                if engine_work {
                    assert_eq!(self.link.phase(), Phase::Ready(Driver::Engine));
                }
            }
            Op::SubmitWrites(mode) => self.write_mode.set(mode),
            Op::Write(mode) => {
                let previous = self.write_mode.replace(mode);
                self.link.write(epoch);
                self.write_mode.set(previous);
            }
            Op::Read(size) => {
                self.read_size.set(size);
                self.link.read(epoch);
            }
            Op::Kill => self.server(epoch).borrow_mut().closed = true,
            Op::Fail => self
                .link
                .fail(epoch, ConnectionError::closed_unexpectedly()),
            Op::Drain => self.drain(),
            Op::Reconnect => {
                if self.link.phase() == Phase::Down {
                    self.drain();
                    assert!(self.link.retry());
                    self.open();
                }
            }
        }
        let (epoch, server) = self.servers.last().expect("a server");
        assert!(
            server.borrow().well_formed(),
            "epoch {epoch} received a fragment"
        );
    }

    fn drain(&mut self) {
        let mut records = Records::new();
        self.link.take_records(&mut records);
        let failed_epoch = self.js_epoch();
        let failures = self.js.process(&records.to_vec());
        for rejected in failures {
            self.check_rejected(failed_epoch, &rejected);
        }
    }

    /// The epoch whose replies JS is reading: the last one that was opened before the drain
    /// (a drain never spans two failures: each failure needs a reconnect, which drains first).
    fn js_epoch(&self) -> u64 {
        self.servers.last().expect("a server").0
    }

    /// The commands a failure rejected are exactly those that reached its server (whole or in
    /// part) and whose replies JS did not take, in order.
    fn check_rejected(&mut self, epoch: u64, rejected: &[u64]) {
        let server = self.server(epoch);
        let server = server.borrow();
        let mut expected: Vec<u64> =
            server.executed[self.js.answered.min(server.executed.len())..].to_vec();
        if server.partial_tail() {
            let next = rejected
                .last()
                .copied()
                .expect("the partly written command is rejected");
            assert!(echo(next).starts_with(&server.input[server.parsed..]));
            expected.push(next);
        }
        assert_eq!(rejected, expected, "epoch {epoch}: rejected commands");
        self.js.answered = 0;
    }

    fn check_servers(&self) {
        let mut ran = HashMap::new();
        for (epoch, server) in &self.servers {
            let server = server.borrow();
            assert!(server.well_formed(), "epoch {epoch} received a fragment");
            for &id in &server.executed {
                assert_eq!(ran.insert(id, *epoch), None, "command {id} ran twice");
            }
        }
        for (&id, &how) in &self.js.settled {
            match how {
                Settled::Offline => assert!(!ran.contains_key(&id), "offline command {id} ran"),
                Settled::Reply => assert!(
                    ran.contains_key(&id),
                    "command {id} answered without running"
                ),
                Settled::Failed => {}
            }
        }
    }

    /// Lets everything finish on a healthy connection and checks that every command settled.
    fn finish(&mut self) {
        self.write_mode.set(WriteMode::All);
        self.read_size.set(usize::MAX);
        for _ in 0..4 {
            self.drain();
            if self.link.phase() == Phase::Down {
                assert!(self.link.retry());
                self.open();
            }
            let epoch = self.link.epoch();
            self.link.write(epoch);
            self.link.read(epoch);
            self.drain();
        }
        self.check_servers();
        assert!(
            self.js.pending.is_empty(),
            "never settled: {:?}",
            self.js.pending
        );
        assert_eq!(self.js.settled.len() as u64, self.next_id);
        if self.offline_queue {
            assert!(self.js.settled.values().all(|how| *how != Settled::Offline));
        }
    }
}

const ALPHABET: &[Op] = &[
    Op::Submit(1),
    Op::Submit(3),
    Op::Write(WriteMode::All),
    Op::Write(WriteMode::Upto(7)),
    Op::Write(WriteMode::Block),
    Op::Write(WriteMode::Error),
    Op::Read(1),
    Op::Read(30),
    Op::Read(usize::MAX),
    Op::Kill,
    Op::Fail,
    Op::Drain,
    Op::Reconnect,
    Op::SubmitWrites(WriteMode::Upto(5)),
    Op::SubmitWrites(WriteMode::Block),
    Op::SubmitWrites(WriteMode::Error),
];

fn run(driver: Driver, offline_queue: bool, ops: &[Op]) {
    let mut harness = Harness::new(driver, offline_queue);
    for &op in ops {
        harness.apply(op);
    }
    harness.finish();
}

#[test]
fn every_interleaving_of_four_steps_keeps_replies_with_their_commands() {
    let mut sequence = [0usize; 4];
    let total = ALPHABET.len().pow(sequence.len() as u32);
    for n in 0..total {
        let mut rest = n;
        for slot in sequence.iter_mut() {
            *slot = rest % ALPHABET.len();
            rest /= ALPHABET.len();
        }
        let ops: Vec<Op> = sequence.iter().map(|&i| ALPHABET[i]).collect();
        for driver in [Driver::Js, Driver::Engine] {
            for offline_queue in [true, false] {
                let result = std::panic::catch_unwind(|| run(driver, offline_queue, &ops));
                assert!(
                    result.is_ok(),
                    "failed: {driver:?} offline_queue={offline_queue} {ops:?}"
                );
            }
        }
    }
}

/// A small deterministic generator (xorshift64*), so that a failure can be replayed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn long_random_runs_keep_replies_with_their_commands() {
    let runs: u64 = std::env::var("FERRODIS_LINK_RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .unwrap_or(300);
    for seed in 1..=runs {
        let mut random = Random(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let ops: Vec<Op> = (0..400)
            .map(|_| match random.below(10) {
                // Mostly traffic, sometimes trouble.
                0..=2 => Op::Submit(1 + random.below(40) as u64),
                3 | 4 => Op::Write(
                    [
                        WriteMode::All,
                        WriteMode::Upto(1 + random.below(300)),
                        WriteMode::Block,
                    ][random.below(3)],
                ),
                5 | 6 => Op::Read(1 + random.below(2000)),
                7 => Op::Drain,
                8 => [
                    Op::Kill,
                    Op::Fail,
                    Op::Write(WriteMode::Error),
                    Op::Reconnect,
                ][random.below(4)],
                _ => Op::SubmitWrites(
                    [
                        WriteMode::All,
                        WriteMode::Upto(1 + random.below(100)),
                        WriteMode::Block,
                    ][random.below(3)],
                ),
            })
            .collect();
        for driver in [Driver::Js, Driver::Engine] {
            let offline_queue = seed % 3 != 0;
            let result = std::panic::catch_unwind(|| run(driver, offline_queue, &ops));
            assert!(
                result.is_ok(),
                "seed {seed} {driver:?} offline_queue={offline_queue} failed"
            );
        }
    }
}
