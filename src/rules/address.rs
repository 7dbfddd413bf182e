//! Address ranges: sizes, overlaps, the ranges AKS refuses or calls private, and the /24 each node
//! gets from a pod CIDR (aks-rules §4–§5). Reading what people type is in [`crate::plan::ranges`].

use alloc::vec::Vec;
use core::str::FromStr;

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

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

/// Ranges an Azure VNet's address space cannot use (aks-rules §5, Azure VNet FAQ: "224.0.0.0/4
/// (multicast), 255.255.255.255/32 (broadcast), 127.0.0.0/8 (loopback), 169.254.0.0/16 (link
/// local), 168.63.129.16/32 (internal DNS)").
pub const VNET_FORBIDDEN: [&str; 5] = [
    "224.0.0.0/4",
    "255.255.255.255/32",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "168.63.129.16/32",
];

/// The ranges of [`VNET_FORBIDDEN`] that `net` overlaps, but those [`FORBIDDEN`] already names,
/// so a range is refused once.
///
/// # Examples
/// ```
/// use aks_calc::rules::address::vnet_forbidden_overlaps;
/// use aks_calc::plan::ranges::parse_cidr;
/// assert_eq!(vnet_forbidden_overlaps(&parse_cidr("168.63.0.0/16").unwrap()), ["168.63.129.16/32"]);
/// assert!(vnet_forbidden_overlaps(&parse_cidr("169.254.0.0/16").unwrap()).is_empty());
/// ```
pub fn vnet_forbidden_overlaps(net: &IpNet) -> Vec<&'static str> {
    VNET_FORBIDDEN
        .iter()
        .copied()
        .filter(|f| !FORBIDDEN.contains(f))
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

/// The IPv4 private address spaces (RFC 1918 and 100.64.0.0/10), to find free ranges in.
///
/// # Examples
/// ```
/// let spaces: Vec<String> = aks_calc::rules::address::private_v4().map(|n| n.to_string()).collect();
/// assert_eq!(spaces, ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"]);
/// ```
pub fn private_v4() -> impl Iterator<Item = Ipv4Net> {
    PRIVATE.iter().filter_map(|p| Ipv4Net::from_str(p).ok())
}

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

/// The IPv6 range each node gets from a dual-stack pod CIDR: a /80, next to its IPv4 /24. Not a
/// stated rule: the docs' sample output shows it (`configure-dual-stack.md`; the removed
/// `configure-kubenet-dual-stack.md`: `10.244.0.0/24,fd12:3456:789a::/80`).
pub const IPV6_NODE_PREFIX: u8 = 80;

/// The i-th /80 of an IPv6 pod CIDR, the IPv6 range of node `i` in a dual-stack cluster; `None`
/// past the end, or when the pod CIDR is smaller than a /80.
///
/// # Examples
/// ```
/// use aks_calc::rules::address::node_block_v6;
/// let pods = "fd12:3456:789a::/64".parse().unwrap();
/// assert_eq!(node_block_v6(pods, 0).unwrap().to_string(), "fd12:3456:789a::/80");
/// assert_eq!(node_block_v6(pods, 1).unwrap().to_string(), "fd12:3456:789a:0:1::/80");
/// assert_eq!(node_block_v6(pods, 2).unwrap().to_string(), "fd12:3456:789a:0:2::/80");
/// assert_eq!(node_block_v6(pods, 65_536), None);
/// ```
pub fn node_block_v6(pod_cidr: Ipv6Net, index: u64) -> Option<Ipv6Net> {
    let bits = IPV6_NODE_PREFIX.checked_sub(pod_cidr.prefix_len())?;
    if bits < 64 && index >= 1u64 << bits {
        return None;
    }
    let offset = u128::from(index) << (128 - u32::from(IPV6_NODE_PREFIX));
    let base = u128::from(pod_cidr.network());
    Ipv6Net::new(base.checked_add(offset)?.into(), IPV6_NODE_PREFIX).ok()
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
    fn vnet_ranges_azure_refuses() {
        for (range, hits) in [
            ("224.0.0.0/3", &["224.0.0.0/4", "255.255.255.255/32"][..]),
            ("239.1.0.0/16", &["224.0.0.0/4"]),
            ("240.0.0.0/4", &["255.255.255.255/32"]),
            ("127.0.0.1/32", &["127.0.0.0/8"]),
            ("168.63.129.0/24", &["168.63.129.16/32"]),
            (
                "0.0.0.0/0",
                &[
                    "224.0.0.0/4",
                    "255.255.255.255/32",
                    "127.0.0.0/8",
                    "168.63.129.16/32",
                ],
            ),
        ] {
            assert_eq!(vnet_forbidden_overlaps(&net(range)), hits, "{range}");
        }
        for fine in [
            "10.0.0.0/8",
            "168.63.129.0/28",
            "168.63.129.17/32",
            "223.255.255.0/24",
        ] {
            assert!(vnet_forbidden_overlaps(&net(fine)).is_empty(), "{fine}");
        }
        // 169.254.0.0/16 is in both lists: [`FORBIDDEN`] names it.
        assert_eq!(forbidden_overlaps(&net("0.0.0.0/0")).len(), 4);
    }

    #[test]
    fn ipv6_node_ranges_are_slash_80s() {
        let pods: Ipv6Net = "fd12:3456:789a::/64".parse().unwrap();
        assert_eq!(
            node_block_v6(pods, 65_535).unwrap().to_string(),
            "fd12:3456:789a:0:ffff::/80"
        );
        // A /80 holds one node, anything smaller none; a /16 more than any cluster.
        let one: Ipv6Net = "fd00::/80".parse().unwrap();
        assert_eq!(node_block_v6(one, 0), Some(one));
        assert_eq!(node_block_v6(one, 1), None);
        assert_eq!(node_block_v6("fd00::/96".parse().unwrap(), 0), None);
        let wide: Ipv6Net = "::/0".parse().unwrap();
        assert_eq!(
            node_block_v6(wide, u64::MAX).unwrap().to_string(),
            "0:ffff:ffff:ffff:ffff::/80"
        );
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
