//! JSON through `serde_json`: the export's layout, and for the imports the bounds on what is
//! read, where a text stopped being JSON, and member lookups the way `az` output needs them
//! (ASCII case ignored, numbers read as text).
//!
//! Uses nothing of this crate.

use alloc::string::{String, ToString};

use serde::Serialize;
use serde_json::Value;

/// Writes a value as indented JSON (two spaces), the way people read it in a review.
///
/// # Examples
/// ```
/// use aks_calc::formats::json::pretty;
/// assert_eq!(pretty(&("a\u{8}", [0u8; 0])), "[\n  \"a\\u0008\",\n  []\n]");
/// ```
pub fn pretty(value: &impl Serialize) -> String {
    // Serialising cannot fail for this crate's types: no map has keys other than strings.
    old_escapes(serde_json::to_string_pretty(value).unwrap_or_default())
}

/// serde_json writes U+0008 and U+000C as `\b` and `\f`, where exports have always written
/// `\u0008` and `\u000c`: the same plan keeps exporting the same bytes. Outside strings JSON
/// has no `\`, and inside them each `\` starts a two-character escape, so pairs are safe to read.
fn old_escapes(json: String) -> String {
    if !json.contains("\\b") && !json.contains("\\f") {
        return json;
    }
    let mut out = String::with_capacity(json.len());
    let mut chars = json.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str("\\u0008"),
            Some('f') => out.push_str("\\u000c"),
            Some(e) => {
                out.push('\\');
                out.push(e);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Largest text read (4 MiB), refused before parsing; `az` output is far smaller.
pub const MAX_LEN: usize = 4 << 20;

/// Deepest nesting read (arrays and objects inside each other): serde_json's own recursion limit
/// (its `unbounded_depth` feature, which would lift it, is off). Far deeper than `az` output,
/// shallow enough for the worker's stack; a test holds serde_json to this number.
pub const MAX_DEPTH: usize = 127;

/// Why a text was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Longer than [`MAX_LEN`].
    TooLarge,
    /// Not JSON, or nested deeper than [`MAX_DEPTH`]: where reading stopped, both counted from 1
    /// (the column in characters).
    NotJson { line: usize, column: usize },
}

/// Reads a JSON text.
///
/// # Examples
/// ```
/// use aks_calc::formats::json::{as_text, parse, Members, ReadError};
/// let v = parse(r#"{"count": 3, "upgradeSettings": {"maxSurge": "10%"}}"#).unwrap();
/// assert_eq!(v.get_ci("COUNT").and_then(as_text).as_deref(), Some("3"));
/// assert_eq!(v.path(&["upgradesettings", "maxSurge"]).and_then(|s| s.as_str()), Some("10%"));
/// assert_eq!(parse("{\n  \"a\": }"), Err(ReadError::NotJson { line: 2, column: 8 }));
/// ```
pub fn parse(text: &str) -> Result<Value, ReadError> {
    if text.len() > MAX_LEN {
        return Err(ReadError::TooLarge);
    }
    serde_json::from_str(text).map_err(|e| ReadError::NotJson {
        line: e.line(),
        column: char_column(text, e.line(), e.column()),
    })
}

/// serde_json counts the column in bytes; people (and editors) count characters. Column 0,
/// "before the line", is shown as 1.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let chars = text
        .split('\n')
        .nth(line.saturating_sub(1))
        .and_then(|l| l.get(..byte_column))
        .map_or(byte_column, |prefix| prefix.chars().count());
    chars.max(1)
}

/// Lookups on a JSON value as the imports use them. Each is `None` where the value has no such
/// member (or is no object).
pub trait Members {
    /// A member, ignoring ASCII case (`vnetSubnetID` / `vnetSubnetId`); the exact name wins.
    fn get_ci(&self, key: &str) -> Option<&Value>;
    /// Follows a path of member names, ignoring ASCII case.
    fn path(&self, keys: &[&str]) -> Option<&Value>;
}

impl Members for Value {
    fn get_ci(&self, key: &str) -> Option<&Value> {
        let members = self.as_object()?;
        members.get(key).or_else(|| {
            members
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        })
    }

    fn path(&self, keys: &[&str]) -> Option<&Value> {
        keys.iter().try_fold(self, |v, k| v.get_ci(k))
    }
}

/// A string or a number, as text (`"10%"`, `3` → `"3"`). Integers keep every digit; a fraction or exponent is written
/// the way serde_json writes floats (`1e3` → `1000.0`), which no count accepts either way.
pub fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn reads_what_az_prints() {
        let v = parse(
            r#"{
              "agentPoolProfiles": [{"name": "np1", "count": 3, "maxPods": 30, "upgradeSettings": {"maxSurge": "10%"}}],
              "networkProfile": {"podCidr": null, "serviceCidr": "10.0.0.0/16"},
              "vnetSubnetID": "/a", "vnetSubnetId": "/b",
              "big": 340282366920938463463374607431768211455, "negative": -3,
              "text": "a\"b\\c\u00e9\ud83d\ude00"
            }"#,
        )
        .unwrap();
        let text = |v: &Value, key: &str| v.get_ci(key).and_then(as_text);
        let pool = &v.get_ci("AGENTPOOLPROFILES").unwrap()[0];
        assert_eq!(text(pool, "count").as_deref(), Some("3"));
        let surge = pool.path(&["upgradesettings", "MAXSURGE"]);
        assert_eq!(surge.and_then(as_text).as_deref(), Some("10%"));
        assert_eq!(v.path(&["networkProfile", "podCidr"]), Some(&Value::Null));
        assert_eq!(v.path(&["networkProfile", "nope"]), None);
        // The exact name first, else any spelling.
        assert_eq!(text(&v, "vnetSubnetId").as_deref(), Some("/b"));
        assert!(text(&v, "VNETSUBNETID").is_some());
        assert_eq!(text(&v, "negative").as_deref(), Some("-3"));
        // Past u64 a number is a float: still read, not exact (no count is that large).
        assert!(text(&v, "big").is_some());
        assert_eq!(text(&v, "text").as_deref(), Some("a\"b\\cé😀"));
        assert_eq!(text(&v, "networkProfile"), None);
    }

    #[test]
    fn writes_what_the_old_writer_wrote() {
        #[derive(Serialize)]
        struct Sample {
            text: &'static str,
            list: [Option<u8>; 2],
            none: [u8; 0],
            empty: Empty,
            big: u128,
        }
        #[derive(Serialize)]
        struct Empty {}
        let sample = Sample {
            text: "\u{1}\u{8}\u{c}\n\r\t\"\\b\\f/é",
            list: [Some(1), None],
            none: [],
            empty: Empty {},
            big: u128::MAX,
        };
        let expected = r#"{
  "text": "\u0001\u0008\u000c\n\r\t\"\\b\\f/é",
  "list": [
    1,
    null
  ],
  "none": [],
  "empty": {},
  "big": 340282366920938463463374607431768211455
}"#;
        assert_eq!(pretty(&sample), expected);
        assert_eq!(pretty(&"\u{7f}\u{2028}"), "\"\u{7f}\u{2028}\"");
        let back = parse(&pretty(&"\u{8}\\b\u{c}\\\u{c}")).unwrap();
        assert_eq!(back.as_str(), Some("\u{8}\\b\u{c}\\\u{c}"));
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
            assert!(
                matches!(parse(text), Err(ReadError::NotJson { .. })),
                "{text:?}"
            );
        }
        // Where it stopped, in characters: the `}` after two Japanese characters and `": `.
        assert_eq!(
            parse("[1,\n{\"日本\": }]"),
            Err(ReadError::NotJson { line: 2, column: 8 })
        );
        assert_eq!(parse(""), Err(ReadError::NotJson { line: 1, column: 1 }));
        assert!(parse(&"[".repeat(MAX_DEPTH)).is_err());
        let nested = |depth| "[".repeat(depth) + &"]".repeat(depth);
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert!(matches!(
            parse(&nested(MAX_DEPTH + 1)),
            Err(ReadError::NotJson { line: 1, .. })
        ));
        assert!(parse(&nested(100_000)).is_err());
        let largest = " ".repeat(MAX_LEN - 1) + "1";
        assert_eq!(
            parse(&largest).ok().map(|v| v.to_string()),
            Some("1".into())
        );
        assert_eq!(parse(&(largest + " ")), Err(ReadError::TooLarge));
    }
}
