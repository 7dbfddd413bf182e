//! Laying out subnets in a VNet: each subnet is an aligned block of 2^k addresses, placed in the
//! free space around ranges that are already taken, largest first, at the lowest address.
//!
//! Why largest first: sizes are powers of two and blocks are aligned, so a smaller block is
//! either inside a larger aligned block or apart from it. Placing the largest first therefore
//! never blocks a layout that exists (any layout can be rearranged into the greedy one by swapping
//! whole aligned blocks), and the lowest address keeps the free space in one piece at the top.
//! The same input always gives the same layout.
//!
//! Works on IPv4 and IPv6 alike: addresses are `u128`, ranges are inclusive `[first, last]` so a
//! `::/0` does not overflow.

use alloc::vec::Vec;
use core::net::{Ipv4Addr, Ipv6Addr};

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

/// An inclusive range of addresses of one family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Span {
    first: u128,
    last: u128,
}

/// The address family of a range: its width in bits.
fn width(net: &IpNet) -> u8 {
    match net {
        IpNet::V4(_) => 32,
        IpNet::V6(_) => 128,
    }
}

fn span(net: &IpNet) -> Span {
    let (first, last) = match net {
        IpNet::V4(n) => (
            u128::from(u32::from(n.network())),
            u128::from(u32::from(n.broadcast())),
        ),
        IpNet::V6(n) => (u128::from(n.network()), u128::from(n.broadcast())),
    };
    Span { first, last }
}

/// The block of `prefix` starting at `start`, in the family of `family`.
fn net_at(family: &IpNet, start: u128, prefix: u8) -> Option<IpNet> {
    match family {
        IpNet::V4(_) => {
            let addr = Ipv4Addr::from(u32::try_from(start).ok()?);
            Ipv4Net::new(addr, prefix).ok().map(IpNet::V4)
        }
        IpNet::V6(_) => Ipv6Net::new(Ipv6Addr::from(start), prefix)
            .ok()
            .map(IpNet::V6),
    }
}

/// `size − 1` of a block of `prefix` in a family of `width` bits: the offset of its last address.
fn span_len(width: u8, prefix: u8) -> Option<u128> {
    let host_bits = u32::from(width.checked_sub(prefix)?);
    Some(match 1u128.checked_shl(host_bits) {
        Some(size) => size - 1,
        None => u128::MAX, // a /0 of IPv6
    })
}

/// The first address at or above `x` aligned to blocks whose last offset is `len`.
fn align_up(x: u128, len: u128) -> Option<u128> {
    x.checked_add(len).map(|v| v & !len)
}

/// Ranges already taken, in one family: disjoint, apart and sorted, so both their first and
/// their last addresses ascend (nested or overlapping ranges, such as a listed /8 and a /16
/// inside it, are merged on the way in; a search by either end is then a binary search).
#[derive(Clone, Debug, Default)]
pub struct Taken {
    spans: Vec<Span>,
}

impl Taken {
    /// The ranges of `nets` that are of the same family as `family`.
    pub fn new<'a>(family: &IpNet, nets: impl IntoIterator<Item = &'a IpNet>) -> Taken {
        let w = width(family);
        let mut spans: Vec<Span> = nets
            .into_iter()
            .filter(|n| width(n) == w)
            .map(span)
            .collect();
        spans.sort_unstable();
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            match merged.last_mut() {
                // Overlapping or touching the previous one: one range.
                Some(prev) if s.first <= prev.last.saturating_add(1) => {
                    prev.last = prev.last.max(s.last);
                }
                _ => merged.push(s),
            }
        }
        Taken { spans: merged }
    }

    /// Adds a range, merging it with those it overlaps or touches.
    fn insert(&mut self, s: Span) {
        // The ranges that end at or after the address before `s` and start by the one after it.
        let from = self
            .spans
            .partition_point(|x| x.last.saturating_add(1) < s.first);
        let to = self
            .spans
            .partition_point(|x| x.first <= s.last.saturating_add(1));
        let mut joined = s;
        if let Some(touched) = self.spans.get(from..to.max(from)) {
            for t in touched {
                joined.first = joined.first.min(t.first);
                joined.last = joined.last.max(t.last);
            }
        }
        self.spans.splice(from..to.max(from), [joined]);
    }

    /// The lowest aligned block of `prefix` inside `space` that overlaps nothing taken.
    fn first_fit(&self, space: &IpNet, prefix: u8) -> Option<IpNet> {
        if prefix < space.prefix_len() || prefix > space.max_prefix_len() {
            return None;
        }
        let len = span_len(width(space), prefix)?;
        let room = span(space);
        let mut candidate = room.first; // a space's start is aligned to any smaller block
        // Ranges are disjoint and sorted (both ends ascend): skip those that end before the
        // space, then one forward pass moves the candidate past every range it touches.
        let start = self.spans.partition_point(|s| s.last < room.first);
        for s in self.spans.iter().skip(start) {
            let end = candidate.checked_add(len)?;
            if end > room.last {
                return None;
            }
            if s.first > end {
                break;
            }
            if s.last >= candidate {
                candidate = align_up(s.last.checked_add(1)?, len)?;
            }
        }
        let end = candidate.checked_add(len)?;
        (end <= room.last)
            .then(|| net_at(space, candidate, prefix))
            .flatten()
    }
}

/// The lowest free aligned block of `prefix` in any of the `spaces`, considering `taken`.
///
/// # Examples
/// ```
/// use aks_calc::rules::layout::{Taken, first_free};
/// let vnet: ipnet::IpNet = "10.10.0.0/22".parse().unwrap();
/// let fixed: ipnet::IpNet = "10.10.0.0/24".parse().unwrap();
/// let taken = Taken::new(&vnet, [&fixed]);
/// assert_eq!(first_free(&[vnet], &taken, 23).unwrap().to_string(), "10.10.2.0/23");
/// assert_eq!(first_free(&[vnet], &taken, 25).unwrap().to_string(), "10.10.1.0/25");
/// assert_eq!(first_free(&[vnet], &taken, 22), None);
/// ```
pub fn first_free(spaces: &[IpNet], taken: &Taken, prefix: u8) -> Option<IpNet> {
    let mut best: Option<IpNet> = None;
    for space in spaces {
        if let Some(found) = taken.first_fit(space, prefix) {
            // The lowest address over every prefix of the VNet.
            if best.is_none_or(|b| span(&found).first < span(&b).first) {
                best = Some(found);
            }
        }
    }
    best
}

/// Places blocks of the given prefix lengths, largest first (ties: in the order given), each at
/// the lowest free aligned address of `spaces`. Returns, in the order of `prefixes`, where each
/// went; `None` for a block that did not fit. The placed blocks are added to `taken`.
///
/// # Examples
/// ```
/// use aks_calc::rules::layout::{Taken, place};
/// let vnet: ipnet::IpNet = "10.10.0.0/22".parse().unwrap();
/// let api: ipnet::IpNet = "10.10.3.240/28".parse().unwrap();
/// let mut taken = Taken::new(&vnet, [&api]);
/// let placed = place(&[vnet], &mut taken, &[26, 24, 23]);
/// let text: Vec<String> = placed.iter().map(|n| n.unwrap().to_string()).collect();
/// assert_eq!(text, ["10.10.3.0/26", "10.10.2.0/24", "10.10.0.0/23"]);
/// ```
pub fn place(spaces: &[IpNet], taken: &mut Taken, prefixes: &[u8]) -> Vec<Option<IpNet>> {
    let mut order: Vec<usize> = (0..prefixes.len()).collect();
    order.sort_by_key(|&i| (prefixes.get(i).copied(), i));
    let mut out: Vec<Option<IpNet>> = alloc::vec![None; prefixes.len()];
    for i in order {
        let Some(&prefix) = prefixes.get(i) else {
            continue;
        };
        let found = first_free(spaces, taken, prefix);
        if let Some(net) = found {
            taken.insert(span(&net));
        }
        if let Some(slot) = out.get_mut(i) {
            *slot = found;
        }
    }
    out
}

/// How many more copies of a set of blocks fit in the free space, up to `cap`.
///
/// Counted, not placed: the free space is split into aligned blocks and, largest size first,
/// each size's demand is met from the free blocks of that size and the halves of larger ones
/// left over — which is exactly what placing the blocks one by one would achieve, because
/// sizes are powers of two (see the module doc). So the count costs the same for 3 copies or
/// 100,000.
///
/// # Examples
/// ```
/// use aks_calc::rules::layout::{Taken, copies};
/// let vnet: ipnet::IpNet = "10.0.0.0/16".parse().unwrap();
/// // A /22 node subnet and a /24 for endpoints: 1,280 addresses a copy, 51 copies in a /16.
/// assert_eq!(copies(&[vnet], &Taken::new(&vnet, []), &[22, 24], 1000), 51);
/// ```
pub fn copies(spaces: &[IpNet], taken: &Taken, shape: &[u8], cap: u64) -> u64 {
    let Some(family) = spaces.first() else {
        return 0;
    };
    if shape.is_empty() {
        return 0;
    }
    let w = width(family);
    // Free blocks by size: index = host bits (0 = one address).
    let mut free = [0u128; 129];
    for block in free_blocks(spaces, taken, usize::MAX) {
        let bits = usize::from(w.saturating_sub(block.prefix_len()));
        if let Some(slot) = free.get_mut(bits) {
            *slot = slot.saturating_add(1);
        }
    }
    let mut demand = [0u128; 129];
    for &prefix in shape {
        if let Some(slot) = demand.get_mut(usize::from(w.saturating_sub(prefix))) {
            *slot += 1;
        }
    }
    let fits = |k: u64| {
        let mut spare: u128 = 0;
        for bits in (0..=usize::from(w)).rev() {
            let have = free.get(bits).copied().unwrap_or(0).saturating_add(spare);
            let want = demand
                .get(bits)
                .copied()
                .unwrap_or(0)
                .saturating_mul(u128::from(k));
            let Some(left) = have.checked_sub(want) else {
                return false;
            };
            // What is left of this size splits into two of the next smaller one.
            spare = left.saturating_mul(2);
        }
        true
    };
    // Fitting k copies is monotone in k: the largest k that fits, by halving.
    let (mut lo, mut hi) = (0u64, cap.saturating_add(1));
    while lo + 1 < hi {
        let mid = lo + (hi - lo) / 2;
        if fits(mid) { lo = mid } else { hi = mid }
    }
    lo
}

/// The free space of `spaces` as the fewest aligned blocks, lowest first, at most `limit`.
///
/// # Examples
/// ```
/// use aks_calc::rules::layout::{Taken, free_blocks};
/// let vnet: ipnet::IpNet = "10.10.0.0/22".parse().unwrap();
/// let used: ipnet::IpNet = "10.10.1.0/24".parse().unwrap();
/// let free = free_blocks(&[vnet], &Taken::new(&vnet, [&used]), 8);
/// let text: Vec<String> = free.iter().map(|n| n.to_string()).collect();
/// assert_eq!(text, ["10.10.0.0/24", "10.10.2.0/23"]);
/// ```
pub fn free_blocks(spaces: &[IpNet], taken: &Taken, limit: usize) -> Vec<IpNet> {
    let mut out = Vec::new();
    let mut ordered: Vec<&IpNet> = spaces.iter().collect();
    ordered.sort_by_key(|s| span(s));
    for space in ordered {
        let room = span(space);
        let mut cursor = Some(room.first);
        for s in &taken.spans {
            let Some(c) = cursor else { break };
            if s.last < c || s.first > room.last {
                continue;
            }
            if s.first > c {
                gap_blocks(space, c, s.first - 1, limit, &mut out);
            }
            cursor = s.last.checked_add(1).filter(|&n| n <= room.last);
        }
        if let Some(c) = cursor {
            gap_blocks(space, c, room.last, limit, &mut out);
        }
        if out.len() >= limit {
            break;
        }
    }
    out.truncate(limit);
    out
}

/// Splits `[first, last]` into the fewest aligned blocks (the usual range-to-CIDR walk).
fn gap_blocks(family: &IpNet, first: u128, last: u128, limit: usize, out: &mut Vec<IpNet>) {
    let w = width(family);
    let mut at = first;
    while at <= last && out.len() < limit {
        // The largest block that starts aligned at `at` and ends by `last`.
        let mut host_bits = at.trailing_zeros().min(u32::from(w));
        let fits = |bits: u32| {
            let len = 1u128.checked_shl(bits).map_or(u128::MAX, |s| s - 1);
            at.checked_add(len).is_some_and(|end| end <= last)
        };
        while host_bits > 0 && !fits(host_bits) {
            host_bits -= 1;
        }
        let prefix = w.saturating_sub(u8::try_from(host_bits).unwrap_or(w));
        let Some(net) = net_at(family, at, prefix) else {
            return;
        };
        out.push(net);
        let len = span_len(w, prefix).unwrap_or(0);
        match at.checked_add(len).and_then(|e| e.checked_add(1)) {
            Some(next) => at = next,
            None => return,
        }
    }
}

/// The address a range starts at, for sorting ranges of one family.
pub fn start(net: &IpNet) -> u128 {
    span(net).first
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::{String, ToString};
    use alloc::vec;

    fn net(s: &str) -> IpNet {
        s.parse().unwrap()
    }

    fn texts(nets: &[Option<IpNet>]) -> Vec<String> {
        nets.iter()
            .map(|n| n.map_or("-".to_string(), |n| n.to_string()))
            .collect()
    }

    #[test]
    fn a_spoke_of_a_slash_22() {
        // The worked example of the design: a /22 spoke with a fixed API-server /28 at its top,
        // a system pool subnet, a user pool subnet and a private-endpoint subnet placed around it.
        let vnet = net("10.20.0.0/22");
        let api = net("10.20.3.240/28");
        let mut taken = Taken::new(&vnet, [&api]);
        let placed = place(&[vnet], &mut taken, &[25, 23, 27]);
        assert_eq!(
            texts(&placed),
            ["10.20.2.0/25", "10.20.0.0/23", "10.20.2.128/27"]
        );
        let free = free_blocks(&[vnet], &taken, 16);
        let free: Vec<String> = free.iter().map(|n| n.to_string()).collect();
        assert_eq!(
            free,
            [
                "10.20.2.160/27",
                "10.20.2.192/26",
                "10.20.3.0/25",
                "10.20.3.128/26",
                "10.20.3.192/27",
                "10.20.3.224/28"
            ]
        );
    }

    #[test]
    fn nothing_fits_where_the_space_is_taken_or_too_small() {
        let vnet = net("10.0.0.0/24");
        let mut taken = Taken::new(&vnet, [&net("10.0.0.0/25")]);
        assert_eq!(
            texts(&place(&[vnet], &mut taken, &[25, 26])),
            ["10.0.0.128/25", "-"]
        );
        assert_eq!(first_free(&[vnet], &Taken::default(), 23), None);
        // Ranges of the other family and outside the space are no obstacle.
        let taken = Taken::new(&vnet, [&net("fd00::/64"), &net("10.1.0.0/16")]);
        assert_eq!(first_free(&[vnet], &taken, 24), Some(vnet));
    }

    #[test]
    fn several_address_prefixes_fill_lowest_first() {
        let spaces = [net("10.9.0.0/24"), net("10.1.0.0/24")];
        let mut taken = Taken::new(&spaces[0], []);
        assert_eq!(
            texts(&place(&spaces, &mut taken, &[24, 24, 24])),
            ["10.1.0.0/24", "10.9.0.0/24", "-"]
        );
    }

    #[test]
    fn ipv6_slash_64s_and_the_whole_space() {
        let vnet = net("fd00:10::/62");
        let mut taken = Taken::new(&vnet, [&net("fd00:10::/64")]);
        assert_eq!(
            texts(&place(&[vnet], &mut taken, &[64, 64, 64, 64])),
            [
                "fd00:10:0:1::/64",
                "fd00:10:0:2::/64",
                "fd00:10:0:3::/64",
                "-"
            ]
        );
        let all = net("::/0");
        assert_eq!(first_free(&[all], &Taken::default(), 0), Some(all));
        assert_eq!(free_blocks(&[all], &Taken::default(), 4), [all]);
        let v4all = net("0.0.0.0/0");
        let taken = Taken::new(&v4all, [&net("0.0.0.0/1")]);
        assert_eq!(free_blocks(&[v4all], &taken, 4), [net("128.0.0.0/1")]);
        assert_eq!(first_free(&[v4all], &taken, 1), Some(net("128.0.0.0/1")));
    }

    #[test]
    fn copies_count_whole_copies_only() {
        let vnet = net("10.0.0.0/24");
        // Each copy needs a /26 and a /27: 96 addresses; two fit (192), a third would need 288.
        assert_eq!(copies(&[vnet], &Taken::new(&vnet, []), &[26, 27], 10), 2);
        assert_eq!(copies(&[vnet], &Taken::default(), &[], 10), 0);
        assert_eq!(copies(&[vnet], &Taken::default(), &[29], 5), 5);
        assert_eq!(copies(&[vnet], &Taken::default(), &[29], 1000), 32);
        assert_eq!(copies(&[], &Taken::default(), &[29], 1000), 0);
        // Fragmented space: a /25 taken in the middle of a /23 leaves a /24 and a /25, which hold
        // one /24 + one /25 copy, not two /24s.
        let v = net("10.0.0.0/23");
        let taken = Taken::new(&v, [&net("10.0.1.0/25")]);
        assert_eq!(copies(&[v], &taken, &[24], 10), 1);
        assert_eq!(copies(&[v], &taken, &[25], 10), 3);
        // A /0 of IPv6 and every /64 of it: saturates, never overflows.
        let all = net("::/0");
        assert_eq!(
            copies(&[all], &Taken::default(), &[64], u64::MAX - 1),
            u64::MAX - 1
        );
    }

    /// The most copies whose blocks, all placed together largest first, fit: the reference for
    /// the count. (Placing copy after copy can fragment the space and stop short: with /30s taken
    /// at .32 and .40 of a /26, copy-by-copy fits one /28 + /29 + /30, together two do.)
    fn copies_by_placing(spaces: &[IpNet], taken: &Taken, shape: &[u8], cap: u64) -> u64 {
        (0..=cap)
            .take_while(|&k| {
                let all: Vec<u8> = (0..k).flat_map(|_| shape.iter().copied()).collect();
                place(spaces, &mut taken.clone(), &all)
                    .iter()
                    .all(Option::is_some)
            })
            .last()
            .unwrap_or(0)
    }

    #[test]
    fn counting_copies_agrees_with_placing_them_exhaustive() {
        let space = net("10.0.0.0/26");
        let blocks: Vec<IpNet> = (26..=30u8)
            .flat_map(|p| {
                let step = 1u32 << (32 - p);
                (0..(64 / step)).map(move |i| {
                    IpNet::V4(Ipv4Net::new(Ipv4Addr::from(0x0a00_0000 + i * step), p).unwrap())
                })
            })
            .collect();
        let shapes: [&[u8]; 5] = [&[28], &[27, 30], &[28, 29, 30], &[29, 29], &[26]];
        for a in &blocks {
            for b in &blocks {
                let taken = Taken::new(&space, [a, b]);
                for shape in shapes {
                    assert_eq!(
                        copies(&[space], &taken, shape, 40),
                        copies_by_placing(&[space], &taken, shape, 40),
                        "taken {a} {b}, shape {shape:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn overlapping_and_nested_taken_ranges() {
        let vnet = net("10.0.0.0/24");
        let taken = Taken::new(
            &vnet,
            [
                &net("10.0.0.0/25"),
                &net("10.0.0.16/28"),
                &net("10.0.0.120/29"),
            ],
        );
        assert_eq!(first_free(&[vnet], &taken, 26), Some(net("10.0.0.128/26")));
        assert_eq!(free_blocks(&[vnet], &taken, 4), [net("10.0.0.128/25")]);
    }

    #[test]
    fn a_range_nested_in_a_larger_one_does_not_hide_it() {
        // The review's case: a listed 10.0.0.0/8 and 10.100.0.0/16 inside it, and AKS's default
        // VNet 10.224.0.0/12, which the /8 covers whole. Sorted by first address the /16 ends
        // before the VNet and the /8 after it, so a search by last address that assumed they
        // ascend skipped both and placed a /24 at 10.224.0.0, inside the /8.
        let vnet = net("10.224.0.0/12");
        let (big, small) = (net("10.0.0.0/8"), net("10.100.0.0/16"));
        for taken in [
            Taken::new(&vnet, [&big]),
            Taken::new(&vnet, [&big, &small]),
            Taken::new(&vnet, [&small, &big]),
        ] {
            assert_eq!(first_free(&[vnet], &taken, 24), None);
            assert_eq!(place(&[vnet], &mut taken.clone(), &[24, 24]), [None, None]);
            assert_eq!(free_blocks(&[vnet], &taken, 4), []);
            assert_eq!(copies(&[vnet], &taken, &[24], 10), 0);
        }
        // A /16 nested in a /12 that covers only the VNet's lower half: the first free /24 is the
        // upper half's first, 10.232.0.0/24, not 10.225.0.0/24 after the /16.
        let half = net("10.224.0.0/13");
        let taken = Taken::new(&vnet, [&half, &net("10.224.0.0/16")]);
        assert_eq!(first_free(&[vnet], &taken, 24), Some(net("10.232.0.0/24")));
        // Merged on the way in: one span for the /13 with the /16 inside it, touching ranges
        // joined, apart ones kept.
        let t = Taken::new(
            &vnet,
            [
                &net("10.0.1.0/24"),
                &net("10.0.0.0/24"),
                &net("10.0.3.0/24"),
            ],
        );
        assert_eq!(t.spans.len(), 2);
        assert_eq!(
            Taken::new(&vnet, [&half, &net("10.224.0.0/16")])
                .spans
                .len(),
            1
        );
    }

    #[test]
    fn placing_merges_with_the_ranges_it_touches() {
        let vnet = net("10.0.0.0/24");
        let mut taken = Taken::new(&vnet, [&net("10.0.0.0/26"), &net("10.0.0.128/26")]);
        // The /26 between them joins both: one span from .0 to .191.
        assert_eq!(texts(&place(&[vnet], &mut taken, &[26])), ["10.0.0.64/26"]);
        assert_eq!(
            taken.spans,
            [Span {
                first: 0x0a00_0000,
                last: 0x0a00_00bf
            }]
        );
        assert_eq!(first_free(&[vnet], &taken, 26), Some(net("10.0.0.192/26")));
        assert_eq!(first_free(&[vnet], &taken, 25), None);
    }

    /// Every aligned placement of the requests, tried exhaustively: whether any layout exists.
    fn exists(space: &IpNet, taken: &[Span], prefixes: &[u8]) -> bool {
        fn go(space: &IpNet, used: &mut Vec<Span>, prefixes: &[u8]) -> bool {
            let Some((&p, rest)) = prefixes.split_first() else {
                return true;
            };
            let len = span_len(width(space), p).unwrap();
            let room = span(space);
            let mut at = room.first;
            while at.checked_add(len).is_some_and(|e| e <= room.last) {
                let s = Span {
                    first: at,
                    last: at + len,
                };
                if !used.iter().any(|u| u.first <= s.last && s.first <= u.last) {
                    used.push(s);
                    if go(space, used, rest) {
                        return true;
                    }
                    used.pop();
                }
                at += len + 1;
            }
            false
        }
        go(space, &mut taken.to_vec(), prefixes)
    }

    #[test]
    fn the_greedy_layout_is_found_whenever_one_exists_exhaustive() {
        // Every obstacle set of up to two aligned blocks in a /27, every request list of up to
        // three blocks from /27 to /30: the greedy places all iff some layout does.
        let space = net("10.0.0.0/27");
        let mut obstacles: Vec<Vec<IpNet>> = vec![vec![]];
        let blocks: Vec<IpNet> = (27..=30u8)
            .flat_map(|p| {
                let step = 1u32 << (32 - p);
                (0..(32 / step)).map(move |i| {
                    IpNet::V4(Ipv4Net::new(Ipv4Addr::from(0x0a00_0000 + i * step), p).unwrap())
                })
            })
            .collect();
        for a in &blocks {
            obstacles.push(vec![*a]);
            for b in &blocks {
                obstacles.push(vec![*a, *b]);
            }
        }
        let mut requests: Vec<Vec<u8>> = vec![];
        for a in 27..=30u8 {
            requests.push(vec![a]);
            for b in 27..=30u8 {
                requests.push(vec![a, b]);
                for c in 28..=30u8 {
                    requests.push(vec![a, b, c]);
                }
            }
        }
        let mut checked = 0;
        for obs in &obstacles {
            for req in &requests {
                let mut taken = Taken::new(&space, obs.iter());
                let placed = place(&[space], &mut taken, req);
                let spans: Vec<Span> = obs.iter().map(span).collect();
                assert_eq!(
                    placed.iter().all(Option::is_some),
                    exists(&space, &spans, req),
                    "obstacles {obs:?}, requests {req:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 10_000);
    }
}
