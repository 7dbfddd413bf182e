//! Which AKS error a text holds, and its numbers, ranges and names. Each sentence is quoted from
//! where AKS printed it in public (the sources are in [`Kind::source`] and in the tests).
//! When a text holds several, the one written first is taken.

use alloc::string::String;
use core::net::Ipv4Addr;

use ipnet::Ipv4Net;

use super::scan::{self, Cleaned, Hit, P};
use crate::rules::catalogue::{self, VmSize};

/// The errors this page explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    InsufficientSubnetSize,
    InsufficientPodCidr,
    SubnetIsFull,
    SubnetIsDelegated,
    AllocatedOutboundPorts,
    CidrOverlapVnet,
    ServiceCidrOverlap,
    DnsOutsideService,
    ReservedRange,
    MaxPods,
    SystemPoolSku,
    NoSystemPool,
    PoolCount,
    SurgeOver1000,
    DialingBackend,
}

impl Kind {
    pub const ALL: [Kind; 15] = [
        Kind::InsufficientSubnetSize,
        Kind::InsufficientPodCidr,
        Kind::SubnetIsFull,
        Kind::SubnetIsDelegated,
        Kind::AllocatedOutboundPorts,
        Kind::CidrOverlapVnet,
        Kind::ServiceCidrOverlap,
        Kind::DnsOutsideService,
        Kind::ReservedRange,
        Kind::MaxPods,
        Kind::SystemPoolSku,
        Kind::NoSystemPool,
        Kind::PoolCount,
        Kind::SurgeOver1000,
        Kind::DialingBackend,
    ];

    /// The code AKS prints (or the words of the message, where it prints none).
    pub fn code(self) -> &'static str {
        match self {
            Kind::InsufficientSubnetSize => "InsufficientSubnetSize",
            Kind::InsufficientPodCidr => "InsufficientPodCidr",
            Kind::SubnetIsFull => "SubnetIsFull",
            Kind::SubnetIsDelegated => "SubnetIsDelegated",
            Kind::AllocatedOutboundPorts => "InvalidLoadBalancerProfileAllocatedOutboundPorts",
            Kind::CidrOverlapVnet => "NetworkProfileCIDROverlapVNET",
            Kind::ServiceCidrOverlap => "ServiceCidrOverlapExistingSubnetsCidr",
            Kind::DnsOutsideService => "DnsServiceIpOutOfServiceCidr",
            Kind::ReservedRange => "169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16, 192.0.2.0/24",
            Kind::MaxPods => "maxPods",
            Kind::SystemPoolSku => "SystemPoolSkuTooLow",
            Kind::NoSystemPool => "There has to be at least one system agent pool",
            Kind::PoolCount => "agentPoolProfile.count",
            Kind::SurgeOver1000 => "node count + surge > 1,000",
            Kind::DialingBackend => "error dialing backend",
        }
    }

    /// A public page where AKS printed it (or, where no page quotes the message, the rule).
    pub fn source(self) -> &'static str {
        match self {
            Kind::InsufficientSubnetSize => "https://github.com/Azure/AKS/issues/3653",
            Kind::InsufficientPodCidr => "https://github.com/Azure/AKS-Construction/issues/357",
            Kind::SubnetIsFull => {
                "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-subnetisfull"
            }
            Kind::SubnetIsDelegated => "https://github.com/MicrosoftDocs/azure-docs/issues/69774",
            Kind::AllocatedOutboundPorts => {
                "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-invalidloadbalancerprofileallocatedoutboundports"
            }
            Kind::CidrOverlapVnet => "https://github.com/Azure/AKS-Construction/issues/403",
            Kind::ServiceCidrOverlap => "https://github.com/Azure/azure-cli/issues/20810",
            Kind::DnsOutsideService => {
                "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-dnsserviceipoutofservicecidr"
            }
            Kind::ReservedRange => {
                "https://learn.microsoft.com/azure/aks/concepts-network-cni-overview"
            }
            Kind::MaxPods => "https://github.com/Azure/AKS/issues/931",
            Kind::SystemPoolSku => "https://github.com/MicrosoftDocs/azure-dev-docs/issues/216",
            Kind::NoSystemPool => "https://github.com/Azure/azure-cli/issues/13420",
            Kind::PoolCount => {
                "https://github.com/kubernetes-sigs/cluster-api-provider-azure/issues/5947"
            }
            Kind::SurgeOver1000 => {
                "https://learn.microsoft.com/azure/aks/upgrade-aks-node-pools-rolling"
            }
            Kind::DialingBackend => {
                "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/tunnel-connectivity-issues"
            }
        }
    }
}

/// Which of its formats an `InsufficientSubnetSize` sentence has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubnetFormat {
    /// `Pre-allocated IPs 255 exceeds IPs available 251 in Subnet Cidr 10.10.0.0/24, Subnet Name
    /// AKS.` (Azure/AKS#3653, 2023): surge counted.
    Current,
    /// `… IPs available 251 in Subnet Cidr 10.142.26.0/24` with no name (Azure/AKS#1795, 2020).
    WithCidr,
    /// `Pre-allocated IPs 310 exceeds IPs available in Subnet 251` (Azure/AKS#456, 2018;
    /// rancher/rancher#20784): no CIDR, and no surge counted then.
    Old,
}

/// The range a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeTarget {
    PodCidr,
    ServiceCidr,
}

/// An error read from the text, with what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// `InsufficientSubnetSize` of a node (or pod) subnet.
    SubnetSize {
        needed: u128,
        available: u128,
        cidr: Option<Ipv4Net>,
        name: Option<String>,
        format: SubnetFormat,
    },
    /// The pod CIDR, at 256 addresses per node: overlay's `InsufficientSubnetSize` of
    /// `networkProfile.podCIDR`, or kubenet's `InsufficientPodCidr`.
    PodCidr {
        kubenet: bool,
        needed: u128,
        available: u128,
        cidr: Ipv4Net,
    },
    /// `SubnetIsFull`: Azure had no room for `more` addresses.
    SubnetFull {
        name: String,
        prefix: Ipv4Net,
        more: u128,
    },
    /// `SubnetIsDelegated`: the last segment of the subnet's ID.
    Delegated {
        subnet: String,
    },
    /// `InvalidLoadBalancerProfileAllocatedOutboundPorts`; `ports` is `None` when the text lost
    /// the first sentence.
    Ports {
        ports: Option<u128>,
        nodes: u128,
        needed: u128,
        available: u128,
        ips: u128,
    },
    /// `NetworkProfileCIDROverlapVNET`; the target when the text says it.
    OverlapVnet {
        cidr: Ipv4Net,
        vnet: Ipv4Net,
        target: Option<RangeTarget>,
    },
    ServiceOverlapSubnet {
        service: Ipv4Net,
        subnet: Ipv4Net,
    },
    DnsOutside {
        ip: Ipv4Addr,
        service: Ipv4Net,
    },
    /// A pod or service range over one AKS reserves (no AKS message is quoted for it).
    Reserved {
        cidr: Ipv4Net,
        target: RangeTarget,
        reserved: &'static str,
    },
    /// `The value of parameter maxPods is invalid.`; the value when the text has one.
    MaxPods {
        value: Option<u128>,
    },
    SystemSku {
        pool: Option<String>,
        vm: Option<&'static VmSize>,
    },
    NoSystemPool,
    Count {
        count: u128,
        min: u128,
        max: u128,
    },
    SurgeOver1000,
    /// `error dialing backend`; `legacy` when the text names the tunnel pod.
    DialingBackend {
        node: Option<Ipv4Addr>,
        legacy: Option<bool>,
    },
    /// A code alone, without the sentence and its numbers.
    CodeOnly(Kind),
}

impl Found {
    pub fn kind(&self) -> Kind {
        match self {
            Found::SubnetSize { .. } => Kind::InsufficientSubnetSize,
            Found::PodCidr { kubenet: false, .. } => Kind::InsufficientSubnetSize,
            Found::PodCidr { kubenet: true, .. } => Kind::InsufficientPodCidr,
            Found::SubnetFull { .. } => Kind::SubnetIsFull,
            Found::Delegated { .. } => Kind::SubnetIsDelegated,
            Found::Ports { .. } => Kind::AllocatedOutboundPorts,
            Found::OverlapVnet { .. } => Kind::CidrOverlapVnet,
            Found::ServiceOverlapSubnet { .. } => Kind::ServiceCidrOverlap,
            Found::DnsOutside { .. } => Kind::DnsOutsideService,
            Found::Reserved { .. } => Kind::ReservedRange,
            Found::MaxPods { .. } => Kind::MaxPods,
            Found::SystemSku { .. } => Kind::SystemPoolSku,
            Found::NoSystemPool => Kind::NoSystemPool,
            Found::Count { .. } => Kind::PoolCount,
            Found::SurgeOver1000 => Kind::SurgeOver1000,
            Found::DialingBackend { .. } => Kind::DialingBackend,
            Found::CodeOnly(k) => *k,
        }
    }
}

use P::{Cidr, Ip, L, Name, Num};

const PRE: P = L("pre-allocated ips ");
const SUBNET_CURRENT: &[P] = &[
    PRE,
    Num,
    L(" exceeds ips available "),
    Num,
    L(" in subnet cidr "),
    Cidr,
    L(", subnet name "),
    Name,
];
const SUBNET_WITH_CIDR: &[P] = &[
    PRE,
    Num,
    L(" exceeds ips available "),
    Num,
    L(" in subnet cidr "),
    Cidr,
];
const SUBNET_OLD: &[P] = &[PRE, Num, L(" exceeds ips available in subnet "), Num];
const POD_CIDR: &[P] = &[
    PRE,
    Num,
    L(" exceeds ips available "),
    Num,
    L(" in pod cidr "),
    Cidr,
];
const FULL: &[P] = &[
    L("subnet "),
    Name,
    L(" with address prefix "),
    Cidr,
    L(" does not have enough capacity for "),
    Num,
    L(" ip address"),
];
const FULL_DOCS: &[P] = &[
    L("subnet "),
    Name,
    L(" with address prefix "),
    Cidr,
    L(" doesn't have enough capacity for "),
    Num,
    L(" ip address"),
];
const DELEGATED: &[P] = &[L("vnetsubnetid "), Name, L(" cannot be used as it")];
const PORTS: &[P] = &[
    L("total node count "),
    Num,
    L(" requires "),
    Num,
    L(" ports but only "),
    Num,
    L(" ports are available given "),
    Num,
    L(" outbound public ip"),
];
const ALLOCATED: &[P] = &[
    L("allocated ports "),
    Num,
    L(" is not in an allowable range"),
];
const OVERLAP_VNET: &[P] = &[
    L("networkprofile cidr "),
    Cidr,
    L(" overlaps with reserved vnet cidr "),
    Cidr,
];
const SERVICE_OVERLAP: &[P] = &[
    L("the specified service cidr "),
    Cidr,
    L(" is conflicted with an existing subnet cidr "),
    Cidr,
];
const DNS: &[P] = &[
    L("the dns service ip "),
    Ip,
    L(" is out of the range defined by service cidr "),
    Cidr,
];
const MAX_PODS: &[P] = &[L("parameter maxpods is invalid")];
const MAX_PODS_CLI: &[P] = &[L("--max-pods must be at least "), Num];
const SYSTEM_SKU: &[P] = &[L(
    "system node pool must use vm sku with more than 2 cores and 4gb memory",
)];
const POOL_NAME: &[P] = &[L("nodepool name: "), Name];
const NO_SYSTEM: &[P] = &[L("there has to be at least one system agent pool")];
const COUNT: &[P] = &[
    L("count was "),
    Num,
    L(". it must be greater or equal to mincount:"),
    Num,
    L(" and less than or equal to maxcount:"),
    Num,
];
const SURGE_1000: &[P] = &[L(
    "plus the calculated surge count would exceed 1,000 instances",
)];
const SURGE_1000_PLAIN: &[P] = &[L(
    "plus the calculated surge count would exceed 1000 instances",
)];
const DIALING: &[P] = &[L("error dialing backend")];
const DIAL_KUBELET: &[P] = &[L("dial tcp "), Ip, L(":10250")];

/// Every pattern with the error it starts: (pattern, which).
const SENTENCES: &[(&[P], Which)] = &[
    (SUBNET_CURRENT, Which::SubnetCurrent),
    (SUBNET_WITH_CIDR, Which::SubnetWithCidr),
    (POD_CIDR, Which::PodCidr),
    (SUBNET_OLD, Which::SubnetOld),
    (FULL, Which::Full),
    (FULL_DOCS, Which::Full),
    (DELEGATED, Which::Delegated),
    (PORTS, Which::Ports),
    (OVERLAP_VNET, Which::OverlapVnet),
    (SERVICE_OVERLAP, Which::ServiceOverlap),
    (DNS, Which::Dns),
    (MAX_PODS, Which::MaxPods),
    (MAX_PODS_CLI, Which::MaxPodsCli),
    (SYSTEM_SKU, Which::SystemSku),
    (NO_SYSTEM, Which::NoSystem),
    (COUNT, Which::Count),
    (SURGE_1000, Which::Surge),
    (SURGE_1000_PLAIN, Which::Surge),
    (DIALING, Which::Dialing),
    (DIAL_KUBELET, Which::Dialing),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    SubnetCurrent,
    SubnetWithCidr,
    PodCidr,
    SubnetOld,
    Full,
    Delegated,
    Ports,
    OverlapVnet,
    ServiceOverlap,
    Dns,
    MaxPods,
    MaxPodsCli,
    SystemSku,
    NoSystem,
    Count,
    Surge,
    Dialing,
}

/// Codes that name an error without its sentence.
const CODES: &[(&str, Kind)] = &[
    ("insufficientsubnetsize", Kind::InsufficientSubnetSize),
    ("insufficientpodcidr", Kind::InsufficientPodCidr),
    ("subnetisfull", Kind::SubnetIsFull),
    ("subnetisdelegated", Kind::SubnetIsDelegated),
    (
        "invalidloadbalancerprofileallocatedoutboundports",
        Kind::AllocatedOutboundPorts,
    ),
    ("networkprofilecidroverlapvnet", Kind::CidrOverlapVnet),
    (
        "servicecidroverlapexistingsubnetscidr",
        Kind::ServiceCidrOverlap,
    ),
    ("dnsserviceipoutofservicecidr", Kind::DnsOutsideService),
    ("insufficientmaxpods", Kind::MaxPods),
    ("systempoolskutoolow", Kind::SystemPoolSku),
    ("mustdefineatleastonesystempool", Kind::NoSystemPool),
];

/// The error written first in the text, if it is one this page knows.
pub fn recognise(c: &Cleaned) -> Option<Found> {
    let first = SENTENCES
        .iter()
        .enumerate()
        .filter_map(|(order, (pattern, which))| {
            scan::find(c, pattern).map(|hit| (hit, order, *which))
        })
        // The earliest; at the same place, the more specific pattern (listed first).
        .min_by_key(|(hit, order, _)| (hit.at, *order));
    if let Some((hit, _, which)) = first {
        if let Some(found) = read(c, &hit, which) {
            return Some(found);
        }
    }
    if let Some(found) = reserved(c) {
        return Some(found);
    }
    CODES
        .iter()
        .filter_map(|(code, kind)| scan::position(c, code).map(|at| (at, *kind)))
        .min_by_key(|(at, _)| *at)
        .map(|(_, kind)| Found::CodeOnly(kind))
}

fn read(c: &Cleaned, hit: &Hit, which: Which) -> Option<Found> {
    Some(match which {
        Which::SubnetCurrent | Which::SubnetWithCidr | Which::SubnetOld | Which::PodCidr => {
            subnet(hit, which)?
        }
        Which::Full => Found::SubnetFull {
            name: String::from(hit.name()?),
            prefix: hit.cidr(0)?,
            more: hit.num(0)?,
        },
        Which::Delegated => Found::Delegated {
            subnet: last_segment(hit.name()?),
        },
        Which::Ports => Found::Ports {
            ports: scan::find(c, ALLOCATED).and_then(|h| h.num(0)),
            nodes: hit.num(0)?,
            needed: hit.num(1)?,
            available: hit.num(2)?,
            ips: hit.num(3)?,
        },
        Which::OverlapVnet => Found::OverlapVnet {
            cidr: hit.cidr(0)?,
            vnet: hit.cidr(1)?,
            target: target_after(c, hit.end),
        },
        Which::ServiceOverlap => Found::ServiceOverlapSubnet {
            service: hit.cidr(0)?,
            subnet: hit.cidr(1)?,
        },
        Which::Dns => Found::DnsOutside {
            ip: hit.ip()?,
            service: hit.cidr(0)?,
        },
        Which::MaxPods | Which::MaxPodsCli => Found::MaxPods {
            value: scan::number_after(
                c,
                &[
                    "--max-pods",
                    "maxpods\":",
                    "maxpods\" :",
                    "max_pods =",
                    "max_pods=",
                    "max-pods=",
                ],
                4,
            ),
        },
        Which::SystemSku => Found::SystemSku {
            pool: scan::find(c, POOL_NAME).and_then(|h| h.name().map(String::from)),
            vm: scan::vm_words(c, 20).into_iter().find_map(catalogue::find),
        },
        Which::NoSystem => Found::NoSystemPool,
        Which::Count => Found::Count {
            count: hit.num(0)?,
            min: hit.num(1)?,
            max: hit.num(2)?,
        },
        Which::Surge => Found::SurgeOver1000,
        Which::Dialing => Found::DialingBackend {
            node: scan::find(c, DIAL_KUBELET).and_then(|h| h.ip()),
            legacy: tunnel_named(c),
        },
    })
}

fn subnet(hit: &Hit, which: Which) -> Option<Found> {
    let (needed, available) = (hit.num(0)?, hit.num(1)?);
    if which == Which::PodCidr {
        let cidr = hit.cidr(0)?;
        return Some(Found::PodCidr {
            kubenet: true,
            needed,
            available,
            cidr,
        });
    }
    let name = hit.name().map(String::from);
    if let (Some(n), Some(cidr)) = (&name, hit.cidr(0)) {
        // Overlay's pod CIDR is checked as a subnet of this name.
        if n.eq_ignore_ascii_case(crate::text::design::POD_CIDR_SUBNET_NAME) {
            return Some(Found::PodCidr {
                kubenet: false,
                needed,
                available,
                cidr,
            });
        }
    }
    let format = match which {
        Which::SubnetCurrent => SubnetFormat::Current,
        Which::SubnetWithCidr => SubnetFormat::WithCidr,
        _ => SubnetFormat::Old,
    };
    Some(Found::SubnetSize {
        needed,
        available,
        cidr: hit.cidr(0),
        name,
        format,
    })
}

/// `…/virtualNetworks/v/subnets/test` → `test`.
fn last_segment(id: &str) -> String {
    let lower = id.to_ascii_lowercase();
    let tail = match lower.rfind("/subnets/") {
        Some(at) => id.get(at + "/subnets/".len()..).unwrap_or(id),
        None => id.rsplit('/').next().unwrap_or(id),
    };
    String::from(tail.split('/').next().unwrap_or(tail))
}

/// `"target": "networkProfile.podCIDR"` written after the message (within a JSON body).
fn target_after(c: &Cleaned, from: usize) -> Option<RangeTarget> {
    let window = c.lower.get(from..).unwrap_or("");
    let window = window.get(..window.len().min(600)).unwrap_or(window);
    let pod = window.find("networkprofile.podcidr");
    let service = window.find("networkprofile.servicecidr");
    match (pod, service) {
        (Some(p), Some(s)) if s < p => Some(RangeTarget::ServiceCidr),
        (Some(_), _) => Some(RangeTarget::PodCidr),
        (None, Some(_)) => Some(RangeTarget::ServiceCidr),
        (None, None) => None,
    }
}

/// Whether the text names the old tunnel pods (true) or konnectivity (false).
fn tunnel_named(c: &Cleaned) -> Option<bool> {
    let old = ["tunnelfront", "tunnel-front", "aks-link"]
        .iter()
        .any(|w| c.lower.contains(w));
    if old {
        Some(true)
    } else if c.lower.contains("konnectivity") {
        Some(false)
    } else {
        None
    }
}

/// A service or pod range the text names that overlaps a range AKS reserves.
fn reserved(c: &Cleaned) -> Option<Found> {
    let keys: [(&[&str], RangeTarget); 2] = [
        (
            &[
                "service cidr",
                "service-cidr",
                "servicecidr",
                "service_cidr",
            ],
            RangeTarget::ServiceCidr,
        ),
        (
            &["pod cidr", "pod-cidr", "podcidr", "pod_cidr"],
            RangeTarget::PodCidr,
        ),
    ];
    let mut best: Option<(usize, Found)> = None;
    for (words, target) in keys {
        let Some((at, cidr)) = scan::cidr_after(c, words, 24) else {
            continue;
        };
        let net = ipnet::IpNet::V4(cidr);
        let Some(reserved) = crate::rules::address::forbidden_overlaps(&net)
            .first()
            .copied()
        else {
            continue;
        };
        if best.as_ref().is_none_or(|(b, _)| at < *b) {
            best = Some((
                at,
                Found::Reserved {
                    cidr,
                    target,
                    reserved,
                },
            ));
        }
    }
    best.map(|(_, f)| f)
}
