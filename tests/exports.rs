//! Snapshot tests of every export for three fixed plans: a cluster in one node subnet, a /22
//! spoke whose VNet design has a subnet per pool, an API server subnet and a private-endpoint
//! subnet (tests/snapshots/spoke/), the rules of 2026-12 on dual-stack kubenet
//! (tests/snapshots/rules-2026-12/), and a named cluster whose traffic leaves through a hub
//! firewall (userDefinedRouting, tests/snapshots/outbound-udr/). The expected files were reviewed
//! by hand; a change to an export shows up here as a diff to review again.
//! `UPDATE_SNAPSHOTS=1 cargo test --test exports` rewrites them after such a review.

use aks_calc::formats::export::Format;
use aks_calc::plan::edit::{Edit, PoolEdit, SubnetEdit};
use aks_calc::plan::field::{ClusterField, NameField, OutboundField, PoolField, SubnetField};
use aks_calc::plan::outbound::OutboundEdit;
use aks_calc::plan::{NetworkModel, OsSku, Plan, RuleChoice, Tier};
use aks_calc::rules::subnet::Purpose;
use aks_calc::text::Lang;

const LINK: &str = "https://intranet.example/tools/aks/#v=1";

/// A realistic plan: a system pool, an autoscaled user pool, overlay with Cilium and WireGuard, on-premises
/// ranges to avoid, one load balancer.
fn plan() -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::Overlay));
    p.apply(Edit::Dataplane(aks_calc::plan::Dataplane::Cilium));
    p.apply(Edit::WireGuard(true));
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

/// A /22 spoke the network team handed out: a subnet for the system pool and one for the user
/// pool, placed by the layout with room to double; a typed API-server /28 (VNet integration on); a
/// private-endpoint subnet for 20 endpoints; overlay.
fn spoke() -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::Overlay));
    p.apply(Edit::Tier(Tier::Standard));
    let cluster = [
        (ClusterField::Vnet, "10.20.0.0/22"),
        (ClusterField::PodCidr, "100.64.0.0/16"),
        (ClusterField::ServiceCidr, "172.16.0.0/16"),
        (ClusterField::DnsServiceIp, "172.16.0.10"),
        (ClusterField::Growth, "2"),
        (ClusterField::InternalLbs, "2"),
    ];
    for (field, value) in cluster {
        p.apply(Edit::ClusterText(field, value.into()));
    }
    let subnet = |p: &mut Plan, i: usize, field: SubnetField, value: &str| {
        p.apply(Edit::Subnet(i, SubnetEdit::Text(field, value.into())));
    };
    subnet(&mut p, 0, SubnetField::Name, "snet-system");
    subnet(&mut p, 0, SubnetField::Prefix, "auto");
    p.apply(Edit::AddSubnet(Purpose::Nodes));
    subnet(&mut p, 1, SubnetField::Name, "snet-apps");
    p.apply(Edit::AddSubnet(Purpose::ApiServer));
    subnet(&mut p, 2, SubnetField::Prefix, "10.20.3.240/28");
    p.apply(Edit::AddSubnet(Purpose::PrivateEndpoints));
    subnet(&mut p, 3, SubnetField::Name, "snet-private-endpoints");
    subnet(&mut p, 3, SubnetField::Ips, "20");
    p.apply(Edit::ApiServerVnetIntegration(true));
    p.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::Name, "system".into()),
    ));
    p.apply(Edit::Pool(0, PoolEdit::Autoscale(true)));
    for (field, value) in [(PoolField::MinCount, "3"), (PoolField::MaxCount, "5")] {
        p.apply(Edit::Pool(0, PoolEdit::Text(field, value.into())));
    }
    p.apply(Edit::AddPool);
    let user = [
        (PoolField::Name, "apps"),
        (PoolField::VmSize, "Standard_D8s_v5"),
        (PoolField::NodeCount, "2"),
        (PoolField::MinCount, "2"),
        (PoolField::MaxCount, "20"),
        (PoolField::MaxPods, "110"),
        (PoolField::MaxSurge, "33%"),
        (PoolField::VnetSubnet, "snet-apps"),
    ];
    p.apply(Edit::Pool(1, PoolEdit::Autoscale(true)));
    for (field, value) in user {
        p.apply(Edit::Pool(1, PoolEdit::Text(field, value.into())));
    }
    p
}

/// The rules of 2026-12 on dual-stack kubenet (a what-if: the docs page is gone): a user pool of
/// 10 drained two at a time without surge (maxSurge 0, maxUnavailable 2), and a pool of
/// Standard_D2s_v5 on Azure Linux with custom kube-reserved 200m / 1,000 Mi and a 200Mi hard
/// eviction threshold.
fn rules_2026_12() -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::Kubenet));
    let cluster = [
        (ClusterField::Vnet, "10.224.0.0/12,fd00:db8::/56"),
        (ClusterField::PodCidr, "10.244.0.0/16,fd12:3456:789a::/64"),
        (
            ClusterField::ServiceCidr,
            "10.0.0.0/16,fd12:3456:789a:1::/108",
        ),
    ];
    for (field, value) in cluster {
        p.apply(Edit::ClusterText(field, value.into()));
    }
    p.apply(Edit::AddPool);
    let apps = [
        (PoolField::Name, "apps"),
        (PoolField::NodeCount, "10"),
        (PoolField::MaxSurge, "0"),
        (PoolField::MaxUnavailable, "2"),
    ];
    for (field, value) in apps {
        p.apply(Edit::Pool(1, PoolEdit::Text(field, value.into())));
    }
    p.apply(Edit::AddPool);
    let tuned = [
        (PoolField::Name, "tuned"),
        (PoolField::VmSize, "Standard_D2s_v5"),
        (PoolField::KubeReservedCpu, "200"),
        (PoolField::KubeReservedMemory, "1000"),
        (PoolField::EvictionHard, "200Mi"),
    ];
    for (field, value) in tuned {
        p.apply(Edit::Pool(2, PoolEdit::Text(field, value.into())));
    }
    p.apply(Edit::Pool(2, PoolEdit::Rule(RuleChoice::Custom)));
    p.apply(Edit::Pool(2, PoolEdit::OsSku(Some(OsSku::AzureLinux))));
    p
}

/// A named production cluster in a /22 spoke whose traffic leaves through the hub's Azure
/// Firewall at 10.50.0.4 (userDefinedRouting, 20 public IPs on the firewall): a system and an
/// autoscaled user pool in subnets of their own placed by the layout, overlay, the node resource
/// group named.
fn outbound_udr() -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Tier(Tier::Standard));
    p.apply(Edit::Outbound(OutboundEdit::Type(
        aks_calc::rules::outbound::OutboundType::UserDefinedRouting,
    )));
    let cluster = [
        (ClusterField::Names(NameField::ResourceGroup), "rg-aks-prod"),
        (ClusterField::Names(NameField::ClusterName), "aks-prod-01"),
        (ClusterField::Names(NameField::Region), "Japan East"),
        (
            ClusterField::Names(NameField::NodeResourceGroup),
            "rg-aks-prod-nodes",
        ),
        (
            ClusterField::Outbound(OutboundField::FirewallIp),
            "10.50.0.4",
        ),
        (ClusterField::Outbound(OutboundField::FirewallIps), "20"),
        (ClusterField::Vnet, "10.20.0.0/22"),
        (ClusterField::PodCidr, "100.64.0.0/16"),
        (ClusterField::ServiceCidr, "172.16.0.0/16"),
        (ClusterField::DnsServiceIp, "172.16.0.10"),
    ];
    for (field, value) in cluster {
        p.apply(Edit::ClusterText(field, value.into()));
    }
    let subnet = |p: &mut Plan, i: usize, field: SubnetField, value: &str| {
        p.apply(Edit::Subnet(i, SubnetEdit::Text(field, value.into())));
    };
    subnet(&mut p, 0, SubnetField::Name, "snet-system");
    subnet(&mut p, 0, SubnetField::Prefix, "auto");
    p.apply(Edit::AddSubnet(Purpose::Nodes));
    subnet(&mut p, 1, SubnetField::Name, "snet-apps");
    p.apply(Edit::Pool(
        0,
        PoolEdit::Text(PoolField::Name, "system".into()),
    ));
    p.apply(Edit::AddPool);
    let user = [
        (PoolField::Name, "apps"),
        (PoolField::NodeCount, "3"),
        (PoolField::MinCount, "3"),
        (PoolField::MaxCount, "10"),
        (PoolField::VnetSubnet, "snet-apps"),
    ];
    p.apply(Edit::Pool(1, PoolEdit::Autoscale(true)));
    for (field, value) in user {
        p.apply(Edit::Pool(1, PoolEdit::Text(field, value.into())));
    }
    p
}

fn file_name(f: Format) -> &'static str {
    match f {
        Format::Markdown => "plan.md",
        Format::CsvPools => "pools.csv",
        Format::CsvSubnets => "subnets.csv",
        Format::CsvAllocation => "allocation.csv",
        Format::Json => "plan.json",
        Format::AzureCli => "aks-create.sh",
        Format::Terraform => "aks.tf",
        Format::TerraformIpam => "aks-ipam.tf",
        Format::Bicep => "aks.bicep",
        Format::BicepIpam => "aks-ipam.bicep",
        Format::EgressMarkdown => "egress.md",
        Format::EgressCsv => "egress.csv",
        Format::EgressAzureCli => "egress-firewall.sh",
        Format::EgressTerraform => "egress-firewall.tf",
        Format::EgressBicep => "egress-firewall.bicep",
    }
}

fn check(name: &str, actual: &str) {
    let path = format!("{}/tests/snapshots/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        if let Some(dir) = std::path::Path::new(&path).parent() {
            std::fs::create_dir_all(dir).expect("snapshot folder");
        }
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
    for format in Format::ALL {
        check(file_name(format), &format.render(&p, LINK, Lang::En));
    }
    check("plan.ja.md", &Format::Markdown.render(&p, LINK, Lang::Ja));
}

/// Every export of `p`, which must have no error, against the snapshots under `dir/`.
fn check_all(dir: &str, p: &Plan) {
    let report = aks_calc::evaluate(p);
    assert!(!report.has_errors(), "{dir}: {:?}", report.findings);
    for format in Format::ALL {
        check(
            &format!("{dir}/{}", file_name(format)),
            &format.render(p, LINK, Lang::En),
        );
    }
    check(
        &format!("{dir}/plan.ja.md"),
        &Format::Markdown.render(p, LINK, Lang::Ja),
    );
}

#[test]
fn every_export_of_the_spoke_design_matches_its_snapshot() {
    check_all("spoke", &spoke());
}

#[test]
fn every_export_of_the_2026_12_rules_matches_its_snapshot() {
    check_all("rules-2026-12", &rules_2026_12());
}

#[test]
fn every_export_of_the_outbound_udr_plan_matches_its_snapshot() {
    check_all("outbound-udr", &outbound_udr());
}

/// Every export, in both languages, states the rule set its figures follow (issue 13): the
/// Markdown footer, the JSON's `rules`, a `rules` column on every CSV row, a header comment in
/// the scripts and templates. Also for a plan with errors, whose headers carry a warning line.
#[test]
fn every_export_states_the_rule_set() {
    assert_eq!(aks_calc::RULES_VERSION, "aks-rules 2026-12");
    let mut broken = Plan::default();
    broken.cluster.pod_cidr = "10.244.0.0/33".into();
    for p in [Plan::default(), plan(), broken] {
        for format in Format::ALL {
            for lang in [Lang::En, Lang::Ja] {
                let text = format.render(&p, LINK, lang);
                let lines: Vec<&str> = text.lines().collect();
                let name = file_name(format);
                let states = match format {
                    Format::Json => text.contains("\"rules\": \"aks-rules 2026-12\""),
                    Format::Markdown | Format::EgressMarkdown => lines.last().is_some_and(|l| {
                        l.ends_with(" aks-rules 2026-12_")
                            && l.contains(["rule set", "ルールセット"][lang as usize])
                    }),
                    Format::CsvPools
                    | Format::CsvSubnets
                    | Format::CsvAllocation
                    | Format::EgressCsv => {
                        // The allocation CSV is empty when the model has no pod CIDR.
                        (text.is_empty() && format == Format::CsvAllocation)
                            || lines.first().is_some_and(|l| l.ends_with(",rules"))
                                && lines
                                    .iter()
                                    .skip(1)
                                    .all(|l| l.ends_with(",aks-rules 2026-12"))
                    }
                    _ => lines.iter().take(4).any(|l| {
                        *l == "# Rule set: aks-rules 2026-12"
                            || *l == "// Rule set: aks-rules 2026-12"
                            || *l == "# ルールセット: aks-rules 2026-12"
                            || *l == "// ルールセット: aks-rules 2026-12"
                    }),
                };
                assert!(
                    states,
                    "{name} ({lang:?}) does not state the rule set:\n{text}"
                );
            }
        }
    }
}
