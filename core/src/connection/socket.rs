//! A ready connection's byte stream, driven by non-blocking calls from whichever thread owns it
//! at the moment (the JS thread for most connections, the engine thread for the others; see
//! `link`): a plain TCP or UNIX socket, or TLS over TCP, with rustls' state machine run in
//! place (it does no I/O of its own).

use std::io::{self, BufRead, Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd};

use bytes::BytesMut;
use rustls::ClientConnection;

/// What the connection logic needs of a byte stream. The real one is [`Socket`]; tests drive
/// the logic with scripted ones.
pub trait Io {
    /// Hands bytes to the stream; returns how many it took (at least one), or `WouldBlock`.
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize>;
    /// Sends what the stream took and still holds (TLS records); `WouldBlock` if the socket
    /// is full.
    fn flush(&mut self) -> io::Result<()>;
    /// Whether taken bytes are still held back (wait for room in the socket).
    fn wants_write(&self) -> bool;
    /// Appends received bytes to `buffer` (at most about `budget`); `Ok(0)`: the peer closed
    /// the connection.
    fn read(&mut self, buffer: &mut BytesMut, budget: usize) -> io::Result<usize>;
    /// Ends the connection for every handle on it, at once.
    fn shutdown(&mut self);
}

/// A plain socket of the platform, non-blocking.
#[derive(Debug)]
pub enum Plain {
    Tcp(std::net::TcpStream),
    Unix(std::os::unix::net::UnixStream),
}

impl Plain {
    pub fn fd(&self) -> BorrowedFd<'_> {
        match self {
            Plain::Tcp(socket) => socket.as_fd(),
            Plain::Unix(socket) => socket.as_fd(),
        }
    }

    fn recv(&self, buffer: &mut BytesMut, budget: usize) -> io::Result<usize> {
        if buffer.capacity() - buffer.len() < budget.min(MIN_ROOM) {
            buffer.reserve(budget.min(MIN_ROOM));
        }
        let spare = buffer.spare_capacity_mut();
        let room = spare.len().min(budget.max(1));
        // SAFETY: `recv` writes at most `room` bytes into memory `buffer` owns and that nothing
        // else references; `set_len` then covers exactly the bytes it wrote.
        let read = unsafe { libc::recv(self.fd().as_raw_fd(), spare.as_mut_ptr().cast(), room, 0) };
        let read = usize::try_from(read).map_err(|_| io::Error::last_os_error())?;
        // SAFETY: see above; `read <= room <= spare.len()`.
        unsafe { buffer.set_len(buffer.len() + read) };
        Ok(read)
    }
}

impl Read for Plain {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        match self {
            Plain::Tcp(socket) => socket.read(out),
            Plain::Unix(socket) => socket.read(out),
        }
    }
}

impl Write for Plain {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        match self {
            Plain::Tcp(socket) => socket.write(bytes),
            Plain::Unix(socket) => socket.write(bytes),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Room made in the read buffer before a read, unless the budget is smaller.
const MIN_ROOM: usize = 16 * 1024;

/// A ready connection: a plain socket, or TLS on one.
pub struct Socket {
    plain: Plain,
    tls: Option<Box<ClientConnection>>,
}

impl Socket {
    pub fn plain(plain: Plain) -> Socket {
        Socket { plain, tls: None }
    }

    pub fn tls(plain: Plain, connection: ClientConnection) -> Socket {
        Socket {
            plain,
            tls: Some(Box::new(connection)),
        }
    }

    pub fn fd(&self) -> BorrowedFd<'_> {
        self.plain.fd()
    }
}

fn interrupted(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::Interrupted
}

impl Io for Socket {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let Some(tls) = self.tls.as_mut() else {
            loop {
                match self.plain.write(bytes) {
                    Err(e) if interrupted(&e) => continue,
                    Ok(0) if !bytes.is_empty() => return Err(io::ErrorKind::WriteZero.into()),
                    other => return other,
                }
            }
        };
        // rustls takes plaintext while its buffer of records has room (64 KiB): make room
        // first, then take what fits.
        let flushed = flush_tls(tls, &mut self.plain);
        let taken = tls.writer().write(bytes)?;
        match flush_tls(tls, &mut self.plain) {
            Err(e) if e.kind() != io::ErrorKind::WouldBlock => return Err(e),
            _ => {}
        }
        if taken == 0 && !bytes.is_empty() {
            flushed?;
            return Err(io::ErrorKind::WouldBlock.into());
        }
        Ok(taken)
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.tls.as_mut() {
            Some(tls) => flush_tls(tls, &mut self.plain),
            None => Ok(()),
        }
    }

    fn wants_write(&self) -> bool {
        self.tls.as_ref().is_some_and(|tls| tls.wants_write())
    }

    fn read(&mut self, buffer: &mut BytesMut, budget: usize) -> io::Result<usize> {
        let Some(tls) = self.tls.as_mut() else {
            loop {
                match self.plain.recv(buffer, budget) {
                    Err(e) if interrupted(&e) => continue,
                    other => return other,
                }
            }
        };
        let mut read = 0;
        loop {
            match tls.reader().fill_buf() {
                Ok([]) => return Ok(read), // close_notify: the peer is done
                Ok(chunk) => {
                    let taken = chunk.len().min(budget.saturating_sub(read).max(1));
                    buffer.extend_from_slice(&chunk[..taken]);
                    tls.reader().consume(taken);
                    read += taken;
                    if read >= budget {
                        return Ok(read);
                    }
                    continue;
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                // A TCP close without close_notify: as for a plain socket, the peer closed.
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(read),
                Err(e) => return Err(e),
            }
            match tls.read_tls(&mut self.plain) {
                // The peer closed: what the records read so far hold is still to be taken,
                // then the reader reports the end (clean or not) above.
                Ok(0) => {
                    tls.process_new_packets().map_err(invalid_data)?;
                }
                Ok(_) => {
                    let state = tls.process_new_packets().map_err(invalid_data);
                    // Alerts or key updates to answer go out now, or when there is room.
                    let _ = flush_tls(tls, &mut self.plain);
                    state?;
                }
                Err(e) if interrupted(&e) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock && read > 0 => return Ok(read),
                Err(e) => return Err(e),
            }
        }
    }

    fn shutdown(&mut self) {
        // SAFETY: `shutdown` on a descriptor this socket owns; it only changes the state of
        // the connection, which every duplicate of the descriptor then sees closed.
        unsafe { libc::shutdown(self.fd().as_raw_fd(), libc::SHUT_RDWR) };
    }
}

fn flush_tls(tls: &mut ClientConnection, plain: &mut Plain) -> io::Result<()> {
    while tls.wants_write() {
        match tls.write_tls(plain) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(_) => {}
            Err(e) if interrupted(&e) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

fn invalid_data(error: rustls::Error) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, error)
}
