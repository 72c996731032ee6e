//! Who writes a batch: the submitting thread itself, or the engine's writer task.
//!
//! A request/reply round trip through the engine thread would pay for waking that thread to
//! write. So while a plain (TCP or UNIX, not TLS) connection is ready and the engine has no
//! batch of its own in flight, `submit` writes straight to the socket from the caller's thread
//! with one non-blocking `write`; whatever the socket does not take at once (and every batch
//! while the engine is writing, connecting or reconnecting) goes to the engine's queue, which
//! keeps the order: a direct write only happens when that queue is empty.

use std::io::{self, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use bytes::Bytes;
use tokio::sync::mpsc::UnboundedSender;

/// Commands encoded in one tick: RESP bytes and how many commands they hold (0 for the rest of a
/// batch whose start was written directly: its commands are already counted).
pub(crate) struct Batch {
    pub bytes: Bytes,
    pub count: u32,
}

/// A second handle on the socket of the current connection, for direct writes.
pub(crate) enum DirectSocket {
    Tcp(std::net::TcpStream),
    #[cfg(unix)]
    Unix(std::os::unix::net::UnixStream),
}

impl DirectSocket {
    /// A duplicate of the connection's descriptor. It shares the non-blocking mode tokio set.
    pub fn of_tcp(stream: &tokio::net::TcpStream) -> Option<DirectSocket> {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd;
            let fd = stream.as_fd().try_clone_to_owned().ok()?;
            Some(DirectSocket::Tcp(std::net::TcpStream::from(fd)))
        }
        #[cfg(not(unix))]
        {
            let _ = stream;
            None
        }
    }

    #[cfg(unix)]
    pub fn of_unix(stream: &tokio::net::UnixStream) -> Option<DirectSocket> {
        use std::os::fd::AsFd;
        let fd = stream.as_fd().try_clone_to_owned().ok()?;
        Some(DirectSocket::Unix(std::os::unix::net::UnixStream::from(fd)))
    }

    fn write(&self, bytes: &[u8]) -> io::Result<usize> {
        match self {
            DirectSocket::Tcp(socket) => (&*socket).write(bytes),
            #[cfg(unix)]
            DirectSocket::Unix(socket) => (&*socket).write(bytes),
        }
    }
}

struct State {
    direct: Option<DirectSocket>,
    /// Batches handed to the engine and not completely written by it yet.
    queued: u64,
}

pub(crate) struct WriteGate {
    state: Mutex<State>,
    /// Commands written (or being written) on the current connection.
    pub written: AtomicU64,
}

impl WriteGate {
    pub fn new() -> Self {
        WriteGate {
            state: Mutex::new(State {
                direct: None,
                queued: 0,
            }),
            written: AtomicU64::new(0),
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
            if let Some(socket) = &state.direct {
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

    /// The engine finished writing (or dropped) `batches` queued batches.
    pub fn engine_done(&self, batches: u64) {
        let mut state = self.lock();
        state.queued = state.queued.saturating_sub(batches);
    }

    /// A connection became ready: count from zero, and write directly from now on if possible.
    pub fn open(&self, direct: Option<DirectSocket>) {
        let mut state = self.lock();
        self.written.store(0, Ordering::Relaxed);
        state.direct = direct;
    }

    /// The connection is gone: no direct write may start after this returns.
    pub fn close(&self) {
        self.lock().direct = None;
    }
}
