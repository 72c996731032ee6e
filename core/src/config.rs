//! What the engine needs to open (and reopen) one connection. JS normalises the user's
//! options; this is the result, free of any Node type.

use std::time::Duration;

use bytes::Bytes;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Tcp { host: String, port: u16 },
    Unix { path: String },
}

#[derive(Clone, Debug, Default)]
pub struct TlsOptions {
    /// PEM-encoded CA certificates; empty means the bundled Mozilla roots, as Node does.
    pub ca: Vec<Vec<u8>>,
    /// PEM-encoded client certificate chain and private key, for mutual TLS.
    pub cert: Vec<Vec<u8>>,
    pub key: Vec<Vec<u8>>,
    /// SNI and certificate name to check; defaults to the host.
    pub servername: Option<String>,
    pub reject_unauthorized: bool,
}

/// The handshake (HELLO/AUTH, CLIENT SETNAME, SELECT, CLIENT SETINFO...) as RESP commands. Their
/// replies are checked, not forwarded to JS.
#[derive(Clone, Debug, Default)]
pub struct Handshake {
    pub commands: Bytes,
    pub count: u32,
    /// How many of the last commands may fail without failing the connection (`CLIENT
    /// SETINFO`, which servers before 7.2 do not know).
    pub optional: u32,
}

#[derive(Clone, Debug)]
pub struct ConnectConfig {
    pub target: Target,
    pub tls: Option<TlsOptions>,
    /// `None` waits as long as the OS does.
    pub connect_timeout: Option<Duration>,
    pub no_delay: bool,
    pub keep_alive: bool,
    /// Replayed on every connect before anything else is written.
    pub handshake: Handshake,
    /// After the handshake, a connection that receives nothing for this long is dropped with a
    /// socket timeout (node-redis' `socketTimeout`).
    pub socket_timeout: Option<Duration>,
    /// Keep commands submitted while disconnected for the next connection (otherwise they are
    /// reported back as offline).
    pub offline_queue: bool,
    /// The handshake switches the connection to RESP3 (`HELLO 3`): pushes, not messages
    /// dressed as replies, carry pub/sub.
    pub resp3: bool,
    /// A string the server announces longer than this is a protocol error (Redis'
    /// `proto-max-bulk-len`).
    pub max_bulk_len: usize,
}

impl ConnectConfig {
    pub fn new(target: Target) -> Self {
        ConnectConfig {
            target,
            tls: None,
            connect_timeout: Some(Duration::from_secs(5)),
            no_delay: true,
            keep_alive: true,
            handshake: Handshake::default(),
            socket_timeout: None,
            offline_queue: true,
            resp3: false,
            max_bulk_len: crate::resp::DEFAULT_MAX_BULK_LEN,
        }
    }

    /// `host:port` or the socket path, as Node prints it in error messages.
    pub fn describe_target(&self) -> String {
        match &self.target {
            Target::Tcp { host, port } if host.contains(':') => format!("[{host}]:{port}"),
            Target::Tcp { host, port } => format!("{host}:{port}"),
            Target::Unix { path } => path.clone(),
        }
    }
}
