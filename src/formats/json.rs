//! A small JSON reader and writer: enough for exporting a plan with its results and for reading
//! it back, or reading what `az aks show` prints. Bounded in depth and size, never panics.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// A JSON value. Numbers keep their text, so nothing is lost to floating point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in document order.
    Object(Vec<(String, Json)>),
}

/// Why a text is not JSON, and where (byte offset).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub at: usize,
    pub kind: JsonErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonErrorKind {
    Empty,
    Unexpected,
    UnexpectedEnd,
    TooDeep,
    TooLarge,
    Trailing,
}

/// Deepest nesting read; `az` output is far shallower.
pub const MAX_DEPTH: usize = 64;
/// Largest text read (4 MiB).
pub const MAX_LEN: usize = 4 << 20;

impl Json {
    /// A member of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A member of an object, ignoring ASCII case (`vnetSubnetID` / `vnetSubnetId`).
    pub fn get_ci(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// Follows a path of member names, ignoring ASCII case.
    pub fn path(&self, keys: &[&str]) -> Option<&Json> {
        keys.iter().try_fold(self, |v, k| v.get_ci(k))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// A number or a string, as text (`3`, `"10%"`).
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Json::Number(n) => Some(n),
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn str(s: &str) -> Json {
        Json::String(String::from(s))
    }

    pub fn num(n: impl core::fmt::Display) -> Json {
        let mut s = String::new();
        let _ = write!(s, "{n}");
        Json::Number(s)
    }

    pub fn obj(members: Vec<(&str, Json)>) -> Json {
        Json::Object(
            members
                .into_iter()
                .map(|(k, v)| (String::from(k), v))
                .collect(),
        )
    }
}

/// Reads a JSON text.
///
/// # Examples
/// ```
/// use aks_calc::formats::json::{parse, Json};
/// let v = parse(r#"{"count": 3, "name": "np1", "tags": [true, null]}"#).unwrap();
/// assert_eq!(v.get("count").and_then(Json::as_text), Some("3"));
/// assert_eq!(v.get("name").and_then(Json::as_str), Some("np1"));
/// assert!(parse("{").is_err());
/// ```
pub fn parse(text: &str) -> Result<Json, JsonError> {
    if text.len() > MAX_LEN {
        return Err(JsonError {
            at: 0,
            kind: JsonErrorKind::TooLarge,
        });
    }
    let mut p = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    p.skip_ws();
    if p.at >= p.bytes.len() {
        return Err(p.error(JsonErrorKind::Empty));
    }
    let value = p.value(0)?;
    p.skip_ws();
    if p.at < p.bytes.len() {
        return Err(p.error(JsonErrorKind::Trailing));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, kind: JsonErrorKind) -> JsonError {
        JsonError { at: self.at, kind }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, b: u8) -> Result<(), JsonError> {
        match self.peek() {
            Some(c) if c == b => {
                self.at += 1;
                Ok(())
            }
            Some(_) => Err(self.error(JsonErrorKind::Unexpected)),
            None => Err(self.error(JsonErrorKind::UnexpectedEnd)),
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.bytes.get(self.at..self.at + word.len()) == Some(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error(JsonErrorKind::Unexpected))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error(JsonErrorKind::TooDeep));
        }
        self.skip_ws();
        match self.peek() {
            None => Err(self.error(JsonErrorKind::UnexpectedEnd)),
            Some(b'{') => {
                self.at += 1;
                let mut members = Vec::new();
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                loop {
                    self.skip_ws();
                    let key = self.string()?;
                    self.skip_ws();
                    self.expect(b':')?;
                    let value = self.value(depth + 1)?;
                    members.push((key, value));
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Json::Object(members));
                        }
                        Some(_) => return Err(self.error(JsonErrorKind::Unexpected)),
                        None => return Err(self.error(JsonErrorKind::UnexpectedEnd)),
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.skip_ws();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Json::Array(items));
                        }
                        Some(_) => return Err(self.error(JsonErrorKind::Unexpected)),
                        None => return Err(self.error(JsonErrorKind::UnexpectedEnd)),
                    }
                }
            }
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => {
                let start = self.at;
                while matches!(
                    self.peek(),
                    Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                ) {
                    self.at += 1;
                }
                let text = self.bytes.get(start..self.at).unwrap_or_default();
                Ok(Json::Number(String::from_utf8_lossy(text).into_owned()))
            }
            Some(_) => Err(self.error(JsonErrorKind::Unexpected)),
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error(JsonErrorKind::Unexpected))?;
            n = n * 16 + d;
            self.at += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.expect(b'"')?;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(b) = self.peek() else {
                return Err(self.error(JsonErrorKind::UnexpectedEnd));
            };
            self.at += 1;
            match b {
                b'"' => return Ok(String::from_utf8_lossy(&out).into_owned()),
                b'\\' => {
                    let Some(e) = self.peek() else {
                        return Err(self.error(JsonErrorKind::UnexpectedEnd));
                    };
                    self.at += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first)
                                && self.bytes.get(self.at..self.at + 2) == Some(b"\\u")
                            {
                                self.at += 2;
                                let second = self.hex4()?;
                                0x10000 + ((first - 0xD800) << 10) + second.wrapping_sub(0xDC00)
                            } else {
                                first
                            };
                            char::from_u32(code).unwrap_or('\u{fffd}')
                        }
                        _ => return Err(self.error(JsonErrorKind::Unexpected)),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(b),
            }
        }
    }
}

/// Writes a value as indented JSON (two spaces), the way people read it in a review.
///
/// # Examples
/// ```
/// use aks_calc::formats::json::{to_string, Json};
/// let v = Json::obj(vec![("a", Json::num(1)), ("b", Json::Array(vec![]))]);
/// assert_eq!(to_string(&v), "{\n  \"a\": 1,\n  \"b\": []\n}");
/// ```
pub fn to_string(value: &Json) -> String {
    let mut out = String::new();
    write_value(&mut out, value, 0);
    out
}

fn indent(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn write_value(out: &mut String, value: &Json, depth: usize) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(n),
        Json::String(s) => write_string(out, s),
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Object(members) if members.is_empty() => out.push_str("{}"),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                write_value(out, item, depth + 1);
            }
            indent(out, depth);
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out, depth + 1);
                write_string(out, key);
                out.push_str(": ");
                write_value(out, item, depth + 1);
            }
            indent(out, depth);
            out.push('}');
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Rng;
    use alloc::string::ToString;
    use alloc::vec;

    #[test]
    fn reads_what_az_prints() {
        let v = parse(
            r#"{
              "agentPoolProfiles": [{"name": "np1", "count": 3, "maxPods": 30, "upgradeSettings": {"maxSurge": "10%"}}],
              "networkProfile": {"podCidr": null, "serviceCidr": "10.0.0.0/16"},
              "enableRbac": true, "ratio": -1.5e3, "text": "a\"b\\c\u00e9\ud83d\ude00"
            }"#,
        )
        .unwrap();
        let pool = &v.get("agentPoolProfiles").unwrap().as_array().unwrap()[0];
        assert_eq!(pool.get("count").and_then(Json::as_text), Some("3"));
        assert_eq!(
            pool.path(&["upgradesettings", "MAXSURGE"])
                .and_then(Json::as_text),
            Some("10%")
        );
        assert_eq!(v.path(&["networkProfile", "podCidr"]), Some(&Json::Null));
        assert_eq!(v.get("enableRbac").and_then(Json::as_bool), Some(true));
        assert_eq!(v.get("ratio").and_then(Json::as_text), Some("-1.5e3"));
        assert_eq!(v.get("text").and_then(Json::as_str), Some("a\"b\\cé😀"));
    }

    #[test]
    fn bad_json_is_an_error_not_a_panic() {
        for text in [
            "",
            "  ",
            "{",
            "[1,",
            "{\"a\" 1}",
            "tru",
            "\"abc",
            "[1] 2",
            "{\"a\":}",
            "\"\\u12\"",
            "\"\\",
            "@",
        ] {
            assert!(parse(text).is_err(), "{text:?}");
        }
        let deep = "[".repeat(1000);
        assert_eq!(parse(&deep).unwrap_err().kind, JsonErrorKind::TooDeep);
        assert_eq!(
            parse(&" ".repeat(MAX_LEN + 1)).unwrap_err().kind,
            JsonErrorKind::TooLarge
        );
    }

    #[test]
    fn write_then_read_is_identity_property() {
        let mut rng = Rng::new(21);
        fn random(rng: &mut Rng, depth: usize) -> Json {
            match rng.below(if depth > 3 { 4 } else { 6 }) {
                0 => Json::Null,
                1 => Json::Bool(rng.below(2) == 0),
                2 => Json::num(rng.next() % 100_000),
                3 => Json::String(
                    (0..rng.below(8))
                        .map(|_| char::from_u32(rng.below(0x800) as u32).unwrap_or('x'))
                        .collect(),
                ),
                4 => Json::Array((0..rng.below(4)).map(|_| random(rng, depth + 1)).collect()),
                _ => Json::Object(
                    (0..rng.below(4))
                        .map(|i| (i.to_string(), random(rng, depth + 1)))
                        .collect(),
                ),
            }
        }
        for _ in 0..2000 {
            let v = random(&mut rng, 0);
            assert_eq!(parse(&to_string(&v)).unwrap(), v);
        }
        assert_eq!(
            to_string(&Json::obj(vec![("k", Json::str("\u{1}"))])),
            "{\n  \"k\": \"\\u0001\"\n}"
        );
    }
}
