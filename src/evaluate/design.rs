//! The VNet design (aks-rules §8): which subnet each pool is in, what every subnet must hold,
//! AKS's check per subnet, the rules of each purpose, the layout of the auto subnets, the free
//! space, and how many clusters of this shape the VNet holds.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

use super::finding::{At, Finding, Issue, Role, SubnetIssue};
use super::report::{
    ClusterFit, DesignReport, MapBar, MapCell, MapItem, NeedTerm, Part, RangeRow, Segment,
    SubnetReport, SubnetUnit,
};
use crate::plan::field::{ClusterField, PoolField, SubnetField};
use crate::plan::quantity::{parse_count, parse_factor};
use crate::plan::ranges::{parse_cidr_lenient, split_list};
use crate::plan::{NetworkModel, Plan, PoolMode, Subnet};
use crate::rules::address::{overlaps, size};
use crate::rules::layout::{Taken, copies, first_free, free_blocks, place};
use crate::rules::network::{
    AZURE_RESERVED, PoolNodes, SMALLEST_AZURE_PREFIX, STATIC_BLOCK, Scenarios, dynamic_ips,
    node_subnet_cost, smallest_static_subnet, smallest_subnet, static_block_capacity,
    static_blocks,
};
use crate::rules::subnet::Purpose;
use crate::rules::typed::Trimmed;

/// Azure's largest subnet.
const LARGEST_AZURE_PREFIX: u8 = 2;
/// How many clusters the "how many fit" count tries at most.
const CLUSTER_CAP: u64 = 1000;
/// Free blocks listed at most.
const FREE_LIMIT: usize = 64;
/// The sizes "next free /N" answers for.
const NEXT_FREE: core::ops::RangeInclusive<u8> = 16..=SMALLEST_AZURE_PREFIX;

/// What the design needs from the rest of the evaluation.
pub(super) struct Input<'a> {
    pub plan: &'a Plan,
    pub model: NetworkModel,
    /// Each pool's nodes under `model`; `None` where a count could not be read.
    pub pools: &'a [Option<PoolNodes>],
    pub vnet: &'a [IpNet],
    /// Ranges a subnet must stay clear of: the pod CIDR (when used), the service CIDR, listed
    /// ranges.
    pub avoid: &'a [(Role, IpNet)],
    pub dual_stack: bool,
    /// Virtual Nodes v2 planned (they run their pods in the ACI subnet too).
    pub virtual_nodes_v2: u64,
    /// Load-balancer frontends, private endpoints and other IPs counted in the first pool's
    /// subnet (the private cluster's endpoint is added here).
    pub extras: u64,
}

/// The pool AKS creates with the cluster: the first system pool, or the first pool.
pub(super) fn first_pool(plan: &Plan) -> usize {
    plan.pools
        .iter()
        .position(|p| p.mode == PoolMode::System)
        .unwrap_or(0)
}

struct Ctx<'a> {
    findings: &'a mut Vec<Finding>,
}

impl Ctx<'_> {
    fn subnet(&mut self, index: usize, field: SubnetField, issue: SubnetIssue) {
        self.at(At::Subnet(index, field), issue);
    }

    fn at(&mut self, at: At, issue: SubnetIssue) {
        self.findings.push(Finding {
            severity: issue.severity(),
            at: Some(at),
            issue: Issue::Subnet(issue),
        });
    }
}

/// A subnet's prefixes as read.
#[derive(Clone, Copy, Default)]
struct Prefixes {
    v4: Option<Ipv4Net>,
    v6: Option<Ipv6Net>,
}

fn read_prefixes(index: usize, s: &Subnet, ctx: &mut Ctx<'_>) -> Prefixes {
    let mut p = Prefixes::default();
    if s.is_auto() {
        return p;
    }
    let mut extra = false;
    let mut reported = false;
    for item in split_list(&s.prefix) {
        if item.eq_ignore_ascii_case("auto") {
            continue;
        }
        let (net, error) = parse_cidr_lenient(item);
        // One message at the field is enough; a pasted list of junk would bury the others.
        if let Some(e) = error.filter(|_| !reported) {
            reported = true;
            ctx.findings.push(Finding::error(
                At::Subnet(index, SubnetField::Prefix),
                Issue::Address(e),
            ));
        }
        match net {
            Some(IpNet::V4(n)) if p.v4.is_none() => p.v4 = Some(n),
            Some(IpNet::V6(n)) if p.v6.is_none() => p.v6 = Some(n),
            Some(_) => extra = true,
            None => {}
        }
    }
    if extra {
        ctx.subnet(index, SubnetField::Prefix, SubnetIssue::TooManyPrefixes);
    }
    if p.v4.is_none() && p.v6.is_some() {
        ctx.subnet(index, SubnetField::Prefix, SubnetIssue::Ipv6Only);
    }
    p
}

fn read_ips(index: usize, s: &Subnet, ctx: &mut Ctx<'_>) -> u64 {
    if s.ips.trimmed().is_empty() {
        return 0;
    }
    parse_count(&s.ips).unwrap_or_else(|e| {
        ctx.subnet(index, SubnetField::Ips, SubnetIssue::BadIps(e));
        0
    })
}

/// The subnet a name points at, ignoring ASCII case as Azure does.
fn find(subnets: &[Subnet], name: &str) -> Option<usize> {
    let name = name.trimmed();
    subnets
        .iter()
        .position(|s| s.name.trimmed().eq_ignore_ascii_case(name))
}

fn first_of(subnets: &[Subnet], purpose: Purpose) -> Option<usize> {
    subnets.iter().position(|s| s.purpose == purpose)
}

/// Each pool's node subnet and pod subnet, with a finding at the pool for each bad choice.
fn resolve_pools(input: &Input<'_>, ctx: &mut Ctx<'_>) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let subnets = &input.plan.cluster.subnets;
    let default_nodes = first_of(subnets, Purpose::Nodes);
    let default_pods = first_of(subnets, Purpose::Pods);
    if default_nodes.is_none() && !input.plan.pools.is_empty() {
        ctx.at(
            At::Cluster(ClusterField::Subnets),
            SubnetIssue::NoNodeSubnet,
        );
    }
    let mut nodes = Vec::with_capacity(input.plan.pools.len());
    let mut pods = Vec::with_capacity(input.plan.pools.len());
    for (i, pool) in input.plan.pools.iter().enumerate() {
        let node = choose(
            subnets,
            &pool.vnet_subnet,
            default_nodes,
            Purpose::Nodes,
            At::Pool(i, PoolField::VnetSubnet),
            ctx,
        );
        let pod = if input.model.uses_pod_subnet() {
            let at = At::Pool(i, PoolField::PodSubnet);
            if pool.pod_subnet.trimmed().is_empty() && default_pods.is_none() {
                ctx.at(at, SubnetIssue::NoPodSubnet);
            }
            let pod = choose(
                subnets,
                &pool.pod_subnet,
                default_pods,
                Purpose::Pods,
                at,
                ctx,
            );
            if let (Some(p), Some(n)) = (pod, node) {
                if p == n {
                    let name = subnets.get(p).map_or_else(String::new, |s| s.name.clone());
                    ctx.at(at, SubnetIssue::PodSubnetIsNodeSubnet { name });
                }
            }
            pod
        } else {
            None
        };
        nodes.push(node);
        pods.push(pod);
    }
    (nodes, pods)
}

/// The subnet a pool names (or the default), checked against what it is for.
fn choose(
    subnets: &[Subnet],
    named: &str,
    default: Option<usize>,
    wanted: Purpose,
    at: At,
    ctx: &mut Ctx<'_>,
) -> Option<usize> {
    if named.trimmed().is_empty() {
        return default;
    }
    let Some(index) = find(subnets, named) else {
        ctx.at(
            at,
            SubnetIssue::NoSuchSubnet {
                name: crate::plan::quantity::shown(named),
            },
        );
        return None;
    };
    let s = subnets.get(index)?;
    if s.purpose != wanted {
        let name = s.name.clone();
        let issue = match (wanted, s.purpose.delegation()) {
            (Purpose::Nodes, Some(delegation)) => SubnetIssue::Delegated { name, delegation },
            _ => SubnetIssue::WrongPurpose {
                name,
                purpose: s.purpose,
                wanted,
            },
        };
        ctx.at(at, issue);
    }
    Some(index)
}

/// Adds `per_node` for each node of the pool in every situation.
fn add(total: &mut Scenarios<u128>, p: &PoolNodes, per_node: u128) {
    let n = p.nodes();
    total.now = total
        .now
        .saturating_add(u128::from(n.now).saturating_mul(per_node));
    total.scaled = total
        .scaled
        .saturating_add(u128::from(n.scaled).saturating_mul(per_node));
    total.upgrade = total
        .upgrade
        .saturating_add(u128::from(n.upgrade).saturating_mul(per_node));
}

fn add_all(total: &mut Scenarios<u128>, amount: u128) {
    total.now = total.now.saturating_add(amount);
    total.scaled = total.scaled.saturating_add(amount);
    total.upgrade = total.upgrade.saturating_add(amount);
}

/// What every subnet holds under `model`: its unit, need and the other IPs counted in it.
pub(super) struct Needs {
    pub unit: SubnetUnit,
    pub need: Scenarios<u128>,
    pub other: u128,
    /// Each pool's part of `need.upgrade`, for the explanation.
    pub terms: Vec<NeedTerm>,
}

/// What each subnet must hold under `model` (aks-rules §4, §8).
#[allow(clippy::too_many_arguments)]
pub(super) fn needs(
    model: NetworkModel,
    subnets: &[Subnet],
    ips: &[u64],
    pools: &[Option<PoolNodes>],
    node_of: &[Option<usize>],
    pod_of: &[Option<usize>],
    extras_in: Option<usize>,
    extras: u64,
) -> Vec<Needs> {
    let static_pods = model == NetworkModel::PodSubnetStatic;
    let mut out: Vec<Needs> = subnets
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let blocks = static_pods && s.purpose == Purpose::Pods;
            let own = u128::from(ips.get(i).copied().unwrap_or(0));
            let fixed = u128::from(s.purpose.fixed_ips());
            let mut need = Scenarios::default();
            let other = if blocks { 0 } else { own.saturating_add(fixed) };
            add_all(&mut need, other);
            Needs {
                unit: if blocks {
                    SubnetUnit::Blocks
                } else {
                    SubnetUnit::Ips
                },
                need,
                other,
                terms: Vec::new(),
            }
        })
        .collect();
    for (i, pool) in pools.iter().enumerate() {
        let Some(p) = pool else { continue };
        let nodes = p.nodes().upgrade;
        if let Some(n) = node_of
            .get(i)
            .copied()
            .flatten()
            .and_then(|s| out.get_mut(s))
        {
            let per_node = node_subnet_cost(model, p.max_pods);
            add(&mut n.need, p, u128::from(per_node));
            n.terms.push(NeedTerm {
                pool: i,
                nodes,
                per_node,
            });
        }
        if let Some(n) = pod_of
            .get(i)
            .copied()
            .flatten()
            .and_then(|s| out.get_mut(s))
        {
            let per_node = match n.unit {
                SubnetUnit::Blocks => static_blocks(p.max_pods),
                SubnetUnit::Ips => dynamic_ips(p.max_pods, p.max_pods),
            };
            add(&mut n.need, p, u128::from(per_node));
            n.terms.push(NeedTerm {
                pool: i,
                nodes,
                per_node,
            });
        }
    }
    if let Some(n) = extras_in.and_then(|s| out.get_mut(s)) {
        add_all(&mut n.need, u128::from(extras));
        n.other = n.other.saturating_add(u128::from(extras));
    }
    out
}

/// What a subnet of this prefix holds, in its unit.
fn capacity(unit: SubnetUnit, net: &Ipv4Net) -> u128 {
    let net = IpNet::V4(*net);
    match unit {
        SubnetUnit::Ips => size(&net).saturating_sub(AZURE_RESERVED),
        SubnetUnit::Blocks => static_block_capacity(&net),
    }
}

/// The smallest prefix that holds `need` in `unit` and satisfies the purpose's minimum.
fn smallest_for(unit: SubnetUnit, purpose: Purpose, need: u128) -> Option<u8> {
    let by_need = match unit {
        SubnetUnit::Ips => smallest_subnet(need),
        SubnetUnit::Blocks => smallest_static_subnet(need).map(|p| p.min(SMALLEST_AZURE_PREFIX)),
    }?;
    Some(match purpose.min_size() {
        Some(min) => by_need.min(min.prefix),
        None => by_need,
    })
}

/// `need × factor`, rounded up.
fn grown(need: u128, (num, den): (u128, u128)) -> u128 {
    need.saturating_mul(num).div_ceil(den.max(1))
}

/// The design's inputs as read, before any layout.
struct Read {
    prefixes: Vec<Prefixes>,
    ips: Vec<u64>,
    growth: (u128, u128),
    node_of: Vec<Option<usize>>,
    pod_of: Vec<Option<usize>>,
    extras_in: Option<usize>,
}

fn read(input: &Input<'_>, ctx: &mut Ctx<'_>) -> Read {
    let c = &input.plan.cluster;
    check_names(&c.subnets, ctx);
    let prefixes = c
        .subnets
        .iter()
        .enumerate()
        .map(|(i, s)| read_prefixes(i, s, ctx))
        .collect();
    let ips = c
        .subnets
        .iter()
        .enumerate()
        .map(|(i, s)| read_ips(i, s, ctx))
        .collect();
    let growth = if c.growth.trimmed().is_empty() {
        (1, 1)
    } else {
        parse_factor(&c.growth).unwrap_or_else(|e| {
            ctx.at(At::Cluster(ClusterField::Growth), SubnetIssue::BadGrowth(e));
            (1, 1)
        })
    };
    let (node_of, pod_of) = resolve_pools(input, ctx);
    let extras_in = node_of.get(first_pool(input.plan)).copied().flatten();
    Read {
        prefixes,
        ips,
        growth,
        node_of,
        pod_of,
        extras_in,
    }
}

/// The subnets' reports before the layout: needs, sizes, the pools in each.
fn reports(input: &Input<'_>, r: &Read) -> Vec<SubnetReport> {
    let c = &input.plan.cluster;
    let needs = needs(
        input.model,
        &c.subnets,
        &r.ips,
        input.pools,
        &r.node_of,
        &r.pod_of,
        r.extras_in,
        input.extras,
    );
    c.subnets
        .iter()
        .zip(needs)
        .zip(&r.prefixes)
        .enumerate()
        .map(|(i, ((s, n), p))| SubnetReport {
            purpose: s.purpose,
            net: p.v4,
            v6: p.v6,
            placed: false,
            wanted: s
                .is_auto()
                .then(|| smallest_for(n.unit, s.purpose, grown(n.need.upgrade, r.growth)))
                .flatten(),
            unit: n.unit,
            need: n.need,
            capacity: None,
            smallest: smallest_for(n.unit, s.purpose, n.need.upgrade),
            node_pools: pools_in(&r.node_of, |s| s == i),
            pod_pools: pools_in(&r.pod_of, |s| s == i),
            other: n.other,
            terms: n.terms,
            parts: Vec::new(),
        })
        .collect()
}

/// Evaluates the design and adds its findings.
pub(super) fn evaluate(input: &Input<'_>, findings: &mut Vec<Finding>) -> DesignReport {
    let mut ctx = Ctx { findings };
    let c = &input.plan.cluster;
    let read = read(input, &mut ctx);
    let mut subnets = reports(input, &read);
    let mut layout = Layout::new(input, &read.prefixes);
    layout.place_auto(&c.subnets, &mut subnets, &mut ctx);
    layout.place_ipv6(input, &c.subnets, &mut subnets, &mut ctx);
    for (i, (s, r)) in c.subnets.iter().zip(subnets.iter_mut()).enumerate() {
        r.capacity = r.net.map(|net| capacity(r.unit, &net));
        r.parts = parts(r, input.pools);
        check_subnet(i, s, r, input, &mut ctx);
    }
    check_overlaps(&c.subnets, &subnets, input, &mut ctx);
    let (apiserver, virtual_nodes) = check_roles(input, &subnets, read.extras_in, &mut ctx);
    let ips_in_use = subnets.iter().map(in_use).fold(0u128, u128::saturating_add);
    let next_free = NEXT_FREE
        .filter(|p| {
            input
                .vnet
                .iter()
                .any(|v| matches!(v, IpNet::V4(n) if n.prefix_len() <= *p))
        })
        .map(|p| (p, first_free(&layout.v4_spaces, &layout.taken, p)))
        .collect();
    let free = free_blocks(input.vnet, &layout.taken, FREE_LIMIT);
    let clusters = cluster_fit(&subnets, &layout, ips_in_use, apiserver);
    check_cluster_fit(clusters.as_ref(), &c.subnets, &subnets, &mut ctx);
    DesignReport {
        vnet: input.vnet.to_vec(),
        map: map(input.vnet, &subnets, &free),
        ranges: ranges(input),
        placements: placements(&subnets),
        free,
        next_free,
        clusters,
        subnets,
        node_subnet_of: read.node_of,
        pod_subnet_of: read.pod_of,
        apiserver,
        virtual_nodes,
        ips_in_use,
    }
}

/// The prefixes the layout gave the auto subnets, as "Fit into the VNet" writes them.
fn placements(subnets: &[SubnetReport]) -> Vec<(usize, String)> {
    subnets
        .iter()
        .enumerate()
        .filter(|(_, r)| r.placed)
        .filter_map(|(i, r)| {
            let mut prefix = r.net?.to_string();
            if let Some(v6) = r.v6 {
                prefix = alloc::format!("{prefix},{v6}");
            }
            Some((i, prefix))
        })
        .collect()
}

/// Each IPv4 prefix of the VNet as a bar: its subnets and free blocks at their places.
fn map(vnet: &[IpNet], subnets: &[SubnetReport], free: &[IpNet]) -> Vec<MapBar> {
    vnet.iter()
        .filter(|v| matches!(v, IpNet::V4(_)))
        .map(|space| {
            let total = size(space).max(1);
            let cell = |item: MapItem, net: &IpNet| {
                let offset = crate::rules::layout::start(net)
                    .saturating_sub(crate::rules::layout::start(space));
                let permille =
                    |n: u128| u64::try_from(n.saturating_mul(1000) / total).unwrap_or(1000);
                MapCell {
                    item,
                    start_permille: permille(offset),
                    width_permille: permille(size(net)).min(1000),
                }
            };
            let mut cells: Vec<(u128, MapCell)> = subnets
                .iter()
                .enumerate()
                .filter_map(|(i, r)| Some((i, IpNet::V4(r.net?))))
                .filter(|(_, n)| space.contains(n))
                .map(|(i, n)| {
                    (
                        crate::rules::layout::start(&n),
                        cell(MapItem::Subnet(i), &n),
                    )
                })
                .chain(
                    free.iter()
                        .filter(|n| space.contains(*n))
                        .map(|n| (crate::rules::layout::start(n), cell(MapItem::Free(*n), n))),
                )
                .collect();
            cells.sort_by_key(|(start, _)| *start);
            MapBar {
                space: *space,
                cells: cells.into_iter().map(|(_, c)| c).collect(),
            }
        })
        .collect()
}

/// The cluster-wide ranges and what each overlaps, for the legend under the map.
fn ranges(input: &Input<'_>) -> Vec<RangeRow> {
    let all: Vec<(Role, IpNet)> = input
        .vnet
        .iter()
        .map(|n| (Role::Vnet, *n))
        .chain(input.avoid.iter().copied())
        .collect();
    all.iter()
        .map(|(role, net)| RangeRow {
            role: *role,
            net: *net,
            overlaps: all
                .iter()
                .filter(|(r, n)| r != role && overlaps(net, n))
                .copied()
                .collect(),
        })
        .collect()
}

fn pools_in(of: &[Option<usize>], pick: impl Fn(usize) -> bool) -> Vec<usize> {
    of.iter()
        .enumerate()
        .filter(|(_, s)| s.is_some_and(&pick))
        .map(|(i, _)| i)
        .collect()
}

/// Addresses a subnet has in use at the plan's most.
fn in_use(r: &SubnetReport) -> u128 {
    match r.unit {
        SubnetUnit::Ips => r.need.upgrade,
        SubnetUnit::Blocks => r.need.upgrade.saturating_mul(u128::from(STATIC_BLOCK)),
    }
}

/// The VNet's free space as the layout fills it.
struct Layout {
    v4_spaces: Vec<IpNet>,
    v6_spaces: Vec<IpNet>,
    taken: Taken,
    taken_v6: Taken,
    /// A listed range that covers every IPv4 prefix of the VNet, if one does.
    covered_by: Option<IpNet>,
    /// Some range the subnets must avoid (pod CIDR, service CIDR, listed) covers every IPv4
    /// prefix of the VNet: a larger VNet around it is not the fix, so none is suggested.
    avoided_whole: bool,
}

/// The first listed range that contains each IPv4 prefix of the VNet, when every prefix has one.
fn listed_cover(v4_spaces: &[IpNet], avoid: &[(Role, IpNet)]) -> Option<IpNet> {
    let cover = |space: &IpNet| {
        avoid
            .iter()
            .find(|(role, n)| *role == Role::Listed && n.contains(space))
            .map(|(_, n)| *n)
    };
    let first = cover(v4_spaces.first()?)?;
    v4_spaces
        .iter()
        .all(|s| cover(s).is_some())
        .then_some(first)
}

impl Layout {
    fn new(input: &Input<'_>, prefixes: &[Prefixes]) -> Layout {
        let (v4_spaces, v6_spaces): (Vec<IpNet>, Vec<IpNet>) =
            input.vnet.iter().partition(|n| matches!(n, IpNet::V4(_)));
        let fixed: Vec<IpNet> = prefixes
            .iter()
            .filter_map(|p| p.v4.map(IpNet::V4))
            .chain(input.avoid.iter().map(|(_, n)| *n))
            .collect();
        let fixed_v6: Vec<IpNet> = prefixes
            .iter()
            .filter_map(|p| p.v6.map(IpNet::V6))
            .collect();
        let family = IpNet::V4(Ipv4Net::default());
        let family_v6 = IpNet::V6(Ipv6Net::default());
        let avoided_whole = !v4_spaces.is_empty()
            && v4_spaces
                .iter()
                .all(|v| input.avoid.iter().any(|(_, n)| n.contains(v)));
        Layout {
            covered_by: listed_cover(&v4_spaces, input.avoid),
            avoided_whole,
            taken: Taken::new(&family, fixed.iter()),
            taken_v6: Taken::new(
                &family_v6,
                fixed_v6.iter().chain(input.avoid.iter().map(|(_, n)| n)),
            ),
            v4_spaces,
            v6_spaces,
        }
    }

    /// Places every auto subnet, largest first; a subnet with no room gets a finding, unless a
    /// listed range covering the whole VNet is why (then that is the one finding).
    fn place_auto(&mut self, plan: &[Subnet], subnets: &mut [SubnetReport], ctx: &mut Ctx<'_>) {
        if let Some(range) = self.covered_by {
            let vnet: Vec<String> = self.v4_spaces.iter().map(ToString::to_string).collect();
            let issue = SubnetIssue::ListedCoversVnet {
                range: range.to_string(),
                vnet: vnet.join(", "),
            };
            ctx.at(At::Cluster(ClusterField::ListedRanges), issue);
            return;
        }
        let auto: Vec<(usize, u8)> = subnets
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((i, r.wanted?)))
            .collect();
        let prefixes: Vec<u8> = auto.iter().map(|(_, p)| *p).collect();
        let before = self.taken.clone();
        let placed = place(&self.v4_spaces, &mut self.taken, &prefixes);
        for ((i, prefix), net) in auto.iter().zip(placed) {
            let Some(r) = subnets.get_mut(*i) else {
                continue;
            };
            match net {
                Some(IpNet::V4(n)) => {
                    r.net = Some(n);
                    r.placed = true;
                }
                _ => {
                    let name = plan.get(*i).map_or_else(String::new, |s| s.name.clone());
                    ctx.subnet(
                        *i,
                        SubnetField::Prefix,
                        SubnetIssue::NoRoom {
                            name,
                            prefix: *prefix,
                        },
                    );
                }
            }
        }
        let unplaced: u128 = auto
            .iter()
            .filter(|(i, _)| subnets.get(*i).is_some_and(|r| !r.placed))
            .map(|(_, p)| block(*p))
            .sum();
        if unplaced > 0 {
            let available: u128 = self.v4_spaces.iter().map(size).sum();
            // What is taken inside the VNet (subnets, and ranges they must avoid), counted once.
            let free: u128 = free_blocks(&self.v4_spaces, &self.taken, usize::MAX)
                .iter()
                .map(size)
                .sum();
            let needed = available.saturating_sub(free).saturating_add(unplaced);
            let vnet_prefix = if self.v4_spaces.is_empty() {
                (0..=32u8).rev().find(|p| block(*p) >= needed)
            } else if self.avoided_whole {
                None
            } else {
                larger_vnet(&self.v4_spaces, &before, &prefixes)
            };
            ctx.at(
                At::Cluster(ClusterField::Vnet),
                SubnetIssue::Shortfall {
                    needed,
                    available,
                    vnet_prefix,
                },
            );
        }
    }

    /// Dual-stack: node subnets without an IPv6 /64 get the next free one of the VNet, and so do
    /// the pod subnets of static block allocation, whose IPv6 pod range AKS derives from the pod
    /// subnet (CHANGELOG 2026-06-19, aks-rules §4e).
    fn place_ipv6(
        &mut self,
        input: &Input<'_>,
        plan: &[Subnet],
        subnets: &mut [SubnetReport],
        ctx: &mut Ctx<'_>,
    ) {
        if !input.dual_stack {
            return;
        }
        if self.v6_spaces.is_empty() {
            ctx.at(At::Cluster(ClusterField::Vnet), SubnetIssue::VnetNeedsIpv6);
            return;
        }
        for (i, (s, r)) in plan.iter().zip(subnets.iter_mut()).enumerate() {
            let dual = match r.purpose {
                Purpose::Nodes => true,
                Purpose::Pods => input.model == NetworkModel::PodSubnetStatic,
                _ => false,
            };
            if !dual || r.v6.is_some() {
                continue;
            }
            match place(&self.v6_spaces, &mut self.taken_v6, &[64])
                .first()
                .copied()
                .flatten()
            {
                Some(IpNet::V6(n)) => r.v6 = Some(n),
                _ => ctx.subnet(
                    i,
                    SubnetField::Prefix,
                    SubnetIssue::NeedsIpv6 {
                        name: s.name.clone(),
                    },
                ),
            }
        }
    }
}

/// How many times "a larger VNet" doubles its first prefix at most, looking for one that holds
/// the layout (a /24 grows to a /8 at most).
const VNET_GROWTH_STEPS: usize = 16;

/// The smallest prefix length of a VNet that holds every auto subnet, laid out again around the
/// same fixed subnets and avoided ranges (`taken`): the VNet's first IPv4 prefix grown to its
/// supernets, one bit at a time, with its other prefixes kept. `None` when none does within
/// [`VNET_GROWTH_STEPS`] (a larger VNet is not the fix, e.g. an avoided range covers them all).
fn larger_vnet(spaces: &[IpNet], taken: &Taken, prefixes: &[u8]) -> Option<u8> {
    let mut candidate = *spaces.first()?;
    for _ in 0..VNET_GROWTH_STEPS {
        candidate = candidate.supernet()?;
        let grown: Vec<IpNet> = core::iter::once(candidate)
            .chain(spaces.iter().copied().filter(|s| !candidate.contains(s)))
            .collect();
        if place(&grown, &mut taken.clone(), prefixes)
            .iter()
            .all(Option::is_some)
        {
            return Some(candidate.prefix_len());
        }
    }
    None
}

/// Addresses in a block of this prefix length.
fn block(prefix: u8) -> u128 {
    1u128 << (32 - u32::from(prefix.min(32)))
}

/// The subnet's address space in parts: reserved, nodes, surge, pods, others, free.
fn parts(r: &SubnetReport, pools: &[Option<PoolNodes>]) -> Vec<Segment> {
    let Some(net) = r.net else { return Vec::new() };
    let total = size(&IpNet::V4(net));
    let (mut nodes, mut surge, mut pods) = (0u128, 0u128, 0u128);
    for p in r
        .node_pools
        .iter()
        .filter_map(|&i| pools.get(i).copied().flatten())
    {
        nodes = nodes.saturating_add(u128::from(p.max));
        surge = surge.saturating_add(u128::from(p.surge_nodes()));
    }
    // What the nodes' entries do not explain is pods (node subnet model, pod subnets).
    let used = match r.unit {
        SubnetUnit::Ips => r.need.upgrade,
        SubnetUnit::Blocks => r.need.upgrade.saturating_mul(u128::from(STATIC_BLOCK)),
    };
    if r.purpose == Purpose::Nodes {
        pods = used
            .saturating_sub(nodes)
            .saturating_sub(surge)
            .saturating_sub(r.other);
    } else if r.purpose == Purpose::Pods {
        pods = used;
        nodes = 0;
        surge = 0;
    }
    let reserved = match r.unit {
        SubnetUnit::Ips => AZURE_RESERVED,
        SubnetUnit::Blocks => 2 * u128::from(STATIC_BLOCK),
    };
    let other = if r.purpose == Purpose::Pods {
        0
    } else {
        r.other
    };
    let busy = reserved
        .saturating_add(nodes)
        .saturating_add(surge)
        .saturating_add(pods)
        .saturating_add(other);
    let whole = total.max(busy).max(1);
    [
        (Part::Reserved, reserved),
        (Part::Nodes, nodes),
        (Part::Surge, surge),
        (Part::Pods, pods),
        (Part::Other, other),
        (Part::Free, total.saturating_sub(busy)),
    ]
    .iter()
    .map(|&(part, ips)| Segment {
        part,
        ips,
        permille: u64::try_from(ips.saturating_mul(1000) / whole).unwrap_or(1000),
    })
    .collect()
}

fn check_names(subnets: &[Subnet], ctx: &mut Ctx<'_>) {
    for (i, s) in subnets.iter().enumerate() {
        let name = s.name.trimmed();
        if name.is_empty() {
            ctx.subnet(i, SubnetField::Name, SubnetIssue::EmptyName);
            continue;
        }
        if subnets
            .iter()
            .take(i)
            .any(|o| o.name.trimmed().eq_ignore_ascii_case(name))
        {
            ctx.subnet(
                i,
                SubnetField::Name,
                SubnetIssue::DuplicateName {
                    name: crate::plan::quantity::shown(name),
                },
            );
        }
        match (s.purpose.required_name(), Purpose::for_required_name(name)) {
            (Some(required), _) if !required.eq_ignore_ascii_case(name) => ctx.subnet(
                i,
                SubnetField::Name,
                SubnetIssue::NameRequired {
                    purpose: s.purpose,
                    name: required,
                },
            ),
            (None, Some(reserved_for)) => ctx.subnet(
                i,
                SubnetField::Purpose,
                SubnetIssue::NameReserved {
                    name: crate::plan::quantity::shown(name),
                    purpose: reserved_for,
                },
            ),
            _ => {}
        }
    }
}

/// The checks of one subnet: sizes, AKS's check, inside the VNet.
fn check_subnet(i: usize, s: &Subnet, r: &SubnetReport, input: &Input<'_>, ctx: &mut Ctx<'_>) {
    if let Some(v6) = r.v6.filter(|n| n.prefix_len() != 64) {
        ctx.subnet(
            i,
            SubnetField::Prefix,
            SubnetIssue::Ipv6Not64 {
                cidr: v6.to_string(),
            },
        );
    }
    let Some(net) = r.net else { return };
    let cidr = net.to_string();
    let p = net.prefix_len();
    if !(LARGEST_AZURE_PREFIX..=SMALLEST_AZURE_PREFIX).contains(&p) {
        ctx.subnet(
            i,
            SubnetField::Prefix,
            SubnetIssue::OutsideAzureSizes { cidr: cidr.clone() },
        );
    }
    if let Some(min) = s.purpose.min_size().filter(|m| p > m.prefix) {
        ctx.subnet(
            i,
            SubnetField::Prefix,
            SubnetIssue::TooSmallForPurpose {
                cidr: cidr.clone(),
                purpose: s.purpose,
                min_prefix: min.prefix,
                hard: min.hard,
            },
        );
    }
    let inside = |n: &IpNet| input.vnet.iter().any(|v| v.contains(n));
    if !input.vnet.is_empty() {
        if !inside(&IpNet::V4(net)) {
            ctx.subnet(
                i,
                SubnetField::Prefix,
                SubnetIssue::OutsideVnet {
                    name: s.name.clone(),
                    cidr: cidr.clone(),
                },
            );
        }
        if let Some(v6) = r.v6.filter(|n| !inside(&IpNet::V6(*n))) {
            ctx.subnet(
                i,
                SubnetField::Prefix,
                SubnetIssue::OutsideVnet {
                    name: s.name.clone(),
                    cidr: v6.to_string(),
                },
            );
        }
    }
    if let Some(issue) = overfull(s, r, cidr) {
        ctx.subnet(i, SubnetField::Prefix, issue);
    }
}

/// What to say when a subnet cannot hold what is planned in it. AKS checks only the node
/// subnets of its pools, and only the pools in them: (nodes + surge) × its per-node cost, not
/// the other addresses (rules-check A9; `InsufficientSubnetSize` at
/// `AgentPoolProfile_VnetSubnetID`). Its sentence is quoted there with its number; every other
/// subnet, and the other addresses of a node subnet, are said in the page's own words.
fn overfull(s: &Subnet, r: &SubnetReport, cidr: String) -> Option<SubnetIssue> {
    let capacity = r.capacity.filter(|c| r.need.upgrade > *c)?;
    let name = s.name.clone();
    if r.unit == SubnetUnit::Blocks {
        return Some(SubnetIssue::BlocksFull {
            name,
            cidr,
            needed: r.need.upgrade,
            capacity,
            smallest: r.smallest,
        });
    }
    if r.purpose != Purpose::Nodes || r.node_pools.is_empty() {
        return Some(SubnetIssue::Overfull {
            name,
            cidr,
            needed: r.need.upgrade,
            usable: capacity,
            smallest: r.smallest,
            surge_only: r.need.scaled <= capacity,
        });
    }
    let pools = r.need.upgrade.saturating_sub(r.other);
    Some(if pools > capacity {
        SubnetIssue::Full {
            name,
            cidr,
            needed: pools,
            usable: capacity,
            smallest: r.smallest,
            surge_only: r.need.scaled.saturating_sub(r.other) <= capacity,
        }
    } else {
        SubnetIssue::FullWithOthers {
            name,
            cidr,
            pools,
            other: r.other,
            usable: capacity,
            smallest: r.smallest,
        }
    })
}

/// No two subnets overlap, and none overlaps the pod CIDR, the service CIDR or a listed range.
fn check_overlaps(plan: &[Subnet], subnets: &[SubnetReport], input: &Input<'_>, ctx: &mut Ctx<'_>) {
    let nets: Vec<Vec<IpNet>> = subnets
        .iter()
        .map(|r| {
            r.net
                .map(IpNet::V4)
                .into_iter()
                .chain(r.v6.map(IpNet::V6))
                .collect()
        })
        .collect();
    let name = |i: usize| plan.get(i).map_or_else(String::new, |s| s.name.clone());
    for (i, mine) in nets.iter().enumerate() {
        for net in mine {
            // Against the subnets before it, so each pair is named once.
            if let Some((j, other)) = nets
                .iter()
                .enumerate()
                .take(i)
                .find_map(|(j, o)| o.iter().find(|o| overlaps(net, o)).map(|o| (j, *o)))
            {
                ctx.subnet(
                    i,
                    SubnetField::Prefix,
                    SubnetIssue::Overlap {
                        name: name(i),
                        cidr: net.to_string(),
                        other: name(j),
                        other_cidr: other.to_string(),
                    },
                );
            }
            // The first range of each role it overlaps: the pod CIDR, the service CIDR, a listed
            // range (a long list of peered ranges would otherwise give a message per range).
            for role in [Role::PodCidr, Role::ServiceCidr, Role::Listed] {
                let hit = input
                    .avoid
                    .iter()
                    .find(|(r, n)| *r == role && overlaps(net, n));
                if let Some((role, range)) = hit {
                    let issue = SubnetIssue::OverlapsRange {
                        name: name(i),
                        cidr: net.to_string(),
                        range: range.to_string(),
                        role: *role,
                    };
                    ctx.subnet(i, SubnetField::Prefix, issue);
                }
            }
        }
    }
}

/// The API server and ACI subnets, subnets nothing uses, and where the extras went.
fn check_roles(
    input: &Input<'_>,
    subnets: &[SubnetReport],
    extras_in: Option<usize>,
    ctx: &mut Ctx<'_>,
) -> (Option<usize>, Option<usize>) {
    let c = &input.plan.cluster;
    let apiserver = if c.apiserver_vnet_integration {
        let at = At::Cluster(ClusterField::ApiServerSubnet);
        let found = choose(
            &c.subnets,
            &c.apiserver_subnet,
            first_of(&c.subnets, Purpose::ApiServer),
            Purpose::ApiServer,
            at,
            ctx,
        );
        // With the AKS-managed VNet AKS makes the delegated subnet itself ("You can configure
        // AKS Standard clusters with API Server VNet Integration in managed VNet mode as public
        // or private clusters", `api-server-vnet-integration.md`, ms.date 04/15/2026).
        let managed = c.outbound.managed_vnet;
        if found.is_none() && c.apiserver_subnet.trimmed().is_empty() && !managed {
            ctx.at(at, SubnetIssue::NoApiServerSubnet);
        }
        found
    } else {
        None
    };
    // Virtual Nodes v2 run their pods in a subnet delegated to ACI too (their README).
    let uses_aci = c.virtual_nodes || input.virtual_nodes_v2 > 0;
    let aci = first_of(&c.subnets, Purpose::VirtualNodes).filter(|_| uses_aci);
    if aci.is_none() && c.virtual_nodes {
        ctx.at(
            At::Cluster(ClusterField::VirtualNodes),
            SubnetIssue::NoVirtualNodesSubnet,
        );
    } else if aci.is_none() && input.virtual_nodes_v2 > 0 {
        ctx.at(
            At::Cluster(ClusterField::VirtualNodesV2),
            SubnetIssue::NoVirtualNodesV2Subnet,
        );
    }
    check_uses(input, subnets, extras_in, ctx);
    (apiserver, aci)
}

/// Subnets nothing of the cluster uses, kubenet's route table, where the extras went.
fn check_uses(
    input: &Input<'_>,
    subnets: &[SubnetReport],
    extras_in: Option<usize>,
    ctx: &mut Ctx<'_>,
) {
    let c = &input.plan.cluster;
    for (i, (s, r)) in c.subnets.iter().zip(subnets).enumerate() {
        if let Some(issue) = use_of(input, s, r) {
            ctx.subnet(i, SubnetField::Purpose, issue);
        }
    }
    let node_subnets = subnets
        .iter()
        .filter(|r| r.purpose == Purpose::Nodes)
        .count();
    if let Some(i) = extras_in.filter(|_| node_subnets > 1 && input.extras > 0) {
        let name = c
            .subnets
            .get(i)
            .map_or_else(String::new, |s| s.name.clone());
        let issue = SubnetIssue::ExtrasHere {
            name,
            ips: input.extras,
        };
        ctx.subnet(i, SubnetField::Purpose, issue);
    }
}

/// What there is to say about how the cluster uses a subnet, if anything.
fn use_of(input: &Input<'_>, s: &Subnet, r: &SubnetReport) -> Option<SubnetIssue> {
    let c = &input.plan.cluster;
    let name = s.name.clone();
    let model = input.model;
    Some(match s.purpose {
        Purpose::Nodes
            if r.node_pools.is_empty() && r.other == 0 && !input.plan.pools.is_empty() =>
        {
            SubnetIssue::Unused { name }
        }
        Purpose::Nodes if model == NetworkModel::Kubenet && !r.node_pools.is_empty() => {
            SubnetIssue::KubenetRouteTable { name }
        }
        Purpose::Pods if !model.uses_pod_subnet() => SubnetIssue::PodSubnetNotUsed { name },
        Purpose::Pods if r.pod_pools.is_empty() => SubnetIssue::Unused { name },
        Purpose::ApiServer if !c.apiserver_vnet_integration => SubnetIssue::PurposeNotUsed {
            name,
            purpose: s.purpose,
        },
        Purpose::VirtualNodes if !c.virtual_nodes && input.virtual_nodes_v2 == 0 => {
            SubnetIssue::PurposeNotUsed {
                name,
                purpose: s.purpose,
            }
        }
        Purpose::AppGatewayForContainers if model == NetworkModel::Kubenet => {
            SubnetIssue::AgcNeedsAzureCni { name }
        }
        _ => return None,
    })
}

/// How many clusters of this shape the VNet holds: copies of the subnets a cluster cannot share
/// (node and pod subnets, ACI, AGC) in the free space, within the VNet's 65,536 addresses in use,
/// and no more than the shared API server subnet (`apiserver`, when the cluster uses one) holds at
/// 9 addresses each (rules-check A1).
fn cluster_fit(
    subnets: &[SubnetReport],
    layout: &Layout,
    ips_in_use: u128,
    apiserver: Option<usize>,
) -> Option<ClusterFit> {
    let fits = subnets
        .iter()
        .all(|r| r.fits() != Some(false) && r.net.is_some());
    if !fits || subnets.is_empty() {
        return None;
    }
    let own: Vec<&SubnetReport> = subnets
        .iter()
        .filter(|r| !r.purpose.shared_by_clusters())
        .collect();
    let shape: Vec<u8> = own
        .iter()
        .filter_map(|r| r.net.map(|n| n.prefix_len()))
        .collect();
    let api = apiserver.and_then(|i| Some((i, api_clusters(subnets.get(i)?)?)));
    let per_api = u128::from(Purpose::ApiServer.fixed_ips()) * u128::from(api.is_some());
    let per_cluster: u128 = own.iter().map(|r| in_use(r)).sum::<u128>() + per_api;
    let shared = ips_in_use.saturating_sub(per_cluster);
    let by_ips = crate::rules::limits::VNET_IPS
        .saturating_sub(shared)
        .checked_div(per_cluster)
        .map_or(u64::MAX, |n| u64::try_from(n).unwrap_or(u64::MAX));
    let more = copies(&layout.v4_spaces, &layout.taken, &shape, CLUSTER_CAP);
    let count = more.saturating_add(1).min(by_ips.max(1));
    Some(match api.filter(|(_, n)| *n < count) {
        Some((i, n)) => ClusterFit {
            count: n,
            at_least: false,
            limited_by: Some(i),
        },
        None => ClusterFit {
            count,
            at_least: more >= CLUSTER_CAP && count == more + 1,
            limited_by: None,
        },
    })
}

/// How many clusters an API server subnet holds: its usable addresses less what else is planned
/// in it (beyond this cluster's 9), at 9 each.
fn api_clusters(r: &SubnetReport) -> Option<u64> {
    let capacity = r.capacity?;
    let per_cluster = u128::from(r.purpose.fixed_ips());
    let others = r.need.upgrade.saturating_sub(per_cluster);
    let n = r
        .purpose
        .clusters_sharing(capacity.saturating_sub(others))?;
    Some(u64::try_from(n).unwrap_or(u64::MAX))
}

/// Names the API server subnet when it is what caps the count of clusters.
fn check_cluster_fit(
    fit: Option<&ClusterFit>,
    plan: &[Subnet],
    subnets: &[SubnetReport],
    ctx: &mut Ctx<'_>,
) {
    let Some((i, fit)) = fit.and_then(|f| Some((f.limited_by?, f))) else {
        return;
    };
    let (Some(s), Some(r)) = (plan.get(i), subnets.get(i)) else {
        return;
    };
    let issue = SubnetIssue::LimitsClusters {
        name: s.name.clone(),
        usable: r.capacity.unwrap_or(0),
        clusters: fit.count,
    };
    ctx.subnet(i, SubnetField::Prefix, issue);
}
