//! The plan's outbound settings as the snippets write them (aks-rules §9): what `az aks create`,
//! azurerm's `network_profile` and ARM's `networkProfile` get for the outbound type, and what
//! must exist on the node subnets before the cluster (the route table of userDefinedRouting, the
//! NAT gateway of userAssignedNATGateway).
//!
//! Values are what was typed, trimmed (the tools then check them, as the header warns when the
//! plan has errors); only the fields the outbound type uses are read, as the page shows them.
//! Uses only the plan and its report, so every tool writes the same values.

use alloc::format;
use alloc::string::String;

use crate::evaluate::{Report, Snat};
use crate::plan::Plan;
use crate::rules::outbound::OutboundType;

/// Written where userDefinedRouting has no firewall IP the plan can read: not an address, so
/// Azure refuses the route.
pub(super) const NO_NEXT_HOP: &str = "<firewall private IP: see the findings of the plan>";

/// `loadBalancer`: what the plan sets of the load balancer's outbound.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct LbOut<'a> {
    /// `--load-balancer-managed-outbound-ip-count`, when the plan has no IPs of its own.
    pub managed_ips: Option<&'a str>,
    /// The count of your own public IPs: the snippets cannot name them, so a comment.
    pub own_ips: Option<&'a str>,
    /// `--load-balancer-outbound-ports` (allocatedOutboundPorts).
    pub ports: Option<&'a str>,
    /// `--load-balancer-idle-timeout` in minutes.
    pub idle: Option<&'a str>,
}

/// How the cluster's traffic leaves it, with what each tool writes for it.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Egress<'a> {
    LoadBalancer(LbOut<'a>),
    /// An AKS-managed NAT gateway; `v2`: the StandardV2 SKU (`managedNATGatewayV2`, preview).
    ManagedNat {
        v2: bool,
        ips: Option<&'a str>,
        idle: Option<&'a str>,
    },
    /// Your own NAT gateway with `ips` public IPs (1–16), associated to the egress subnets.
    UserNat {
        ips: u64,
    },
    /// Your route table: 0.0.0.0/0 to the firewall or NVA at `next_hop`.
    Udr {
        next_hop: String,
    },
    /// `none` or (`block`) a network isolated cluster: no outbound path.
    Isolated {
        block: bool,
    },
}

/// A field as typed, trimmed; `None` when empty (AKS's default).
fn typed(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

/// The plan's outbound as the snippets write it.
pub(super) fn egress<'a>(plan: &'a Plan, report: &Report) -> Egress<'a> {
    let o = &plan.cluster.outbound;
    match o.outbound_type {
        OutboundType::LoadBalancer => {
            let own_ips = typed(&o.lb_own_ips);
            Egress::LoadBalancer(LbOut {
                managed_ips: typed(&o.lb_managed_ips).filter(|_| own_ips.is_none()),
                own_ips,
                ports: typed(&o.lb_ports),
                idle: typed(&o.lb_idle),
            })
        }
        OutboundType::ManagedNatGateway | OutboundType::ManagedNatGatewayV2 => Egress::ManagedNat {
            v2: o.outbound_type == OutboundType::ManagedNatGatewayV2,
            ips: typed(&o.nat_ips),
            idle: typed(&o.nat_idle),
        },
        // The report's count is within 1–16 or unreadable (a finding): the NAT gateway then
        // gets AKS's default of one IP, and the output stays bounded.
        OutboundType::UserAssignedNatGateway => Egress::UserNat {
            ips: match report.outbound.snat {
                Snat::NatGateway(n) => n.ips.unwrap_or(1),
                _ => 1,
            },
        },
        OutboundType::UserDefinedRouting => Egress::Udr {
            next_hop: match report.outbound.snat {
                Snat::Firewall(f) => f
                    .next_hop
                    .map_or_else(|| String::from(NO_NEXT_HOP), |ip| format!("{ip}")),
                _ => String::from(NO_NEXT_HOP),
            },
        },
        OutboundType::None | OutboundType::Block => Egress::Isolated {
            block: o.outbound_type == OutboundType::Block,
        },
    }
}

impl Egress<'_> {
    /// The `outbound_type` / `outboundType` / `--outbound-type` value when it is not the
    /// default. The NAT gateway V2 is `managedNATGateway` with the StandardV2 SKU in the stable
    /// API (2026-06-01) and azure-cli 2.91.0; each tool says how it writes it.
    pub fn outbound_type(&self) -> Option<&'static str> {
        Some(match self {
            Egress::LoadBalancer(_) => return None,
            Egress::ManagedNat { .. } => OutboundType::ManagedNatGateway.id(),
            Egress::UserNat { .. } => OutboundType::UserAssignedNatGateway.id(),
            Egress::Udr { .. } => OutboundType::UserDefinedRouting.id(),
            Egress::Isolated { block: false } => OutboundType::None.id(),
            Egress::Isolated { block: true } => OutboundType::Block.id(),
        })
    }
}

/// The managed NAT gateway's SKU: the ARM / `--outbound-type-sku` value.
pub(super) fn nat_sku(v2: bool) -> &'static str {
    if v2 { "StandardV2" } else { "Standard" }
}
