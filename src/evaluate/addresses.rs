//! The cluster-wide address ranges (aks-rules §5): the VNet's address space, the pod CIDR, the
//! service CIDR and its DNS IP, and the peered or on-premises ranges to stay clear of. Each is
//! read, then checked: ranges AKS refuses, public space, dual-stack, sizes, overlaps, the DNS IP.
//! The subnets inside the VNet are the design's (`design.rs`).

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::net::IpAddr;

use ipnet::{IpNet, Ipv4Net};

use super::finding::{At, DnsSlot, Finding, Issue, Role, Severity};
use crate::plan::field::ClusterField;
use crate::plan::ranges::{AddressError, parse_cidr_lenient, parse_ip, split_list};
use crate::plan::{Cluster, NetworkModel};
use crate::rules::address::{
    forbidden_overlaps, is_private, overlaps, size, vnet_forbidden_overlaps,
};
use crate::rules::limits;

/// The ranges as read.
#[derive(Default)]
pub(super) struct Addresses {
    pub vnet: Vec<IpNet>,
    /// The pod CIDR, when the chosen model uses one.
    pub pod_cidr: Vec<IpNet>,
    /// The IPv4 pod CIDR as typed, whatever the model (for the comparison).
    pub pod_cidr_v4: Option<Ipv4Net>,
    pub service_cidr: Vec<IpNet>,
    pub dns: Option<IpAddr>,
    pub listed: Vec<IpNet>,
}

impl Addresses {
    /// Whether the plan is dual-stack: an IPv6 pod or service range.
    pub fn dual_stack(&self) -> bool {
        self.service_cidr
            .iter()
            .chain(&self.pod_cidr)
            .any(|n| matches!(n, IpNet::V6(_)))
    }

    /// The IPv6 pod CIDR (dual-stack kubenet and overlay), whose /80s go to the nodes.
    pub fn pod_cidr_v6(&self) -> Option<ipnet::Ipv6Net> {
        self.pod_cidr.iter().find_map(|n| match n {
            IpNet::V6(v6) => Some(*v6),
            IpNet::V4(_) => None,
        })
    }

    /// What a subnet must stay clear of: the pod CIDR, the service CIDR, the listed ranges.
    pub fn to_avoid(&self) -> Vec<(Role, IpNet)> {
        let with =
            |role: Role, nets: &[IpNet]| nets.iter().map(move |n| (role, *n)).collect::<Vec<_>>();
        let mut out = with(Role::PodCidr, &self.pod_cidr);
        out.extend(with(Role::ServiceCidr, &self.service_cidr));
        out.extend(with(Role::Listed, &self.listed));
        out
    }
}

pub(super) struct Ctx<'a> {
    pub findings: &'a mut Vec<Finding>,
}

impl Ctx<'_> {
    pub fn push(&mut self, severity: Severity, field: ClusterField, issue: Issue) {
        self.findings.push(Finding {
            severity,
            at: Some(At::Cluster(field)),
            issue,
        });
    }

    pub fn error(&mut self, field: ClusterField, issue: Issue) {
        self.push(Severity::Error, field, issue);
    }

    pub fn warning(&mut self, field: ClusterField, issue: Issue) {
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
}

fn text_of(net: &IpNet) -> String {
    net.to_string()
}

/// Reads and checks the ranges (aks-rules §5).
pub(super) fn addresses(cluster: &Cluster, ctx: &mut Ctx<'_>) -> Addresses {
    let a = read(cluster, ctx);
    let model = cluster.network;
    check_reserved_and_public(&a, ctx);
    check_families(&a, model, ctx);
    check_sizes(&a, ctx);
    check_overlaps(&a, ctx);
    check_dns(&a, ctx);
    a
}

fn read(cluster: &Cluster, ctx: &mut Ctx<'_>) -> Addresses {
    let model = cluster.network;
    let vnet = ctx.cidrs(ClusterField::Vnet, &cluster.vnet, true);
    // A pod CIDR the model does not use is still read, quietly, for the comparison.
    let mut quiet = Ctx {
        findings: &mut Vec::new(),
    };
    let pod_cidr = if model.uses_pod_cidr() {
        ctx.cidrs(ClusterField::PodCidr, &cluster.pod_cidr, true)
    } else {
        quiet.cidrs(ClusterField::PodCidr, &cluster.pod_cidr, true)
    };
    let pod_cidr_v4 = pod_cidr.iter().find_map(|n| match n {
        IpNet::V4(v4) => Some(*v4),
        IpNet::V6(_) => None,
    });
    let service_cidr = ctx.cidrs(ClusterField::ServiceCidr, &cluster.service_cidr, true);
    let dns = match parse_ip(&cluster.dns_service_ip) {
        Ok(ip) => Some(ip),
        Err(e) => {
            ctx.error(ClusterField::DnsServiceIp, Issue::Address(e));
            None
        }
    };
    Addresses {
        vnet,
        pod_cidr: if model.uses_pod_cidr() {
            pod_cidr
        } else {
            Vec::new()
        },
        pod_cidr_v4,
        service_cidr,
        dns,
        listed: ctx.cidrs(ClusterField::ListedRanges, &cluster.listed_ranges, false),
    }
}

/// Ranges AKS refuses, ranges no VNet may use, and public space: a warning everywhere, the
/// overlay pod CIDR included ("Azure doesn't block the use of public IP ranges, they're outside
/// Microsoft's support scope", aks-rules §4c).
fn check_reserved_and_public(a: &Addresses, ctx: &mut Ctx<'_>) {
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
            if role == Role::Vnet {
                for reserved in vnet_forbidden_overlaps(net) {
                    let range = text_of(net);
                    ctx.error(field, Issue::VnetForbiddenRange { range, reserved });
                }
            }
            if !is_private(net) {
                let issue = Issue::NotPrivate {
                    range: text_of(net),
                    role,
                };
                ctx.warning(field, issue);
            }
        }
    }
}

/// Pod and service ranges: one IPv4, optionally one IPv6. Dual-stack runs on overlay and on
/// static block allocation (CHANGELOG 2026-06-19, which derives the pods' IPv6 range from the pod
/// subnet); kubenet dual-stack is planned as a what-if, its docs page having been removed.
fn check_families(a: &Addresses, model: NetworkModel, ctx: &mut Ctx<'_>) {
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
    let dual_stack_model = matches!(
        model,
        NetworkModel::Overlay | NetworkModel::PodSubnetStatic | NetworkModel::Kubenet
    );
    if service_v6 && !dual_stack_model {
        ctx.error(ClusterField::ServiceCidr, Issue::DualStackNeedsOverlay);
    } else if model.uses_pod_cidr() && pod_v6 != service_v6 {
        let field = if pod_v6 {
            ClusterField::ServiceCidr
        } else {
            ClusterField::PodCidr
        };
        ctx.error(field, Issue::DualStackIncomplete);
    } else if model == NetworkModel::Kubenet && pod_v6 {
        ctx.warning(ClusterField::PodCidr, Issue::KubenetDualStack);
    } else if model == NetworkModel::PodSubnetStatic && service_v6 {
        ctx.push(
            Severity::Info,
            ClusterField::ServiceCidr,
            Issue::DualStackStaticBlock,
        );
    }
}

/// A pod CIDR holds at least one /24; service ranges are /12 or smaller (IPv6: /108).
fn check_sizes(a: &Addresses, ctx: &mut Ctx<'_>) {
    for net in &a.pod_cidr {
        if matches!(net, IpNet::V4(v4) if v4.prefix_len() > 24) {
            let issue = Issue::PodCidrTooSmall {
                range: text_of(net),
            };
            ctx.error(ClusterField::PodCidr, issue);
        }
    }
    for net in &a.service_cidr {
        let field = ClusterField::ServiceCidr;
        match net {
            IpNet::V4(v4) if v4.prefix_len() < limits::SERVICE_CIDR_MIN_PREFIX => {
                let prefix = v4.prefix_len();
                ctx.error(field, Issue::ServiceCidrTooLarge { prefix });
            }
            IpNet::V4(v4) if v4.prefix_len() == limits::SERVICE_CIDR_MIN_PREFIX => {
                ctx.warning(field, Issue::ServiceCidrAt12)
            }
            IpNet::V6(v6) if v6.prefix_len() < limits::IPV6_SERVICE_MIN_PREFIX => {
                let prefix = v6.prefix_len();
                ctx.error(field, Issue::Ipv6ServiceTooLarge { prefix });
            }
            _ => {}
        }
    }
}

/// The pod CIDR and the service CIDR stay clear of the VNet and of each other; listed (peered,
/// on-premises) ranges are warned about.
fn check_overlaps(a: &Addresses, ctx: &mut Ctx<'_>) {
    let with = |role: Role, nets: &[IpNet]| nets.iter().map(|n| (role, *n)).collect::<Vec<_>>();
    let vnet = with(Role::Vnet, &a.vnet);
    let pods = with(Role::PodCidr, &a.pod_cidr);
    let listed = with(Role::Listed, &a.listed);
    use ClusterField as F;
    use Severity::{Error, Warning};
    let pod = (F::PodCidr, Role::PodCidr, &a.pod_cidr);
    let service = (F::ServiceCidr, Role::ServiceCidr, &a.service_cidr);
    let vnet_own = (F::Vnet, Role::Vnet, &a.vnet);
    for ((field, role, nets), others, severity) in [
        (pod, &vnet, Error),
        (pod, &listed, Warning),
        (service, &vnet, Error),
        (service, &pods, Error),
        (service, &listed, Warning),
        (vnet_own, &listed, Warning),
    ] {
        for net in nets.iter() {
            for (other_role, other) in others.iter().filter(|(_, o)| overlaps(net, o)) {
                let issue = Issue::Overlap {
                    range: text_of(net),
                    role,
                    other: text_of(other),
                    other_role: *other_role,
                };
                ctx.push(severity, field, issue);
            }
        }
    }
}

/// The DNS service IP: inside the service CIDR of its family, on an address Kubernetes can give a
/// Service (not the network address, not .1 of kubernetes.default, not the last).
fn check_dns(a: &Addresses, ctx: &mut Ctx<'_>) {
    let Some(ip) = a.dns else { return };
    let same_family = |n: &&IpNet| {
        matches!(
            (n, ip),
            (IpNet::V4(_), IpAddr::V4(_)) | (IpNet::V6(_), IpAddr::V6(_))
        )
    };
    let Some(cidr) = a
        .service_cidr
        .iter()
        .filter(same_family)
        .find(|n| n.contains(&ip))
    else {
        if let Some(cidr) = a.service_cidr.first() {
            let issue = Issue::DnsOutsideService {
                ip: ip.to_string(),
                cidr: text_of(cidr),
            };
            ctx.error(ClusterField::DnsServiceIp, issue);
        }
        return;
    };
    let offset = offset_in(cidr, ip);
    let last = size(cidr).saturating_sub(1);
    let slot = match offset {
        0 => Some(DnsSlot::Network),
        1 => Some(DnsSlot::First),
        o if o == last && matches!(cidr, IpNet::V4(_)) => Some(DnsSlot::Broadcast),
        _ => None,
    };
    if let Some(slot) = slot {
        let issue = Issue::DnsReserved {
            ip: ip.to_string(),
            slot,
        };
        ctx.error(ClusterField::DnsServiceIp, issue);
    }
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
