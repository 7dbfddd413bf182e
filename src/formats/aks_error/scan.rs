//! Reading sentences out of pasted text: the text is cut to [`MAX_INPUT`], unescaped (JSON bodies
//! inside JSON, `\"`, `\r\n` written out), its white space collapsed, and then matched against
//! patterns of literal words and captures (numbers, CIDRs, addresses, names).
//!
//! Every pattern starts with a literal; each try at one of its places reads at most a bounded
//! number of characters, so a search is linear in the text. Nothing here panics on any input.

use alloc::string::String;
use alloc::vec::Vec;
use core::net::Ipv4Addr;
use core::str::FromStr;

use ipnet::Ipv4Net;

/// Pasted text longer than this (100 KB) is cut, with a notice: a whole pipeline log fits.
pub const MAX_INPUT: usize = 100 * 1024;

/// The longest name a capture reads (a subnet's resource ID fits).
const MAX_NAME: usize = 400;
/// The most digits (and separators) a number capture reads.
const MAX_DIGITS: usize = 48;

/// Pasted text made ready for matching.
pub struct Cleaned {
    pub text: String,
    /// `text` in ASCII lower case: the same byte offsets.
    pub lower: String,
    /// The paste was longer than [`MAX_INPUT`] and was cut.
    pub cut: bool,
}

/// Cuts, unescapes (twice, for a JSON body quoted inside JSON) and collapses white space.
///
/// # Examples
/// ```
/// use aks_calc::formats::aks_error::clean_text;
/// assert_eq!(clean_text("{\\\"message\\\": \\\"a\\r\\n  b\\\"}"), "{\"message\": \"a b\"}");
/// ```
pub fn clean(input: &str) -> Cleaned {
    let mut end = input.len().min(MAX_INPUT);
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    let kept = input.get(..end).unwrap_or("");
    let text = collapse(&unescape(&unescape(kept)));
    let lower = text.to_ascii_lowercase();
    Cleaned {
        text,
        lower,
        cut: end < input.len(),
    }
}

/// One pass of JSON-style unescaping; what is not an escape is kept as it is.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some(q @ ('"' | '\'' | '/' | '\\')) => {
                out.push(q);
                chars.next();
            }
            // Written-out line breaks and tabs, and the Markdown escape of a space.
            Some('n' | 'r' | 't' | ' ') => {
                out.push(' ');
                chars.next();
            }
            Some('u') => {
                let hex: String = chars.clone().skip(1).take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(decoded) if hex.len() == 4 => {
                        out.push(decoded);
                        for _ in 0..5 {
                            chars.next();
                        }
                    }
                    _ => out.push('\\'),
                }
            }
            _ => out.push('\\'),
        }
    }
    out
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// A piece of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum P {
    /// Words in ASCII lower case; a space matches one space or none.
    L(&'static str),
    /// A whole number, with or without thousands separators.
    Num,
    /// An IPv4 CIDR (its network is kept).
    Cidr,
    /// An IPv4 address.
    Ip,
    /// A name: up to a space, a quote, a comma or a bracket; a closing full stop is dropped.
    Name,
}

/// What a capture read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cap {
    Num(u128),
    Cidr(Ipv4Net),
    Ip(Ipv4Addr),
    Name(String),
}

/// Where a pattern matched and what it read, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub at: usize,
    pub end: usize,
    pub caps: Vec<Cap>,
}

impl Hit {
    pub fn num(&self, i: usize) -> Option<u128> {
        self.caps
            .iter()
            .filter_map(|c| match c {
                Cap::Num(n) => Some(*n),
                _ => None,
            })
            .nth(i)
    }

    pub fn cidr(&self, i: usize) -> Option<Ipv4Net> {
        self.caps
            .iter()
            .filter_map(|c| match c {
                Cap::Cidr(n) => Some(*n),
                _ => None,
            })
            .nth(i)
    }

    pub fn ip(&self) -> Option<Ipv4Addr> {
        self.caps.iter().find_map(|c| match c {
            Cap::Ip(a) => Some(*a),
            _ => None,
        })
    }

    pub fn name(&self) -> Option<&str> {
        self.caps.iter().find_map(|c| match c {
            Cap::Name(n) => Some(n.as_str()),
            _ => None,
        })
    }
}

/// The first place `pattern` matches, from byte `from` on.
pub fn find_from(c: &Cleaned, pattern: &[P], from: usize) -> Option<Hit> {
    let Some(P::L(first)) = pattern.first() else {
        return None;
    };
    let mut start = from;
    while let Some(offset) = c.lower.get(start..).and_then(|rest| rest.find(first)) {
        let at = start + offset;
        if let Some((end, caps)) = match_at(c, pattern, at) {
            return Some(Hit { at, end, caps });
        }
        start = at + first.len().max(1);
    }
    None
}

/// The first place `pattern` matches.
pub fn find(c: &Cleaned, pattern: &[P]) -> Option<Hit> {
    find_from(c, pattern, 0)
}

fn match_at(c: &Cleaned, pattern: &[P], at: usize) -> Option<(usize, Vec<Cap>)> {
    let mut pos = at;
    let mut caps = Vec::new();
    for piece in pattern {
        match piece {
            P::L(lit) => pos = literal(&c.lower, pos, lit)?,
            P::Num => {
                let (n, next) = number(&c.text, pos)?;
                caps.push(Cap::Num(n));
                pos = next;
            }
            P::Cidr => {
                let (net, next) = cidr(&c.text, pos)?;
                caps.push(Cap::Cidr(net));
                pos = next;
            }
            P::Ip => {
                let (ip, next) = address(&c.text, pos)?;
                caps.push(Cap::Ip(ip));
                pos = next;
            }
            P::Name => {
                let (name, next) = name(&c.text, pos)?;
                caps.push(Cap::Name(name));
                pos = next;
            }
        }
    }
    Some((pos, caps))
}

fn literal(lower: &str, mut pos: usize, lit: &str) -> Option<usize> {
    let bytes = lower.as_bytes();
    for b in lit.bytes() {
        if b == b' ' {
            if bytes.get(pos) == Some(&b' ') {
                pos += 1;
            }
            continue;
        }
        if bytes.get(pos) != Some(&b) {
            return None;
        }
        pos += 1;
    }
    Some(pos)
}

/// Digits, optionally grouped by commas in threes (`1,280`).
fn number(text: &str, pos: usize) -> Option<(u128, usize)> {
    let bytes = text.as_bytes();
    let mut i = pos;
    let mut value: u128 = 0;
    let mut digits = 0usize;
    while i < bytes.len() && i - pos < MAX_DIGITS {
        let b = bytes.get(i).copied()?;
        if b.is_ascii_digit() {
            value = value.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
            digits += 1;
            i += 1;
        } else if b == b','
            && digits > 0
            && bytes
                .get(i + 1..i + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    (digits > 0).then_some((value, i))
}

/// The run of characters an address or a CIDR can be made of, read from `pos`.
fn run(text: &str, pos: usize, allowed: impl Fn(u8) -> bool, max: usize) -> &str {
    let bytes = text.as_bytes();
    let mut end = pos;
    while end < bytes.len() && end - pos < max && bytes.get(end).copied().is_some_and(&allowed) {
        end += 1;
    }
    text.get(pos..end).unwrap_or("")
}

fn address(text: &str, pos: usize) -> Option<(Ipv4Addr, usize)> {
    let raw = run(text, pos, |b| b.is_ascii_digit() || b == b'.', 15);
    // A sentence may end right after the address.
    let raw = raw.trim_end_matches('.');
    let ip = Ipv4Addr::from_str(raw).ok()?;
    Some((ip, pos + raw.len()))
}

fn cidr(text: &str, pos: usize) -> Option<(Ipv4Net, usize)> {
    let raw = run(
        text,
        pos,
        |b| b.is_ascii_digit() || b == b'.' || b == b'/',
        18,
    );
    let (addr, len) = raw.split_once('/')?;
    let digits: &str = len.get(..len.bytes().take_while(u8::is_ascii_digit).count())?;
    let prefix: u8 = digits.parse().ok()?;
    let net = Ipv4Net::new(Ipv4Addr::from_str(addr).ok()?, prefix).ok()?;
    Some((net.trunc(), pos + addr.len() + 1 + digits.len()))
}

fn name(text: &str, pos: usize) -> Option<(String, usize)> {
    let rest = text.get(pos..)?;
    let stop = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';'
                    | '"'
                    | '\''
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '{'
                    | '}'
                    | '<'
                    | '>'
                    | '“'
                    | '”'
                    | '「'
                    | '」'
            )
    };
    let mut end = 0usize;
    for (i, ch) in rest.char_indices() {
        if stop(ch) || i >= MAX_NAME {
            break;
        }
        end = i + ch.len_utf8();
    }
    let raw = rest.get(..end)?;
    let trimmed = raw.trim_end_matches(['.', '\\', ':']);
    (!trimmed.is_empty()).then(|| (String::from(trimmed), pos + trimmed.len()))
}

/// The first number written within `within` bytes after one of `keys` (e.g. `--max-pods 300`,
/// `"maxPods": 300`).
pub fn number_after(c: &Cleaned, keys: &[&str], within: usize) -> Option<u128> {
    keys.iter()
        .filter_map(|key| {
            let mut start = 0usize;
            while let Some(offset) = c.lower.get(start..).and_then(|r| r.find(key)) {
                let at = start + offset + key.len();
                let gap = c
                    .lower
                    .get(at..)?
                    .bytes()
                    .take(within)
                    .take_while(|b| !b.is_ascii_digit() && !b.is_ascii_alphabetic())
                    .count();
                if let Some((n, _)) = number(&c.text, at + gap) {
                    return Some((at, n));
                }
                start = at;
            }
            None
        })
        .min_by_key(|(at, _)| *at)
        .map(|(_, n)| n)
}

/// The first CIDR written within `within` bytes after one of `keys`, with where it was.
pub fn cidr_after(c: &Cleaned, keys: &[&str], within: usize) -> Option<(usize, Ipv4Net)> {
    let mut best: Option<(usize, Ipv4Net)> = None;
    for key in keys {
        let mut start = 0usize;
        while let Some(offset) = c.lower.get(start..).and_then(|r| r.find(key)) {
            let at = start + offset + key.len();
            let gap = c
                .lower
                .get(at..)
                .unwrap_or("")
                .bytes()
                .take(within)
                .take_while(|b| !b.is_ascii_digit())
                .count();
            if let Some((net, _)) = cidr(&c.text, at + gap) {
                if best.is_none_or(|(b, _)| at < b) {
                    best = Some((at, net));
                }
                break;
            }
            start = at;
        }
    }
    best
}

/// Every `Standard_…` word of the text, in order (at most `limit`).
pub fn vm_words(c: &Cleaned, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0usize;
    while let Some(offset) = c.lower.get(start..).and_then(|r| r.find("standard_")) {
        let at = start + offset;
        let word = run(&c.text, at, |b| b.is_ascii_alphanumeric() || b == b'_', 40);
        out.push(word);
        if out.len() >= limit {
            break;
        }
        start = at + word.len().max(1);
    }
    out
}

/// Whether the text has these words (ASCII lower case), and where first.
pub fn position(c: &Cleaned, words: &str) -> Option<usize> {
    c.lower.find(words)
}
