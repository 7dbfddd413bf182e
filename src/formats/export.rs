//! Every export the page offers ([`Format`]) and [`Format::render`], which makes each one:
//! Markdown ([`crate::formats::markdown`]) and CSV ([`crate::formats::csv`]) for documents and
//! spreadsheets, JSON that imports back (here), and infrastructure code
//! ([`crate::formats::iac`]).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::evaluate;
use crate::evaluate::finding::{At, Finding, Severity};
use crate::formats::csv::{csv_allocation, csv_pools, csv_subnets, pool_rule_id};
use crate::formats::fragment::{self, cluster_key, pool_key};
use crate::formats::json;
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
    /// Every subnet of the design with its figures.
    CsvSubnets,
    /// Terraform whose subnets ask an AVNM IPAM pool for their number of addresses.
    TerraformIpam,
    /// Bicep whose subnets ask an AVNM IPAM pool for their number of addresses.
    BicepIpam,
    /// The egress rules of the plan (aks-rules §10) as a document and as firewall policy code.
    EgressMarkdown,
    EgressCsv,
    EgressAzureCli,
    EgressTerraform,
    EgressBicep,
}

impl Format {
    pub const ALL: [Format; 15] = [
        Format::Markdown,
        Format::CsvPools,
        Format::CsvSubnets,
        Format::CsvAllocation,
        Format::Json,
        Format::AzureCli,
        Format::Terraform,
        Format::TerraformIpam,
        Format::Bicep,
        Format::BicepIpam,
        Format::EgressMarkdown,
        Format::EgressCsv,
        Format::EgressAzureCli,
        Format::EgressTerraform,
        Format::EgressBicep,
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
            Format::CsvSubnets => n::CSV_SUBNETS,
            Format::TerraformIpam => n::TERRAFORM_IPAM,
            Format::BicepIpam => n::BICEP_IPAM,
            Format::EgressMarkdown => n::EGRESS_MARKDOWN,
            Format::EgressCsv => n::EGRESS_CSV,
            Format::EgressAzureCli => n::EGRESS_AZURE_CLI,
            Format::EgressTerraform => n::EGRESS_TERRAFORM,
            Format::EgressBicep => n::EGRESS_BICEP,
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
            Format::CsvSubnets => "aks-subnets.csv",
            Format::TerraformIpam => "aks-ipam.tf",
            Format::BicepIpam => "aks-ipam.bicep",
            Format::EgressMarkdown => "aks-egress.md",
            Format::EgressCsv => "aks-egress.csv",
            Format::EgressAzureCli => "aks-egress-firewall.sh",
            Format::EgressTerraform => "aks-egress-firewall.tf",
            Format::EgressBicep => "aks-egress-firewall.bicep",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Markdown | Format::EgressMarkdown => "text/markdown;charset=utf-8",
            Format::CsvPools | Format::CsvAllocation | Format::CsvSubnets | Format::EgressCsv => {
                "text/csv;charset=utf-8"
            }
            Format::Json => "application/json",
            Format::AzureCli | Format::EgressAzureCli => "text/x-shellscript;charset=utf-8",
            Format::Terraform
            | Format::Bicep
            | Format::TerraformIpam
            | Format::BicepIpam
            | Format::EgressTerraform
            | Format::EgressBicep => "text/plain;charset=utf-8",
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
            Format::CsvSubnets => csv_subnets(plan),
            Format::TerraformIpam => crate::formats::iac::terraform_ipam(plan, link),
            Format::BicepIpam => crate::formats::iac::bicep_ipam(plan, link),
            Format::EgressMarkdown => crate::formats::egress::egress_markdown(plan, link, lang),
            Format::EgressCsv => crate::formats::egress::egress_csv(plan, lang),
            Format::EgressAzureCli => crate::formats::firewall::egress_azure_cli(plan, link, lang),
            Format::EgressTerraform => crate::formats::firewall::egress_terraform(plan, link, lang),
            Format::EgressBicep => crate::formats::firewall::egress_bicep(plan, link, lang),
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
        Some(At::Subnet(i, field)) => format!("subnets[{i}].{}", fragment::subnet_key(field)),
        None => String::new(),
    }
}

/// The plan's inputs as JSON: cluster keys and one object per pool, every value as typed.
fn plan_json(plan: &Plan) -> PlanJson<'_> {
    let mut cluster = Members::default();
    let mut subnets: Vec<Members<'_>> = Vec::new();
    let mut pools: Vec<Members<'_>> = Vec::new();
    for (key, value) in fragment::pairs(plan, true) {
        // Each subnet and each pool starts at its name; the link lists subnets before pools.
        match key {
            "subnet-name" => subnets.push(Members::default()),
            "nodepool-name" => pools.push(Members::default()),
            _ => {}
        }
        let members = match (pools.last_mut(), subnets.last_mut()) {
            (Some(pool), _) => pool,
            (None, Some(subnet)) if key.starts_with("subnet-") => subnet,
            _ => &mut cluster,
        };
        members.0.push((key, value));
    }
    PlanJson {
        cluster,
        subnets,
        pools,
    }
}

/// The schema name of the JSON export.
pub const JSON_SCHEMA: &str = "aks-calc-plan/2";
/// Exports before the VNet design (one node subnet and one pod subnet in the cluster's keys).
pub const JSON_SCHEMA_V1: &str = "aks-calc-plan/1";

/// Inputs, results, findings and the rule-set version as JSON. [`crate::formats::import`] reads it back.
///
/// # Examples
/// ```
/// use aks_calc::{formats::export::json, plan::Plan, text::Lang};
/// let text = json(&Plan::default(), "#v=1", Lang::En);
/// assert!(text.contains("\"schema\": \"aks-calc-plan/2\""));
/// assert!(text.contains("\"cpu-allocatable-m\": 3860"));
/// ```
pub fn json(plan: &Plan, link: &str, lang: Lang) -> String {
    let r = evaluate(plan);
    let t = r.totals;
    let doc = JsonExport {
        schema: JSON_SCHEMA,
        rules: RULES_VERSION,
        link,
        plan: plan_json(plan),
        results: Results {
            pools: plan.pools.iter().zip(&r.pools).map(pool_json).collect(),
            totals: TotalsJson {
                nodes: t.nodes,
                nodes_at_max: t.nodes_at_max,
                cpu_allocatable_m: t.cpu_m,
                cpu_allocatable_m_at_max: t.cpu_m_at_max,
                memory_allocatable_ki: t.memory_ki,
                memory_allocatable_ki_at_max: t.memory_ki_at_max,
                partial: t.partial,
                virtual_nodes_v2: t.virtual_nodes,
                virtual_nodes_v2_cpu_m: t.virtual_nodes_cpu_m,
                virtual_nodes_v2_memory_ki: t.virtual_nodes_memory_ki,
            },
            network: network_json(&r),
        },
        findings: r
            .findings
            .iter()
            .map(|f| FindingJson {
                severity: severity(f.severity),
                field: finding_key(f),
                message: text::issue(&f.issue, lang),
            })
            .collect(),
    };
    let mut out = json::pretty(&doc);
    out.push('\n');
    out
}

fn pool_json<'a>(
    (pool, pr): (&'a crate::plan::Pool, &crate::evaluate::PoolReport),
) -> PoolResultJson<'a> {
    let mem = pr.node.and_then(|n| n.memory);
    PoolResultJson {
        name: &pool.name,
        vcpu: pr.vm.map(|v| v.vcpu),
        memory_mib: pr.vm.map(|v| v.memory_mib),
        nodes: pr.nodes.map(|n| n.count),
        max_nodes: pr.nodes.map(|n| n.max()),
        surge_nodes: pr.nodes.map(|n| pr.surge.nodes(n.max())),
        max_pods: pr.max_pods,
        memory_rule: pool_rule_id(pr),
        cpu_reserved_m: pr.node.map(|n| n.cpu.reserved_m),
        cpu_allocatable_m: pr.node.map(|n| n.cpu.allocatable_m),
        kube_reserved_mi: mem.map(|m| m.reservation.kube_reserved_mib),
        system_reserved_mi: mem.map(|m| m.reservation.system_reserved_mib),
        eviction_mi: mem.map(|m| m.reservation.eviction_mib),
        capacity_ki: mem.map(|m| m.capacity_ki),
        capacity_entered: mem.is_some_and(|m| m.capacity_entered),
        allocatable_ki: mem.map(|m| m.allocatable_ki),
        pods_per_node: pr.fit.map(|f| f.pods_per_node),
        nodes_needed: pr.fit.and_then(|f| f.nodes_needed),
        os_sku: pr.os_sku.id(),
        unavailable_nodes: pr.nodes.map(|n| pr.unavailable.nodes(n.max())),
        cpu_kube_reserved_m: pr.node.map(|n| n.cpu.kube_reserved_m),
        cpu_system_reserved_m: pr.node.map(|n| n.cpu.system_reserved_m),
    }
}

fn network_json(r: &crate::evaluate::Report) -> NetworkJson {
    let net = &r.network;
    NetworkJson {
        model: net.model.id(),
        nodes: net.nodes.into(),
        node_subnet: net.node_subnet.map(|s| NodeSubnetJson {
            prefix: format!("{}", s.net),
            usable: s.usable,
            needed: s.needed.into(),
            smallest_prefix: s.smallest,
        }),
        pod_space: net.pod_space.map(|p| PodSpaceJson {
            unit: pod_unit_id(p.kind),
            capacity: p.capacity,
            needed: p.needed.into(),
            smallest_prefix: p.smallest,
        }),
        capacity_nodes: net.capacity_nodes,
        comparison: r
            .comparison
            .iter()
            .map(|m| ComparisonJson {
                model: m.model.id(),
                node_ips: m.node_ips,
                smallest_node_prefix: m.smallest_node,
                pod_needed: m.pod_needed,
                pod_capacity: m.pod_capacity,
                smallest_pod_prefix: m.smallest_pod,
                capacity_nodes: m.capacity_nodes,
                fits: m.fits(),
            })
            .collect(),
    }
}

// The JSON export's document. serde writes the members in the order of the fields, so the
// order here is the order of the file; `None` is written as `null`.

#[derive(Serialize)]
struct JsonExport<'a> {
    schema: &'static str,
    rules: &'static str,
    link: &'a str,
    plan: PlanJson<'a>,
    results: Results<'a>,
    findings: Vec<FindingJson>,
}

#[derive(Serialize)]
struct PlanJson<'a> {
    cluster: Members<'a>,
    subnets: Vec<Members<'a>>,
    pools: Vec<Members<'a>>,
}

/// Link keys and their values, written as one object in the order given (the link's order).
#[derive(Default)]
struct Members<'a>(Vec<(&'static str, &'a str)>);

impl Serialize for Members<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct Results<'a> {
    pools: Vec<PoolResultJson<'a>>,
    totals: TotalsJson,
    network: NetworkJson,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct PoolResultJson<'a> {
    name: &'a str,
    vcpu: Option<u32>,
    memory_mib: Option<u64>,
    nodes: Option<u64>,
    max_nodes: Option<u64>,
    surge_nodes: Option<u64>,
    max_pods: Option<u32>,
    memory_rule: &'static str,
    cpu_reserved_m: Option<u64>,
    cpu_allocatable_m: Option<u64>,
    kube_reserved_mi: Option<u64>,
    system_reserved_mi: Option<u64>,
    eviction_mi: Option<u64>,
    capacity_ki: Option<u64>,
    capacity_entered: bool,
    allocatable_ki: Option<u64>,
    pods_per_node: Option<u64>,
    nodes_needed: Option<u64>,
    /// The OS image, as set or AKS's default for the OS and version.
    os_sku: &'static str,
    unavailable_nodes: Option<u64>,
    cpu_kube_reserved_m: Option<u64>,
    cpu_system_reserved_m: Option<u64>,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct TotalsJson {
    nodes: u64,
    nodes_at_max: u64,
    cpu_allocatable_m: u64,
    cpu_allocatable_m_at_max: u64,
    memory_allocatable_ki: u64,
    memory_allocatable_ki_at_max: u64,
    partial: bool,
    /// Virtual Nodes v2 and what they take on real nodes (already out of the figures above).
    virtual_nodes_v2: u64,
    virtual_nodes_v2_cpu_m: u64,
    virtual_nodes_v2_memory_ki: u64,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct NetworkJson {
    model: &'static str,
    nodes: ScenariosJson<u64>,
    node_subnet: Option<NodeSubnetJson>,
    pod_space: Option<PodSpaceJson>,
    capacity_nodes: Option<u64>,
    comparison: Vec<ComparisonJson>,
}

#[derive(Serialize)]
struct ScenariosJson<T> {
    now: T,
    scaled: T,
    upgrade: T,
}

impl<T> From<crate::rules::network::Scenarios<T>> for ScenariosJson<T> {
    fn from(s: crate::rules::network::Scenarios<T>) -> Self {
        ScenariosJson {
            now: s.now,
            scaled: s.scaled,
            upgrade: s.upgrade,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct NodeSubnetJson {
    prefix: String,
    usable: u128,
    needed: ScenariosJson<u128>,
    smallest_prefix: Option<u8>,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct PodSpaceJson {
    unit: &'static str,
    capacity: Option<u128>,
    needed: ScenariosJson<u128>,
    smallest_prefix: Option<u8>,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct ComparisonJson {
    model: &'static str,
    node_ips: u128,
    smallest_node_prefix: Option<u8>,
    pod_needed: u128,
    pod_capacity: Option<u128>,
    smallest_pod_prefix: Option<u8>,
    capacity_nodes: Option<u64>,
    fits: Option<bool>,
}

#[derive(Serialize)]
struct FindingJson {
    severity: &'static str,
    field: String,
    message: String,
}

fn pod_unit_id(k: crate::rules::network::PodSpaceKind) -> &'static str {
    match k {
        crate::rules::network::PodSpaceKind::NodeBlocks => "node-/24s",
        crate::rules::network::PodSpaceKind::DynamicIps => "ips",
        crate::rules::network::PodSpaceKind::StaticBlocks => "/28-blocks",
    }
}
