//! Where the engine leaves records for JS (docs/REPLY_STREAM.md): one buffer per client, filled
//! on the engine thread, emptied by `take` on the JS thread. The waker fires only when the buffer
//! turns non-empty, so a burst of replies costs one wake-up.

use std::sync::Mutex;

use crate::error::ConnectionError;
use crate::records::Records;

pub type Waker = Box<dyn Fn() + Send + Sync>;

pub struct Outbox {
    ready: Mutex<Records>,
    waker: Waker,
}

impl Outbox {
    pub fn new(waker: Waker) -> Self {
        Outbox {
            ready: Mutex::new(Records::new()),
            waker,
        }
    }

    /// Moves `records` (complete records only) to the ready buffer, leaving `records` empty,
    /// and wakes JS if the buffer was empty.
    pub fn publish(&self, records: &mut Records) {
        if self.put(records) {
            (self.waker)();
        }
    }

    /// The same without the wake-up, for the thread that takes the records next.
    pub fn publish_quietly(&self, records: &mut Records) {
        self.put(records);
    }

    /// Returns whether the ready buffer turned non-empty.
    fn put(&self, records: &mut Records) -> bool {
        if records.is_empty() {
            return false;
        }
        let mut ready = self.ready.lock().unwrap_or_else(|e| e.into_inner());
        let was_empty = ready.is_empty();
        if was_empty {
            std::mem::swap(&mut *ready, records);
        } else {
            ready.append(records);
        }
        records.clear();
        was_empty
    }

    pub fn publish_event(&self, tag: u8) {
        self.publish_bytes(vec![tag]);
    }

    fn publish_bytes(&self, record: Vec<u8>) {
        self.publish(&mut Records::from_inline(record));
    }

    pub fn publish_failure(&self, error: &ConnectionError, rejected: u64) {
        let mut record = vec![b'F', error.kind as u8];
        put_str(&mut record, error.code.as_bytes());
        put_str(&mut record, error.message.as_bytes());
        put_u32(&mut record, saturate(rejected));
        self.publish_bytes(record);
    }

    pub fn publish_offline(&self, count: u64) {
        if count > 0 {
            let mut record = vec![b'O'];
            put_u32(&mut record, saturate(count));
            self.publish_bytes(record);
        }
    }

    /// Swaps the ready records into `into` (which should be empty; its capacity is reused).
    pub fn take(&self, into: &mut Records) {
        into.clear();
        let mut ready = self.ready.lock().unwrap_or_else(|e| e.into_inner());
        std::mem::swap(&mut *ready, into);
    }
}

fn saturate(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &[u8]) {
    put_u32(out, saturate(s.len() as u64));
    out.extend_from_slice(s);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    #[test]
    fn wakes_once_per_non_empty_transition() {
        let wakes = Arc::new(AtomicUsize::new(0));
        let counter = wakes.clone();
        let outbox = Outbox::new(Box::new(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }));
        outbox.publish_event(b'C');
        outbox.publish_event(b'Y');
        assert_eq!(wakes.load(Ordering::SeqCst), 1);
        let mut taken = Records::new();
        outbox.take(&mut taken);
        assert_eq!(taken.to_vec(), b"CY");
        outbox.publish_offline(2);
        assert_eq!(wakes.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn failure_record_layout() {
        let outbox = Outbox::new(Box::new(|| {}));
        outbox.publish_failure(&ConnectionError::closed_unexpectedly(), 3);
        let mut taken = Records::new();
        outbox.take(&mut taken);
        let taken = taken.to_vec();
        let msg = b"Socket closed unexpectedly";
        let mut expected = vec![b'F', 3, 0, 0, 0, 0];
        expected.extend_from_slice(&(msg.len() as u32).to_le_bytes());
        expected.extend_from_slice(msg);
        expected.extend_from_slice(&3u32.to_le_bytes());
        assert_eq!(taken, expected);
    }
}
