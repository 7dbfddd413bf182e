//! Every export the page offers ([`Format`]) and [`Format::render`], which makes each one:
//! Markdown ([`crate::formats::markdown`]) and CSV ([`crate::formats::csv`]) for documents and
//! spreadsheets, JSON that imports back (here), and infrastructure code
//! ([`crate::formats::iac`]).

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::evaluate;
use crate::evaluate::finding::{At, Finding, Severity};
use crate::formats::csv::{csv_allocation, csv_pools, rule_id};
use crate::formats::fragment::{self, cluster_key, pool_key};
use crate::formats::json::{self, Json};
use crate::formats::markdown::markdown;
use crate::plan::Plan;
use crate::rules::RULES_VERSION;
use crate::text::{self, Lang};

/// Every export the page offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    CsvPools,
    CsvAllocation,
    Json,
    AzureCli,
    Terraform,
    Bicep,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Markdown,
        Format::CsvPools,
        Format::CsvAllocation,
        Format::Json,
        Format::AzureCli,
        Format::Terraform,
        Format::Bicep,
    ];

    /// The export's name, as the Export panel lists it.
    pub fn name(self) -> text::T {
        use text::io::export_name as n;
        match self {
            Format::Markdown => n::MARKDOWN,
            Format::CsvPools => n::CSV_POOLS,
            Format::CsvAllocation => n::CSV_ALLOCATION,
            Format::Json => n::JSON,
            Format::AzureCli => n::AZURE_CLI,
            Format::Terraform => n::TERRAFORM,
            Format::Bicep => n::BICEP,
        }
    }

    /// The name a download gets.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Markdown => "aks-plan.md",
            Format::CsvPools => "aks-pools.csv",
            Format::CsvAllocation => "aks-pod-cidr-allocation.csv",
            Format::Json => "aks-plan.json",
            Format::AzureCli => "aks-create.sh",
            Format::Terraform => "aks.tf",
            Format::Bicep => "aks.bicep",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Markdown => "text/markdown;charset=utf-8",
            Format::CsvPools | Format::CsvAllocation => "text/csv;charset=utf-8",
            Format::Json => "application/json",
            Format::AzureCli => "text/x-shellscript;charset=utf-8",
            Format::Terraform | Format::Bicep => "text/plain;charset=utf-8",
        }
    }

    /// The export's text for a plan; `link` is the full address of the plan.
    pub fn render(self, plan: &Plan, link: &str, lang: Lang) -> String {
        match self {
            Format::Markdown => markdown(plan, link, lang),
            Format::CsvPools => csv_pools(plan),
            Format::CsvAllocation => csv_allocation(plan),
            Format::Json => json(plan, link, lang),
            Format::AzureCli => crate::formats::iac::azure_cli(plan, link),
            Format::Terraform => crate::formats::iac::terraform(plan, link),
            Format::Bicep => crate::formats::iac::bicep(plan, link),
        }
    }
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// Where a finding is, as link keys: `node-subnet-prefix` or `pools[0].max-pods`.
fn finding_key(f: &Finding) -> String {
    match f.at {
        Some(At::Cluster(field)) => String::from(cluster_key(field)),
        Some(At::Pool(i, field)) => format!("pools[{i}].{}", pool_key(field)),
        None => String::new(),
    }
}

/// The plan's inputs as JSON: cluster keys and one object per pool, every value as typed.
fn plan_json(plan: &Plan) -> Json {
    let mut cluster = Vec::new();
    let mut pools: Vec<Json> = Vec::new();
    let mut current: Option<Vec<(String, Json)>> = None;
    for (key, value) in fragment::pairs(plan, true) {
        if key == "nodepool-name" {
            if let Some(p) = current.take() {
                pools.push(Json::Object(p));
            }
            current = Some(Vec::new());
        }
        let member = (String::from(key), Json::str(value));
        match current.as_mut() {
            Some(p) => p.push(member),
            None => cluster.push(member),
        }
    }
    pools.extend(current.map(Json::Object));
    Json::Object(vec![
        (String::from("cluster"), Json::Object(cluster)),
        (String::from("pools"), Json::Array(pools)),
    ])
}

/// The schema name of the JSON export.
pub const JSON_SCHEMA: &str = "aks-calc-plan/1";

/// Inputs, results, findings and the rule-set version as JSON. [`crate::formats::import`] reads it back.
///
/// # Examples
/// ```
/// use aks_calc::{formats::export::json, plan::Plan, text::Lang};
/// let text = json(&Plan::default(), "#v=1", Lang::En);
/// assert!(text.contains("\"schema\": \"aks-calc-plan/1\""));
/// assert!(text.contains("\"cpu-allocatable-m\": 3860"));
/// ```
pub fn json(plan: &Plan, link: &str, lang: Lang) -> String {
    let r = evaluate(plan);
    let n = |v: u64| Json::num(v);
    let opt = |v: Option<u64>| v.map_or(Json::Null, Json::num);
    let pools = plan
        .pools
        .iter()
        .zip(&r.pools)
        .map(|(pool, pr)| {
            let mem = pr.node.and_then(|n| n.memory);
            Json::obj(vec![
                ("name", Json::str(&pool.name)),
                ("vcpu", opt(pr.vm.map(|v| u64::from(v.vcpu)))),
                ("memory-mib", opt(pr.vm.map(|v| v.memory_mib))),
                ("nodes", opt(pr.nodes.map(|n| n.count))),
                ("max-nodes", opt(pr.nodes.map(|n| n.max()))),
                (
                    "surge-nodes",
                    opt(pr.nodes.map(|n| pr.surge.nodes(n.max()))),
                ),
                ("max-pods", opt(pr.max_pods.map(u64::from))),
                ("memory-rule", Json::str(rule_id(pr.rule))),
                ("cpu-reserved-m", opt(pr.node.map(|n| n.cpu.reserved_m))),
                (
                    "cpu-allocatable-m",
                    opt(pr.node.map(|n| n.cpu.allocatable_m)),
                ),
                (
                    "kube-reserved-mi",
                    opt(mem.map(|m| m.reservation.kube_reserved_mib)),
                ),
                (
                    "system-reserved-mi",
                    opt(mem.map(|m| m.reservation.system_reserved_mib)),
                ),
                ("eviction-mi", opt(mem.map(|m| m.reservation.eviction_mib))),
                ("capacity-ki", opt(mem.map(|m| m.capacity_ki))),
                (
                    "capacity-entered",
                    Json::Bool(mem.is_some_and(|m| m.capacity_entered)),
                ),
                ("allocatable-ki", opt(mem.map(|m| m.allocatable_ki))),
                ("pods-per-node", opt(pr.fit.map(|f| f.pods_per_node))),
                ("nodes-needed", opt(pr.fit.and_then(|f| f.nodes_needed))),
            ])
        })
        .collect();
    let net = &r.network;
    let scen = |s: crate::rules::network::Scenarios<u128>| {
        Json::obj(vec![
            ("now", Json::num(s.now)),
            ("scaled", Json::num(s.scaled)),
            ("upgrade", Json::num(s.upgrade)),
        ])
    };
    let nodes = crate::rules::network::Scenarios {
        now: u128::from(net.nodes.now),
        scaled: u128::from(net.nodes.scaled),
        upgrade: u128::from(net.nodes.upgrade),
    };
    let network = Json::obj(vec![
        ("model", Json::str(net.model.id())),
        ("nodes", scen(nodes)),
        (
            "node-subnet",
            net.node_subnet.map_or(Json::Null, |s| {
                Json::obj(vec![
                    ("prefix", Json::str(&format!("{}", s.net))),
                    ("usable", Json::num(s.usable)),
                    ("needed", scen(s.needed)),
                    ("smallest-prefix", s.smallest.map_or(Json::Null, Json::num)),
                ])
            }),
        ),
        (
            "pod-space",
            net.pod_space.map_or(Json::Null, |p| {
                Json::obj(vec![
                    ("unit", Json::str(pod_unit_id(p.kind))),
                    ("capacity", p.capacity.map_or(Json::Null, Json::num)),
                    ("needed", scen(p.needed)),
                    ("smallest-prefix", p.smallest.map_or(Json::Null, Json::num)),
                ])
            }),
        ),
        ("capacity-nodes", opt(net.capacity_nodes)),
        (
            "comparison",
            Json::Array(
                r.comparison
                    .iter()
                    .map(|m| {
                        Json::obj(vec![
                            ("model", Json::str(m.model.id())),
                            ("node-ips", Json::num(m.node_ips)),
                            (
                                "smallest-node-prefix",
                                m.smallest_node.map_or(Json::Null, Json::num),
                            ),
                            ("pod-needed", Json::num(m.pod_needed)),
                            ("pod-capacity", m.pod_capacity.map_or(Json::Null, Json::num)),
                            (
                                "smallest-pod-prefix",
                                m.smallest_pod.map_or(Json::Null, Json::num),
                            ),
                            ("capacity-nodes", opt(m.capacity_nodes)),
                            ("fits", m.fits().map_or(Json::Null, Json::Bool)),
                        ])
                    })
                    .collect(),
            ),
        ),
    ]);
    let t = r.totals;
    let totals = Json::obj(vec![
        ("nodes", n(t.nodes)),
        ("nodes-at-max", n(t.nodes_at_max)),
        ("cpu-allocatable-m", n(t.cpu_m)),
        ("cpu-allocatable-m-at-max", n(t.cpu_m_at_max)),
        ("memory-allocatable-ki", n(t.memory_ki)),
        ("memory-allocatable-ki-at-max", n(t.memory_ki_at_max)),
        ("partial", Json::Bool(t.partial)),
    ]);
    let findings = r
        .findings
        .iter()
        .map(|f| {
            Json::obj(vec![
                ("severity", Json::str(severity(f.severity))),
                ("field", Json::str(&finding_key(f))),
                ("message", Json::str(&text::issue(&f.issue, lang))),
            ])
        })
        .collect();
    let doc = Json::obj(vec![
        ("schema", Json::str(JSON_SCHEMA)),
        ("rules", Json::str(RULES_VERSION)),
        ("link", Json::str(link)),
        ("plan", plan_json(plan)),
        (
            "results",
            Json::obj(vec![
                ("pools", Json::Array(pools)),
                ("totals", totals),
                ("network", network),
            ]),
        ),
        ("findings", Json::Array(findings)),
    ]);
    let mut out = json::to_string(&doc);
    out.push('\n');
    out
}

fn pod_unit_id(k: crate::rules::network::PodSpaceKind) -> &'static str {
    match k {
        crate::rules::network::PodSpaceKind::NodeBlocks => "node-/24s",
        crate::rules::network::PodSpaceKind::DynamicIps => "ips",
        crate::rules::network::PodSpaceKind::StaticBlocks => "/28-blocks",
    }
}
