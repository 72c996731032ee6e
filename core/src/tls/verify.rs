//! The two server certificate verifiers besides rustls' own: one that verifies the chain but
//! leaves the name to a `checkServerIdentity` callback, and the one of `rejectUnauthorized:
//! false`.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{VerifierBuilderError, WebPkiServerVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// Verifies the chain up to a trusted root (validity dates, key usage, signatures) exactly as
/// rustls does, and accepts a certificate that is not valid for the server name: that check is
/// left to the caller (Node's `checkServerIdentity`, given `tls::peer_certificates`). rustls
/// checks the name last, after the chain, so an error about the name means the chain is good.
#[derive(Debug)]
pub struct ChainOnlyVerifier {
    inner: Arc<WebPkiServerVerifier>,
}

impl ChainOnlyVerifier {
    pub fn new(
        roots: RootCertStore,
        provider: Arc<CryptoProvider>,
    ) -> Result<Self, VerifierBuilderError> {
        let inner =
            WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider).build()?;
        Ok(ChainOnlyVerifier { inner })
    }
}

impl ServerCertVerifier for ChainOnlyVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        ) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }

    fn root_hint_subjects(&self) -> Option<&[rustls::DistinguishedName]> {
        self.inner.root_hint_subjects()
    }
}

/// `rejectUnauthorized: false`: the connection is encrypted but the server is not verified,
/// exactly what Node does with that option. Signatures are still checked, so the handshake
/// itself stays sound.
#[derive(Debug)]
pub(super) struct AcceptAnyCertificate(pub(super) Arc<CryptoProvider>);

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tls::keys;
    use crate::tls::testdata;

    fn roots() -> RootCertStore {
        let mut roots = RootCertStore::empty();
        for ca in keys::certificates(&[testdata::CA_PEM.to_vec()], "ca").unwrap() {
            roots.add(ca).unwrap();
        }
        roots
    }

    fn provider() -> Arc<CryptoProvider> {
        Arc::new(rustls::crypto::ring::default_provider())
    }

    fn leaf(pem: &[u8]) -> CertificateDer<'static> {
        keys::certificates(&[pem.to_vec()], "cert")
            .unwrap()
            .remove(0)
    }

    fn name(s: &str) -> ServerName<'static> {
        ServerName::try_from(s.to_owned()).unwrap()
    }

    fn now() -> UnixTime {
        UnixTime::now()
    }

    #[test]
    fn a_name_mismatch_is_left_to_the_caller() {
        let server = leaf(testdata::SERVER_PEM);
        let strict = WebPkiServerVerifier::builder_with_provider(Arc::new(roots()), provider())
            .build()
            .unwrap();
        let lenient = ChainOnlyVerifier::new(roots(), provider()).unwrap();
        for host in ["localhost", "127.0.0.1"] {
            assert!(strict
                .verify_server_cert(&server, &[], &name(host), &[], now())
                .is_ok());
            assert!(lenient
                .verify_server_cert(&server, &[], &name(host), &[], now())
                .is_ok());
        }
        for host in ["other.example", "10.9.8.7"] {
            assert!(matches!(
                strict.verify_server_cert(&server, &[], &name(host), &[], now()),
                Err(rustls::Error::InvalidCertificate(
                    CertificateError::NotValidForName
                        | CertificateError::NotValidForNameContext { .. }
                ))
            ));
            assert!(lenient
                .verify_server_cert(&server, &[], &name(host), &[], now())
                .is_ok());
        }
    }

    #[test]
    fn the_chain_is_still_verified() {
        let lenient = ChainOnlyVerifier::new(roots(), provider()).unwrap();
        // Signed by another CA.
        let stranger = leaf(testdata::UNTRUSTED_SERVER_PEM);
        assert!(matches!(
            lenient.verify_server_cert(&stranger, &[], &name("localhost"), &[], now()),
            Err(rustls::Error::InvalidCertificate(
                CertificateError::UnknownIssuer
            ))
        ));
        // Expired, whatever the name.
        let server = leaf(testdata::SERVER_PEM);
        let year_2500 = UnixTime::since_unix_epoch(std::time::Duration::from_secs(16_725_225_600));
        for host in ["localhost", "other.example"] {
            assert!(matches!(
                lenient.verify_server_cert(&server, &[], &name(host), &[], year_2500),
                Err(rustls::Error::InvalidCertificate(
                    CertificateError::Expired | CertificateError::ExpiredContext { .. }
                ))
            ));
        }
    }
}
