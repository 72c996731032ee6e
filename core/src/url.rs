//! Connection URLs, read the way node-redis reads them, so that a `url` option means the same
//! thing to ferrodis as to `redis@5.12.1`.
//!
//! Accepted forms:
//!
//! * `redis://[[username][:password]@][host][:port][/db-number]` and the same with `rediss://`
//!   (TLS). Parsed with the WHATWG URL rules (the `url` crate implements them, as Node's `URL`
//!   does), then exactly as node-redis 5.12.1's `RedisClient.parseURL`:
//!   - the scheme must be `redis` or `rediss` (case-insensitive, as WHATWG lowercases it);
//!   - `host` is the WHATWG hostname as serialised (not lowercased, since `redis:` is not a
//!     "special" scheme; non-ASCII is percent-encoded, not punycoded), with the brackets of an
//!     IPv6 address removed;
//!   - `port` only when the URL has one (there is no default port here);
//!   - username and password are percent-decoded like `decodeURIComponent` (`+` stays `+`), and
//!     an empty one is absent (`redis://user@h` gives a username and no password);
//!   - a path longer than one character must be a number as JavaScript's `Number()` reads it
//!     (`/3`, `/03`, `/0x10`, `/1e1` are all accepted); `/` or no path means no database;
//!   - the query string and the fragment are ignored (`?db=2` selects nothing).
//! * `unix://[username[:password]@]/path/to/socket[?db=N]`: a UNIX-domain socket, in the form
//!   node-redis 6 accepts (node-redis 5 rejects it with "Invalid protocol"; redis-py reads the
//!   same form). The socket path is everything from the third `/` up to `?` or `#`,
//!   percent-decoded; credentials come from the userinfo (username up to the first `:`), the
//!   database from the `db` query parameter (form-decoded, read with `Number()`); other query
//!   parameters and the fragment are ignored. The path must be absolute and not just `/`.
//!
//! Where node-redis is lax and ferrodis is not: node-redis accepts any number as the database
//! (`/3.5`, `/-1`, `/Infinity`, `/1e20`) and only fails when the server refuses `SELECT`; here a
//! database index that is not an integer from 0 to `u32::MAX` is an error
//! ([`UrlError::DatabaseOutOfRange`]). `-0` reads as 0, which node-redis also treats as 0.

use std::fmt;

use url::Url;

/// What a connection URL says. `None` means "the URL did not say": the options (or their
/// defaults) apply.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RedisUrl {
    /// `rediss://`.
    pub tls: bool,
    /// The host, IPv6 without brackets. `None` for `unix://` URLs and for URLs whose host is
    /// empty (`redis:///3`); node-redis then sets `socket.host` to `""`, which Node's `net`
    /// treats as `localhost`, the default.
    pub host: Option<String>,
    /// The port, only when the URL gives one (`redis://h:` gives none).
    pub port: Option<u16>,
    /// The socket path of a `unix://` URL, percent-decoded.
    pub path: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    /// `/N` of a `redis[s]://` URL, `?db=N` of a `unix://` URL.
    pub database: Option<u32>,
}

/// Why a URL was refused. `Display` gives the message node-redis gives (the error class of
/// which is [`UrlError::js_class`]), followed by a detail where node-redis has none to give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlError {
    /// Not a URL by the WHATWG rules (Node: `TypeError: Invalid URL`, code `ERR_INVALID_URL`).
    InvalidUrl,
    /// A scheme other than `redis`, `rediss` or `unix`.
    InvalidProtocol,
    /// The path of a `redis[s]://` URL is not a number.
    InvalidPathname,
    /// A `unix:` URL not of the form `unix://[user[:pass]@]/path[?query][#fragment]`.
    InvalidUnixUrl,
    /// The `db` query parameter of a `unix://` URL is not a number.
    InvalidDbQueryParameter,
    /// The username, password or socket path is not valid percent-encoded UTF-8 (what
    /// `decodeURIComponent` refuses with `URIError: URI malformed`).
    MalformedPercentEncoding { component: &'static str },
    /// The database is a number but not an index SELECT could take (ferrodis only, see the
    /// module documentation). `text` is the number as written.
    DatabaseOutOfRange { text: String, from_query: bool },
}

impl UrlError {
    /// The JavaScript error class node-redis throws for this error.
    pub fn js_class(&self) -> &'static str {
        match self {
            UrlError::MalformedPercentEncoding { .. } => "URIError",
            _ => "TypeError",
        }
    }

    /// The `code` property Node sets on the error, if any.
    pub fn node_code(&self) -> Option<&'static str> {
        match self {
            UrlError::InvalidUrl => Some("ERR_INVALID_URL"),
            _ => None,
        }
    }
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlError::InvalidUrl => f.write_str("Invalid URL"),
            UrlError::InvalidProtocol => f.write_str("Invalid protocol"),
            UrlError::InvalidPathname => f.write_str("Invalid pathname"),
            UrlError::InvalidUnixUrl => f.write_str("Invalid unix URL"),
            UrlError::InvalidDbQueryParameter => f.write_str("Invalid db query parameter"),
            UrlError::MalformedPercentEncoding { component } => write!(
                f,
                "URI malformed: the {component} in the URL is not valid percent-encoded UTF-8"
            ),
            UrlError::DatabaseOutOfRange { text, from_query } => write!(
                f,
                "{}: the database must be an integer from 0 to {}, got {text:?}",
                if *from_query {
                    "Invalid db query parameter"
                } else {
                    "Invalid pathname"
                },
                u32::MAX
            ),
        }
    }
}

impl std::error::Error for UrlError {}

/// Reads a connection URL; see the module documentation for the forms and rules.
pub fn parse_redis_url(input: &str) -> Result<RedisUrl, UrlError> {
    // Tested before any URL parsing, and case-sensitively, as node-redis 6 does: WHATWG parsing
    // refuses an authority without a host (`unix://user@/path`) for a non-special scheme.
    if input.starts_with("unix:") {
        return parse_unix_url(input);
    }

    let url = Url::parse(input).map_err(|_| UrlError::InvalidUrl)?;
    let tls = match url.scheme() {
        "redis" => false,
        "rediss" => true,
        _ => return Err(UrlError::InvalidProtocol),
    };
    let host = url
        .host_str()
        .map(|host| {
            host.strip_prefix('[')
                .and_then(|h| h.strip_suffix(']'))
                .unwrap_or(host)
        })
        .filter(|host| !host.is_empty())
        .map(str::to_owned);
    // WHATWG refuses an `@` before an empty host ("host-missing": `redis://:@`, `redis://@/3`),
    // as Node's URL does; the url crate lets it through when the userinfo is empty.
    if host.is_none() && authority(input).is_some_and(|authority| authority.contains('@')) {
        return Err(UrlError::InvalidUrl);
    }
    let username = decode_credential(url.username(), "username")?;
    let password = decode_credential(url.password().unwrap_or(""), "password")?;

    // A path of one character (`/`, or the `5` of `redis:5`) selects nothing; what follows the
    // first character is the database.
    let mut path = url.path().chars();
    path.next();
    let database = match path.as_str() {
        "" => None,
        text => Some(database_index(text, false)?),
    };

    Ok(RedisUrl {
        tls,
        host,
        port: url.port(),
        path: None,
        username,
        password,
        database,
    })
}

/// The authority of a `scheme://authority...` URL as WHATWG reads the input: without leading and
/// trailing C0 controls and spaces, without tabs and newlines, up to the first `/`, `?` or `#`
/// (the delimiters of a scheme that is not "special", as `redis` is not). `None` without `//`.
fn authority(input: &str) -> Option<String> {
    let cleaned: String = input
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (_scheme, rest) = cleaned.split_once(':')?;
    let rest = rest.strip_prefix("//")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}

/// `unix://[user[:pass]@]/path[?query][#fragment]`, split by hand because WHATWG parsing does
/// not accept it (see `parse_redis_url`).
fn parse_unix_url(input: &str) -> Result<RedisUrl, UrlError> {
    let rest = input
        .strip_prefix("unix://")
        .ok_or(UrlError::InvalidUnixUrl)?;

    // Userinfo: everything before the first `@`, which must come before any `/`.
    let (userinfo, rest) = if rest.starts_with('/') {
        (None, rest)
    } else {
        match rest.find(['@', '/']) {
            Some(at) if rest[at..].starts_with('@') => (Some(&rest[..at]), &rest[at + 1..]),
            _ => return Err(UrlError::InvalidUnixUrl),
        }
    };
    if !rest.starts_with('/') {
        return Err(UrlError::InvalidUnixUrl);
    }

    let (raw_path, after_path) = rest.split_at(rest.find(['?', '#']).unwrap_or(rest.len()));
    let (query, fragment) = match after_path.strip_prefix('?') {
        Some(q) => q.split_at(q.find('#').unwrap_or(q.len())),
        None => ("", after_path),
    };
    // A JavaScript `.` matches no line terminator, so node-redis' pattern refuses them there.
    if fragment.contains(['\n', '\r', '\u{2028}', '\u{2029}']) || raw_path == "/" {
        return Err(UrlError::InvalidUnixUrl);
    }

    let path = decode_uri_component(raw_path).ok_or(UrlError::MalformedPercentEncoding {
        component: "socket path",
    })?;
    let (username, password) = match userinfo.map(|u| u.split_once(':').unwrap_or((u, ""))) {
        Some((user, pass)) => (
            decode_credential(user, "username")?,
            decode_credential(pass, "password")?,
        ),
        None => (None, None),
    };

    // As URLSearchParams reads it: one leading `?` dropped, form-decoded, first `db` wins.
    let query = query.strip_prefix('?').unwrap_or(query);
    let database = match url::form_urlencoded::parse(query.as_bytes()).find(|(key, _)| key == "db")
    {
        Some((_, text)) => Some(database_index(&text, true)?),
        None => None,
    };

    Ok(RedisUrl {
        tls: false,
        host: None,
        port: None,
        path: Some(path),
        username,
        password,
        database,
    })
}

/// An empty credential is absent; a present one is `decodeURIComponent`-ed.
fn decode_credential(raw: &str, component: &'static str) -> Result<Option<String>, UrlError> {
    if raw.is_empty() {
        return Ok(None);
    }
    decode_uri_component(raw)
        .map(Some)
        .ok_or(UrlError::MalformedPercentEncoding { component })
}

/// JavaScript's `decodeURIComponent`: every `%XX` is a byte, the bytes must be UTF-8; `None`
/// where it would throw (`%` not followed by two hex digits, invalid or overlong UTF-8).
fn decode_uri_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            out.push(hex_digit(hex[0])? << 4 | hex_digit(hex[1])?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn hex_digit(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

/// The database index written as `text`: what `Number(text)` gives, which must be an integer
/// SELECT can take.
fn database_index(text: &str, from_query: bool) -> Result<u32, UrlError> {
    let value = js_number(text);
    if value.is_nan() {
        return Err(if from_query {
            UrlError::InvalidDbQueryParameter
        } else {
            UrlError::InvalidPathname
        });
    }
    if value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value) {
        Ok(value as u32)
    } else {
        Err(UrlError::DatabaseOutOfRange {
            text: text.to_owned(),
            from_query,
        })
    }
}

/// JavaScript's `Number(string)` (ECMAScript StringToNumber): surrounding white space ignored,
/// empty is 0, `0x`/`0o`/`0b` integers, decimal literals with optional sign, fraction and
/// exponent, `Infinity`; anything else is NaN.
fn js_number(text: &str) -> f64 {
    let s = text.trim_matches(is_js_white_space);
    if s.is_empty() {
        return 0.0;
    }
    let radix = match s.get(..2) {
        Some("0x" | "0X") => 16,
        Some("0o" | "0O") => 8,
        Some("0b" | "0B") => 2,
        _ => 10,
    };
    if radix != 10 {
        let digits = &s[2..];
        if digits.is_empty() {
            return f64::NAN;
        }
        return digits
            .chars()
            .try_fold(0.0, |acc: f64, c| {
                c.to_digit(radix)
                    .map(|d| acc * f64::from(radix) + f64::from(d))
            })
            .unwrap_or(f64::NAN);
    }

    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    if unsigned == "Infinity" {
        return if s.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    if is_decimal_literal(unsigned) {
        s.parse().unwrap_or(f64::NAN)
    } else {
        f64::NAN
    }
}

/// `digits [. digits] [e|E [+|-] digits]` or `. digits [exponent]`: at least one mantissa digit.
fn is_decimal_literal(s: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let int = digits(s);
    let mut rest = &s[int..];
    let mut frac = 0;
    if let Some(after_dot) = rest.strip_prefix('.') {
        frac = digits(after_dot);
        rest = &after_dot[frac..];
    }
    if int + frac == 0 {
        return false;
    }
    match rest.strip_prefix(['e', 'E']) {
        None => rest.is_empty(),
        Some(exp) => {
            let exp = exp.strip_prefix(['+', '-']).unwrap_or(exp);
            !exp.is_empty() && digits(exp) == exp.len()
        }
    }
}

/// ECMAScript WhiteSpace and LineTerminator (not quite Rust's `char::is_whitespace`: U+FEFF is
/// one, U+0085 is not).
fn is_js_white_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    type Parsed = Result<RedisUrl, UrlError>;

    fn tcp(
        tls: bool,
        host: Option<&str>,
        port: Option<u16>,
        username: Option<&str>,
        password: Option<&str>,
        database: Option<u32>,
    ) -> Parsed {
        Ok(RedisUrl {
            tls,
            host: host.map(str::to_owned),
            port,
            path: None,
            username: username.map(str::to_owned),
            password: password.map(str::to_owned),
            database,
        })
    }

    fn unix(
        path: &str,
        username: Option<&str>,
        password: Option<&str>,
        database: Option<u32>,
    ) -> Parsed {
        Ok(RedisUrl {
            path: Some(path.to_owned()),
            username: username.map(str::to_owned),
            password: password.map(str::to_owned),
            database,
            ..RedisUrl::default()
        })
    }

    fn check(cases: &[(&str, Parsed)]) {
        let failures: Vec<String> = cases
            .iter()
            .filter_map(|(input, expected)| {
                let got = parse_redis_url(input);
                (&got != expected)
                    .then(|| format!("{input:?}\n   expected {expected:?}\n   got      {got:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    // Every row is what node-redis 5.12.1's `RedisClient.parseURL` returned for the input
    // (`new URL` errors are "Invalid URL", URIError is MalformedPercentEncoding), read into
    // `RedisUrl`. Where ferrodis differs on purpose the row says what node-redis gave: an empty
    // host becomes None; a database that is a number but no SELECT index is refused.
    #[test]
    fn redis_urls_read_as_node_redis_5_reads_them() {
        #[rustfmt::skip]
        let cases = [
            ("redis://a:b@[::1]:7000/3", tcp(false, Some("::1"), Some(7000), Some("a"), Some("b"), Some(3))),
            ("redis://localhost", tcp(false, Some("localhost"), None, None, None, None)),
            ("redis://localhost:6379", tcp(false, Some("localhost"), Some(6379), None, None, None)),
            ("redis://localhost:6379/", tcp(false, Some("localhost"), Some(6379), None, None, None)),
            ("redis://localhost/0", tcp(false, Some("localhost"), None, None, None, Some(0))),
            ("redis://user:pass@host:6379/15", tcp(false, Some("host"), Some(6379), Some("user"), Some("pass"), Some(15))),
            ("rediss://:secret@redis.example.com:6380/2", tcp(true, Some("redis.example.com"), Some(6380), None, Some("secret"), Some(2))),
            ("rediss://u:p@h:6380/1", tcp(true, Some("h"), Some(6380), Some("u"), Some("p"), Some(1))),
            ("redis://LocalHost:0/", tcp(false, Some("LocalHost"), Some(0), None, None, None)),
            ("rediss://h", tcp(true, Some("h"), None, None, None, None)),
            ("REDIS://H", tcp(false, Some("H"), None, None, None, None)),
            ("REDISS://h", tcp(true, Some("h"), None, None, None, None)),
            ("http://h", Err(UrlError::InvalidProtocol)),
            ("https://h:6379", Err(UrlError::InvalidProtocol)),
            ("unix2://x", Err(UrlError::InvalidProtocol)),
            ("UNIX:///tmp/redis.sock", Err(UrlError::InvalidProtocol)),
            ("redis:/5", tcp(false, None, None, None, None, Some(5))), // node-redis: host ""
            ("redis:55", tcp(false, None, None, None, None, Some(5))), // node-redis: host ""
            ("redis:5", tcp(false, None, None, None, None, None)), // node-redis: host ""
            ("redis:", tcp(false, None, None, None, None, None)), // node-redis: host ""
            ("redis://", tcp(false, None, None, None, None, None)), // node-redis: host ""
            ("redis:///", tcp(false, None, None, None, None, None)), // node-redis: host ""
            ("redis:///3", tcp(false, None, None, None, None, Some(3))), // node-redis: host ""
            ("redis:/", tcp(false, None, None, None, None, None)), // node-redis: host ""
            ("redis:/h/3", Err(UrlError::InvalidPathname)),
            ("redis:?x", tcp(false, None, None, None, None, None)), // node-redis: host ""
            ("redis:#x", tcp(false, None, None, None, None, None)), // node-redis: host ""
            ("redis:\\\\h", Err(UrlError::InvalidPathname)),
            ("redis://h/x", Err(UrlError::InvalidPathname)),
            ("redis://h/3/", Err(UrlError::InvalidPathname)),
            ("redis://h//3", Err(UrlError::InvalidPathname)),
            ("redis://h:1/3/4", Err(UrlError::InvalidPathname)),
            ("redis://h/３", Err(UrlError::InvalidPathname)),
            ("redis://h/%33", Err(UrlError::InvalidPathname)),
            ("redis://h/%20", Err(UrlError::InvalidPathname)),
            ("redis://h/ 3", Err(UrlError::InvalidPathname)),
            ("redis://h/3 ", tcp(false, Some("h"), None, None, None, Some(3))),
            ("redis://h/00", tcp(false, Some("h"), None, None, None, Some(0))),
            ("redis://h/0003", tcp(false, Some("h"), None, None, None, Some(3))),
            ("redis://h/0.0", tcp(false, Some("h"), None, None, None, Some(0))),
            ("redis://h/1.5e1", tcp(false, Some("h"), None, None, None, Some(15))),
            ("redis://h/4294967295", tcp(false, Some("h"), None, None, None, Some(4294967295))),
            ("redis://h/0x10", tcp(false, Some("h"), None, None, None, Some(16))),
            ("redis://h/0X1f", tcp(false, Some("h"), None, None, None, Some(31))),
            ("redis://h/1e3", tcp(false, Some("h"), None, None, None, Some(1000))),
            ("redis://h/1E+1", tcp(false, Some("h"), None, None, None, Some(10))),
            ("redis://h/+7", tcp(false, Some("h"), None, None, None, Some(7))),
            ("redis://h/0b11", tcp(false, Some("h"), None, None, None, Some(3))),
            ("redis://h/0o17", tcp(false, Some("h"), None, None, None, Some(15))),
            ("redis://h/5.", tcp(false, Some("h"), None, None, None, Some(5))),
            ("redis://h/-0", tcp(false, Some("h"), None, None, None, Some(0))),
            ("redis://h/3.5", Err(UrlError::DatabaseOutOfRange { text: "3.5".into(), from_query: false })), // node-redis: database 3.5
            ("redis://h/-1", Err(UrlError::DatabaseOutOfRange { text: "-1".into(), from_query: false })), // node-redis: database -1
            ("redis://h/1e20", Err(UrlError::DatabaseOutOfRange { text: "1e20".into(), from_query: false })), // node-redis: database 100000000000000000000
            ("redis://h/Infinity", Err(UrlError::DatabaseOutOfRange { text: "Infinity".into(), from_query: false })), // node-redis: database Infinity
            ("redis://h/-Infinity", Err(UrlError::DatabaseOutOfRange { text: "-Infinity".into(), from_query: false })), // node-redis: database -Infinity
            ("redis://h/.5", Err(UrlError::DatabaseOutOfRange { text: ".5".into(), from_query: false })), // node-redis: database 0.5
            ("redis://h/4294967296", Err(UrlError::DatabaseOutOfRange { text: "4294967296".into(), from_query: false })), // node-redis: database 4294967296
            ("redis://h/infinity", Err(UrlError::InvalidPathname)),
            ("redis://h/1e", Err(UrlError::InvalidPathname)),
            ("redis://h/e1", Err(UrlError::InvalidPathname)),
            ("redis://h/1_0", Err(UrlError::InvalidPathname)),
            ("redis://h/0x", Err(UrlError::InvalidPathname)),
            ("redis://h/0xg", Err(UrlError::InvalidPathname)),
            ("redis://h/+0x10", Err(UrlError::InvalidPathname)),
            ("redis://h/.", tcp(false, Some("h"), None, None, None, None)),
            ("redis://h/+", Err(UrlError::InvalidPathname)),
            ("redis://h/-", Err(UrlError::InvalidPathname)),
            ("redis://h/0x1_0", Err(UrlError::InvalidPathname)),
            ("redis://h/%2B5", Err(UrlError::InvalidPathname)),
            ("redis://h/3/../4", tcp(false, Some("h"), None, None, None, Some(4))),
            ("redis://h/./5", tcp(false, Some("h"), None, None, None, Some(5))),
            ("redis://h/%2e%2e/6", tcp(false, Some("h"), None, None, None, Some(6))),
            ("redis://h/5/..", tcp(false, Some("h"), None, None, None, None)),
            ("redis://h/3?db=5", tcp(false, Some("h"), None, None, None, Some(3))),
            ("redis://h/3#frag", tcp(false, Some("h"), None, None, None, Some(3))),
            ("redis://h?db=2", tcp(false, Some("h"), None, None, None, None)),
            ("redis://h:6379/0?x#y", tcp(false, Some("h"), Some(6379), None, None, Some(0))),
            ("redis://h#frag", tcp(false, Some("h"), None, None, None, None)),
            ("redis://h/#", tcp(false, Some("h"), None, None, None, None)),
            ("redis://user@h", tcp(false, Some("h"), None, Some("user"), None, None)),
            ("redis://:pw@h", tcp(false, Some("h"), None, None, Some("pw"), None)),
            ("redis://user:@h", tcp(false, Some("h"), None, Some("user"), None, None)),
            ("redis://@h", tcp(false, Some("h"), None, None, None, None)),
            ("redis://:@h", tcp(false, Some("h"), None, None, None, None)),
            ("redis://:@[::1]", tcp(false, Some("::1"), None, None, None, None)),
            ("redis://:@", Err(UrlError::InvalidUrl)),
            ("redis://@", Err(UrlError::InvalidUrl)),
            ("rediss://:@", Err(UrlError::InvalidUrl)),
            ("REDIS://:@", Err(UrlError::InvalidUrl)),
            (" redis://@ ", Err(UrlError::InvalidUrl)),
            ("redis://\t:@\n", Err(UrlError::InvalidUrl)),
            ("redis://:@/", Err(UrlError::InvalidUrl)),
            ("redis://:@/3", Err(UrlError::InvalidUrl)),
            ("redis://@/3", Err(UrlError::InvalidUrl)),
            ("redis://:@?x", Err(UrlError::InvalidUrl)),
            ("redis://:@#f", Err(UrlError::InvalidUrl)),
            ("redis://:@:6379", Err(UrlError::InvalidUrl)),
            ("redis://@:1", Err(UrlError::InvalidUrl)),
            ("redis://:pass@", Err(UrlError::InvalidUrl)),
            ("redis://user@", Err(UrlError::InvalidUrl)),
            ("redis://user:pass@", Err(UrlError::InvalidUrl)),
            ("rediss://u:p@", Err(UrlError::InvalidUrl)),
            ("redis://u:p@:6379", Err(UrlError::InvalidUrl)),
            ("redis://:6379", Err(UrlError::InvalidUrl)),
            ("redis://%20@", Err(UrlError::InvalidUrl)),
            ("redis://a@b@", Err(UrlError::InvalidUrl)),
            ("redis://u:p@@h", tcp(false, Some("h"), None, Some("u"), Some("p@"), None)),
            ("redis://%40@h", tcp(false, Some("h"), None, Some("@"), None, None)),
            ("redis:@h", Err(UrlError::InvalidPathname)),
            ("redis:/@h", Err(UrlError::InvalidPathname)),
            ("redis://u:p%40ss@h", tcp(false, Some("h"), None, Some("u"), Some("p@ss"), None)),
            ("redis://u%3Ax:p%3Ass@h", tcp(false, Some("h"), None, Some("u:x"), Some("p:ss"), None)),
            ("redis://u:p:ss@h", tcp(false, Some("h"), None, Some("u"), Some("p:ss"), None)),
            ("redis://u:p@ss@h", tcp(false, Some("h"), None, Some("u"), Some("p@ss"), None)),
            ("redis://us er:pa ss@h", tcp(false, Some("h"), None, Some("us er"), Some("pa ss"), None)),
            ("redis://ü:ß@h", tcp(false, Some("h"), None, Some("ü"), Some("ß"), None)),
            ("redis://u:p%C3%A4ss@h", tcp(false, Some("h"), None, Some("u"), Some("päss"), None)),
            ("redis://u:p%2Fw@h", tcp(false, Some("h"), None, Some("u"), Some("p/w"), None)),
            ("redis://u:p%00@h", tcp(false, Some("h"), None, Some("u"), Some("p\u{0}"), None)),
            ("redis://u:p+q@h", tcp(false, Some("h"), None, Some("u"), Some("p+q"), None)),
            ("redis://u:p%2Bq@h", tcp(false, Some("h"), None, Some("u"), Some("p+q"), None)),
            ("redis://u:%E0%A4%A@h", Err(UrlError::MalformedPercentEncoding { component: "password" })),
            ("redis://u%FF:p@h", Err(UrlError::MalformedPercentEncoding { component: "username" })),
            ("redis://u:p%@h", Err(UrlError::MalformedPercentEncoding { component: "password" })),
            ("redis://u:%ED%A0%80@h", Err(UrlError::MalformedPercentEncoding { component: "password" })),
            ("redis://u:%C0%80@h", Err(UrlError::MalformedPercentEncoding { component: "password" })),
            ("redis://u:%F4%90%80%80@h", Err(UrlError::MalformedPercentEncoding { component: "password" })),
            ("redis://u%zz:%FF@h", Err(UrlError::MalformedPercentEncoding { component: "username" })),
            ("redis://u%:p@h/x", Err(UrlError::MalformedPercentEncoding { component: "username" })),
            ("redis://h:65535", tcp(false, Some("h"), Some(65535), None, None, None)),
            ("redis://h:65536", Err(UrlError::InvalidUrl)),
            ("redis://h:", tcp(false, Some("h"), None, None, None, None)),
            ("redis://h:abc", Err(UrlError::InvalidUrl)),
            ("redis://h:007", tcp(false, Some("h"), Some(7), None, None, None)),
            ("redis://h:+1", Err(UrlError::InvalidUrl)),
            ("redis://h:1:2", Err(UrlError::InvalidUrl)),
            ("redis://[::1]:", tcp(false, Some("::1"), None, None, None, None)),
            ("redis://[::1]:6379", tcp(false, Some("::1"), Some(6379), None, None, None)),
            ("redis://[::ffff:1.2.3.4]:1", tcp(false, Some("::ffff:102:304"), Some(1), None, None, None)),
            ("redis://[::ffff:192.168.0.1]", tcp(false, Some("::ffff:c0a8:1"), None, None, None, None)),
            ("redis://[::]", tcp(false, Some("::"), None, None, None, None)),
            ("redis://[1:2:3:4:5:6:7:8]", tcp(false, Some("1:2:3:4:5:6:7:8"), None, None, None, None)),
            ("redis://[::1", Err(UrlError::InvalidUrl)),
            ("redis://[fe80::1%25eth0]", Err(UrlError::InvalidUrl)),
            ("redis://[0:0:0:0:0:0:0:1]", tcp(false, Some("::1"), None, None, None, None)),
            ("redis://[ABCD::1]", tcp(false, Some("abcd::1"), None, None, None, None)),
            ("redis://[::1]x", Err(UrlError::InvalidUrl)),
            ("redis://%5B::1%5D", Err(UrlError::InvalidUrl)),
            ("redis://1.2.3.4", tcp(false, Some("1.2.3.4"), None, None, None, None)),
            ("redis://0x7f.1", tcp(false, Some("0x7f.1"), None, None, None, None)),
            ("redis://127.1", tcp(false, Some("127.1"), None, None, None, None)),
            ("redis://h%3A1", tcp(false, Some("h%3A1"), None, None, None, None)),
            ("redis://my%20host", tcp(false, Some("my%20host"), None, None, None, None)),
            ("redis://my host", Err(UrlError::InvalidUrl)),
            ("redis://exämple.com", tcp(false, Some("ex%C3%A4mple.com"), None, None, None, None)),
            ("redis://EXAMPLE.com", tcp(false, Some("EXAMPLE.com"), None, None, None, None)),
            ("redis://H.EXAMPLE.COM.:6379", tcp(false, Some("H.EXAMPLE.COM."), Some(6379), None, None, None)),
            ("redis://xn--nxasmq6b", tcp(false, Some("xn--nxasmq6b"), None, None, None, None)),
            ("redis://h_o-st", tcp(false, Some("h_o-st"), None, None, None, None)),
            ("redis://h<", Err(UrlError::InvalidUrl)),
            ("redis://h^", Err(UrlError::InvalidUrl)),
            ("redis://h\u{0}", tcp(false, Some("h"), None, None, None, None)),
            ("redis://h\\3", Err(UrlError::InvalidUrl)),
            ("  redis://h  ", tcp(false, Some("h"), None, None, None, None)),
            ("redis://h\t:1\n2", tcp(false, Some("h"), Some(12), None, None, None)),
            ("\u{1}redis://h/3\r\n", tcp(false, Some("h"), None, None, None, Some(3))),
            ("redis://h/3\u{0}", tcp(false, Some("h"), None, None, None, Some(3))),
            ("", Err(UrlError::InvalidUrl)),
            ("not a url", Err(UrlError::InvalidUrl)),
            ("//h/3", Err(UrlError::InvalidUrl)),
            ("redis", Err(UrlError::InvalidUrl)),
            (":", Err(UrlError::InvalidUrl)),
            ("redis//h", Err(UrlError::InvalidUrl)),
        ];
        check(&cases);
    }

    // Every row is what node-redis 6.3.1's `RedisClient.parseURL` returned for the input (the
    // first release that reads `unix://`; node-redis 5 refuses it as "Invalid protocol").
    #[test]
    fn unix_urls_read_as_node_redis_6_reads_them() {
        #[rustfmt::skip]
        let cases = [
            ("unix:///tmp/redis.sock", unix("/tmp/redis.sock", None, None, None)),
            ("unix:///tmp/redis.sock?db=3", unix("/tmp/redis.sock", None, None, Some(3))),
            ("unix://user:secret@/tmp/redis.sock?db=3", unix("/tmp/redis.sock", Some("user"), Some("secret"), Some(3))),
            ("unix://user@/tmp/r.sock", unix("/tmp/r.sock", Some("user"), None, None)),
            ("unix://:secret@/tmp/r.sock", unix("/tmp/r.sock", None, Some("secret"), None)),
            ("unix://@/tmp/r.sock", unix("/tmp/r.sock", None, None, None)),
            ("unix://:@/tmp/r.sock", unix("/tmp/r.sock", None, None, None)),
            ("unix://a:b:c@/s", unix("/s", Some("a"), Some("b:c"), None)),
            ("unix://a%3Ab:p%40ss@/s", unix("/s", Some("a:b"), Some("p@ss"), None)),
            ("unix://a@b@/s", Err(UrlError::InvalidUnixUrl)),
            ("unix://u/x@/s", Err(UrlError::InvalidUnixUrl)),
            ("unix://host/tmp/s", Err(UrlError::InvalidUnixUrl)),
            ("unix://host:1/tmp/s", Err(UrlError::InvalidUnixUrl)),
            ("unix:/tmp/s", Err(UrlError::InvalidUnixUrl)),
            ("unix:", Err(UrlError::InvalidUnixUrl)),
            ("unix://", Err(UrlError::InvalidUnixUrl)),
            ("unix:///", Err(UrlError::InvalidUnixUrl)),
            ("unix:////", unix("//", None, None, None)),
            ("unix:///?db=1", Err(UrlError::InvalidUnixUrl)),
            ("unix:///tmp/my%20redis.sock", unix("/tmp/my redis.sock", None, None, None)),
            ("unix:///tmp/my redis.sock", unix("/tmp/my redis.sock", None, None, None)),
            ("unix:///tmp/%ZZ", Err(UrlError::MalformedPercentEncoding { component: "socket path" })),
            ("unix:///tmp/%C3%A4.sock", unix("/tmp/ä.sock", None, None, None)),
            ("unix:///tmp/ä.sock", unix("/tmp/ä.sock", None, None, None)),
            ("unix://u%FF@/s", Err(UrlError::MalformedPercentEncoding { component: "username" })),
            ("unix://u:%E0%A4%A@/s", Err(UrlError::MalformedPercentEncoding { component: "password" })),
            ("unix://u%FF@/%ZZ", Err(UrlError::MalformedPercentEncoding { component: "socket path" })),
            ("unix:///s?db=x", Err(UrlError::InvalidDbQueryParameter)),
            ("unix:///s?db=", unix("/s", None, None, Some(0))),
            ("unix:///s?db=+3+", unix("/s", None, None, Some(3))),
            ("unix:///s?db=%33", unix("/s", None, None, Some(3))),
            ("unix:///s?x=1&db=2&db=5", unix("/s", None, None, Some(2))),
            ("unix:///s??db=4", unix("/s", None, None, Some(4))),
            ("unix:///s?%64b=6", unix("/s", None, None, Some(6))),
            ("unix:///s?db=3.5", Err(UrlError::DatabaseOutOfRange { text: "3.5".into(), from_query: true })), // node-redis: database 3.5
            ("unix:///s?db=-1", Err(UrlError::DatabaseOutOfRange { text: "-1".into(), from_query: true })), // node-redis: database -1
            ("unix:///s?db=-0", unix("/s", None, None, Some(0))),
            ("unix:///s?db=0x10", unix("/s", None, None, Some(16))),
            ("unix:///s?db=1e1", unix("/s", None, None, Some(10))),
            ("unix:///s?db=Infinity", Err(UrlError::DatabaseOutOfRange { text: "Infinity".into(), from_query: true })), // node-redis: database Infinity
            ("unix:///s?db=%ZZ", Err(UrlError::InvalidDbQueryParameter)),
            ("unix:///s?other=1", unix("/s", None, None, None)),
            ("unix:///s?", unix("/s", None, None, None)),
            ("unix:///s#frag", unix("/s", None, None, None)),
            ("unix:///s?db=1#frag?db=2", unix("/s", None, None, Some(1))),
            ("unix:///s#a\nb", Err(UrlError::InvalidUnixUrl)),
            ("unix:///s?db=1\n", unix("/s", None, None, Some(1))),
            ("unix:///a\nb", unix("/a\nb", None, None, None)),
            ("unix:///s?db=2&db", unix("/s", None, None, Some(2))),
            ("unix:///s?db", unix("/s", None, None, Some(0))),
            ("unix:///s?db=%E2%80%A83", unix("/s", None, None, Some(3))),
            ("unix:///s/?db=7", unix("/s/", None, None, Some(7))),
            ("unix:///s#", unix("/s", None, None, None)),
            ("unix://u:p@/s?db=15#x", unix("/s", Some("u"), Some("p"), Some(15))),
        ];
        check(&cases);
    }

    #[test]
    fn messages_and_js_classes_are_node_redis_ones() {
        let message = |input: &str| parse_redis_url(input).map(|_| ()).unwrap_err().to_string();
        assert_eq!(message("nope"), "Invalid URL");
        assert_eq!(message("http://h"), "Invalid protocol");
        assert_eq!(message("redis://h/x"), "Invalid pathname");
        assert_eq!(message("unix://h/s"), "Invalid unix URL");
        assert_eq!(message("unix:///s?db=x"), "Invalid db query parameter");
        assert_eq!(
            message("redis://u:%FF@h"),
            "URI malformed: the password in the URL is not valid percent-encoded UTF-8"
        );
        assert_eq!(
            message("redis://h/-1"),
            "Invalid pathname: the database must be an integer from 0 to 4294967295, got \"-1\""
        );
        assert_eq!(
            message("unix:///s?db=2.5"),
            "Invalid db query parameter: the database must be an integer from 0 to 4294967295, got \"2.5\""
        );

        let error = |input: &str| parse_redis_url(input).unwrap_err();
        assert_eq!(error("redis://u:%FF@h").js_class(), "URIError");
        assert_eq!(error("redis://h/x").js_class(), "TypeError");
        assert_eq!(error("nope").node_code(), Some("ERR_INVALID_URL"));
        assert_eq!(error("http://h").node_code(), None);
    }

    #[test]
    fn credentials_never_appear_in_error_messages() {
        for input in [
            "redis://fred%FF:hunter2@h",
            "redis://fred:hunter2%FF@h",
            "unix://fred:hunter2%@/s",
        ] {
            let message = parse_redis_url(input).unwrap_err().to_string();
            assert!(
                !message.contains("hunter2") && !message.contains("fred"),
                "{message}"
            );
        }
    }

    #[test]
    fn number_reads_strings_as_javascript_does() {
        for (text, expected) in [
            ("", 0.0),
            (" \t\n\u{a0}\u{feff}\u{3000} ", 0.0),
            ("\u{2028}12\u{2029}", 12.0),
            ("-0", -0.0),
            ("+.5e1", 5.0),
            ("1.", 1.0),
            ("0xFF", 255.0),
            ("0b101", 5.0),
            ("0o777", 511.0),
            ("-Infinity", f64::NEG_INFINITY),
            ("+Infinity", f64::INFINITY),
            ("9007199254740993", 9007199254740992.0),
        ] {
            assert_eq!(js_number(text), expected, "{text:?}");
        }
        for text in [
            "\u{85}1", "1 1", "inf", "NaN", "0x", "-0x1", "0b2", "1e", "e5", ".", "+", "1__0", "١",
            "1n",
        ] {
            assert!(js_number(text).is_nan(), "{text:?}");
        }
    }

    #[test]
    fn decode_uri_component_refuses_what_javascript_refuses() {
        assert_eq!(
            decode_uri_component("a%20b%2fc+d").as_deref(),
            Some("a b/c+d")
        );
        assert_eq!(
            decode_uri_component("%F0%9F%98%80").as_deref(),
            Some("\u{1f600}")
        );
        for bad in [
            "%",
            "%4",
            "%4g",
            "%C3",
            "%C3%28",
            "%80",
            "%ED%B0%80",
            "%E0%80%80",
            "%F8%88%80%80%80",
        ] {
            assert_eq!(decode_uri_component(bad), None, "{bad:?}");
        }
    }
}
