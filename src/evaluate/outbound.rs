//! The outbound half of [`super::evaluate`] (aks-rules §9–§11): which outbound types the VNet
//! allows, SNAT capacity (`snat`), the egress allow-list and the control-plane path (`egress`),
//! and what AKS creates (`created`). It runs after the network part and counts nodes as it does.

use alloc::vec::Vec;

use super::finding::{Finding, Severity};
use super::outbound_ctx::{NO_MAX, OutCtx};
use super::outbound_issue::OutboundIssue as O;
use super::outbound_report::{CreatedReport, EgressReport, OutboundReport, Verdict};
use super::report::{DesignReport, NetworkReport, PoolReport};
use super::{created, egress, snat};
use crate::plan::Plan;
use crate::plan::field::OutboundField as F;
use crate::rules::outbound::{Migration, OutboundType, VnetKind, migration};

/// Which VNet the plan uses, and whether the outbound type may be used in it.
fn check_type(plan: &Plan, ctx: &mut OutCtx<'_>) -> (VnetKind, bool) {
    let o = &plan.cluster.outbound;
    let t = o.outbound_type;
    let vnet = if o.managed_vnet {
        VnetKind::Managed
    } else {
        VnetKind::Own
    };
    if o.managed_vnet {
        ctx.push(Severity::Info, F::ManagedVnet, O::ManagedVnetDefaults);
        // A §7 conflict on dates only, nothing to change in the plan: a note with both dates.
        ctx.push(Severity::Info, F::ManagedVnet, O::ManagedVnetPrivateSubnets);
    }
    let allowed = t.allowed_in(vnet);
    if !allowed {
        let issue = match vnet {
            VnetKind::Own => O::NeedsManagedVnet { outbound_type: t },
            VnetKind::Managed => O::NeedsOwnVnet { outbound_type: t },
        };
        ctx.push(Severity::Error, F::Type, issue);
    }
    if t.preview() {
        ctx.push(Severity::Info, F::Type, O::Preview { outbound_type: t });
    }
    if t == OutboundType::ManagedNatGatewayV2 {
        ctx.push(Severity::Info, F::Type, O::NatV2Naming);
        ctx.push(Severity::Info, F::Type, O::V2MigrationDisputed);
    }
    (vnet, allowed)
}

/// A Standard NAT gateway gives IPv4 only: "Standard NAT Gateway, which supports only IPv4. For
/// dual-stack egress, use StandardV2 NAT Gateway" (aks-docs `azure-cni-overlay.md`).
fn check_nat_dual_stack(t: OutboundType, dual_stack: bool, ctx: &mut OutCtx<'_>) {
    let user_assigned = match t {
        OutboundType::ManagedNatGateway => false,
        OutboundType::UserAssignedNatGateway => true,
        _ => return,
    };
    if dual_stack {
        ctx.push(Severity::Warning, F::Type, O::NatIpv4Only { user_assigned });
    }
}

/// Every type the plan's type may become later, in this VNet.
fn migrations(from: OutboundType, vnet: VnetKind) -> Vec<(OutboundType, Migration)> {
    OutboundType::ALL
        .into_iter()
        .filter(|to| *to != from && to.allowed_in(vnet))
        .map(|to| (to, migration(from, to, vnet)))
        .collect()
}

/// Evaluates the outbound settings, the egress rules and the names; findings go to `findings`.
pub(super) fn evaluate(
    plan: &Plan,
    pools: &[PoolReport],
    network: &NetworkReport,
    design: &DesignReport,
    findings: &mut Vec<Finding>,
) -> (OutboundReport, EgressReport, CreatedReport) {
    let mut ctx = OutCtx { findings };
    let o = &plan.cluster.outbound;
    let (vnet, allowed) = check_type(plan, &mut ctx);
    check_nat_dual_stack(o.outbound_type, network.dual_stack, &mut ctx);
    let connections = ctx.count(F::Connections, &o.connections, None, (1, NO_MAX));
    // Read for the resource list; its errors belong to this field.
    let _ = ctx.count(F::PublicLbs, &o.public_lbs, Some(0), (0, NO_MAX));
    let nodes = network.nodes;
    let (snat, mut verdict) = snat::evaluate(o, nodes, connections, &mut ctx);
    if !allowed {
        verdict = snat::worse(verdict, Verdict::NotAllowed);
    }
    let created = created::evaluate(plan, &mut ctx);
    let egress = egress::evaluate(plan, pools, network, design, &created.region, &mut ctx);
    let report = OutboundReport {
        outbound_type: o.outbound_type,
        vnet,
        nodes,
        partial: network.partial,
        connections,
        snat,
        verdict,
        migrations: migrations(o.outbound_type, vnet),
    };
    (report, egress, created)
}
