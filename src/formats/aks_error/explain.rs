//! The explanation as lines: AKS's sentence as read, what AKS counted, the formula with the
//! numbers of the plan built from the error (the page's own figures), what was assumed.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use ipnet::{IpNet, Ipv4Net};

use super::built::{Assumed, Built, MaxPodsFrom, most, pool_over_1000};
use super::fix::FixKind;
use super::parse::{Found, Kind, RangeTarget, SubnetFormat};
use super::{Line, LineKind};
use crate::evaluate::{Report, Snat};
use crate::plan::NetworkModel;
use crate::rules::subnet::Purpose;
use crate::text::aks_error::{self as words, Term, aks, assumed, title};
use crate::text::{self, Lang, T};

/// The title of an error.
pub fn title_of(found: &Found) -> T {
    match found {
        Found::PodCidr { kubenet: false, .. } => title::OVERLAY_POD_CIDR,
        Found::PodCidr { kubenet: true, .. } => title::KUBENET_POD_CIDR,
        f => kind_title(f.kind()),
    }
}

pub fn kind_title(kind: Kind) -> T {
    match kind {
        Kind::InsufficientSubnetSize => title::SUBNET_SIZE,
        Kind::InsufficientPodCidr => title::KUBENET_POD_CIDR,
        Kind::SubnetIsFull => title::SUBNET_FULL,
        Kind::SubnetIsDelegated => title::DELEGATED,
        Kind::AllocatedOutboundPorts => title::PORTS,
        Kind::CidrOverlapVnet => title::OVERLAP_VNET,
        Kind::ServiceCidrOverlap => title::SERVICE_OVERLAP,
        Kind::DnsOutsideService => title::DNS,
        Kind::ReservedRange => title::RESERVED,
        Kind::MaxPods => title::MAX_PODS,
        Kind::SystemPoolSku => title::SYSTEM_SKU,
        Kind::NoSystemPool => title::NO_SYSTEM,
        Kind::PoolCount => title::COUNT,
        Kind::SurgeOver1000 => title::SURGE,
        Kind::DialingBackend => title::DIALING,
    }
}

fn line(kind: LineKind, text: String) -> Line {
    Line { kind, text }
}

/// AKS's sentence rebuilt from what was read.
fn sentence(found: &Found) -> Option<String> {
    let s = |n: &Ipv4Net| n.to_string();
    Some(match found {
        Found::SubnetSize {
            needed,
            available,
            cidr,
            name,
            format,
        } => match (format, cidr, name) {
            (SubnetFormat::Current, Some(c), Some(n)) => {
                text::design::insufficient_subnet(*needed, *available, &s(c), n)
            }
            (SubnetFormat::Old, _, _) => aks::old_subnet(*needed, *available),
            (_, Some(c), _) => aks::subnet_cidr(*needed, *available, &s(c)),
            _ => aks::old_subnet(*needed, *available),
        },
        Found::PodCidr {
            kubenet: true,
            needed,
            available,
            cidr,
        } => text::design::insufficient_pod_cidr(*needed, *available, &s(cidr)),
        Found::PodCidr {
            needed,
            available,
            cidr,
            ..
        } => text::design::insufficient_subnet(
            *needed,
            *available,
            &s(cidr),
            text::design::POD_CIDR_SUBNET_NAME,
        ),
        Found::SubnetFull { name, prefix, more } => aks::subnet_full(name, &s(prefix), *more),
        Found::Delegated { subnet } => aks::delegated(subnet),
        Found::Ports {
            ports,
            nodes,
            needed,
            available,
            ips,
        } => match ports.and_then(|p| u64::try_from(p).ok()) {
            Some(p) => text::outbound::allocated_ports_refused(
                p,
                u64::try_from(*nodes).unwrap_or(u64::MAX),
                *needed,
                *available,
                u64::try_from(*ips).unwrap_or(u64::MAX),
            ),
            None => aks::ports_total(*nodes, *needed, *available, *ips),
        },
        Found::OverlapVnet { cidr, vnet, .. } => aks::overlap_vnet(&s(cidr), &s(vnet)),
        Found::ServiceOverlapSubnet { service, subnet } => {
            aks::service_overlap(&s(service), &s(subnet))
        }
        Found::DnsOutside { ip, service } => aks::dns(&ip.to_string(), &s(service)),
        Found::MaxPods { .. } => String::from(aks::MAX_PODS),
        Found::SystemSku { pool, .. } => aks::system_sku(pool.as_deref().unwrap_or("…")),
        Found::NoSystemPool => String::from(aks::NO_SYSTEM),
        Found::Count { count, min, max } => aks::count(*count, *min, *max),
        Found::SurgeOver1000 => String::from(aks::SURGE),
        Found::DialingBackend { node, .. } => aks::dialing(node.map(|n| n.to_string()).as_deref()),
        Found::Reserved { .. } | Found::CodeOnly(_) => return None,
    })
}

/// Every line of the explanation.
pub fn lines(found: &Found, b: &Built, r: &Report, lang: Lang) -> Vec<Line> {
    let mut out = Vec::new();
    if let Found::CodeOnly(kind) = found {
        out.push(line(LineKind::Note, words::code_only(kind.code(), lang)));
        return out;
    }
    if let Some(s) = sentence(found) {
        out.push(line(LineKind::Read, words::read(&s, lang)));
    }
    out.extend(
        counted(found, b, r, lang)
            .into_iter()
            .map(|t| line(LineKind::Counted, t)),
    );
    out.extend(formulas(found, b, r, lang));
    out.extend(
        b.assumed
            .iter()
            .map(|a| line(LineKind::Assumed, assumed_words(a, lang))),
    );
    if b.assumed.iter().any(|a| !matches!(a, Assumed::MatchesPlan)) {
        out.push(line(
            LineKind::Note,
            String::from(words::ASSUMPTIONS_CHANGE.get(lang)),
        ));
    }
    out
}

fn counted(found: &Found, b: &Built, r: &Report, lang: Lang) -> Vec<String> {
    let one = |t: T| alloc::vec![String::from(t.get(lang))];
    match found {
        Found::SubnetSize { .. } => {
            let pods = b.plan.cluster.network == NetworkModel::NodeSubnet
                && b.subnet
                    .and_then(|i| r.design.subnets.get(i))
                    .is_none_or(|s| s.purpose == Purpose::Nodes);
            alloc::vec![String::from(words::counted_subnet(pods, lang))]
        }
        Found::PodCidr { .. } => one(words::COUNTED_POD_CIDR),
        Found::SubnetFull { .. } => one(words::COUNTED_FULL),
        Found::Delegated { .. } => one(words::COUNTED_DELEGATED),
        Found::Ports { .. } => one(words::COUNTED_PORTS),
        Found::OverlapVnet { target, .. } => {
            let service = *target == Some(RangeTarget::ServiceCidr)
                || b.assumed.contains(&Assumed::Target {
                    target: RangeTarget::ServiceCidr,
                });
            one(if service {
                words::COUNTED_SERVICE_RANGE
            } else {
                words::COUNTED_POD_RANGE
            })
        }
        Found::ServiceOverlapSubnet { .. } => one(words::COUNTED_SERVICE_RANGE),
        Found::DnsOutside { .. } => one(words::COUNTED_DNS),
        Found::Reserved { .. } => one(words::COUNTED_RESERVED),
        Found::MaxPods { .. } => one(words::COUNTED_MAX_PODS),
        Found::SystemSku { .. } => one(words::COUNTED_SYSTEM_SKU),
        Found::NoSystemPool => one(words::COUNTED_NO_SYSTEM),
        Found::Count { count, min, max } => {
            alloc::vec![words::counted_count(*count, *min, *max, lang)]
        }
        Found::SurgeOver1000 => one(words::COUNTED_SURGE),
        Found::DialingBackend { .. } => {
            let mut v = one(words::COUNTED_DIALING);
            v.push(text::egress::tunnel(&r.egress, lang));
            v.extend(text::egress::tunnel_checks(&r.egress, lang));
            v.push(String::from(words::DIALING_NSG.get(lang)));
            v
        }
        Found::CodeOnly(_) => Vec::new(),
    }
}

fn span(n: &Ipv4Net) -> (String, String) {
    (n.network().to_string(), n.broadcast().to_string())
}

fn formulas(found: &Found, b: &Built, r: &Report, lang: Lang) -> Vec<Line> {
    let f = |t: String| line(LineKind::Formula, t);
    match found {
        Found::SubnetSize {
            needed, available, ..
        } => subnet_formulas(b, r, *needed, *available, lang),
        Found::SubnetFull { prefix, more, .. } => {
            let size = crate::rules::address::size(&IpNet::V4(*prefix));
            let usable = crate::rules::network::usable_ips(&IpNet::V4(*prefix));
            let full = words::full_formula(prefix.prefix_len(), size, usable, *more, lang);
            let mut out = alloc::vec![f(full)];
            out.extend(subnet_formulas(b, r, 0, 0, lang));
            out
        }
        Found::PodCidr { .. } => pod_formula(r, lang).map(f).into_iter().collect(),
        Found::Ports { .. } => ports_formula(r, lang).map(f).into_iter().collect(),
        Found::OverlapVnet { cidr, vnet, .. } => {
            alloc::vec![f(overlap(cidr, &vnet.to_string(), vnet, lang))]
        }
        Found::ServiceOverlapSubnet { service, subnet } => {
            alloc::vec![f(overlap(service, &subnet.to_string(), subnet, lang))]
        }
        Found::DnsOutside { ip, service } => {
            let a = span(service);
            let text =
                words::outside_formula(&ip.to_string(), &service.to_string(), (&a.0, &a.1), lang);
            alloc::vec![f(text)]
        }
        Found::Reserved { cidr, reserved, .. } => reserved
            .parse::<Ipv4Net>()
            .ok()
            .map(|o| f(overlap(cidr, reserved, &o, lang)))
            .into_iter()
            .collect(),
        _ => pool_formula(found, b, r, lang).map(f).into_iter().collect(),
    }
}

/// `a (first – last) overlaps b (first – last)`, `b` named as the message names it.
fn overlap(a: &Ipv4Net, b_name: &str, b: &Ipv4Net, lang: Lang) -> String {
    let (x, y) = (span(a), span(b));
    words::overlap_formula(&a.to_string(), (&x.0, &x.1), b_name, (&y.0, &y.1), lang)
}

/// The pool's figure the error is about: its maxPods, its VM, its nodes with surge.
fn pool_formula(found: &Found, b: &Built, r: &Report, lang: Lang) -> Option<String> {
    match found {
        Found::MaxPods { .. } => {
            let pool = r.pools.get(b.pool)?;
            let value = u64::from(pool.max_pods?);
            let nodes = pool.nodes.map_or(0, |n| n.min());
            let wrong =
                !(10..=250).contains(&value) || (value < 30 && value.saturating_mul(nodes) < 30);
            wrong.then(|| words::max_pods_formula(value, nodes, lang))
        }
        Found::SystemSku { .. } => {
            let vm = r.pools.get(b.pool)?.vm?;
            let name = vm.size.map_or("custom", |s| s.name());
            Some(words::vm_formula(
                name,
                vm.vcpu,
                &text::gib(vm.memory_mib),
                lang,
            ))
        }
        Found::SurgeOver1000 | Found::Count { .. } => {
            let i = pool_over_1000(r)?;
            let (max, surge) = most(r.pools.get(i)?);
            Some(words::surge_formula(
                &b.plan.pools.get(i)?.name,
                max,
                surge,
                lang,
            ))
        }
        _ => None,
    }
}

/// The subnet's count by the page's rules; before it, AKS's own count when it differed (the old
/// message, without surge).
fn subnet_formulas(b: &Built, r: &Report, needed: u128, available: u128, lang: Lang) -> Vec<Line> {
    let Some(s) = b.subnet.and_then(|i| r.design.subnets.get(i)) else {
        return Vec::new();
    };
    let (Some(net), Some(capacity)) = (s.net, s.capacity) else {
        return Vec::new();
    };
    if s.unit != crate::evaluate::SubnetUnit::Ips {
        return Vec::new();
    }
    let node_subnet =
        b.plan.cluster.network == NetworkModel::NodeSubnet && s.purpose == Purpose::Nodes;
    let terms: Vec<Term> = s
        .terms
        .iter()
        .filter_map(|t| {
            let pool = r.pools.get(t.pool)?;
            let (max, _) = most(pool);
            Some(Term {
                nodes: max,
                surge: t.nodes.saturating_sub(max),
                per_node: t.per_node,
                max_pods: pool.max_pods.map(u64::from).filter(|_| node_subnet),
            })
        })
        .collect();
    let today = words::subnet_formula(
        &terms,
        s.other,
        s.need.upgrade,
        capacity,
        net.prefix_len(),
        lang,
    );
    match &b.aks {
        Some(aks_terms) => {
            let then: Vec<Term> = aks_terms
                .iter()
                .map(|t| Term {
                    nodes: t.nodes,
                    surge: t.surge,
                    per_node: t.per_node,
                    max_pods: t.max_pods.filter(|_| node_subnet),
                })
                .collect();
            let aks_total = if needed > 0 { needed } else { s.need.scaled };
            let usable = if available > 0 { available } else { capacity };
            alloc::vec![
                line(
                    LineKind::Formula,
                    words::subnet_formula(
                        &then,
                        s.other,
                        aks_total,
                        usable,
                        net.prefix_len(),
                        lang
                    )
                ),
                line(LineKind::Note, words::today(&today, lang)),
            ]
        }
        None => alloc::vec![line(LineKind::Formula, today)],
    }
}

/// Each pool at its most nodes, with its surge nodes when AKS's number counts them.
fn pool_terms(r: &Report, per_node: u64, with_surge: bool) -> Vec<Term> {
    r.pools
        .iter()
        .filter(|p| p.nodes.is_some())
        .map(|p| {
            let (max, surge) = most(p);
            Term {
                nodes: max,
                surge: if with_surge { surge } else { 0 },
                per_node,
                max_pods: None,
            }
        })
        .collect()
}

fn pod_formula(r: &Report, lang: Lang) -> Option<String> {
    let space = r.network.pod_space?;
    let block = crate::rules::limits::IPS_PER_NODE_BLOCK;
    let prefix = space.net?.prefix_len();
    let capacity = space.capacity?.saturating_mul(block);
    // AKS's number for the pod CIDR holds no surge nodes (rules-check A9b).
    let total = space.needed.scaled.saturating_mul(block);
    Some(words::pod_formula(
        &pool_terms(r, 256, false),
        total,
        capacity,
        prefix,
        lang,
    ))
}

fn ports_formula(r: &Report, lang: Lang) -> Option<String> {
    let Snat::LoadBalancer(lb) = r.outbound.snat else {
        return None;
    };
    let ports = lb.allocated?;
    Some(words::ports_formula(
        &pool_terms(r, ports, true),
        lb.needed?,
        lb.available?,
        lb.ips?,
        lang,
    ))
}

fn assumed_words(a: &Assumed, lang: Lang) -> String {
    let model_name = |m: NetworkModel| text::network_model(m).get(lang);
    match a {
        Assumed::Model { model, from_plan } => assumed::model(model_name(*model), *from_plan, lang),
        Assumed::MaxPods { pool, value, how } => {
            let how = match how {
                MaxPodsFrom::Typed => 0,
                MaxPodsFrom::Default => 1,
                MaxPodsFrom::Split => 2,
            };
            assumed::max_pods(pool, *value, how, lang)
        }
        Assumed::Surge { pool, nodes, typed } => assumed::surge(pool, *nodes, *typed, lang),
        Assumed::Nodes {
            pool,
            count,
            autoscale,
        } => assumed::nodes(pool, *count, *autoscale, lang),
        Assumed::Prefix { cidr, from_plan } => assumed::prefix(cidr, *from_plan, lang),
        Assumed::Vnet { vnet, added } => assumed::vnet(vnet, *added, lang),
        Assumed::SubnetNamed { name, was } => assumed::subnet_named(name, was, lang),
        Assumed::NoSurgeThen => String::from(assumed::no_surge_then(lang)),
        Assumed::NotExact { needed, counted } => {
            let n = |v: &u128| text::int(u64::try_from(*v).unwrap_or(u64::MAX));
            assumed::not_exact(&n(needed), &n(counted), lang)
        }
        Assumed::MatchesPlan => String::from(assumed::matches_plan(lang)),
        Assumed::Target { target } => {
            String::from(assumed::target(*target == RangeTarget::PodCidr, lang))
        }
        Assumed::Dns { ip } => assumed::dns(ip, lang),
        Assumed::OutboundType => String::from(assumed::outbound_type(lang)),
        Assumed::SubnetNotInPlan { name } => assumed::subnet_not_in_plan(name, lang),
        Assumed::NotDelegatedInPlan { name } => assumed::not_delegated_in_plan(name, lang),
        Assumed::Pool { message, pool } => assumed::pool(message.as_deref(), pool, lang),
        Assumed::NoValue => String::from(assumed::no_value(lang)),
        Assumed::PortsFromTotal { ports } => assumed::ports_from_total(*ports, lang),
    }
}

/// SubnetIsFull while the plan's pools fit: the rest of the subnet is used by something the plan
/// does not list.
pub fn full_but_fits(b: &Built, r: &Report, lang: Lang) -> Option<Line> {
    let s = b.subnet.and_then(|i| r.design.subnets.get(i))?;
    let usable = s.capacity?;
    Some(line(
        LineKind::Note,
        words::full_but_fits(s.need.upgrade, usable, lang),
    ))
}

/// The label of a fix's button.
pub fn fix_label(kind: &FixKind, lang: Lang) -> String {
    use crate::text::aks_error::fix as w;
    match kind {
        FixKind::SubnetPrefix {
            subnet,
            prefix,
            usable,
        } => w::subnet_prefix(subnet, prefix, *usable, lang),
        FixKind::PodCidr { cidr, nodes } => w::pod_cidr(cidr, *nodes, lang),
        FixKind::ServiceCidr { cidr, dns } => w::service_cidr(cidr, dns, lang),
        FixKind::DnsIp { ip } => w::dns(ip, lang),
        FixKind::Nodes {
            pool,
            count,
            autoscale,
        } => w::nodes(pool, *count, *autoscale, lang),
        FixKind::MaxUnavailable { pool, surge } => w::max_unavailable(pool, *surge, lang),
        FixKind::MaxSurge { pool, surge } => w::max_surge(pool, *surge, lang),
        FixKind::OutboundIps { ips, own } => w::outbound_ips(*ips, *own, lang),
        FixKind::Ports { ports } => w::ports(*ports, lang),
        FixKind::MaxPods { pool, value } => w::max_pods(pool, *value, lang),
        FixKind::MinNodes { pool, count } => w::min_nodes(pool, *count, lang),
        FixKind::VmSize { pool, vm } => w::vm_size(pool, vm, lang),
        FixKind::SystemMode { pool } => w::system_mode(pool, lang),
        FixKind::SplitPool { pool, pools, each } => w::split(pool, *pools, *each, lang),
        FixKind::NodeSubnet { subnet, prefix } => w::node_subnet(subnet, prefix, lang),
        FixKind::Tunnel { legacy } => String::from(w::tunnel(*legacy, lang)),
    }
}
