//! What would fix an error, computed on the plan the error describes: each fix is a list of
//! edits, kept only when the plan they make has no finding of the error's kind and no error the
//! plan did not already have. Sizes come from the report (`smallest`, the SNAT figures) and the
//! rules; counts that fit are searched with [`evaluate`] itself, so they follow the page's rules.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::mem::discriminant;

use ipnet::{IpNet, Ipv4Net};

use super::built::{Built, dns_in, most, most_edits, pool_over_1000};
use super::parse::{Found, RangeTarget};
use crate::evaluate::finding::{At, Issue, OutboundIssue, Severity, SubnetIssue};
use crate::evaluate::limits;
use crate::evaluate::{Report, evaluate};
use crate::plan::edit::{Edit, PoolEdit, SubnetEdit};
use crate::plan::field::{ClusterField, OutboundField, PoolField, SubnetField};
use crate::plan::outbound::OutboundEdit;
use crate::plan::ranges::{parse_cidr_lenient, split_list};
use crate::plan::{Plan, PoolMode};
use crate::rules::layout::{Taken, first_free};
use crate::rules::subnet::Purpose;
use crate::rules::{address, catalogue, network, outbound as lb};

/// What a fix changes, with its numbers; [`crate::text::aks_error`] words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixKind {
    /// The subnet gets a larger prefix.
    SubnetPrefix {
        subnet: String,
        prefix: String,
        usable: u128,
    },
    /// The pod CIDR gets a larger (or another) range.
    PodCidr {
        cidr: String,
        nodes: u64,
    },
    /// The service CIDR moves; the DNS service IP with it.
    ServiceCidr {
        cidr: String,
        dns: String,
    },
    DnsIp {
        ip: String,
    },
    /// The pool's most nodes (its count, or its autoscaler maximum).
    Nodes {
        pool: String,
        count: u64,
        autoscale: bool,
    },
    /// maxSurge 0 and maxUnavailable 1: no surge nodes.
    MaxUnavailable {
        pool: String,
        surge: u64,
    },
    MaxSurge {
        pool: String,
        surge: u64,
    },
    OutboundIps {
        ips: u64,
        own: bool,
    },
    Ports {
        ports: u64,
    },
    MaxPods {
        pool: String,
        value: u64,
    },
    /// Enough nodes for 30 pods in the pool.
    MinNodes {
        pool: String,
        count: u64,
    },
    VmSize {
        pool: String,
        vm: &'static str,
    },
    SystemMode {
        pool: String,
    },
    /// The pool split into pools of `each` nodes.
    SplitPool {
        pool: String,
        pools: u64,
        each: u64,
    },
    /// The pools move to a node subnet of their own (placed in the VNet's free space).
    NodeSubnet {
        subnet: String,
        prefix: String,
    },
    /// The plan with the tunnel the text names, for its egress rules.
    Tunnel {
        legacy: bool,
    },
}

/// A fix: what it changes and the edits that do it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub kind: FixKind,
    pub edits: Vec<Edit>,
}

/// Whether the report still has a finding of the error's kind.
pub fn has_kind(found: &Found, r: &Report) -> bool {
    r.findings.iter().any(|f| of_kind(found, &f.issue))
}

fn of_kind(found: &Found, issue: &Issue) -> bool {
    use crate::evaluate::finding::Role;
    let overlap_with = |wanted: Role| match issue {
        Issue::Overlap {
            role, other_role, ..
        } => {
            (*role == wanted && *other_role == Role::Vnet)
                || (*role == Role::Vnet && *other_role == wanted)
        }
        Issue::Subnet(SubnetIssue::OverlapsRange { role, .. }) => *role == wanted,
        _ => false,
    };
    match found {
        Found::SubnetSize { .. } | Found::SubnetFull { .. } => {
            matches!(
                issue,
                Issue::Subnet(SubnetIssue::Full { .. } | SubnetIssue::BlocksFull { .. })
            )
        }
        Found::PodCidr { .. } => matches!(issue, Issue::Subnet(SubnetIssue::PodCidrFull { .. })),
        Found::Delegated { .. } => matches!(issue, Issue::Subnet(SubnetIssue::Delegated { .. })),
        Found::Ports { .. } => matches!(issue, Issue::Outbound(OutboundIssue::PortsRefused { .. })),
        Found::OverlapVnet { .. } => overlap_with(Role::PodCidr) || overlap_with(Role::ServiceCidr),
        Found::ServiceOverlapSubnet { .. } => overlap_with(Role::ServiceCidr),
        Found::DnsOutside { .. } => matches!(issue, Issue::DnsOutsideService { .. }),
        Found::Reserved { .. } => matches!(issue, Issue::ForbiddenRange { .. }),
        Found::MaxPods { .. } => {
            matches!(
                issue,
                Issue::MaxPodsOutOfRange { .. } | Issue::PoolBelow30Pods { .. }
            )
        }
        Found::SystemSku { .. } => matches!(
            issue,
            Issue::VmTooSmall { .. }
                | Issue::SystemPoolVmSmall { .. }
                | Issue::SystemPoolMemory { .. }
                | Issue::SystemPoolBurstable { .. }
        ),
        Found::NoSystemPool => matches!(issue, Issue::NoSystemPool),
        Found::Count { .. } => matches!(
            issue,
            Issue::PoolTooLarge { .. }
                | Issue::PoolLimitWithSurge { .. }
                | Issue::CountOutsideBounds { .. }
                | Issue::SystemPoolEmpty
        ),
        Found::SurgeOver1000 => {
            matches!(
                issue,
                Issue::PoolLimitWithSurge { .. } | Issue::PoolTooLarge { .. }
            )
        }
        Found::DialingBackend { .. } | Found::CodeOnly(_) => false,
    }
}

/// "The same error at the same place", whatever its numbers.
type ErrorKey = (
    Option<At>,
    core::mem::Discriminant<Issue>,
    Option<core::mem::Discriminant<SubnetIssue>>,
    Option<core::mem::Discriminant<OutboundIssue>>,
);

fn error_key(at: Option<At>, issue: &Issue) -> ErrorKey {
    let sub = match issue {
        Issue::Subnet(s) => Some(discriminant(s)),
        _ => None,
    };
    let out = match issue {
        Issue::Outbound(o) => Some(discriminant(o)),
        _ => None,
    };
    (at, discriminant(issue), sub, out)
}

/// The fix, when its plan has no finding of the kind and no new error.
fn verified(found: &Found, base: &Plan, before: &Report, fix: Fix) -> Option<Fix> {
    let mut plan = base.clone();
    for e in &fix.edits {
        plan.apply(e.clone());
    }
    let after = evaluate(&plan);
    if has_kind(found, &after) {
        return None;
    }
    let old: Vec<_> = before
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| error_key(f.at, &f.issue))
        .collect();
    let new_error = after
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .any(|f| !old.contains(&error_key(f.at, &f.issue)));
    (!new_error).then_some(fix)
}

/// Every fix of the error that works on the plan built from it, first the one that changes least.
pub fn fixes(found: &Found, b: &Built, r: &Report) -> Vec<Fix> {
    let candidates = match found {
        Found::SubnetSize { .. } | Found::SubnetFull { .. } => subnet_fixes(found, b, r),
        Found::PodCidr { .. } => {
            let mut out = pod_cidr_fixes(b, r);
            out.extend(count_fixes(b, r, found, &all_pools(b)));
            out
        }
        Found::Delegated { .. } => delegated_fixes(b, r),
        Found::Ports { .. } => ports_fixes(b, r, found),
        Found::OverlapVnet { .. } | Found::Reserved { .. } => range_fixes(found, b),
        Found::ServiceOverlapSubnet { .. } => {
            range_fix(b, RangeTarget::ServiceCidr).into_iter().collect()
        }
        Found::DnsOutside { service, .. } => {
            let ip = dns_in(*service).to_string();
            let edits = alloc::vec![Edit::ClusterText(ClusterField::DnsServiceIp, ip.clone())];
            alloc::vec![Fix {
                kind: FixKind::DnsIp { ip },
                edits
            }]
        }
        Found::MaxPods { .. } => max_pods_fixes(b, r),
        Found::SystemSku { .. } => vm_fix(b, r).into_iter().collect(),
        Found::NoSystemPool => system_mode_fix(b, r).into_iter().collect(),
        Found::Count { .. } | Found::SurgeOver1000 => pool_size_fixes(found, b, r),
        Found::DialingBackend { .. } | Found::CodeOnly(_) => Vec::new(),
    };
    // Nothing of the kind to fix in this plan: no change is offered, except for a full subnet,
    // where Azure saw addresses in use that the plan does not list.
    if !has_kind(found, r) && !matches!(found, Found::SubnetFull { .. }) {
        return Vec::new();
    }
    let mut out: Vec<Fix> = Vec::new();
    for fix in candidates
        .into_iter()
        .filter_map(|f| verified(found, &b.plan, r, f))
    {
        // One new range per subnet or pod CIDR: the alternatives are only tried in turn.
        let same = |a: &FixKind, b: &FixKind| match (a, b) {
            (FixKind::SubnetPrefix { subnet: x, .. }, FixKind::SubnetPrefix { subnet: y, .. }) => {
                x == y
            }
            (FixKind::PodCidr { .. }, FixKind::PodCidr { .. }) => true,
            _ => false,
        };
        if !out.iter().any(|o| same(&o.kind, &fix.kind)) {
            out.push(fix);
        }
    }
    out
}

fn v4(text: &str) -> Option<Ipv4Net> {
    match parse_cidr_lenient(text).0 {
        Some(IpNet::V4(n)) => Some(n),
        _ => None,
    }
}

/// The smallest prefix the report asks for the subnet, for SubnetIsFull at least the addresses
/// it has plus those Azure could not find.
fn subnet_fixes(found: &Found, b: &Built, r: &Report) -> Vec<Fix> {
    let Some(idx) = b.subnet else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let Some(s) = r.design.subnets.get(idx) else {
        return out;
    };
    let mut smallest = s.smallest;
    if let (Found::SubnetFull { more, .. }, Some(net)) = (found, s.net) {
        let asked = network::usable_ips(&IpNet::V4(net)).saturating_add(*more);
        let by_ask = network::smallest_subnet(asked);
        smallest = match (smallest, by_ask) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    if let (Some(p), Some(net)) = (smallest, s.net) {
        out.extend(larger_subnet(b, r, idx, net, p));
    }
    if has_kind(found, r) {
        let pools: Vec<usize> = s
            .node_pools
            .iter()
            .chain(s.pod_pools.iter())
            .copied()
            .collect();
        out.extend(count_fixes(b, r, found, &pools));
    }
    out
}

/// The subnet widened in place, or else a free block of that size in the VNet.
fn larger_subnet(b: &Built, r: &Report, idx: usize, net: Ipv4Net, p: u8) -> Vec<Fix> {
    let name = b
        .plan
        .cluster
        .subnets
        .get(idx)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let mut candidates = Vec::new();
    if let Ok(wide) = Ipv4Net::new(net.network(), p) {
        candidates.push(wide.trunc());
    }
    let spaces: Vec<IpNet> = r
        .design
        .vnet
        .iter()
        .filter(|n| matches!(n, IpNet::V4(_)))
        .copied()
        .collect();
    if let Some(first) = spaces.first() {
        let others: Vec<IpNet> = r
            .design
            .subnets
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != idx)
            .filter_map(|(_, s)| s.net.map(IpNet::V4))
            .collect();
        if let Some(IpNet::V4(free)) = first_free(&spaces, &Taken::new(first, others.iter()), p) {
            candidates.push(free);
        }
    }
    candidates.dedup();
    candidates
        .into_iter()
        .map(|prefix| {
            let usable = network::usable_ips(&IpNet::V4(prefix));
            Fix {
                kind: FixKind::SubnetPrefix {
                    subnet: name.clone(),
                    prefix: prefix.to_string(),
                    usable,
                },
                edits: alloc::vec![Edit::Subnet(
                    idx,
                    SubnetEdit::Text(SubnetField::Prefix, prefix.to_string())
                )],
            }
        })
        .collect()
}

/// Pools whose counts are searched: each search evaluates the plan about ten times.
const COUNTED_POOLS: usize = 3;

/// For each of the first `pools`: the most nodes it can have with the error gone, and
/// maxUnavailable instead of surge for a user pool.
fn count_fixes(b: &Built, r: &Report, found: &Found, pools: &[usize]) -> Vec<Fix> {
    let mut out = Vec::new();
    for &t in pools.iter().take(COUNTED_POOLS) {
        let (Some(pool), Some(report)) = (b.plan.pools.get(t), r.pools.get(t)) else {
            continue;
        };
        let (max, surge) = most(report);
        let lowest = u64::from(pool.mode == PoolMode::System);
        if let Some(n) = largest_count(found, &b.plan, t, lowest, max) {
            out.push(Fix {
                kind: FixKind::Nodes {
                    pool: pool.name.clone(),
                    count: n,
                    autoscale: pool.autoscale,
                },
                edits: most_edits(&b.plan, t, n),
            });
        }
        if pool.mode == PoolMode::User && surge > 0 {
            out.push(Fix {
                kind: FixKind::MaxUnavailable {
                    pool: pool.name.clone(),
                    surge,
                },
                edits: alloc::vec![
                    Edit::Pool(t, PoolEdit::Text(PoolField::MaxSurge, String::from("0"))),
                    Edit::Pool(
                        t,
                        PoolEdit::Text(PoolField::MaxUnavailable, String::from("1"))
                    ),
                ],
            });
        }
    }
    out
}

/// Every pool of the plan, in order.
fn all_pools(b: &Built) -> Vec<usize> {
    (0..b.plan.pools.len()).collect()
}

/// The largest count in `lowest..max` whose plan has no finding of the kind (the page's own
/// check, searched by halves: fewer nodes never need more).
fn largest_count(found: &Found, plan: &Plan, t: usize, lowest: u64, max: u64) -> Option<u64> {
    let fits = |n: u64| {
        let mut p = plan.clone();
        for e in most_edits(plan, t, n) {
            p.apply(e);
        }
        !has_kind(found, &evaluate(&p))
    };
    if max == 0 || lowest >= max || !fits(lowest) {
        return None;
    }
    let (mut lo, mut hi) = (lowest, max - 1);
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Some(lo)
}

/// The IPv4 ranges the cluster's own ranges must keep clear of.
fn taken_ranges(plan: &Plan, keep_out: &[&str]) -> Vec<IpNet> {
    let c = &plan.cluster;
    let mut nets: Vec<IpNet> = Vec::new();
    for text in [c.vnet.as_str(), c.listed_ranges.as_str()]
        .into_iter()
        .chain(keep_out.iter().copied())
    {
        nets.extend(split_list(text).filter_map(|t| v4(t).map(IpNet::V4)));
    }
    nets.extend(
        c.subnets
            .iter()
            .filter_map(|s| v4(&s.prefix).map(IpNet::V4)),
    );
    nets.extend(
        address::FORBIDDEN
            .iter()
            .filter_map(|f| f.parse::<IpNet>().ok()),
    );
    nets
}

/// A free block of `prefix` in private address space, trying `preferred` first.
fn free_private(taken: &[IpNet], prefix: u8, preferred: &[&str]) -> Option<Ipv4Net> {
    let clear = |n: &Ipv4Net| !taken.iter().any(|t| address::overlaps(&IpNet::V4(*n), t));
    for p in preferred {
        if let Ok(n) = p.parse::<Ipv4Net>() {
            if n.prefix_len() <= prefix && clear(&n) {
                return Some(n);
            }
        }
    }
    let spaces: Vec<IpNet> = address::private_v4().map(IpNet::V4).collect();
    let first = spaces.first()?;
    match first_free(&spaces, &Taken::new(first, taken.iter()), prefix) {
        Some(IpNet::V4(n)) => Some(n),
        _ => None,
    }
}

fn pod_cidr_fixes(b: &Built, r: &Report) -> Vec<Fix> {
    let Some(space) = r.network.pod_space else {
        return Vec::new();
    };
    let (Some(p), Some(IpNet::V4(net))) = (space.smallest, space.net) else {
        return Vec::new();
    };
    let mut candidates = Vec::new();
    if let Ok(wide) = Ipv4Net::new(net.network(), p) {
        candidates.push(wide.trunc());
    }
    let taken = taken_ranges(&b.plan, &[b.plan.cluster.service_cidr.as_str()]);
    if let Some(free) = free_private(&taken, p, &[crate::plan::defaults::POD_CIDR]) {
        candidates.push(free);
    }
    candidates.dedup();
    candidates
        .into_iter()
        .map(|cidr| Fix {
            kind: FixKind::PodCidr {
                cidr: cidr.to_string(),
                nodes: address::node_blocks(cidr),
            },
            edits: alloc::vec![Edit::ClusterText(ClusterField::PodCidr, cidr.to_string())],
        })
        .collect()
}

fn range_fixes(found: &Found, b: &Built) -> Vec<Fix> {
    let target = match found {
        Found::Reserved { target, .. } => *target,
        _ => {
            if v4(&b.plan.cluster.service_cidr).is_some_and(|s| match found {
                Found::OverlapVnet { cidr, .. } => s == *cidr,
                _ => false,
            }) {
                RangeTarget::ServiceCidr
            } else {
                RangeTarget::PodCidr
            }
        }
    };
    range_fix(b, target).into_iter().collect()
}

/// The pod or service range moved to free private space of the size it needs.
fn range_fix(b: &Built, target: RangeTarget) -> Option<Fix> {
    let c = &b.plan.cluster;
    match target {
        RangeTarget::PodCidr => {
            let now = v4(&c.pod_cidr)?;
            let r = evaluate(&b.plan);
            let needed = r
                .network
                .pod_space
                .and_then(|s| s.smallest)
                .unwrap_or(now.prefix_len());
            let taken = taken_ranges(&b.plan, &[c.service_cidr.as_str()]);
            let cidr = free_private(
                &taken,
                needed.min(now.prefix_len()),
                &[crate::plan::defaults::POD_CIDR],
            )?;
            let nodes = address::node_blocks(cidr);
            Some(Fix {
                kind: FixKind::PodCidr {
                    cidr: cidr.to_string(),
                    nodes,
                },
                edits: alloc::vec![Edit::ClusterText(ClusterField::PodCidr, cidr.to_string())],
            })
        }
        RangeTarget::ServiceCidr => {
            let now = v4(&c.service_cidr)?;
            let pods = if c.network.uses_pod_cidr() {
                c.pod_cidr.as_str()
            } else {
                ""
            };
            let taken = taken_ranges(&b.plan, &[pods]);
            let cidr = free_private(
                &taken,
                now.prefix_len(),
                &[crate::plan::defaults::SERVICE_CIDR],
            )?;
            let dns = dns_in(cidr).to_string();
            Some(Fix {
                kind: FixKind::ServiceCidr {
                    cidr: cidr.to_string(),
                    dns: dns.clone(),
                },
                edits: alloc::vec![
                    Edit::ClusterText(ClusterField::ServiceCidr, cidr.to_string()),
                    Edit::ClusterText(ClusterField::DnsServiceIp, dns),
                ],
            })
        }
    }
}

/// The pools of the delegated subnet move to a new node subnet the layout places.
fn delegated_fixes(b: &Built, r: &Report) -> Vec<Fix> {
    let Some(idx) = b.subnet else {
        return Vec::new();
    };
    let name = b.plan.unused_subnet_name("snet-aks-nodes");
    let new = b.plan.cluster.subnets.len();
    let mut edits = alloc::vec![
        Edit::AddSubnet(Purpose::Nodes),
        Edit::Subnet(new, SubnetEdit::Text(SubnetField::Name, name.clone())),
    ];
    for (i, s) in r.design.node_subnet_of.iter().enumerate() {
        if *s == Some(idx) {
            edits.push(Edit::Pool(
                i,
                PoolEdit::Text(PoolField::VnetSubnet, name.clone()),
            ));
        }
    }
    let mut plan = b.plan.clone();
    for e in &edits {
        plan.apply(e.clone());
    }
    let placed = evaluate(&plan).design.placements;
    let prefix = placed
        .iter()
        .find(|(i, _)| *i == new)
        .map(|(_, p)| p.clone())
        .unwrap_or_default();
    if prefix.is_empty() {
        return Vec::new();
    }
    edits.push(Edit::PlaceSubnets(alloc::vec![(new, prefix.clone())]));
    alloc::vec![Fix {
        kind: FixKind::NodeSubnet {
            subnet: name,
            prefix
        },
        edits,
    }]
}

fn ports_fixes(b: &Built, r: &Report, found: &Found) -> Vec<Fix> {
    let Some(refused) = r.findings.iter().find_map(|f| match &f.issue {
        Issue::Outbound(o @ OutboundIssue::PortsRefused { .. }) => Some(o.clone()),
        _ => None,
    }) else {
        return Vec::new();
    };
    let OutboundIssue::PortsRefused {
        ips_needed,
        max_ports,
        ..
    } = refused
    else {
        return Vec::new();
    };
    let own = !b.plan.cluster.outbound.lb_own_ips.trim().is_empty();
    let field = if own {
        OutboundField::LbOwnIps
    } else {
        OutboundField::LbManagedIps
    };
    let mut out = alloc::vec![Fix {
        kind: FixKind::OutboundIps {
            ips: ips_needed,
            own
        },
        edits: alloc::vec![Edit::ClusterText(
            ClusterField::Outbound(field),
            ips_needed.to_string()
        )],
    }];
    if max_ports >= lb::PORT_STEP {
        out.push(Fix {
            kind: FixKind::Ports { ports: max_ports },
            edits: alloc::vec![Edit::ClusterText(
                ClusterField::Outbound(OutboundField::LbPorts),
                max_ports.to_string()
            )],
        });
    }
    out.extend(count_fixes(b, r, found, &all_pools(b)));
    out
}

fn max_pods_fixes(b: &Built, r: &Report) -> Vec<Fix> {
    let t = b.pool;
    let (Some(pool), Some(report)) = (b.plan.pools.get(t), r.pools.get(t)) else {
        return Vec::new();
    };
    let Some(now) = report.max_pods.map(u64::from) else {
        return Vec::new();
    };
    let min_nodes = report.nodes.map_or(0, |n| n.min()).max(1);
    let mut value = now.clamp(limits::MIN_MAX_PODS, limits::MAX_MAX_PODS);
    if value < limits::POOL_MIN_PODS && value.saturating_mul(min_nodes) < limits::POOL_MIN_PODS {
        value = limits::POOL_MIN_PODS
            .div_ceil(min_nodes)
            .max(limits::MIN_MAX_PODS);
    }
    let mut out = alloc::vec![Fix {
        kind: FixKind::MaxPods {
            pool: pool.name.clone(),
            value
        },
        edits: alloc::vec![Edit::Pool(
            t,
            PoolEdit::Text(PoolField::MaxPods, value.to_string())
        )],
    }];
    if (limits::MIN_MAX_PODS..limits::POOL_MIN_PODS).contains(&now) && !pool.autoscale {
        let count = limits::POOL_MIN_PODS.div_ceil(now);
        out.push(Fix {
            kind: FixKind::MinNodes {
                pool: pool.name.clone(),
                count,
            },
            edits: alloc::vec![Edit::Pool(
                t,
                PoolEdit::Text(PoolField::NodeCount, count.to_string())
            )],
        });
    }
    out
}

/// The smallest size of the pool's VM family that a system pool takes: 4 vCPUs and 4 GiB at
/// least, no B-series; AKS's default size when the family has none.
fn vm_fix(b: &Built, r: &Report) -> Option<Fix> {
    let t = b.pool;
    let pool = b.plan.pools.get(t)?;
    let family = r
        .pools
        .get(t)
        .and_then(|p| p.vm)
        .and_then(|v| v.size)
        .map(|s| s.family());
    let fits = |s: &&VmSize| {
        s.vcpu() >= limits::SYSTEM_MIN_VCPU
            && s.memory_mib() >= limits::SYSTEM_MIN_MEMORY_MIB
            && !s.is_burstable()
    };
    let vm = family
        .and_then(|f| {
            catalogue::SIZES
                .iter()
                .filter(|s| s.family() == f)
                .filter(fits)
                .min_by_key(|s| (s.vcpu(), s.memory_mib()))
        })
        .map_or(crate::plan::DEFAULT_VM_SIZE, |s| s.name());
    Some(Fix {
        kind: FixKind::VmSize {
            pool: pool.name.clone(),
            vm,
        },
        edits: alloc::vec![Edit::Pool(
            t,
            PoolEdit::Text(PoolField::VmSize, String::from(vm))
        )],
    })
}

use crate::rules::catalogue::VmSize;

/// The first pool whose VM a system pool may use becomes the system pool (else the first pool).
fn system_mode_fix(b: &Built, r: &Report) -> Option<Fix> {
    let ok = |i: usize| {
        b.plan
            .pools
            .get(i)
            .is_some_and(|p| p.os == crate::plan::OsType::Linux)
            && r.pools.get(i).and_then(|p| p.vm).is_some_and(|v| {
                v.vcpu >= limits::SYSTEM_MIN_VCPU && v.memory_mib >= limits::SYSTEM_MIN_MEMORY_MIB
            })
    };
    let t = (0..b.plan.pools.len()).find(|i| ok(*i)).unwrap_or(0);
    let pool = b.plan.pools.get(t)?;
    Some(Fix {
        kind: FixKind::SystemMode {
            pool: pool.name.clone(),
        },
        edits: alloc::vec![Edit::Pool(t, PoolEdit::Mode(PoolMode::System))],
    })
}

/// A pool over AKS's bounds: the count brought within them, the surge made to fit, drains in
/// place for a user pool, or the nodes split over pools.
fn pool_size_fixes(found: &Found, b: &Built, r: &Report) -> Vec<Fix> {
    let t = match found {
        Found::SurgeOver1000 => match pool_over_1000(r) {
            Some(t) => t,
            None => return Vec::new(),
        },
        _ => b.pool,
    };
    let (Some(pool), Some(report)) = (b.plan.pools.get(t), r.pools.get(t)) else {
        return Vec::new();
    };
    let (max, surge) = most(report);
    let name = pool.name.clone();
    let mut out = Vec::new();
    if let Found::Count { min, .. } = found {
        let low = u64::try_from(*min).unwrap_or(1);
        if max < low {
            out.push(Fix {
                kind: FixKind::Nodes {
                    pool: name.clone(),
                    count: low,
                    autoscale: pool.autoscale,
                },
                edits: alloc::vec![Edit::Pool(
                    t,
                    PoolEdit::Text(PoolField::NodeCount, low.to_string())
                )],
            });
            return out;
        }
    }
    let cap = limits::NODES_PER_POOL;
    if max > 0 {
        let lowest = u64::from(pool.mode == PoolMode::System);
        if let Some(n) = largest_count(found, &b.plan, t, lowest, max.min(cap + 1)) {
            out.push(Fix {
                kind: FixKind::Nodes {
                    pool: name.clone(),
                    count: n,
                    autoscale: pool.autoscale,
                },
                edits: most_edits(&b.plan, t, n),
            });
            out.extend(split_fix(b, t, max, n));
        }
    }
    if max <= cap && max.saturating_add(surge) > cap && cap > max {
        out.push(Fix {
            kind: FixKind::MaxSurge {
                pool: name.clone(),
                surge: cap - max,
            },
            edits: alloc::vec![Edit::Pool(
                t,
                PoolEdit::Text(PoolField::MaxSurge, (cap - max).to_string())
            )],
        });
    }
    if pool.mode == PoolMode::User && surge > 0 && max <= cap {
        out.push(Fix {
            kind: FixKind::MaxUnavailable { pool: name, surge },
            edits: alloc::vec![
                Edit::Pool(t, PoolEdit::Text(PoolField::MaxSurge, String::from("0"))),
                Edit::Pool(
                    t,
                    PoolEdit::Text(PoolField::MaxUnavailable, String::from("1"))
                ),
            ],
        });
    }
    out
}

/// `total` nodes in pools of at most `fits` each (copies of the pool), when more than one pool.
fn split_fix(b: &Built, t: usize, total: u64, fits: u64) -> Option<Fix> {
    if fits == 0 || total <= fits || b.plan.pools.get(t)?.autoscale {
        return None;
    }
    let pools = total.div_ceil(fits);
    let each = total.div_ceil(pools);
    let room = crate::plan::MAX_POOLS.saturating_sub(b.plan.pools.len());
    if usize::try_from(pools - 1).ok()? > room {
        return None;
    }
    let mut edits = alloc::vec![Edit::Pool(
        t,
        PoolEdit::Text(PoolField::NodeCount, each.to_string())
    )];
    for _ in 1..pools {
        edits.push(Edit::DuplicatePool(t));
    }
    Some(Fix {
        kind: FixKind::SplitPool {
            pool: b.plan.pools.get(t)?.name.clone(),
            pools,
            each,
        },
        edits,
    })
}

/// For `error dialing backend`: the plan with the tunnel the text names, when the plan had the
/// other.
pub fn tunnel_fix(current: &Plan, b: &Built) -> Option<Fix> {
    let legacy = b.plan.cluster.outbound.legacy_tunnel;
    (legacy != current.cluster.outbound.legacy_tunnel).then(|| Fix {
        kind: FixKind::Tunnel { legacy },
        edits: alloc::vec![Edit::Outbound(OutboundEdit::LegacyTunnel(legacy))],
    })
}
