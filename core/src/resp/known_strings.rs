//! Short strings that the connection's replies repeat — hash field names above all — kept in a
//! table that JS mirrors, so that a string run can name a string JS already holds instead of
//! sending its text again (docs/REPLY_STREAM.md, "Known strings"). The idea is HPACK's dynamic
//! table (RFC 7541), with the producer deciding what the consumer keeps.
//!
//! Why: building a JS string from text costs a V8 string-table lookup when the string is to
//! be an object key, about 50 ns for a 10-byte field name, while taking one from an array costs
//! nothing. Measured on HGETALL of 1,000 fields: the JS side of decoding drops by half.
//!
//! The table has [`SETS`] sets of [`WAYS`] slots, found by a string's hash; slot numbers are
//! handed out in the order strings are first defined, and while strings come in that order
//! the slot after the last one found is checked before hashing. A string is admitted only when it is seen a second time: a filter
//! of hash fingerprints remembers first sightings without taking a slot, so one-off values pass
//! through without displacing strings that recur. An admitted string is *defined* (sent with
//! its slot number, which JS stores it under) and afterwards *referenced* by that number: each
//! element of a run that uses the table gets a [`Known::code`]. A slot that was used since the
//! last conflict in its set is not replaced (a second chance). JS never drops an entry: a slot
//! is only read after a definition in the same stream.

/// Strings longer than this are not kept.
pub const KNOWN_MAX: usize = 24;
/// Slots per set, and sets; slot numbers run from 0 to `SLOTS - 1`.
const WAYS: usize = 4;
const SETS: usize = 1024;
const SLOTS: usize = WAYS * SETS;
/// Entries of the first-sighting filter, in sets of [`WAYS`].
const FILTER: usize = 8192;
/// What a definition costs in admission credit, which each reference earns back by one.
const DEFINITION_COST: u32 = 8;
/// The credit a table starts with, and its most: enough to fill the table once.
const CREDIT_MAX: u32 = SLOTS as u32 * DEFINITION_COST;

/// The slot is free, or JS may not hold what it has.
const EMPTY: u8 = 0;
/// JS holds it.
const KNOWN: u8 = 1;
/// JS holds it, and it was used since the last conflict in its set.
const USED: u8 = 2;

/// The code of an element that is the next item of its run's JSON text.
pub(super) const TEXT_CODE: u16 = 0xffff;
/// Added to a slot number: the element is the next item of the JSON text, which JS stores
/// under that slot.
pub(super) const DEFINE_CODE: u16 = 0x8000;

/// How a string of a run is to be written.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Known {
    /// As text, which JS also stores under this slot.
    Define(u16),
    /// As this slot's number.
    Ref(u16),
    /// As text.
    Text,
}

impl Known {
    /// The element's code in a run that uses the table (docs/REPLY_STREAM.md, "Known
    /// strings"): a slot number for a reference; text and definitions are in the JSON text.
    pub(super) fn code(&self) -> u16 {
        match *self {
            Known::Ref(slot) => slot,
            Known::Define(slot) => DEFINE_CODE | slot,
            Known::Text => TEXT_CODE,
        }
    }
}

/// Where a set's strings are: one cache line holds several sets.
#[derive(Clone, Copy, Default)]
struct Set {
    /// Checked before a slot's bytes; 0 for a way that has no slot yet.
    fingerprints: [u16; WAYS],
    /// Each way's slot, given to it the first time it takes a string and kept from then on.
    slots: [u16; WAYS],
}

/// What a slot holds. Slots are numbered in the order their ways first took a string, so
/// the strings of a reply read for the second time sit in consecutive slots.
#[derive(Clone, Copy, Default)]
struct Slot {
    key: Key,
    length: u8,
    state: u8,
}

impl Slot {
    /// Whether JS may hold this slot's string and it is the one given.
    fn holds(&self, key: &Key, length: u8) -> bool {
        self.state != EMPTY && self.length == length && self.key == *key
    }
}

/// A string of at most [`KNOWN_MAX`] bytes as little-endian words, zero-padded: compared and
/// hashed whole.
type Key = [u64; KNOWN_MAX / 8];

/// `text` (at most [`KNOWN_MAX`] bytes) as a [`Key`], built in registers from whole-word
/// loads, the last one ending where the text ends and shifted down. (Copying the bytes into a
/// zeroed array instead costs a `memcpy` call and a stalled load of what it stored, which
/// together took more time than the rest of a lookup.)
fn key_of(text: &[u8]) -> Key {
    // The arms below are written for three words.
    const _: () = assert!(KNOWN_MAX == 24);
    let length = text.len();
    let word = |at: usize| u64::from_le_bytes(text[at..at + 8].try_into().unwrap_or_default());
    // The last word, of `length - start` (1 to 8) bytes.
    let last = |start: usize| word(length - 8) >> (8 * (8 - (length - start)));
    match length {
        0 => [0; 3],
        1..=7 => {
            let short = text
                .iter()
                .rev()
                .fold(0, |word, &byte| word << 8 | u64::from(byte));
            [short, 0, 0]
        }
        8 => [word(0), 0, 0],
        9..=16 => [word(0), last(8), 0],
        _ => [word(0), word(8), last(16)],
    }
}

#[derive(Default)]
pub(super) struct KnownStrings {
    /// Allocated with the rest at the first string seen.
    sets: Vec<Set>,
    slots: Vec<Slot>,
    /// Slots given to ways so far: the next way to take its first string gets this one.
    assigned: u16,
    /// The slot of the last string defined or referenced. Replies repeat in order (the same
    /// hash read again), so the next string is most often in the slot after it, which is
    /// checked first: a hit costs neither the hash nor two loads from random places in the
    /// table, which missed the cache on about every string.
    last: u16,
    /// Whether `last` was the slot after the one before it: only then is the slot after
    /// `last` checked first, so that strings met in another order than they were defined
    /// in do not pay for a third load from a random place.
    in_order: bool,
    /// Fingerprints of strings seen once, in sets picked by their hash (0: none).
    seen: Vec<u16>,
    /// Which entry of a filter set the next first sighting replaces.
    turn: usize,
    /// Admission credit: references earn it, definitions spend it. When strings recur too far
    /// apart for the table to hold them (a scan over more distinct strings than it has slots),
    /// they would otherwise replace each other without ever being referenced; without credit
    /// the table keeps what it has, and what it has keeps being referenced.
    credit: u32,
    /// The codes of the run being written, one per element so far: sent after its text, or
    /// undone with it (what they define) if it turns out not to be a run.
    pub(super) codes: Vec<u16>,
}

impl KnownStrings {
    /// Decides how `text`, an element of the run being written, is written, and updates the
    /// table as JS will when it reads it. The caller adds its code to [`Self::codes`].
    pub(super) fn see(&mut self, text: &[u8]) -> Known {
        if text.len() > KNOWN_MAX {
            return Known::Text;
        }
        if self.sets.is_empty() {
            self.sets = vec![Set::default(); SETS];
            self.slots = vec![Slot::default(); SLOTS];
            self.seen = vec![0; FILTER];
            self.credit = CREDIT_MAX;
            self.last = u16::MAX;
        }
        let key = key_of(text);
        let length = text.len() as u8;
        // A string is in at most one slot that is not empty (it is only defined when its set
        // has it nowhere), so finding it in the slot after the last is finding it.
        let next = self.last.wrapping_add(1);
        if self.in_order
            && self
                .slots
                .get(usize::from(next))
                .is_some_and(|slot| slot.holds(&key, length))
        {
            return self.reference(next);
        }
        let hash = hash(&key, length);
        // The top bits, which the multiplications mix best: 10 for the set, 11 for the filter
        // set, 16 for the fingerprint.
        let set_index = (hash >> 54) as usize % SETS;
        let fingerprint = (hash >> 24) as u16 | 1;
        let set = self.sets[set_index];
        // The ways whose fingerprint matches, found together (a branch per way mispredicts
        // about every other lookup); rarely more than one.
        let mut candidates = matching_lanes(set.fingerprints, fingerprint);
        while candidates != 0 {
            let way = candidates.trailing_zeros() as usize / 16;
            candidates &= candidates - 1;
            if self.slots[usize::from(set.slots[way])].holds(&key, length) {
                return self.reference(set.slots[way]);
            }
        }
        let filter_set = (hash >> 40) as usize % (FILTER / WAYS) * WAYS;
        let filter = &mut self.seen[filter_set..filter_set + WAYS];
        let Some(entry) = filter.iter().position(|&seen| seen == fingerprint) else {
            // Strings that share a filter set take turns, so that two of them seen in
            // alternation do not keep each other out.
            self.turn = (self.turn + 1) % WAYS;
            filter[self.turn] = fingerprint;
            return Known::Text;
        };
        if self.credit < DEFINITION_COST {
            return Known::Text;
        }
        filter[entry] = 0;
        // Seen before: admitted, into a way not used since the last conflict (one without a
        // slot yet counts as empty).
        let state = |way: usize| match set.fingerprints[way] {
            0 => EMPTY,
            _ => self.slots[usize::from(set.slots[way])].state,
        };
        let Some(way) = (0..WAYS)
            .filter(|&way| state(way) != USED)
            .min_by_key(|&way| state(way))
        else {
            // All are in use: each loses its second chance.
            for &slot in &set.slots {
                self.slots[usize::from(slot)].state = KNOWN;
            }
            return Known::Text;
        };
        let set = &mut self.sets[set_index];
        if set.fingerprints[way] == 0 {
            // Never more than SLOTS ways, so this stays below SLOTS (4096).
            set.slots[way] = self.assigned;
            self.assigned += 1;
        }
        set.fingerprints[way] = fingerprint;
        let number = set.slots[way];
        self.credit -= DEFINITION_COST;
        self.slots[usize::from(number)] = Slot {
            key,
            length,
            state: USED,
        };
        self.found(number);
        Known::Define(number)
    }

    /// The string is in slot `number`.
    fn reference(&mut self, number: u16) -> Known {
        self.slots[usize::from(number)].state = USED;
        self.credit = (self.credit + 1).min(CREDIT_MAX);
        self.found(number);
        Known::Ref(number)
    }

    fn found(&mut self, number: u16) {
        self.in_order = number == self.last.wrapping_add(1);
        self.last = number;
    }

    /// A run starts: nothing it defines has reached JS yet.
    pub(super) fn begin_run(&mut self) {
        self.codes.clear();
    }

    /// The run being written will not be sent: JS will not hold what it defined.
    pub(super) fn undo_run(&mut self) {
        for &code in &self.codes {
            if code != TEXT_CODE && code & DEFINE_CODE != 0 {
                self.slots[usize::from(code & !DEFINE_CODE)].state = EMPTY;
            }
        }
        self.end_run();
    }

    /// The run was written or undone: its codes go, and so does the room a very long one
    /// took (a run of a million elements would otherwise keep 2 MB for the connection's life).
    pub(super) fn end_run(&mut self) {
        const CODES_KEPT: usize = 1 << 16;
        self.codes.clear();
        self.codes.shrink_to(CODES_KEPT);
    }

    /// The memory the table holds, in bytes (for tests of the parser's bounds).
    #[cfg(test)]
    pub(super) fn retained_bytes(&self) -> usize {
        use std::mem::size_of;
        self.sets.capacity() * size_of::<Set>()
            + self.slots.capacity() * size_of::<Slot>()
            + self.seen.capacity() * size_of::<u16>()
            + self.codes.capacity() * size_of::<u16>()
    }
}

/// A bit in each 16-bit lane of the result (bit 15 of the lane) for the lanes of
/// `fingerprints` equal to `fingerprint`; exact for the lowest, and a lane above a match may
/// show one too (a borrow), which the caller's full comparison rules out.
fn matching_lanes(fingerprints: [u16; WAYS], fingerprint: u16) -> u64 {
    const LOWS: u64 = 0x0001_0001_0001_0001;
    const HIGHS: u64 = 0x8000_8000_8000_8000;
    let lanes = fingerprints
        .iter()
        .rev()
        .fold(0, |lanes, &lane| lanes << 16 | u64::from(lane));
    let differ = lanes ^ (LOWS * u64::from(fingerprint));
    differ.wrapping_sub(LOWS) & !differ & HIGHS
}

/// FxHash-style mixing of the key's words and length, then of the high half into the low.
fn hash(key: &Key, length: u8) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut hash = u64::from(length);
    for &word in key {
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(K);
    }
    (hash ^ hash >> 32).wrapping_mul(K)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What JS holds, kept as JS keeps it: from the definitions it reads.
    fn mirror_reads(
        table: &mut KnownStrings,
        mirror: &mut [Option<Vec<u8>>],
        text: &[u8],
    ) -> Known {
        let known = table.see(text);
        match known {
            Known::Define(slot) => mirror[usize::from(slot)] = Some(text.to_vec()),
            Known::Ref(slot) => assert_eq!(mirror[usize::from(slot)].as_deref(), Some(text)),
            Known::Text => {}
        }
        known
    }

    /// `see` as a run does it: the element's code goes on the run's list.
    fn in_run(table: &mut KnownStrings, text: &[u8]) -> Known {
        let known = table.see(text);
        table.codes.push(known.code());
        known
    }

    #[test]
    fn codes_name_the_slot_and_say_whether_the_text_is_sent() {
        assert_eq!(Known::Ref(4095).code(), 4095);
        assert_eq!(Known::Define(0).code(), 0x8000);
        assert_eq!(Known::Define(4095).code(), 0x8fff);
        assert_eq!(Known::Text.code(), 0xffff);
    }

    #[test]
    fn keys_are_the_zero_padded_words_of_the_text() {
        let bytes: Vec<u8> = (0..KNOWN_MAX as u8)
            .map(|i| i.wrapping_mul(37) | 0x80)
            .collect();
        for length in 0..=KNOWN_MAX {
            let text = &bytes[..length];
            let mut padded = [0u8; KNOWN_MAX];
            padded[..length].copy_from_slice(text);
            let expected: Vec<u64> = padded
                .chunks_exact(8)
                .map(|word| u64::from_le_bytes(word.try_into().unwrap()))
                .collect();
            assert_eq!(key_of(text).to_vec(), expected, "{length} bytes");
        }
    }

    #[test]
    fn fingerprints_match_in_every_lane() {
        for way in 0..WAYS {
            let mut fingerprints = [3, 5, 7, 9];
            fingerprints[way] = 0xbeef;
            let lanes = matching_lanes(fingerprints, 0xbeef);
            assert_eq!(lanes.trailing_zeros() as usize / 16, way);
            assert_eq!(matching_lanes(fingerprints, 0x1235), 0);
        }
        assert_eq!(matching_lanes([1, 1, 1, 1], 1).count_ones(), 4);
    }

    #[test]
    fn seen_then_defined_then_referenced() {
        let mut table = KnownStrings::default();
        assert_eq!(table.see(b"name"), Known::Text);
        let Known::Define(slot) = table.see(b"name") else {
            panic!("defined on the second sighting")
        };
        assert_eq!(table.see(b"name"), Known::Ref(slot));
        assert_eq!(table.see(&[b'x'; KNOWN_MAX + 1]), Known::Text);
        assert_eq!(table.see(&[b'x'; KNOWN_MAX + 1]), Known::Text);
    }

    #[test]
    fn recurring_strings_stay_while_one_off_strings_pass_through() {
        let mut table = KnownStrings::default();
        let mut mirror = vec![None; SLOTS];
        let fields: Vec<Vec<u8>> = (0..1000)
            .map(|i| format!("field:{i:04}").into_bytes())
            .collect();
        let mut unique = 0u64;
        let mut refs = 0;
        for round in 0..20 {
            for field in &fields {
                let known = mirror_reads(&mut table, &mut mirror, field);
                if round == 19 && matches!(known, Known::Ref(_)) {
                    refs += 1;
                }
                unique += 1;
                mirror_reads(&mut table, &mut mirror, format!("value{unique}").as_bytes());
            }
        }
        // Only fields that share a set with two other fields miss out.
        assert!(refs > 980, "{refs} of 1000 fields referenced");
    }

    #[test]
    fn what_js_reads_always_matches_under_heavy_conflict() {
        let mut table = KnownStrings::default();
        let mut mirror = vec![None; SLOTS];
        let mut seed = 7u64;
        for _ in 0..200_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let text = format!("k{}", (seed >> 33) % 20_000);
            mirror_reads(&mut table, &mut mirror, text.as_bytes());
        }
        // The test is the mirror's assertion: every reference names what JS holds.
    }

    #[test]
    fn a_reply_read_again_is_in_consecutive_slots() {
        let mut table = KnownStrings::default();
        let fields: Vec<String> = (0..100).map(|i| format!("field:{i:04}")).collect();
        let sightings = |table: &mut KnownStrings| -> Vec<Known> {
            fields
                .iter()
                .map(|field| table.see(field.as_bytes()))
                .collect()
        };
        assert!(sightings(&mut table)
            .iter()
            .all(|known| *known == Known::Text));
        // Slots in the order of definition (a few fields may wait a round more: first
        // sightings that share a filter set take turns).
        let defined = sightings(&mut table);
        let slots: Vec<u16> = defined
            .iter()
            .filter_map(|known| match known {
                Known::Define(slot) => Some(*slot),
                _ => None,
            })
            .collect();
        assert!(slots.len() > 90, "{} of 100 defined", slots.len());
        assert!(
            slots.iter().zip(0..).all(|(&slot, i)| slot == i),
            "{slots:?}"
        );
        let again = sightings(&mut table);
        for (first, second) in defined.iter().zip(&again) {
            if let Known::Define(slot) = first {
                assert_eq!(*second, Known::Ref(*slot));
            }
        }
        // Another order finds them all the same (by their hash).
        for index in [50, 7, 8] {
            if let Known::Define(slot) = defined[index] {
                assert_eq!(table.see(fields[index].as_bytes()), Known::Ref(slot));
            }
        }
    }

    #[test]
    fn the_slot_after_the_last_is_not_taken_when_undone() {
        let mut table = KnownStrings::default();
        for _ in 0..2 {
            table.see(b"a");
            table.see(b"b");
        }
        assert_eq!(table.see(b"a"), Known::Ref(0));
        table.begin_run();
        // "c" defined into slot 2 by a run that is undone, then "b" puts `last` on slot 1.
        table.see(b"c");
        assert_eq!(in_run(&mut table, b"c"), Known::Define(2));
        table.undo_run();
        assert_eq!(table.see(b"b"), Known::Ref(1));
        assert_eq!(table.see(b"c"), Known::Text, "JS never read its definition");
    }

    #[test]
    fn a_very_long_run_does_not_keep_its_room_for_codes() {
        let mut table = KnownStrings::default();
        table.begin_run();
        table.codes.extend(std::iter::repeat_n(TEXT_CODE, 1 << 20));
        table.end_run();
        assert!(table.codes.is_empty() && table.codes.capacity() <= 1 << 16);
    }

    #[test]
    fn an_undone_run_defines_nothing() {
        let mut table = KnownStrings::default();
        table.see(b"a");
        table.begin_run();
        assert!(matches!(in_run(&mut table, b"a"), Known::Define(_)));
        table.undo_run();
        // JS never read that definition: no reference may follow without a new one.
        assert_eq!(table.see(b"a"), Known::Text);
        assert!(matches!(table.see(b"a"), Known::Define(_)));
    }

    #[test]
    fn strings_recurring_too_far_apart_do_not_churn_the_table() {
        // 10 lists of 1,000 distinct strings read in turn: more strings than slots. Without
        // admission credit they would replace each other before they recur.
        let mut table = KnownStrings::default();
        let mut mirror = vec![None; SLOTS];
        let (mut refs, mut definitions) = (0, 0);
        for read in 0..300 {
            for i in 0..1000 {
                let text = format!("v{}:{i}", read % 10);
                let known = mirror_reads(&mut table, &mut mirror, text.as_bytes());
                if read >= 290 {
                    refs += usize::from(matches!(known, Known::Ref(_)));
                    definitions += usize::from(matches!(known, Known::Define(_)));
                }
            }
        }
        assert!(
            refs > 3000 && definitions < 1000,
            "{refs} references, {definitions} definitions of 10,000"
        );
    }
}
