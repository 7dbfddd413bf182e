//! The VNet design as the snippets write it: each subnet's name, the prefixes in effect (typed,
//! as networks, or placed by the layout), a resource name unique in the design, its delegation, the block an
//! IPAM pool is asked for, and what the subnet holds (for a comment).
//!
//! Uses only the plan and its report, so every tool writes the same subnets.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::evaluate::{Report, SubnetReport, SubnetUnit};
use crate::plan::ranges::{network_of, split_list};
use crate::plan::{NetworkModel, Plan, Subnet};
use crate::rules::subnet::Purpose;

/// One subnet of the design, ready to write.
pub(super) struct SubnetOut {
    pub name: String,
    /// The name on one line, for comments (a line break would end the comment).
    pub label: String,
    pub purpose: Purpose,
    /// The IPv4 prefix (typed, or placed by the layout), then the IPv6 /64 when there is one.
    pub prefixes: Vec<String>,
    /// Some prefix was placed by the layout ("Fit into the VNet") rather than typed.
    pub placed: bool,
    /// Auto, and the layout found no room for it.
    pub no_room: bool,
    /// A name for code: lower-case letters, digits and `_`, unique in the design.
    pub ident: String,
    /// The prefix length of the block an IPAM pool is asked for: the typed prefix's, or for an
    /// auto subnet the smallest that holds its need × growth.
    pub ipam_prefix: Option<u8>,
    /// Why the IPAM block has its size, for a comment.
    pub ipam_note: String,
    /// The IPv6 /64 in effect (dual-stack), for the IPAM variants.
    pub has_v6: bool,
    /// What the subnet holds at the plan's most, in words, for a comment.
    pub holds: String,
}

impl SubnetOut {
    /// The shell variable that keeps the subnet's resource ID.
    pub fn var(&self) -> String {
        format!("{}_ID", self.ident.to_ascii_uppercase())
    }

    /// Addresses an IPAM pool is asked for: 2^(32 − prefix).
    pub fn ipam_count(&self) -> Option<u128> {
        self.ipam_prefix
            .map(|p| 1u128 << (32 - u32::from(p.min(32))))
    }
}

/// Every subnet of the plan, in the plan's order (the report's indices).
pub(super) fn subnets(plan: &Plan, report: &Report) -> Vec<SubnetOut> {
    let mut taken: Vec<String> = Vec::new();
    plan.cluster
        .subnets
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let r = report.design.subnets.get(i);
            let (prefixes, placed) = prefixes(s, r);
            let ident = unique(ident(&s.name), &mut taken);
            let ipam_prefix = r.and_then(|r| {
                if s.is_auto() {
                    r.wanted
                } else {
                    r.net.map(|n| n.prefix_len())
                }
            });
            SubnetOut {
                name: String::from(s.name.trim()),
                label: oneline(&s.name),
                purpose: s.purpose,
                no_room: s.is_auto() && r.is_none_or(|r| r.net.is_none()),
                prefixes,
                placed,
                ident,
                ipam_prefix,
                has_v6: r.is_some_and(|r| r.v6.is_some()),
                ipam_note: r.map_or_else(String::new, |r| ipam_note(plan, s, r)),
                holds: r.map_or_else(String::new, |r| holds(plan, r)),
            }
        })
        .collect()
}

/// The prefixes in effect, and whether the layout placed any of them.
fn prefixes(s: &Subnet, r: Option<&SubnetReport>) -> (Vec<String>, bool) {
    let placed_v4 = r.and_then(|r| r.net).map(|n| n.to_string());
    let placed_v6 = r.and_then(|r| r.v6).map(|n| n.to_string());
    if s.is_auto() {
        let out: Vec<String> = placed_v4.into_iter().chain(placed_v6).collect();
        let placed = !out.is_empty();
        return (out, placed);
    }
    // Each typed prefix as the network the report computed with (`10.1.0.5/24` → `10.1.0.0/24`):
    // Azure refuses a prefix with host bits.
    let mut out: Vec<String> = split_list(&s.prefix)
        .filter(|p| !p.eq_ignore_ascii_case("auto"))
        .map(network_of)
        .collect();
    // Dual-stack: a typed IPv4 prefix with the /64 the layout gave the node subnet.
    let mut placed = false;
    if !out.iter().any(|p| p.contains(':')) {
        if let Some(v6) = placed_v6 {
            out.push(v6);
            placed = true;
        }
    }
    (out, placed)
}

/// Text for a comment: control characters (line breaks above all) become spaces.
pub(super) fn oneline(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A name for code from a subnet name: `snet-aks-nodes` → `snet_aks_nodes`.
fn ident(name: &str) -> String {
    let cleaned: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    match cleaned.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => cleaned,
        _ => format!("subnet_{cleaned}"),
    }
}

/// `base`, or `base_2`, `base_3`, … when another subnet already has it.
fn unique(base: String, taken: &mut Vec<String>) -> String {
    let name = if taken.contains(&base) {
        (2usize..)
            .map(|n| format!("{base}_{n}"))
            .find(|n| !taken.contains(n))
            .unwrap_or_default()
    } else {
        base
    };
    taken.push(name.clone());
    name
}

/// What a subnet holds at the plan's most: "nodes of system, apps at max + surge, 1 other IP:
/// 19 IPs".
fn holds(plan: &Plan, r: &SubnetReport) -> String {
    let names = |pools: &[usize]| {
        pools
            .iter()
            .filter_map(|&i| plan.pools.get(i))
            .map(|p| oneline(&p.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts: Vec<String> = Vec::new();
    if !r.node_pools.is_empty() {
        let pods = if plan.cluster.network == NetworkModel::NodeSubnet {
            " with their pods"
        } else {
            ""
        };
        parts.push(format!(
            "nodes of {} at max + surge{pods}",
            names(&r.node_pools)
        ));
    }
    if !r.pod_pools.is_empty() {
        parts.push(format!("pods of {} at max + surge", names(&r.pod_pools)));
    }
    let pools = !parts.is_empty();
    let fixed = u128::from(r.purpose.fixed_ips());
    if fixed > 0 {
        parts.push(format!("AKS reserves at least {fixed} IPs"));
    }
    let other = r.other.saturating_sub(fixed);
    if other > 0 {
        let what = match (r.purpose, other) {
            (Purpose::PrivateEndpoints, 1) => "private endpoint",
            (Purpose::PrivateEndpoints, _) => "private endpoints",
            (Purpose::VirtualNodes, 1) => "ACI pod",
            (Purpose::VirtualNodes, _) => "ACI pods",
            (_, 1) => "other IP",
            _ => "other IPs",
        };
        parts.push(format!("{other} {what}"));
    }
    let unit = match r.unit {
        SubnetUnit::Ips => "IPs",
        SubnetUnit::Blocks => "/28 blocks",
    };
    match (parts.is_empty(), r.purpose.min_size()) {
        (true, Some(min)) => format!("Azure's minimum, a /{}", min.prefix),
        (true, None) => String::from("nothing the plan counts"),
        _ if pools => format!("{}: {} {unit}", parts.join(", "), r.need.upgrade),
        _ => parts.join(", "),
    }
}

/// Why the IPAM block has its size: the typed prefix's, or the smallest block for the need
/// times the growth factor (Azure's 5 reserved addresses included), at least the purpose's minimum.
fn ipam_note(plan: &Plan, s: &Subnet, r: &SubnetReport) -> String {
    if !s.is_auto() {
        return String::from("the size of the prefix typed for it");
    }
    let unit = match r.unit {
        SubnetUnit::Ips => "IPs",
        SubnetUnit::Blocks => "/28 blocks",
    };
    let growth = plan.cluster.growth.trim();
    let mut note = format!(
        "the smallest block for {} {unit} at the plan's most",
        r.need.upgrade
    );
    if !growth.is_empty() && growth != "1" {
        note.push_str(&format!(" × {} growth", oneline(growth)));
    }
    if r.unit == SubnetUnit::Ips {
        note.push_str(", Azure's 5 reserved included");
    }
    if let Some(min) = r.purpose.min_size() {
        note.push_str(&format!(", at least a /{}", min.prefix));
    }
    note
}

/// The name a delegation gets in Terraform and Bicep (free-form; these are azurerm's tests').
pub(super) fn delegation_name(service: &str) -> &'static str {
    match service {
        "Microsoft.ContainerInstance/containerGroups" => "aci-delegation",
        "Microsoft.ServiceNetworking/trafficControllers" => "agc-delegation",
        _ => "aks-delegation",
    }
}

/// The actions Azure grants the service, declared so that a later plan shows no drift: AKS's
/// as azurerm's own acceptance tests declare it (rules-check A6), ACI's and AGC's as Azure sets
/// them.
pub(super) fn delegation_actions(service: &str) -> &'static str {
    match service {
        "Microsoft.ContainerInstance/containerGroups" => {
            "Microsoft.Network/virtualNetworks/subnets/action"
        }
        _ => "Microsoft.Network/virtualNetworks/subnets/join/action",
    }
}
