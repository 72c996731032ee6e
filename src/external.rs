//! Large ASCII strings made into JS strings here, at drain time (docs/REPLY_STREAM.md, "Large
//! strings"): as Latin-1, which spares V8 the UTF-8 scan of a string built from a Buffer, and from
//! [`LEND_MIN`] bytes on without any copy, as a V8 external one-byte string over the bytes the
//! socket read them into.
//!
//! Why lend only large ones: V8 copies a string of more than 128 KiB into a fresh memory mapping
//! of its own (its large-object space), whose page faults cost more than lending; a smaller one it
//! copies into its young generation about as cheaply as lending costs, without pinning anything.
//!
//! The bytes stay alive, pinned in their read buffer, until V8 collects the string. V8 does not
//! count them towards its heap, so that strings collected late cannot pile up: past
//! [`LIVE_MAX`] bytes held this way, strings are copied as before.

use std::ffi::{c_char, c_void};
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use bytes::Bytes;
use napi::sys;
use napi::{Error, Result, Status};

/// Shorter strings are copied. V8 copies strings of up to 128 KiB into its young generation
/// (`kMaxRegularHeapObjectSize`), which measured as fast as lending them (100 KiB and 20 KiB GETs
/// in waves of 10: the same client CPU per GET, and 17 MB less RSS), and larger ones into a
/// mapping of their own, which lending beats by 3–16% (200 KiB, 512 KiB and 1 MiB GETs).
const LEND_MIN: usize = 128 << 10;

/// Bytes held by live external strings, at most (about) this many.
const LIVE_MAX: usize = 16 << 20;
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// `node_api_create_external_string_latin1` (Node.js 20.4 and later; node_api.h).
type CreateExternalLatin1 = unsafe extern "C" fn(
    env: sys::napi_env,
    text: *mut c_char,
    length: isize,
    finalize: Option<unsafe extern "C" fn(sys::napi_env, *mut c_void, *mut c_void)>,
    hint: *mut c_void,
    result: *mut sys::napi_value,
    copied: *mut bool,
) -> sys::napi_status;

/// Node's `node_api_create_external_string_latin1`, if this Node has it: looked up at run
/// time so that the addon still loads, and copies, where it does not.
fn create_external() -> Option<CreateExternalLatin1> {
    static FUNCTION: OnceLock<Option<CreateExternalLatin1>> = OnceLock::new();
    *FUNCTION.get_or_init(|| {
        // SAFETY: dlsym with a NUL-terminated name looks the symbol up in the process (Node's
        // own binary exports Node-API).
        let symbol = unsafe {
            libc::dlsym(
                libc::RTLD_DEFAULT,
                c"node_api_create_external_string_latin1".as_ptr(),
            )
        };
        // SAFETY: the symbol, where Node exports it, has the signature declared above.
        (!symbol.is_null())
            .then(|| unsafe { std::mem::transmute::<*mut c_void, CreateExternalLatin1>(symbol) })
    })
}

/// A JS string of `payload`, which must be ASCII (so that Latin-1 reads it as UTF-8 would).
pub fn string(env: sys::napi_env, payload: Bytes) -> Result<sys::napi_value> {
    let length = payload.len();
    let mut result = ptr::null_mut();
    if let Some(create) = create_external().filter(|_| length >= LEND_MIN) {
        if LIVE.fetch_add(length, Ordering::Relaxed) + length <= LIVE_MAX {
            let data = payload.as_ptr().cast_mut().cast();
            let copy = payload.clone();
            let hint = Box::into_raw(Box::new(payload)).cast();
            let mut copied = false;
            // SAFETY: `data` points to `length` bytes that `hint` keeps alive and unchanged
            // (`Bytes` is immutable) until `release` frees it, which Node calls once the
            // string is collected, or at once if it copied.
            let status = unsafe {
                create(
                    env,
                    data,
                    length as isize,
                    Some(release),
                    hint,
                    &mut result,
                    &mut copied,
                )
            };
            if status == sys::Status::napi_ok {
                return Ok(result);
            }
            // Not created: whether Node released `hint` is not said, so it is left alone (a
            // leak on a path that does not happen) and the string is copied below.
            return copied_string(env, &copy);
        }
        LIVE.fetch_sub(length, Ordering::Relaxed);
    }
    copied_string(env, &payload)
}

fn copied_string(env: sys::napi_env, payload: &[u8]) -> Result<sys::napi_value> {
    let mut result = ptr::null_mut();
    // SAFETY: `payload` is valid for its length during the call, which copies it.
    let status = unsafe {
        sys::napi_create_string_latin1(
            env,
            payload.as_ptr().cast(),
            payload.len() as isize,
            &mut result,
        )
    };
    if status == sys::Status::napi_ok {
        Ok(result)
    } else {
        Err(Error::new(
            Status::GenericFailure,
            "ferrodis: cannot create a string",
        ))
    }
}

/// Frees the bytes of a collected external string.
unsafe extern "C" fn release(_env: sys::napi_env, _data: *mut c_void, hint: *mut c_void) {
    // SAFETY: `hint` is the `Box<Bytes>` made in `string`, and Node calls this once.
    let payload = unsafe { Box::from_raw(hint.cast::<Bytes>()) };
    LIVE.fetch_sub(payload.len(), Ordering::Relaxed);
}
