//! The network half of [`super::evaluate`]: reads the ranges (`addresses.rs`), evaluates the VNet
//! design (`design.rs`), then the pod space, the limits (aks-rules §4–§6), how many nodes the
//! network holds, and every model side by side.

use alloc::vec::Vec;

use ipnet::IpNet;

use super::addresses::{self, Addresses, Ctx};
use super::design::{self, first_pool};
use super::finding::{At, Finding, Issue, Severity, SubnetIssue};
use super::report::*;
use crate::plan::field::{ClusterField, PoolField};
use crate::plan::quantity::parse_count;
use crate::plan::{Cluster, Dataplane, NetworkModel, OsType, Plan};
use crate::rules::limits;
use crate::rules::network::{
    PodSpaceKind, PoolNodes, Scenarios, node_subnet_cost, pod_space_capacity, pod_space_cost,
    smallest_pod_space, smallest_subnet, sum,
};
use crate::rules::typed::Trimmed;

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

fn to_u64(s: Scenarios<u128>) -> Scenarios<u64> {
    let c = |v: u128| u64::try_from(v).unwrap_or(u64::MAX);
    Scenarios {
        now: c(s.now),
        scaled: c(s.scaled),
        upgrade: c(s.upgrade),
    }
}

/// Nodes and the pods they can hold, over the readable pools.
fn nodes_and_pods(pools: &[PoolNodes]) -> (Scenarios<u64>, Scenarios<u64>) {
    let nodes = to_u64(sum(pools, |_, n| u128::from(n)));
    let pods = to_u64(sum(pools, |p, n| u128::from(n) * u128::from(p.max_pods)));
    (nodes, pods)
}

/// Load-balancer frontends, private endpoints and other IPs, all counted in the first pool's
/// subnet, plus the private cluster's API server endpoint (none with VNet integration).
fn extras(cluster: &Cluster, ctx: &mut Ctx<'_>) -> (u64, u64) {
    let mut count = |field: ClusterField, text: &str| -> u64 {
        if text.trimmed().is_empty() {
            return 0;
        }
        parse_count(text).unwrap_or_else(|e| {
            ctx.error(field, Issue::Input(e));
            0
        })
    };
    let lbs = count(ClusterField::InternalLbs, &cluster.internal_lbs);
    let total = lbs
        .saturating_add(count(
            ClusterField::PrivateEndpoints,
            &cluster.private_endpoints,
        ))
        .saturating_add(count(ClusterField::OtherIps, &cluster.other_ips))
        .saturating_add(u64::from(
            cluster.private_cluster && !cluster.apiserver_vnet_integration,
        ));
    (lbs, total)
}

/// The pod CIDR of kubenet and overlay: a /24 per node, counted in nodes.
fn pod_cidr_space(model: NetworkModel, a: &Addresses, nodes: Scenarios<u64>) -> PodSpaceFigures {
    let net = a.pod_cidr_v4.map(IpNet::V4);
    let kind = PodSpaceKind::NodeBlocks;
    let needed = Scenarios {
        now: u128::from(nodes.now),
        scaled: u128::from(nodes.scaled),
        upgrade: u128::from(nodes.upgrade),
    };
    let _ = model;
    PodSpaceFigures {
        kind,
        net,
        capacity: net.as_ref().and_then(|n| pod_space_capacity(kind, n)),
        needed,
        smallest: smallest_pod_space(kind, needed.upgrade),
    }
}

/// The pods' space of a pod-subnet model: the first pool's pod subnet.
fn pod_subnet_space(
    model: NetworkModel,
    design: &DesignReport,
    first: usize,
) -> Option<PodSpaceFigures> {
    let (kind, _) = pod_space_cost(model, 0)?;
    let s = design
        .pod_subnet_of
        .get(first)
        .copied()
        .flatten()
        .and_then(|i| design.subnets.get(i));
    Some(PodSpaceFigures {
        kind,
        net: s.and_then(|s| s.net).map(IpNet::V4),
        capacity: s.and_then(|s| s.capacity),
        needed: s.map_or_else(Scenarios::default, |s| s.need),
        smallest: s.and_then(|s| s.smallest),
    })
}

/// AKS's check of the pod CIDR: 256 addresses per node and none reserved (aks-rules §4), each
/// pool at its count or autoscaler max-count, **without surge**. That is derived: AKS's message
/// and CHANGELOG 2023-05-07 name only max-count (rules-check A9b), and AKS-Construction#357's
/// "Pre-allocated IPs 768" is 3 × 256 for the template's one pool (autoscaler max-count 3,
/// maxSurge 33 %): with its surge node it would have read 1024. The surge nodes still take a /24
/// each during an upgrade: when only they do not fit, a warning in the page's words.
fn check_pod_cidr(model: NetworkModel, space: &PodSpaceFigures, ctx: &mut Ctx<'_>) {
    let (Some(capacity), Some(net)) = (space.capacity, space.net) else {
        return;
    };
    if space.needed.upgrade <= capacity {
        return;
    }
    let per_node = limits::IPS_PER_NODE_BLOCK;
    let kubenet = model == NetworkModel::Kubenet;
    let cidr = alloc::string::ToString::to_string(&net);
    let available = capacity.saturating_mul(per_node);
    if space.needed.scaled > capacity {
        let issue = SubnetIssue::PodCidrFull {
            kubenet,
            cidr,
            needed: space.needed.scaled.saturating_mul(per_node),
            available,
            smallest: space.smallest,
            surge_only: false,
        };
        ctx.error(ClusterField::PodCidr, Issue::Subnet(issue));
    } else {
        let issue = SubnetIssue::PodCidrSurge {
            kubenet,
            cidr,
            checked: space.needed.scaled.saturating_mul(per_node),
            needed: space.needed.upgrade.saturating_mul(per_node),
            available,
            smallest: space.smallest,
        };
        ctx.warning(ClusterField::PodCidr, Issue::Subnet(issue));
    }
}

/// The first pool's node subnet as the single-subnet figures of the page.
fn first_node_subnet(design: &DesignReport, first: usize) -> Option<SubnetFigures> {
    let s = design.node_subnet(first)?;
    Some(SubnetFigures {
        net: IpNet::V4(s.net?),
        usable: s.capacity?,
        needed: s.need,
        smallest: s.smallest,
    })
}

/// Computes the network report, the design, the comparison of models, and their findings.
pub(super) fn evaluate(
    plan: &Plan,
    pools: &[PoolReport],
    virtual_nodes_v2: u64,
    findings: &mut Vec<Finding>,
) -> (NetworkReport, Vec<ModelSummary>, DesignReport) {
    let cluster = &plan.cluster;
    let model = cluster.network;
    let mut ctx = Ctx { findings };
    let a = addresses::addresses(cluster, &mut ctx);
    super::virtual_nodes::check(plan, pools, virtual_nodes_v2, a.dual_stack(), ctx.findings);
    let (lbs, extras) = extras(cluster, &mut ctx);
    let per_pool = pool_nodes(pools, model);
    let avoid = a.to_avoid();
    let input = design::Input {
        plan,
        model,
        pools: &per_pool,
        vnet: &a.vnet,
        avoid: &avoid,
        dual_stack: a.dual_stack(),
        virtual_nodes_v2,
        extras,
    };
    let design = design::evaluate(&input, ctx.findings);
    let first = first_pool(plan);
    let nodes: Vec<PoolNodes> = per_pool.iter().flatten().copied().collect();
    let (node_counts, pods) = nodes_and_pods(&nodes);
    let pod_space = if model.uses_pod_cidr() {
        let space = pod_cidr_space(model, &a, node_counts);
        check_pod_cidr(model, &space, &mut ctx);
        Some(space)
    } else {
        pod_subnet_space(model, &design, first)
    };
    check_limits(plan, &per_pool, node_counts, pods, lbs, &design, &mut ctx);
    check_kubenet_dual_stack(model, &a, node_counts.upgrade, &mut ctx);
    let node_subnet = first_node_subnet(&design, first);
    let holds = first_pool_holds(plan, &per_pool, &design, pod_space.as_ref(), first);
    let capacity_nodes = holds.map(|t| t.nodes());
    let capacity_pods = capacity_nodes
        .zip(per_pool.get(first).copied().flatten())
        .map(|(n, p)| pods_not_multiplied(model, n.saturating_mul(p.max_pods), &mut ctx));
    let more_nodes = more_nodes(
        plan,
        &per_pool,
        &design,
        pod_space.as_ref(),
        node_counts.upgrade,
    );
    let comparison = compare(plan, pools, &a, &design, extras, virtual_nodes_v2);
    let layout = design
        .node_subnet(first)
        .map(|s| s.parts.clone())
        .unwrap_or_default();
    let report = NetworkReport {
        model,
        nodes: node_counts,
        pods,
        extras,
        node_subnet,
        pod_space,
        capacity_nodes,
        holds,
        capacity_pods,
        more_nodes,
        layout,
        pod_cidr_v4: a.pod_cidr_v4.filter(|_| model.uses_pod_cidr()),
        pod_cidr_v6: a.pod_cidr_v6(),
        dual_stack: a.dual_stack(),
        partial: per_pool.iter().any(Option::is_none),
    };
    (report, comparison, design)
}

/// kubenet dual-stack took two routes per node: at most 200 nodes (the removed docs page).
fn check_kubenet_dual_stack(model: NetworkModel, a: &Addresses, most: u64, ctx: &mut Ctx<'_>) {
    if model == NetworkModel::Kubenet && a.dual_stack() && most > limits::KUBENET_DUAL_STACK_NODES {
        let issue = Issue::KubenetDualStackLimit { nodes: most };
        ctx.error(ClusterField::Network, issue);
    }
}

/// The pods the network holds for the first pool's shape, capped at the model's pods per
/// cluster: "The maximum node and per-node pod values are independent limits. Don't multiply
/// them" (aks-rules §4c), so 5,000 nodes × 250 pods is not a cluster, 200,000 pods is.
fn pods_not_multiplied(model: NetworkModel, pods: u64, ctx: &mut Ctx<'_>) -> u64 {
    let (limit, field) = match model {
        NetworkModel::Overlay => (limits::OVERLAY_PODS, ClusterField::PodCidr),
        NetworkModel::PodSubnetDynamic => (limits::DYNAMIC_PODS, ClusterField::Network),
        _ => return pods,
    };
    if pods <= limit {
        return pods;
    }
    let issue = Issue::PodsNotMultiplied { pods, limit };
    ctx.push(Severity::Info, field, issue);
    limit
}

/// AKS's limits on nodes, pods and services, and the VNet's on addresses (aks-rules §4–§6).
fn check_limits(
    plan: &Plan,
    per_pool: &[Option<PoolNodes>],
    nodes: Scenarios<u64>,
    pods: Scenarios<u64>,
    lbs: u64,
    design: &DesignReport,
    ctx: &mut Ctx<'_>,
) {
    let cluster = &plan.cluster;
    let model = cluster.network;
    check_model_limits(plan, nodes.upgrade, ctx);
    // The node limit: an error once scaled out, a warning when only the upgrade's surge
    // nodes cross it.
    let node_limit = cluster.tier.node_limit();
    if nodes.scaled > node_limit || nodes.upgrade > node_limit {
        let surge = nodes.scaled <= node_limit;
        let severity = if surge {
            Severity::Warning
        } else {
            Severity::Error
        };
        let issue = Issue::ClusterNodeLimit {
            nodes: if surge { nodes.upgrade } else { nodes.scaled },
            limit: node_limit,
            surge,
        };
        ctx.push(severity, ClusterField::Tier, issue);
    }
    check_lb_rules(plan, lbs, ctx);
    for (i, p) in per_pool.iter().enumerate() {
        let Some(p) = p else { continue };
        let with_surge = p.nodes().upgrade;
        // Over 1,000 without surge is already reported at the count.
        if with_surge > limits::NODES_PER_POOL && p.max <= limits::NODES_PER_POOL {
            let issue = Issue::PoolLimitWithSurge {
                nodes: with_surge,
                surge: p.surge_nodes(),
            };
            ctx.findings
                .push(Finding::error(At::Pool(i, PoolField::MaxSurge), issue));
        }
    }
    match model {
        NetworkModel::Overlay if pods.scaled > limits::OVERLAY_PODS => {
            let issue = Issue::OverlayPodLimit { pods: pods.scaled };
            ctx.warning(ClusterField::PodCidr, issue);
        }
        NetworkModel::PodSubnetDynamic if pods.scaled > limits::DYNAMIC_PODS => {
            let issue = Issue::DynamicPodLimit { pods: pods.scaled };
            ctx.warning(ClusterField::Network, issue);
        }
        _ => {}
    }
    if design.ips_in_use > limits::VNET_IPS {
        let issue = Issue::VnetIpLimit {
            ips: design.ips_in_use,
        };
        ctx.error(ClusterField::Vnet, issue);
    }
}

/// Internal and public `LoadBalancer` services take at least one inbound load-balancing rule each
/// on every node NIC, which holds at most 300 (the public count's own errors are reported by the
/// outbound checks).
fn check_lb_rules(plan: &Plan, internal: u64, ctx: &mut Ctx<'_>) {
    let public = parse_count(&plan.cluster.outbound.public_lbs).unwrap_or(0);
    if internal.saturating_add(public) > limits::LB_RULES_PER_NIC {
        let field = if internal >= public {
            ClusterField::InternalLbs
        } else {
            ClusterField::Outbound(crate::plan::field::OutboundField::PublicLbs)
        };
        ctx.warning(field, Issue::TooManyLoadBalancers { internal, public });
    }
}

/// What kubenet and the Cilium data plane cannot run.
fn check_model_limits(plan: &Plan, most: u64, ctx: &mut Ctx<'_>) {
    let cluster = &plan.cluster;
    let windows_pools = plan
        .pools
        .iter()
        .enumerate()
        .filter(|(_, p)| p.os == OsType::Windows)
        .map(|(i, _)| i);
    if cluster.network == NetworkModel::Kubenet {
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
        for i in windows_pools.clone() {
            let at = At::Pool(i, PoolField::Os);
            ctx.findings
                .push(Finding::error(at, Issue::WindowsNeedsAzureCni));
        }
        if cluster.virtual_nodes {
            ctx.error(ClusterField::VirtualNodes, Issue::VirtualNodesNeedAzureCni);
        }
    }
    if cluster.dataplane == Dataplane::Cilium {
        if cluster.network == NetworkModel::Kubenet {
            ctx.error(ClusterField::Dataplane, Issue::CiliumNeedsAzureCni);
        }
        for i in windows_pools {
            let at = At::Pool(i, PoolField::Os);
            ctx.findings
                .push(Finding::error(at, Issue::CiliumNoWindows));
        }
    }
    check_wireguard(cluster, ctx);
}

/// WireGuard transit encryption: Cilium only ("WireGuard encryption is only supported with the
/// Azure CNI powered by Cilium", aks-docs `how-to-apply-wireguard.md`), and what it needs.
fn check_wireguard(cluster: &Cluster, ctx: &mut Ctx<'_>) {
    if !cluster.wireguard {
        return;
    }
    if cluster.dataplane == Dataplane::Cilium {
        ctx.push(
            Severity::Info,
            ClusterField::WireGuard,
            Issue::WireGuardAcns,
        );
    } else {
        ctx.error(ClusterField::WireGuard, Issue::WireGuardNeedsCilium);
    }
}

/// For each pool, the most nodes it can add beside the plan at its most, counting the surge
/// nodes they bring: its node subnet, its pod subnet or the pod CIDR, and the cluster's limits.
fn more_nodes(
    plan: &Plan,
    per_pool: &[Option<PoolNodes>],
    design: &DesignReport,
    pod_space: Option<&PodSpaceFigures>,
    most: u64,
) -> Vec<Option<u64>> {
    let model = plan.cluster.network;
    let node_limit = plan.cluster.tier.node_limit();
    per_pool
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let p = p.as_ref()?;
            let node_subnet = design.node_subnet(i)?;
            let pod_subnet = design
                .pod_subnet_of
                .get(i)
                .copied()
                .flatten()
                .and_then(|s| design.subnets.get(s));
            let before = p.nodes().upgrade;
            let node_cost = u128::from(node_subnet_cost(model, p.max_pods));
            let pod_cost = pod_space_cost(model, p.max_pods).map_or(0, |(_, c)| u128::from(c));
            let room = |s: &SubnetReport, extra: u128, cost: u128| {
                s.capacity
                    .is_some_and(|c| s.need.upgrade.saturating_add(extra.saturating_mul(cost)) <= c)
            };
            let fits = |k: u64| {
                let grown = PoolNodes {
                    max: p.max.saturating_add(k),
                    ..*p
                }
                .nodes()
                .upgrade;
                let extra = grown.saturating_sub(before);
                let total = most.saturating_add(extra);
                let extra = u128::from(extra);
                room(node_subnet, extra, node_cost)
                    && grown <= limits::NODES_PER_POOL
                    && total <= node_limit
                    && (model != NetworkModel::Kubenet || total <= limits::KUBENET_NODES)
                    && pod_subnet.is_none_or(|s| room(s, extra, pod_cost))
                    && (!model.uses_pod_cidr()
                        || pod_space.is_none_or(|s| {
                            s.capacity
                                .is_none_or(|c| s.needed.upgrade.saturating_add(extra) <= c)
                        }))
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
        .collect()
}

/// What the comparison of models shares.
struct Compare<'a> {
    plan: &'a Plan,
    a: &'a Addresses,
    design: &'a DesignReport,
    ips: Vec<u64>,
    extras: u64,
    first: usize,
    virtual_nodes_v2: u64,
}

/// Every network model for the same pools and the same design, for "what if we used overlay?".
fn compare(
    plan: &Plan,
    pools: &[PoolReport],
    a: &Addresses,
    design: &DesignReport,
    extras: u64,
    virtual_nodes_v2: u64,
) -> Vec<ModelSummary> {
    let cx = Compare {
        plan,
        a,
        design,
        ips: plan
            .cluster
            .subnets
            .iter()
            .map(|s| parse_count(&s.ips).unwrap_or(0))
            .collect(),
        extras,
        first: first_pool(plan),
        virtual_nodes_v2,
    };
    NetworkModel::ALL
        .iter()
        .map(|&m| summary(m, &cx, &pool_nodes(pools, m)))
        .collect()
}

/// A subnet's capacity in a unit; `None` without a prefix.
fn capacity_in(design: &DesignReport, i: usize, unit: SubnetUnit) -> Option<u128> {
    let net = IpNet::V4(design.subnets.get(i)?.net?);
    Some(match unit {
        SubnetUnit::Ips => crate::rules::network::usable_ips(&net),
        SubnetUnit::Blocks => crate::rules::network::static_block_capacity(&net),
    })
}

/// The total need of a set of subnets, and whether each holds its own (`None`: one has no
/// prefix).
fn need_and_fit(
    design: &DesignReport,
    needs: &[design::Needs],
    of: &[Option<usize>],
) -> (u128, Option<bool>, Option<u128>) {
    let mut subnets: Vec<usize> = of.iter().flatten().copied().collect();
    subnets.sort_unstable();
    subnets.dedup();
    let mut need = 0u128;
    let mut fits = Some(true);
    let mut capacity = Some(0u128);
    for i in subnets {
        let Some(n) = needs.get(i) else { continue };
        need = need.saturating_add(n.need.upgrade);
        let cap = capacity_in(design, i, n.unit);
        fits = fits.zip(cap).map(|(f, c)| f && n.need.upgrade <= c);
        capacity = capacity.zip(cap).map(|(a, c)| a.saturating_add(c));
    }
    (need, fits, capacity)
}

/// One line of the comparison.
fn summary(m: NetworkModel, cx: &Compare<'_>, per_pool: &[Option<PoolNodes>]) -> ModelSummary {
    let c = &cx.plan.cluster;
    let d = cx.design;
    // A pod-subnet model the plan does not use yet: its pools would go to the first pod subnet.
    let pod_of: Vec<Option<usize>> = if m.uses_pod_subnet() && !c.network.uses_pod_subnet() {
        let first_pods = c
            .subnets
            .iter()
            .position(|s| s.purpose == crate::rules::subnet::Purpose::Pods);
        per_pool.iter().map(|_| first_pods).collect()
    } else {
        d.pod_subnet_of.clone()
    };
    let extras_in = d.node_subnet_of.get(cx.first).copied().flatten();
    let needs = design::needs(
        m,
        &c.subnets,
        &cx.ips,
        per_pool,
        &d.node_subnet_of,
        &pod_of,
        extras_in,
        cx.extras,
    );
    let (node_ips, node_fits, _) = need_and_fit(d, &needs, &d.node_subnet_of);
    let pod_kind = pod_space_cost(m, 0).map(|(kind, _)| kind);
    let (pod_needed, pod_fits, pod_capacity) = pod_space_of(m, cx, per_pool, &needs, &pod_of);
    let first_node =
        extras_in.and_then(|i| Some((needs.get(i)?, capacity_in(d, i, SubnetUnit::Ips)?)));
    let first_pod = pod_of.get(cx.first).copied().flatten();
    let pod_cap_first = if m.uses_pod_cidr() || first_pod.is_none() {
        pod_capacity
    } else {
        first_pod.and_then(|i| capacity_in(d, i, needs.get(i)?.unit))
    };
    ModelSummary {
        model: m,
        node_ips,
        node_usable: extras_in.and_then(|i| capacity_in(d, i, SubnetUnit::Ips)),
        node_fits,
        pod_fits,
        smallest_node: smallest_subnet(node_ips),
        pod_kind,
        pod_needed,
        pod_capacity,
        smallest_pod: pod_kind.and_then(|k| smallest_pod_space(k, pod_needed)),
        capacity_nodes: shape_capacity(
            m,
            per_pool.get(cx.first).copied().flatten(),
            first_node.map(|(n, cap)| cap.saturating_sub(n.other)),
            pod_kind.map(|_| pod_cap_first),
            c.tier.node_limit(),
        ),
        blockers: blockers(m, cx),
    }
}

/// The pods' need under `m`, whether their space holds it (`None`: unknown), and its capacity.
fn pod_space_of(
    m: NetworkModel,
    cx: &Compare<'_>,
    per_pool: &[Option<PoolNodes>],
    needs: &[design::Needs],
    pod_of: &[Option<usize>],
) -> (u128, Option<bool>, Option<u128>) {
    let d = cx.design;
    let nodes: Vec<PoolNodes> = per_pool.iter().flatten().copied().collect();
    let (node_counts, _) = nodes_and_pods(&nodes);
    let pod_kind = pod_space_cost(m, 0).map(|(kind, _)| kind);
    if m.uses_pod_cidr() {
        let needed = u128::from(node_counts.upgrade);
        let cap =
            cx.a.pod_cidr_v4
                .and_then(|n| pod_space_capacity(PodSpaceKind::NodeBlocks, &IpNet::V4(n)));
        (needed, cap.map(|cap| needed <= cap), cap)
    } else if m.uses_pod_subnet() {
        // What the pods need does not depend on the subnets; whether it fits does, and every
        // pool needs one.
        let need = sum(&nodes, |p, n| {
            let cost = pod_space_cost(m, p.max_pods).map_or(0, |(_, c)| c);
            u128::from(n) * u128::from(cost)
        })
        .upgrade;
        if pod_of.iter().all(Option::is_none) {
            // No pod subnet yet: the one switching to this model adds.
            let kind = pod_kind.unwrap_or(PodSpaceKind::DynamicIps);
            let cap = default_pod_subnet(cx, kind, need).and_then(|n| pod_space_capacity(kind, &n));
            (need, cap.map(|c| need <= c), cap)
        } else {
            let (_, fits, cap) = need_and_fit(d, needs, pod_of);
            let all = per_pool
                .iter()
                .zip(pod_of)
                .all(|(p, s)| p.is_none() || s.is_some());
            (need, fits.filter(|_| all), cap.filter(|_| all))
        }
    } else {
        (0, Some(true), None)
    }
}

/// The pod subnet a switch to a pod-subnet model adds (`Cluster::default_pod_subnet`): v1's /16
/// in the default VNet, otherwise the smallest block that holds the pods, where the layout has
/// one free.
fn default_pod_subnet(cx: &Compare<'_>, kind: PodSpaceKind, need: u128) -> Option<IpNet> {
    let default = cx.plan.cluster.default_pod_subnet();
    if !default.is_auto() {
        return default.prefix.parse().ok();
    }
    let prefix = smallest_pod_space(kind, need)?;
    cx.design
        .next_free
        .iter()
        .find(|(p, _)| *p == prefix)
        .and_then(|(_, free)| *free)
}

/// Why a model cannot run this plan at all.
fn blockers(m: NetworkModel, cx: &Compare<'_>) -> Vec<Blocker> {
    let c = &cx.plan.cluster;
    let windows = cx.plan.pools.iter().any(|p| p.os == OsType::Windows);
    let mut out = Vec::new();
    if m == NetworkModel::Kubenet && windows {
        out.push(Blocker::WindowsPools);
    }
    if m == NetworkModel::Kubenet && c.virtual_nodes {
        out.push(Blocker::VirtualNodes);
    }
    let dual_stack_model = matches!(
        m,
        NetworkModel::Overlay | NetworkModel::PodSubnetStatic | NetworkModel::Kubenet
    );
    if !dual_stack_model && cx.a.dual_stack() {
        out.push(Blocker::DualStack);
    }
    if m == NetworkModel::Kubenet && c.dataplane == Dataplane::Cilium {
        out.push(Blocker::Cilium);
    }
    if m != NetworkModel::NodeSubnet && cx.virtual_nodes_v2 > 0 {
        out.push(Blocker::VirtualNodesV2);
    }
    out
}

/// Nodes shaped like `shape` that fit in `room` node-subnet addresses and in the pod space
/// (`Some(None)`: a pod space of unknown size).
fn shape_capacity(
    model: NetworkModel,
    shape: Option<PoolNodes>,
    room: Option<u128>,
    pod_capacity: Option<Option<u128>>,
    node_limit: u64,
) -> Option<u64> {
    holds_terms(model, shape, room, pod_capacity, node_limit).map(|t| t.nodes())
}

/// What bounds the nodes the plan's network holds, for nodes shaped like its first pool.
fn first_pool_holds(
    plan: &Plan,
    per_pool: &[Option<PoolNodes>],
    design: &DesignReport,
    pod_space: Option<&PodSpaceFigures>,
    first: usize,
) -> Option<HoldsTerms> {
    holds_terms(
        plan.cluster.network,
        per_pool.get(first).copied().flatten(),
        design
            .node_subnet(first)
            .and_then(|s| Some(s.capacity?.saturating_sub(s.other))),
        pod_space.map(|p| p.capacity),
        plan.cluster.tier.node_limit(),
    )
}

/// What bounds the nodes a network holds, each bound in nodes of the first pool's shape.
fn holds_terms(
    model: NetworkModel,
    shape: Option<PoolNodes>,
    room: Option<u128>,
    pod_capacity: Option<Option<u128>>,
    node_limit: u64,
) -> Option<HoldsTerms> {
    let shape = shape?;
    let to_u64 = |n: u128| u64::try_from(n).unwrap_or(u64::MAX);
    let node_cost = u128::from(node_subnet_cost(model, shape.max_pods));
    let by_pod_space = match pod_space_cost(model, shape.max_pods) {
        Some((_, cost)) => Some(to_u64(pod_capacity.flatten()? / u128::from(cost.max(1)))),
        None => None,
    };
    Some(HoldsTerms {
        room: to_u64(room?),
        node_cost: to_u64(node_cost),
        by_node_subnet: to_u64(room? / node_cost.max(1)),
        by_pod_space,
        tier_limit: node_limit,
        kubenet_limit: (model == NetworkModel::Kubenet).then_some(limits::KUBENET_NODES),
    })
}
