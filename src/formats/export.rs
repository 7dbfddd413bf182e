//! Exports of a plan and its results: Markdown for design docs, CSV for spreadsheets, JSON
//! that imports back, and infrastructure code (in [`crate::formats::iac`]).

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::evaluate;
use crate::evaluate::NodeUse;
use crate::evaluate::finding::{At, Finding, Severity};
use crate::formats::fragment::{self, cluster_key, pool_key};
use crate::formats::json::{self, Json};
use crate::plan::Plan;
use crate::rules::RULES_VERSION;
use crate::rules::address::node_blocks_page;
use crate::text::{self, Lang, int, label};

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

fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

/// A Markdown table cell: pipes and line breaks would break the table.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// Where a finding is, for lists away from the form: "nodepool1 · Max pods per node".
pub fn finding_place(plan: &Plan, f: &Finding, lang: Lang) -> String {
    match f.at {
        Some(At::Pool(i, field)) => format!(
            "{} · {}",
            plan.pools.get(i).map_or("", |p| p.name.as_str()),
            text::field(field).get(lang)
        ),
        Some(At::Cluster(field)) => String::from(text::cluster_field(field).get(lang)),
        Some(At::Subnet(i, field)) => format!(
            "{} · {}",
            plan.cluster.subnets.get(i).map_or("", |s| s.name.as_str()),
            text::design::subnet_field(field).get(lang)
        ),
        None => String::new(),
    }
}

fn prefix(p: Option<u8>) -> String {
    p.map_or_else(|| String::from("—"), |p| format!("/{p}"))
}

/// The plan and its results as Markdown tables a person pastes into GitHub, Azure DevOps or a
/// Confluence wiki.
///
/// # Examples
/// ```
/// use aks_calc::{formats::export::markdown, plan::Plan, text::Lang};
/// let md = markdown(&Plan::default(), "https://example.test/aks/#v=1", Lang::En);
/// assert!(md.contains("| nodepool1 | System | Linux | Standard_D4s_v5 |"));
/// ```
pub fn markdown(plan: &Plan, link: &str, lang: Lang) -> String {
    let r = evaluate(plan);
    let l = |t: text::T| t.get(lang);
    let c = &plan.cluster;
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", l(label::TITLE));
    let _ = writeln!(md, "<{link}>\n");

    let _ = writeln!(md, "## {}\n", l(label::CLUSTER));
    let _ = writeln!(md, "| | |\n|---|---|");
    let mut row = |name: &str, value: &str| {
        let _ = writeln!(md, "| {} | {} |", cell(name), cell(value));
    };
    use crate::plan::field::ClusterField as F;
    row(
        l(text::cluster_field(F::Network)),
        l(text::network_model(c.network)),
    );
    row(
        l(text::cluster_field(F::Dataplane)),
        match c.dataplane {
            crate::plan::Dataplane::Azure => "Azure",
            crate::plan::Dataplane::Cilium => "Cilium",
        },
    );
    row(l(text::cluster_field(F::Tier)), l(text::tier(c.tier)));
    for field in [F::KubernetesVersion, F::Vnet, F::NodeSubnet] {
        row(
            l(text::cluster_field(field)),
            c.text(field).unwrap_or_default(),
        );
    }
    if c.network.uses_pod_subnet() {
        row(l(text::cluster_field(F::PodSubnet)), &c.pod_subnet);
    }
    if c.network.uses_pod_cidr() {
        row(l(text::cluster_field(F::PodCidr)), &c.pod_cidr);
    }
    for field in [F::ServiceCidr, F::DnsServiceIp, F::ListedRanges] {
        let value = c.text(field).unwrap_or_default();
        if !value.trim().is_empty() {
            row(l(text::cluster_field(field)), value);
        }
    }

    let _ = writeln!(md, "\n## {}\n", l(label::POOLS));
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | vCPU | {} | {} | {} | {} | {} | {} |",
        l(text::field(crate::plan::field::PoolField::Name)),
        l(text::field(crate::plan::field::PoolField::Mode)),
        l(text::field(crate::plan::field::PoolField::Os)),
        l(text::field(crate::plan::field::PoolField::VmSize)),
        l(label::MEMORY),
        l(label::NODES),
        l(text::field(crate::plan::field::PoolField::MaxPods)),
        format_args!("{} {}", l(label::ALLOCATABLE), l(label::CPU)),
        format_args!("{} {}", l(label::ALLOCATABLE), l(label::MEMORY)),
        l(text::field(crate::plan::field::PoolField::MemoryRule)),
    );
    let _ = writeln!(md, "|---|---|---|---|--:|--:|--:|--:|--:|--:|---|");
    for (pool, pr) in plan.pools.iter().zip(&r.pools) {
        let nodes = pr.nodes.map_or_else(
            || String::from("—"),
            |n| match n.autoscale {
                Some((min, max)) => format!("{} ({min}–{max})", n.count),
                None => format!("{}", n.count),
            },
        );
        let (vcpu, memory) = pr.vm.map_or((String::from("—"), String::from("—")), |vm| {
            (
                format!("{}", vm.vcpu),
                format!("{} GiB", text::gib(vm.memory_mib)),
            )
        });
        let cpu = pr.node.map_or_else(
            || String::from("—"),
            |n| format!("{}m", int(n.cpu.allocatable_m)),
        );
        let mem = pr.node.and_then(|n| n.memory).map_or_else(
            || String::from("—"),
            |m| format!("{} Mi", int(m.allocatable_mi())),
        );
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {vcpu} | {memory} | {nodes} | {} | {cpu} | {mem} | {} |",
            cell(&pool.name),
            match pool.mode {
                crate::plan::PoolMode::System => l(label::SYSTEM),
                crate::plan::PoolMode::User => l(label::USER),
            },
            match pool.os {
                crate::plan::OsType::Linux => "Linux",
                crate::plan::OsType::Windows => "Windows",
            },
            cell(&pool.vm_size),
            pr.max_pods
                .map_or_else(|| String::from("—"), |p| format!("{p}")),
            l(text::rule_short(pr.rule)),
        );
    }
    let _ = writeln!(
        md,
        "\n**{}**: {}",
        l(label::TOTALS),
        text::totals(&r.totals, lang)
    );

    let n = &r.network;
    let _ = writeln!(
        md,
        "\n## {} · {}\n",
        l(label::IP_PLAN),
        l(text::network_model(n.model))
    );
    let _ = writeln!(
        md,
        "| | {} | {} | {} |\n|---|--:|--:|--:|",
        l(label::SCENARIO_NOW),
        l(label::SCENARIO_SCALED),
        l(label::SCENARIO_UPGRADE)
    );
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} |",
        l(label::NODES),
        int(n.nodes.now),
        int(n.nodes.scaled),
        int(n.nodes.upgrade)
    );
    if let Some(s) = n.node_subnet {
        let _ = writeln!(
            md,
            "| {} — {} | {} | {} | {} |",
            l(label::NODE_SUBNET_IPS),
            text::available(&format!("{}", s.net), &big(s.usable), lang),
            big(s.needed.now),
            big(s.needed.scaled),
            big(s.needed.upgrade)
        );
    }
    if let Some(p) = n.pod_space {
        let available = p.capacity.map_or_else(|| String::from("—"), big);
        let _ = writeln!(
            md,
            "| {} — {} | {} | {} | {} |",
            l(text::pod_space(p.kind)),
            text::available("", &available, lang),
            big(p.needed.now),
            big(p.needed.scaled),
            big(p.needed.upgrade)
        );
    }
    let _ = write!(
        md,
        "\n{}: {} {}",
        l(label::SMALLEST),
        l(text::cluster_field(F::NodeSubnet)),
        prefix(n.node_subnet.and_then(|s| s.smallest))
    );
    if let Some(p) = n.pod_space {
        let _ = write!(
            md,
            "{}{} {}",
            l(label::LIST_SEP),
            l(text::pod_space(p.kind)),
            prefix(p.smallest)
        );
    }
    md.push_str(l(label::STOP));
    md.push('\n');

    let _ = writeln!(md, "\n## {}\n", l(label::COMPARE));
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | {} | {} |\n|---|--:|--:|---|--:|---|",
        l(label::MODEL),
        l(label::NODE_SUBNET_IPS),
        l(label::SMALLEST),
        l(label::POD_RANGE),
        l(label::HOLDS),
        l(label::FITS)
    );
    for m in &r.comparison {
        let pod = match m.pod_kind {
            Some(kind) => format!(
                "{}: {} / {}",
                l(text::pod_space(kind)),
                big(m.pod_needed),
                m.pod_capacity.map_or_else(|| String::from("—"), big)
            ),
            None => String::from(l(label::NO_POD_SPACE)),
        };
        let mut fits = String::from(match m.fits() {
            Some(true) => l(label::YES),
            Some(false) => l(label::NO),
            None => l(label::UNKNOWN),
        });
        for b in &m.blockers {
            fits.push_str(&format!(" ({})", l(text::blocker(*b))));
        }
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} |",
            l(text::network_model(m.model)),
            big(m.node_ips),
            prefix(m.smallest_node),
            cell(&pod),
            m.capacity_nodes.map_or_else(|| String::from("—"), int),
            fits
        );
    }

    let _ = writeln!(md, "\n## {}\n", l(label::FINDINGS));
    if r.findings.is_empty() {
        let _ = writeln!(md, "{}", l(label::NO_FINDINGS));
    }
    for f in &r.findings {
        let sev = match f.severity {
            Severity::Error => label::ERROR,
            Severity::Warning => label::WARNING,
            Severity::Info => label::INFO,
        };
        let _ = writeln!(
            md,
            "- **{}** · {}: {}",
            l(sev),
            finding_place(plan, f, lang),
            text::issue(&f.issue, lang)
        );
    }
    let _ = writeln!(
        md,
        "\n_{} · {} {RULES_VERSION}_",
        l(label::TITLE),
        l(label::RULES)
    );
    md
}

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

/// The pools and their node figures as CSV, one row per pool, plain numbers in kubectl units.
///
/// # Examples
/// ```
/// let csv = aks_calc::formats::export::csv_pools(&aks_calc::plan::Plan::default());
/// let mut lines = csv.lines();
/// assert!(lines.next().unwrap().starts_with("pool,mode,os,vm_size,vcpu,memory_mib"));
/// assert!(lines.next().unwrap().starts_with("nodepool1,System,Linux,Standard_D4s_v5,4,16384,3"));
/// ```
pub fn csv_pools(plan: &Plan) -> String {
    let r = evaluate(plan);
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
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
        ],
    );
    let opt = |v: Option<u64>| v.map_or_else(String::new, |v| format!("{v}"));
    for (pool, pr) in plan.pools.iter().zip(&r.pools) {
        let mem = pr.node.and_then(|n| n.memory);
        let fields = [
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
            String::from(rule_id(pr.rule)),
            opt(pr.node.map(|n| n.cpu.reserved_m)),
            opt(pr.node.map(|n| n.cpu.allocatable_m)),
            opt(mem.map(|m| m.reservation.kube_reserved_mib)),
            opt(mem.map(|m| m.reservation.system_reserved_mib)),
            opt(mem.map(|m| m.reservation.eviction_mib)),
            opt(mem.map(|m| m.capacity_ki)),
            opt(mem.map(|m| m.allocatable_ki)),
            opt(mem.map(|m| m.allocatable_mi())),
            opt(pr.fit.map(|f| f.pods_per_node)),
        ];
        let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
        csv_row(&mut out, &refs);
    }
    out
}

fn fragment_value_mode(m: crate::plan::PoolMode) -> &'static str {
    match m {
        crate::plan::PoolMode::System => "System",
        crate::plan::PoolMode::User => "User",
    }
}

fn rule_id(r: crate::rules::reserve::MemoryRule) -> &'static str {
    match r {
        crate::rules::reserve::MemoryRule::Current => "current",
        crate::rules::reserve::MemoryRule::Legacy => "legacy",
        crate::rules::reserve::MemoryRule::Windows => "windows",
        crate::rules::reserve::MemoryRule::Hardening => "hardening",
    }
}

/// Most rows of the allocation CSV: every /24 of a /8.
pub const MAX_ALLOCATION_ROWS: u64 = 65_536;

/// The /24 of every node slot of the pod CIDR (kubenet, overlay) as CSV; empty for other models.
///
/// # Examples
/// ```
/// let csv = aks_calc::formats::export::csv_allocation(&aks_calc::plan::Plan::default());
/// assert_eq!(csv.lines().nth(1), Some("0,10.244.0.0/24,now"));
/// assert_eq!(csv.lines().count(), 257);
/// ```
pub fn csv_allocation(plan: &Plan) -> String {
    let r = evaluate(plan);
    let mut out = String::new();
    let Some(pod_cidr) = r.network.pod_cidr_v4 else {
        return out;
    };
    csv_row(&mut out, &["node", "pod_cidr", "use"]);
    for (i, block) in node_blocks_page(pod_cidr, 0, MAX_ALLOCATION_ROWS) {
        let use_ = match r.network.node_use(i) {
            NodeUse::Now => "now",
            NodeUse::ScaleOut => "scale-out",
            NodeUse::Surge => "surge",
            NodeUse::Spare => "spare",
        };
        let _ = write!(out, "{i},{block},{use_}\r\n");
    }
    out
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
