//! Fixtures of the TLS unit tests, made by `testdata/make.sh` (valid for 100 years).

pub const CA_PEM: &[u8] = include_bytes!("testdata/ca.pem");
pub const SERVER_PEM: &[u8] = include_bytes!("testdata/server.pem");
pub const UNTRUSTED_SERVER_PEM: &[u8] = include_bytes!("testdata/untrusted-server.pem");
pub const CLIENT_PEM: &[u8] = include_bytes!("testdata/client.pem");
pub const CLIENT_V1_PEM: &[u8] = include_bytes!("testdata/client-v1.pem");
pub const CLIENT_KEY: &[u8] = include_bytes!("testdata/client.key");
pub const CLIENT_KEY_PBES2: &[u8] = include_bytes!("testdata/client-key-pbes2.pem");
pub const CLIENT_KEY_SCRYPT: &[u8] = include_bytes!("testdata/client-key-scrypt.pem");
pub const CLIENT_KEY_TRADITIONAL: &[u8] = include_bytes!("testdata/client-key-traditional.pem");
pub const CLIENT_P12: &[u8] = include_bytes!("testdata/client.p12");
pub const CLIENT_LEGACY_P12: &[u8] = include_bytes!("testdata/client-legacy.p12");
pub const CLIENT_NOPASS_P12: &[u8] = include_bytes!("testdata/client-nopass.p12");
pub const CLIENT_UNICODE_P12: &[u8] = include_bytes!("testdata/client-unicode.p12");
