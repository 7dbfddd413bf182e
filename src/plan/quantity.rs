//! Parsing what people type: whole numbers, Kubernetes quantities (`250m`, `16393524Ki`, `4Gi`),
//! GiB with decimals and Kubernetes versions. Every parser returns a typed error, never panics.

use alloc::string::String;

use crate::rules::network::Surge;
use crate::rules::reserve::EvictionThreshold;
use crate::rules::typed::Trimmed;
pub use crate::rules::version::K8sVersion;

/// Why a text field could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// The field is required and empty.
    Empty,
    /// Not a number at all ("abc").
    NotANumber(String),
    /// A negative number where only positive ones make sense.
    Negative(String),
    /// A fraction where a whole number is needed ("2.5 nodes").
    NotWhole(String),
    /// Too large to mean anything here.
    TooLarge(String),
    /// Not a memory quantity ("12Gx").
    NotMemory(String),
    /// Not a CPU quantity ("2 cores").
    NotCpu(String),
    /// Not a Kubernetes version ("latest").
    NotVersion(String),
    /// Not an eviction threshold: a quantity with its unit (`200Mi`) or a percentage (`2%`).
    NotEviction(String),
    /// A number outside what the field allows, e.g. an idle timeout of 200 minutes.
    OutOfRange {
        typed: String,
        min: String,
        max: String,
    },
}

/// The text as the user typed it, shortened for messages (at most 40 characters).
pub(crate) fn shown(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.trimmed().chars().enumerate() {
        if i == 40 {
            out.push('…');
            break;
        }
        // Control characters would be invisible or break the layout.
        if c.is_control() {
            out.push('\u{fffd}');
        } else {
            out.push(c);
        }
    }
    out
}

/// Upper bound for counts (nodes, pods, replicas): far above any AKS limit, far below overflow.
pub const MAX_COUNT: u64 = 1_000_000_000;

/// Reads a whole number: digits only, optional `,` or `_` between digit groups.
///
/// # Examples
/// ```
/// use aks_calc::plan::quantity::{parse_count, InputError};
/// assert_eq!(parse_count(" 1,000 "), Ok(1000));
/// assert_eq!(parse_count(""), Err(InputError::Empty));
/// assert_eq!(parse_count("-3"), Err(InputError::Negative("-3".into())));
/// assert_eq!(parse_count("2.5"), Err(InputError::NotWhole("2.5".into())));
/// assert_eq!(parse_count("abc"), Err(InputError::NotANumber("abc".into())));
/// ```
pub fn parse_count(text: &str) -> Result<u64, InputError> {
    let t = text.trimmed();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    if let Some(rest) = t.strip_prefix('-') {
        return if parse_decimal(rest).is_some() {
            Err(InputError::Negative(shown(t)))
        } else {
            Err(InputError::NotANumber(shown(t)))
        };
    }
    let t = t.strip_prefix('+').unwrap_or(t);
    let mut value: u64 = 0;
    let mut digits = 0;
    let mut last_sep = false;
    for c in t.chars() {
        match c {
            '0'..='9' => {
                value = value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(u64::from(c as u8 - b'0')))
                    .ok_or_else(|| InputError::TooLarge(shown(t)))?;
                digits += 1;
                last_sep = false;
            }
            ',' | '_' if digits > 0 && !last_sep => last_sep = true,
            _ => {
                return Err(match parse_decimal(t) {
                    Some(_) => InputError::NotWhole(shown(t)),
                    None => InputError::NotANumber(shown(t)),
                });
            }
        }
    }
    if digits == 0 || last_sep {
        return Err(InputError::NotANumber(shown(t)));
    }
    if value > MAX_COUNT {
        return Err(InputError::TooLarge(shown(t)));
    }
    Ok(value)
}

/// A non-negative decimal `digits[.digits]` as (numerator, denominator = 10^k), k ≤ 9.
fn parse_decimal(t: &str) -> Option<(u128, u128)> {
    let (whole, frac) = match t.split_once('.') {
        Some((w, f)) => (w, f),
        None => (t, ""),
    };
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    if !whole.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if whole.len() > 20 || frac.len() > 9 {
        return None;
    }
    let mut num: u128 = 0;
    for b in whole.bytes().chain(frac.bytes()) {
        num = num * 10 + u128::from(b - b'0');
    }
    let den = 10u128.pow(frac.len() as u32);
    Some((num, den))
}

/// Reads a memory quantity the way `kubectl describe node` prints it and returns whole KiB
/// (rounded down): `16393524Ki`, `16009Mi`, `15.6Gi`, `1Ti`, decimal `16G`, `16M`, `16k`, or
/// plain bytes.
///
/// # Examples
/// ```
/// use aks_calc::plan::quantity::{parse_memory_ki, InputError};
/// assert_eq!(parse_memory_ki("16393524Ki"), Ok(16_393_524));
/// assert_eq!(parse_memory_ki("4Gi"), Ok(4 * 1024 * 1024));
/// assert_eq!(parse_memory_ki("256Mi"), Ok(262_144));
/// assert_eq!(parse_memory_ki("1G"), Ok(976_562)); // 10^9 bytes
/// assert_eq!(parse_memory_ki("12Gx"), Err(InputError::NotMemory("12Gx".into())));
/// ```
pub fn parse_memory_ki(text: &str) -> Result<u64, InputError> {
    let t = text.trimmed();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    if t.starts_with('-') {
        return Err(InputError::Negative(shown(t)));
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let bytes_per_unit: u128 = match unit.trimmed() {
        "" => 1,
        "Ki" => 1 << 10,
        "Mi" => 1 << 20,
        "Gi" => 1 << 30,
        "Ti" => 1 << 40,
        "k" => 1_000,
        "M" => 1_000_000,
        "G" => 1_000_000_000,
        "T" => 1_000_000_000_000,
        _ => return Err(InputError::NotMemory(shown(t))),
    };
    let (num, den) = parse_decimal(number).ok_or_else(|| InputError::NotMemory(shown(t)))?;
    let ki = num
        .checked_mul(bytes_per_unit)
        .map(|bytes| bytes / den / 1024)
        .ok_or_else(|| InputError::TooLarge(shown(t)))?;
    // 1 PiB: far above any VM, far below overflow in later sums.
    if ki > 1 << 40 {
        return Err(InputError::TooLarge(shown(t)));
    }
    Ok(ki as u64)
}

/// Reads a CPU quantity and returns millicores (rounded down): `250m`, `0.5`, `2`.
///
/// # Examples
/// ```
/// use aks_calc::plan::quantity::{parse_cpu_m, InputError};
/// assert_eq!(parse_cpu_m("250m"), Ok(250));
/// assert_eq!(parse_cpu_m("0.5"), Ok(500));
/// assert_eq!(parse_cpu_m("2"), Ok(2000));
/// assert_eq!(parse_cpu_m("2 cores"), Err(InputError::NotCpu("2 cores".into())));
/// ```
pub fn parse_cpu_m(text: &str) -> Result<u64, InputError> {
    let t = text.trimmed();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    if t.starts_with('-') {
        return Err(InputError::Negative(shown(t)));
    }
    let (number, per_unit) = match t.strip_suffix('m') {
        Some(n) => (n.trim_end(), 1u128),
        None => (t, 1000u128),
    };
    let (num, den) = parse_decimal(number).ok_or_else(|| InputError::NotCpu(shown(t)))?;
    let m = num * per_unit / den;
    if m > u128::from(MAX_COUNT) {
        return Err(InputError::TooLarge(shown(t)));
    }
    Ok(m as u64)
}

/// Reads a memory size in GiB with up to 9 decimals and returns whole MiB (rounded down).
///
/// # Examples
/// ```
/// use aks_calc::plan::quantity::parse_gib_as_mib;
/// assert_eq!(parse_gib_as_mib("7"), Ok(7168));
/// assert_eq!(parse_gib_as_mib("3.5"), Ok(3584));
/// assert!(parse_gib_as_mib("lots").is_err());
/// ```
pub fn parse_gib_as_mib(text: &str) -> Result<u64, InputError> {
    let t = text.trimmed();
    let t = t
        .strip_suffix("GiB")
        .or_else(|| t.strip_suffix("Gi"))
        .unwrap_or(t)
        .trim_end();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    if t.starts_with('-') {
        return Err(InputError::Negative(shown(t)));
    }
    let (num, den) = parse_decimal(t).ok_or_else(|| InputError::NotANumber(shown(t)))?;
    let mib = num * 1024 / den;
    if mib > 1 << 30 {
        return Err(InputError::TooLarge(shown(t)));
    }
    Ok(mib as u64)
}

/// Reads millicores as the custom kubelet configuration takes them (`cpuMillicores`): a whole
/// number, with or without the `m`.
///
/// # Examples
/// ```
/// use aks_calc::plan::quantity::parse_millicores;
/// assert_eq!(parse_millicores("200"), Ok(200));
/// assert_eq!(parse_millicores(" 1,500m "), Ok(1500));
/// assert!(parse_millicores("0.5").is_err());
/// ```
pub fn parse_millicores(text: &str) -> Result<u64, InputError> {
    let t = text.trimmed();
    parse_count(t.strip_suffix('m').unwrap_or(t))
}

/// Reads MiB as the custom kubelet configuration takes them (`memoryMB`, which is MiB): a whole
/// number, or any memory quantity (`1Gi`), rounded down to the MiB.
///
/// # Examples
/// ```
/// use aks_calc::plan::quantity::parse_mib;
/// assert_eq!(parse_mib("1000"), Ok(1000));
/// assert_eq!(parse_mib("1Gi"), Ok(1024));
/// assert_eq!(parse_mib("1000Mi"), Ok(1000));
/// assert!(parse_mib("lots").is_err());
/// ```
pub fn parse_mib(text: &str) -> Result<u64, InputError> {
    let t = text.trimmed();
    if !t.bytes().any(|b| b.is_ascii_alphabetic()) {
        return parse_count(t);
    }
    parse_memory_ki(t).map(|ki| ki / 1024)
}

/// Reads a hard eviction threshold for `memory.available`: a memory quantity with its unit
/// (`200Mi`, `1Gi`, `102400Ki`) or a percentage up to 100 (`2%`). A bare number is refused: the
/// kubelet would read it as bytes, which nobody means.
///
/// # Examples
/// ```
/// use aks_calc::plan::quantity::parse_eviction;
/// use aks_calc::rules::reserve::EvictionThreshold;
/// assert_eq!(parse_eviction("200Mi"), Ok(EvictionThreshold::Ki(204_800)));
/// assert_eq!(parse_eviction("2%"), Ok(EvictionThreshold::Percent(2)));
/// assert!(parse_eviction("200").is_err());
/// assert!(parse_eviction("101%").is_err());
/// ```
pub fn parse_eviction(text: &str) -> Result<EvictionThreshold, InputError> {
    let t = text.trimmed();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    if let Some(number) = t.strip_suffix('%') {
        let p = parse_count(number).map_err(|e| match e {
            InputError::Empty => InputError::NotEviction(shown(t)),
            other => other,
        })?;
        if p > 100 {
            return Err(InputError::OutOfRange {
                typed: shown(t),
                min: String::from("0%"),
                max: String::from("100%"),
            });
        }
        return Ok(EvictionThreshold::Percent(p));
    }
    if t.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(InputError::NotEviction(shown(t)));
    }
    match parse_memory_ki(t) {
        Ok(ki) => Ok(EvictionThreshold::Ki(ki)),
        Err(InputError::NotMemory(s)) => Err(InputError::NotEviction(s)),
        Err(e) => Err(e),
    }
}

/// Why a maxSurge value cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SurgeError {
    Input(InputError),
    /// A percentage above 100 %.
    TooLarge(String),
}

/// Reads maxSurge: a node count (`3`) or a percentage (`33%`).
///
/// # Examples
/// ```
/// use aks_calc::{plan::quantity::parse_surge, rules::network::Surge};
/// assert_eq!(parse_surge("33%"), Ok(Surge::Percent(33)));
/// assert_eq!(parse_surge(" 2 "), Ok(Surge::Count(2)));
/// assert!(parse_surge("150%").is_err());
/// ```
pub fn parse_surge(text: &str) -> Result<Surge, SurgeError> {
    let t = text.trimmed();
    match t.strip_suffix('%') {
        Some(number) => {
            let p = parse_count(number).map_err(|e| match e {
                InputError::Empty => InputError::NotANumber(shown(t)),
                other => other,
            });
            match p.map_err(SurgeError::Input)? {
                p if p > 100 => Err(SurgeError::TooLarge(shown(t))),
                p => Ok(Surge::Percent(p)),
            }
        }
        None => parse_count(t).map(Surge::Count).map_err(SurgeError::Input),
    }
}

/// Largest size factor the layout takes: 100 times the need is already absurd.
pub const MAX_FACTOR: u128 = 100;

/// Reads a factor of 1 or more — `2`, `1.5`, `x2`, `×2`, `2x` — as `(numerator, denominator)`.
///
/// # Examples
/// ```
/// use aks_calc::plan::quantity::parse_factor;
/// assert_eq!(parse_factor("2"), Ok((2, 1)));
/// assert_eq!(parse_factor("×1.5"), Ok((15, 10)));
/// assert_eq!(parse_factor(" 3x "), Ok((3, 1)));
/// assert!(parse_factor("0.5").is_err());
/// assert!(parse_factor("abc").is_err());
/// ```
pub fn parse_factor(text: &str) -> Result<(u128, u128), InputError> {
    let t = text.trimmed();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    let number = t
        .trim_start_matches(['x', 'X', '×'])
        .trim_end_matches(['x', 'X', '×'])
        .trimmed();
    let (num, den) = parse_decimal(number).ok_or_else(|| InputError::NotANumber(shown(t)))?;
    if num < den || num > MAX_FACTOR.saturating_mul(den) {
        return Err(InputError::OutOfRange {
            typed: shown(t),
            min: String::from("1"),
            max: alloc::format!("{MAX_FACTOR}"),
        });
    }
    Ok((num, den))
}

/// Reads `1.29`, `1.29.4` or `v1.30`.
///
/// # Examples
/// ```
/// use aks_calc::plan::quantity::parse_version;
/// use aks_calc::rules::version::K8sVersion;
/// assert_eq!(parse_version("v1.30.2"), Ok(K8sVersion::new(1, 30)));
/// assert!(parse_version("latest").is_err());
/// ```
pub fn parse_version(text: &str) -> Result<K8sVersion, InputError> {
    let t = text.trimmed();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    let bad = || InputError::NotVersion(shown(t));
    let v = t.strip_prefix(['v', 'V']).unwrap_or(t);
    let mut parts = v.split('.');
    let mut number = |required: bool| -> Result<Option<u32>, InputError> {
        match parts.next() {
            None if !required => Ok(None),
            Some(p) if !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse().map(Some).map_err(|_| bad())
            }
            _ => Err(bad()),
        }
    };
    let major = number(true)?.ok_or_else(bad)?;
    let minor = number(true)?.ok_or_else(bad)?;
    number(false)?; // patch, optional
    if parts.next().is_some() || major != 1 {
        return Err(bad());
    }
    Ok(K8sVersion { major, minor })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surge_values() {
        assert_eq!(
            parse_surge("%"),
            Err(SurgeError::Input(InputError::NotANumber("%".into())))
        );
        assert_eq!(
            parse_surge("-1"),
            Err(SurgeError::Input(InputError::Negative("-1".into())))
        );
        assert_eq!(parse_surge("100%"), Ok(Surge::Percent(100)));
        assert_eq!(
            parse_surge("101%"),
            Err(SurgeError::TooLarge("101%".into()))
        );
    }

    #[test]
    fn custom_reservation_values() {
        assert_eq!(parse_millicores("0"), Ok(0));
        assert_eq!(parse_millicores("m"), Err(InputError::Empty));
        assert_eq!(
            parse_millicores("-5m"),
            Err(InputError::Negative("-5".into()))
        );
        assert_eq!(parse_mib("0"), Ok(0));
        assert_eq!(parse_mib("1.5Gi"), Ok(1536));
        assert_eq!(parse_mib("-1"), Err(InputError::Negative("-1".into())));
        assert_eq!(parse_mib("2.5"), Err(InputError::NotWhole("2.5".into())));
        assert_eq!(parse_mib(""), Err(InputError::Empty));
        assert_eq!(parse_eviction("100%"), Ok(EvictionThreshold::Percent(100)));
        assert_eq!(parse_eviction("0%"), Ok(EvictionThreshold::Percent(0)));
        assert_eq!(parse_eviction("1Gi"), Ok(EvictionThreshold::Ki(1 << 20)));
        assert_eq!(
            parse_eviction("%"),
            Err(InputError::NotEviction("%".into()))
        );
        assert_eq!(
            parse_eviction("2.5%"),
            Err(InputError::NotWhole("2.5".into()))
        );
        assert_eq!(
            parse_eviction("101%"),
            Err(InputError::OutOfRange {
                typed: "101%".into(),
                min: "0%".into(),
                max: "100%".into()
            })
        );
        assert_eq!(
            parse_eviction("200"),
            Err(InputError::NotEviction("200".into()))
        );
        assert_eq!(
            parse_eviction("lots"),
            Err(InputError::NotEviction("lots".into()))
        );
        assert_eq!(
            parse_eviction("-1Mi"),
            Err(InputError::Negative("-1Mi".into()))
        );
        assert_eq!(parse_eviction(" "), Err(InputError::Empty));
    }

    #[test]
    fn counts() {
        assert_eq!(parse_count("0"), Ok(0));
        assert_eq!(parse_count("250"), Ok(250));
        assert_eq!(parse_count("1_000"), Ok(1000));
        assert_eq!(
            parse_count("1,,0"),
            Err(InputError::NotANumber("1,,0".into()))
        );
        assert_eq!(parse_count(","), Err(InputError::NotANumber(",".into())));
        assert_eq!(parse_count("1,"), Err(InputError::NotANumber("1,".into())));
        assert_eq!(
            parse_count("-abc"),
            Err(InputError::NotANumber("-abc".into()))
        );
        assert_eq!(
            parse_count("99999999999999999999999"),
            Err(InputError::TooLarge("99999999999999999999999".into()))
        );
        assert_eq!(
            parse_count("1000000001"),
            Err(InputError::TooLarge("1000000001".into()))
        );
        // Full-width digits are not silently read as numbers.
        assert_eq!(
            parse_count("１０"),
            Err(InputError::NotANumber("１０".into()))
        );
    }

    #[test]
    fn memory_quantities() {
        assert_eq!(parse_memory_ki("1024"), Ok(1));
        assert_eq!(parse_memory_ki("1.5Gi"), Ok(1_572_864));
        assert_eq!(parse_memory_ki("1Ti"), Ok(1 << 30));
        assert_eq!(parse_memory_ki("16k"), Ok(15));
        assert_eq!(
            parse_memory_ki("Gi"),
            Err(InputError::NotMemory("Gi".into()))
        );
        assert_eq!(
            parse_memory_ki("-1Gi"),
            Err(InputError::Negative("-1Gi".into()))
        );
        assert_eq!(
            parse_memory_ki("1.2.3Gi"),
            Err(InputError::NotMemory("1.2.3Gi".into()))
        );
        assert!(matches!(
            parse_memory_ki("99999999999Ti"),
            Err(InputError::TooLarge(_))
        ));
        assert_eq!(parse_memory_ki(""), Err(InputError::Empty));
    }

    #[test]
    fn cpu_quantities() {
        assert_eq!(parse_cpu_m("100m"), Ok(100));
        assert_eq!(parse_cpu_m("1.25"), Ok(1250));
        assert_eq!(parse_cpu_m("0.0001"), Ok(0));
        assert_eq!(parse_cpu_m("m"), Err(InputError::NotCpu("m".into())));
        assert_eq!(parse_cpu_m("-1"), Err(InputError::Negative("-1".into())));
    }

    #[test]
    fn versions() {
        assert_eq!(parse_version("1.29"), Ok(K8sVersion::new(1, 29)));
        assert_eq!(parse_version("1.28.15"), Ok(K8sVersion::new(1, 28)));
        assert!(parse_version("2.0").is_err());
        assert!(parse_version("1").is_err());
        assert!(parse_version("1.29.1.1").is_err());
        assert!(parse_version("1..29").is_err());
        assert!(K8sVersion::new(1, 28) < K8sVersion::new(1, 29));
    }

    #[test]
    fn shown_text_is_short_and_visible() {
        assert_eq!(shown("a\u{0}b"), "a\u{fffd}b");
        assert_eq!(shown(&"x".repeat(100)).chars().count(), 41);
    }
}
