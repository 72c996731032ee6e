//! PKCS#12 archives (Node's `pfx`, RFC 7292): the client certificate, its private key and the
//! CA certificates that come with them, checked against the archive's MAC and decrypted with the
//! passphrase. Reads what OpenSSL writes: OpenSSL 3's default (PBES2 with AES-256-CBC and
//! PBKDF2, SHA-256 MAC) and `-legacy` / OpenSSL 1.x archives (the PKCS#12 key derivation with
//! RC2-40 or 3DES, SHA-1 MAC). Also decrypts PKCS#8 `ENCRYPTED PRIVATE KEY`s, the same
//! structure as an archive's key bag.

use der::asn1::{Any, ObjectIdentifier as Oid, OctetString};
use der::{Decode, Encode, Sequence, SliceReader, Tagged};
use des::{TdesEde2, TdesEde3};
use hmac::digest::block_api::BlockSizeUser;
use hmac::{EagerHash, Hmac, KeyInit, Mac};
use rc2::Rc2;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use super::keys::{self, cbc_decrypt};
use super::TlsOptionError;
use crate::config::Secret;

const ID_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.1");
const ID_ENCRYPTED_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.6");
const KEY_BAG: Oid = Oid::new_unwrap("1.2.840.113549.1.12.10.1.1");
const SHROUDED_KEY_BAG: Oid = Oid::new_unwrap("1.2.840.113549.1.12.10.1.2");
const CERT_BAG: Oid = Oid::new_unwrap("1.2.840.113549.1.12.10.1.3");
const SAFE_CONTENTS_BAG: Oid = Oid::new_unwrap("1.2.840.113549.1.12.10.1.6");
const X509_CERTIFICATE: Oid = Oid::new_unwrap("1.2.840.113549.1.9.22.1");
const LOCAL_KEY_ID: Oid = Oid::new_unwrap("1.2.840.113549.1.9.21");
const PBES2: Oid = Oid::new_unwrap("1.2.840.113549.1.5.13");
const PBMAC1: Oid = Oid::new_unwrap("1.2.840.113549.1.5.14");
const PBE_SHA1_RC2_128: Oid = Oid::new_unwrap("1.2.840.113549.1.12.1.5");
const PBE_SHA1_RC2_40: Oid = Oid::new_unwrap("1.2.840.113549.1.12.1.6");
const PBE_SHA1_3DES: Oid = Oid::new_unwrap("1.2.840.113549.1.12.1.3");
const PBE_SHA1_2DES: Oid = Oid::new_unwrap("1.2.840.113549.1.12.1.4");
const PKCS5_PBES1_PREFIX: &str = "1.2.840.113549.1.5.";
const SHA1: Oid = Oid::new_unwrap("1.3.14.3.2.26");
const SHA224: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.4");
const SHA256: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.1");
const SHA384: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.2");
const SHA512: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.3");

/// How deep `safeContentsBag`s may nest (they never do in practice).
const MAX_NESTING: usize = 4;

#[derive(Sequence)]
struct Pfx {
    version: u8,
    auth_safe: ContentInfo,
    #[asn1(optional = "true")]
    mac_data: Option<MacData>,
}

#[derive(Sequence)]
struct ContentInfo {
    content_type: Oid,
    #[asn1(context_specific = "0", tag_mode = "EXPLICIT", optional = "true")]
    content: Option<Any>,
}

#[derive(Sequence)]
struct MacData {
    mac: DigestInfo,
    mac_salt: OctetString,
    #[asn1(optional = "true")]
    iterations: Option<u32>,
}

#[derive(Sequence)]
struct DigestInfo {
    algorithm: AlgorithmIdentifier,
    digest: OctetString,
}

#[derive(Sequence)]
struct AlgorithmIdentifier {
    oid: Oid,
    #[asn1(optional = "true")]
    parameters: Option<Any>,
}

#[derive(Sequence)]
struct EncryptedData {
    version: u8,
    info: EncryptedContentInfo,
}

#[derive(Sequence)]
struct EncryptedContentInfo {
    content_type: Oid,
    algorithm: AlgorithmIdentifier,
    #[asn1(context_specific = "0", tag_mode = "IMPLICIT", optional = "true")]
    content: Option<OctetString>,
}

#[derive(Sequence)]
struct SafeBag {
    id: Oid,
    #[asn1(context_specific = "0", tag_mode = "EXPLICIT")]
    value: Any,
    #[asn1(optional = "true")]
    attributes: Option<Any>,
}

#[derive(Sequence)]
struct Attribute {
    id: Oid,
    values: Any,
}

#[derive(Sequence)]
struct CertBag {
    id: Oid,
    #[asn1(context_specific = "0", tag_mode = "EXPLICIT")]
    value: OctetString,
}

#[derive(Sequence)]
struct EncryptedPrivateKeyInfo {
    algorithm: AlgorithmIdentifier,
    data: OctetString,
}

/// The salt and iteration count of the PKCS#12 password-based encryption schemes.
#[derive(Sequence)]
struct Pkcs12PbeParams {
    salt: OctetString,
    iterations: u32,
}

/// A passphrase in the two encodings the formats use: UTF-8 for PBES2, and for the PKCS#12
/// schemes and MAC a BMPString (UTF-16BE) with its two zero bytes — or nothing at all, which is
/// how an archive made with an empty passphrase may have been protected.
pub(super) struct Password {
    utf8: Vec<u8>,
    bmp: Vec<u8>,
}

impl Password {
    pub(super) fn new(passphrase: &str) -> Self {
        let mut bmp: Vec<u8> = passphrase
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        bmp.extend_from_slice(&[0, 0]);
        Password {
            utf8: passphrase.as_bytes().to_vec(),
            bmp,
        }
    }

    fn absent() -> Self {
        Password {
            utf8: Vec::new(),
            bmp: Vec::new(),
        }
    }

    /// The readings of a passphrase to try against an archive's MAC: an empty one may mean
    /// either an empty BMPString or none (OpenSSL tries both too).
    fn candidates(passphrase: Option<&str>) -> Vec<Password> {
        match passphrase.unwrap_or("") {
            "" => vec![Password::new(""), Password::absent()],
            given => vec![Password::new(given)],
        }
    }
}

pub(super) enum DecryptError {
    WrongPassword,
    /// Not readable or not supported; the text completes "the archive/key ...".
    Invalid(String),
}

fn invalid(why: impl Into<String>) -> DecryptError {
    DecryptError::Invalid(why.into())
}

/// The client identity and CA certificates of a set of archives.
pub(super) struct Archive {
    pub chain: Vec<CertificateDer<'static>>,
    pub key: PrivateKeyDer<'static>,
    pub cas: Vec<CertificateDer<'static>>,
}

/// Reads every archive (so that a bad one is reported); exactly one may carry a private key,
/// which with its certificate becomes the client's identity. Every other certificate is sent
/// as the chain and trusted as a CA, as Node does with an archive's extra certificates.
pub(super) fn read_first_identity(items: &[Secret]) -> Result<Archive, TlsOptionError> {
    let mut identity: Option<(PrivateKeyDer<'static>, CertificateDer<'static>)> = None;
    let mut others = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let at = if items.len() > 1 {
            format!("socket.pfx[{index}]")
        } else {
            "socket.pfx".to_owned()
        };
        let contents = read(&item.data, item.passphrase.as_deref()).map_err(|e| match e {
            DecryptError::WrongPassword => TlsOptionError::material(format!(
                "{at}: mac verify failure (wrong socket.passphrase?)"
            )),
            DecryptError::Invalid(why) => TlsOptionError::material(format!("{at} {why}")),
        })?;
        let Contents { keys, mut certs } = contents;
        let mut keys = keys.into_iter();
        if let Some((key, key_id)) = keys.next() {
            if identity.is_some() || keys.next().is_some() {
                return Err(TlsOptionError::material(
                    "socket.pfx holds several private keys; a client presents one: give one archive with one key",
                ));
            }
            let leaf = leaf_of(&key, key_id.as_deref(), &mut certs).ok_or_else(|| {
                TlsOptionError::material(format!("{at} has a private key but no certificate"))
            })?;
            identity = Some((key, leaf));
        }
        others.extend(certs.into_iter().map(|(cert, _)| cert));
    }
    let (key, leaf) = identity.ok_or_else(|| {
        TlsOptionError::material("socket.pfx holds no private key: a client certificate needs one")
    })?;
    let mut chain = vec![leaf];
    chain.extend(others.iter().cloned());
    Ok(Archive {
        chain,
        key,
        cas: others,
    })
}

/// The certificate of `key`: the one with the same `localKeyId`, else the first whose public
/// key matches, else the only one. Removed from `certs`.
fn leaf_of(
    key: &PrivateKeyDer<'static>,
    key_id: Option<&[u8]>,
    certs: &mut Vec<(CertificateDer<'static>, Option<Vec<u8>>)>,
) -> Option<CertificateDer<'static>> {
    let by_id = key_id.and_then(|id| certs.iter().position(|(_, c)| c.as_deref() == Some(id)));
    let by_key = || {
        let provider = rustls::crypto::ring::default_provider();
        let signing = provider
            .key_provider
            .load_private_key(key.clone_key())
            .ok()?;
        let public = signing.public_key()?;
        certs.iter().position(|(cert, _)| {
            keys::subject_public_key_info(cert).as_deref() == Some(public.as_ref())
        })
    };
    let index = by_id
        .or_else(by_key)
        .or_else(|| (certs.len() == 1).then_some(0))?;
    Some(certs.remove(index).0)
}

type KeyWithId = (PrivateKeyDer<'static>, Option<Vec<u8>>);
type CertWithId = (CertificateDer<'static>, Option<Vec<u8>>);

#[derive(Default)]
struct Contents {
    keys: Vec<KeyWithId>,
    certs: Vec<CertWithId>,
}

fn read(der: &[u8], passphrase: Option<&str>) -> Result<Contents, DecryptError> {
    let pfx = Pfx::from_der(der).map_err(|e| {
        invalid(format!(
            "is not a PKCS#12 archive (give its bytes, as a Buffer, not a path or base64 text): {e}"
        ))
    })?;
    if pfx.version != 3 {
        return Err(invalid(format!("has version {}, not 3", pfx.version)));
    }
    if pfx.auth_safe.content_type != ID_DATA {
        return Err(invalid(
            "is signed with a public key (not protected by a password), which is not supported",
        ));
    }
    let auth_safe = pfx
        .auth_safe
        .content
        .ok_or_else(|| invalid("is empty"))?
        .decode_as::<OctetString>()
        .map_err(|e| invalid(format!("cannot be parsed: {e}")))?;
    let auth_safe = auth_safe.as_bytes();

    let mut password = None;
    for candidate in Password::candidates(passphrase) {
        match &pfx.mac_data {
            Some(mac) if !mac_matches(mac, auth_safe, &candidate.bmp)? => continue,
            _ => {}
        }
        password = Some(candidate);
        break;
    }
    let password = password.ok_or(DecryptError::WrongPassword)?;

    let mut contents = Contents::default();
    for info in sequence_of::<ContentInfo>(auth_safe)? {
        let content = info.content.ok_or_else(|| invalid("has an empty part"))?;
        let safe_contents = if info.content_type == ID_DATA {
            content
                .decode_as::<OctetString>()
                .map_err(|e| invalid(format!("cannot be parsed: {e}")))?
                .as_bytes()
                .to_vec()
        } else if info.content_type == ID_ENCRYPTED_DATA {
            let data = content
                .decode_as::<EncryptedData>()
                .map_err(|e| invalid(format!("cannot be parsed: {e}")))?;
            let ciphertext = data
                .info
                .content
                .ok_or_else(|| invalid("has an empty encrypted part"))?;
            decrypt(&data.info.algorithm, &password, ciphertext.as_bytes())?
        } else {
            return Err(invalid(format!(
                "has a part of type {}, which is not supported",
                info.content_type
            )));
        };
        read_bags(&safe_contents, &password, &mut contents, 0)?;
    }
    Ok(contents)
}

fn read_bags(
    safe_contents: &[u8],
    password: &Password,
    contents: &mut Contents,
    depth: usize,
) -> Result<(), DecryptError> {
    if depth > MAX_NESTING {
        return Err(invalid("nests its contents too deeply"));
    }
    for bag in sequence_of::<SafeBag>(safe_contents)? {
        let key_id = local_key_id(bag.attributes.as_ref());
        let value = bag
            .value
            .to_der()
            .map_err(|e| invalid(format!("cannot be parsed: {e}")))?;
        if bag.id == KEY_BAG {
            contents.keys.push((
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(value)),
                key_id,
            ));
        } else if bag.id == SHROUDED_KEY_BAG {
            let plain = decrypt_pkcs8(&value, password)?;
            contents.keys.push((
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(plain)),
                key_id,
            ));
        } else if bag.id == CERT_BAG {
            let cert = CertBag::from_der(&value)
                .map_err(|e| invalid(format!("has a certificate that cannot be parsed: {e}")))?;
            if cert.id == X509_CERTIFICATE {
                contents
                    .certs
                    .push((CertificateDer::from(cert.value.as_bytes().to_vec()), key_id));
            }
        } else if bag.id == SAFE_CONTENTS_BAG {
            read_bags(&value, password, contents, depth + 1)?;
        }
        // CRL and secret bags carry nothing a client uses.
    }
    Ok(())
}

fn local_key_id(attributes: Option<&Any>) -> Option<Vec<u8>> {
    let attributes = items::<Attribute>(attributes?.value()).ok()?;
    let id = attributes.into_iter().find(|a| a.id == LOCAL_KEY_ID)?;
    let values = items::<OctetString>(id.values.value()).ok()?;
    values.into_iter().next().map(|v| v.as_bytes().to_vec())
}

/// The items of an encoded SEQUENCE OF.
fn sequence_of<T: for<'a> Decode<'a>>(der: &[u8]) -> Result<Vec<T>, DecryptError> {
    let any = Any::from_der(der).map_err(|e| invalid(format!("cannot be parsed: {e}")))?;
    if any.tag() != der::Tag::Sequence {
        return Err(invalid("cannot be parsed: a SEQUENCE was expected"));
    }
    items(any.value())
}

/// The items encoded one after the other in `inner` (the contents of a SEQUENCE OF or SET OF).
fn items<T: for<'a> Decode<'a>>(inner: &[u8]) -> Result<Vec<T>, DecryptError> {
    let mut reader =
        SliceReader::new(inner).map_err(|e| invalid(format!("cannot be parsed: {e}")))?;
    let mut items = Vec::new();
    while !der::Reader::is_finished(&reader) {
        items.push(T::decode(&mut reader).map_err(|e| invalid(format!("cannot be parsed: {e}")))?);
    }
    Ok(items)
}

/// A PKCS#8 `EncryptedPrivateKeyInfo` (DER) decrypted into a `PrivateKeyInfo`.
pub(super) fn decrypt_pkcs8(der: &[u8], password: &Password) -> Result<Vec<u8>, DecryptError> {
    let info = EncryptedPrivateKeyInfo::from_der(der)
        .map_err(|e| invalid(format!("cannot be parsed: {e}")))?;
    let plain = decrypt(&info.algorithm, password, info.data.as_bytes())?;
    // A wrong password can leave valid padding (1 in 256): the result is then not DER.
    if Any::from_der(&plain).is_err() {
        return Err(DecryptError::WrongPassword);
    }
    Ok(plain)
}

fn decrypt(
    algorithm: &AlgorithmIdentifier,
    password: &Password,
    data: &[u8],
) -> Result<Vec<u8>, DecryptError> {
    let oid = algorithm.oid;
    if oid == PBES2 {
        let parameters = algorithm
            .parameters
            .as_ref()
            .ok_or_else(|| invalid("has PBES2 without parameters"))?
            .to_der()
            .map_err(|e| invalid(format!("cannot be parsed: {e}")))?;
        let parameters = pkcs5::pbes2::Parameters::from_der(&parameters).map_err(|e| {
            invalid(format!(
                "uses PBES2 parameters that are not supported ({e}); re-export it with AES and PBKDF2 \
                 (OpenSSL 3's default)"
            ))
        })?;
        check_pbes2_cost(&parameters.kdf)?;
        return parameters
            .decrypt(&password.utf8, data)
            .map_err(|e| match e {
                pkcs5::Error::DecryptFailed => DecryptError::WrongPassword,
                other => invalid(format!("cannot be decrypted: {other}")),
            });
    }
    let legacy = [
        (PBE_SHA1_3DES, 24),
        (PBE_SHA1_2DES, 16),
        (PBE_SHA1_RC2_128, 16),
        (PBE_SHA1_RC2_40, 5),
    ];
    if let Some((_, key_len)) = legacy.iter().find(|(id, _)| *id == oid) {
        let parameters = algorithm
            .parameters
            .as_ref()
            .ok_or_else(|| invalid("has encryption without parameters"))?
            .decode_as::<Pkcs12PbeParams>()
            .map_err(|e| invalid(format!("cannot be parsed: {e}")))?;
        let salt = parameters.salt.as_bytes();
        let rounds = check_iterations(parameters.iterations)?;
        let key = kdf::<Sha1>(64, 1, &password.bmp, salt, rounds, *key_len);
        let iv = kdf::<Sha1>(64, 2, &password.bmp, salt, rounds, 8);
        let plain = if oid == PBE_SHA1_3DES {
            cbc_decrypt::<TdesEde3>(&key, &iv, data)
        } else if oid == PBE_SHA1_2DES {
            cbc_decrypt::<TdesEde2>(&key, &iv, data)
        } else {
            rc2_decrypt(&key, &iv, data)
        };
        return plain.ok_or(DecryptError::WrongPassword);
    }
    if oid.to_string().starts_with(PKCS5_PBES1_PREFIX) {
        return Err(invalid(format!(
            "is encrypted with PBES1 ({oid}), which is not supported: convert it with \
             `openssl pkcs8 -topk8 -v2 aes-256-cbc`"
        )));
    }
    Err(invalid(format!(
        "is encrypted with an algorithm that is not supported ({oid})"
    )))
}

/// Key derivations are bounded, so that a file cannot make `createClient` hang or allocate
/// without end: far beyond what any tool writes (OpenSSL: 2,048 iterations, scrypt with 16 MiB),
/// and what OpenSSL itself allows scrypt (32 MiB) times two.
const MAX_ITERATIONS: u32 = 10_000_000;
const MAX_SCRYPT_MEMORY: u64 = 64 << 20;

fn check_iterations(iterations: u32) -> Result<u32, DecryptError> {
    if iterations > MAX_ITERATIONS {
        return Err(invalid(format!(
            "uses {iterations} key derivation iterations, more than the {MAX_ITERATIONS} accepted"
        )));
    }
    Ok(iterations)
}

fn check_pbes2_cost(kdf: &pkcs5::pbes2::Kdf) -> Result<(), DecryptError> {
    match kdf {
        pkcs5::pbes2::Kdf::Pbkdf2(params) => check_iterations(params.iteration_count).map(drop),
        pkcs5::pbes2::Kdf::Scrypt(params) => {
            // scrypt needs 128 · r · N bytes (and 128 · r · p more).
            let n = params.cost_parameter;
            let r = u64::from(params.block_size);
            let p = u64::from(params.parallelization);
            let memory = 128u64.saturating_mul(r).saturating_mul(n.saturating_add(p));
            if memory > MAX_SCRYPT_MEMORY {
                return Err(invalid(format!(
                    "needs {} MiB for scrypt, more than the {} MiB accepted",
                    memory >> 20,
                    MAX_SCRYPT_MEMORY >> 20
                )));
            }
            Ok(())
        }
        // Any other derivation is refused by the decryption itself.
        _ => Ok(()),
    }
}

fn rc2_decrypt(key: &[u8], iv: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    use cbc::cipher::{BlockModeDecrypt, InnerIvInit};
    let cipher = Rc2::new_with_eff_key_len(key, key.len() * 8);
    cbc::Decryptor::<Rc2>::inner_iv_slice_init(cipher, iv)
        .ok()?
        .decrypt_padded_vec::<cbc::cipher::block_padding::Pkcs7>(data)
        .ok()
}

fn mac_matches(mac: &MacData, data: &[u8], password: &[u8]) -> Result<bool, DecryptError> {
    let salt = mac.mac_salt.as_bytes();
    let rounds = check_iterations(mac.iterations.unwrap_or(1))?;
    let expected = mac.mac.digest.as_bytes();
    let oid = mac.mac.algorithm.oid;
    let matches = if oid == SHA1 {
        hmac_matches::<Sha1>(password, salt, rounds, data, expected)
    } else if oid == SHA224 {
        hmac_matches::<Sha224>(password, salt, rounds, data, expected)
    } else if oid == SHA256 {
        hmac_matches::<Sha256>(password, salt, rounds, data, expected)
    } else if oid == SHA384 {
        hmac_matches::<Sha384>(password, salt, rounds, data, expected)
    } else if oid == SHA512 {
        hmac_matches::<Sha512>(password, salt, rounds, data, expected)
    } else if oid == PBMAC1 {
        return Err(invalid(
            "is protected by a PBMAC1 MAC, which is not supported: re-export it without -pbmac1_pbkdf2",
        ));
    } else {
        return Err(invalid(format!(
            "is protected by a MAC that is not supported ({oid})"
        )));
    };
    Ok(matches)
}

fn hmac_matches<D: Digest + EagerHash>(
    password: &[u8],
    salt: &[u8],
    rounds: u32,
    data: &[u8],
    expected: &[u8],
) -> bool {
    let block = <D as BlockSizeUser>::block_size();
    let key = kdf::<D>(
        block,
        3,
        password,
        salt,
        rounds,
        <D as Digest>::output_size(),
    );
    match <Hmac<D> as KeyInit>::new_from_slice(&key) {
        Ok(mut mac) => {
            mac.update(data);
            mac.verify_slice(expected).is_ok()
        }
        Err(_) => false,
    }
}

/// The key derivation of RFC 7292 appendix B.2: `len` bytes of purpose `id` (1: key, 2: IV,
/// 3: MAC key) from the BMPString password and salt, with the hash `D` of block size `block`.
fn kdf<D: Digest>(
    block: usize,
    id: u8,
    password: &[u8],
    salt: &[u8],
    rounds: u32,
    len: usize,
) -> Vec<u8> {
    let repeat = |source: &[u8]| -> Vec<u8> {
        if source.is_empty() {
            return Vec::new();
        }
        let size = block * source.len().div_ceil(block);
        source.iter().cycle().take(size).copied().collect()
    };
    let diversifier = vec![id; block];
    let mut input = repeat(salt);
    input.extend(repeat(password));
    let mut out = Vec::with_capacity(len + <D as Digest>::output_size());
    loop {
        let mut a = D::new()
            .chain_update(&diversifier)
            .chain_update(&input)
            .finalize();
        for _ in 1..rounds.max(1) {
            a = D::digest(&a);
        }
        out.extend_from_slice(&a);
        if out.len() >= len {
            break;
        }
        // Each block of the input becomes (block + B + 1) mod 2^(8·block), B being `a` repeated.
        let b: Vec<u8> = a.iter().cycle().take(block).copied().collect();
        for chunk in input.chunks_mut(block) {
            let mut carry = 1u16;
            for (byte, add) in chunk.iter_mut().zip(&b).rev() {
                let sum = u16::from(*byte) + u16::from(*add) + carry;
                *byte = sum.to_be_bytes()[1];
                carry = sum >> 8;
            }
        }
    }
    out.truncate(len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tls::testdata;

    fn archive(bytes: &[u8], passphrase: Option<&str>) -> Result<Archive, TlsOptionError> {
        read_first_identity(&[Secret::new(bytes, passphrase.map(str::to_owned))])
    }

    fn client_cert() -> CertificateDer<'static> {
        keys::certificates(&[testdata::CLIENT_PEM.to_vec()], "cert")
            .unwrap()
            .remove(0)
    }

    fn ca_cert() -> CertificateDer<'static> {
        keys::certificates(&[testdata::CA_PEM.to_vec()], "ca")
            .unwrap()
            .remove(0)
    }

    #[test]
    fn openssl_3_and_legacy_archives_are_read() {
        for p12 in [testdata::CLIENT_P12, testdata::CLIENT_LEGACY_P12] {
            let read = archive(p12, Some("secret")).unwrap();
            assert_eq!(read.chain, vec![client_cert(), ca_cert()]);
            assert_eq!(read.cas, vec![ca_cert()]);
            let plain = keys::private_key(&[Secret::new(testdata::CLIENT_KEY, None)])
                .unwrap()
                .unwrap();
            assert_eq!(read.key.secret_der(), plain.secret_der());
        }
    }

    #[test]
    fn empty_and_unicode_passphrases() {
        let read = archive(testdata::CLIENT_NOPASS_P12, None).unwrap();
        assert_eq!(read.chain, vec![client_cert()]);
        assert!(archive(testdata::CLIENT_NOPASS_P12, Some("")).is_ok());
        assert!(archive(testdata::CLIENT_UNICODE_P12, Some("pässwörd")).is_ok());
        assert!(archive(testdata::CLIENT_UNICODE_P12, Some("passwort")).is_err());
    }

    #[test]
    fn a_wrong_passphrase_fails_the_mac() {
        for p12 in [testdata::CLIENT_P12, testdata::CLIENT_LEGACY_P12] {
            let err = archive(p12, Some("wrong")).err().unwrap();
            assert!(
                err.message.contains("mac verify failure"),
                "{}",
                err.message
            );
            let err = archive(p12, None).err().unwrap();
            assert!(
                err.message.contains("mac verify failure"),
                "{}",
                err.message
            );
        }
    }

    #[test]
    fn what_is_not_an_archive_says_so() {
        for bytes in [
            &b"hello"[..],
            testdata::CLIENT_PEM,
            &[0x30, 0x03, 0x02, 0x01, 0x03],
        ] {
            let err = archive(bytes, Some("secret")).err().unwrap();
            assert!(err.message.starts_with("socket.pfx "), "{}", err.message);
        }
    }

    #[test]
    fn kdf_matches_rfc_7292_test_vectors() {
        // From the PKCS#12 test vectors published with OpenSSL's and BouncyCastle's test suites:
        // SHA-1, password "smeg", salt 0A58CF64530D823F, 1 iteration.
        let password = Password::new("smeg").bmp;
        let salt = [0x0A, 0x58, 0xCF, 0x64, 0x53, 0x0D, 0x82, 0x3F];
        assert_eq!(
            kdf::<Sha1>(64, 1, &password, &salt, 1, 24),
            hex("8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3")
        );
        assert_eq!(
            kdf::<Sha1>(64, 2, &password, &salt, 1, 8),
            hex("79993DFE048D3B76")
        );
    }

    #[test]
    fn key_derivations_are_bounded() {
        assert!(check_iterations(2048).is_ok());
        assert!(check_iterations(MAX_ITERATIONS).is_ok());
        match check_iterations(u32::MAX) {
            Err(DecryptError::Invalid(why)) => assert!(why.contains("iterations"), "{why}"),
            _ => panic!("4 billion iterations were accepted"),
        }
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }
}
