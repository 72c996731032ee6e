//! Node's `ciphers` option — an OpenSSL cipher list — mapped onto the suites rustls offers.
//!
//! Accepted: suite names (OpenSSL's for TLS 1.2, e.g. `ECDHE-RSA-AES128-GCM-SHA256`; the IANA
//! names for TLS 1.3, e.g. `TLS_AES_256_GCM_SHA384`, as OpenSSL and Node spell them; IANA names
//! for TLS 1.2 too), the keywords that select whole groups (`DEFAULT`, `ALL`, `HIGH`, `ECDHE`,
//! `AESGCM`, `CHACHA20`...) and their intersections (`ECDHE+AESGCM`), exclusions (`!name`, `-name`), and exclusions of things rustls never
//! offers (`!aNULL:!MD5:!RC4`..., as in Node's default list), which change nothing. A name or
//! keyword rustls has no suite for is an error that lists the supported names: it would
//! otherwise be silently dropped, as OpenSSL does.

use rustls::{CipherSuite, SupportedCipherSuite};

use super::TlsOptionError;

/// Every suite the ring provider has, with its OpenSSL name and the groups it belongs to.
pub const OPENSSL_NAMES: &[(CipherSuite, &str, &[&str])] = &[
    (
        CipherSuite::TLS13_AES_256_GCM_SHA384,
        "TLS_AES_256_GCM_SHA384",
        &["AESGCM", "AES", "AES256", "SHA384"],
    ),
    (
        CipherSuite::TLS13_AES_128_GCM_SHA256,
        "TLS_AES_128_GCM_SHA256",
        &["AESGCM", "AES", "AES128", "SHA256"],
    ),
    (
        CipherSuite::TLS13_CHACHA20_POLY1305_SHA256,
        "TLS_CHACHA20_POLY1305_SHA256",
        &["CHACHA20", "SHA256"],
    ),
    (
        CipherSuite::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        "ECDHE-ECDSA-AES256-GCM-SHA384",
        &[
            "ECDHE", "kECDHE", "EECDH", "ECDSA", "aECDSA", "AESGCM", "AES", "AES256", "SHA384",
        ],
    ),
    (
        CipherSuite::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        "ECDHE-ECDSA-AES128-GCM-SHA256",
        &[
            "ECDHE", "kECDHE", "EECDH", "ECDSA", "aECDSA", "AESGCM", "AES", "AES128", "SHA256",
        ],
    ),
    (
        CipherSuite::TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        "ECDHE-ECDSA-CHACHA20-POLY1305",
        &[
            "ECDHE", "kECDHE", "EECDH", "ECDSA", "aECDSA", "CHACHA20", "SHA256",
        ],
    ),
    (
        CipherSuite::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        "ECDHE-RSA-AES256-GCM-SHA384",
        &[
            "ECDHE", "kECDHE", "EECDH", "RSA", "aRSA", "AESGCM", "AES", "AES256", "SHA384",
        ],
    ),
    (
        CipherSuite::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        "ECDHE-RSA-AES128-GCM-SHA256",
        &[
            "ECDHE", "kECDHE", "EECDH", "RSA", "aRSA", "AESGCM", "AES", "AES128", "SHA256",
        ],
    ),
    (
        CipherSuite::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
        "ECDHE-RSA-CHACHA20-POLY1305",
        &[
            "ECDHE", "kECDHE", "EECDH", "RSA", "aRSA", "CHACHA20", "SHA256",
        ],
    ),
];

/// Keywords that select every suite rustls has (all of them are "high" strength, forward secret
/// and AEAD).
const EVERYTHING: &[&str] = &[
    "DEFAULT", "ALL", "HIGH", "TLSv1.2", "TLSv1.3", "AEAD", "ECDH",
];

/// What OpenSSL lists can exclude that rustls never offers: excluding it changes nothing.
const NEVER_OFFERED: &[&str] = &[
    "aNULL",
    "eNULL",
    "NULL",
    "EXPORT",
    "EXP",
    "LOW",
    "MEDIUM",
    "DES",
    "3DES",
    "RC4",
    "RC2",
    "IDEA",
    "SEED",
    "MD5",
    "PSK",
    "SRP",
    "CAMELLIA",
    "ARIA",
    "DSS",
    "aDSS",
    "DH",
    "DHE",
    "EDH",
    "kDHE",
    "kEDH",
    "kRSA",
    "ADH",
    "AECDH",
    "SHA1",
    "SHA",
    "CBC",
    "SSLv3",
    "TLSv1",
    "kPSK",
    "kECDHEPSK",
    "kDHEPSK",
    "kRSAPSK",
    "aPSK",
    "aGOST",
    "kGOST",
    "GOST",
    "aECDH",
    "kECDH",
    "CCM",
    "CCM8",
    "AESCCM",
    "AESCCM8",
    "RSAPSK",
    "DHEPSK",
    "ECDHEPSK",
];

/// The names `ciphers` accepts for the suites rustls has, for error messages.
pub fn supported_cipher_names() -> Vec<&'static str> {
    OPENSSL_NAMES.iter().map(|(_, name, _)| *name).collect()
}

/// The suites `name` stands for: one suite by its OpenSSL or IANA name, or a group by keyword.
/// `None`: rustls has nothing by that name.
fn matching(name: &str) -> Option<Vec<CipherSuite>> {
    if let Some((first, rest)) = name.split_once('+') {
        // `ECDHE+AESGCM`: the suites in every group named.
        let rest = matching(rest)?;
        return matching(first)
            .map(|suites| suites.into_iter().filter(|s| rest.contains(s)).collect());
    }
    if EVERYTHING.contains(&name) {
        return Some(OPENSSL_NAMES.iter().map(|(suite, _, _)| *suite).collect());
    }
    let by_name = OPENSSL_NAMES.iter().find(|(suite, openssl, _)| {
        *openssl == name || suite.as_str().is_some_and(|iana| iana == name)
    });
    if let Some((suite, _, _)) = by_name {
        return Some(vec![*suite]);
    }
    let group: Vec<CipherSuite> = OPENSSL_NAMES
        .iter()
        .filter(|(_, _, groups)| groups.contains(&name))
        .map(|(suite, _, _)| *suite)
        .collect();
    (!group.is_empty()).then_some(group)
}

fn unsupported(name: &str) -> TlsOptionError {
    TlsOptionError::ciphers(format!(
        "socket.ciphers: {name:?} is not a cipher suite rustls supports; the supported ones are {}",
        supported_cipher_names().join(":")
    ))
}

/// The suites of `available` that the list selects, in the list's order (its preference).
pub fn select(
    list: &str,
    available: &[SupportedCipherSuite],
) -> Result<Vec<SupportedCipherSuite>, TlsOptionError> {
    let mut chosen: Vec<CipherSuite> = Vec::new();
    let mut banned: Vec<CipherSuite> = Vec::new();
    for token in list
        .split([':', ',', ' '])
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if token == "@STRENGTH" {
            continue; // rustls' suites are all strong; the list's order is kept
        }
        if let Some(name) = token.strip_prefix('!').or_else(|| token.strip_prefix('-')) {
            match matching(name) {
                Some(suites) => {
                    chosen.retain(|s| !suites.contains(s));
                    if token.starts_with('!') {
                        banned.extend(suites);
                    }
                }
                None if NEVER_OFFERED.contains(&name) => {}
                None => return Err(unsupported(name)),
            }
            continue;
        }
        let suites = matching(token).ok_or_else(|| unsupported(token))?;
        for suite in suites {
            if !banned.contains(&suite) && !chosen.contains(&suite) {
                chosen.push(suite);
            }
        }
    }
    let selected: Vec<SupportedCipherSuite> = chosen
        .iter()
        .filter_map(|wanted| available.iter().find(|s| s.suite() == *wanted).copied())
        .collect();
    if selected.is_empty() {
        return Err(TlsOptionError::ciphers(format!(
            "socket.ciphers {list:?} selects no cipher suite; the supported ones are {}",
            supported_cipher_names().join(":")
        )));
    }
    Ok(selected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustls::crypto::ring::ALL_CIPHER_SUITES;

    fn names(list: &str) -> Result<Vec<&'static str>, TlsOptionError> {
        select(list, ALL_CIPHER_SUITES).map(|suites| {
            suites
                .iter()
                .map(|s| {
                    OPENSSL_NAMES
                        .iter()
                        .find(|(suite, _, _)| *suite == s.suite())
                        .map(|(_, name, _)| *name)
                        .unwrap()
                })
                .collect()
        })
    }

    #[test]
    fn every_suite_of_the_provider_has_an_openssl_name() {
        for suite in ALL_CIPHER_SUITES {
            assert!(
                OPENSSL_NAMES.iter().any(|(s, _, _)| *s == suite.suite()),
                "{:?}",
                suite.suite()
            );
        }
    }

    #[test]
    fn openssl_and_iana_names_select_suites_in_the_given_order() {
        assert_eq!(
            names("ECDHE-RSA-AES128-GCM-SHA256:TLS_AES_256_GCM_SHA384").unwrap(),
            ["ECDHE-RSA-AES128-GCM-SHA256", "TLS_AES_256_GCM_SHA384"]
        );
        assert_eq!(
            names("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS13_CHACHA20_POLY1305_SHA256")
                .unwrap(),
            [
                "ECDHE-ECDSA-AES128-GCM-SHA256",
                "TLS_CHACHA20_POLY1305_SHA256"
            ]
        );
        // Repeats count once.
        assert_eq!(
            names("TLS_AES_128_GCM_SHA256:TLS_AES_128_GCM_SHA256").unwrap(),
            ["TLS_AES_128_GCM_SHA256"]
        );
    }

    #[test]
    fn keywords_and_exclusions() {
        assert_eq!(names("HIGH").unwrap().len(), ALL_CIPHER_SUITES.len());
        assert_eq!(
            names("ECDHE+AESGCM+AES128").unwrap(),
            [
                "ECDHE-ECDSA-AES128-GCM-SHA256",
                "ECDHE-RSA-AES128-GCM-SHA256"
            ]
        );
        assert_eq!(
            names("ECDHE-RSA-AES256-GCM-SHA384:CHACHA20:!ECDSA").unwrap(),
            [
                "ECDHE-RSA-AES256-GCM-SHA384",
                "TLS_CHACHA20_POLY1305_SHA256",
                "ECDHE-RSA-CHACHA20-POLY1305"
            ]
        );
        // `!` is for good, `-` only removes what is there so far.
        assert_eq!(
            names("!AES128:AESGCM").unwrap(),
            [
                "TLS_AES_256_GCM_SHA384",
                "ECDHE-ECDSA-AES256-GCM-SHA384",
                "ECDHE-RSA-AES256-GCM-SHA384"
            ]
        );
        assert_eq!(
            names("-AES128:TLS_AES_128_GCM_SHA256").unwrap(),
            ["TLS_AES_128_GCM_SHA256"]
        );
    }

    #[test]
    fn nodes_default_list_keeps_what_rustls_has() {
        // Node 20's tls.DEFAULT_CIPHERS less the suites rustls lacks (DHE, CBC): the exclusions
        // of what rustls never offers are accepted.
        let list = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:\
                    ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:HIGH:!aNULL:!eNULL:\
                    !EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA";
        assert_eq!(names(list).unwrap().len(), ALL_CIPHER_SUITES.len());
    }

    #[test]
    fn names_rustls_lacks_are_refused_with_the_supported_list() {
        for name in [
            "DHE-RSA-AES128-GCM-SHA256",
            "AES128-SHA",
            "FOO",
            "@SECLEVEL=0",
            "!BOGUS",
        ] {
            let err = names(name).unwrap_err();
            assert_eq!(err.code, "ERR_SSL_NO_CIPHER_MATCH");
            assert!(
                err.message.contains(name.trim_start_matches('!')),
                "{}",
                err.message
            );
            assert!(
                err.message.contains("ECDHE-RSA-AES128-GCM-SHA256"),
                "{}",
                err.message
            );
        }
    }

    #[test]
    fn a_list_that_selects_nothing_is_refused() {
        let err = names("AESGCM:!AES").unwrap_err();
        assert!(
            err.message.contains("selects no cipher suite"),
            "{}",
            err.message
        );
        // Only what the provider has counts.
        let tls13_only: Vec<SupportedCipherSuite> = ALL_CIPHER_SUITES
            .iter()
            .filter(|s| matches!(s, SupportedCipherSuite::Tls13(_)))
            .copied()
            .collect();
        assert!(select("ECDHE-RSA-AES128-GCM-SHA256", &tls13_only).is_err());
    }
}
