//! ferrodis engine: RESP codec, connections (TCP, TLS, UNIX), handshake, pipelining and the
//! reply stream, on one tokio thread. It knows nothing of Node: the napi bridge (`src/` at the
//! workspace root) converts and delegates.

pub mod config;
pub mod connection;
pub mod error;
pub mod records;
pub mod resp;
pub mod runtime;
pub mod tls;
pub mod transport;
pub mod url;

pub use config::{ConnectConfig, Handshake, Target, TlsOptions};
pub use connection::{Client, Driven, Plan};
pub use error::{ConnectionError, FailureKind};
pub use records::Records;
