//! `digest(value)`: the 64-bit XXH3 hash (seed 0) that Redis' DIGEST command computes of a
//! value, as 16 lowercase hex digits — what SET/DELEX `IFDEQ`/`IFDNE` compare. node-redis needs
//! the optional `@node-rs/xxhash` package for it; here it is part of the engine.

use napi::bindgen_prelude::{BufferSlice, Either};
use napi_derive::napi;
use xxhash_rust::xxh3::xxh3_64;

/// The digest of a string (its UTF-8 bytes) or of a Buffer's bytes.
#[napi(catch_unwind)]
pub fn digest(value: Either<String, BufferSlice>) -> String {
    let hash = match &value {
        Either::A(text) => xxh3_64(text.as_bytes()),
        Either::B(bytes) => xxh3_64(bytes),
    };
    format!("{hash:016x}")
}
