//! What the engine needs to open (and reopen) one connection. JS normalises the user's
//! options; this is the result, free of any Node type.

use std::fmt;
use std::net::IpAddr;
use std::time::Duration;

use bytes::Bytes;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Tcp { host: String, port: u16 },
    Unix { path: String },
}

/// Key material with the passphrase that unlocks it: a PEM private key (possibly an encrypted
/// PKCS#8 "ENCRYPTED PRIVATE KEY") or a PKCS#12 archive. Its `Debug` shows neither.
#[derive(Clone, Default)]
pub struct Secret {
    pub data: Vec<u8>,
    pub passphrase: Option<String>,
}

impl Secret {
    pub fn new(data: impl Into<Vec<u8>>, passphrase: Option<String>) -> Self {
        Secret {
            data: data.into(),
            passphrase,
        }
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Secret({} bytes{})",
            self.data.len(),
            if self.passphrase.is_some() {
                ", with a passphrase"
            } else {
                ""
            }
        )
    }
}

/// The TLS protocol versions rustls speaks, named as Node names them (`minVersion`/`maxVersion`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TlsVersion {
    Tls12,
    Tls13,
}

impl TlsVersion {
    /// `'TLSv1.2'` or `'TLSv1.3'`; anything else is refused with a message naming `option`.
    pub fn from_node_name(name: &str, option: &str) -> Result<Self, String> {
        match name {
            "TLSv1.2" => Ok(TlsVersion::Tls12),
            "TLSv1.3" => Ok(TlsVersion::Tls13),
            "TLSv1" | "TLSv1.1" => Err(format!(
                "socket.{option} {name:?} is not supported: rustls speaks only TLSv1.2 and TLSv1.3"
            )),
            _ => Err(format!(
                "socket.{option} {name:?} is not a valid TLS protocol version (use 'TLSv1.2' or 'TLSv1.3')"
            )),
        }
    }

    pub fn node_name(self) -> &'static str {
        match self {
            TlsVersion::Tls12 => "TLSv1.2",
            TlsVersion::Tls13 => "TLSv1.3",
        }
    }
}

#[derive(Clone, Debug)]
pub struct TlsOptions {
    /// PEM-encoded CA certificates; empty means the bundled Mozilla roots, as Node does.
    pub ca: Vec<Vec<u8>>,
    /// PEM-encoded client certificate chain and private key(s), for mutual TLS. A key may be an
    /// encrypted PKCS#8 key, decrypted with its passphrase.
    pub cert: Vec<Vec<u8>>,
    pub key: Vec<Secret>,
    /// PKCS#12 archives (Node's `pfx`) with their passphrases: the client certificate, its key,
    /// and CA certificates (sent as the chain and trusted, as Node does).
    pub pfx: Vec<Secret>,
    /// SNI and certificate name to check; defaults to the host.
    pub servername: Option<String>,
    pub reject_unauthorized: bool,
    /// With `reject_unauthorized`, whether the certificate must be valid for the server name.
    /// `false` still verifies the chain (for a `checkServerIdentity` callback that checks the
    /// name itself, on `tls::peer_certificates`).
    pub verify_name: bool,
    /// After the TLS handshake and before Redis', the server's certificates go to JS for a
    /// `checkServerIdentity` callback, whose verdict the connection waits for.
    pub check_identity: bool,
    /// Node's `minVersion` / `maxVersion`; `None`: TLSv1.2 / TLSv1.3.
    pub min_version: Option<TlsVersion>,
    pub max_version: Option<TlsVersion>,
    /// Node's OpenSSL-style cipher list (`'ECDHE-RSA-AES128-GCM-SHA256:TLS_AES_256_GCM_SHA384'`);
    /// `None`: every suite rustls offers.
    pub ciphers: Option<String>,
    /// The rustls configuration built from the above, once for all the connections of a client
    /// (an encrypted key costs a key derivation).
    pub(crate) built: crate::tls::BuiltConfig,
}

/// Secure unless told otherwise: certificates and names are verified.
impl Default for TlsOptions {
    fn default() -> Self {
        TlsOptions {
            ca: Vec::new(),
            cert: Vec::new(),
            key: Vec::new(),
            pfx: Vec::new(),
            servername: None,
            reject_unauthorized: true,
            verify_name: true,
            check_identity: false,
            min_version: None,
            max_version: None,
            ciphers: None,
            built: Default::default(),
        }
    }
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

/// Which addresses of a host name to connect to (Node's `family`: 0, 4 or 6).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IpFamily {
    #[default]
    Any,
    V4,
    V6,
}

impl IpFamily {
    pub fn admits(self, address: &std::net::IpAddr) -> bool {
        match self {
            IpFamily::Any => true,
            IpFamily::V4 => address.is_ipv4(),
            IpFamily::V6 => address.is_ipv6(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ConnectConfig {
    pub target: Target,
    pub tls: Option<TlsOptions>,
    /// `None` waits as long as the OS does.
    pub connect_timeout: Option<Duration>,
    pub no_delay: bool,
    pub keep_alive: bool,
    /// With `keep_alive`, how long a connection stays idle before the first probe (TCP_KEEPIDLE,
    /// whole seconds as Node sets it; under a second leaves the system's default).
    pub keep_alive_initial_delay: Option<Duration>,
    /// The addresses of a host name to try; an IP address is used as given, as in Node.
    pub family: IpFamily,
    /// The local address and port to bind before connecting (Node's `localAddress`/`localPort`).
    pub local_address: Option<IpAddr>,
    pub local_port: Option<u16>,
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
            keep_alive_initial_delay: Some(Duration::from_secs(5)),
            family: IpFamily::Any,
            local_address: None,
            local_port: None,
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
