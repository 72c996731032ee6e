//! Records on their way to JS (docs/REPLY_STREAM.md): the bytes of the reply stream, held in
//! two parts so that a large string is copied once, from the socket's read buffer straight
//! into the JS buffer at drain time. Small values are copied into `inline` as they are parsed;
//! the payload of a large string stays in the read buffer it arrived in (a shared `Bytes`
//! slice) and is spliced in at its place when the records are copied out — or, for an ASCII blob
//! string, is not copied at all but handed to JS as a string over those bytes (`externals`).

use bytes::Bytes;

use crate::error::ConnectionError;

#[derive(Debug, Default)]
pub struct Records {
    inline: Vec<u8>,
    /// Payloads that belong at an offset of `inline` (offsets non-decreasing).
    shared: Vec<(usize, Bytes)>,
    shared_len: usize,
    /// Payloads of the external strings (`X` values) whose headers end at these offsets of
    /// `inline`, in stream order: they are not part of the stream JS reads.
    externals: Vec<(usize, Bytes)>,
}

impl Records {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity(capacity: usize) -> Self {
        Records {
            inline: Vec::with_capacity(capacity),
            ..Self::default()
        }
    }

    /// Records made of these bytes.
    pub fn from_inline(inline: Vec<u8>) -> Self {
        Records {
            inline,
            ..Self::default()
        }
    }

    /// The size of the stream these records make.
    pub fn len(&self) -> usize {
        self.inline.len() + self.shared_len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Where small values are appended (by the parser, after a record tag).
    pub fn inline_mut(&mut self) -> &mut Vec<u8> {
        &mut self.inline
    }

    /// Splices `payload` in after the first `at` inline bytes; `at` may not be before the
    /// point of a payload spliced earlier.
    pub fn splice(&mut self, at: usize, payload: Bytes) {
        debug_assert!(at <= self.inline.len());
        debug_assert!(self.shared.last().is_none_or(|(last, _)| *last <= at));
        self.shared_len += payload.len();
        self.shared.push((at, payload));
    }

    /// Attaches the payload of the external string whose header ends `at` inline bytes in.
    pub fn attach_external(&mut self, at: usize, payload: Bytes) {
        debug_assert!(self.externals.last().is_none_or(|(last, _)| *last <= at));
        self.externals.push((at, payload));
    }

    /// The payloads of the external strings, in stream order, taken out of the records.
    pub fn take_externals(&mut self) -> impl Iterator<Item = Bytes> + '_ {
        self.externals.drain(..).map(|(_, payload)| payload)
    }

    /// Cuts the records back to `inline_len` inline bytes (a mark taken with
    /// `inline_mut().len()`), dropping any payload spliced in or attached after it.
    pub fn truncate(&mut self, inline_len: usize) {
        self.inline.truncate(inline_len);
        while self.shared.last().is_some_and(|(at, _)| *at > inline_len) {
            if let Some((_, payload)) = self.shared.pop() {
                self.shared_len -= payload.len();
            }
        }
        while self
            .externals
            .last()
            .is_some_and(|(at, _)| *at > inline_len)
        {
            self.externals.pop();
        }
    }

    pub fn clear(&mut self) {
        self.inline.clear();
        self.shared.clear();
        self.shared_len = 0;
        self.externals.clear();
    }

    /// Moves `other`'s records after these, leaving `other` empty (its capacity kept).
    pub fn append(&mut self, other: &mut Records) {
        let base = self.inline.len();
        self.inline.extend_from_slice(&other.inline);
        self.shared.extend(
            other
                .shared
                .drain(..)
                .map(|(at, payload)| (base + at, payload)),
        );
        self.shared_len += other.shared_len;
        self.externals.extend(
            other
                .externals
                .drain(..)
                .map(|(at, payload)| (base + at, payload)),
        );
        other.clear();
    }

    /// A connection event without payload (`C` connected, `Y` ready).
    pub fn publish_event(&mut self, tag: u8) {
        self.inline.push(tag);
    }

    /// `F`: a connection failed; the `rejected` oldest commands waiting fail with it.
    pub fn publish_failure(&mut self, error: &ConnectionError, rejected: u64) {
        self.inline.extend_from_slice(&[b'F', error.kind as u8]);
        put_str(&mut self.inline, error.code.as_bytes());
        put_str(&mut self.inline, error.message.as_bytes());
        self.inline
            .extend_from_slice(&saturate(rejected).to_le_bytes());
    }

    /// `V`: the server's certificates (DER, leaf first), for JS to check its identity.
    pub fn publish_identity(&mut self, certificates: &[Vec<u8>]) {
        self.inline.push(b'V');
        self.inline
            .extend_from_slice(&saturate(certificates.len() as u64).to_le_bytes());
        for certificate in certificates {
            put_str(&mut self.inline, certificate);
        }
    }

    /// `O`: the `count` oldest commands waiting were never written and there is no offline
    /// queue to keep them.
    pub fn publish_offline(&mut self, count: u64) {
        if count > 0 {
            self.inline.push(b'O');
            self.inline
                .extend_from_slice(&saturate(count).to_le_bytes());
        }
    }

    /// Writes the stream into `target`, which must be at least `len()` bytes long.
    pub fn copy_to(&self, target: &mut [u8]) {
        let (mut from, mut to) = (0, 0);
        for (at, payload) in &self.shared {
            let small = &self.inline[from..*at];
            target[to..to + small.len()].copy_from_slice(small);
            to += small.len();
            target[to..to + payload.len()].copy_from_slice(payload);
            to += payload.len();
            from = *at;
        }
        let rest = &self.inline[from..];
        target[to..to + rest.len()].copy_from_slice(rest);
    }

    /// The stream as one vector (tests compare it with what `parse_frame` writes).
    #[cfg(test)]
    pub fn to_vec(&self) -> Vec<u8> {
        let mut out = vec![0; self.len()];
        self.copy_to(&mut out);
        out
    }
}

fn saturate(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn put_str(out: &mut Vec<u8>, s: &[u8]) {
    out.extend_from_slice(&saturate(s.len() as u64).to_le_bytes());
    out.extend_from_slice(s);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Records {
        let mut records = Records::from_inline(b"ab".to_vec());
        records.splice(2, Bytes::from_static(b"XYZ"));
        records.inline_mut().extend_from_slice(b"cd");
        records.splice(4, Bytes::from_static(b"Q"));
        records
    }

    #[test]
    fn copies_inline_and_shared_parts_in_order() {
        let records = sample();
        assert_eq!(records.len(), 8);
        assert_eq!(records.to_vec(), b"abXYZcdQ");
        assert_eq!(Records::new().to_vec(), b"");
    }

    #[test]
    fn append_shifts_the_splice_points() {
        let mut first = sample();
        let mut second = sample();
        first.append(&mut second);
        assert!(second.is_empty());
        assert_eq!(first.to_vec(), b"abXYZcdQabXYZcdQ");
    }

    #[test]
    fn truncate_drops_later_payloads() {
        let mut records = sample();
        records.truncate(3);
        assert_eq!(records.to_vec(), b"abXYZc");
        records.truncate(2);
        assert_eq!(records.to_vec(), b"abXYZ");
        records.truncate(0);
        assert!(records.is_empty());
    }

    #[test]
    fn external_payloads_stay_out_of_the_stream_and_follow_truncate_and_append() {
        let mut records = Records::from_inline(b"X1".to_vec());
        records.attach_external(2, Bytes::from_static(b"one"));
        records.inline_mut().extend_from_slice(b"X2");
        records.attach_external(4, Bytes::from_static(b"two"));
        assert_eq!(records.to_vec(), b"X1X2");
        let mut other = Records::from_inline(b"X3".to_vec());
        other.attach_external(2, Bytes::from_static(b"three"));
        records.append(&mut other);
        records.truncate(5); // the second header is kept, the third is not
        let taken: Vec<Bytes> = records.take_externals().collect();
        assert_eq!(taken, [&b"one"[..], b"two"]);
        assert_eq!(records.to_vec(), b"X1X2X");
    }

    #[test]
    fn failure_record_layout() {
        let mut records = Records::new();
        records.publish_failure(&ConnectionError::closed_unexpectedly(), 3);
        records.publish_offline(0);
        records.publish_offline(2);
        let msg = b"Socket closed unexpectedly";
        let mut expected = vec![b'F', 3, 0, 0, 0, 0];
        expected.extend_from_slice(&(msg.len() as u32).to_le_bytes());
        expected.extend_from_slice(msg);
        expected.extend_from_slice(&3u32.to_le_bytes());
        expected.extend_from_slice(&[b'O', 2, 0, 0, 0]);
        assert_eq!(records.to_vec(), expected);
    }
}
