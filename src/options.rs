//! The connection options JS hands to `open`, already normalised by `lib/options.js`; this only
//! converts them to the engine's config.

use std::net::IpAddr;
use std::time::Duration;

use bytes::Bytes;
use ferrodis_core::config::{IpFamily, Secret, TlsVersion};
use ferrodis_core::{tls, ConnectConfig, Handshake, Target, TlsOptions};
use napi::bindgen_prelude::Buffer;
use napi::{Error, Result, Status};
use napi_derive::napi;

/// A PEM key or a PKCS#12 archive with the passphrase that unlocks it (`lib/options.js` has
/// already applied `socket.passphrase` to the items that have none of their own).
#[napi(object)]
pub struct OpenSecret {
    pub data: Buffer,
    pub passphrase: Option<String>,
}

#[napi(object)]
pub struct OpenTlsOptions {
    pub ca: Option<Vec<Buffer>>,
    pub cert: Option<Vec<Buffer>>,
    pub key: Option<Vec<OpenSecret>>,
    pub pfx: Option<Vec<OpenSecret>>,
    pub servername: Option<String>,
    pub reject_unauthorized: Option<bool>,
    /// `'TLSv1.2'` / `'TLSv1.3'`.
    pub min_version: Option<String>,
    pub max_version: Option<String>,
    /// OpenSSL-style cipher list.
    pub ciphers: Option<String>,
    /// JS checks the server's identity (`checkServerIdentity`): the engine checks the chain
    /// only, and waits for JS's verdict.
    pub check_identity: Option<bool>,
}

/// What is wrong with TLS options: Node's error code and a message naming the option.
#[napi(object)]
pub struct TlsOptionProblem {
    pub code: String,
    pub message: String,
}

impl OpenTlsOptions {
    fn into_core(self) -> std::result::Result<TlsOptions, TlsOptionProblem> {
        let version = |name: Option<String>, option: &str| {
            name.map(|name| TlsVersion::from_node_name(&name, option))
                .transpose()
                .map_err(|message| TlsOptionProblem {
                    code: "ERR_TLS_INVALID_PROTOCOL_VERSION".to_owned(),
                    message,
                })
        };
        let mut tls = TlsOptions::default();
        tls.min_version = version(self.min_version, "minVersion")?;
        tls.max_version = version(self.max_version, "maxVersion")?;
        tls.ca = pems(self.ca);
        tls.cert = pems(self.cert);
        tls.key = secrets(self.key);
        tls.pfx = secrets(self.pfx);
        tls.servername = self.servername;
        tls.reject_unauthorized = self.reject_unauthorized.unwrap_or(true);
        tls.ciphers = self.ciphers;
        tls.check_identity = self.check_identity.unwrap_or(false);
        tls.verify_name = !tls.check_identity;
        Ok(tls)
    }
}

/// Checks TLS options when the client is created, so that `createClient` throws for what can
/// never work (unreadable PEM or PKCS#12, a wrong passphrase, an unknown cipher, an unsupported
/// version) rather than every connection failing. Returns nothing when all is well.
#[napi(js_name = "checkTlsOptions")]
// Called from JS only: a test build of this private module sees no caller.
#[cfg_attr(test, allow(dead_code))]
pub fn check_tls_options(options: OpenTlsOptions) -> Option<TlsOptionProblem> {
    let tls = match options.into_core() {
        Ok(tls) => tls,
        Err(problem) => return Some(problem),
    };
    tls::check(&tls).err().map(|e| TlsOptionProblem {
        code: e.code.to_owned(),
        message: e.message,
    })
}

#[napi(object)]
pub struct OpenOptions {
    pub host: Option<String>,
    pub port: Option<u32>,
    /// A UNIX socket path; wins over host/port.
    pub path: Option<String>,
    pub tls: Option<OpenTlsOptions>,
    /// Milliseconds; 0 or absent waits as long as the OS does.
    pub connect_timeout: Option<f64>,
    pub no_delay: Option<bool>,
    pub keep_alive: Option<bool>,
    /// Milliseconds of idleness before the first keepalive probe; absent: the system's default.
    pub keep_alive_initial_delay: Option<f64>,
    /// 0 (any), 4 or 6.
    pub family: Option<u32>,
    pub local_address: Option<String>,
    pub local_port: Option<u32>,
    pub handshake: Buffer,
    pub handshake_count: u32,
    /// How many of the last handshake commands may fail (CLIENT SETINFO).
    pub handshake_optional: Option<u32>,
    /// Milliseconds without data before the connection is dropped; absent: never.
    pub socket_timeout: Option<f64>,
    pub offline_queue: bool,
    /// The handshake speaks RESP3 (`HELLO 3`).
    pub resp3: Option<bool>,
    /// Bytes; a longer string from the server is a protocol error.
    pub max_bulk_length: Option<f64>,
}

fn pems(list: Option<Vec<Buffer>>) -> Vec<Vec<u8>> {
    list.unwrap_or_default()
        .into_iter()
        .map(|b| b.to_vec())
        .collect()
}

/// Milliseconds as JS hands them over: absent or 0 means "no limit", a positive number is a
/// `Duration`. Total over f64: a negative, NaN, infinite or too large value is an `Error`, never
/// a panic (a panic here aborts Node). `lib/options.js` refuses such values before they get here.
fn milliseconds(ms: Option<f64>, name: &str) -> Result<Option<Duration>> {
    let invalid = |ms: f64| {
        Error::new(
            Status::InvalidArg,
            format!("{name} must be a non-negative, finite number of milliseconds, got {ms:?}"),
        )
    };
    let Some(ms) = ms.filter(|ms| *ms != 0.0) else {
        return Ok(None);
    };
    if ms > 0.0 {
        Duration::try_from_secs_f64(ms / 1000.0)
            .map(Some)
            .map_err(|_| invalid(ms))
    } else {
        Err(invalid(ms)) // negative or NaN
    }
}

fn secrets(list: Option<Vec<OpenSecret>>) -> Vec<Secret> {
    list.unwrap_or_default()
        .into_iter()
        .map(|s| Secret::new(s.data.to_vec(), s.passphrase))
        .collect()
}

fn invalid(message: impl Into<String>) -> Error {
    Error::new(Status::InvalidArg, message.into())
}

impl OpenOptions {
    pub fn into_config(self) -> Result<ConnectConfig> {
        let target = match self.path {
            Some(path) => Target::Unix { path },
            None => Target::Tcp {
                host: self.host.unwrap_or_else(|| "localhost".to_owned()),
                port: u16::try_from(self.port.unwrap_or(6379)).map_err(|_| {
                    Error::new(
                        Status::InvalidArg,
                        "socket.port must be between 0 and 65535",
                    )
                })?,
            },
        };
        let mut config = ConnectConfig::new(target);
        config.tls = self
            .tls
            .map(|tls| tls.into_core())
            .transpose()
            .map_err(|problem| Error::new(Status::InvalidArg, problem.message))?;
        config.connect_timeout = milliseconds(self.connect_timeout, "connectTimeout")?;
        config.socket_timeout = milliseconds(self.socket_timeout, "socketTimeout")?;
        config.no_delay = self.no_delay.unwrap_or(true);
        config.keep_alive = self.keep_alive.unwrap_or(true);
        config.keep_alive_initial_delay =
            milliseconds(self.keep_alive_initial_delay, "keepAliveInitialDelay")?;
        config.family = match self.family.unwrap_or(0) {
            0 => IpFamily::Any,
            4 => IpFamily::V4,
            6 => IpFamily::V6,
            other => {
                return Err(invalid(format!(
                    "socket.family must be 0, 4 or 6, got {other}"
                )))
            }
        };
        config.local_address = self
            .local_address
            .map(|address| {
                address.parse::<IpAddr>().map_err(|_| {
                    invalid(format!(
                        "socket.localAddress {address:?} is not an IP address"
                    ))
                })
            })
            .transpose()?;
        config.local_port = self
            .local_port
            .map(|port| {
                u16::try_from(port)
                    .map_err(|_| invalid("socket.localPort must be between 0 and 65535"))
            })
            .transpose()?;
        config.handshake = Handshake {
            commands: Bytes::from(self.handshake.to_vec()),
            count: self.handshake_count,
            optional: self.handshake_optional.unwrap_or(0),
        };
        config.offline_queue = self.offline_queue;
        config.resp3 = self.resp3.unwrap_or(false);
        if let Some(length) = self.max_bulk_length {
            if !((65536.0..=f64::from(u32::MAX)).contains(&length) && length.fract() == 0.0) {
                return Err(Error::new(
                    Status::InvalidArg,
                    format!(
                        "maxBulkLength must be an integer from 65536 to 4294967295, got {length}"
                    ),
                ));
            }
            // Checked above: a whole number that fits.
            config.max_bulk_len = length as usize;
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn milliseconds_is_total() {
        assert_eq!(milliseconds(None, "t").unwrap(), None);
        assert_eq!(milliseconds(Some(0.0), "t").unwrap(), None);
        assert_eq!(milliseconds(Some(-0.0), "t").unwrap(), None);
        assert_eq!(
            milliseconds(Some(1500.0), "t").unwrap(),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(
            milliseconds(Some(2_147_483_647.0), "t").unwrap(),
            Some(Duration::from_millis(2_147_483_647))
        );
        assert!(milliseconds(Some(f64::MIN_POSITIVE), "t")
            .unwrap()
            .is_some());
        for bad in [
            1e300,
            f64::MAX,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            -1.0,
            -1e-300,
        ] {
            let err = milliseconds(Some(bad), "connectTimeout").unwrap_err();
            assert!(err.reason.contains("connectTimeout"), "{}", err.reason);
        }
    }
}
