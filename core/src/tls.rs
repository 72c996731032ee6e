//! rustls client configuration from Node-style TLS options (`ca`, `cert`, `key`, `servername`,
//! `rejectUnauthorized`).

use std::io::BufReader;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{ring, verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

use crate::config::TlsOptions;
use crate::error::{ConnectionError, FailureKind};

fn tls_error(message: impl Into<String>) -> ConnectionError {
    ConnectionError::new(FailureKind::Tls, "ERR_TLS", message)
}

fn certificates(pems: &[Vec<u8>]) -> Result<Vec<CertificateDer<'static>>, ConnectionError> {
    let mut out = Vec::new();
    for pem in pems {
        for cert in rustls_pemfile::certs(&mut BufReader::new(pem.as_slice())) {
            out.push(cert.map_err(|e| tls_error(format!("invalid PEM certificate: {e}")))?);
        }
    }
    Ok(out)
}

fn private_key(pems: &[Vec<u8>]) -> Result<Option<PrivateKeyDer<'static>>, ConnectionError> {
    for pem in pems {
        if let Some(key) = rustls_pemfile::private_key(&mut BufReader::new(pem.as_slice()))
            .map_err(|e| tls_error(format!("invalid PEM private key: {e}")))?
        {
            return Ok(Some(key));
        }
    }
    Ok(None)
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(ring::default_provider())
}

pub fn client_config(options: &TlsOptions) -> Result<Arc<ClientConfig>, ConnectionError> {
    let builder = ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_error(e.to_string()))?;

    let builder = if options.reject_unauthorized {
        let mut roots = RootCertStore::empty();
        let ca = certificates(&options.ca)?;
        if ca.is_empty() {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        } else {
            for cert in ca {
                roots
                    .add(cert)
                    .map_err(|e| tls_error(format!("invalid CA certificate: {e}")))?;
            }
        }
        builder.with_root_certificates(roots)
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate(provider())))
    };

    let chain = certificates(&options.cert)?;
    let config = match (chain.is_empty(), private_key(&options.key)?) {
        (true, None) => builder.with_no_client_auth(),
        (false, Some(key)) => builder
            .with_client_auth_cert(chain, key)
            .map_err(|e| tls_error(format!("invalid client certificate or key: {e}")))?,
        (false, None) => return Err(tls_error("a client `cert` needs its `key`")),
        (true, Some(_)) => return Err(tls_error("a client `key` needs its `cert`")),
    };
    Ok(Arc::new(config))
}

pub fn server_name(
    options: &TlsOptions,
    host: &str,
) -> Result<ServerName<'static>, ConnectionError> {
    let name = options.servername.as_deref().unwrap_or(host);
    let name = name.trim_start_matches('[').trim_end_matches(']');
    ServerName::try_from(name.to_owned())
        .map_err(|_| tls_error(format!("invalid TLS server name {name:?}")))
}

/// `rejectUnauthorized: false`: the connection is encrypted but the server is not verified,
/// exactly what Node does with that option. Signatures are still checked, so the handshake
/// itself stays sound.
#[derive(Debug)]
struct AcceptAnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
