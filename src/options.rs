//! The connection options JS hands to `open`, already normalised by `lib/options.js`; this only
//! converts them to the engine's config.

use std::time::Duration;

use bytes::Bytes;
use ferrodis_core::{ConnectConfig, Handshake, Target, TlsOptions};
use napi::bindgen_prelude::Buffer;
use napi::{Error, Result, Status};
use napi_derive::napi;

#[napi(object)]
pub struct OpenTlsOptions {
    pub ca: Option<Vec<Buffer>>,
    pub cert: Option<Vec<Buffer>>,
    pub key: Option<Vec<Buffer>>,
    pub servername: Option<String>,
    pub reject_unauthorized: Option<bool>,
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
        config.tls = self.tls.map(|tls| TlsOptions {
            ca: pems(tls.ca),
            cert: pems(tls.cert),
            key: pems(tls.key),
            servername: tls.servername,
            reject_unauthorized: tls.reject_unauthorized.unwrap_or(true),
        });
        config.connect_timeout = milliseconds(self.connect_timeout, "connectTimeout")?;
        config.socket_timeout = milliseconds(self.socket_timeout, "socketTimeout")?;
        config.no_delay = self.no_delay.unwrap_or(true);
        config.keep_alive = self.keep_alive.unwrap_or(true);
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
                    format!("maxBulkLength must be an integer from 65536 to 4294967295, got {length}"),
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
