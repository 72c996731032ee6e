//! The engine's one thread: a current-thread tokio runtime that owns every socket of the
//! process. One thread fits the 2-core machines this runs on (JS keeps the other), and needs no
//! locks between connections. It never blocks process exit: it holds no Node handle.

use std::sync::OnceLock;
use std::thread;

use tokio::runtime::{Builder, Handle};

pub fn handle() -> &'static Handle {
    static HANDLE: OnceLock<Handle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        thread::Builder::new()
            .name("ferrodis-engine".into())
            .spawn(move || {
                let runtime = Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("the ferrodis engine cannot start a tokio runtime");
                tx.send(runtime.handle().clone())
                    .expect("the ferrodis engine handle has no receiver");
                runtime.block_on(std::future::pending::<()>());
            })
            .expect("the ferrodis engine thread cannot be spawned");
        rx.recv()
            .expect("the ferrodis engine thread died while starting")
    })
}
