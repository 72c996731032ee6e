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

#[derive(Clone, Debug)]
pub struct ConnectConfig {
    pub target: Target,
    pub tls: Option<TlsOptions>,
    /// `None` waits as long as the OS does.
    pub connect_timeout: Option<Duration>,
    pub no_delay: bool,
    pub keep_alive: bool,
    /// The handshake (HELLO/AUTH, CLIENT SETNAME, SELECT...) as RESP commands, replayed on every
    /// connect before anything else is written; their replies are checked, not forwarded.
    pub handshake: Bytes,
    pub handshake_count: u32,
    /// Keep commands submitted while disconnected for the next connection (otherwise they are
    /// reported back as offline).
    pub offline_queue: bool,
}

impl ConnectConfig {
    pub fn new(target: Target) -> Self {
        ConnectConfig {
            target,
            tls: None,
            connect_timeout: Some(Duration::from_secs(5)),
            no_delay: true,
            keep_alive: true,
            handshake: Bytes::new(),
            handshake_count: 0,
            offline_queue: true,
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
