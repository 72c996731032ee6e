//! PEM certificates (`ca`, `cert`) and private keys (`key`), including keys encrypted with a
//! passphrase: PKCS#8 `ENCRYPTED PRIVATE KEY` (PBES2, what `openssl pkcs8 -topk8` and OpenSSL 3
//! write) and the older OpenSSL format (`Proc-Type: 4,ENCRYPTED` + `DEK-Info`).

use std::io::BufReader;

use aes::{Aes128, Aes192, Aes256};
use cbc::cipher::{BlockCipherDecrypt, BlockModeDecrypt, KeyIvInit};
use der::{Decode, Encode, Tagged};
use des::{Des, TdesEde3};
use md5::{Digest, Md5};
use rustls::pki_types::{
    CertificateDer, PrivateKeyDer, PrivatePkcs1KeyDer, PrivatePkcs8KeyDer, PrivateSec1KeyDer,
};

use super::pkcs12::{self, Password};
use super::TlsOptionError;
use crate::config::Secret;

const PKCS8_ENCRYPTED_LABEL: &str = "ENCRYPTED PRIVATE KEY";

/// The certificates of every PEM in `pems` (an option's string, Buffer or array items). An item
/// with no certificate is an error: Node ignores it, and the connection then fails for a reason
/// nobody can see.
pub fn certificates(
    pems: &[Vec<u8>],
    option: &str,
) -> Result<Vec<CertificateDer<'static>>, TlsOptionError> {
    let mut out = Vec::new();
    for (index, pem) in pems.iter().enumerate() {
        let at = if pems.len() > 1 {
            format!("socket.{option}[{index}]")
        } else {
            format!("socket.{option}")
        };
        let before = out.len();
        for cert in rustls_pemfile::certs(&mut BufReader::new(pem.as_slice())) {
            out.push(cert.map_err(|e| {
                TlsOptionError::material(format!("{at}: a PEM certificate cannot be parsed: {e}"))
            })?);
        }
        if out.len() == before {
            return Err(TlsOptionError::material(format!(
                "{at} contains no PEM certificate ('-----BEGIN CERTIFICATE-----'){}",
                if looks_like_der(pem) {
                    "; it looks like DER, which Node does not accept either: convert it with \
                     `openssl x509 -inform der -in cert.der -out cert.pem`"
                } else {
                    ""
                }
            )));
        }
    }
    Ok(out)
}

/// The DER `SubjectPublicKeyInfo` of an X.509 certificate of any version (webpki reads only
/// v3), to check that a private key belongs to it.
pub(super) fn subject_public_key_info(cert: &[u8]) -> Option<Vec<u8>> {
    let certificate = der::asn1::Any::from_der(cert).ok()?;
    let mut fields = der::SliceReader::new(certificate.value()).ok()?;
    let tbs = der::asn1::Any::decode(&mut fields).ok()?;
    let mut reader = der::SliceReader::new(tbs.value()).ok()?;
    let mut field = der::asn1::Any::decode(&mut reader).ok()?;
    if field.tag().is_context_specific() {
        // [0] version: absent in v1 certificates
        field = der::asn1::Any::decode(&mut reader).ok()?;
    }
    // serialNumber (read above), signature, issuer, validity, subject, then the key.
    for _ in 0..5 {
        field = der::asn1::Any::decode(&mut reader).ok()?;
    }
    field.to_der().ok()
}

fn looks_like_der(bytes: &[u8]) -> bool {
    bytes.first() == Some(&0x30)
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// The first private key of the `key` items, decrypted with its passphrase if it is encrypted.
/// An item without any private key is an error.
pub fn private_key(keys: &[Secret]) -> Result<Option<PrivateKeyDer<'static>>, TlsOptionError> {
    let mut first = None;
    for (index, item) in keys.iter().enumerate() {
        let at = if keys.len() > 1 {
            format!("socket.key[{index}]")
        } else {
            "socket.key".to_owned()
        };
        let key = one_private_key(item, &at)?;
        first.get_or_insert(key);
    }
    Ok(first)
}

fn one_private_key(item: &Secret, at: &str) -> Result<PrivateKeyDer<'static>, TlsOptionError> {
    let pem = item.data.as_slice();
    let needs_passphrase = || {
        TlsOptionError::material(format!(
            "{at} is encrypted: give its passphrase as socket.passphrase"
        ))
    };
    if contains(pem, "Proc-Type: 4,ENCRYPTED") {
        let passphrase = item.passphrase.as_deref().ok_or_else(needs_passphrase)?;
        return traditional_encrypted_key(pem, passphrase, at);
    }
    if contains(pem, &format!("-----BEGIN {PKCS8_ENCRYPTED_LABEL}-----")) {
        let passphrase = item.passphrase.as_deref().ok_or_else(needs_passphrase)?;
        return pkcs8_encrypted_key(pem, passphrase, at);
    }
    match rustls_pemfile::private_key(&mut BufReader::new(pem)) {
        Ok(Some(key)) => Ok(key),
        Ok(None) => Err(TlsOptionError::material(format!(
            "{at} contains no PEM private key ('-----BEGIN PRIVATE KEY-----', 'RSA PRIVATE KEY', \
             'EC PRIVATE KEY' or 'ENCRYPTED PRIVATE KEY'){}",
            if looks_like_der(pem) {
                "; it looks like DER: convert it with `openssl pkey -inform der -in key.der -out key.pem`"
            } else {
                ""
            }
        ))),
        Err(e) => Err(TlsOptionError::material(format!(
            "{at}: the PEM private key cannot be parsed: {e}"
        ))),
    }
}

/// The body of the first `-----BEGIN <label>-----` section, decoded.
fn pem_section(pem: &[u8], label: &str, at: &str) -> Result<Vec<u8>, TlsOptionError> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let text = String::from_utf8_lossy(pem);
    let section = text
        .find(&begin)
        .and_then(|start| {
            text[start..]
                .find(&end)
                .map(|stop| &text[start..start + stop + end.len()])
        })
        .ok_or_else(|| {
            TlsOptionError::material(format!("{at}: the PEM section {label} is not complete"))
        })?;
    let (_, der) = der::pem::decode_vec(section.as_bytes()).map_err(|e| {
        TlsOptionError::material(format!(
            "{at}: the PEM section {label} cannot be parsed: {e}"
        ))
    })?;
    Ok(der)
}

fn wrong_passphrase(at: &str) -> TlsOptionError {
    TlsOptionError::material(format!(
        "socket.passphrase does not decrypt {at} (bad decrypt: wrong passphrase?)"
    ))
}

fn pkcs8_encrypted_key(
    pem: &[u8],
    passphrase: &str,
    at: &str,
) -> Result<PrivateKeyDer<'static>, TlsOptionError> {
    let der = pem_section(pem, PKCS8_ENCRYPTED_LABEL, at)?;
    let plain = pkcs12::decrypt_pkcs8(&der, &Password::new(passphrase)).map_err(|e| match e {
        pkcs12::DecryptError::WrongPassword => wrong_passphrase(at),
        pkcs12::DecryptError::Invalid(why) => {
            TlsOptionError::material(format!("{at}: the encrypted private key {why}"))
        }
    })?;
    Ok(PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(plain)))
}

/// OpenSSL's older format: a PKCS#1 or SEC1 key encrypted with a key that OpenSSL's
/// `EVP_BytesToKey` (MD5, one round, salted with the IV's first 8 bytes) derives from the
/// passphrase.
fn traditional_encrypted_key(
    pem: &[u8],
    passphrase: &str,
    at: &str,
) -> Result<PrivateKeyDer<'static>, TlsOptionError> {
    let text = String::from_utf8_lossy(pem);
    let unreadable =
        |why: &str| TlsOptionError::material(format!("{at}: the encrypted PEM key {why}"));
    let (label, wrap): (&str, fn(Vec<u8>) -> PrivateKeyDer<'static>) =
        if text.contains("-----BEGIN RSA PRIVATE KEY-----") {
            ("RSA PRIVATE KEY", |der| {
                PrivateKeyDer::Pkcs1(PrivatePkcs1KeyDer::from(der))
            })
        } else if text.contains("-----BEGIN EC PRIVATE KEY-----") {
            ("EC PRIVATE KEY", |der| {
                PrivateKeyDer::Sec1(PrivateSec1KeyDer::from(der))
            })
        } else {
            return Err(unreadable(
                "is neither an RSA nor an EC key; convert it to PKCS#8 with `openssl pkcs8 -topk8`",
            ));
        };
    let start = text
        .find(&format!("-----BEGIN {label}-----"))
        .ok_or_else(|| unreadable("has no BEGIN line"))?;
    let section = &text[start..];
    let end = section
        .find(&format!("-----END {label}-----"))
        .ok_or_else(|| unreadable("has no END line"))?;
    let mut dek_info = None;
    let mut body = String::new();
    for line in section[..end].lines().skip(1).map(str::trim) {
        if let Some(value) = line.strip_prefix("DEK-Info:") {
            dek_info = Some(value.trim().to_owned());
        } else if !line.contains(':') {
            body.push_str(line);
        }
    }
    let dek_info = dek_info.ok_or_else(|| unreadable("has no DEK-Info header"))?;
    let (cipher, iv_hex) = dek_info
        .split_once(',')
        .ok_or_else(|| unreadable("has a malformed DEK-Info header"))?;
    let iv = hex(iv_hex.trim()).ok_or_else(|| unreadable("has a malformed IV"))?;
    let ciphertext = base64(&body).ok_or_else(|| unreadable("is not valid base64"))?;
    let key_len = match cipher {
        "AES-128-CBC" => 16,
        "AES-192-CBC" => 24,
        "AES-256-CBC" => 32,
        "DES-EDE3-CBC" => 24,
        "DES-CBC" => 8,
        other => {
            return Err(unreadable(&format!(
                "uses the cipher {other}, which is not supported; convert it to PKCS#8 with \
                 `openssl pkcs8 -topk8`"
            )))
        }
    };
    let salt = iv
        .get(..8)
        .ok_or_else(|| unreadable("has a malformed IV"))?;
    let key = bytes_to_key(passphrase.as_bytes(), salt, key_len);
    let plain = match cipher {
        "AES-128-CBC" => cbc_decrypt::<Aes128>(&key, &iv, &ciphertext),
        "AES-192-CBC" => cbc_decrypt::<Aes192>(&key, &iv, &ciphertext),
        "AES-256-CBC" => cbc_decrypt::<Aes256>(&key, &iv, &ciphertext),
        "DES-EDE3-CBC" => cbc_decrypt::<TdesEde3>(&key, &iv, &ciphertext),
        _ => cbc_decrypt::<Des>(&key, &iv, &ciphertext),
    }
    .ok_or_else(|| wrong_passphrase(at))?;
    // A wrong passphrase can still leave valid padding (1 in 256): the result is then not DER.
    if der::asn1::Any::from_der(&plain).is_err() {
        return Err(wrong_passphrase(at));
    }
    Ok(wrap(plain))
}

/// OpenSSL's `EVP_BytesToKey` with MD5 and one iteration.
fn bytes_to_key(password: &[u8], salt: &[u8], len: usize) -> Vec<u8> {
    let mut key = Vec::with_capacity(len + 16);
    let mut previous: Vec<u8> = Vec::new();
    while key.len() < len {
        let mut md5 = Md5::new();
        md5.update(&previous);
        md5.update(password);
        md5.update(salt);
        previous = md5.finalize().to_vec();
        key.extend_from_slice(&previous);
    }
    key.truncate(len);
    key
}

/// CBC with PKCS#7 padding; `None` when the key or IV has the wrong size or the padding is bad.
pub(super) fn cbc_decrypt<C>(key: &[u8], iv: &[u8], data: &[u8]) -> Option<Vec<u8>>
where
    C: BlockCipherDecrypt,
    cbc::Decryptor<C>: KeyIvInit + BlockModeDecrypt,
{
    let decryptor = cbc::Decryptor::<C>::new_from_slices(key, iv).ok()?;
    decryptor
        .decrypt_padded_vec::<cbc::cipher::block_padding::Pkcs7>(data)
        .ok()
}

fn hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn base64(s: &str) -> Option<Vec<u8>> {
    use base64ct::{Base64, Encoding};
    Base64::decode_vec(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tls::testdata;

    fn key(pem: &[u8], passphrase: Option<&str>) -> Result<PrivateKeyDer<'static>, TlsOptionError> {
        private_key(&[Secret::new(pem, passphrase.map(str::to_owned))]).map(Option::unwrap)
    }

    fn plain_client_key() -> Vec<u8> {
        match key(testdata::CLIENT_KEY, None).unwrap() {
            PrivateKeyDer::Pkcs8(k) => k.secret_pkcs8_der().to_vec(),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn encrypted_pkcs8_keys_are_decrypted_with_their_passphrase() {
        for pem in [testdata::CLIENT_KEY_PBES2, testdata::CLIENT_KEY_SCRYPT] {
            match key(pem, Some("secret")).unwrap() {
                PrivateKeyDer::Pkcs8(k) => assert_eq!(k.secret_pkcs8_der(), plain_client_key()),
                other => panic!("unexpected {other:?}"),
            }
            let wrong = key(pem, Some("not it")).unwrap_err();
            assert!(
                wrong.message.contains("wrong passphrase"),
                "{}",
                wrong.message
            );
            let missing = key(pem, None).unwrap_err();
            assert!(
                missing.message.contains("give its passphrase"),
                "{}",
                missing.message
            );
        }
    }

    #[test]
    fn old_openssl_encrypted_keys_are_decrypted_too() {
        match key(testdata::CLIENT_KEY_TRADITIONAL, Some("secret")).unwrap() {
            PrivateKeyDer::Sec1(k) => assert!(!k.secret_sec1_der().is_empty()),
            other => panic!("unexpected {other:?}"),
        }
        let wrong = key(testdata::CLIENT_KEY_TRADITIONAL, Some("nope")).unwrap_err();
        assert!(
            wrong.message.contains("wrong passphrase"),
            "{}",
            wrong.message
        );
    }

    #[test]
    fn bytes_to_key_matches_openssl() {
        // `openssl enc -aes-128-cbc -k secret -S 0102030405060708 -P -md md5`
        assert_eq!(
            bytes_to_key(b"secret", &[1, 2, 3, 4, 5, 6, 7, 8], 16),
            hex("C9E5A1BD216DBE1317E230CEF48F38EE").unwrap()
        );
    }

    #[test]
    fn items_without_a_key_or_certificate_say_so() {
        let err = key(b"hello", None).unwrap_err();
        assert!(
            err.message
                .contains("socket.key contains no PEM private key"),
            "{}",
            err.message
        );
        let err = certificates(&[b"hello".to_vec()], "cert").unwrap_err();
        assert!(
            err.message
                .contains("socket.cert contains no PEM certificate"),
            "{}",
            err.message
        );
        let err =
            certificates(&[testdata::CA_PEM.to_vec(), vec![0x30, 0x82, 1, 0]], "ca").unwrap_err();
        assert!(
            err.message
                .starts_with("socket.ca[1] contains no PEM certificate"),
            "{}",
            err.message
        );
        assert!(err.message.contains("DER"), "{}", err.message);
    }
}
