//! The plan an error describes: the current plan with the error's values put in (the subnet's
//! prefix, the node count, maxPods, the outbound IPs, the ranges), by the same edits the page
//! makes. What the text does not say is taken from the plan, and every such choice is recorded
//! as an [`Assumed`], so the page can say it.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::net::Ipv4Addr;
use core::str::FromStr;

use ipnet::{IpNet, Ipv4Net};

use super::parse::{Found, RangeTarget, SubnetFormat};
use crate::evaluate::{Report, evaluate};
use crate::plan::edit::{Edit, PoolEdit, SubnetEdit};
use crate::plan::field::{ClusterField, OutboundField, PoolField, SubnetField};
use crate::plan::outbound::{OutboundEdit, OutboundType};
use crate::plan::ranges::{parse_cidr_lenient, split_list};
use crate::plan::{NetworkModel, Plan, PoolMode, defaults};
use crate::rules::network::{AZURE_RESERVED, node_subnet_cost};
use crate::rules::subnet::Purpose;

/// What the page took for granted because the text does not say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assumed {
    /// The network model: the plan's, or the one the message implies.
    Model {
        model: NetworkModel,
        from_plan: bool,
    },
    /// maxPods of the pool the nodes were put in: typed in the plan, the model's default, or
    /// the common value that makes the total come out.
    MaxPods {
        pool: String,
        value: u64,
        how: MaxPodsFrom,
    },
    /// The surge nodes of that pool at its most, by the plan's setting or AKS's default.
    Surge {
        pool: String,
        nodes: u64,
        typed: bool,
    },
    /// How many nodes the message's total means for this pool.
    Nodes {
        pool: String,
        count: u64,
        autoscale: bool,
    },
    /// The subnet's prefix, when the message gives only its size.
    Prefix { cidr: String, from_plan: bool },
    /// The VNet, when the message does not give it.
    Vnet { vnet: String, added: bool },
    /// The plan's subnet was given the message's name.
    SubnetNamed { name: String, was: String },
    /// The old message predates surge: AKS then counted no surge nodes.
    NoSurgeThen,
    /// The total does not come out of this plan's numbers.
    NotExact { needed: u128, counted: u128 },
    /// The plan gives exactly the message's numbers.
    MatchesPlan,
    /// Which range the message is about, when it does not say.
    Target { target: RangeTarget },
    /// The DNS service IP moved into the service range.
    Dns { ip: String },
    /// The check is the load balancer's: the outbound type was set to it.
    OutboundType,
    /// The plan has no subnet of the message's name.
    SubnetNotInPlan { name: String },
    /// The plan's subnet of that name is not delegated; in Azure it is.
    NotDelegatedInPlan { name: String },
    /// The pool the message is about is, in the plan, this one.
    Pool {
        message: Option<String>,
        pool: String,
    },
    /// The message names no value.
    NoValue,
    /// The ports per node, from the total and the node count (the first sentence was lost).
    PortsFromTotal { ports: u64 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaxPodsFrom {
    Typed,
    Default,
    Split,
}

/// One pool's part of what AKS counted: (nodes + surge) × per node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub nodes: u64,
    pub surge: u64,
    pub per_node: u64,
    /// With Azure CNI node subnet the per-node cost is maxPods + 1.
    pub max_pods: Option<u64>,
}

/// The plan an error describes.
#[derive(Clone, Debug)]
pub struct Built {
    pub plan: Plan,
    pub assumed: Vec<Assumed>,
    /// What AKS counted when it differs from today's rule (the old message, no surge).
    pub aks: Option<Vec<Term>>,
    /// The pool the error's nodes were put in.
    pub pool: usize,
    /// The subnet of the error, an index into the plan's subnets.
    pub subnet: Option<usize>,
}

impl Built {
    fn new(plan: &Plan) -> Built {
        Built {
            plan: plan.clone(),
            assumed: Vec::new(),
            aks: None,
            pool: 0,
            subnet: None,
        }
    }

    fn apply(&mut self, edit: Edit) {
        self.plan.apply(edit);
    }

    fn pool_text(&mut self, pool: usize, field: PoolField, value: String) {
        self.apply(Edit::Pool(pool, PoolEdit::Text(field, value)));
    }

    fn cluster_text(&mut self, field: ClusterField, value: String) {
        self.apply(Edit::ClusterText(field, value));
    }

    fn pool_name(&self, pool: usize) -> String {
        self.plan
            .pools
            .get(pool)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }
}

/// The plan `found` describes, from `current`.
pub fn build(found: &Found, current: &Plan) -> Built {
    let mut b = Built::new(current);
    if b.plan.pools.is_empty() {
        b.apply(Edit::AddPool);
    }
    match found {
        Found::SubnetSize {
            needed,
            available,
            cidr,
            name,
            format,
        } => subnet_size(&mut b, *needed, *available, *cidr, name.as_deref(), *format),
        Found::PodCidr {
            kubenet,
            needed,
            cidr,
            ..
        } => pod_cidr(&mut b, *kubenet, *needed, *cidr),
        Found::SubnetFull { name, prefix, .. } => {
            let idx = node_subnet(&mut b, Some(name));
            set_prefix(&mut b, idx, *prefix);
        }
        Found::Delegated { subnet } => delegated(&mut b, subnet),
        Found::Ports {
            ports,
            nodes,
            needed,
            ips,
            ..
        } => outbound_ports(&mut b, *ports, *nodes, *needed, *ips),
        Found::OverlapVnet { cidr, vnet, target } => overlap_vnet(&mut b, *cidr, *vnet, *target),
        Found::ServiceOverlapSubnet { service, subnet } => {
            set_range(&mut b, RangeTarget::ServiceCidr, *service);
            let has = b
                .plan
                .cluster
                .subnets
                .iter()
                .any(|s| cidr_of(&s.prefix) == Some(*subnet));
            if !has {
                let idx = node_subnet(&mut b, None);
                set_prefix(&mut b, idx, *subnet);
            }
        }
        Found::DnsOutside { ip, service } => {
            b.cluster_text(ClusterField::ServiceCidr, service.to_string());
            b.cluster_text(ClusterField::DnsServiceIp, ip.to_string());
        }
        Found::Reserved { cidr, target, .. } => set_range(&mut b, *target, *cidr),
        Found::MaxPods { value } => max_pods(&mut b, *value),
        Found::SystemSku { pool, vm } => system_sku(&mut b, pool.as_deref(), *vm),
        Found::NoSystemPool => {
            for i in 0..b.plan.pools.len() {
                b.apply(Edit::Pool(i, PoolEdit::Mode(PoolMode::User)));
            }
        }
        Found::Count { count, .. } => {
            b.pool_text(0, PoolField::NodeCount, count.to_string());
            let pool = b.pool_name(0);
            b.assumed.push(Assumed::Pool {
                message: None,
                pool,
            });
        }
        Found::DialingBackend { legacy, .. } => {
            if let Some(on) = legacy.filter(|on| *on != b.plan.cluster.outbound.legacy_tunnel) {
                b.apply(Edit::Outbound(OutboundEdit::LegacyTunnel(on)));
            }
        }
        Found::SurgeOver1000 => {
            if let Some(i) = pool_over_1000(&evaluate(&b.plan)) {
                b.pool = i;
            }
        }
        Found::CodeOnly(_) => {}
    }
    b
}

/// The first pool whose node count and surge pass 1,000.
pub fn pool_over_1000(r: &Report) -> Option<usize> {
    r.findings.iter().find_map(|f| match (&f.issue, f.at) {
        (
            crate::evaluate::finding::Issue::PoolLimitWithSurge { .. }
            | crate::evaluate::finding::Issue::PoolTooLarge { .. },
            Some(crate::evaluate::finding::At::Pool(i, _)),
        ) => Some(i),
        _ => None,
    })
}

fn cidr_of(text: &str) -> Option<Ipv4Net> {
    match parse_cidr_lenient(text).0 {
        Some(IpNet::V4(v4)) => Some(v4),
        _ => None,
    }
}

/// The IPv4 prefixes of the plan's VNet.
fn vnet_prefixes(plan: &Plan) -> Vec<Ipv4Net> {
    split_list(&plan.cluster.vnet).filter_map(cidr_of).collect()
}

/// The index of the subnet the message names: the plan's subnet of that name, or the first
/// pool's node subnet given that name. Without a name, the first pool's node subnet.
fn node_subnet(b: &mut Built, name: Option<&str>) -> usize {
    if let Some(n) = name {
        let found = b
            .plan
            .cluster
            .subnets
            .iter()
            .position(|s| s.name.trim().eq_ignore_ascii_case(n.trim()));
        if let Some(i) = found {
            b.subnet = Some(i);
            return i;
        }
    }
    let r = evaluate(&b.plan);
    let idx = match r.design.node_subnet_of.first().copied().flatten() {
        Some(i) => i,
        None => {
            b.apply(Edit::AddSubnet(Purpose::Nodes));
            b.plan.cluster.subnets.len().saturating_sub(1)
        }
    };
    if let Some(n) = name {
        let was = b
            .plan
            .cluster
            .subnets
            .get(idx)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        b.apply(Edit::Subnet(
            idx,
            SubnetEdit::Text(SubnetField::Name, String::from(n)),
        ));
        b.assumed.push(Assumed::SubnetNamed {
            name: String::from(n),
            was,
        });
    }
    b.subnet = Some(idx);
    idx
}

fn set_prefix(b: &mut Built, idx: usize, prefix: Ipv4Net) {
    let same = b
        .plan
        .cluster
        .subnets
        .get(idx)
        .and_then(|s| cidr_of(&s.prefix))
        == Some(prefix);
    if !same {
        b.apply(Edit::Subnet(
            idx,
            SubnetEdit::Text(SubnetField::Prefix, prefix.to_string()),
        ));
    }
    ensure_in_vnet(b, prefix);
}

/// Makes the VNet hold `cidr`: a plan still on AKS's default VNet and subnets gets the /16
/// around it (subnets outside it go back to auto); any other plan gets it as one more prefix.
fn ensure_in_vnet(b: &mut Built, cidr: Ipv4Net) {
    if vnet_prefixes(&b.plan).iter().any(|v| v.contains(&cidr)) {
        return;
    }
    let defaults_only = b.plan.cluster.vnet.trim() == defaults::VNET
        && b.plan.cluster.subnets.iter().all(|s| {
            s.is_auto()
                || *s == crate::plan::Subnet::default_nodes()
                || cidr_of(&s.prefix) == Some(cidr)
                || s.prefix.trim() == defaults::POD_SUBNET
        });
    if defaults_only {
        let len = cidr.prefix_len().min(16);
        let vnet = Ipv4Net::new(cidr.network(), len)
            .map(|n| n.trunc())
            .unwrap_or(cidr);
        replace_vnet(b, vnet);
        b.assumed.push(Assumed::Vnet {
            vnet: vnet.to_string(),
            added: false,
        });
    } else {
        let text = format!("{}, {cidr}", b.plan.cluster.vnet.trim());
        b.cluster_text(ClusterField::Vnet, text);
        b.assumed.push(Assumed::Vnet {
            vnet: cidr.to_string(),
            added: true,
        });
    }
}

/// The VNet becomes `vnet`; subnets with prefixes outside it are placed by the layout.
fn replace_vnet(b: &mut Built, vnet: Ipv4Net) {
    b.cluster_text(ClusterField::Vnet, vnet.to_string());
    for i in 0..b.plan.cluster.subnets.len() {
        let outside = b
            .plan
            .cluster
            .subnets
            .get(i)
            .and_then(|s| cidr_of(&s.prefix))
            .is_some_and(|p| !vnet.contains(&p));
        if outside {
            b.apply(Edit::Subnet(
                i,
                SubnetEdit::Text(SubnetField::Prefix, String::new()),
            ));
        }
    }
}

/// The prefix length whose usable addresses are `usable` (2^n − 5).
fn prefix_for_usable(usable: u128) -> Option<u8> {
    (0..=32u8).find(|p| (1u128 << (32 - u32::from(*p))).saturating_sub(AZURE_RESERVED) == usable)
}

fn subnet_size(
    b: &mut Built,
    needed: u128,
    available: u128,
    cidr: Option<Ipv4Net>,
    name: Option<&str>,
    format: SubnetFormat,
) {
    let model = b.plan.cluster.network;
    if format == SubnetFormat::Old && model != NetworkModel::NodeSubnet {
        // Before overlay existed, pre-allocation per node was Azure CNI's.
        b.apply(Edit::Network(NetworkModel::NodeSubnet));
        b.assumed.push(Assumed::Model {
            model: NetworkModel::NodeSubnet,
            from_plan: false,
        });
    } else {
        b.assumed.push(Assumed::Model {
            model,
            from_plan: true,
        });
    }
    let idx = node_subnet(b, name);
    match cidr {
        Some(c) => set_prefix(b, idx, c),
        None => old_prefix(b, idx, available),
    }
    if format == SubnetFormat::Old {
        b.assumed.push(Assumed::NoSurgeThen);
    }
    split_subnet(b, idx, needed, format == SubnetFormat::Old);
}

/// The old message has only the usable count: the subnet of that size, at the plan's address.
fn old_prefix(b: &mut Built, idx: usize, usable: u128) {
    let Some(len) = prefix_for_usable(usable) else {
        return;
    };
    let current = b
        .plan
        .cluster
        .subnets
        .get(idx)
        .and_then(|s| cidr_of(&s.prefix));
    if let Some(c) = current.filter(|c| c.prefix_len() == len) {
        b.assumed.push(Assumed::Prefix {
            cidr: c.to_string(),
            from_plan: true,
        });
        return;
    }
    let base = current.map_or(Ipv4Addr::new(10, 224, 0, 0), |c| c.network());
    let Ok(net) = Ipv4Net::new(base, len).map(|n| n.trunc()) else {
        return;
    };
    set_prefix(b, idx, net);
    b.assumed.push(Assumed::Prefix {
        cidr: net.to_string(),
        from_plan: false,
    });
}

/// maxPods values tried, after the plan's, when the total does not come out: the network models'
/// defaults (Azure CNI node subnet 30, kubenet 110, the others 250), nothing more guessed.
const COMMON_MAX_PODS: [u64; 3] = [30, 110, 250];

/// Puts the message's total into the subnet's first pool, keeping the other pools as planned.
fn split_subnet(b: &mut Built, idx: usize, needed: u128, old: bool) {
    let r = evaluate(&b.plan);
    let Some(s) = r.design.subnets.get(idx) else {
        return;
    };
    let counted = if old { s.need.scaled } else { s.need.upgrade };
    if counted == needed {
        b.assumed.push(Assumed::MatchesPlan);
        b.pool = s
            .node_pools
            .first()
            .or(s.pod_pools.first())
            .copied()
            .unwrap_or(0);
        if old {
            b.aks = Some(aks_terms(&r, s));
        }
        return;
    }
    let t = match s.node_pools.first().or(s.pod_pools.first()) {
        Some(t) => *t,
        None => {
            let name = s_name(b, idx);
            b.pool_text(0, PoolField::VnetSubnet, name);
            0
        }
    };
    b.pool = t;
    let r = evaluate(&b.plan);
    let Some(s) = r.design.subnets.get(idx) else {
        return;
    };
    let Some(pool) = r.pools.get(t) else { return };
    let (max, surge) = most(pool);
    let term = s.terms.iter().find(|x| x.pool == t);
    let model = b.plan.cluster.network;
    let mp_now = u64::from(pool.max_pods.unwrap_or(model.default_max_pods()));
    let per_node_now = term.map_or(node_subnet_cost(model, mp_now), |x| x.per_node);
    let mine = if old { max } else { max.saturating_add(surge) };
    let counted = if old { s.need.scaled } else { s.need.upgrade };
    let others = counted.saturating_sub(u128::from(mine) * u128::from(per_node_now));
    let Some(rest) = needed.checked_sub(others) else {
        b.assumed.push(Assumed::NotExact { needed, counted });
        return;
    };
    let mut candidates = alloc::vec![mp_now];
    if model == NetworkModel::NodeSubnet && pool.max_pods_defaulted {
        candidates.extend(COMMON_MAX_PODS.iter().filter(|m| **m != mp_now));
    }
    for mp in candidates {
        let per_node = if model == NetworkModel::NodeSubnet {
            mp + 1
        } else {
            per_node_now
        };
        if let Some(n) = nodes_for(
            rest,
            per_node,
            |n| if old { 0 } else { pool.surge.nodes(n) },
        ) {
            let how = if mp != mp_now {
                b.pool_text(t, PoolField::MaxPods, mp.to_string());
                MaxPodsFrom::Split
            } else if pool.max_pods_defaulted {
                MaxPodsFrom::Default
            } else {
                MaxPodsFrom::Typed
            };
            set_most(b, t, n);
            record_split(b, t, n, mp, how, model);
            if old {
                let r = evaluate(&b.plan);
                b.aks = r.design.subnets.get(idx).map(|s| aks_terms(&r, s));
            }
            return;
        }
    }
    b.assumed.push(Assumed::NotExact { needed, counted });
}

fn s_name(b: &Built, idx: usize) -> String {
    b.plan
        .cluster
        .subnets
        .get(idx)
        .map(|s| s.name.clone())
        .unwrap_or_default()
}

fn record_split(b: &mut Built, t: usize, n: u64, mp: u64, how: MaxPodsFrom, model: NetworkModel) {
    let pool = b.pool_name(t);
    let autoscale = b.plan.pools.get(t).is_some_and(|p| p.autoscale);
    b.assumed.push(Assumed::Nodes {
        pool: pool.clone(),
        count: n,
        autoscale,
    });
    if model == NetworkModel::NodeSubnet {
        b.assumed.push(Assumed::MaxPods {
            pool: pool.clone(),
            value: mp,
            how,
        });
    }
    surge_assumed(b, t);
}

fn surge_assumed(b: &mut Built, t: usize) {
    let r = evaluate(&b.plan);
    if let (Some(pool), Some(p)) = (r.pools.get(t), b.plan.pools.get(t)) {
        let (_, surge) = most(pool);
        b.assumed.push(Assumed::Surge {
            pool: p.name.clone(),
            nodes: surge,
            typed: !p.max_surge.trim().is_empty(),
        });
    }
}

/// What AKS counted before surge: each pool at its most, no surge nodes.
fn aks_terms(r: &Report, s: &crate::evaluate::SubnetReport) -> Vec<Term> {
    s.terms
        .iter()
        .map(|t| {
            let pool = r.pools.get(t.pool);
            Term {
                nodes: pool.map_or(t.nodes, |p| most(p).0),
                surge: 0,
                per_node: t.per_node,
                max_pods: pool.and_then(|p| p.max_pods).map(u64::from),
            }
        })
        .collect()
}

/// A pool's most nodes and its surge nodes at that count.
pub fn most(pool: &crate::evaluate::PoolReport) -> (u64, u64) {
    let max = pool.nodes.map_or(0, |n| n.max());
    (max, pool.surge.nodes(max))
}

/// The node count n whose (n + surge(n)) × per node is `total`.
fn nodes_for(total: u128, per_node: u64, surge: impl Fn(u64) -> u64) -> Option<u64> {
    if per_node == 0 {
        return None;
    }
    (0..=crate::rules::limits::NODES_PER_POOL)
        .find(|n| u128::from(n.saturating_add(surge(*n))) * u128::from(per_node) == total)
}

/// The pool's most nodes become `n`: its count, or its autoscaler maximum.
pub fn set_most(b: &mut Built, t: usize, n: u64) {
    for e in most_edits(&b.plan, t, n) {
        b.apply(e);
    }
}

/// The edits that make pool `t` have at most `n` nodes.
pub fn most_edits(plan: &Plan, t: usize, n: u64) -> Vec<Edit> {
    let Some(pool) = plan.pools.get(t) else {
        return Vec::new();
    };
    let text = |f, v: u64| Edit::Pool(t, PoolEdit::Text(f, v.to_string()));
    let count = crate::plan::quantity::parse_count(&pool.node_count).ok();
    if !pool.autoscale {
        return alloc::vec![text(PoolField::NodeCount, n)];
    }
    let mut edits = alloc::vec![text(PoolField::MaxCount, n)];
    if count.is_none_or(|c| c > n) {
        edits.push(text(PoolField::NodeCount, n));
    }
    if crate::plan::quantity::parse_count(&pool.min_count).is_ok_and(|m| m > n) {
        edits.push(text(PoolField::MinCount, n));
    }
    edits
}

fn pod_cidr(b: &mut Built, kubenet: bool, needed: u128, cidr: Ipv4Net) {
    let model = if kubenet {
        NetworkModel::Kubenet
    } else {
        NetworkModel::Overlay
    };
    if b.plan.cluster.network != model {
        b.apply(Edit::Network(model));
        b.assumed.push(Assumed::Model {
            model,
            from_plan: false,
        });
    }
    b.cluster_text(ClusterField::PodCidr, cidr.to_string());
    let block = crate::rules::limits::IPS_PER_NODE_BLOCK;
    let r = evaluate(&b.plan);
    // AKS counts the pod CIDR without surge (rules-check A9b).
    let counted = r
        .network
        .pod_space
        .map_or(0, |s| s.needed.scaled)
        .saturating_mul(block);
    if counted == needed {
        b.assumed.push(Assumed::MatchesPlan);
        return;
    }
    if needed % block != 0 {
        b.assumed.push(Assumed::NotExact { needed, counted });
        return;
    }
    let counts = Counts {
        total: needed / block,
        counted_nodes: counted / block,
        needed,
        counted,
        surge: false,
    };
    split_nodes(b, &r, counts);
}

/// What AKS counted and what the plan counts, in nodes and in AKS's unit.
struct Counts {
    total: u128,
    counted_nodes: u128,
    needed: u128,
    counted: u128,
    /// Whether AKS's number holds the surge nodes (node subnets, SNAT ports) or not (pod CIDR).
    surge: bool,
}

/// Puts `total` nodes into the first pool, the other pools as planned.
fn split_nodes(b: &mut Built, r: &Report, c: Counts) {
    let Counts {
        total,
        counted_nodes,
        needed,
        counted,
        surge: with_surge,
    } = c;
    let t = 0usize;
    let Some(pool) = r.pools.get(t) else { return };
    let (max, surge) = most(pool);
    let surge = if with_surge { surge } else { 0 };
    let others = counted_nodes.saturating_sub(u128::from(max.saturating_add(surge)));
    let found = total.checked_sub(others).and_then(|rest| {
        nodes_for(
            rest,
            1,
            |n| {
                if with_surge { pool.surge.nodes(n) } else { 0 }
            },
        )
    });
    match found {
        Some(n) => {
            b.pool = t;
            set_most(b, t, n);
            let name = b.pool_name(t);
            let autoscale = b.plan.pools.get(t).is_some_and(|p| p.autoscale);
            b.assumed.push(Assumed::Nodes {
                pool: name,
                count: n,
                autoscale,
            });
            if with_surge {
                surge_assumed(b, t);
            }
        }
        None => b.assumed.push(Assumed::NotExact { needed, counted }),
    }
}

fn outbound_ports(b: &mut Built, ports: Option<u128>, nodes: u128, needed: u128, ips: u128) {
    if b.plan.cluster.outbound.outbound_type != OutboundType::LoadBalancer {
        b.apply(Edit::Outbound(OutboundEdit::Type(
            OutboundType::LoadBalancer,
        )));
        b.assumed.push(Assumed::OutboundType);
    }
    let ports = match ports {
        Some(p) => Some(p),
        None => {
            let p = needed.checked_div(nodes).filter(|p| p * nodes == needed);
            if let Some(p) = p.and_then(|p| u64::try_from(p).ok()) {
                b.assumed.push(Assumed::PortsFromTotal { ports: p });
            }
            p
        }
    };
    let text = |f| ClusterField::Outbound(f);
    if let Some(p) = ports {
        b.cluster_text(text(OutboundField::LbPorts), p.to_string());
    }
    let own = !b.plan.cluster.outbound.lb_own_ips.trim().is_empty();
    let field = if own {
        OutboundField::LbOwnIps
    } else {
        OutboundField::LbManagedIps
    };
    let typed = b
        .plan
        .cluster
        .outbound
        .text(field)
        .unwrap_or("")
        .trim()
        .to_string();
    if !(ips == 1 && typed.is_empty() && !own) && typed != ips.to_string() {
        b.cluster_text(text(field), ips.to_string());
    }
    let r = evaluate(&b.plan);
    let counted = u128::from(r.network.nodes.upgrade);
    if counted == nodes {
        b.assumed.push(Assumed::MatchesPlan);
        return;
    }
    let counts = Counts {
        total: nodes,
        counted_nodes: counted,
        needed: nodes,
        counted,
        surge: true,
    };
    split_nodes(b, &r, counts);
}

fn overlap_vnet(b: &mut Built, cidr: Ipv4Net, vnet: Ipv4Net, target: Option<RangeTarget>) {
    let target = target.unwrap_or_else(|| {
        let inferred = if cidr_of(&b.plan.cluster.service_cidr) == Some(cidr) {
            RangeTarget::ServiceCidr
        } else {
            RangeTarget::PodCidr
        };
        b.assumed.push(Assumed::Target { target: inferred });
        inferred
    });
    if !vnet_prefixes(&b.plan).contains(&vnet) {
        replace_vnet(b, vnet);
        b.assumed.push(Assumed::Vnet {
            vnet: vnet.to_string(),
            added: false,
        });
    }
    set_range(b, target, cidr);
}

/// The pod or service range becomes `cidr` (the model gets a pod CIDR, the DNS IP follows the
/// service range).
fn set_range(b: &mut Built, target: RangeTarget, cidr: Ipv4Net) {
    match target {
        RangeTarget::PodCidr => {
            if !b.plan.cluster.network.uses_pod_cidr() {
                b.apply(Edit::Network(NetworkModel::Overlay));
                b.assumed.push(Assumed::Model {
                    model: NetworkModel::Overlay,
                    from_plan: false,
                });
            }
            b.cluster_text(ClusterField::PodCidr, cidr.to_string());
        }
        RangeTarget::ServiceCidr => {
            b.cluster_text(ClusterField::ServiceCidr, cidr.to_string());
            let inside = Ipv4Addr::from_str(b.plan.cluster.dns_service_ip.trim())
                .is_ok_and(|ip| cidr.contains(&ip));
            if !inside {
                let ip = dns_in(cidr).to_string();
                b.cluster_text(ClusterField::DnsServiceIp, ip.clone());
                b.assumed.push(Assumed::Dns { ip });
            }
        }
    }
}

/// The DNS service IP of a service range by AKS's convention: its `.10` (or the second usable
/// address of a range too small for it).
pub fn dns_in(service: Ipv4Net) -> Ipv4Addr {
    let base = u32::from(service.network());
    let offset = if service.prefix_len() <= 27 { 10 } else { 2 };
    Ipv4Addr::from(base.saturating_add(offset))
}

fn delegated(b: &mut Built, subnet: &str) {
    let Some(idx) = b
        .plan
        .cluster
        .subnets
        .iter()
        .position(|s| s.name.trim().eq_ignore_ascii_case(subnet.trim()))
    else {
        b.assumed.push(Assumed::SubnetNotInPlan {
            name: String::from(subnet),
        });
        return;
    };
    b.subnet = Some(idx);
    let r = evaluate(&b.plan);
    let pools: Vec<usize> = (0..b.plan.pools.len())
        .filter(|i| r.design.node_subnet_of.get(*i).copied().flatten() == Some(idx))
        .collect();
    match pools.first() {
        Some(t) => b.pool = *t,
        None => {
            let name = s_name(b, idx);
            b.pool_text(0, PoolField::VnetSubnet, name);
            let pool = b.pool_name(0);
            b.assumed.push(Assumed::Pool {
                message: None,
                pool,
            });
        }
    }
    let delegated = b
        .plan
        .cluster
        .subnets
        .get(idx)
        .is_some_and(|s| s.purpose.delegation().is_some());
    if !delegated {
        b.assumed.push(Assumed::NotDelegatedInPlan {
            name: String::from(subnet),
        });
    }
}

fn max_pods(b: &mut Built, value: Option<u128>) {
    let pool = b.pool_name(0);
    match value {
        Some(v) => {
            b.pool_text(0, PoolField::MaxPods, v.to_string());
            b.assumed.push(Assumed::Pool {
                message: None,
                pool,
            });
        }
        None => b.assumed.push(Assumed::NoValue),
    }
}

fn system_sku(
    b: &mut Built,
    pool: Option<&str>,
    vm: Option<&'static crate::rules::catalogue::VmSize>,
) {
    let named = pool.and_then(|n| {
        b.plan
            .pools
            .iter()
            .position(|p| p.name.eq_ignore_ascii_case(n))
    });
    let t = named
        .or_else(|| b.plan.pools.iter().position(|p| p.mode == PoolMode::System))
        .unwrap_or(0);
    b.pool = t;
    if named.is_none() {
        let name = b.pool_name(t);
        b.assumed.push(Assumed::Pool {
            message: pool.map(String::from),
            pool: name,
        });
    }
    if b.plan
        .pools
        .get(t)
        .is_some_and(|p| p.mode != PoolMode::System)
    {
        b.apply(Edit::Pool(t, PoolEdit::Mode(PoolMode::System)));
    }
    match vm {
        Some(size) => b.pool_text(t, PoolField::VmSize, String::from(size.name())),
        None => b.assumed.push(Assumed::NoValue),
    }
}
