//! The JS thread's side of the connections it drives (core `connection::link`): a libuv poll
//! handle on the socket, for readability and, while something waits to be written, room; and
//! the call into JS when replies were read. libuv is Node's own; its functions are exported by
//! the `node` binary for addons.

use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ffi::{c_int, c_void};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd, OwnedFd};
use std::ptr;

use napi::sys;

const UV_POLL: c_int = 8; // uv_handle_type
/// `uv_poll_event` bits.
pub const READABLE: c_int = 1;
pub const WRITABLE: c_int = 2;

type PollCallback = extern "C" fn(handle: *mut c_void, status: c_int, events: c_int);

extern "C" {
    fn uv_handle_size(kind: c_int) -> usize;
    fn uv_poll_init(event_loop: *mut c_void, handle: *mut c_void, fd: c_int) -> c_int;
    fn uv_poll_start(handle: *mut c_void, events: c_int, callback: PollCallback) -> c_int;
    fn uv_close(handle: *mut c_void, callback: Option<extern "C" fn(*mut c_void)>);
    fn uv_unref(handle: *mut c_void);
    fn uv_handle_set_data(handle: *mut c_void, data: *mut c_void);
    fn uv_handle_get_data(handle: *const c_void) -> *mut c_void;
}

/// The memory of a poll handle: libuv's handle, then the descriptor it polls, which is closed
/// with the memory, once libuv is done with the handle (`free_handle`) — not before: until then
/// libuv may still act on the descriptor's number, which a new socket must not have taken.
fn handle_layout() -> (Layout, usize) {
    // SAFETY: a pure function of libuv's.
    let size = unsafe { uv_handle_size(UV_POLL) };
    let handle = Layout::from_size_align(size.max(1), 16).expect("the size of a libuv poll handle");
    let (layout, fd_offset) = handle
        .extend(Layout::new::<c_int>())
        .expect("the size of a libuv poll handle and a descriptor");
    (layout, fd_offset)
}

/// Polls a socket while it lives; never keeps the event loop alive by itself.
pub struct Poll {
    /// The handle, followed by the descriptor it polls (see `handle_layout`).
    handle: *mut c_void,
    /// The connection it belongs to (`Client::js_epoch`).
    pub epoch: u64,
    /// Whether it also watches for room to write.
    pub writable: bool,
}

impl Poll {
    /// Starts polling `fd` on `env`'s event loop for readability (and room to write, with
    /// `writable`); `callback` gets `key` back through [`Poll::key_of`]. The descriptor is
    /// closed once the poll is dropped and libuv is done with it.
    pub fn start(
        env: sys::napi_env,
        fd: OwnedFd,
        epoch: u64,
        writable: bool,
        key: u32,
        callback: PollCallback,
    ) -> Result<Poll, String> {
        let mut event_loop = ptr::null_mut();
        // SAFETY: called on the JS thread of `env`.
        let status = unsafe { sys::napi_get_uv_event_loop(env, &mut event_loop) };
        if status != sys::Status::napi_ok || event_loop.is_null() {
            return Err("Node-API gave no event loop".into());
        }
        let (layout, fd_offset) = handle_layout();
        // SAFETY: the handle gets zeroed memory of the size libuv asks for, with room for the
        // descriptor after it, which stays allocated until libuv's close callback
        // (`free_handle`) runs; the descriptor moves there and is closed there.
        let mut poll = unsafe {
            let handle = alloc_zeroed(layout).cast::<c_void>();
            if handle.is_null() {
                return Err("out of memory".into());
            }
            let raw = fd.as_raw_fd();
            let status = uv_poll_init(event_loop.cast(), handle, raw);
            if status != 0 {
                dealloc(handle.cast(), layout);
                return Err(format!("uv_poll_init failed ({status})"));
            }
            handle
                .cast::<u8>()
                .add(fd_offset)
                .cast::<c_int>()
                .write(fd.into_raw_fd());
            uv_handle_set_data(handle, key as usize as *mut c_void);
            uv_unref(handle);
            Poll {
                handle,
                epoch,
                writable: !writable,
            }
        };
        poll.watch(writable, callback)?;
        Ok(poll)
    }

    /// Watches for readability, and for room to write too with `writable`.
    pub fn watch(&mut self, writable: bool, callback: PollCallback) -> Result<(), String> {
        let events = if writable {
            READABLE | WRITABLE
        } else {
            READABLE
        };
        // SAFETY: the handle is initialized and not closed; starting an active poll again
        // only changes the events it watches.
        let status = unsafe { uv_poll_start(self.handle, events, callback) };
        if status != 0 {
            return Err(format!("uv_poll_start failed ({status})"));
        }
        self.writable = writable;
        Ok(())
    }

    /// The key a poll callback was started with.
    pub fn key_of(handle: *mut c_void) -> u32 {
        // SAFETY: `handle` is a live poll handle (libuv passes it to its callback).
        unsafe { uv_handle_get_data(handle) as usize as u32 }
    }
}

impl Drop for Poll {
    fn drop(&mut self) {
        // SAFETY: the handle is initialized and not closed yet; closing stops the poll at once
        // and frees the memory (and closes the descriptor) in the callback.
        unsafe { uv_close(self.handle, Some(free_handle)) };
    }
}

extern "C" fn free_handle(handle: *mut c_void) {
    let (layout, fd_offset) = handle_layout();
    // SAFETY: allocated in `Poll::start` with this layout, the descriptor written after the
    // handle and owned by it; libuv is done with both.
    unsafe {
        let fd = handle.cast::<u8>().add(fd_offset).cast::<c_int>().read();
        drop(OwnedFd::from_raw_fd(fd));
        dealloc(handle.cast(), layout);
    }
}

/// A JS function to call from a libuv callback, as Node calls JS after I/O: in a callback scope,
/// so that the promises it settles run their continuations before the loop goes on.
pub struct JsCallback {
    env: sys::napi_env,
    function: sys::napi_ref,
    context: sys::napi_async_context,
}

impl JsCallback {
    pub fn new(env: sys::napi_env, function: sys::napi_value) -> Result<JsCallback, String> {
        let mut reference = ptr::null_mut();
        let mut context = ptr::null_mut();
        let mut name = ptr::null_mut();
        // SAFETY: called on the JS thread of `env` with a live function value.
        let ok = unsafe {
            sys::napi_create_reference(env, function, 1, &mut reference) == sys::Status::napi_ok
                && sys::napi_create_string_utf8(env, c"ferrodis".as_ptr(), 8, &mut name)
                    == sys::Status::napi_ok
                && sys::napi_async_init(env, ptr::null_mut(), name, &mut context)
                    == sys::Status::napi_ok
        };
        if ok {
            Ok(JsCallback {
                env,
                function: reference,
                context,
            })
        } else {
            Err("cannot keep the wake function".into())
        }
    }

    /// Calls the function with no arguments. An exception it throws becomes an uncaught
    /// exception, as one thrown by any I/O callback does.
    ///
    /// # Safety
    /// On the JS thread of `env`, from a libuv callback (no JS on the stack).
    pub unsafe fn call(&self) {
        let env = self.env;
        let mut scope = ptr::null_mut();
        if sys::napi_open_handle_scope(env, &mut scope) != sys::Status::napi_ok {
            return;
        }
        let mut function = ptr::null_mut();
        let mut receiver = ptr::null_mut();
        let mut result = ptr::null_mut();
        if sys::napi_get_reference_value(env, self.function, &mut function) == sys::Status::napi_ok
            && sys::napi_get_global(env, &mut receiver) == sys::Status::napi_ok
        {
            let status = sys::napi_make_callback(
                env,
                self.context,
                receiver,
                function,
                0,
                ptr::null(),
                &mut result,
            );
            if status == sys::Status::napi_pending_exception {
                let mut error = ptr::null_mut();
                if sys::napi_get_and_clear_last_exception(env, &mut error) == sys::Status::napi_ok {
                    sys::napi_fatal_exception(env, error);
                }
            }
        }
        sys::napi_close_handle_scope(env, scope);
    }
}

impl Drop for JsCallback {
    fn drop(&mut self) {
        // SAFETY: dropped on the JS thread of `env` (with the client entry).
        unsafe {
            sys::napi_async_destroy(self.env, self.context);
            sys::napi_delete_reference(self.env, self.function);
        }
    }
}
