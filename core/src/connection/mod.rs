//! A client's connection to one server, as the bridge sees it: submit commands, take the
//! records of replies and events, and — while the JS thread drives the socket — read and write
//! it when its poll says so. docs/architecture.md tells the whole story.
//!
//! - `link`: the state machine (epochs, the one owner of the socket, what each command's
//!   fate is on failure), shared by both threads under one mutex;
//! - `ledger`: what written commands wait for, and which frames are pushes;
//! - `outgoing`: batches not yet written, and what a failure leaves of a partial write;
//! - `replies`: parsing received bytes into records, routed by the ledger;
//! - `socket`: non-blocking I/O on a plain or TLS socket;
//! - `buffers`: read buffers held only while a reply arrives in parts;
//! - `session`: the engine task (connect, handshake, the engine's own driving).

mod buffers;
pub mod ledger;
pub mod link;
pub mod outgoing;
mod replies;
mod session;
pub mod socket;

use std::os::fd::OwnedFd;
use std::sync::{Arc, Mutex, MutexGuard};

use tokio::sync::Notify;

use crate::config::{ConnectConfig, Handshake};
use crate::error::{ConnectionError, FailureKind};
use crate::records::Records;
use crate::runtime;

pub use ledger::{Family, Plan};
use link::Link;
pub use link::{Driver, Phase, Read};
use socket::Socket;

/// Called (on any thread) when records turn ready for JS.
pub type Waker = Box<dyn Fn() + Send + Sync>;

/// What both threads share.
struct Shared {
    link: Mutex<Link<Socket>>,
    /// Wakes the engine task: the link's phase changed, or it has something to write.
    changed: Notify,
    /// Wakes the engine task waiting for JS's verdict on a server's identity.
    identity: Notify,
    waker: Waker,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Link<Socket>> {
        self.link
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` on the link, then wakes JS if records turned ready.
    fn with<R>(&self, f: impl FnOnce(&mut Link<Socket>) -> R) -> R {
        let (result, published) = self.quietly(f);
        if published {
            (self.waker)();
        }
        result
    }

    /// Runs `f` on the link; says whether records turned ready (the caller, the JS thread,
    /// then takes them itself).
    fn quietly<R>(&self, f: impl FnOnce(&mut Link<Socket>) -> R) -> (R, bool) {
        let mut link = self.lock();
        let had_records = link.has_records();
        let phase = link.phase();
        let result = f(&mut link);
        let published = !had_records && link.has_records();
        let changed = link.phase() != phase;
        drop(link);
        if changed {
            self.changed.notify_one();
        }
        (result, published)
    }
}

/// The engine task of one client. A panic in it (a ferrodis bug) must not leave the client
/// waiting forever: it fails the current connection, as a lost one, and the task starts over
/// (waiting for JS to retry).
async fn supervise(shared: Arc<Shared>, config: ConnectConfig) {
    loop {
        let session = CatchUnwind(Box::pin(session::run(shared.clone(), config.clone())));
        if session.await.is_ok() {
            return;
        }
        shared.with(|link| link.fail(link.epoch(), internal_error()));
    }
}

/// The error of a connection dropped because ferrodis itself failed.
pub(crate) fn internal_error() -> ConnectionError {
    ConnectionError::new(
        FailureKind::Io,
        "EINTERNAL",
        "ferrodis: internal error (a bug: please report it); the connection was dropped",
    )
}

/// A future whose panic is caught and returned.
struct CatchUnwind(std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>);

impl std::future::Future for CatchUnwind {
    type Output = std::thread::Result<()>;

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        context: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let future = self.0.as_mut();
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| future.poll(context))) {
            Ok(poll) => poll.map(Ok),
            Err(panic) => std::task::Poll::Ready(Err(panic)),
        }
    }
}

/// What a read or write by the JS thread did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Driven {
    /// Records turned ready: JS should take them now.
    pub published: bool,
    /// The JS thread still drives this epoch's socket.
    pub live: bool,
    /// ... and has something to write when the socket has room.
    pub wants_write: bool,
}

/// The handle the bridge holds for one client. Dropping it closes the connection.
pub struct Client {
    shared: Arc<Shared>,
}

impl Client {
    /// Starts connecting at once on the engine thread. `waker` is called whenever records
    /// turn ready for [`Client::take_records`].
    pub fn open(config: ConnectConfig, waker: Waker) -> Client {
        let link = Link::new(config.offline_queue, config.resp3, config.handshake.clone());
        let shared = Arc::new(Shared {
            link: Mutex::new(link),
            changed: Notify::new(),
            identity: Notify::new(),
            waker,
        });
        runtime::handle().spawn(supervise(shared.clone(), config));
        Client { shared }
    }

    /// Hands over `commands` RESP-encoded commands (`plans` for those that do not take one
    /// reply). Returns whether the JS thread now has something to write when the socket has
    /// room.
    pub fn submit(&self, bytes: &[u8], commands: u32, plans: &[(u32, Plan)]) -> bool {
        let (engine_work, wants_write) = self.shared.with(|link| {
            let engine_work = link.submit(bytes, commands, plans);
            let js = link.drives(link.epoch(), Driver::Js);
            (engine_work, js && link.wants_write())
        });
        if engine_work {
            self.shared.changed.notify_one();
        }
        wants_write
    }

    /// `submit`, before every command not written yet; see [`Link::submit_front`]. Returns
    /// whether JS should wait for room to write, and how many queued commands it went before.
    pub fn submit_front(&self, bytes: &[u8], commands: u32, plans: &[(u32, Plan)]) -> (bool, u64) {
        let (engine_work, wants_write, ahead) = self.shared.with(|link| {
            let (engine_work, ahead) = link.submit_front(bytes, commands, plans);
            let js = link.drives(link.epoch(), Driver::Js);
            (engine_work, js && link.wants_write(), ahead)
        });
        if engine_work {
            self.shared.changed.notify_one();
        }
        (wants_write, ahead)
    }

    /// Takes the command numbered `seq` (the commands submitted, from 0) out if it was never
    /// written; see [`Link::cancel`].
    pub fn cancel(&self, seq: u64) -> bool {
        self.shared.with(|link| link.cancel(seq))
    }

    /// JS's verdict on the certificates of a `V` record (its `checkServerIdentity`): `Err`
    /// holds the message of the error it returned or threw.
    pub fn verify_identity(&self, verdict: Result<(), String>) {
        self.shared.with(|link| link.identity_verdict(verdict));
        self.shared.identity.notify_one();
    }

    /// After a failure record: connect again now.
    pub fn retry(&self) {
        self.shared.with(Link::retry);
    }

    /// Drops the connection now; nothing more is published.
    pub fn close(&self) {
        self.shared.with(Link::close);
    }

    /// The handshake to replay from the next connection on (after SELECT, for instance).
    pub fn set_handshake(&self, handshake: Handshake) {
        self.shared.with(|link| link.handshake = handshake);
    }

    /// Moves every ready record into `into`.
    pub fn take_records(&self, into: &mut Records) {
        let was_backlogged = self.shared.with(|link| {
            let backlogged = link.backlogged();
            link.take_records(into);
            backlogged
        });
        if was_backlogged {
            self.shared.changed.notify_one();
        }
    }

    /// While the JS thread drives the socket: the connection's epoch.
    pub fn js_epoch(&self) -> Option<u64> {
        let link = self.shared.lock();
        let epoch = link.epoch();
        link.drives(epoch, Driver::Js).then_some(epoch)
    }

    /// A descriptor of the socket of `epoch` for the JS thread's poll (which closes it once it
    /// stops polling), and whether there is something to write.
    pub fn poll_fd(&self, epoch: u64) -> Option<(OwnedFd, bool)> {
        let link = self.shared.lock();
        if !link.drives(epoch, Driver::Js) {
            return None;
        }
        let fd = link.socket()?.fd().try_clone_to_owned().ok()?;
        Some((fd, link.wants_write()))
    }

    /// The JS thread's poll says the socket of `epoch` is readable: one read, parsed.
    pub fn js_read(&self, epoch: u64) -> Driven {
        self.js_drive(epoch, |link| {
            link.read(epoch);
        })
    }

    /// The JS thread's poll says the socket of `epoch` has room: write what waits.
    pub fn js_write(&self, epoch: u64) -> Driven {
        self.js_drive(epoch, |link| link.write(epoch))
    }

    fn js_drive(&self, epoch: u64, f: impl FnOnce(&mut Link<Socket>)) -> Driven {
        let ((live, wants_write), published) = self.shared.quietly(|link| {
            if link.drives(epoch, Driver::Js) {
                f(link);
            }
            let live = link.drives(epoch, Driver::Js);
            (live, live && link.wants_write())
        });
        Driven {
            published,
            live,
            wants_write,
        }
    }

    /// The JS thread cannot drive the socket of `epoch` (its poll could not start): the
    /// connection fails as if it were lost.
    pub fn abandon(&self, epoch: u64, message: &str) {
        self.shared
            .with(|link| link.fail(epoch, ConnectionError::new(FailureKind::Io, "EIO", message)));
    }

    /// Driving the socket of `epoch` on the JS thread panicked (a ferrodis bug): the connection
    /// is dropped, as a lost one.
    pub fn internal_failure(&self, epoch: u64) {
        self.shared.with(|link| link.fail(epoch, internal_error()));
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        self.close();
    }
}

#[cfg(test)]
mod tests;
