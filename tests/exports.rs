//! Snapshot tests of every export for one fixed plan. The expected files in tests/snapshots were
//! reviewed by hand; a change to an export shows up here as a diff to review again.
//! `UPDATE_SNAPSHOTS=1 cargo test --test exports` rewrites them after such a review.

use aks_calc::formats::export::Format;
use aks_calc::plan::edit::{Edit, PoolEdit, SubnetEdit};
use aks_calc::plan::field::{ClusterField, PoolField, SubnetField};
use aks_calc::plan::{NetworkModel, Plan, Tier};
use aks_calc::text::Lang;

const LINK: &str = "https://intranet.example/tools/aks/#v=1";

/// A realistic plan: a system pool, an autoscaled user pool, overlay with Cilium, on-premises
/// ranges to avoid, one load balancer.
fn plan() -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::Overlay));
    p.apply(Edit::Dataplane(aks_calc::plan::Dataplane::Cilium));
    p.apply(Edit::Tier(Tier::Standard));
    p.apply(Edit::ClusterText(ClusterField::Vnet, "10.10.0.0/16".into()));
    p.apply(Edit::Subnet(
        0,
        SubnetEdit::Text(SubnetField::Prefix, "10.10.0.0/22".into()),
    ));
    p.apply(Edit::ClusterText(
        ClusterField::PodCidr,
        "100.64.0.0/16".into(),
    ));
    p.apply(Edit::ClusterText(
        ClusterField::ListedRanges,
        "192.168.0.0/16".into(),
    ));
    p.apply(Edit::ClusterText(ClusterField::InternalLbs, "1".into()));
    p.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::Name, "system".into()),
    ));
    p.apply(Edit::AddPool);
    let user = [
        (PoolField::Name, "apps"),
        (PoolField::VmSize, "Standard_E8s_v5"),
        (PoolField::NodeCount, "4"),
        (PoolField::MaxPods, "110"),
        (PoolField::MaxSurge, "33%"),
        (PoolField::PodCpu, "500m"),
        (PoolField::PodMemory, "1Gi"),
        (PoolField::Replicas, "60"),
    ];
    for (field, value) in user {
        p.apply(Edit::Pool(1, PoolEdit::Text(field, value.into())));
    }
    p.apply(Edit::Pool(1, PoolEdit::Autoscale(true)));
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::MaxCount, "10".into()),
    ));
    p
}

fn check(name: &str, actual: &str) {
    let path = format!("{}/tests/snapshots/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from its snapshot at line {}:\n expected: {:?}\n   actual: {:?}\n(run UPDATE_SNAPSHOTS=1 cargo test --test exports after reviewing)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn every_export_matches_its_snapshot() {
    let p = plan();
    let name = |f: Format| match f {
        Format::Markdown => "plan.md",
        Format::CsvPools => "pools.csv",
        Format::CsvAllocation => "allocation.csv",
        Format::Json => "plan.json",
        Format::AzureCli => "aks-create.sh",
        Format::Terraform => "aks.tf",
        Format::Bicep => "aks.bicep",
        Format::EgressMarkdown => "egress.md",
        Format::EgressCsv => "egress.csv",
        Format::EgressAzureCli => "egress-firewall.sh",
        Format::EgressTerraform => "egress-firewall.tf",
        Format::EgressBicep => "egress-firewall.bicep",
    };
    for format in Format::ALL {
        check(name(format), &format.render(&p, LINK, Lang::En));
    }
    check("plan.ja.md", &Format::Markdown.render(&p, LINK, Lang::Ja));
}
