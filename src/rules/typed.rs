//! Reading what people typed: `str::trim` with a shortcut for the usual case.

/// `trim` for the plan's text fields, which `evaluate` reads several hundred times per plan
/// (every pool's counts, names and choices, every subnet's name on every lookup).
pub(crate) trait Trimmed {
    /// Exactly `str::trim` (Unicode whitespace, the ideographic space U+3000 among it), without
    /// its walk over `char`s when the text starts and ends with an ASCII character that is not
    /// whitespace, which `trim` leaves alone: in UTF-8 an ASCII byte is a whole character.
    fn trimmed(&self) -> &str;
}

impl Trimmed for str {
    #[inline]
    fn trimmed(&self) -> &str {
        let bytes = self.as_bytes();
        // `char::is_whitespace`, not `u8::is_ascii_whitespace`: the latter leaves out U+000B.
        let kept =
            |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !char::from(b).is_whitespace());
        if kept(bytes.first()) && kept(bytes.last()) {
            self
        } else {
            self.trim()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Trimmed;
    use proptest::prelude::*;

    #[test]
    fn trims_as_str_trim_does() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            " a ",
            "\u{3000}10\u{3000}",
            "10\u{3000}",
            "\u{3000}",
            "ノード",
            " ノード ",
            "\t/24\n",
            "\u{85}x",
            "x\u{a0}",
            "\u{1f}x\u{7f}",
            "\u{b}x\u{b}",
            "x\u{c}",
        ] {
            assert_eq!(s.trimmed(), s.trim(), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_trims_as_str_trim_does(s in "[ \t\n\u{b}\u{c}\r\u{3000}\u{a0}\u{85}a-z0-9/.あ\u{7f}\u{1f}]{0,8}") {
            prop_assert_eq!(s.as_str().trimmed(), s.trim());
        }
    }
}
