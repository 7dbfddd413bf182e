//! Address ranges: sizes, overlaps, the ranges AKS refuses or calls private, and the /24 each node
//! gets from a pod CIDR (aks-rules §4–§5). Reading what people type is in [`crate::plan::ranges`].

use alloc::vec::Vec;
use core::str::FromStr;

use ipnet::{IpNet, Ipv4Net};

/// Number of addresses in a range; a /0 of IPv6 (2^128) saturates at `u128::MAX`.
///
/// # Examples
/// ```
/// use aks_calc::plan::ranges::parse_cidr;
/// use aks_calc::rules::address::size;
/// assert_eq!(size(&parse_cidr("10.0.0.0/24").unwrap()), 256);
/// assert_eq!(size(&parse_cidr("::/0").unwrap()), u128::MAX);
/// ```
pub fn size(net: &IpNet) -> u128 {
    let host_bits = u32::from(net.max_prefix_len() - net.prefix_len());
    1u128.checked_shl(host_bits).unwrap_or(u128::MAX)
}

/// Whether two ranges share any address (ranges of different families never do).
pub fn overlaps(a: &IpNet, b: &IpNet) -> bool {
    a.contains(&b.network()) || b.contains(&a.network())
}

/// Ranges AKS refuses for the VNet, pod CIDR and service CIDR (aks-rules §5).
pub const FORBIDDEN: [&str; 4] = [
    "169.254.0.0/16",
    "172.30.0.0/16",
    "172.31.0.0/16",
    "192.0.2.0/24",
];

/// The forbidden ranges `net` overlaps.
///
/// # Examples
/// ```
/// use aks_calc::rules::address::forbidden_overlaps;
/// use aks_calc::plan::ranges::parse_cidr;
/// let hits = forbidden_overlaps(&parse_cidr("172.16.0.0/12").unwrap());
/// assert_eq!(hits, ["172.30.0.0/16", "172.31.0.0/16"]);
/// ```
pub fn forbidden_overlaps(net: &IpNet) -> Vec<&'static str> {
    FORBIDDEN
        .iter()
        .copied()
        .filter(|f| IpNet::from_str(f).is_ok_and(|f| overlaps(net, &f)))
        .collect()
}

/// Private ranges: RFC 1918, the shared 100.64.0.0/10, and IPv6 unique-local fc00::/7.
const PRIVATE: [&str; 5] = [
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "100.64.0.0/10",
    "fc00::/7",
];

/// Whether the whole range is private address space.
///
/// # Examples
/// ```
/// use aks_calc::rules::address::is_private;
/// use aks_calc::plan::ranges::parse_cidr;
/// assert!(is_private(&parse_cidr("10.244.0.0/16").unwrap()));
/// assert!(is_private(&parse_cidr("100.64.0.0/16").unwrap()));
/// assert!(!is_private(&parse_cidr("172.10.0.0/16").unwrap()));
/// ```
pub fn is_private(net: &IpNet) -> bool {
    PRIVATE
        .iter()
        .filter_map(|p| IpNet::from_str(p).ok())
        .any(|p| p.contains(net))
}

/// The i-th /24 of an IPv4 pod CIDR: the block kubenet and Azure CNI Overlay give node `i`
/// (aks-rules §4b, §4c). `None` past the end, or when the pod CIDR is smaller than a /24.
///
/// # Examples
/// ```
/// use aks_calc::rules::address::node_block;
/// let pods = "10.244.0.0/16".parse().unwrap();
/// assert_eq!(node_block(pods, 2).unwrap().to_string(), "10.244.2.0/24");
/// assert_eq!(node_block(pods, 255).unwrap().to_string(), "10.244.255.0/24");
/// assert_eq!(node_block(pods, 256), None);
/// ```
pub fn node_block(pod_cidr: Ipv4Net, index: u64) -> Option<Ipv4Net> {
    if index >= node_blocks(pod_cidr) {
        return None;
    }
    let base = u32::from(pod_cidr.network());
    let offset = u32::try_from(index).ok()?.checked_mul(256)?;
    Ipv4Net::new(base.checked_add(offset)?.into(), 24).ok()
}

/// How many /24 node blocks a pod CIDR holds: 2^(24−p), none when smaller than a /24.
pub fn node_blocks(pod_cidr: Ipv4Net) -> u64 {
    match 24u8.checked_sub(pod_cidr.prefix_len()) {
        Some(bits) => 1u64 << bits,
        None => 0,
    }
}

/// One page of the per-node /24 list: `(node index, block)` for nodes `page·per_page …`, built
/// without the rest of the list, so even a /8 (65,536 nodes) pages instantly.
///
/// # Examples
/// ```
/// use aks_calc::rules::address::node_blocks_page;
/// let page = node_blocks_page("10.244.0.0/16".parse().unwrap(), 3, 64);
/// assert_eq!(page.len(), 64);
/// assert_eq!(page[0].0, 192);
/// assert_eq!(page[0].1.to_string(), "10.244.192.0/24");
/// assert!(node_blocks_page("10.244.0.0/16".parse().unwrap(), 4, 64).is_empty());
/// ```
pub fn node_blocks_page(pod_cidr: Ipv4Net, page: u64, per_page: u64) -> Vec<(u64, Ipv4Net)> {
    let start = page.saturating_mul(per_page);
    (start..start.saturating_add(per_page))
        .map_while(|i| node_block(pod_cidr, i).map(|b| (i, b)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn net(s: &str) -> IpNet {
        s.parse().unwrap()
    }

    #[test]
    fn sizes_never_overflow() {
        assert_eq!(size(&net("0.0.0.0/0")), 1 << 32);
        assert_eq!(size(&net("::/1")), 1 << 127);
        assert_eq!(size(&net("::/0")), u128::MAX);
        assert_eq!(size(&net("10.0.0.5/32")), 1);
    }

    #[test]
    fn overlap_and_forbidden() {
        assert!(overlaps(&net("10.0.0.0/8"), &net("10.244.0.0/16")));
        assert!(overlaps(&net("10.244.0.0/16"), &net("10.0.0.0/8")));
        assert!(!overlaps(&net("10.0.0.0/16"), &net("10.1.0.0/16")));
        assert!(!overlaps(&net("10.0.0.0/8"), &net("fd00::/8")));
        assert_eq!(
            forbidden_overlaps(&net("169.254.10.0/24")),
            ["169.254.0.0/16"]
        );
        assert!(forbidden_overlaps(&net("10.0.0.0/8")).is_empty());
        assert!(!is_private(&net("8.8.8.0/24")));
        assert!(!is_private(&net("0.0.0.0/0")));
    }

    #[test]
    fn node_blocks_of_a_slash_8_without_a_list() {
        let pods: Ipv4Net = "10.0.0.0/8".parse().unwrap();
        assert_eq!(node_blocks(pods), 65_536);
        assert_eq!(
            node_block(pods, 65_535).unwrap().to_string(),
            "10.255.255.0/24"
        );
        assert_eq!(node_block(pods, 65_536), None);
        assert_eq!(node_blocks("10.0.0.0/25".parse().unwrap()), 0);
        assert_eq!(node_block("10.0.0.0/25".parse().unwrap(), 0), None);
        assert_eq!(node_blocks("0.0.0.0/0".parse().unwrap()), 1 << 24);
        assert_eq!(
            node_block("0.0.0.0/0".parse().unwrap(), (1 << 24) - 1)
                .unwrap()
                .to_string(),
            "255.255.255.0/24"
        );
    }

    /// A pod CIDR from /8 to /24 and 20 indices of its /24 node blocks; shrinks towards
    /// 0.0.0.0/8 and block 0.
    fn pod_cidr_and_blocks() -> impl Strategy<Value = (Ipv4Net, Vec<u64>)> {
        (any::<u32>(), 8u8..=24).prop_flat_map(|(address, prefix)| {
            let base = Ipv4Net::new(address.into(), prefix).unwrap().trunc();
            let indices = proptest::collection::vec(0..node_blocks(base), 20);
            (Just(base), indices)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn node_blocks_never_overlap_and_stay_inside_property(
            (base, indices) in pod_cidr_and_blocks()
        ) {
            let count = node_blocks(base);
            let mut previous: Option<Ipv4Net> = None;
            for i in indices {
                let block = node_block(base, i).unwrap();
                prop_assert!(base.contains(&block), "{} outside {}", block, base);
                prop_assert_eq!(block.prefix_len(), 24);
                if let Some(p) = previous.filter(|p| *p != block) {
                    prop_assert!(!overlaps(&IpNet::V4(p), &IpNet::V4(block)));
                }
                previous = Some(block);
            }
            // Consecutive blocks are adjacent and distinct.
            if count > 1 {
                let a = node_block(base, count - 2).unwrap();
                let b = node_block(base, count - 1).unwrap();
                prop_assert_eq!(u32::from(b.network()) - u32::from(a.network()), 256);
            }
            prop_assert_eq!(node_block(base, count), None);
        }
    }
}
