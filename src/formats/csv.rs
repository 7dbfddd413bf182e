//! The plan as CSV for spreadsheets (RFC 4180, CRLF line ends): one row per pool with its node
//! figures in kubectl units, one row per subnet of the VNet design, and the pod CIDR's /24 of
//! every node slot.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write;

use crate::evaluate;
use crate::evaluate::{NodeUse, PoolReport};
use crate::plan::Plan;
use crate::rules::RULES_VERSION;
use crate::rules::address::{node_block_v6, node_blocks_page};

/// One CSV field, quoted when it must be (RFC 4180).
fn csv_field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn csv_row(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, f);
    }
    out.push_str("\r\n");
}

/// The columns of the pools CSV. Columns added later go at the end, so spreadsheets that read
/// the earlier ones by position keep working.
const POOL_COLUMNS: [&str; 25] = [
    "pool",
    "mode",
    "os",
    "vm_size",
    "vcpu",
    "memory_mib",
    "node_count",
    "max_nodes",
    "surge_nodes",
    "max_pods",
    "memory_rule",
    "cpu_reserved_m",
    "cpu_allocatable_m",
    "kube_reserved_mi",
    "system_reserved_mi",
    "eviction_mi",
    "capacity_ki",
    "allocatable_ki",
    "allocatable_mi",
    "pods_per_node",
    "os_sku",
    "unavailable_nodes",
    "cpu_kube_reserved_m",
    "cpu_system_reserved_m",
    // The rule set the figures follow, on every row: a CSV has no place for a header note.
    "rules",
];

/// The pools and their node figures as CSV, one row per pool, plain numbers in kubectl units.
///
/// # Examples
/// ```
/// let csv = aks_calc::formats::csv::csv_pools(&aks_calc::plan::Plan::default());
/// let mut lines = csv.lines();
/// assert!(lines.next().unwrap().starts_with("pool,mode,os,vm_size,vcpu,memory_mib"));
/// assert!(lines.next().unwrap().starts_with("nodepool1,System,Linux,Standard_D4s_v5,4,16384,3"));
/// ```
pub fn csv_pools(plan: &Plan) -> String {
    let r = evaluate(plan);
    let mut out = String::new();
    csv_row(&mut out, &POOL_COLUMNS);
    for (pool, pr) in plan.pools.iter().zip(&r.pools) {
        let fields = pool_fields(pool, pr);
        let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
        csv_row(&mut out, &refs);
    }
    out
}

/// One pool's row, in the order of [`POOL_COLUMNS`].
fn pool_fields(pool: &crate::plan::Pool, pr: &PoolReport) -> [String; 25] {
    let opt = |v: Option<u64>| v.map_or_else(String::new, |v| format!("{v}"));
    let mem = pr.node.and_then(|n| n.memory);
    [
        pool.name.clone(),
        String::from(fragment_value_mode(pool.mode)),
        String::from(match pool.os {
            crate::plan::OsType::Linux => "Linux",
            crate::plan::OsType::Windows => "Windows",
        }),
        pool.vm_size.clone(),
        opt(pr.vm.map(|v| u64::from(v.vcpu))),
        opt(pr.vm.map(|v| v.memory_mib)),
        opt(pr.nodes.map(|n| n.count)),
        opt(pr.nodes.map(|n| n.max())),
        opt(pr.nodes.map(|n| pr.surge.nodes(n.max()))),
        opt(pr.max_pods.map(u64::from)),
        String::from(pool_rule_id(pr)),
        opt(pr.node.map(|n| n.cpu.reserved_m)),
        opt(pr.node.map(|n| n.cpu.allocatable_m)),
        opt(mem.map(|m| m.reservation.kube_reserved_mib)),
        opt(mem.map(|m| m.reservation.system_reserved_mib)),
        opt(mem.map(|m| m.reservation.eviction_mib)),
        opt(mem.map(|m| m.capacity_ki)),
        opt(mem.map(|m| m.allocatable_ki)),
        opt(mem.map(|m| m.allocatable_mi())),
        opt(pr.fit.map(|f| f.pods_per_node)),
        String::from(pr.os_sku.id()),
        opt(pr.nodes.map(|n| pr.unavailable.nodes(n.max()))),
        opt(pr.node.map(|n| n.cpu.kube_reserved_m)),
        opt(pr.node.map(|n| n.cpu.system_reserved_m)),
        String::from(RULES_VERSION),
    ]
}

fn fragment_value_mode(m: crate::plan::PoolMode) -> &'static str {
    match m {
        crate::plan::PoolMode::System => "System",
        crate::plan::PoolMode::User => "User",
    }
}

/// The id of the rule a pool's figures follow in the CSV and JSON exports: `custom` for a pool
/// with its own reservations (whose unset values follow the ≥ 1.29 rule, `pr.rule`).
pub(super) fn pool_rule_id(pr: &PoolReport) -> &'static str {
    if pr.custom.is_some() {
        "custom"
    } else {
        rule_id(pr.rule)
    }
}

/// The id of a memory rule in the CSV and JSON exports.
pub(super) fn rule_id(r: crate::rules::reserve::MemoryRule) -> &'static str {
    match r {
        crate::rules::reserve::MemoryRule::Current => "current",
        crate::rules::reserve::MemoryRule::Legacy => "legacy",
        crate::rules::reserve::MemoryRule::Windows => "windows",
        crate::rules::reserve::MemoryRule::Hardening => "hardening",
    }
}

/// Most rows of the allocation CSV: every /24 of a /8.
pub const MAX_ALLOCATION_ROWS: u64 = 65_536;

/// The /24 of every node slot of the pod CIDR (kubenet, overlay) as CSV, and with dual-stack the
/// /80 of the IPv6 pod CIDR beside it; empty for other models.
///
/// # Examples
/// ```
/// let csv = aks_calc::formats::csv::csv_allocation(&aks_calc::plan::Plan::default());
/// assert_eq!(csv.lines().next(), Some("node,pod_cidr,use,rules"));
/// assert_eq!(csv.lines().nth(1), Some("0,10.244.0.0/24,now,aks-rules 2026-12"));
/// assert_eq!(csv.lines().count(), 257);
/// let mut dual = aks_calc::plan::Plan::default();
/// dual.cluster.pod_cidr = "10.244.0.0/16,fd12:3456:789a::/64".into();
/// let csv = aks_calc::formats::csv::csv_allocation(&dual);
/// assert_eq!(csv.lines().next(), Some("node,pod_cidr,use,pod_cidr_v6,rules"));
/// assert_eq!(
///     csv.lines().nth(2),
///     Some("1,10.244.1.0/24,now,fd12:3456:789a:0:1::/80,aks-rules 2026-12")
/// );
/// ```
pub fn csv_allocation(plan: &Plan) -> String {
    let r = evaluate(plan);
    let mut out = String::new();
    let Some(pod_cidr) = r.network.pod_cidr_v4 else {
        return out;
    };
    let v6 = r.network.pod_cidr_v6;
    if v6.is_some() {
        csv_row(
            &mut out,
            &["node", "pod_cidr", "use", "pod_cidr_v6", "rules"],
        );
    } else {
        csv_row(&mut out, &["node", "pod_cidr", "use", "rules"]);
    }
    for (i, block) in node_blocks_page(pod_cidr, 0, MAX_ALLOCATION_ROWS) {
        let use_ = match r.network.node_use(i) {
            NodeUse::Now => "now",
            NodeUse::ScaleOut => "scale-out",
            NodeUse::Surge => "surge",
            NodeUse::Spare => "spare",
        };
        let _ = write!(out, "{i},{block},{use_}");
        if let Some(v6) = v6 {
            // Empty past the end of a small IPv6 range.
            let block = node_block_v6(v6, i).map_or_else(String::new, |b| b.to_string());
            let _ = write!(out, ",{block}");
        }
        let _ = write!(out, ",{RULES_VERSION}\r\n");
    }
    out
}

/// Every subnet of the VNet design as CSV, one row per subnet: the prefix in effect (typed, or
/// placed by the layout), what it must hold now / scaled out / upgrading, what it holds, the
/// headroom and whether it fits, in the subnet's unit (`ips`, or `/28-blocks` for a static-block
/// pod subnet).
///
/// # Examples
/// ```
/// let csv = aks_calc::formats::csv::csv_subnets(&aks_calc::plan::Plan::default());
/// let mut lines = csv.lines();
/// assert!(lines.next().unwrap().starts_with("subnet,purpose,prefix,ipv6_prefix,prefix_from"));
/// assert_eq!(
///     lines.next(),
///     Some("snet-aks-nodes,nodes,10.224.0.0/16,,typed,,ips,3,3,4,65531,65527,/28,yes,nodepool1,,aks-rules 2026-12")
/// );
/// ```
pub fn csv_subnets(plan: &Plan) -> String {
    let r = evaluate(plan);
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
            "subnet",
            "purpose",
            "prefix",
            "ipv6_prefix",
            "prefix_from",
            "delegation",
            "unit",
            "needed_now",
            "needed_scaled",
            "needed_upgrade",
            "capacity",
            "headroom",
            "smallest_prefix",
            "fits",
            "node_pools",
            "pod_pools",
            "rules",
        ],
    );
    let opt = |v: Option<u128>| v.map_or_else(String::new, |v| format!("{v}"));
    let names = |pools: &[usize]| {
        pools
            .iter()
            .filter_map(|&i| plan.pools.get(i))
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(";")
    };
    for (s, sr) in plan.cluster.subnets.iter().zip(&r.design.subnets) {
        let from = match (s.is_auto(), sr.placed) {
            (false, _) => "typed",
            (true, true) => "layout",
            (true, false) => "no-room",
        };
        let fields = [
            s.name.clone(),
            String::from(s.purpose.id()),
            sr.net.map_or_else(String::new, |n| format!("{n}")),
            sr.v6.map_or_else(String::new, |n| format!("{n}")),
            String::from(from),
            String::from(s.purpose.delegation().unwrap_or("")),
            String::from(match sr.unit {
                crate::evaluate::SubnetUnit::Ips => "ips",
                crate::evaluate::SubnetUnit::Blocks => "/28-blocks",
            }),
            format!("{}", sr.need.now),
            format!("{}", sr.need.scaled),
            format!("{}", sr.need.upgrade),
            opt(sr.capacity),
            opt(sr.headroom()),
            sr.smallest.map_or_else(String::new, |p| format!("/{p}")),
            String::from(match sr.fits() {
                Some(true) => "yes",
                Some(false) => "no",
                None => "",
            }),
            names(&sr.node_pools),
            names(&sr.pod_pools),
            String::from(RULES_VERSION),
        ];
        let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
        csv_row(&mut out, &refs);
    }
    out
}
