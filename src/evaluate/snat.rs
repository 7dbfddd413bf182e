//! SNAT capacity of the outbound type (aks-rules §9): the load balancer's ports per node and
//! AKS's own check of them, a NAT gateway's flows, Azure Firewall's ports. Nodes are counted as
//! the network counts them: every pool at its autoscaler maximum plus its surge nodes.

use super::finding::{Issue, Severity};
use super::outbound_ctx::{NO_MAX, OutCtx};
use super::outbound_issue::OutboundIssue as O;
use super::outbound_report::{FirewallSnat, LbSnat, NatSnat, Snat, Verdict};
use crate::plan::field::OutboundField as F;
use crate::plan::outbound::Outbound;
use crate::plan::ranges::parse_ip;
use crate::rules::network::Scenarios;
use crate::rules::outbound::{self as rules, OutboundType};
use crate::rules::typed::Trimmed;

/// The SNAT figures and their verdict for `nodes` (now / scaled / at the most).
pub(super) fn evaluate(
    o: &Outbound,
    nodes: Scenarios<u64>,
    connections: Option<u64>,
    ctx: &mut OutCtx<'_>,
) -> (Snat, Verdict) {
    match o.outbound_type {
        OutboundType::LoadBalancer => load_balancer(o, nodes, connections, ctx),
        OutboundType::ManagedNatGateway
        | OutboundType::ManagedNatGatewayV2
        | OutboundType::UserAssignedNatGateway => nat_gateway(o, nodes.upgrade, connections, ctx),
        OutboundType::UserDefinedRouting => firewall(o, nodes.upgrade, connections, ctx),
        OutboundType::None | OutboundType::Block => (Snat::Isolated, Verdict::Isolated),
    }
}

/// The load balancer's outbound IPs: your own when typed (they replace the managed ones),
/// otherwise the managed count (1–100, default 1).
fn lb_ips(o: &Outbound, ctx: &mut OutCtx<'_>) -> (Option<u64>, bool) {
    if o.lb_own_ips.trimmed().is_empty() {
        let ips = ctx.count(
            F::LbManagedIps,
            &o.lb_managed_ips,
            Some(1),
            rules::LB_MANAGED_IPS,
        );
        return (ips, false);
    }
    if !o.lb_managed_ips.trimmed().is_empty() {
        ctx.push(Severity::Warning, F::LbManagedIps, O::OwnIpsReplaceManaged);
    }
    (
        ctx.count(F::LbOwnIps, &o.lb_own_ips, None, (1, NO_MAX)),
        true,
    )
}

/// allocatedOutboundPorts: `Ok(None)` for AKS's table (empty or 0), `Err(())` when AKS would
/// refuse the value itself (reported at the field).
fn lb_ports(o: &Outbound, ctx: &mut OutCtx<'_>) -> Result<Option<u64>, ()> {
    let ports = ctx
        .count(F::LbPorts, &o.lb_ports, Some(0), (0, NO_MAX))
        .ok_or(())?;
    match rules::check_ports(ports) {
        Ok(()) => Ok(Some(ports).filter(|p| *p > 0)),
        Err(rules::PortsError::NotMultipleOf8) => {
            ctx.push(
                Severity::Error,
                F::LbPorts,
                O::PortsNotMultipleOf8 { ports },
            );
            Err(())
        }
        Err(rules::PortsError::AboveMax) => {
            ctx.push(Severity::Error, F::LbPorts, O::PortsAboveMax { ports });
            Err(())
        }
    }
}

/// An idle timeout in minutes; the load balancer's 101–120 work in the API but not in azurerm.
fn idle(o: &Outbound, lb: bool, ctx: &mut OutCtx<'_>) -> Option<u64> {
    let (field, text, default, range) = if lb {
        (
            F::LbIdle,
            &o.lb_idle,
            rules::LB_IDLE_DEFAULT,
            rules::LB_IDLE,
        )
    } else {
        (
            F::NatIdle,
            &o.nat_idle,
            rules::NAT_IDLE_DEFAULT,
            rules::NAT_IDLE,
        )
    };
    let minutes = ctx.count(field, text, Some(default), range)?;
    if lb && minutes > rules::LB_IDLE_TOOLS_MAX {
        ctx.push(Severity::Warning, field, O::IdleAboveToolsMax { minutes });
    }
    Some(minutes)
}

fn load_balancer(
    o: &Outbound,
    nodes: Scenarios<u64>,
    connections: Option<u64>,
    ctx: &mut OutCtx<'_>,
) -> (Snat, Verdict) {
    let (ips, own_ips) = lb_ips(o, ctx);
    let ports = lb_ports(o, ctx);
    let most = nodes.upgrade;
    let mut lb = LbSnat {
        ips,
        own_ips,
        available: ips.map(rules::lb_ports_available),
        idle_minutes: idle(o, true, ctx),
        target: connections
            .and_then(rules::ports_for)
            .map(|p| (p, rules::lb_ips_needed(most, p))),
        ..LbSnat::default()
    };
    let mut verdict = Verdict::Fits;
    match ports {
        Err(()) => verdict = Verdict::Refused,
        Ok(Some(p)) => {
            lb.allocated = Some(p);
            lb.ports_now = Some(p);
            lb.ports = Some(p);
            lb.needed = Some(u128::from(most) * u128::from(p));
            lb.max_nodes = ips.and_then(|ips| rules::lb_max_nodes(ips, p));
            if let Some(ips) = ips.filter(|ips| !rules::lb_fits(most, p, *ips)) {
                let issue = O::PortsRefused {
                    ports: p,
                    nodes: most,
                    needed: u128::from(most) * u128::from(p),
                    available: rules::lb_ports_available(ips),
                    ips,
                    ips_needed: rules::lb_ips_needed(most, p),
                    max_ports: rules::lb_max_ports(most, ips).unwrap_or(0),
                };
                ctx.push(Severity::Error, F::LbPorts, issue);
                verdict = Verdict::Refused;
            }
        }
        Ok(None) => table(&mut lb, nodes, ctx),
    }
    if ips.is_none() || lb.ports.is_none() {
        verdict = verdict_or_unknown(verdict);
    }
    if !own_ips {
        check_managed_max(&lb, most, ctx);
    }
    if let (Some(p), Some(c)) = (lb.ports, connections) {
        if c > p {
            let issue = O::LbExhaustion {
                ports: p,
                connections: c,
                target: lb.target,
            };
            ctx.push(Severity::Warning, F::Connections, issue);
            verdict = worse(verdict, Verdict::Exhaustion);
        }
    }
    (Snat::LoadBalancer(lb), verdict)
}

/// The outbound IPs the plan needs (for its allocated ports, or for the connections per node)
/// beyond the 100 AKS manages at most (`LB_MANAGED_IPS`, API "1 to 100").
fn check_managed_max(lb: &LbSnat, most: u64, ctx: &mut OutCtx<'_>) {
    let for_ports = lb.allocated.map(|p| rules::lb_ips_needed(most, p));
    let for_target = lb.target.map(|(_, ips)| ips);
    let (_, max) = rules::LB_MANAGED_IPS;
    if let Some(ips_needed) = for_ports.max(for_target).filter(|n| *n > max) {
        let issue = O::LbIpsAboveManagedMax { ips_needed, max };
        ctx.push(Severity::Warning, F::LbManagedIps, issue);
    }
}

/// AKS's table: ports by the node count, and where the plan's growth halves them.
fn table(lb: &mut LbSnat, nodes: Scenarios<u64>, ctx: &mut OutCtx<'_>) {
    lb.ports_now = rules::default_ports(nodes.now);
    lb.ports = rules::default_ports(nodes.upgrade);
    lb.cliff = rules::next_cliff(nodes.upgrade);
    match (lb.ports_now, lb.ports) {
        (Some(before), Some(after)) if after < before => {
            let issue = O::Cliff {
                from_nodes: nodes.now,
                to_nodes: nodes.upgrade,
                ports_before: before,
                ports_after: after,
            };
            ctx.push(Severity::Warning, F::LbPorts, issue);
        }
        (_, None) => {
            let issue = O::BeyondTable {
                nodes: nodes.upgrade,
            };
            ctx.push(Severity::Warning, F::LbPorts, issue);
        }
        _ => {}
    }
}

fn verdict_or_unknown(v: Verdict) -> Verdict {
    if v == Verdict::Fits {
        Verdict::Unknown
    } else {
        v
    }
}

/// The more serious of two verdicts: AKS refusing beats exhaustion beats not knowing.
pub(super) fn worse(a: Verdict, b: Verdict) -> Verdict {
    let rank = |v: Verdict| match v {
        Verdict::NotAllowed => 5,
        Verdict::Refused => 4,
        Verdict::Exhaustion => 3,
        Verdict::Unknown => 2,
        Verdict::Isolated => 1,
        Verdict::Fits => 0,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// Flows per node: what the IPs hold to one destination, shared by the nodes at the most.
fn per_node(total: u128, nodes: u64) -> Option<u64> {
    total
        .checked_div(u128::from(nodes))
        .map(|n| u64::try_from(n).unwrap_or(u64::MAX))
}

fn nat_gateway(
    o: &Outbound,
    most: u64,
    connections: Option<u64>,
    ctx: &mut OutCtx<'_>,
) -> (Snat, Verdict) {
    let managed = o.outbound_type != OutboundType::UserAssignedNatGateway;
    let ips = ctx.count(F::NatIps, &o.nat_ips, Some(1), rules::NAT_IPS);
    let flows = ips.map(rules::nat_flows);
    let needed = connections.map(|c| u128::from(most) * u128::from(c));
    let nat = NatSnat {
        managed,
        ips,
        flows,
        per_node: flows.and_then(|f| per_node(f, most)),
        needed,
        ips_needed: connections.map(|c| rules::nat_ips_needed(most, c)),
        idle_minutes: if managed { idle(o, false, ctx) } else { None },
    };
    let verdict = match (ips, flows, needed, nat.ips_needed) {
        (Some(ips), Some(flows), Some(needed), Some(ips_needed)) if needed > flows => {
            let issue = O::NatExhaustion {
                flows,
                needed,
                ips,
                ips_needed,
            };
            ctx.push(Severity::Warning, F::Connections, issue);
            Verdict::Exhaustion
        }
        (Some(_), ..) => Verdict::Fits,
        (None, ..) => Verdict::Unknown,
    };
    (Snat::NatGateway(nat), verdict)
}

fn firewall(
    o: &Outbound,
    most: u64,
    connections: Option<u64>,
    ctx: &mut OutCtx<'_>,
) -> (Snat, Verdict) {
    let next_hop = if o.firewall_ip.trimmed().is_empty() {
        None
    } else {
        parse_ip(&o.firewall_ip)
            .map_err(|e| ctx.input(F::FirewallIp, Issue::Address(e)))
            .ok()
    };
    let ips = ctx.count(
        F::FirewallIps,
        &o.firewall_ips,
        None,
        (1, rules::FIREWALL_MAX_IPS),
    );
    let instances = ctx
        .count(
            F::FirewallInstances,
            &o.firewall_instances,
            Some(2),
            (0, NO_MAX),
        )
        .filter(|n| {
            let ok = *n >= rules::FIREWALL_MIN_INSTANCES;
            if !ok {
                let issue = O::FirewallInstances { instances: *n };
                ctx.push(Severity::Error, F::FirewallInstances, issue);
            }
            ok
        });
    if let Some(ips) = ips.filter(|n| *n < rules::FIREWALL_PRODUCTION_IPS) {
        ctx.push(Severity::Info, F::FirewallIps, O::FirewallFewIps { ips });
    }
    let ports = ips.zip(instances).map(|(i, n)| rules::firewall_ports(i, n));
    let needed = connections.map(|c| u128::from(most) * u128::from(c));
    let fw = FirewallSnat {
        next_hop,
        ips,
        instances,
        ports,
        per_node: ports.and_then(|p| per_node(p, most)),
        needed,
        ips_needed: connections
            .zip(instances)
            .map(|(c, n)| rules::firewall_ips_needed(most, c, n)),
    };
    let verdict = match (ips, instances, ports, needed, fw.ips_needed) {
        (Some(ips), Some(instances), Some(ports), Some(needed), Some(ips_needed))
            if needed > ports =>
        {
            let issue = O::FirewallExhaustion {
                ports,
                needed,
                ips,
                instances,
                ips_needed,
            };
            ctx.push(Severity::Warning, F::Connections, issue);
            Verdict::Exhaustion
        }
        (_, _, Some(_), ..) => Verdict::Fits,
        _ => Verdict::Unknown,
    };
    (Snat::Firewall(fw), verdict)
}
