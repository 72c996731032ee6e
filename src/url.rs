//! `parseRedisUrl(url)`: the engine's URL reader, for `lib/options.js`.

use ferrodis_core::url::{parse_redis_url, RedisUrl};
use napi::{Error, Result, Status};
use napi_derive::napi;

#[napi(object)]
pub struct ParsedRedisUrl {
    pub tls: bool,
    pub host: Option<String>,
    pub port: Option<u32>,
    pub path: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub database: Option<u32>,
}

impl From<RedisUrl> for ParsedRedisUrl {
    fn from(url: RedisUrl) -> Self {
        ParsedRedisUrl {
            tls: url.tls,
            host: url.host,
            port: url.port.map(u32::from),
            path: url.path,
            username: url.username,
            password: url.password,
            database: url.database,
        }
    }
}

/// Throws with the message node-redis gives (`Invalid protocol`, `Invalid pathname`, ...);
/// `lib/options.js` turns it into the same error class.
#[napi(js_name = "parseRedisUrl", catch_unwind)]
pub fn parse_url(url: String) -> Result<ParsedRedisUrl> {
    parse_redis_url(&url)
        .map(ParsedRedisUrl::from)
        .map_err(|e| Error::new(Status::InvalidArg, format!("{}:{e}", e.js_class())))
}
