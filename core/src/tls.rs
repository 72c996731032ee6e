//! rustls client configuration from Node-style TLS options (`ca`, `cert`, `key`, `pfx`,
//! `passphrase`, `servername`, `rejectUnauthorized`, `minVersion`, `maxVersion`, `ciphers`).
//!
//! Everything a user can get wrong in these options is found by [`check`], which the bridge runs
//! when the client is created, so that `createClient` throws instead of a connection failing
//! later. The configuration is then built once per client ([`client_config`]) and shared by its
//! connections.

mod ciphers;
mod keys;
mod pkcs12;
#[cfg(test)]
mod testdata;
mod verify;

use std::sync::{Arc, OnceLock};

use rustls::client::ResolvesClientCert;
use rustls::crypto::{ring, CryptoProvider};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use rustls::sign::CertifiedKey;
use rustls::version::{TLS12, TLS13};
use rustls::{ClientConfig, ClientConnection, RootCertStore, SupportedProtocolVersion};

use crate::config::{TlsOptions, TlsVersion};
use crate::error::{ConnectionError, FailureKind};

pub use ciphers::{supported_cipher_names, OPENSSL_NAMES};
pub use verify::ChainOnlyVerifier;

/// What is wrong with a TLS option: a Node-style `code` and a message naming the option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TlsOptionError {
    pub code: &'static str,
    pub message: String,
}

impl TlsOptionError {
    pub(crate) fn new(code: &'static str, message: impl Into<String>) -> Self {
        TlsOptionError {
            code,
            message: message.into(),
        }
    }

    /// A certificate, key or archive that cannot be read or used.
    pub(crate) fn material(message: impl Into<String>) -> Self {
        Self::new("ERR_TLS_INVALID_MATERIAL", message)
    }

    /// A protocol version that is not valid or not supported (`TypeError` in Node, same code).
    pub(crate) fn version(message: impl Into<String>) -> Self {
        Self::new("ERR_TLS_INVALID_PROTOCOL_VERSION", message)
    }

    /// A cipher list that selects nothing rustls has (Node's code for the same).
    pub(crate) fn ciphers(message: impl Into<String>) -> Self {
        Self::new("ERR_SSL_NO_CIPHER_MATCH", message)
    }
}

impl From<TlsOptionError> for ConnectionError {
    fn from(e: TlsOptionError) -> Self {
        ConnectionError::new(FailureKind::Tls, e.code, e.message)
    }
}

/// The configuration of one client, built by its first connection and reused by the next ones.
/// Clones of a [`TlsOptions`] share it.
#[derive(Clone, Debug, Default)]
pub struct BuiltConfig(Arc<OnceLock<Arc<ClientConfig>>>);

/// Finds whatever is wrong with the options without connecting anywhere: unreadable PEM or
/// PKCS#12, a wrong passphrase, a key that does not match its certificate, an unknown cipher,
/// an unsupported protocol version. The configuration it builds is kept for the connections.
pub fn check(options: &TlsOptions) -> Result<(), TlsOptionError> {
    let config = build(options)?;
    let _ = options.built.0.set(config);
    Ok(())
}

/// The client configuration for these options (built once, then shared).
pub fn client_config(options: &TlsOptions) -> Result<Arc<ClientConfig>, ConnectionError> {
    if let Some(config) = options.built.0.get() {
        return Ok(config.clone());
    }
    let config = build(options)?;
    Ok(options.built.0.get_or_init(|| config).clone())
}

/// The certificates the server presented, leaf first, as DER — what a `checkServerIdentity`
/// callback receives (with [`TlsOptions::verify_name`] off, the name is its business).
pub fn peer_certificates(connection: &ClientConnection) -> Vec<Vec<u8>> {
    connection
        .peer_certificates()
        .map(|chain| chain.iter().map(|cert| cert.as_ref().to_vec()).collect())
        .unwrap_or_default()
}

/// The protocol versions between `min_version` and `max_version` (Node's defaults: TLSv1.2 and
/// TLSv1.3, which is all rustls speaks).
pub fn protocol_versions(
    options: &TlsOptions,
) -> Result<Vec<&'static SupportedProtocolVersion>, TlsOptionError> {
    let min = options.min_version.unwrap_or(TlsVersion::Tls12);
    let max = options.max_version.unwrap_or(TlsVersion::Tls13);
    if min > max {
        return Err(TlsOptionError::version(format!(
            "socket.minVersion {:?} is above socket.maxVersion {:?}",
            min.node_name(),
            max.node_name()
        )));
    }
    Ok([(TlsVersion::Tls12, &TLS12), (TlsVersion::Tls13, &TLS13)]
        .into_iter()
        .filter(|(version, _)| (min..=max).contains(version))
        .map(|(_, supported)| supported)
        .collect())
}

/// The client's own certificate chain and key, from `cert` + `key` or from `pfx`, with the CA
/// certificates a PKCS#12 archive carried.
struct Identity {
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
    archive_cas: Vec<CertificateDer<'static>>,
}

fn identity(options: &TlsOptions) -> Result<Option<Identity>, TlsOptionError> {
    let chain = keys::certificates(&options.cert, "cert")?;
    let key = keys::private_key(&options.key)?;
    if !options.pfx.is_empty() {
        if !chain.is_empty() || key.is_some() {
            return Err(TlsOptionError::material(
                "give the client certificate either as socket.pfx or as socket.cert and socket.key, not both",
            ));
        }
        let archive = pkcs12::read_first_identity(&options.pfx)?;
        return Ok(Some(Identity {
            chain: archive.chain,
            key: archive.key,
            archive_cas: archive.cas,
        }));
    }
    match (chain.is_empty(), key) {
        (true, None) => Ok(None),
        (false, Some(key)) => Ok(Some(Identity {
            chain,
            key,
            archive_cas: Vec::new(),
        })),
        (false, None) => Err(TlsOptionError::material(
            "socket.cert is given without its private key: add socket.key (or use socket.pfx)",
        )),
        (true, Some(_)) => Err(TlsOptionError::material(
            "socket.key is given without its certificate: add socket.cert (or use socket.pfx)",
        )),
    }
}

fn build(options: &TlsOptions) -> Result<Arc<ClientConfig>, TlsOptionError> {
    let mut provider = ring::default_provider();
    if let Some(list) = options.ciphers.as_deref().filter(|list| !list.is_empty()) {
        provider.cipher_suites = ciphers::select(list, &provider.cipher_suites)?;
    }
    let provider = Arc::new(provider);
    let versions = protocol_versions(options)?;
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&versions)
        .map_err(|_| {
            TlsOptionError::ciphers(format!(
                "socket.ciphers selects no cipher suite for {} (the versions socket.minVersion and \
                 socket.maxVersion allow)",
                versions
                    .iter()
                    .map(|v| version_name(v))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ))
        })?;

    let identity = identity(options)?;
    let ca = keys::certificates(&options.ca, "ca")?;
    let builder = if options.reject_unauthorized {
        let mut roots = RootCertStore::empty();
        if ca.is_empty() {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
        let archive_cas = identity.as_ref().map(|i| i.archive_cas.clone());
        for (cert, source) in ca
            .into_iter()
            .map(|c| (c, "socket.ca"))
            .chain(archive_cas.into_iter().flatten().map(|c| (c, "socket.pfx")))
        {
            roots.add(cert).map_err(|e| {
                TlsOptionError::material(format!(
                    "a CA certificate in {source} cannot be used as a trust anchor: {e}"
                ))
            })?;
        }
        if options.verify_name {
            builder.with_root_certificates(roots)
        } else {
            let verifier = ChainOnlyVerifier::new(roots, provider.clone())
                .map_err(|e| TlsOptionError::material(format!("socket.ca: {e}")))?;
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(verifier))
        }
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verify::AcceptAnyCertificate(
                provider.clone(),
            )))
    };

    let config = match identity {
        None => builder.with_no_client_auth(),
        Some(Identity { chain, key, .. }) => builder.with_client_cert_resolver(Arc::new(
            ClientIdentity(certified_key(&provider, chain, key)?),
        )),
    };
    Ok(Arc::new(config))
}

/// The client's certificate chain with its signing key, once the key is known to be the
/// certificate's. Checked here rather than by rustls' `with_client_auth_cert`, whose check
/// parses the certificate with webpki and so refuses X.509 v1 certificates, which OpenSSL
/// servers (and Node) accept.
fn certified_key(
    provider: &CryptoProvider,
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> Result<Arc<CertifiedKey>, TlsOptionError> {
    let signing = provider.key_provider.load_private_key(key).map_err(|e| {
        TlsOptionError::material(format!("the client private key cannot be used: {e}"))
    })?;
    let leaf = chain.first().ok_or_else(|| {
        TlsOptionError::material("the client certificate is missing from its chain")
    })?;
    let certificate_key = keys::subject_public_key_info(leaf).ok_or_else(|| {
        TlsOptionError::material("the client certificate cannot be parsed as X.509")
    })?;
    if let Some(key) = signing.public_key() {
        if key.as_ref() != certificate_key.as_slice() {
            return Err(TlsOptionError::material(
                "the client certificate and key cannot be used together: the key is not the \
                 certificate's (check that socket.key and socket.cert belong together)",
            ));
        }
    }
    Ok(Arc::new(CertifiedKey::new(chain, signing)))
}

/// Presents the one client identity whatever the server asks for, as Node does.
#[derive(Debug)]
struct ClientIdentity(Arc<CertifiedKey>);

impl ResolvesClientCert for ClientIdentity {
    fn resolve(
        &self,
        _root_hint_subjects: &[&[u8]],
        _sigschemes: &[rustls::SignatureScheme],
    ) -> Option<Arc<CertifiedKey>> {
        Some(self.0.clone())
    }

    fn has_certs(&self) -> bool {
        true
    }
}

fn version_name(version: &SupportedProtocolVersion) -> &'static str {
    if version.version == TLS13.version {
        "TLSv1.3"
    } else {
        "TLSv1.2"
    }
}

/// The name sent as SNI and checked against the certificate: `servername`, else the host. An
/// IP address is checked against the certificate's IP addresses and sends no SNI (as Node).
pub fn server_name(
    options: &TlsOptions,
    host: &str,
) -> Result<ServerName<'static>, ConnectionError> {
    let name = options.servername.as_deref().unwrap_or(host);
    let name = name.trim_start_matches('[').trim_end_matches(']');
    ServerName::try_from(name.to_owned()).map_err(|_| {
        ConnectionError::new(
            FailureKind::Tls,
            "ERR_TLS",
            format!("invalid TLS server name {name:?}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_versions(min: Option<TlsVersion>, max: Option<TlsVersion>) -> TlsOptions {
        TlsOptions {
            min_version: min,
            max_version: max,
            ..TlsOptions::default()
        }
    }

    fn names(versions: &[&'static SupportedProtocolVersion]) -> Vec<&'static str> {
        versions.iter().map(|v| version_name(v)).collect()
    }

    #[test]
    fn node_version_names_map_to_rustls_versions() {
        use TlsVersion::*;
        let range = |min, max| names(&protocol_versions(&with_versions(min, max)).unwrap());
        assert_eq!(range(None, None), ["TLSv1.2", "TLSv1.3"]);
        assert_eq!(range(Some(Tls13), None), ["TLSv1.3"]);
        assert_eq!(range(None, Some(Tls12)), ["TLSv1.2"]);
        assert_eq!(range(Some(Tls12), Some(Tls12)), ["TLSv1.2"]);
        let err = protocol_versions(&with_versions(Some(Tls13), Some(Tls12))).unwrap_err();
        assert_eq!(err.code, "ERR_TLS_INVALID_PROTOCOL_VERSION");
        assert!(err.message.contains("above"), "{}", err.message);
    }

    #[test]
    fn old_and_unknown_version_names_are_refused() {
        assert_eq!(
            TlsVersion::from_node_name("TLSv1.3", "minVersion"),
            Ok(TlsVersion::Tls13)
        );
        let old = TlsVersion::from_node_name("TLSv1.1", "maxVersion").unwrap_err();
        assert!(old.contains("socket.maxVersion") && old.contains("rustls speaks only"));
        let odd = TlsVersion::from_node_name("TLSv1.4", "minVersion").unwrap_err();
        assert!(odd.contains("not a valid TLS protocol version"), "{odd}");
    }

    #[test]
    fn the_configuration_is_built_once_per_client() {
        let options = TlsOptions::default();
        check(&options).unwrap();
        let copy = options.clone();
        let a = client_config(&options).unwrap();
        let b = client_config(&copy).unwrap();
        assert!(Arc::ptr_eq(&a, &b));
    }

    #[test]
    fn a_cipher_list_with_only_tls12_suites_and_tls13_only_is_refused() {
        let options = TlsOptions {
            ciphers: Some("ECDHE-RSA-AES128-GCM-SHA256".into()),
            min_version: Some(TlsVersion::Tls13),
            ..TlsOptions::default()
        };
        let err = check(&options).unwrap_err();
        assert_eq!(err.code, "ERR_SSL_NO_CIPHER_MATCH");
        assert!(err.message.contains("TLSv1.3"), "{}", err.message);
    }

    fn with_identity(cert: &[u8], key: &[u8]) -> TlsOptions {
        TlsOptions {
            cert: vec![cert.to_vec()],
            key: vec![crate::config::Secret::new(key, None)],
            ..TlsOptions::default()
        }
    }

    #[test]
    fn a_key_must_be_its_certificates_and_x509_v1_is_fine() {
        assert!(check(&with_identity(testdata::CLIENT_PEM, testdata::CLIENT_KEY)).is_ok());
        assert!(check(&with_identity(
            testdata::CLIENT_V1_PEM,
            testdata::CLIENT_KEY
        ))
        .is_ok());
        let err = check(&with_identity(testdata::SERVER_PEM, testdata::CLIENT_KEY)).unwrap_err();
        assert!(
            err.message.contains("the key is not the certificate's"),
            "{}",
            err.message
        );
    }

    #[test]
    fn a_ca_that_is_not_pem_is_refused() {
        for ca in [b"hello".to_vec(), vec![0x30, 0x82, 0x01, 0x00], Vec::new()] {
            let options = TlsOptions {
                ca: vec![ca],
                ..TlsOptions::default()
            };
            let err = check(&options).unwrap_err();
            assert!(err.message.contains("socket.ca"), "{}", err.message);
        }
    }
}
