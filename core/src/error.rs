//! Why a connection attempt failed or a live connection was lost, classified once.

use std::fmt;
use std::io;

/// The classes of connection failure, as numbered in the reply stream (docs/REPLY_STREAM.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum FailureKind {
    Io = 1,
    ConnectTimeout = 2,
    ClosedUnexpectedly = 3,
    Tls = 4,
    HandshakeRefused = 5,
    Protocol = 6,
    SocketTimeout = 7,
}

/// A connection failure: its kind, a short machine-readable code (errno name, server error
/// prefix) and a message a user can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectionError {
    pub kind: FailureKind,
    pub code: String,
    pub message: String,
}

impl ConnectionError {
    pub fn new(kind: FailureKind, code: impl Into<String>, message: impl Into<String>) -> Self {
        ConnectionError {
            kind,
            code: code.into(),
            message: message.into(),
        }
    }

    pub fn closed_unexpectedly() -> Self {
        Self::new(
            FailureKind::ClosedUnexpectedly,
            "",
            "Socket closed unexpectedly",
        )
    }

    /// node-redis' wording, doubled word included, so that messages compare equal.
    pub fn socket_timeout(limit: std::time::Duration) -> Self {
        Self::new(
            FailureKind::SocketTimeout,
            "",
            format!(
                "Socket timeout timeout. Expecting data, but didn't receive any in {}ms.",
                limit.as_millis()
            ),
        )
    }

    pub fn connect_timeout() -> Self {
        Self::new(FailureKind::ConnectTimeout, "", "Connection timeout")
    }

    /// An I/O error worded the way Node words it (`connect ECONNREFUSED 127.0.0.1:6379`), so
    /// that messages and `.code` match what node-redis users see.
    pub fn io(syscall: &str, target: &str, err: &io::Error) -> Self {
        let code = errno_name(err);
        let message = match code {
            Some(code) if target.is_empty() => format!("{syscall} {code}"),
            Some(code) => format!("{syscall} {code} {target}"),
            None => format!("{syscall} {err}"),
        };
        Self::new(FailureKind::Io, code.unwrap_or(""), message)
    }

    /// The error of a socket that was working and then failed.
    pub fn from_live_io(err: &io::Error) -> Self {
        match err.kind() {
            io::ErrorKind::UnexpectedEof => Self::closed_unexpectedly(),
            _ => Self::io("read", "", err),
        }
    }
}

impl fmt::Display for ConnectionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConnectionError {}

fn errno_name(err: &io::Error) -> Option<&'static str> {
    let name = match err.raw_os_error()? {
        1 => "EPERM",
        2 => "ENOENT",
        13 => "EACCES",
        20 => "ENOTDIR",
        32 => "EPIPE",
        61 | 111 => "ECONNREFUSED",
        54 | 104 => "ECONNRESET",
        60 | 110 => "ETIMEDOUT",
        65 | 113 => "EHOSTUNREACH",
        51 | 101 => "ENETUNREACH",
        49 | 99 => "EADDRNOTAVAIL",
        53 | 103 => "ECONNABORTED",
        _ => return None,
    };
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_read_like_node() {
        let refused = io::Error::from_raw_os_error(111);
        let e = ConnectionError::io("connect", "127.0.0.1:6380", &refused);
        assert_eq!(e.code, "ECONNREFUSED");
        assert_eq!(e.message, "connect ECONNREFUSED 127.0.0.1:6380");
        assert_eq!(e.kind, FailureKind::Io);
    }

    #[test]
    fn eof_on_a_live_socket_is_an_unexpected_close() {
        let eof = io::Error::from(io::ErrorKind::UnexpectedEof);
        assert_eq!(
            ConnectionError::from_live_io(&eof),
            ConnectionError::closed_unexpectedly()
        );
    }
}
