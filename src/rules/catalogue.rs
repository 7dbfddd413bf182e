//! The Azure VM size catalogue, embedded at build time.
//!
//! `data/azure-vm-sizes.csv` is a verbatim copy of the project's catalogue (529 sizes copied from
//! Microsoft's size tables, memory in GiB). It is parsed by a `const fn` while compiling, so a
//! malformed row is a compile error and the page pays nothing at start-up.

use super::typed::Trimmed;

/// CPU architecture of a VM size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    X64,
    Arm64,
}

/// Where a string of a row sits in the packed catalogue: offset and length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Span(u16, u8);

/// One Azure VM size as documented by Microsoft. Rows are 16 bytes: strings live once in a
/// packed table and rows point into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VmSize {
    name: Span,
    family: Span,
    gpu: Span,
    vcpu: u16,
    memory_mib: u32,
    arm64: bool,
}

impl VmSize {
    fn bytes(span: Span) -> &'static [u8] {
        let start = usize::from(span.0);
        PACKED
            .get(start..start + usize::from(span.1))
            .unwrap_or(&[])
    }

    fn text(span: Span) -> &'static str {
        core::str::from_utf8(Self::bytes(span)).unwrap_or("")
    }

    /// Exact Azure size name, e.g. `Standard_D4s_v5`.
    pub fn name(&self) -> &'static str {
        Self::text(self.name)
    }

    /// Series name, e.g. `Dsv5`.
    pub fn family(&self) -> &'static str {
        Self::text(self.family)
    }

    /// Accelerators as documented, e.g. `1x A100 80GB`; empty when there is none.
    pub fn gpu(&self) -> &'static str {
        Self::text(self.gpu)
    }

    pub fn vcpu(&self) -> u32 {
        u32::from(self.vcpu)
    }

    /// Nominal memory in MiB (the docs' GiB × 1024; every catalogue value is a whole MiB).
    pub fn memory_mib(&self) -> u64 {
        u64::from(self.memory_mib)
    }

    pub fn arch(&self) -> Arch {
        if self.arm64 { Arch::Arm64 } else { Arch::X64 }
    }

    /// The name without the `Standard_` prefix, as people say it ("D4s_v5").
    ///
    /// # Examples
    /// ```
    /// let vm = aks_calc::rules::catalogue::find("Standard_D4s_v5").unwrap();
    /// assert_eq!(vm.short_name(), "D4s_v5");
    /// ```
    pub fn short_name(&self) -> &'static str {
        let name = self.name();
        name.strip_prefix("Standard_").unwrap_or(name)
    }

    /// B-series (burstable) sizes, which AKS does not support for system pools.
    ///
    /// # Examples
    /// ```
    /// assert!(aks_calc::rules::catalogue::find("Standard_B4ms").unwrap().is_burstable());
    /// assert!(!aks_calc::rules::catalogue::find("Standard_D4s_v5").unwrap().is_burstable());
    /// ```
    pub fn is_burstable(&self) -> bool {
        self.family().starts_with('B')
    }
}

const CSV: &str = include_str!("data/azure-vm-sizes.csv");
const HEADER: &str =
    "name,family,vcpu,memory_gib,arch,temp_disk_gib,max_data_disks,max_nics,gpu,source";
const COUNT: usize = build::count_rows(CSV);
const PACKED_LEN: usize = build::pack(CSV, &mut [], false);

/// The strings of the catalogue, packed: only what the page uses (the CSV's other columns never
/// reach the binary).
static PACKED: [u8; PACKED_LEN] = {
    let mut out = [0u8; PACKED_LEN];
    build::pack(CSV, &mut out, true);
    out
};

/// Every VM size of the catalogue, in the order of the source file (by series, then size).
pub static SIZES: [VmSize; COUNT] = build::sizes(CSV);

/// Looks a VM size up by name: case-insensitive, with or without the `Standard_` prefix.
///
/// # Examples
/// ```
/// use aks_calc::rules::catalogue::find;
/// let vm = find("standard_d4s_v5").unwrap();
/// assert_eq!((vm.name(), vm.vcpu(), vm.memory_mib()), ("Standard_D4s_v5", 4, 16384));
/// assert_eq!(find("D4s_v5").map(|v| v.name()), Some("Standard_D4s_v5"));
/// assert!(find("Standard_D4s_v99").is_none());
/// ```
pub fn find(name: &str) -> Option<&'static VmSize> {
    let name = name.trimmed();
    let short = strip_prefix_ci(name, "Standard_")
        .unwrap_or(name)
        .as_bytes();
    // Bytes, not &str, and the stored length before the bytes: this runs for every pool on
    // every keystroke, over the whole catalogue.
    SIZES.iter().find(|vm| {
        usize::from(vm.name.1) == short.len() + 9
            && VmSize::bytes(vm.name)
                .get(9..)
                .is_some_and(|s| s.eq_ignore_ascii_case(short))
    })
}

/// Searches sizes by a name fragment or a family, best matches first, at most `limit` results.
///
/// Case, underscores and the `Standard_` prefix are ignored, so "d4sv5", "D4s_v5" and
/// "standard_d4s" all find `Standard_D4s_v5`. Exact names rank first, then names starting with
/// the query, then members of a family of that name, then any name containing it.
///
/// # Examples
/// ```
/// use aks_calc::rules::catalogue::search;
/// let names: Vec<_> = search("D4s", 50).iter().map(|vm| vm.name()).collect();
/// assert!(names.contains(&"Standard_D4s_v5"));
/// assert_eq!(search("d4sv5", 5)[0].name(), "Standard_D4s_v5");
/// assert!(search("Dpsv6", 100).iter().all(|vm| vm.family() == "Dpsv6"));
/// ```
pub fn search(query: &str, limit: usize) -> alloc::vec::Vec<&'static VmSize> {
    let mut q = [0u8; 64];
    let q = normalise(query.trimmed(), &mut q);
    let mut hits: alloc::vec::Vec<(u8, usize)> = alloc::vec::Vec::new();
    for (i, vm) in SIZES.iter().enumerate() {
        let mut n = [0u8; 64];
        let name = normalise(vm.short_name(), &mut n);
        let mut f = [0u8; 64];
        let family = normalise(vm.family(), &mut f);
        let rank = if q.is_empty() {
            3
        } else if name == q {
            0
        } else if name.starts_with(q) {
            1
        } else if family == q {
            2
        } else if contains(name, q) {
            3
        } else {
            continue;
        };
        hits.push((rank, i));
    }
    // (rank, index) pairs are distinct, so an unstable sort gives the one order.
    hits.sort_unstable();
    hits.iter()
        .take(limit)
        .filter_map(|&(_, i)| SIZES.get(i))
        .collect()
}

/// The size whose name is closest to `typed` (by edit distance, ignoring case, underscores and
/// the `Standard_` prefix), for "did you mean …?". `None` when nothing is reasonably close.
///
/// # Examples
/// ```
/// use aks_calc::rules::catalogue::closest;
/// assert_eq!(closest("Standard_D4s_v9").map(|vm| vm.name()), Some("Standard_D4s_v5"));
/// assert_eq!(closest("D4sv5").map(|vm| vm.name()), Some("Standard_D4s_v5"));
/// assert_eq!(closest("Standard_D8s_v55").map(|vm| vm.name()), Some("Standard_D8s_v5"));
/// assert!(closest("kubernetes").is_none());
/// ```
pub fn closest(typed: &str) -> Option<&'static VmSize> {
    let mut q = [0u8; 64];
    let q = normalise(typed.trimmed(), &mut q);
    if q.is_empty() {
        return None;
    }
    // Allow about one edit per three characters, at least one.
    let allowed = (q.len() / 3).max(1);
    let mut best: Option<(usize, &'static VmSize)> = None;
    for vm in SIZES.iter() {
        let mut n = [0u8; 64];
        let name = normalise(vm.short_name(), &mut n);
        let d = edit_distance(q, name);
        if d <= allowed && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, vm));
        }
    }
    best.map(|(_, vm)| vm)
}

/// Levenshtein distance of two short byte strings (at most 64 bytes each).
fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    let mut row = [0usize; 65];
    for (j, slot) in row.iter_mut().enumerate().take(b.len() + 1) {
        *slot = j;
    }
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let cost = if ca == cb { diagonal } else { diagonal + 1 };
            let value = cost.min(up + 1).min(left + 1);
            diagonal = up;
            left = value;
            if let Some(slot) = row.get_mut(j + 1) {
                *slot = value;
            }
        }
        if let Some(slot) = row.first_mut() {
            *slot = i + 1;
        }
    }
    row.get(b.len()).copied().unwrap_or(usize::MAX)
}

/// Lower-cases `s` without `_` and a leading `standard`, into `buf` (longer input is cut).
fn normalise<'a>(s: &str, buf: &'a mut [u8; 64]) -> &'a [u8] {
    let s = strip_prefix_ci(s, "Standard_").unwrap_or(s);
    let s = strip_prefix_ci(s, "Standard").unwrap_or(s);
    let mut len = 0;
    for b in s.bytes().filter(|&b| b != b'_' && b != b' ') {
        let Some(slot) = buf.get_mut(len) else { break };
        *slot = b.to_ascii_lowercase();
        len += 1;
    }
    buf.get(..len).unwrap_or(&[])
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

/// Compile-time parsing of the CSV. These functions run only in const evaluation, where an
/// out-of-range index or a `panic!` is a compile error, never a failure at run time.
#[allow(clippy::indexing_slicing, clippy::panic)]
mod build {
    use super::{COUNT, HEADER, Span, VmSize};

    const FIELDS: usize = 10;
    const NAME: usize = 0;
    const FAMILY: usize = 1;
    const VCPU: usize = 2;
    const MEMORY: usize = 3;
    const ARCH: usize = 4;
    const GPU: usize = 8;

    pub const fn count_rows(csv: &str) -> usize {
        let bytes = csv.as_bytes();
        if bytes.is_empty() || bytes[bytes.len() - 1] != b'\n' {
            panic!("azure-vm-sizes.csv must end with a newline");
        }
        let mut lines = 0;
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'\n' {
                lines += 1;
            }
            i += 1;
        }
        lines - 1 // the header
    }

    /// Byte ranges of the fields of the row starting at `start`, and where the next row starts.
    const fn row(csv: &str, start: usize) -> ([(usize, usize); FIELDS], usize) {
        let bytes = csv.as_bytes();
        let mut fields = [(0, 0); FIELDS];
        let mut f = 0;
        let mut from = start;
        let mut i = start;
        loop {
            let c = bytes[i];
            if c == b',' || c == b'\n' {
                if f >= FIELDS {
                    panic!("a row of azure-vm-sizes.csv has more than 10 fields");
                }
                fields[f] = (from, i);
                f += 1;
                from = i + 1;
            }
            i += 1;
            if c == b'\n' {
                break;
            }
        }
        if f != FIELDS {
            panic!("a row of azure-vm-sizes.csv has fewer than 10 fields");
        }
        (fields, i)
    }

    /// Where the first data row starts, after checking the header.
    const fn first_row(csv: &str) -> usize {
        let bytes = csv.as_bytes();
        let mut i = 0;
        while bytes[i] != b'\n' {
            i += 1;
        }
        if !same(bytes, (0, i), HEADER.as_bytes(), (0, HEADER.len())) {
            panic!("the header of azure-vm-sizes.csv changed");
        }
        i + 1
    }

    const fn same(a: &[u8], ra: (usize, usize), b: &[u8], rb: (usize, usize)) -> bool {
        if ra.1 - ra.0 != rb.1 - rb.0 {
            return false;
        }
        let mut i = 0;
        while i < ra.1 - ra.0 {
            if a[ra.0 + i] != b[rb.0 + i] {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The packed strings of every row: the name, the family when it changes from the previous
    /// row (rows come grouped by series), and the accelerators. Returns the length; writes only
    /// when `write`. The `source` column stays in the CSV: the page does not show it.
    pub const fn pack(csv: &str, out: &mut [u8], write: bool) -> usize {
        let bytes = csv.as_bytes();
        let mut len = 0;
        let mut start = first_row(csv);
        let mut prev_family = (0, 0);
        while start < bytes.len() {
            let (fields, next) = row(csv, start);
            let mut f = 0;
            while f < 3 {
                let which = [NAME, FAMILY, GPU][f];
                if which != FAMILY || !same(bytes, fields[FAMILY], bytes, prev_family) {
                    let (a, b) = fields[which];
                    let mut i = a;
                    while i < b {
                        if write {
                            out[len] = bytes[i];
                        }
                        len += 1;
                        i += 1;
                    }
                }
                f += 1;
            }
            prev_family = fields[FAMILY];
            start = next;
        }
        len
    }

    const fn span_at(at: usize, len: usize) -> Span {
        if at > u16::MAX as usize || len > u8::MAX as usize {
            panic!("the packed catalogue outgrew its 16-bit offsets");
        }
        Span(at as u16, len as u8)
    }

    const fn number(bytes: &[u8], range: (usize, usize)) -> u64 {
        if range.0 == range.1 {
            panic!("an empty number in azure-vm-sizes.csv");
        }
        let mut n: u64 = 0;
        let mut i = range.0;
        while i < range.1 {
            if !bytes[i].is_ascii_digit() {
                panic!("a bad number in azure-vm-sizes.csv");
            }
            n = n * 10 + (bytes[i] - b'0') as u64;
            i += 1;
        }
        n
    }

    /// GiB with an optional decimal part ("3.5") to whole MiB; a fraction that is not a whole
    /// MiB is a compile error.
    const fn gib_to_mib(bytes: &[u8], range: (usize, usize)) -> u64 {
        let mut whole: u64 = 0;
        let mut frac: u64 = 0;
        let mut scale: u64 = 1;
        let mut seen_dot = false;
        let mut i = range.0;
        while i < range.1 {
            let c = bytes[i];
            if c == b'.' && !seen_dot {
                seen_dot = true;
            } else if c.is_ascii_digit() {
                if seen_dot {
                    frac = frac * 10 + (c - b'0') as u64;
                    scale *= 10;
                } else {
                    whole = whole * 10 + (c - b'0') as u64;
                }
            } else {
                panic!("a bad memory_gib in azure-vm-sizes.csv");
            }
            i += 1;
        }
        if (frac * 1024) % scale != 0 {
            panic!("a memory_gib in azure-vm-sizes.csv is not a whole number of MiB");
        }
        whole * 1024 + frac * 1024 / scale
    }

    const fn span(fields: &[(usize, usize); FIELDS], f: usize) -> usize {
        fields[f].1 - fields[f].0
    }

    pub const fn sizes(csv: &str) -> [VmSize; COUNT] {
        const EMPTY: VmSize = VmSize {
            name: Span(0, 0),
            family: Span(0, 0),
            gpu: Span(0, 0),
            vcpu: 0,
            memory_mib: 0,
            arm64: false,
        };
        let bytes = csv.as_bytes();
        let mut out = [EMPTY; COUNT];
        let mut at = 0; // position in the packed strings, following `pack`'s layout
        let mut start = first_row(csv);
        let mut prev_family = (0, 0);
        let mut family = Span(0, 0);
        let mut r = 0;
        while r < COUNT {
            let (fields, next) = row(csv, start);
            let name = span_at(at, span(&fields, NAME));
            at += span(&fields, NAME);
            if !same(bytes, fields[FAMILY], bytes, prev_family) {
                family = span_at(at, span(&fields, FAMILY));
                at += span(&fields, FAMILY);
            }
            let gpu = span_at(at, span(&fields, GPU));
            at += span(&fields, GPU);
            let arm64 = if same(bytes, fields[ARCH], b"x64", (0, 3)) {
                false
            } else if same(bytes, fields[ARCH], b"arm64", (0, 5)) {
                true
            } else {
                panic!("an unknown arch in azure-vm-sizes.csv")
            };
            let vcpu = number(bytes, fields[VCPU]);
            if vcpu == 0 || vcpu > u16::MAX as u64 {
                panic!("a vcpu out of range in azure-vm-sizes.csv");
            }
            let memory = gib_to_mib(bytes, fields[MEMORY]);
            if memory > u32::MAX as u64 {
                panic!("a memory_gib out of range in azure-vm-sizes.csv");
            }
            out[r] = VmSize {
                name,
                family,
                gpu,
                vcpu: vcpu as u16,
                memory_mib: memory as u32,
                arm64,
            };
            prev_family = fields[FAMILY];
            start = next;
            r += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn embeds_all_529_sizes() {
        assert_eq!(SIZES.len(), 529);
        assert!(SIZES.iter().all(|vm| vm.name().starts_with("Standard_")));
        assert!(SIZES.iter().all(|vm| vm.vcpu() > 0 && vm.memory_mib() > 0));
    }

    #[test]
    fn rows_keep_their_documented_values() {
        let d2 = find("Standard_D2s_v5").unwrap();
        assert_eq!((d2.vcpu(), d2.memory_mib(), d2.family()), (2, 8192, "Dsv5"));
        let b1 = find("Standard_B1ls").unwrap();
        assert_eq!((b1.vcpu(), b1.memory_mib()), (1, 512)); // 0.5 GiB
        let a100 = find("Standard_NC24ads_A100_v4").unwrap();
        assert_eq!(a100.gpu(), "1x A100 80GB");
        let arm = find("Standard_D4ps_v5").unwrap();
        assert_eq!(arm.arch(), Arch::Arm64);
    }

    #[test]
    fn every_row_matches_the_csv() {
        let rows: alloc::vec::Vec<_> = CSV.lines().skip(1).collect();
        assert_eq!(rows.len(), SIZES.len());
        for (line, vm) in rows.iter().zip(SIZES.iter()) {
            let f: alloc::vec::Vec<&str> = line.split(',').collect();
            assert_eq!(vm.name(), f[0]);
            assert_eq!(vm.family(), f[1]);
            assert_eq!(vm.vcpu().to_string(), f[2]);
            let gib: f64 = f[3].parse().unwrap();
            assert_eq!(vm.memory_mib() as f64, gib * 1024.0, "{}", vm.name());
            assert_eq!(vm.arch() == Arch::Arm64, f[4] == "arm64");
            assert_eq!(vm.gpu(), f[8]);
        }
    }

    #[test]
    fn names_are_unique_ignoring_case() {
        for (i, a) in SIZES.iter().enumerate() {
            for b in SIZES.iter().skip(i + 1) {
                assert!(
                    !a.name().eq_ignore_ascii_case(b.name()),
                    "{} twice",
                    a.name()
                );
            }
        }
    }

    #[test]
    fn the_five_sizes_under_two_vcpu() {
        let mut small: alloc::vec::Vec<_> = SIZES
            .iter()
            .filter(|vm| vm.vcpu < 2)
            .map(|vm| vm.name())
            .collect();
        small.sort_unstable();
        assert_eq!(
            small,
            [
                "Standard_B1ls",
                "Standard_B1ms",
                "Standard_B1s",
                "Standard_D1_v2",
                "Standard_DS1_v2"
            ]
        );
    }

    #[test]
    fn search_ranks_exact_then_prefix_then_family_then_substring() {
        let hits = search("D4s_v5", 10);
        assert_eq!(hits[0].name(), "Standard_D4s_v5");
        let hits = search("Standard_D4", 100);
        assert!(hits.iter().all(|vm| vm.short_name().starts_with("D4")));
        let fam = search("Esv6", 100);
        assert!(!fam.is_empty());
        let ranks_ok = fam
            .iter()
            .position(|vm| vm.family() != "Esv6")
            .is_none_or(|first_other| fam.iter().skip(first_other).all(|vm| vm.family() != "Esv6"));
        assert!(ranks_ok);
        assert!(search("zzz", 10).is_empty());
        assert_eq!(search("", 7).len(), 7);
        assert_eq!(search("a100", 100).len(), 3);
    }

    #[test]
    fn search_survives_hostile_input() {
        let long = "x".repeat(10_000);
        assert!(search(&long, 10).is_empty());
        assert!(search("\u{0}\u{fffd}", 10).is_empty());
        assert!(find(&long).is_none());
        assert!(find("é").is_none());
    }
}
