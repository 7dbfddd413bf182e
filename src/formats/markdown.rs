//! The plan and its results as Markdown, for design docs: one function per section (cluster,
//! pools, IP plan, the subnets of the VNet design, model comparison, findings), each appending to
//! the same document.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::evaluate;
use crate::evaluate::finding::{At, Finding, Severity};
use crate::evaluate::{NetworkReport, PoolReport, Report};
use crate::plan::field::{ClusterField, PoolField};
use crate::plan::ranges::networks_of;
use crate::plan::{Plan, Pool};
use crate::rules::RULES_VERSION;
use crate::text::{self, Lang, int, label};

/// The plan and its results as Markdown tables a person pastes into GitHub, Azure DevOps or a
/// Confluence wiki.
///
/// # Examples
/// ```
/// use aks_calc::{formats::markdown::markdown, plan::Plan, text::Lang};
/// let md = markdown(&Plan::default(), "https://example.test/aks/#v=1", Lang::En);
/// assert!(md.contains("| nodepool1 | System | Linux (Ubuntu) | Standard_D4s_v5 |"));
/// ```
pub fn markdown(plan: &Plan, link: &str, lang: Lang) -> String {
    let r = evaluate(plan);
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", label::TITLE.get(lang));
    let _ = writeln!(md, "<{link}>\n");
    cluster_section(&mut md, plan, lang);
    pools_section(&mut md, plan, &r, lang);
    ip_plan_section(&mut md, &r.network, lang);
    subnets_section(&mut md, plan, &r, lang);
    comparison_section(&mut md, &r, lang);
    findings_section(&mut md, plan, &r, lang);
    crate::formats::created::created_section(&mut md, plan, &r, lang);
    let _ = writeln!(
        md,
        "\n_{} · {} {RULES_VERSION}_",
        label::TITLE.get(lang),
        label::RULES.get(lang)
    );
    md
}

fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

/// A Markdown table cell: pipes and line breaks would break the table.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn prefix(p: Option<u8>) -> String {
    p.map_or_else(|| String::from("—"), |p| format!("/{p}"))
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

/// The cluster's settings, one row each; ranges the model does not use are left out.
fn cluster_section(md: &mut String, plan: &Plan, lang: Lang) {
    let l = |t: text::T| t.get(lang);
    let c = &plan.cluster;
    let _ = writeln!(md, "## {}\n", l(label::CLUSTER));
    let _ = writeln!(md, "| | |\n|---|---|");
    let mut row = |name: &str, value: &str| {
        let _ = writeln!(md, "| {} | {} |", cell(name), cell(value));
    };
    use ClusterField as F;
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
    row(
        l(text::cluster_field(F::KubernetesVersion)),
        c.text(F::KubernetesVersion).unwrap_or_default(),
    );
    // Ranges as networks (`10.1.0.5/24` → `10.1.0.0/24`), as the report and the other exports
    // read them.
    row(l(text::cluster_field(F::Vnet)), &networks_of(&c.vnet));
    for s in &c.subnets {
        let name = format!("{} ({})", s.name, l(text::design::purpose(s.purpose)));
        let prefix = if s.is_auto() {
            String::from("auto")
        } else {
            networks_of(&s.prefix)
        };
        row(&name, &prefix);
    }
    if c.network.uses_pod_cidr() {
        row(
            l(text::cluster_field(F::PodCidr)),
            &networks_of(&c.pod_cidr),
        );
    }
    for field in [F::ServiceCidr, F::DnsServiceIp, F::ListedRanges] {
        let value = c.text(field).unwrap_or_default();
        if value.trim().is_empty() {
            continue;
        }
        let value = match field {
            F::DnsServiceIp => String::from(value),
            _ => networks_of(value),
        };
        row(l(text::cluster_field(field)), &value);
    }
}

/// One row per pool with its node figures, then the cluster totals.
fn pools_section(md: &mut String, plan: &Plan, r: &Report, lang: Lang) {
    let l = |t: text::T| t.get(lang);
    let _ = writeln!(md, "\n## {}\n", l(label::POOLS));
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | vCPU | {} | {} | {} | {} | {} | {} |",
        l(text::field(PoolField::Name)),
        l(text::field(PoolField::Mode)),
        l(text::field(PoolField::Os)),
        l(text::field(PoolField::VmSize)),
        l(label::MEMORY),
        l(label::NODES),
        l(text::field(PoolField::MaxPods)),
        format_args!("{} {}", l(label::ALLOCATABLE), l(label::CPU)),
        format_args!("{} {}", l(label::ALLOCATABLE), l(label::MEMORY)),
        l(text::field(PoolField::MemoryRule)),
    );
    let _ = writeln!(md, "|---|---|---|---|--:|--:|--:|--:|--:|--:|---|");
    for (pool, pr) in plan.pools.iter().zip(&r.pools) {
        pool_row(md, pool, pr, lang);
    }
    let _ = writeln!(
        md,
        "\n**{}**: {}",
        l(label::TOTALS),
        text::totals(&r.totals, lang)
    );
}

/// A pool's row; figures that cannot be computed are a dash.
fn pool_row(md: &mut String, pool: &Pool, pr: &PoolReport, lang: Lang) {
    let l = |t: text::T| t.get(lang);
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
        // The OS with its image, as set or AKS's default for the version.
        format_args!(
            "{} ({})",
            match pool.os {
                crate::plan::OsType::Linux => "Linux",
                crate::plan::OsType::Windows => "Windows",
            },
            text::os_sku(pr.os_sku)
        ),
        cell(&pool.vm_size),
        pr.max_pods
            .map_or_else(|| String::from("—"), |p| format!("{p}")),
        if pr.custom.is_some() {
            l(label::RULE_CUSTOM)
        } else {
            l(text::rule_short(pr.rule))
        },
    );
}

/// Nodes, node subnet IPs and pod space in each scenario, then the smallest ranges that fit.
fn ip_plan_section(md: &mut String, n: &NetworkReport, lang: Lang) {
    let l = |t: text::T| t.get(lang);
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
    smallest_line(md, n, lang);
}

/// Every subnet of the design: the prefix in effect (auto ones as the layout placed them), what
/// it must hold in each scenario, what it holds, the headroom and whether it fits.
fn subnets_section(md: &mut String, plan: &Plan, r: &Report, lang: Lang) {
    let l = |t: text::T| t.get(lang);
    use crate::plan::field::SubnetField as S;
    let _ = writeln!(md, "\n## {}\n", l(label::SUBNETS_H));
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n|---|---|---|--:|--:|--:|--:|--:|---|",
        l(text::design::subnet_field(S::Name)),
        l(text::design::subnet_field(S::Purpose)),
        l(text::design::subnet_field(S::Prefix)),
        l(label::SCENARIO_NOW),
        l(label::SCENARIO_SCALED),
        l(label::SCENARIO_UPGRADE),
        l(label::SUBNET_USABLE),
        l(label::SUBNET_HEADROOM),
        l(label::SUBNET_STATUS)
    );
    for (s, sr) in plan.cluster.subnets.iter().zip(&r.design.subnets) {
        subnet_row(md, s, sr, lang);
    }
    if !r.design.free.is_empty() {
        let free: Vec<String> = r
            .design
            .free
            .iter()
            .take(8)
            .map(|n| format!("{n}"))
            .collect();
        let more = if r.design.free.len() > 8 { "…" } else { "" };
        let _ = writeln!(
            md,
            "\n{}: {}{more}",
            l(label::SUBNET_FREE),
            free.join(l(label::LIST_SEP))
        );
    }
}

/// One subnet's row of the design table.
fn subnet_row(
    md: &mut String,
    s: &crate::plan::Subnet,
    sr: &crate::evaluate::SubnetReport,
    lang: Lang,
) {
    let l = |t: text::T| t.get(lang);
    let mut purpose = String::from(l(text::design::purpose(s.purpose)));
    if sr.unit == crate::evaluate::SubnetUnit::Blocks {
        purpose.push_str(&format!(" ({})", l(label::SUBNET_BLOCKS)));
    }
    let mut prefix: String = [
        sr.net.map(|n| format!("{n}")),
        sr.v6.map(|n| format!("{n}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    if s.is_auto() {
        let how = if sr.placed {
            label::SUBNET_PLACED
        } else {
            label::SUBNET_NO_ROOM
        };
        prefix = format!("{prefix} _({})_", l(how)).trim_start().into();
    } else if prefix.is_empty() {
        prefix = String::from("—");
    }
    let status = match sr.fits() {
        Some(true) => String::from(l(label::SUBNET_FITS)),
        Some(false) => format!(
            "{} ({} {})",
            l(label::SUBNET_TOO_SMALL),
            l(label::SMALLEST),
            self::prefix(sr.smallest)
        ),
        None => String::from(l(label::SUBNET_NO_PREFIX)),
    };
    let dash = |v: Option<u128>| v.map_or_else(|| String::from("—"), big);
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
        cell(&s.name),
        cell(&purpose),
        cell(&prefix),
        big(sr.need.now),
        big(sr.need.scaled),
        big(sr.need.upgrade),
        dash(sr.capacity),
        dash(sr.headroom()),
        status
    );
}

/// "Smallest that fits: Node subnet /23, Pod CIDR (a /24 per node) /16."
fn smallest_line(md: &mut String, n: &NetworkReport, lang: Lang) {
    let l = |t: text::T| t.get(lang);
    let _ = write!(
        md,
        "\n{}: {} {}",
        l(label::SMALLEST),
        l(text::field(crate::plan::field::PoolField::VnetSubnet)),
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
}

/// Every network model for the same pools: what each needs and whether it fits.
fn comparison_section(md: &mut String, r: &Report, lang: Lang) {
    let l = |t: text::T| t.get(lang);
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
}

/// The findings as a list, each with its severity and place.
fn findings_section(md: &mut String, plan: &Plan, r: &Report, lang: Lang) {
    let l = |t: text::T| t.get(lang);
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
}
