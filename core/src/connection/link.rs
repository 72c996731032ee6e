//! One client's connection state: the state machine of docs/architecture.md ("Epochs and
//! ownership"). It is shared by the JS thread and the engine thread under one mutex, and does
//! no waiting of its own: the engine task (`session`) and the JS thread's poll (in the bridge)
//! call it when the socket is ready, and it does the non-blocking I/O of the thread that owns
//! the socket at that moment.
//!
//! - Every connection has an epoch; the engine says which epoch it connected, made ready or
//!   lost, and anything about an epoch that is over changes nothing.
//! - Commands wait in `outgoing` until a connection is ready; from the moment their bytes are
//!   handed to a connection's socket they are in its `ledger`, and they are answered there or
//!   rejected with that connection (they may have run). A command of which no byte was handed
//!   over goes out whole on the next connection: nothing of one epoch is written on another.
//! - One owner of the socket at a time: the engine while connecting, then the driver the
//!   engine chose (the JS thread, or itself); each reaches the socket only through here.

use bytes::BytesMut;

use super::ledger::{Ledger, Plan};
use super::outgoing::{Batch, Inflight, Outgoing};
use super::replies::parse_into;
use super::socket::Io;
use crate::config::Handshake;
use crate::error::ConnectionError;
use crate::records::Records;
use crate::resp::Parser;

/// Which thread does a ready connection's I/O.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Driver {
    /// The JS thread, from a poll on Node's event loop: a request and its reply cross no
    /// thread (plain TCP/UNIX and TLS).
    Js,
    /// The engine thread (connections with a socket timeout, which its loop watches).
    Engine,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The engine is connecting and running the handshake of the current epoch.
    Opening,
    Ready(Driver),
    /// The current epoch's connection failed; waiting for `retry` or `close`.
    Down,
    Closed,
}

/// Where the connection is in the reply stream: the parser (with its known strings) and the
/// bytes received and not parsed yet.
pub struct Reader {
    pub parser: Parser,
    pub buffer: BytesMut,
}

impl Reader {
    /// Parses the complete frames received into `records`, each routed by `ledger`; an emptied
    /// buffer goes back to this thread (an idle connection holds none).
    fn parse(&mut self, records: &mut Records, ledger: &mut Ledger) -> Result<(), ConnectionError> {
        let parsed = parse_into(&mut self.parser, &mut self.buffer, records, ledger);
        super::buffers::release(&mut self.buffer, &self.parser);
        parsed
    }
}

/// What a read by the socket's owner did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Read {
    /// Took bytes from the socket (maybe more are waiting).
    Data,
    /// Nothing to read now.
    Blocked,
    /// The connection is over (it failed now, or before).
    Over,
}

/// Stop reading while this much waits for JS (a server flooding a connection the engine
/// drives): it resumes after JS takes the records, which it does once per turn of its event
/// loop — so one turn decodes at most about this much, and memory stays bounded.
pub const BACKLOG_LIMIT: usize = 4 * 1024 * 1024;

/// Bytes read at most in one call to [`Link::read`].
pub const READ_BUDGET: usize = 1024 * 1024;

pub struct Link<T: Io> {
    epoch: u64,
    phase: Phase,
    socket: Option<T>,
    reader: Option<Reader>,
    ledger: Ledger,
    inflight: Option<Inflight>,
    outgoing: Outgoing,
    /// Records for JS, taken by `take_records`.
    records: Records,
    offline_queue: bool,
    resp3: bool,
    /// Replayed at the start of every connection (kept here so a SELECT changes it for the
    /// next one).
    pub handshake: Handshake,
    /// A `checkServerIdentity` verdict JS gave for an epoch (see `ask_identity`).
    identity: Option<(u64, Result<(), String>)>,
    /// Commands JS has submitted on this link: the next one's sequence number (`cancel`).
    submitted: u64,
}

impl<T: Io> Link<T> {
    /// A link whose first connection (epoch 1) is being opened.
    pub fn new(offline_queue: bool, resp3: bool, handshake: Handshake) -> Self {
        Link {
            epoch: 1,
            phase: Phase::Opening,
            socket: None,
            reader: None,
            ledger: Ledger::new(resp3),
            inflight: None,
            outgoing: Outgoing::default(),
            records: Records::new(),
            offline_queue,
            resp3,
            handshake,
            identity: None,
            submitted: 0,
        }
    }

    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Whether `epoch` is the current connection and ready with this driver.
    pub fn drives(&self, epoch: u64, driver: Driver) -> bool {
        self.epoch == epoch && self.phase == Phase::Ready(driver)
    }

    pub fn socket(&self) -> Option<&T> {
        self.socket.as_ref()
    }

    /// Records are waiting for JS.
    pub fn has_records(&self) -> bool {
        !self.records.is_empty()
    }

    /// So much waits for JS that the owner should stop reading until JS takes it.
    pub fn backlogged(&self) -> bool {
        self.records.len() > BACKLOG_LIMIT
    }

    pub fn take_records(&mut self, into: &mut Records) {
        into.clear();
        std::mem::swap(&mut self.records, into);
    }

    // ---- JS: commands ---------------------------------------------------------------------

    /// JS hands over a tick's commands. Written at once when the JS thread drives a ready
    /// connection with nothing queued before them; queued otherwise. Returns whether the engine
    /// has work for it (a connection it drives has something to write).
    pub fn submit(&mut self, bytes: &[u8], commands: u32, plans: &[(u32, Plan)]) -> bool {
        let first = self.submitted;
        self.submitted += u64::from(commands);
        let batch =
            |bytes: &[u8], commands, plans: &[(u32, Plan)]| batch(bytes, commands, plans, first);
        match self.phase {
            Phase::Closed => false,
            Phase::Ready(Driver::Js) if self.inflight.is_none() && self.outgoing.is_empty() => {
                self.ledger.expect(commands, plans);
                let accepted = match self.socket.as_mut().map(|socket| socket.write(bytes)) {
                    // Written whole: the commands wait for their replies in the ledger.
                    Some(Ok(n)) if n >= bytes.len() => return false,
                    Some(Ok(n)) => n,
                    Some(Err(e)) if e.kind() == std::io::ErrorKind::WouldBlock => 0,
                    Some(Err(e)) => {
                        self.inflight = Some(Inflight::new(batch(bytes, commands, plans), 0));
                        self.fail(self.epoch, ConnectionError::from_live_io(&e));
                        return false;
                    }
                    None => 0,
                };
                self.inflight = Some(Inflight::new(batch(bytes, commands, plans), accepted));
                self.count_unwritten();
                false
            }
            Phase::Ready(driver) => {
                self.outgoing.push(batch(bytes, commands, plans));
                driver == Driver::Engine
            }
            Phase::Opening | Phase::Down if !self.offline_queue => {
                self.records.publish_offline(u64::from(commands));
                false
            }
            Phase::Opening | Phase::Down => {
                self.outgoing.push(batch(bytes, commands, plans));
                false
            }
        }
    }

    /// `asap`: like `submit`, but before every command not written yet. Returns whether the
    /// engine has work, and how many queued commands it went before (JS puts its entry for it
    /// that far from the end of the commands it handed over).
    pub fn submit_front(
        &mut self,
        bytes: &[u8],
        commands: u32,
        plans: &[(u32, Plan)],
    ) -> (bool, u64) {
        match self.phase {
            Phase::Ready(_) | Phase::Opening | Phase::Down if !self.outgoing.is_empty() => {
                let ahead = self.outgoing.commands();
                let first = self.submitted;
                self.submitted += u64::from(commands);
                self.outgoing
                    .push_front(batch(bytes, commands, plans, first));
                (matches!(self.phase, Phase::Ready(Driver::Engine)), ahead)
            }
            // Nothing queued: a submission like any other.
            _ => (self.submit(bytes, commands, plans), 0),
        }
    }

    /// JS gives up on the command numbered `seq` (a timeout, an abort): taken out if it was
    /// never written (true), left to run otherwise (its reply then comes, and JS drops it).
    pub fn cancel(&mut self, seq: u64) -> bool {
        self.outgoing.cancel(seq)
    }

    /// Whether the owner should wait for room to write.
    pub fn wants_write(&self) -> bool {
        matches!(self.phase, Phase::Ready(_))
            && (self.inflight.is_some()
                || !self.outgoing.is_empty()
                || self
                    .socket
                    .as_ref()
                    .is_some_and(|socket| socket.wants_write()))
    }

    // ---- the owner of the socket --------------------------------------------------------

    /// The socket has room: writes what waits until it is all written or the socket is full.
    pub fn write(&mut self, epoch: u64) {
        if epoch != self.epoch || !matches!(self.phase, Phase::Ready(_) | Phase::Opening) {
            return;
        }
        let written = self.write_what_waits();
        self.count_unwritten();
        if let Err(error) = written {
            self.fail(epoch, ConnectionError::from_live_io(&error));
        }
    }

    /// Tells the ledger which of its commands are not written whole yet.
    fn count_unwritten(&mut self) {
        let not_whole = self.inflight.as_ref().map_or(0, Inflight::not_whole);
        self.ledger.set_unwritten(u64::from(not_whole));
    }

    fn write_what_waits(&mut self) -> std::io::Result<()> {
        let Some(socket) = self.socket.as_mut() else {
            return Ok(());
        };
        match socket.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(()),
            other => other?,
        }
        loop {
            if let Some(inflight) = self.inflight.as_mut() {
                match socket.write(inflight.rest()) {
                    Ok(n) => {
                        if inflight.accepted(n) {
                            self.inflight = None;
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(()),
                    Err(e) => return Err(e),
                }
            } else if let Some(batch) = self.outgoing.take_all() {
                self.ledger.expect(batch.commands, &batch.plans);
                self.inflight = Some(Inflight::new(batch, 0));
            } else {
                return Ok(());
            }
        }
    }

    /// The socket is readable: one read (of at most [`READ_BUDGET`] bytes), its replies
    /// parsed into records.
    pub fn read(&mut self, epoch: u64) -> Read {
        if epoch != self.epoch || !matches!(self.phase, Phase::Ready(_)) {
            return Read::Over;
        }
        let (Some(socket), Some(reader)) = (self.socket.as_mut(), self.reader.as_mut()) else {
            return Read::Over;
        };
        super::buffers::make_room(&mut reader.buffer, &reader.parser);
        let failure = match socket.read(&mut reader.buffer, READ_BUDGET) {
            Ok(0) => ConnectionError::closed_unexpectedly(),
            Ok(_) => match reader.parse(&mut self.records, &mut self.ledger) {
                Ok(()) => return Read::Data,
                Err(error) => error,
            },
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Read::Blocked,
            Err(e) => ConnectionError::from_live_io(&e),
        };
        self.fail(epoch, failure);
        Read::Over
    }

    // ---- the engine: the connection's life ----------------------------------------------

    /// The server of `epoch` presented these certificates: JS checks its identity with them
    /// (`checkServerIdentity`), and the engine waits for the verdict before the handshake.
    pub fn ask_identity(&mut self, epoch: u64, certificates: &[Vec<u8>]) {
        if epoch == self.epoch && self.phase == Phase::Opening {
            self.identity = None;
            self.records.publish_identity(certificates);
        }
    }

    /// JS's verdict on the identity of the server being connected to.
    pub fn identity_verdict(&mut self, verdict: Result<(), String>) {
        if self.phase == Phase::Opening {
            self.identity = Some((self.epoch, verdict));
        }
    }

    /// The verdict on `epoch`'s server, once JS gave it.
    pub fn take_identity_verdict(&mut self, epoch: u64) -> Option<Result<(), String>> {
        match self.identity.take() {
            Some((given, verdict)) if given == epoch => Some(verdict),
            _ => None,
        }
    }

    /// The socket of `epoch` is connected; the handshake starts.
    pub fn connected(&mut self, epoch: u64) {
        if epoch == self.epoch && self.phase == Phase::Opening {
            self.records.publish_event(b'C');
        }
    }

    /// The handshake of `epoch` is done: from now on `driver` does the socket's I/O, starting
    /// with what waits in the queue (written here, by the engine, which owns the socket until
    /// this returns). Returns false (and drops the socket) if the epoch is over.
    pub fn ready(&mut self, epoch: u64, socket: T, reader: Reader, driver: Driver) -> bool {
        if epoch != self.epoch || self.phase != Phase::Opening {
            let mut socket = socket;
            socket.shutdown();
            return false;
        }
        self.socket = Some(socket);
        self.ledger = Ledger::new(self.resp3);
        self.records.publish_event(b'Y');
        // Bytes that came with the handshake's last reply: before any command, so nothing but
        // a push, and whatever else began there answers nothing.
        let mut reader = reader;
        let parsed = reader.parse(&mut self.records, &mut self.ledger);
        self.reader = Some(reader);
        if let Err(error) = parsed {
            self.fail(epoch, error);
            return true;
        }
        self.write(epoch);
        if self.epoch == epoch && self.phase == Phase::Opening {
            self.phase = Phase::Ready(driver);
        }
        true
    }

    /// The connection of `epoch` failed (or could not be opened): every command it took and
    /// did not answer is rejected, every command it did not take waits for the next one (or is
    /// rejected as offline without the offline queue). Nothing happens if the epoch is over.
    pub fn fail(&mut self, epoch: u64, error: ConnectionError) {
        if epoch != self.epoch || !matches!(self.phase, Phase::Opening | Phase::Ready(_)) {
            return;
        }
        let waiting = self.ledger.waiting();
        let unsent = self
            .inflight
            .take()
            .and_then(|inflight| inflight.unsent(waiting));
        let requeued = unsent.as_ref().map_or(0, |batch| u64::from(batch.commands));
        if let Some(batch) = unsent {
            self.outgoing.push_front(batch);
        }
        if let Some(mut socket) = self.socket.take() {
            socket.shutdown();
        }
        self.reader = None;
        self.ledger = Ledger::new(self.resp3);
        self.phase = Phase::Down;
        self.records.publish_failure(&error, waiting - requeued);
        if !self.offline_queue {
            let never_written = self.outgoing.clear();
            self.records.publish_offline(never_written);
        }
    }

    /// JS asks for a new connection after a failure: a new epoch starts opening.
    pub fn retry(&mut self) -> bool {
        if self.phase != Phase::Down {
            return false;
        }
        self.epoch += 1;
        self.phase = Phase::Opening;
        true
    }

    /// JS is done with this client: the socket closes now, and nothing is written or
    /// published any more.
    pub fn close(&mut self) {
        if let Some(mut socket) = self.socket.take() {
            socket.shutdown();
        }
        self.reader = None;
        self.inflight = None;
        self.outgoing.clear();
        self.records.clear();
        self.phase = Phase::Closed;
    }
}

fn batch(bytes: &[u8], commands: u32, plans: &[(u32, Plan)], first: u64) -> Batch {
    Batch {
        bytes: bytes::Bytes::copy_from_slice(bytes),
        commands,
        plans: plans.to_vec(),
        first: Some(first),
    }
}
