//! One client's connection, run as a task on the engine thread: connect, handshake, pipeline
//! the batches JS submits, parse replies into the outbox, and on failure report which commands
//! were lost and wait for JS to decide (retry or close). JS owns the policy (reconnect strategy,
//! graceful close); this owns the socket.

use std::os::fd::OwnedFd;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::BytesMut;
use tokio::io::unix::AsyncFd;
use tokio::io::{AsyncReadExt, AsyncWriteExt, ReadHalf, WriteHalf};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tokio::sync::oneshot;

use crate::config::{ConnectConfig, Handshake};
use crate::direct::{Batch, Direct, ReadOutcome, Reader};
use crate::error::{ConnectionError, FailureKind};
use crate::outbox::{Outbox, Waker};
use crate::records::Records;
use crate::resp::{self, FrameKind, Parser, ReplyRun};
use crate::runtime;
use crate::transport::{self, BoxedStream};

enum Control {
    Retry,
    Close,
    SetHandshake(Handshake),
}

/// The handle JS holds (through the bridge). Dropping it closes the connection.
pub struct Client {
    batches: UnboundedSender<Batch>,
    control: UnboundedSender<Control>,
    outbox: Arc<Outbox>,
    gate: Arc<Direct>,
}

impl Client {
    /// Starts connecting at once on the engine thread. Records arrive in the outbox; `waker`
    /// is called (on the engine thread) whenever the outbox turns non-empty.
    pub fn open(config: ConnectConfig, waker: Waker) -> Client {
        let (batches, batch_rx) = unbounded_channel();
        let (control, control_rx) = unbounded_channel();
        let outbox = Arc::new(Outbox::new(waker));
        let gate = Arc::new(Direct::new());
        runtime::handle().spawn(run(
            config,
            control_rx,
            batch_rx,
            outbox.clone(),
            gate.clone(),
        ));
        Client {
            batches,
            control,
            outbox,
            gate,
        }
    }

    /// Sends `count` RESP-encoded commands: written at once when the connection is ready (from
    /// this thread when possible, see `direct`), or as soon as it is, in submission order.
    pub fn submit(&self, bytes: &[u8], count: u32) {
        self.gate.submit(bytes, count, &self.batches);
    }

    /// After a failure record: try to connect again now.
    pub fn retry(&self) {
        let _ = self.control.send(Control::Retry);
    }

    /// Drops the connection now; commands not yet answered get no reply.
    pub fn close(&self) {
        let _ = self.control.send(Control::Close);
    }

    /// The handshake to replay from the next connection on (after SELECT, for instance).
    pub fn set_handshake(&self, handshake: Handshake) {
        let _ = self.control.send(Control::SetHandshake(handshake));
    }

    /// Moves every ready record into `into`.
    pub fn take_records(&self, into: &mut Records) {
        self.outbox.take(into);
    }

    /// While this connection's replies are read on the caller's thread (see `direct`): a number
    /// that changes with every connection. 0 while the engine reads them.
    pub fn direct_reading(&self) -> u64 {
        self.gate.reading()
    }

    /// A descriptor of the socket to poll while `direct_reading()` is not 0. The caller closes
    /// it once it stops polling.
    pub fn direct_poll_fd(&self) -> Option<std::os::fd::OwnedFd> {
        self.gate.poll_fd()
    }

    /// The socket is readable: reads, parses and publishes the replies on this thread, without
    /// a wake-up; the caller then takes the records as after one.
    pub fn read_direct(&self) -> ReadOutcome {
        self.gate.read(&self.outbox)
    }

    /// The caller cannot read this connection directly (`message` says why): the connection
    /// fails and reconnects as for a lost connection.
    pub fn direct_failed(&self, message: &str) {
        self.gate
            .fail(ConnectionError::new(FailureKind::Io, "EIO", message));
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        self.close();
    }
}

async fn run(
    config: ConnectConfig,
    control: UnboundedReceiver<Control>,
    batches: UnboundedReceiver<Batch>,
    outbox: Arc<Outbox>,
    gate: Arc<Direct>,
) {
    connect_until_closed(config, control, batches, &outbox, &gate).await;
    gate.close();
}

async fn connect_until_closed(
    mut config: ConnectConfig,
    mut control: UnboundedReceiver<Control>,
    mut batches: UnboundedReceiver<Batch>,
    outbox: &Outbox,
    gate: &Direct,
) {
    loop {
        let mut next_handshake = None;
        let (error, rejected) = {
            let session = session(&config, &mut batches, outbox, gate);
            tokio::pin!(session);
            loop {
                tokio::select! {
                    biased;
                    message = control.recv() => match message {
                        None | Some(Control::Close) => return,
                        Some(Control::SetHandshake(handshake)) => next_handshake = Some(handshake),
                        Some(Control::Retry) => {}
                    },
                    failure = &mut session => break failure,
                }
            }
        };
        outbox.publish_failure(&error, rejected);
        if !config.offline_queue {
            reject_unwritten(&mut batches, outbox, gate);
        }
        loop {
            match control.recv().await {
                None | Some(Control::Close) => return,
                Some(Control::SetHandshake(handshake)) => next_handshake = Some(handshake),
                Some(Control::Retry) => break,
            }
        }
        if let Some(handshake) = next_handshake {
            config.handshake = handshake;
        }
        if !config.offline_queue {
            reject_unwritten(&mut batches, outbox, gate);
        }
    }
}

/// With the offline queue off, commands that were never written fail at once.
fn reject_unwritten(batches: &mut UnboundedReceiver<Batch>, outbox: &Outbox, gate: &Direct) {
    let (mut commands, mut dropped) = (0u64, 0u64);
    while let Ok(batch) = batches.try_recv() {
        commands += u64::from(batch.count);
        dropped += 1;
    }
    gate.engine_done(dropped);
    outbox.publish_offline(commands);
}

/// One connection from open to failure. Returns why it ended and how many written commands
/// were left without a reply (they may have run on the server).
async fn session(
    config: &ConnectConfig,
    batches: &mut UnboundedReceiver<Batch>,
    outbox: &Outbox,
    gate: &Direct,
) -> (ConnectionError, u64) {
    let (stream, direct) = match transport::open(config).await {
        Ok(opened) => opened,
        Err(error) => return (error, 0),
    };
    outbox.publish_event(b'C');
    let (mut reader_half, mut writer_half) = tokio::io::split(stream);
    let mut parser = Parser::new();
    let mut read_buffer = BytesMut::with_capacity(64 * 1024);
    if let Err(error) = run_handshake(
        config,
        &mut reader_half,
        &mut writer_half,
        &mut parser,
        &mut read_buffer,
    )
    .await
    {
        return (error, 0);
    }
    // Replies are read on the JS thread when the socket allows it, unless a socket timeout
    // must watch for silence (the engine's read loop does that).
    let room = match &direct {
        Some(socket) if config.socket_timeout.is_none() => socket.writability(),
        _ => None,
    };
    let error = if let Some(room) = room {
        let (ended, failure) = oneshot::channel();
        let reader = Reader {
            parser,
            buffer: read_buffer,
            ended,
        };
        // The connection lives on in the direct socket's descriptor; dropping tokio's stream
        // takes it out of the engine's reactor.
        drop((reader_half, writer_half));
        gate.open(direct, Some(reader));
        outbox.publish_event(b'Y');
        let mut writer = Writer::Direct(room);
        tokio::select! {
            error = failure => error.unwrap_or_else(|_| ConnectionError::closed_unexpectedly()),
            error = write_batches(&mut writer, batches, gate) => error,
        }
    } else {
        gate.open(direct, None);
        outbox.publish_event(b'Y');
        let mut writer = Writer::Stream(writer_half);
        tokio::select! {
            error = read_replies(&mut reader_half, &mut parser, &mut read_buffer, outbox, &gate.answered, config.socket_timeout) => error,
            error = write_batches(&mut writer, batches, gate) => error,
        }
    };
    gate.close();
    let lost = gate
        .written
        .load(Ordering::Relaxed)
        .saturating_sub(gate.answered.load(Ordering::Relaxed));
    (error, lost)
}

/// Runs the handshake; while the server is still loading its dataset (`-LOADING`), waits and
/// runs it again on the same connection, so that `ready` means the server can serve commands.
async fn run_handshake(
    config: &ConnectConfig,
    reader: &mut ReadHalf<BoxedStream>,
    writer: &mut WriteHalf<BoxedStream>,
    parser: &mut Parser,
    read_buffer: &mut BytesMut,
) -> Result<(), ConnectionError> {
    loop {
        match handshake_once(config, reader, writer, parser, read_buffer).await? {
            HandshakeOutcome::Done => return Ok(()),
            HandshakeOutcome::Loading => tokio::time::sleep(LOADING_RETRY).await,
        }
    }
}

const LOADING_RETRY: std::time::Duration = std::time::Duration::from_millis(100);

enum HandshakeOutcome {
    Done,
    Loading,
}

async fn handshake_once(
    config: &ConnectConfig,
    reader: &mut ReadHalf<BoxedStream>,
    writer: &mut WriteHalf<BoxedStream>,
    parser: &mut Parser,
    read_buffer: &mut BytesMut,
) -> Result<HandshakeOutcome, ConnectionError> {
    let handshake = &config.handshake;
    if handshake.count == 0 {
        return Ok(HandshakeOutcome::Done);
    }
    writer
        .write_all(&handshake.commands)
        .await
        .map_err(|e| ConnectionError::from_live_io(&e))?;
    let required = handshake.count.saturating_sub(handshake.optional);
    let mut outcome = HandshakeOutcome::Done;
    let mut answered = 0;
    let mut reply = Vec::new();
    while answered < handshake.count {
        reply.clear();
        match parser.parse_frame(read_buffer, &mut reply) {
            Ok(Some(FrameKind::Error)) => {
                let error = refused(&reply);
                if error.code == "LOADING" {
                    outcome = HandshakeOutcome::Loading; // read the other replies, then start over
                } else if answered < required {
                    return Err(error);
                }
                answered += 1;
            }
            Ok(Some(FrameKind::Reply)) => answered += 1,
            Ok(Some(FrameKind::Push)) => {}
            Ok(None) => read_more(reader, read_buffer, parser, None).await?,
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

pub(crate) fn protocol_error(error: &resp::ProtocolError) -> ConnectionError {
    ConnectionError::new(FailureKind::Protocol, "EPROTO", error.message())
}

/// Makes room in `buffer` for the next read: at least 16 KiB, or at once all that a large value
/// the parser is waiting for still needs — twice that, so that the values that follow it fit
/// in the same memory.
pub(crate) fn make_room(buffer: &mut BytesMut, parser: &Parser) {
    let needed = parser.needed_len().unwrap_or(0);
    let wanted = needed.max(buffer.len() + 16 * 1024);
    if buffer.capacity() < wanted {
        buffer.reserve((2 * needed).max(64 * 1024).max(wanted) - buffer.len());
    }
}

/// Reads what the socket has into `buffer`. With `idle_limit`, no data for that long is a
/// socket timeout.
async fn read_more(
    reader: &mut ReadHalf<BoxedStream>,
    buffer: &mut BytesMut,
    parser: &Parser,
    idle_limit: Option<Duration>,
) -> Result<(), ConnectionError> {
    make_room(buffer, parser);
    let read = reader.read_buf(buffer);
    let result = match idle_limit {
        Some(limit) => tokio::time::timeout(limit, read)
            .await
            .map_err(|_| ConnectionError::socket_timeout(limit))?,
        None => read.await,
    };
    match result {
        Ok(0) => Err(ConnectionError::closed_unexpectedly()),
        Ok(_) => Ok(()),
        Err(e) => Err(ConnectionError::from_live_io(&e)),
    }
}

/// What [`parse_replies`] found.
pub(crate) struct Parsed {
    /// Replies to commands (pushes are not counted).
    pub replies: u64,
    /// Set when the server sent bytes that are not RESP: the connection must be dropped.
    pub error: Option<resp::ProtocolError>,
}

/// Appends every complete frame at the front of `buffer` to `records`, as `R` (reply), `P`
/// (push) or, for a run of short string replies (`string_run::write_reply_run`), `M` (many
/// replies) records.
pub(crate) fn parse_replies(
    parser: &mut Parser,
    buffer: &mut BytesMut,
    records: &mut Records,
) -> Parsed {
    let mut replies = 0;
    // Replies ahead that are not worth a run: parsed one by one before looking for one again.
    let mut single = 0;
    loop {
        let start = records.inline_mut().len();
        if single == 0 {
            records.inline_mut().push(b'M');
            match parser.parse_reply_run(buffer, records.inline_mut()) {
                ReplyRun::Written { replies: run, .. } => {
                    replies += u64::from(run);
                    continue;
                }
                ReplyRun::Short(count) => {
                    records.truncate(start);
                    single = count.max(1);
                }
            }
        }
        single -= 1;
        records.inline_mut().push(b'R');
        match parser.parse_frame_for_js(buffer, records) {
            Ok(Some(FrameKind::Push)) => records.inline_mut()[start] = b'P',
            Ok(Some(_)) => replies += 1,
            Ok(None) => {
                records.truncate(start);
                return Parsed {
                    replies,
                    error: None,
                };
            }
            Err(error) => {
                records.truncate(start);
                return Parsed {
                    replies,
                    error: Some(error),
                };
            }
        }
    }
}

/// Parses every complete reply of each read into records and publishes them together: one
/// outbox lock and at most one wake-up per read, however many replies it carried.
async fn read_replies(
    reader: &mut ReadHalf<BoxedStream>,
    parser: &mut Parser,
    buffer: &mut BytesMut,
    outbox: &Outbox,
    answered: &AtomicU64,
    idle_limit: Option<Duration>,
) -> ConnectionError {
    let mut records = Records::with_capacity(64 * 1024);
    loop {
        if let Err(error) = read_more(reader, buffer, parser, idle_limit).await {
            return error;
        }
        let parsed = parse_replies(parser, buffer, &mut records);
        answered.fetch_add(parsed.replies, Ordering::Relaxed);
        outbox.publish(&mut records);
        if let Some(error) = parsed.error {
            return protocol_error(&error);
        }
    }
}

/// Writes batches as they come. Batches that queued up while the previous write was in flight
/// go out together in one write.
async fn write_batches(
    writer: &mut Writer,
    batches: &mut UnboundedReceiver<Batch>,
    gate: &Direct,
) -> ConnectionError {
    let written = &gate.written;
    let mut coalesced = Vec::new();
    loop {
        let Some(first) = batches.recv().await else {
            return std::future::pending().await;
        };
        let mut taken = 1;
        written.fetch_add(u64::from(first.count), Ordering::Relaxed);
        let result = match batches.try_recv() {
            Err(_) => writer.write_all(&first.bytes, gate).await,
            Ok(second) => {
                coalesced.clear();
                coalesced.extend_from_slice(&first.bytes);
                let mut next = Some(second);
                while let Some(batch) = next {
                    taken += 1;
                    written.fetch_add(u64::from(batch.count), Ordering::Relaxed);
                    coalesced.extend_from_slice(&batch.bytes);
                    next = batches.try_recv().ok();
                }
                writer.write_all(&coalesced, gate).await
            }
        };
        if let Err(e) = result {
            return ConnectionError::from_live_io(&e);
        }
        gate.engine_done(taken);
    }
}

/// How the engine writes the batches JS could not write itself.
enum Writer {
    /// Through tokio, which also reads the stream.
    Stream(WriteHalf<BoxedStream>),
    /// While reads are direct: through the direct socket, waiting for room on a descriptor
    /// registered for writability only — so that the engine thread is not woken by every
    /// reply, which it no longer reads.
    Direct(AsyncFd<OwnedFd>),
}

impl Writer {
    async fn write_all(&mut self, mut bytes: &[u8], gate: &Direct) -> std::io::Result<()> {
        match self {
            Writer::Stream(writer) => {
                writer.write_all(bytes).await?;
                writer.flush().await
            }
            Writer::Direct(room) => {
                while !bytes.is_empty() {
                    let mut ready = room.writable().await?;
                    match ready.try_io(|_| gate.write_for_engine(bytes)) {
                        Ok(Ok(written)) => bytes = &bytes[written..],
                        Ok(Err(e)) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Ok(Err(e)) => return Err(e),
                        Err(_would_block) => {}
                    }
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resp::compact::ValueRef;

    /// The records' replies, one line each: `M` elements as their JSON text, `R` and `P` as
    /// their values; and how many `M` records there were.
    fn replies_of(records: &[u8]) -> (Vec<String>, usize) {
        let (mut lines, mut runs, mut rest) = (Vec::new(), 0, records);
        while let Some((&record, after)) = rest.split_first() {
            if record == b'M' {
                let length = u32::from_le_bytes(after[7..11].try_into().unwrap()) as usize;
                let json = std::str::from_utf8(&after[12..10 + length]).unwrap();
                lines.extend(json.split(',').map(|item| item.replace("null", "Null")));
                runs += 1;
                rest = &after[11 + length + 4..];
            } else {
                let (value, next) = ValueRef::read(after).expect("a value");
                lines.push(match value {
                    ValueRef::BlobString(text) | ValueRef::SimpleString(text) => {
                        format!("\"{}\"", std::str::from_utf8(text).unwrap())
                    }
                    ValueRef::Null => "Null".into(),
                    other => format!("{}{other:?}", record as char),
                });
                rest = next;
            }
        }
        (lines, runs)
    }

    #[test]
    fn replies_come_as_runs_where_sixteen_short_strings_are_together() {
        let bulk = |i: usize| format!("$16\r\nvalue-of-key-{:03}\r\n", i % 10);
        let mut wire = String::new();
        (0..20).for_each(|i| wire += &bulk(i));
        wire += ":1\r\n+OK\r\n>2\r\n$1\r\na\r\n:1\r\n";
        (0..3).for_each(|i| wire += &bulk(i));
        wire += "$-1\r\n";
        (0..16).for_each(|i| wire += &bulk(i));
        let wire = wire.as_bytes();
        let parse = |chunk: usize| {
            let (mut parser, mut buffer, mut records) =
                (Parser::new(), BytesMut::new(), Records::new());
            let mut replies = 0;
            for piece in wire.chunks(chunk) {
                buffer.extend_from_slice(piece);
                let parsed = parse_replies(&mut parser, &mut buffer, &mut records);
                assert!(parsed.error.is_none());
                replies += parsed.replies;
            }
            assert!(buffer.is_empty());
            (replies, replies_of(&records.to_vec()))
        };
        let (replies, (lines, runs)) = parse(wire.len());
        // 20 GETs; a number, a status, a push, 3 GETs and a null: one by one; 16 GETs.
        assert_eq!((replies, runs, lines.len()), (42, 2, 43));
        assert_eq!(lines[20..22], ["RNumber([49])", "\"OK\""]);
        assert!(lines[22].starts_with("PPush("));
        assert_eq!(lines[26], "Null");
        // However the replies are split into reads, they read the same.
        for chunk in 1..wire.len() {
            let (split_replies, (split_lines, _)) = parse(chunk);
            assert_eq!(
                (split_replies, split_lines),
                (replies, lines.clone()),
                "{chunk}"
            );
        }
    }
}
