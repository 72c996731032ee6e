//! The engine's task for one client: it opens each connection (TCP, TLS, the Redis handshake,
//! all within the connect timeout), hands it to its driver, drives it itself when that is the
//! engine, and otherwise waits for the link to need it again (a retry, or close).

use std::sync::Arc;
use std::time::Duration;

use bytes::BytesMut;
use tokio::io::unix::AsyncFd;
use tokio::io::{AsyncReadExt, AsyncWriteExt, Interest};
use tokio::time::Instant;

use super::link::{Driver, Phase, Read, Reader};
use super::replies::protocol_error;
use super::socket::Socket;
use super::Shared;
use crate::config::ConnectConfig;
use crate::error::{ConnectionError, FailureKind};
use crate::resp::{self, FrameKind, Parser};
use crate::transport::{self, Stream};

pub(super) async fn run(shared: Arc<Shared>, config: ConnectConfig) {
    loop {
        let (epoch, phase) = shared.with(|link| (link.epoch(), link.phase()));
        match phase {
            Phase::Closed => return,
            Phase::Opening => {
                // Boxed: the attempt's state (TLS, the handshake) is large, and only lives while
                // it runs; the task of an idle connection stays small.
                let mut opening = Box::pin(open(&shared, &config, epoch));
                let opened = loop {
                    tokio::select! {
                        opened = &mut opening => break opened,
                        () = shared.changed.notified() => {
                            if shared.with(|link| link.phase()) == Phase::Closed {
                                return;
                            }
                        }
                    }
                };
                match opened {
                    Ok((socket, reader)) => {
                        let driver = if config.socket_timeout.is_some() {
                            Driver::Engine
                        } else {
                            Driver::Js
                        };
                        shared.with(|link| link.ready(epoch, socket, reader, driver));
                    }
                    Err(error) => shared.with(|link| link.fail(epoch, error)),
                }
            }
            Phase::Ready(Driver::Engine) => drive(&shared, epoch, config.socket_timeout).await,
            Phase::Ready(Driver::Js) | Phase::Down => shared.changed.notified().await,
        }
    }
}

/// One connection attempt: the socket, then the handshake, within the connect timeout (a
/// server still loading its dataset answers `-LOADING`: it is alive, and the wait starts over).
async fn open(
    shared: &Shared,
    config: &ConnectConfig,
    epoch: u64,
) -> Result<(Socket, Reader), ConnectionError> {
    let mut deadline = config.connect_timeout.map(|limit| Instant::now() + limit);
    let mut opened = within(deadline, transport::open(config)).await?;
    if config.tls.as_ref().is_some_and(|tls| tls.check_identity) {
        let certificates = opened.peer_certificates();
        shared.with(|link| link.ask_identity(epoch, &certificates));
        within(deadline, identity_verdict(shared, epoch)).await?;
    }
    shared.with(|link| link.connected(epoch));
    let handshake = shared.with(|link| link.handshake.clone());
    let mut parser = Parser::with_max_bulk_len(config.max_bulk_len);
    let mut buffer = BytesMut::new();
    loop {
        let stream = opened.stream();
        match within(
            deadline,
            handshake_once(&handshake, stream, &mut parser, &mut buffer),
        )
        .await?
        {
            Handshake::Done => break,
            Handshake::Loading => {
                tokio::time::sleep(LOADING_RETRY).await;
                deadline = config.connect_timeout.map(|limit| Instant::now() + limit);
            }
        }
    }
    let socket = opened
        .into_socket()
        .map_err(|e| ConnectionError::io("connect", &config.describe_target(), &e))?;
    Ok((socket, Reader { parser, buffer }))
}

/// Waits for JS's `checkServerIdentity` verdict on the server of `epoch`.
async fn identity_verdict(shared: &Shared, epoch: u64) -> Result<(), ConnectionError> {
    loop {
        let notified = shared.identity.notified();
        match shared.with(|link| link.take_identity_verdict(epoch)) {
            Some(Ok(())) => return Ok(()),
            Some(Err(message)) => {
                return Err(ConnectionError::new(
                    FailureKind::Tls,
                    "ERR_CHECK_SERVER_IDENTITY",
                    message,
                ))
            }
            None => notified.await,
        }
    }
}

async fn within<T>(
    deadline: Option<Instant>,
    attempt: impl std::future::Future<Output = Result<T, ConnectionError>>,
) -> Result<T, ConnectionError> {
    match deadline {
        Some(deadline) => tokio::time::timeout_at(deadline, attempt)
            .await
            .unwrap_or_else(|_| Err(ConnectionError::connect_timeout())),
        None => attempt.await,
    }
}

const LOADING_RETRY: Duration = Duration::from_millis(100);

enum Handshake {
    Done,
    Loading,
}

/// Writes the handshake's commands and checks their replies (they are not for JS).
async fn handshake_once(
    handshake: &crate::config::Handshake,
    stream: &mut dyn Stream,
    parser: &mut Parser,
    buffer: &mut BytesMut,
) -> Result<Handshake, ConnectionError> {
    if handshake.count == 0 {
        return Ok(Handshake::Done);
    }
    stream
        .write_all(&handshake.commands)
        .await
        .map_err(|e| ConnectionError::from_live_io(&e))?;
    stream
        .flush()
        .await
        .map_err(|e| ConnectionError::from_live_io(&e))?;
    let required = handshake.count.saturating_sub(handshake.optional);
    let mut outcome = Handshake::Done;
    let mut answered = 0;
    let mut reply = Vec::new();
    while answered < handshake.count {
        reply.clear();
        match parser.parse_frame(buffer, &mut reply) {
            Ok(Some(FrameKind::Error)) => {
                let error = refused(&reply);
                if error.code == "LOADING" {
                    outcome = Handshake::Loading; // read the other replies, then start over
                } else if answered < required {
                    return Err(error);
                }
                answered += 1;
            }
            Ok(Some(FrameKind::Reply)) => answered += 1,
            Ok(Some(FrameKind::Push)) => {}
            Ok(None) => {
                super::buffers::make_room(buffer, parser);
                match stream.read_buf(buffer).await {
                    Ok(0) => return Err(ConnectionError::closed_unexpectedly()),
                    Ok(_) => {}
                    Err(e) => return Err(ConnectionError::from_live_io(&e)),
                }
            }
            Err(e) => return Err(protocol_error(&e)),
        }
    }
    Ok(outcome)
}

fn refused(compact_error: &[u8]) -> ConnectionError {
    let text = resp::error_text(compact_error).unwrap_or_default();
    let text = String::from_utf8_lossy(text).into_owned();
    let code = text.split(' ').next().unwrap_or_default().to_owned();
    ConnectionError::new(FailureKind::HandshakeRefused, code, text)
}

/// Drives a ready connection on the engine thread until its epoch is over: reads when the
/// socket is readable (unless JS is behind), writes when there is something to write and
/// room, and fails it after `idle_limit` without data.
async fn drive(shared: &Shared, epoch: u64, idle_limit: Option<Duration>) {
    let registered = shared.with(|link| {
        let fd = link.socket().map(|socket| socket.fd().try_clone_to_owned());
        fd.map(|fd| {
            fd.and_then(|fd| {
                // SAFETY: the `OwnedFd` moves into the `AsyncFd`, so the descriptor stays open,
                // and the same, for as long as it is registered.
                unsafe {
                    AsyncFd::register_with_interest(fd, Interest::READABLE | Interest::WRITABLE)
                }
                .map_err(|error| error.into_parts().1)
            })
        })
    });
    let socket = match registered {
        Some(Ok(socket)) => socket,
        Some(Err(e)) => {
            shared.with(|link| link.fail(epoch, ConnectionError::from_live_io(&e)));
            return;
        }
        None => return,
    };
    let mut last_data = Instant::now();
    loop {
        let (live, wants_write, backlogged) = shared.with(|link| {
            (
                link.drives(epoch, Driver::Engine),
                link.wants_write(),
                link.backlogged(),
            )
        });
        if !live {
            return;
        }
        let idle = async {
            match idle_limit {
                Some(limit) => tokio::time::sleep_until(last_data + limit).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            biased;
            () = shared.changed.notified() => {}
            ready = socket.readable(), if !backlogged => {
                let Ok(mut ready) = ready else { continue };
                match shared.with(|link| link.read(epoch)) {
                    Read::Data => last_data = Instant::now(),
                    Read::Blocked => ready.clear_ready(),
                    Read::Over => return,
                }
            }
            ready = socket.writable(), if wants_write => {
                let Ok(mut ready) = ready else { continue };
                if shared.with(|link| { link.write(epoch); link.wants_write() }) {
                    ready.clear_ready();
                }
            }
            () = idle => {
                if let Some(limit) = idle_limit {
                    shared.with(|link| link.fail(epoch, ConnectionError::socket_timeout(limit)));
                }
            }
        }
    }
}
