//! The network half of [`super::evaluate`]: the address plan and its rules (aks-rules §5), the
//! IPs every network model needs (§4) and the limits (§6).

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::net::IpAddr;

use ipnet::{IpNet, Ipv4Net};

use super::report::*;
use crate::evaluate::finding::Role;
use crate::evaluate::finding::{At, DnsSlot, Finding, Issue, Severity};
use crate::plan::field::{ClusterField, PoolField};
use crate::plan::quantity::parse_count;
use crate::plan::ranges::{AddressError, parse_cidr_lenient, parse_ip, split_list};
use crate::plan::{Cluster, Dataplane, NetworkModel, OsType, Plan};
use crate::rules::address::{forbidden_overlaps, is_private, overlaps, size};
use crate::rules::network::{
    PodSpaceKind, PoolNodes, SMALLEST_AZURE_PREFIX, Scenarios, node_subnet_cost,
    pod_space_capacity, pod_space_cost, smallest_pod_space, smallest_subnet, sum, usable_ips,
};

/// AKS and Azure limits of the network checks (aks-rules §4–§6).
pub mod limits {
    pub const KUBENET_NODES: u64 = 400;
    pub const NODES_PER_POOL: u64 = 1000;
    pub const OVERLAY_PODS: u64 = 200_000;
    pub const DYNAMIC_PODS: u64 = 50_000;
    pub const VNET_IPS: u128 = 65_536;
    pub const LOAD_BALANCED_SERVICES: u64 = 300;
    /// Service CIDRs larger than this are refused (a /12 is accepted with a warning).
    pub const SERVICE_CIDR_MIN_PREFIX: u8 = 12;
    pub const IPV6_SERVICE_MIN_PREFIX: u8 = 108;
}

/// The address plan as read.
#[derive(Default)]
struct Addresses {
    vnet: Vec<IpNet>,
    node_subnet: Option<IpNet>,
    pod_subnet: Option<IpNet>,
    /// The pod CIDR, when the chosen model uses one.
    pod_cidr: Vec<IpNet>,
    /// The IPv4 pod CIDR as typed, whatever the model (for the comparison).
    pod_cidr_v4: Option<Ipv4Net>,
    service_cidr: Vec<IpNet>,
    dns: Option<IpAddr>,
    listed: Vec<IpNet>,
}

struct Ctx<'a> {
    findings: &'a mut Vec<Finding>,
}

impl Ctx<'_> {
    fn push(&mut self, severity: Severity, field: ClusterField, issue: Issue) {
        self.findings.push(Finding {
            severity,
            at: Some(At::Cluster(field)),
            issue,
        });
    }

    fn error(&mut self, field: ClusterField, issue: Issue) {
        self.push(Severity::Error, field, issue);
    }

    fn warning(&mut self, field: ClusterField, issue: Issue) {
        self.push(Severity::Warning, field, issue);
    }

    /// Reads a list of CIDRs; each bad entry is reported, the good ones (and host-bit typos,
    /// normalised) are kept.
    fn cidrs(&mut self, field: ClusterField, text: &str, required: bool) -> Vec<IpNet> {
        let mut out = Vec::new();
        for item in split_list(text) {
            let (net, error) = parse_cidr_lenient(item);
            if let Some(e) = error {
                self.error(field, Issue::Address(e));
            }
            out.extend(net);
        }
        if required && out.is_empty() && split_list(text).next().is_none() {
            self.error(field, Issue::Address(AddressError::Empty));
        }
        out
    }

    /// Reads one CIDR that must be IPv4 (Azure subnets here, the /24-per-node pod CIDR).
    fn cidr(&mut self, field: ClusterField, text: &str) -> Option<IpNet> {
        let nets = self.cidrs(field, text, true);
        if nets.len() > 1 {
            self.error(field, Issue::Address(AddressError::TooManyRanges));
        }
        nets.into_iter().next()
    }

    fn count(&mut self, field: ClusterField, text: &str) -> u64 {
        if text.trim().is_empty() {
            return 0;
        }
        match parse_count(text) {
            Ok(n) => n,
            Err(e) => {
                self.error(field, Issue::Input(e));
                0
            }
        }
    }
}

fn text_of(net: &IpNet) -> String {
    net.to_string()
}

/// Reads and checks the address plan (aks-rules §5).
fn addresses(cluster: &Cluster, ctx: &mut Ctx<'_>) -> Addresses {
    let model = cluster.network;
    let mut a = Addresses {
        vnet: ctx.cidrs(ClusterField::Vnet, &cluster.vnet, true),
        node_subnet: ctx.cidr(ClusterField::NodeSubnet, &cluster.node_subnet),
        ..Addresses::default()
    };
    // The pod ranges a model does not use are still read, quietly, for the comparison.
    let mut quiet = Ctx {
        findings: &mut Vec::new(),
    };
    a.pod_subnet = if model.uses_pod_subnet() {
        ctx.cidr(ClusterField::PodSubnet, &cluster.pod_subnet)
    } else {
        quiet.cidr(ClusterField::PodSubnet, &cluster.pod_subnet)
    };
    let pod_cidr = if model.uses_pod_cidr() {
        ctx.cidrs(ClusterField::PodCidr, &cluster.pod_cidr, true)
    } else {
        quiet.cidrs(ClusterField::PodCidr, &cluster.pod_cidr, true)
    };
    a.pod_cidr_v4 = pod_cidr.iter().find_map(|n| match n {
        IpNet::V4(v4) => Some(*v4),
        IpNet::V6(_) => None,
    });
    if model.uses_pod_cidr() {
        a.pod_cidr = pod_cidr;
    }
    a.service_cidr = ctx.cidrs(ClusterField::ServiceCidr, &cluster.service_cidr, true);
    a.dns = match parse_ip(&cluster.dns_service_ip) {
        Ok(ip) => Some(ip),
        Err(e) => {
            ctx.error(ClusterField::DnsServiceIp, Issue::Address(e));
            None
        }
    };
    a.listed = ctx.cidrs(ClusterField::ListedRanges, &cluster.listed_ranges, false);

    // Ranges AKS refuses, and public space.
    for (field, role, nets) in [
        (ClusterField::Vnet, Role::Vnet, &a.vnet),
        (ClusterField::PodCidr, Role::PodCidr, &a.pod_cidr),
        (
            ClusterField::ServiceCidr,
            Role::ServiceCidr,
            &a.service_cidr,
        ),
    ] {
        for net in nets {
            for reserved in forbidden_overlaps(net) {
                ctx.error(
                    field,
                    Issue::ForbiddenRange {
                        range: text_of(net),
                        reserved,
                    },
                );
            }
            if !is_private(net) {
                // The overlay pod CIDR must be private (§4c); elsewhere Azure allows public space.
                let severity = if role == Role::PodCidr && model == NetworkModel::Overlay {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                ctx.push(
                    severity,
                    field,
                    Issue::NotPrivate {
                        range: text_of(net),
                        role,
                    },
                );
            }
        }
    }

    // Subnets: IPv4, at least a /29, inside the VNet, apart from each other.
    let pod_subnet = a.pod_subnet.filter(|_| model.uses_pod_subnet());
    let subnets = [
        (ClusterField::NodeSubnet, Role::NodeSubnet, a.node_subnet),
        (ClusterField::PodSubnet, Role::PodSubnet, pod_subnet),
    ];
    for (field, role, net) in subnets {
        let Some(net) = net else { continue };
        if matches!(net, IpNet::V6(_)) {
            ctx.error(
                field,
                Issue::SubnetNotIpv4 {
                    range: text_of(&net),
                },
            );
        } else if net.prefix_len() > SMALLEST_AZURE_PREFIX {
            ctx.error(
                field,
                Issue::SubnetTooSmall {
                    range: text_of(&net),
                },
            );
        }
        if !a.vnet.is_empty() && !a.vnet.iter().any(|v| v.contains(&net)) {
            ctx.error(
                field,
                Issue::OutsideVnet {
                    range: text_of(&net),
                    role,
                },
            );
        }
    }
    if let (Some(n), Some(p)) = (a.node_subnet, pod_subnet) {
        if overlaps(&n, &p) {
            ctx.error(
                ClusterField::PodSubnet,
                Issue::Overlap {
                    range: text_of(&p),
                    role: Role::PodSubnet,
                    other: text_of(&n),
                    other_role: Role::NodeSubnet,
                },
            );
        }
    }

    // Pod and service ranges: one IPv4, optionally one IPv6 (dual-stack, overlay only).
    for (field, nets) in [
        (ClusterField::PodCidr, &a.pod_cidr),
        (ClusterField::ServiceCidr, &a.service_cidr),
    ] {
        let v4 = nets.iter().filter(|n| matches!(n, IpNet::V4(_))).count();
        let v6 = nets.len() - v4;
        if v4 > 1 || v6 > 1 {
            ctx.error(field, Issue::TwoRangesOfAFamily);
        }
        if v4 == 0 && v6 > 0 {
            ctx.error(field, Issue::DualStackIncomplete);
        }
    }
    let pod_v6 = a.pod_cidr.iter().any(|n| matches!(n, IpNet::V6(_)));
    let service_v6 = a.service_cidr.iter().any(|n| matches!(n, IpNet::V6(_)));
    if service_v6 && model != NetworkModel::Overlay {
        ctx.error(ClusterField::ServiceCidr, Issue::DualStackNeedsOverlay);
    } else if model == NetworkModel::Overlay && pod_v6 != service_v6 {
        let field = if pod_v6 {
            ClusterField::ServiceCidr
        } else {
            ClusterField::PodCidr
        };
        ctx.error(field, Issue::DualStackIncomplete);
    }
    if model == NetworkModel::Kubenet && pod_v6 {
        ctx.error(ClusterField::PodCidr, Issue::DualStackNeedsOverlay);
    }
    for net in &a.pod_cidr {
        if let IpNet::V4(v4) = net {
            if v4.prefix_len() > 24 {
                ctx.error(
                    ClusterField::PodCidr,
                    Issue::PodCidrTooSmall {
                        range: text_of(net),
                    },
                );
            }
        }
    }
    for net in &a.service_cidr {
        match net {
            IpNet::V4(v4) if v4.prefix_len() < limits::SERVICE_CIDR_MIN_PREFIX => ctx.error(
                ClusterField::ServiceCidr,
                Issue::ServiceCidrTooLarge {
                    prefix: v4.prefix_len(),
                },
            ),
            IpNet::V4(v4) if v4.prefix_len() == limits::SERVICE_CIDR_MIN_PREFIX => {
                ctx.warning(ClusterField::ServiceCidr, Issue::ServiceCidrAt12)
            }
            IpNet::V6(v6) if v6.prefix_len() < limits::IPV6_SERVICE_MIN_PREFIX => ctx.error(
                ClusterField::ServiceCidr,
                Issue::Ipv6ServiceTooLarge {
                    prefix: v6.prefix_len(),
                },
            ),
            _ => {}
        }
    }

    // Overlaps: the pod CIDR and the service CIDR stay clear of the VNet and of each other;
    // listed (peered, on-premises) ranges are warned about.
    let vnet: Vec<(Role, IpNet)> = a.vnet.iter().map(|n| (Role::Vnet, *n)).collect();
    let pods: Vec<(Role, IpNet)> = a.pod_cidr.iter().map(|n| (Role::PodCidr, *n)).collect();
    let listed: Vec<(Role, IpNet)> = a.listed.iter().map(|n| (Role::Listed, *n)).collect();
    let check =
        |ctx: &mut Ctx<'_>, field, role, nets: &[IpNet], others: &[(Role, IpNet)], severity| {
            for net in nets {
                for (other_role, other) in others {
                    if overlaps(net, other) {
                        ctx.push(
                            severity,
                            field,
                            Issue::Overlap {
                                range: text_of(net),
                                role,
                                other: text_of(other),
                                other_role: *other_role,
                            },
                        );
                    }
                }
            }
        };
    check(
        ctx,
        ClusterField::PodCidr,
        Role::PodCidr,
        &a.pod_cidr,
        &vnet,
        Severity::Error,
    );
    check(
        ctx,
        ClusterField::PodCidr,
        Role::PodCidr,
        &a.pod_cidr,
        &listed,
        Severity::Warning,
    );
    check(
        ctx,
        ClusterField::ServiceCidr,
        Role::ServiceCidr,
        &a.service_cidr,
        &vnet,
        Severity::Error,
    );
    check(
        ctx,
        ClusterField::ServiceCidr,
        Role::ServiceCidr,
        &a.service_cidr,
        &pods,
        Severity::Error,
    );
    check(
        ctx,
        ClusterField::ServiceCidr,
        Role::ServiceCidr,
        &a.service_cidr,
        &listed,
        Severity::Warning,
    );
    check(
        ctx,
        ClusterField::Vnet,
        Role::Vnet,
        &a.vnet,
        &listed,
        Severity::Warning,
    );

    // The DNS service IP: inside the service CIDR of its family, on an address Kubernetes can
    // give a Service (not the network address, not .1 of kubernetes.default, not the last).
    if let Some(ip) = a.dns {
        let same_family = |n: &&IpNet| {
            matches!(
                (n, ip),
                (IpNet::V4(_), IpAddr::V4(_)) | (IpNet::V6(_), IpAddr::V6(_))
            )
        };
        match a
            .service_cidr
            .iter()
            .filter(same_family)
            .find(|n| n.contains(&ip))
        {
            None => {
                if let Some(cidr) = a.service_cidr.first() {
                    ctx.error(
                        ClusterField::DnsServiceIp,
                        Issue::DnsOutsideService {
                            ip: ip.to_string(),
                            cidr: text_of(cidr),
                        },
                    );
                }
            }
            Some(cidr) => {
                let offset = offset_in(cidr, ip);
                let last = size(cidr).saturating_sub(1);
                let slot = match offset {
                    0 => Some(DnsSlot::Network),
                    1 => Some(DnsSlot::First),
                    o if o == last && matches!(cidr, IpNet::V4(_)) => Some(DnsSlot::Broadcast),
                    _ => None,
                };
                if let Some(slot) = slot {
                    ctx.error(
                        ClusterField::DnsServiceIp,
                        Issue::DnsReserved {
                            ip: ip.to_string(),
                            slot,
                        },
                    );
                }
            }
        }
    }
    a
}

/// Position of an address inside a range (0 is the network address).
fn offset_in(net: &IpNet, ip: IpAddr) -> u128 {
    match (net, ip) {
        (IpNet::V4(n), IpAddr::V4(a)) => {
            u128::from(u32::from(a).wrapping_sub(u32::from(n.network())))
        }
        (IpNet::V6(n), IpAddr::V6(a)) => u128::from(a).wrapping_sub(u128::from(n.network())),
        _ => u128::MAX,
    }
}

/// maxPods a pool has under `model`: its own, or the model's default.
fn max_pods_for(report: &PoolReport, model: NetworkModel) -> Option<u64> {
    if report.max_pods_defaulted {
        Some(u64::from(model.default_max_pods()))
    } else {
        report.max_pods.map(u64::from)
    }
}

fn pool_nodes(pools: &[PoolReport], model: NetworkModel) -> Vec<Option<PoolNodes>> {
    pools
        .iter()
        .map(|r| {
            let nodes = r.nodes?;
            Some(PoolNodes {
                count: nodes.count,
                max: nodes.max(),
                surge: r.surge,
                max_pods: max_pods_for(r, model)?,
            })
        })
        .collect()
}

/// The IP arithmetic of one model over the readable pools.
struct Figures {
    nodes: Scenarios<u64>,
    pods: Scenarios<u64>,
    node_ips: Scenarios<u128>,
    pod: Option<(PodSpaceKind, Scenarios<u128>)>,
}

fn figures(model: NetworkModel, pools: &[PoolNodes], extras: u64) -> Figures {
    let to_u64 = |s: Scenarios<u128>| Scenarios {
        now: u64::try_from(s.now).unwrap_or(u64::MAX),
        scaled: u64::try_from(s.scaled).unwrap_or(u64::MAX),
        upgrade: u64::try_from(s.upgrade).unwrap_or(u64::MAX),
    };
    let nodes = to_u64(sum(pools, |_, n| u128::from(n)));
    let pods = to_u64(sum(pools, |p, n| u128::from(n) * u128::from(p.max_pods)));
    let mut node_ips = sum(pools, |p, n| {
        u128::from(n) * u128::from(node_subnet_cost(model, p.max_pods))
    });
    let extras = u128::from(extras);
    node_ips.now = node_ips.now.saturating_add(extras);
    node_ips.scaled = node_ips.scaled.saturating_add(extras);
    node_ips.upgrade = node_ips.upgrade.saturating_add(extras);
    let pod = pod_space_cost(model, 0).map(|(kind, _)| {
        let needed = sum(pools, |p, n| {
            let cost = pod_space_cost(model, p.max_pods).map_or(0, |(_, c)| c);
            u128::from(n) * u128::from(cost)
        });
        (kind, needed)
    });
    Figures {
        nodes,
        pods,
        node_ips,
        pod,
    }
}

/// The first pool's shape, for "how many nodes does this network hold".
fn capacity(
    model: NetworkModel,
    shape: Option<&PoolNodes>,
    extras: u64,
    node_subnet: Option<&IpNet>,
    pod_capacity: Option<u128>,
    node_limit: u64,
) -> Option<u64> {
    let shape = shape?;
    let node_cost = u128::from(node_subnet_cost(model, shape.max_pods));
    let by_subnet = usable_ips(node_subnet?).saturating_sub(u128::from(extras)) / node_cost.max(1);
    let mut nodes = by_subnet.min(u128::from(node_limit));
    if let Some((_, cost)) = pod_space_cost(model, shape.max_pods) {
        nodes = nodes.min(pod_capacity? / u128::from(cost.max(1)));
    }
    if model == NetworkModel::Kubenet {
        nodes = nodes.min(u128::from(limits::KUBENET_NODES));
    }
    Some(u64::try_from(nodes).unwrap_or(u64::MAX))
}

/// The node subnet's parts at the plan's most, for the bar.
fn layout(
    model: NetworkModel,
    pools: &[PoolNodes],
    extras: u64,
    subnet: &SubnetFigures,
) -> Vec<Segment> {
    let scaled: u128 = pools.iter().map(|p| u128::from(p.max)).sum();
    let surge: u128 = pools.iter().map(|p| u128::from(p.surge_nodes())).sum();
    let pods: u128 = if model == NetworkModel::NodeSubnet {
        pools
            .iter()
            .map(|p| u128::from(p.nodes().upgrade) * u128::from(p.max_pods))
            .sum()
    } else {
        0
    };
    let extras = u128::from(extras);
    let used = crate::rules::network::AZURE_RESERVED
        .saturating_add(scaled)
        .saturating_add(surge)
        .saturating_add(pods)
        .saturating_add(extras);
    let total = size(&subnet.net);
    let free = total.saturating_sub(used);
    let whole = total.max(used).max(1);
    let parts = [
        (Part::Reserved, crate::rules::network::AZURE_RESERVED),
        (Part::Nodes, scaled),
        (Part::Surge, surge),
        (Part::Pods, pods),
        (Part::Other, extras),
        (Part::Free, free),
    ];
    parts
        .iter()
        .map(|&(part, ips)| Segment {
            part,
            ips,
            permille: u64::try_from(ips.saturating_mul(1000) / whole).unwrap_or(1000),
        })
        .collect()
}

/// Computes the network report, the comparison of models, and their findings.
pub(super) fn evaluate(
    plan: &Plan,
    pools: &[PoolReport],
    findings: &mut Vec<Finding>,
) -> (NetworkReport, Vec<ModelSummary>) {
    let cluster = &plan.cluster;
    let model = cluster.network;
    let mut ctx = Ctx { findings };
    let a = addresses(cluster, &mut ctx);
    let extras_lbs = ctx.count(ClusterField::InternalLbs, &cluster.internal_lbs);
    let extras = extras_lbs
        .saturating_add(ctx.count(ClusterField::PrivateEndpoints, &cluster.private_endpoints))
        .saturating_add(ctx.count(ClusterField::OtherIps, &cluster.other_ips))
        .saturating_add(u64::from(cluster.private_cluster));
    let node_limit = cluster.tier.node_limit();

    let windows_pools: Vec<usize> = plan
        .pools
        .iter()
        .enumerate()
        .filter(|(_, p)| p.os == OsType::Windows)
        .map(|(i, _)| i)
        .collect();
    let dual_stack = a
        .service_cidr
        .iter()
        .chain(&a.pod_cidr)
        .any(|n| matches!(n, IpNet::V6(_)));
    let pod_cidr_v4 = a.pod_cidr_v4;
    let pod_net = |m: NetworkModel| -> Option<IpNet> {
        if m.uses_pod_cidr() {
            pod_cidr_v4.map(IpNet::V4)
        } else if m.uses_pod_subnet() {
            a.pod_subnet
        } else {
            None
        }
    };

    // Every model, for the comparison; the chosen one again in detail below.
    let comparison: Vec<ModelSummary> = NetworkModel::ALL
        .iter()
        .map(|&m| {
            let nodes: Vec<PoolNodes> = pool_nodes(pools, m).into_iter().flatten().collect();
            let f = figures(m, &nodes, extras);
            let net = pod_net(m);
            let pod_capacity = f
                .pod
                .and_then(|(kind, _)| pod_space_capacity(kind, net.as_ref()?));
            let mut blockers = Vec::new();
            if m == NetworkModel::Kubenet && !windows_pools.is_empty() {
                blockers.push(Blocker::WindowsPools);
            }
            if m == NetworkModel::Kubenet && cluster.virtual_nodes {
                blockers.push(Blocker::VirtualNodes);
            }
            if m != NetworkModel::Overlay && dual_stack {
                blockers.push(Blocker::DualStack);
            }
            if m == NetworkModel::Kubenet && cluster.dataplane == Dataplane::Cilium {
                blockers.push(Blocker::Cilium);
            }
            ModelSummary {
                model: m,
                node_ips: f.node_ips.upgrade,
                node_usable: a.node_subnet.as_ref().map(usable_ips),
                smallest_node: smallest_subnet(f.node_ips.upgrade),
                pod_kind: f.pod.map(|(kind, _)| kind),
                pod_needed: f.pod.map_or(0, |(_, n)| n.upgrade),
                pod_capacity,
                smallest_pod: f
                    .pod
                    .and_then(|(kind, n)| smallest_pod_space(kind, n.upgrade)),
                capacity_nodes: capacity(
                    m,
                    nodes.first(),
                    extras,
                    a.node_subnet.as_ref(),
                    pod_capacity,
                    node_limit,
                ),
                blockers,
            }
        })
        .collect();

    let per_pool = pool_nodes(pools, model);
    let partial = per_pool.iter().any(Option::is_none);
    let nodes: Vec<PoolNodes> = per_pool.iter().flatten().copied().collect();
    let f = figures(model, &nodes, extras);
    let node_subnet = a.node_subnet.map(|net| SubnetFigures {
        net,
        usable: usable_ips(&net),
        needed: f.node_ips,
        smallest: smallest_subnet(f.node_ips.upgrade),
    });
    let pod_space = f.pod.map(|(kind, needed)| {
        let net = pod_net(model);
        PodSpaceFigures {
            kind,
            net,
            capacity: net.as_ref().and_then(|n| pod_space_capacity(kind, n)),
            needed,
            smallest: smallest_pod_space(kind, needed.upgrade),
        }
    });

    // Does it fit? Say it the way AKS would, for the first situation that fails.
    if let Some(s) = &node_subnet {
        for (needed, upgrade) in [(s.needed.scaled, false), (s.needed.upgrade, true)] {
            if needed > s.usable {
                ctx.error(
                    ClusterField::NodeSubnet,
                    Issue::SubnetFull {
                        needed,
                        usable: s.usable,
                        upgrade,
                        smallest: s.smallest,
                    },
                );
                break;
            }
        }
    }
    if let Some(PodSpaceFigures {
        kind,
        capacity: Some(capacity),
        needed,
        smallest,
        ..
    }) = pod_space
    {
        let field = if model.uses_pod_cidr() {
            ClusterField::PodCidr
        } else {
            ClusterField::PodSubnet
        };
        for (n, upgrade) in [(needed.scaled, false), (needed.upgrade, true)] {
            if n > capacity {
                let issue = if kind == PodSpaceKind::DynamicIps {
                    Issue::SubnetFull {
                        needed: n,
                        usable: capacity,
                        upgrade,
                        smallest,
                    }
                } else {
                    Issue::PodSpaceFull {
                        kind,
                        needed: n,
                        capacity,
                        upgrade,
                        smallest,
                    }
                };
                ctx.error(field, issue);
                break;
            }
        }
    }

    // Limits.
    let most = f.nodes.upgrade;
    if model == NetworkModel::Kubenet {
        ctx.push(
            Severity::Info,
            ClusterField::Network,
            Issue::KubenetRetiring,
        );
        if most > limits::KUBENET_NODES {
            ctx.error(
                ClusterField::Network,
                Issue::KubenetRouteLimit { nodes: most },
            );
        }
        for &i in &windows_pools {
            ctx.findings.push(Finding::error(
                At::Pool(i, PoolField::Os),
                Issue::WindowsNeedsAzureCni,
            ));
        }
        if cluster.virtual_nodes {
            ctx.error(ClusterField::VirtualNodes, Issue::VirtualNodesNeedAzureCni);
        }
    }
    // The node limit: an error once scaled out, a warning when only the upgrade's surge
    // nodes cross it.
    if f.nodes.scaled > node_limit || most > node_limit {
        let surge = f.nodes.scaled <= node_limit;
        ctx.push(
            if surge {
                Severity::Warning
            } else {
                Severity::Error
            },
            ClusterField::Tier,
            Issue::ClusterNodeLimit {
                nodes: if surge { most } else { f.nodes.scaled },
                limit: node_limit,
                surge,
            },
        );
    }
    if cluster.dataplane == Dataplane::Cilium {
        if model == NetworkModel::Kubenet {
            ctx.error(ClusterField::Dataplane, Issue::CiliumNeedsAzureCni);
        }
        for &i in &windows_pools {
            ctx.findings.push(Finding::error(
                At::Pool(i, PoolField::Os),
                Issue::CiliumNoWindows,
            ));
        }
    }
    if extras_lbs > limits::LOAD_BALANCED_SERVICES {
        ctx.warning(
            ClusterField::InternalLbs,
            Issue::TooManyLoadBalancers { count: extras_lbs },
        );
    }
    for (i, p) in per_pool.iter().enumerate() {
        let Some(p) = p else { continue };
        let with_surge = p.nodes().upgrade;
        // Over 1,000 without surge is already reported at the count.
        if with_surge > limits::NODES_PER_POOL && p.max <= limits::NODES_PER_POOL {
            ctx.findings.push(Finding::error(
                At::Pool(i, PoolField::MaxSurge),
                Issue::PoolLimitWithSurge {
                    nodes: with_surge,
                    surge: p.surge_nodes(),
                },
            ));
        }
    }
    match model {
        NetworkModel::Overlay if f.pods.scaled > limits::OVERLAY_PODS => ctx.warning(
            ClusterField::PodCidr,
            Issue::OverlayPodLimit {
                pods: f.pods.scaled,
            },
        ),
        NetworkModel::PodSubnetDynamic if f.pods.scaled > limits::DYNAMIC_PODS => ctx.warning(
            ClusterField::PodSubnet,
            Issue::DynamicPodLimit {
                pods: f.pods.scaled,
            },
        ),
        _ => {}
    }
    let vnet_ips = f.node_ips.upgrade.saturating_add(match pod_space {
        Some(PodSpaceFigures {
            kind: PodSpaceKind::DynamicIps,
            needed,
            ..
        }) => needed.upgrade,
        Some(PodSpaceFigures {
            kind: PodSpaceKind::StaticBlocks,
            needed,
            ..
        }) => needed.upgrade.saturating_mul(16),
        _ => 0,
    });
    if vnet_ips > limits::VNET_IPS {
        ctx.error(ClusterField::Vnet, Issue::VnetIpLimit { ips: vnet_ips });
    }

    let pod_capacity = pod_space.and_then(|p| p.capacity);
    let capacity_nodes = capacity(
        model,
        nodes.first(),
        extras,
        a.node_subnet.as_ref(),
        pod_capacity,
        node_limit,
    );
    let capacity_pods = capacity_nodes
        .zip(nodes.first())
        .map(|(n, p)| n.saturating_mul(p.max_pods));
    // For each pool: the most nodes it can add, counting the surge nodes they bring.
    let more_nodes = per_pool
        .iter()
        .map(|p| {
            let p = p.as_ref()?;
            let s = node_subnet.as_ref()?;
            let pod = match (pod_space, pod_space_cost(model, p.max_pods)) {
                (Some(space), Some((_, cost))) => {
                    Some((space.capacity?, space.needed.upgrade, cost))
                }
                _ => None,
            };
            let before = p.nodes().upgrade;
            let node_cost = u128::from(node_subnet_cost(model, p.max_pods));
            let fits = |k: u64| {
                let grown = PoolNodes {
                    max: p.max.saturating_add(k),
                    ..*p
                }
                .nodes()
                .upgrade;
                let extra = u128::from(grown.saturating_sub(before));
                let total = most.saturating_add(grown.saturating_sub(before));
                s.needed
                    .upgrade
                    .saturating_add(extra.saturating_mul(node_cost))
                    <= s.usable
                    && grown <= limits::NODES_PER_POOL
                    && total <= node_limit
                    && (model != NetworkModel::Kubenet || total <= limits::KUBENET_NODES)
                    && pod.is_none_or(|(capacity, needed, cost)| {
                        needed.saturating_add(extra.saturating_mul(u128::from(cost))) <= capacity
                    })
            };
            if !fits(0) {
                return Some(0);
            }
            // The largest k that fits: growing a pool only ever uses more.
            let (mut lo, mut hi) = (0u64, limits::NODES_PER_POOL.max(node_limit) + 1);
            while lo + 1 < hi {
                let mid = lo + (hi - lo) / 2;
                if fits(mid) { lo = mid } else { hi = mid }
            }
            Some(lo)
        })
        .collect();
    let layout = node_subnet
        .as_ref()
        .map(|s| layout(model, &nodes, extras, s))
        .unwrap_or_default();

    let report = NetworkReport {
        model,
        nodes: f.nodes,
        pods: f.pods,
        extras,
        node_subnet,
        pod_space,
        capacity_nodes,
        capacity_pods,
        more_nodes,
        layout,
        pod_cidr_v4: pod_cidr_v4.filter(|_| model.uses_pod_cidr()),
        partial,
    };
    (report, comparison)
}
