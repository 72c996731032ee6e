//! Direct I/O: what the submitting (JS) thread does on the socket itself, so that a
//! request/reply round trip does not wait for the engine thread to wake up, twice.
//!
//! Writes. While a plain (TCP or UNIX, not TLS) connection is ready and the engine has no batch
//! of its own in flight, `submit` writes straight to the socket with one non-blocking `write`;
//! whatever the socket does not take at once (and every batch while the engine is writing,
//! connecting or reconnecting) goes to the engine's queue, which keeps the order: a direct write
//! only happens when that queue is empty.
//!
//! Reads. While such a connection is ready and no socket timeout is set, the engine hands its
//! parser and read buffer over here and stops reading. The bridge polls the socket on Node's
//! event loop (`reading` says from when; `poll_fd` gives it a descriptor of its own) and calls
//! `read` when it is readable: the replies are read, parsed and published on that thread, and
//! JS is called at once. A read that fails (end of stream, error, bad data) ends direct reading
//! and hands the failure to the engine, which reports it and reconnects as for any failure.

use std::io::{self, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use bytes::{Bytes, BytesMut};
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::oneshot;

use crate::client::{make_room, parse_replies, protocol_error};
use crate::error::ConnectionError;
use crate::outbox::Outbox;
use crate::records::Records;
use crate::resp::Parser;

/// Commands encoded in one tick: RESP bytes and how many commands they hold (0 for the rest of a
/// batch whose start was written directly: its commands are already counted).
pub(crate) struct Batch {
    pub bytes: Bytes,
    pub count: u32,
}

/// A second handle on the socket of the current connection, for direct I/O.
pub(crate) enum DirectSocket {
    Tcp(std::net::TcpStream),
    Unix(std::os::unix::net::UnixStream),
}

impl DirectSocket {
    /// A duplicate of the connection's descriptor. It shares the non-blocking mode tokio set.
    pub fn of_tcp(stream: &tokio::net::TcpStream) -> Option<DirectSocket> {
        let fd = stream.as_fd().try_clone_to_owned().ok()?;
        Some(DirectSocket::Tcp(std::net::TcpStream::from(fd)))
    }

    pub fn of_unix(stream: &tokio::net::UnixStream) -> Option<DirectSocket> {
        let fd = stream.as_fd().try_clone_to_owned().ok()?;
        Some(DirectSocket::Unix(std::os::unix::net::UnixStream::from(fd)))
    }

    fn write(&self, bytes: &[u8]) -> io::Result<usize> {
        match self {
            DirectSocket::Tcp(socket) => (&*socket).write(bytes),
            DirectSocket::Unix(socket) => (&*socket).write(bytes),
        }
    }

    /// A descriptor of the socket registered with the engine's reactor for writability only,
    /// to wait for room when a write would block.
    pub fn writability(&self) -> Option<AsyncFd<OwnedFd>> {
        let fd = self.fd().try_clone_to_owned().ok()?;
        // SAFETY: the `OwnedFd` is moved into the `AsyncFd`, so the descriptor stays open and
        // the same for as long as it is registered.
        unsafe { AsyncFd::register_with_interest(fd, Interest::WRITABLE) }.ok()
    }

    fn fd(&self) -> std::os::fd::BorrowedFd<'_> {
        match self {
            DirectSocket::Tcp(socket) => socket.as_fd(),
            DirectSocket::Unix(socket) => socket.as_fd(),
        }
    }

    /// One non-blocking read into the spare capacity of `buffer`.
    fn read_into(&self, buffer: &mut BytesMut) -> io::Result<usize> {
        let spare = buffer.spare_capacity_mut();
        // SAFETY: `recv` writes at most `spare.len()` bytes into memory `buffer` owns and that
        // nothing else references; `set_len` then covers exactly the bytes it wrote.
        let read = unsafe {
            libc::recv(
                self.fd().as_raw_fd(),
                spare.as_mut_ptr().cast(),
                spare.len(),
                0,
            )
        };
        let read = usize::try_from(read).map_err(|_| io::Error::last_os_error())?;
        unsafe { buffer.set_len(buffer.len() + read) };
        Ok(read)
    }
}

/// What the engine hands over when reads become direct: where it was in the reply stream, and
/// how to tell it that the connection failed.
pub(crate) struct Reader {
    pub parser: Parser,
    pub buffer: BytesMut,
    pub ended: oneshot::Sender<ConnectionError>,
}

/// What a direct `read` did.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadOutcome {
    /// Reads are not direct (any more): stop polling.
    NotReading,
    /// Read what there was; `published` if records were added to the outbox.
    Read { published: bool },
    /// The connection failed; the engine reports it. Stop polling.
    Ended { published: bool },
}

struct State {
    socket: Option<DirectSocket>,
    /// Batches handed to the engine and not completely written by it yet.
    queued: u64,
    reader: Option<Reader>,
    /// Records parsed on the calling thread, kept for their capacity between reads.
    records: Records,
}

pub(crate) struct Direct {
    state: Mutex<State>,
    /// Commands written (or being written) on the current connection.
    pub written: AtomicU64,
    /// Replies received on the current connection (by either thread).
    pub answered: AtomicU64,
    /// While reads are direct: a number that changes with every connection; 0 otherwise.
    reading: AtomicU64,
    connections: AtomicU64,
}

impl Direct {
    pub fn new() -> Self {
        Direct {
            state: Mutex::new(State {
                socket: None,
                queued: 0,
                reader: None,
                records: Records::new(),
            }),
            written: AtomicU64::new(0),
            answered: AtomicU64::new(0),
            reading: AtomicU64::new(0),
            connections: AtomicU64::new(0),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn submit(&self, bytes: &[u8], count: u32, engine: &UnboundedSender<Batch>) {
        let mut state = self.lock();
        let mut rest = bytes;
        let mut rest_count = count;
        if state.queued == 0 {
            if let Some(socket) = &state.socket {
                // Counted before the write: the reply may be parsed before `write` returns.
                self.written.fetch_add(u64::from(count), Ordering::Relaxed);
                rest_count = 0;
                match socket.write(bytes) {
                    Ok(n) if n == bytes.len() => return,
                    Ok(n) => rest = &bytes[n..],
                    // WouldBlock, or a failing socket the engine will report: it keeps the rest.
                    Err(_) => {}
                }
            }
        }
        state.queued += 1;
        let _ = engine.send(Batch {
            bytes: Bytes::copy_from_slice(rest),
            count: rest_count,
        });
    }

    /// One non-blocking write of a queued batch by the engine (while reads are direct, the
    /// engine writes through this socket too).
    pub fn write_for_engine(&self, bytes: &[u8]) -> io::Result<usize> {
        match &self.lock().socket {
            Some(socket) => socket.write(bytes),
            None => Err(io::Error::new(
                io::ErrorKind::NotConnected,
                "the connection is closed",
            )),
        }
    }

    /// The engine finished writing (or dropped) `batches` queued batches.
    pub fn engine_done(&self, batches: u64) {
        let mut state = self.lock();
        state.queued = state.queued.saturating_sub(batches);
    }

    /// A connection became ready: count from zero; write directly from now on if `socket` is
    /// given, and read directly too if `reader` is.
    pub fn open(&self, socket: Option<DirectSocket>, reader: Option<Reader>) {
        let mut state = self.lock();
        self.written.store(0, Ordering::Relaxed);
        self.answered.store(0, Ordering::Relaxed);
        let direct_reads = socket.is_some() && reader.is_some();
        state.socket = socket;
        state.reader = reader.filter(|_| direct_reads);
        let epoch = if direct_reads {
            self.connections.fetch_add(1, Ordering::Relaxed) + 1
        } else {
            0
        };
        self.reading.store(epoch, Ordering::Release);
    }

    /// The connection is gone: no direct write or read may start after this returns.
    pub fn close(&self) {
        let mut state = self.lock();
        state.socket = None;
        state.reader = None;
        self.reading.store(0, Ordering::Release);
    }

    /// While reads are direct, a number identifying the connection (0 when they are not).
    pub fn reading(&self) -> u64 {
        self.reading.load(Ordering::Acquire)
    }

    /// A descriptor of the socket being read directly, for the caller to poll (and close once
    /// it no longer polls it).
    pub fn poll_fd(&self) -> Option<OwnedFd> {
        let state = self.lock();
        state.reader.as_ref()?;
        state.socket.as_ref()?.fd().try_clone_to_owned().ok()
    }

    /// Ends direct reading with `error` (reported by the engine, as a lost connection).
    pub fn fail(&self, error: ConnectionError) {
        let mut state = self.lock();
        self.end(&mut state, error);
    }

    fn end(&self, state: &mut State, error: ConnectionError) {
        if let Some(reader) = state.reader.take() {
            self.reading.store(0, Ordering::Release);
            let _ = reader.ended.send(error);
        }
    }

    /// Reads and parses what the socket has, publishing the records (without waking anyone:
    /// the caller is the thread that consumes them).
    ///
    /// One read per call: the poll calls again while more is waiting, and in between the caller
    /// drains the records, which lets go of the large strings they share with the read buffer
    /// — so that the buffer can make room in its own memory instead of in a fresh allocation
    /// (whose page faults cost more than the reads).
    pub fn read(&self, outbox: &Outbox) -> ReadOutcome {
        let mut guard = self.lock();
        let state = &mut *guard;
        let (Some(socket), Some(reader)) = (state.socket.as_ref(), state.reader.as_mut()) else {
            return ReadOutcome::NotReading;
        };
        make_room(&mut reader.buffer, &reader.parser);
        let failure = loop {
            match socket.read_into(&mut reader.buffer) {
                Ok(0) => break Some(ConnectionError::closed_unexpectedly()),
                Ok(_) => {
                    let parsed =
                        parse_replies(&mut reader.parser, &mut reader.buffer, &mut state.records);
                    self.answered.fetch_add(parsed.replies, Ordering::Relaxed);
                    break parsed.error.map(|error| protocol_error(&error));
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break None,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => break Some(ConnectionError::from_live_io(&e)),
            }
        };
        let published = !state.records.is_empty();
        outbox.publish_quietly(&mut state.records);
        match failure {
            Some(error) => {
                self.end(state, error);
                ReadOutcome::Ended { published }
            }
            None => ReadOutcome::Read { published },
        }
    }
}
