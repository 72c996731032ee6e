//! Commands as the server reads them: a RESP array of bulk strings.

/// Appends `args` (the command name first) to `out` as `*<n>\r\n` then `$<len>\r\n<arg>\r\n`
/// for each argument.
pub fn encode_command(args: &[&[u8]], out: &mut Vec<u8>) {
    let payload: usize = args.iter().map(|arg| arg.len() + 16).sum();
    out.reserve(16 + payload);
    out.push(b'*');
    push_decimal(out, args.len());
    out.extend_from_slice(b"\r\n");
    for arg in args {
        out.push(b'$');
        push_decimal(out, arg.len());
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(arg);
        out.extend_from_slice(b"\r\n");
    }
}

/// Appends `value` in decimal. Written digit by digit in place: a copy of a few bytes from a
/// scratch array is a call to `memcpy`, which cost string runs more than the digits (slot
/// numbers of known strings, one per field of an HGETALL).
pub(super) fn push_decimal(out: &mut Vec<u8>, mut value: usize) {
    let start = out.len();
    loop {
        out.push(b'0' + (value % 10) as u8);
        value /= 10;
        if value == 0 {
            break;
        }
    }
    out[start..].reverse();
}
