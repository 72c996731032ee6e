//! The napi bridge: converts options, carries batches to the engine and replies back, wakes JS.
//! Nothing else lives here (see DESIGN.md, "The boundary"). Entry points are free functions on a
//! numeric client id, the cheapest calls napi offers; the per-tick `submit` takes one `&[u8]`.

#![deny(clippy::all)]

pub mod digest;
mod external;
mod options;
mod poll;
pub mod url;

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{c_int, c_void};
use std::rc::Rc;
use std::sync::Arc;

use bytes::Bytes;
use ferrodis_core::{Client, Driven, Handshake, Plan, Records};
use napi::bindgen_prelude::{Array, BufferSlice, Function, JsValue, Unknown};
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::{Env, Error, Result, Status};
use napi_derive::napi;

use crate::options::OpenOptions;
use crate::poll::{JsCallback, Poll};

/// Payload-less, weak: it only says "records are ready", and never keeps Node alive by itself.
type Wake = ThreadsafeFunction<(), Unknown<'static>, (), Status, false, true>;

struct Entry {
    client: Client,
    wake: Arc<Wake>,
    /// The same JS function, called directly after a direct read (no thread to cross). Let go,
    /// with `poll`, when Node tears the environment down (`release_at_teardown`).
    callback: Option<Rc<JsCallback>>,
    /// Polls the socket while this thread drives it (`Client::js_epoch`).
    poll: Option<Poll>,
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
    static TEARDOWN_HOOKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Libuv handles and Node-API references must be let go while the environment exists, not when
/// this thread's table is dropped at exit (the loop and the environment are gone by then): once
/// per thread, a cleanup hook closes the polls and drops the references of the clients left
/// open. The rest of an entry (no Node resources of its own) goes with the table.
fn release_at_teardown(env: &Env) -> Result<()> {
    if TEARDOWN_HOOKED.get() {
        return Ok(());
    }
    env.add_env_cleanup_hook((), |()| {
        CLIENTS.with(|clients| {
            for entry in clients.borrow_mut().values_mut() {
                entry.poll = None;
                entry.callback = None;
            }
        })
    })?;
    TEARDOWN_HOOKED.set(true);
    Ok(())
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
#[napi(catch_unwind)]
pub fn open(env: Env, options: OpenOptions, wake: Function<(), Unknown<'static>>) -> Result<u32> {
    let config = options.into_config()?;
    release_at_teardown(&env)?;
    let callback = JsCallback::new(env.raw(), wake.raw())
        .map_err(|message| Error::new(Status::GenericFailure, format!("ferrodis: {message}")))?;
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
                callback: Some(Rc::new(callback)),
                poll: None,
                records: Records::new(),
            },
        )
    });
    Ok(id)
}

/// Hands the engine one tick's worth of RESP-encoded commands, each taking one reply.
#[napi(catch_unwind)]
pub fn submit(id: u32, commands: &[u8], count: u32) -> Result<()> {
    with_client(id, |entry| {
        let wants_write = entry.client.submit(commands, count, &[]);
        watch(entry, wants_write, false);
    })
}

/// The same, for a batch with commands that do not take one reply: `plans` holds
/// `(index in the batch, code, argument)` triples (lib/protocol/plan.js), by ascending index.
#[napi(js_name = "submitPlanned", catch_unwind)]
pub fn submit_planned(id: u32, commands: &[u8], count: u32, plans: &[u32]) -> Result<()> {
    let decoded = decode_plans(count, plans)?;
    with_client(id, |entry| {
        let wants_write = entry.client.submit(commands, count, &decoded);
        watch(entry, wants_write, false);
    })
}

/// Takes the command numbered `seq` (the link's commands in submission order, from 0) out of the
/// queue if none of it was written: true if so (JS then drops its entry for it).
#[napi(catch_unwind)]
pub fn cancel(id: u32, seq: i64) -> Result<bool> {
    let seq = u64::try_from(seq).map_err(|_| invalid("seq must not be negative"))?;
    with_client(id, |entry| entry.client.cancel(seq))
}

/// `asap()`: the commands go before every command not written yet. Returns how many queued
/// commands they went before.
#[napi(js_name = "submitFront", catch_unwind)]
pub fn submit_front(id: u32, commands: &[u8], count: u32, plans: &[u32]) -> Result<u32> {
    let decoded = decode_plans(count, plans)?;
    with_client(id, |entry| {
        let (wants_write, ahead) = entry.client.submit_front(commands, count, &decoded);
        watch(entry, wants_write, false);
        u32::try_from(ahead).unwrap_or(u32::MAX)
    })
}

/// `(index in the batch, code, argument)` triples (lib/protocol/plan.js), by ascending index.
fn decode_plans(count: u32, plans: &[u32]) -> Result<Vec<(u32, Plan)>> {
    let mut decoded = Vec::with_capacity(plans.len() / 3);
    for triple in plans.chunks(3) {
        let &[index, code, argument] = triple else {
            return Err(invalid("plans must be (index, code, argument) triples"));
        };
        let plan = Plan::decode(code, argument).ok_or_else(|| invalid("unknown plan code"))?;
        if index >= count || decoded.last().is_some_and(|&(last, _)| last >= index) {
            return Err(invalid("plan indexes must ascend within the batch"));
        }
        decoded.push((index, plan));
    }
    Ok(decoded)
}

fn invalid(message: &str) -> Error {
    Error::new(Status::InvalidArg, format!("ferrodis: {message}"))
}

/// Copies every ready record (docs/REPLY_STREAM.md) into `target`, a buffer JS reuses from one
/// wake-up to the next (a fresh allocation per drain costs page faults for large replies), and
/// puts the strings of its external string values (`X`), in order, into `externals` from index
/// 0. Returns the number of bytes written, 0 when nothing is ready, or, when the records do not
/// fit, minus their size: nothing is copied and they wait for a call with a buffer that large.
#[napi(js_name = "drainInto", catch_unwind)]
pub fn drain_into(
    env: Env,
    id: u32,
    mut target: BufferSlice<'_>,
    mut externals: Array<'_>,
) -> Result<i64> {
    let (size, payloads) = with_client(id, |entry| {
        if entry.records.is_empty() {
            entry.client.take_records(&mut entry.records);
            sync_poll(env.raw(), id, entry);
        }
        let ready = entry.records.len();
        let size = i64::try_from(ready).unwrap_or(i64::MAX);
        if ready > target.len() {
            return (-size, Vec::new());
        }
        entry.records.copy_to(&mut target[..ready]);
        let payloads: Vec<Bytes> = entry.records.take_externals().collect();
        entry.records.clear();
        (size, payloads)
    })?;
    for (index, payload) in (0u32..).zip(payloads) {
        externals.set(index, external::string(env.raw(), payload)?)?;
    }
    Ok(size)
}

/// Starts or stops polling the socket as the engine hands a connection to this thread or a
/// connection ends. Checked on every drain: the records that say so come through one.
fn sync_poll(env: napi::sys::napi_env, id: u32, entry: &mut Entry) {
    let epoch = entry.client.js_epoch();
    if entry.poll.as_ref().map(|poll| poll.epoch) == epoch {
        return;
    }
    entry.poll = None;
    let Some(epoch) = epoch else {
        return;
    };
    let Some((fd, wants_write)) = entry.client.poll_fd(epoch) else {
        return;
    };
    match Poll::start(env, fd, epoch, wants_write, id, on_poll) {
        Ok(poll) => entry.poll = Some(poll),
        Err(message) => entry.client.abandon(
            epoch,
            &format!("ferrodis: cannot poll the socket: {message}"),
        ),
    }
}

/// Keeps the poll's interest in room to write in step with what waits to be written (and
/// restarts it, with `restart`).
fn watch(entry: &mut Entry, wants_write: bool, restart: bool) {
    let Some(poll) = entry.poll.as_mut() else {
        return;
    };
    if poll.writable == wants_write && !restart {
        return;
    }
    if let Err(message) = poll.watch(wants_write, on_poll) {
        let epoch = poll.epoch;
        entry.poll = None;
        entry.client.abandon(
            epoch,
            &format!("ferrodis: cannot poll the socket: {message}"),
        );
    }
}

extern "C" fn on_poll(handle: *mut c_void, status: c_int, events: c_int) {
    let id = Poll::key_of(handle);
    // A panic must not unwind into libuv; the connection it happened on is dropped (and
    // reconnects), rather than left with a poll that may panic again.
    if std::panic::catch_unwind(|| drive(id, status, events)).is_err() {
        let _ = std::panic::catch_unwind(|| {
            CLIENTS.with(|clients| {
                if let Some(entry) = clients.borrow_mut().get_mut(&id) {
                    if let Some(poll) = entry.poll.take() {
                        entry.client.internal_failure(poll.epoch);
                    }
                }
            })
        });
    }
}

/// The socket of a connection this thread drives is readable or writable (or failed): read or
/// write it, then call JS for the records, outside the borrow of the client table (JS drains
/// them through it).
fn drive(id: u32, status: c_int, events: c_int) {
    let callback = CLIENTS.with(|clients| {
        let mut clients = clients.borrow_mut();
        let entry = clients.get_mut(&id)?;
        let epoch = entry.poll.as_ref()?.epoch;
        let mut published = false;
        let mut outcome = Driven {
            published: false,
            live: true,
            wants_write: entry.poll.as_ref()?.writable,
        };
        // An error status: a read tells what it is.
        if events & poll::WRITABLE != 0 && status >= 0 {
            outcome = entry.client.js_write(epoch);
            published |= outcome.published;
        }
        if outcome.live && (events & poll::READABLE != 0 || status < 0) {
            outcome = entry.client.js_read(epoch);
            published |= outcome.published;
        }
        if outcome.live {
            // libuv stops a poll that reports an error (a reset connection) before the reads
            // get past the data received ahead of the error: then it polls again.
            watch(entry, outcome.wants_write, status < 0);
        } else {
            entry.poll = None;
        }
        entry.callback.clone().filter(|_| published)
    });
    if let Some(callback) = callback {
        // SAFETY: on the JS thread (a libuv callback of its loop), with no JS on the stack.
        unsafe { callback.call() };
    }
}

/// JS's verdict on the certificates of a `V` record: `error` is the message of the error its
/// `checkServerIdentity` returned or threw, `null` if the server is who it should be.
#[napi(js_name = "verifyIdentity", catch_unwind)]
pub fn verify_identity(id: u32, error: Option<String>) -> Result<()> {
    with_client(id, |entry| {
        entry.client.verify_identity(error.map_or(Ok(()), Err))
    })
}

#[napi(catch_unwind)]
pub fn retry(id: u32) -> Result<()> {
    with_client(id, |entry| entry.client.retry())
}

/// The handshake to replay from the next connection on (after SELECT changed the database).
#[napi(js_name = "setHandshake", catch_unwind)]
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
#[napi(js_name = "setRef", catch_unwind)]
pub fn set_ref(env: Env, id: u32, keep_alive: bool) -> Result<()> {
    with_client(id, |entry| set_keep_alive(&env, &entry.wake, keep_alive))?
}

/// Drops the connection at once and forgets the id; no record arrives for it afterwards.
#[napi(catch_unwind)]
pub fn close(env: Env, id: u32) -> Result<()> {
    let entry = CLIENTS.with(|clients| clients.borrow_mut().remove(&id));
    if let Some(entry) = entry {
        set_keep_alive(&env, &entry.wake, false)?;
        entry.client.close();
    }
    Ok(())
}
