//! The napi bridge: converts options, carries batches to the engine and replies back, wakes JS.
//! Nothing else lives here (see DESIGN.md, "The boundary"). Entry points are free functions on a
//! numeric client id, the cheapest calls napi offers; the per-tick `submit` takes one `&[u8]`.

#![deny(clippy::all)]

mod options;
pub mod url;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use bytes::Bytes;
use ferrodis_core::{Client, Handshake, Records};
use napi::bindgen_prelude::{BufferSlice, Function, Unknown};
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::{Env, Error, Result, Status};
use napi_derive::napi;

use crate::options::OpenOptions;

/// Payload-less, weak: it only says "records are ready", and never keeps Node alive by itself.
type Wake = ThreadsafeFunction<(), Unknown<'static>, (), Status, false, true>;

struct Entry {
    client: Client,
    wake: Arc<Wake>,
    /// Records taken from the engine and not yet copied to JS (they did not fit).
    records: Records,
}

/// Whether the wake function keeps Node's event loop alive. The function is shared with the
/// engine thread (an `Arc`), so it is (un)referenced through Node-API directly.
fn set_keep_alive(env: &Env, wake: &Wake, keep_alive: bool) -> Result<()> {
    // SAFETY: called on the JS thread that created `wake`, while `wake` is alive (the entry
    // holds it), which is all napi_(un)ref_threadsafe_function requires; both are idempotent.
    let status = unsafe {
        if keep_alive {
            napi::sys::napi_ref_threadsafe_function(env.raw(), wake.raw())
        } else {
            napi::sys::napi_unref_threadsafe_function(env.raw(), wake.raw())
        }
    };
    if status == napi::sys::Status::napi_ok {
        Ok(())
    } else {
        Err(Error::new(
            Status::GenericFailure,
            "ferrodis: cannot (un)ref the wake function",
        ))
    }
}

thread_local! {
    // Every call comes from the JS thread that opened the client; worker threads get their own.
    static CLIENTS: RefCell<HashMap<u32, Entry>> = RefCell::new(HashMap::new());
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

fn with_client<R>(id: u32, f: impl FnOnce(&mut Entry) -> R) -> Result<R> {
    CLIENTS.with(|clients| match clients.borrow_mut().get_mut(&id) {
        Some(entry) => Ok(f(entry)),
        None => Err(Error::new(
            Status::InvalidArg,
            format!("ferrodis: no open connection {id}"),
        )),
    })
}

/// Starts connecting. `wake` is called with no arguments whenever records are ready; JS then
/// calls `drainInto(id, buffer)`. The connection keeps Node alive until `close(id)` or `setRef(id, false)`.
#[napi]
pub fn open(env: Env, options: OpenOptions, wake: Function<(), Unknown<'static>>) -> Result<u32> {
    let config = options.into_config()?;
    let tsfn: Arc<Wake> = Arc::new(
        wake.build_threadsafe_function::<()>()
            .weak::<true>()
            .callee_handled::<false>()
            .build()?,
    );
    set_keep_alive(&env, &tsfn, true)?;
    let engine_side = tsfn.clone();
    let client = Client::open(
        config,
        Box::new(move || {
            engine_side.call((), ThreadsafeFunctionCallMode::NonBlocking);
        }),
    );
    let id = NEXT_ID.with(|next| {
        let id = next.get();
        next.set(id.wrapping_add(1).max(1));
        id
    });
    CLIENTS.with(|clients| {
        clients.borrow_mut().insert(
            id,
            Entry {
                client,
                wake: tsfn,
                records: Records::new(),
            },
        )
    });
    Ok(id)
}

/// Hands the engine one tick's worth of RESP-encoded commands.
#[napi]
pub fn submit(id: u32, commands: &[u8], count: u32) -> Result<()> {
    with_client(id, |entry| entry.client.submit(commands, count))
}

/// Copies every ready record (docs/REPLY_STREAM.md) into `target`, a buffer JS reuses from one
/// wake-up to the next (a fresh allocation per drain costs page faults for large replies).
/// Returns the number of bytes written, 0 when nothing is ready, or, when the records do not fit,
/// minus their size: nothing is copied and they wait for a call with a buffer that large.
#[napi(js_name = "drainInto")]
pub fn drain_into(id: u32, mut target: BufferSlice<'_>) -> Result<i64> {
    with_client(id, |entry| {
        if entry.records.is_empty() {
            entry.client.take_records(&mut entry.records);
        }
        let ready = entry.records.len();
        let size = i64::try_from(ready).unwrap_or(i64::MAX);
        if ready > target.len() {
            return -size;
        }
        entry.records.copy_to(&mut target[..ready]);
        entry.records.clear();
        size
    })
}

#[napi]
pub fn retry(id: u32) -> Result<()> {
    with_client(id, |entry| entry.client.retry())
}

/// The handshake to replay from the next connection on (after SELECT changed the database).
#[napi(js_name = "setHandshake")]
pub fn set_handshake(id: u32, commands: &[u8], count: u32, optional: u32) -> Result<()> {
    with_client(id, |entry| {
        entry.client.set_handshake(Handshake {
            commands: Bytes::copy_from_slice(commands),
            count,
            optional,
        })
    })
}

/// Whether this connection keeps Node's event loop alive (`client.ref()` / `client.unref()`).
#[napi(js_name = "setRef")]
pub fn set_ref(env: Env, id: u32, keep_alive: bool) -> Result<()> {
    with_client(id, |entry| set_keep_alive(&env, &entry.wake, keep_alive))?
}

/// Drops the connection at once and forgets the id; no record arrives for it afterwards.
#[napi]
pub fn close(env: Env, id: u32) -> Result<()> {
    let entry = CLIENTS.with(|clients| clients.borrow_mut().remove(&id));
    if let Some(entry) = entry {
        set_keep_alive(&env, &entry.wake, false)?;
        entry.client.close();
    }
    Ok(())
}
