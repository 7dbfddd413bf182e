//! Outbound through `evaluate` (aks-rules §9–§11): AKS's ports table and its own check of
//! allocatedOutboundPorts with AKS's numbers, NAT gateway and Azure Firewall capacity computed by
//! hand, the egress allow-list, the node resource group, and bad input at every new field.

use super::*;
use crate::evaluate::finding::{NameOf, OutboundIssue as O};
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::{NameField, OutboundField as F, PoolField};
use crate::plan::outbound::{OutboundEdit, OutboundType};
use crate::plan::quantity::InputError;
use crate::plan::{NetworkModel, OsSku, OsType};
use crate::rules::egress::{Destination, Need, NsgPurpose, Purpose as P};
use crate::rules::naming::NameError;
use crate::rules::outbound::{Cliff, Migration};
use crate::text::{self, Lang};
use alloc::string::{String, ToString};

fn set(plan: &mut Plan, field: F, value: &str) {
    plan.apply(Edit::ClusterText(
        ClusterField::Outbound(field),
        value.to_string(),
    ));
}

fn name(plan: &mut Plan, field: NameField, value: &str) {
    plan.apply(Edit::ClusterText(
        ClusterField::Names(field),
        value.to_string(),
    ));
}

fn pool(plan: &mut Plan, field: PoolField, value: &str) {
    plan.apply(Edit::Pool(0, PoolEdit::Text(field, value.to_string())));
}

fn outbound_type(plan: &mut Plan, t: OutboundType) {
    plan.apply(Edit::Outbound(OutboundEdit::Type(t)));
}

/// The default plan with `count` nodes and no surge.
fn nodes(count: u64) -> Plan {
    let mut p = Plan::default();
    pool(&mut p, PoolField::NodeCount, &count.to_string());
    pool(&mut p, PoolField::MaxSurge, "0");
    p
}

fn lb(r: &Report) -> LbSnat {
    match r.outbound.snat {
        Snat::LoadBalancer(lb) => lb,
        other => panic!("{other:?}"),
    }
}

fn at(r: &Report, field: F) -> Vec<Issue> {
    r.at(At::Cluster(ClusterField::Outbound(field)))
        .map(|f| f.issue.clone())
        .collect()
}

fn at_name(r: &Report, field: NameField) -> Vec<Issue> {
    r.at(At::Cluster(ClusterField::Names(field)))
        .map(|f| f.issue.clone())
        .collect()
}

#[test]
fn the_default_table_by_node_count() {
    for (count, ports) in [(50, 1024), (51, 512), (201, 128), (1000, 32)] {
        let r = evaluate(&nodes(count));
        let lb = lb(&r);
        assert_eq!(r.outbound.nodes.upgrade, count);
        assert_eq!(
            (lb.ports, lb.ports_now),
            (Some(ports), Some(ports)),
            "{count}"
        );
        assert_eq!(r.outbound.verdict, Verdict::Fits);
        assert_eq!(at(&r, F::LbPorts), [], "{count}");
    }
    let r = evaluate(&nodes(48));
    assert_eq!(
        lb(&r).cliff,
        Some(Cliff {
            nodes_up_to: 50,
            ports: 1024,
            ports_after: 512
        })
    );
}

#[test]
fn growing_past_a_step_halves_every_nodes_ports() {
    // 46 nodes, 10 % surge (1.33) → 5 more: 51 at the most.
    let mut p = Plan::default();
    pool(&mut p, PoolField::NodeCount, "46");
    let r = evaluate(&p);
    assert_eq!(r.outbound.nodes.upgrade, 51);
    assert_eq!((lb(&r).ports_now, lb(&r).ports), (Some(1024), Some(512)));
    let cliff = O::Cliff {
        from_nodes: 46,
        to_nodes: 51,
        ports_before: 1024,
        ports_after: 512,
    };
    assert_eq!(at(&r, F::LbPorts), [Issue::Outbound(cliff.clone())]);
    assert!(
        text::issue(&Issue::Outbound(cliff), Lang::En)
            .contains("at 51 nodes each node has 512 ports, not 1,024")
    );
    // Past the table's 1,000 nodes (Standard tier): no default ports.
    let mut p = nodes(1001);
    p.apply(Edit::Tier(crate::plan::Tier::Standard));
    pool(&mut p, PoolField::NodeCount, "600");
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::NodeCount, "401".into()),
    ));
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::MaxSurge, "0".into()),
    ));
    let r = evaluate(&p);
    assert_eq!(lb(&r).ports, None);
    assert!(at(&r, F::LbPorts).contains(&Issue::Outbound(O::BeyondTable { nodes: 1001 })));
    assert_eq!(r.outbound.verdict, Verdict::Unknown);
}

#[test]
fn aks_refuses_allocated_ports_with_its_own_numbers() {
    // 7 nodes + 1 surge (10 % of 7, rounded up) = 8 × 8,000 = 64,000: fits exactly.
    let mut p = Plan::default();
    pool(&mut p, PoolField::NodeCount, "7");
    set(&mut p, F::LbPorts, "8000");
    let r = evaluate(&p);
    let l = lb(&r);
    assert_eq!(
        (l.needed, l.available, l.max_nodes),
        (Some(64_000), Some(64_000), Some(8))
    );
    assert_eq!(r.outbound.verdict, Verdict::Fits);
    assert_eq!(at(&r, F::LbPorts), []);
    // 8 + 1 = 9 nodes: the docs' example.
    pool(&mut p, PoolField::NodeCount, "8");
    let r = evaluate(&p);
    let refused = O::PortsRefused {
        ports: 8000,
        nodes: 9,
        needed: 72_000,
        available: 64_000,
        ips: 1,
        ips_needed: 2,
        max_ports: 7104,
    };
    assert_eq!(at(&r, F::LbPorts), [Issue::Outbound(refused.clone())]);
    assert_eq!(r.outbound.verdict, Verdict::Refused);
    assert!(r.has_errors());
    let words = text::issue(&Issue::Outbound(refused), Lang::En);
    assert!(words.contains(
        "Total node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs."
    ));
    assert!(words.ends_with(
        "2 outbound IPs hold 8,000 ports for 9 nodes; with 1 IPs each node can have at most 7,104."
    ));
    // azure-cli#22374: --node-count 3 (+1 surge) at 21,000 ports.
    let mut p = Plan::default();
    set(&mut p, F::LbPorts, "21000");
    let r = evaluate(&p);
    let words = text::issue(&at(&r, F::LbPorts)[0], Lang::Ja);
    assert!(words.contains(
        "Load balancer profile allocated ports 21000 is not in an allowable range given the number of nodes and IPs provisioned. Total node count 4 requires 84000 ports but only 64000 ports are available given 1 outbound public IPs. Refer to https://aka.ms/aks/slb-ports for more details."
    ));
    // Two IPs hold it.
    set(&mut p, F::LbManagedIps, "2");
    let r = evaluate(&p);
    assert_eq!(lb(&r).available, Some(128_000));
    assert_eq!(r.outbound.verdict, Verdict::Fits);
}

#[test]
fn the_autoscaler_maximum_and_surge_are_counted_and_no_surge_adds_none() {
    let mut p = Plan::default();
    p.apply(Edit::Pool(0, PoolEdit::Autoscale(true)));
    pool(&mut p, PoolField::MaxCount, "10");
    set(&mut p, F::LbPorts, "6000");
    let r = evaluate(&p);
    // 3 now, 10 at the maximum, + 1 surge (10 % of 10): 11 × 6,000 = 66,000 > 64,000.
    assert_eq!(
        r.outbound.nodes,
        crate::rules::network::Scenarios {
            now: 3,
            scaled: 10,
            upgrade: 11
        }
    );
    assert_eq!(lb(&r).needed, Some(66_000));
    assert_eq!(r.outbound.verdict, Verdict::Refused);
    // Without surge nodes (maxSurge 0) the same 10 nodes fit: 60,000.
    pool(&mut p, PoolField::MaxSurge, "0");
    let r = evaluate(&p);
    assert_eq!(lb(&r).needed, Some(60_000));
    assert_eq!(r.outbound.verdict, Verdict::Fits);
}

#[test]
fn connections_per_node_against_the_load_balancer() {
    let mut p = nodes(60);
    set(&mut p, F::Connections, "1000");
    let r = evaluate(&p);
    // 60 nodes: 512 ports each, fewer than 1,000 connections.
    let target = Some((1000, 1)); // 60 × 1,000 = 60,000 ≤ 64,000
    assert_eq!(lb(&r).target, target);
    assert_eq!(
        at(&r, F::Connections),
        [Issue::Outbound(O::LbExhaustion {
            ports: 512,
            connections: 1000,
            target
        })]
    );
    assert_eq!(r.outbound.verdict, Verdict::Exhaustion);
    set(&mut p, F::Connections, "1100");
    // 1,104 ports (a multiple of 8) × 60 = 66,240: two IPs.
    assert_eq!(lb(&evaluate(&p)).target, Some((1104, 2)));
}

#[test]
fn nat_gateway_capacity() {
    let mut p = nodes(20);
    p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(true)));
    outbound_type(&mut p, OutboundType::ManagedNatGateway);
    set(&mut p, F::NatIps, "2");
    set(&mut p, F::Connections, "5000");
    let r = evaluate(&p);
    let Snat::NatGateway(n) = r.outbound.snat else {
        panic!()
    };
    // 64,512 × 2 = 129,024 flows; 20 × 5,000 = 100,000; 129,024 / 20 = 6,451 per node.
    assert_eq!(
        (n.flows, n.needed, n.per_node, n.ips_needed, n.idle_minutes),
        (Some(129_024), Some(100_000), Some(6451), Some(2), Some(4))
    );
    assert_eq!(r.outbound.verdict, Verdict::Fits);
    // 3 + 1 nodes × 20,000 = 80,000 > 64,512 with one IP.
    let mut p = Plan::default();
    p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(true)));
    outbound_type(&mut p, OutboundType::ManagedNatGateway);
    set(&mut p, F::Connections, "20000");
    let r = evaluate(&p);
    assert_eq!(
        at(&r, F::Connections),
        [Issue::Outbound(O::NatExhaustion {
            flows: 64_512,
            needed: 80_000,
            ips: 1,
            ips_needed: 2
        })]
    );
    assert_eq!(r.outbound.verdict, Verdict::Exhaustion);
    // A managed NAT gateway in a VNet of your own is refused; 17 IPs are too many.
    let mut p = Plan::default();
    outbound_type(&mut p, OutboundType::ManagedNatGateway);
    set(&mut p, F::NatIps, "17");
    let r = evaluate(&p);
    assert_eq!(
        at(&r, F::Type),
        [Issue::Outbound(O::NeedsManagedVnet {
            outbound_type: OutboundType::ManagedNatGateway
        })]
    );
    assert_eq!(
        at(&r, F::NatIps),
        [Issue::Input(InputError::OutOfRange {
            typed: "17".into(),
            min: "1".into(),
            max: "16".into()
        })]
    );
    assert_eq!(r.outbound.verdict, Verdict::NotAllowed);
}

#[test]
fn azure_firewall_capacity() {
    let mut p = Plan::default();
    outbound_type(&mut p, OutboundType::UserDefinedRouting);
    let r = evaluate(&p);
    // No firewall IPs given: nothing to check.
    assert_eq!(r.outbound.verdict, Verdict::Unknown);
    set(&mut p, F::FirewallIps, "1");
    set(&mut p, F::FirewallIp, "10.0.1.4");
    set(&mut p, F::Connections, "2000");
    let r = evaluate(&p);
    let Snat::Firewall(f) = r.outbound.snat else {
        panic!()
    };
    // 2,496 × 1 × 2 = 4,992 ports for 4 nodes: 1,248 each; 4 × 2,000 = 8,000 → 2 IPs.
    assert_eq!(
        (f.ports, f.per_node, f.needed, f.ips_needed, f.instances),
        (Some(4992), Some(1248), Some(8000), Some(2), Some(2))
    );
    assert_eq!(f.next_hop, Some("10.0.1.4".parse().unwrap()));
    assert_eq!(
        at(&r, F::FirewallIps),
        [Issue::Outbound(O::FirewallFewIps { ips: 1 })]
    );
    assert_eq!(r.outbound.verdict, Verdict::Exhaustion);
    // 20 IPs × 3 instances = 149,760 ports: fits, and no production advice.
    set(&mut p, F::FirewallIps, "20");
    set(&mut p, F::FirewallInstances, "3");
    let r = evaluate(&p);
    let Snat::Firewall(f) = r.outbound.snat else {
        panic!()
    };
    assert_eq!((f.ports, f.per_node), (Some(149_760), Some(37_440)));
    assert_eq!(at(&r, F::FirewallIps), []);
    assert_eq!(r.outbound.verdict, Verdict::Fits);
    set(&mut p, F::FirewallInstances, "1");
    set(&mut p, F::FirewallIp, "10.0.1");
    let r = evaluate(&p);
    assert_eq!(
        at(&r, F::FirewallInstances),
        [Issue::Outbound(O::FirewallInstances { instances: 1 })]
    );
    assert_eq!(at(&r, F::FirewallIp).len(), 1);
    // On the managed VNet, user-defined routing is refused.
    p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(true)));
    assert!(
        at(&evaluate(&p), F::Type).contains(&Issue::Outbound(O::NeedsOwnVnet {
            outbound_type: OutboundType::UserDefinedRouting
        }))
    );
}

#[test]
fn bad_input_at_every_new_field_leaves_the_rest_computed() {
    let out_of = |typed: &str, min: &str, max: &str| {
        Issue::Input(InputError::OutOfRange {
            typed: typed.into(),
            min: min.into(),
            max: max.into(),
        })
    };
    for (value, expected) in [
        ("0", out_of("0", "1", "100")),
        ("101", out_of("101", "1", "100")),
        ("abc", Issue::Input(InputError::NotANumber("abc".into()))),
    ] {
        let mut p = Plan::default();
        set(&mut p, F::LbManagedIps, value);
        let r = evaluate(&p);
        assert_eq!(at(&r, F::LbManagedIps), [expected]);
        assert_eq!(r.outbound.verdict, Verdict::Unknown);
        assert_eq!(lb(&r).ports, Some(1024));
        assert!(r.pools[0].node.is_some());
    }
    let mut p = Plan::default();
    set(&mut p, F::LbPorts, "1001");
    set(&mut p, F::LbIdle, "121");
    set(&mut p, F::Connections, "0");
    set(&mut p, F::DnsServers, "10.0.0.4, dns1");
    let r = evaluate(&p);
    assert_eq!(
        at(&r, F::LbPorts),
        [Issue::Outbound(O::PortsNotMultipleOf8 { ports: 1001 })]
    );
    assert_eq!(at(&r, F::LbIdle), [out_of("121", "4", "120")]);
    assert_eq!(at(&r, F::Connections).len(), 1);
    assert_eq!(at(&r, F::DnsServers).len(), 1);
    assert_eq!(r.outbound.verdict, Verdict::Refused);
    assert_eq!(r.network.nodes.upgrade, 4);
    // The good DNS server still gets its rule.
    let dns = r
        .egress
        .rules
        .iter()
        .find(|r| r.purpose == P::CustomDns)
        .unwrap();
    assert_eq!(
        dns.destination,
        Destination::Addresses(vec!["10.0.0.4".into()])
    );
    set(&mut p, F::LbPorts, "64008");
    set(&mut p, F::LbIdle, "110");
    let r = evaluate(&p);
    assert_eq!(
        at(&r, F::LbPorts),
        [Issue::Outbound(O::PortsAboveMax { ports: 64008 })]
    );
    assert_eq!(
        at(&r, F::LbIdle),
        [Issue::Outbound(O::IdleAboveToolsMax { minutes: 110 })]
    );
}

#[test]
fn bad_names_and_regions() {
    let mut p = Plan::default();
    name(&mut p, NameField::ClusterName, "-aks");
    name(&mut p, NameField::ResourceGroup, "rg.");
    name(&mut p, NameField::Region, "japan-east");
    let r = evaluate(&p);
    assert_eq!(
        at_name(&r, NameField::ClusterName),
        [Issue::Outbound(O::BadName {
            what: NameOf::Cluster,
            error: NameError::BadStart
        })]
    );
    assert_eq!(
        at_name(&r, NameField::ResourceGroup),
        [Issue::Outbound(O::BadName {
            what: NameOf::ResourceGroup,
            error: NameError::EndsWithPeriod
        })]
    );
    assert_eq!(
        at_name(&r, NameField::Region),
        [Issue::Outbound(O::BadName {
            what: NameOf::Region,
            error: NameError::BadCharacter('-')
        })]
    );
    // The region falls back to the placeholder, so the host names stay valid.
    assert_eq!(r.egress.region, "japaneast");
    name(&mut p, NameField::Region, "tokyo");
    let r = evaluate(&p);
    assert_eq!(
        at_name(&r, NameField::Region),
        [Issue::Outbound(O::UnknownRegion {
            region: "tokyo".into(),
            cloud: crate::rules::egress::Cloud::Public
        })]
    );
    name(&mut p, NameField::Region, "Qatar Central");
    p.apply(Edit::ApiServerVnetIntegration(true));
    let r = evaluate(&p);
    assert_eq!(
        at_name(&r, NameField::Region),
        [Issue::Outbound(O::NoVnetIntegrationInRegion {
            region: "qatarcentral".into()
        })]
    );
}

#[test]
fn the_node_resource_group() {
    let mut p = Plan::default();
    name(&mut p, NameField::ResourceGroup, "rg-aks-prod");
    name(&mut p, NameField::ClusterName, "aks-prod-01");
    name(&mut p, NameField::Region, "Japan East");
    let c = evaluate(&p).created;
    assert_eq!(
        c.node_resource_group,
        "MC_rg-aks-prod_aks-prod-01_japaneast"
    );
    assert_eq!(
        (c.node_resource_group_length, c.node_resource_group_named),
        (36, false)
    );
    // 3 + 30 + 1 + 28 + 1 + 17 = 80: accepted (node-subnet model: no 63-character rule).
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::NodeSubnet));
    name(&mut p, NameField::ResourceGroup, &"r".repeat(30));
    name(&mut p, NameField::ClusterName, &"c".repeat(28));
    name(&mut p, NameField::Region, "australiacentral2");
    let r = evaluate(&p);
    assert_eq!(r.created.node_resource_group_length, 80);
    assert_eq!(at_name(&r, NameField::NodeResourceGroup), []);
    // One more: AKS refuses it, with its own message.
    name(&mut p, NameField::Region, "australiasoutheast");
    let r = evaluate(&p);
    let issue = at_name(&r, NameField::NodeResourceGroup);
    assert_eq!(
        issue,
        [Issue::Outbound(O::NodeResourceGroupTooLong { length: 81 })]
    );
    assert!(text::issue(&issue[0], Lang::En).contains(
        "The length of the node resource group name is too long. The maximum length is 80 and the length of the value provided is 81."
    ));
    // Named: --node-resource-group; with overlay its 64 characters are one too many.
    let mut p = Plan::default();
    name(&mut p, NameField::NodeResourceGroup, &"n".repeat(64));
    name(&mut p, NameField::ResourceGroup, &"g".repeat(64));
    let r = evaluate(&p);
    assert!(r.created.node_resource_group_named);
    assert_eq!(
        at_name(&r, NameField::NodeResourceGroup),
        [Issue::Outbound(O::NameOver63 {
            what: NameOf::NodeResourceGroup,
            name: "n".repeat(64),
            length: 64
        })]
    );
    // Which resource group the 63-character rule means is not said (rules-check D17): for the
    // node resource group a warning that states the assumption; the cluster's own resource
    // group (where the exports create the VNet) stays an error.
    let severity = |r: &Report, field: NameField| {
        r.at(At::Cluster(ClusterField::Names(field)))
            .map(|f| f.severity)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        severity(&r, NameField::NodeResourceGroup),
        [Severity::Warning]
    );
    assert_eq!(severity(&r, NameField::ResourceGroup), [Severity::Error]);
}

#[test]
fn a_default_node_resource_group_over_63_with_overlay_is_a_warning() {
    // MC_ + 30 + _ + 19 + _ + japaneast = 3 + 30 + 1 + 19 + 1 + 9 = 63: nothing to say.
    let mut p = Plan::default();
    name(&mut p, NameField::ResourceGroup, &"r".repeat(30));
    name(&mut p, NameField::ClusterName, &"c".repeat(19));
    name(&mut p, NameField::Region, "japaneast");
    let r = evaluate(&p);
    assert_eq!(r.created.node_resource_group_length, 63);
    assert_eq!(at_name(&r, NameField::NodeResourceGroup), []);
    // A 20-character cluster name: 64, a warning, not an error.
    name(&mut p, NameField::ClusterName, &"c".repeat(20));
    let r = evaluate(&p);
    let mc = alloc::format!("MC_{}_{}_japaneast", "r".repeat(30), "c".repeat(20));
    let issues = at_name(&r, NameField::NodeResourceGroup);
    assert_eq!(
        issues,
        [Issue::Outbound(O::NameOver63 {
            what: NameOf::NodeResourceGroup,
            name: mc.clone(),
            length: 64
        })]
    );
    let f = r
        .at(At::Cluster(ClusterField::Names(
            NameField::NodeResourceGroup,
        )))
        .next()
        .unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(
        text::issue(&issues[0], Lang::En),
        alloc::format!(
            "The node resource group “{mc}” has 64 characters. With Azure CNI Overlay or a dynamic pod subnet, AKS's release notes (2023-11-28) say resource group names can't be longer than 63 characters, without saying which resource group; this page assumes the node resource group is one of them (a 66-character one broke an overlay cluster, Azure/bicep-registry-modules#5109). To be safe, name the node resource group (--node-resource-group) with at most 63 characters, or shorten the names it is made of."
        )
    );
    // The node-subnet model has no 63-character rule.
    p.apply(Edit::Network(NetworkModel::NodeSubnet));
    assert_eq!(at_name(&evaluate(&p), NameField::NodeResourceGroup), []);
}

#[test]
fn ubuntu_update_hosts_only_for_ubuntu_pools() {
    let ubuntu_hosts = |r: &Report| {
        r.egress
            .rules
            .iter()
            .filter(|rule| rule.purpose == P::UbuntuUpdates)
            .count()
    };
    // The default pool names no OS SKU: Linux pools run Ubuntu by default (os.rs).
    let mut p = Plan::default();
    let r = evaluate(&p);
    assert_eq!(ubuntu_hosts(&r), 4);
    assert_eq!(at(&r, F::Cloud), []);
    // Azure Linux only: no Ubuntu hosts, and the page says the docs list none for Azure Linux.
    p.apply(Edit::Pool(0, PoolEdit::OsSku(Some(OsSku::AzureLinux))));
    let r = evaluate(&p);
    assert_eq!(ubuntu_hosts(&r), 0);
    let issues = at(&r, F::Cloud);
    assert_eq!(
        issues,
        [Issue::Outbound(O::NoAzureLinuxUpdateHosts {
            ubuntu: false
        })]
    );
    assert_eq!(
        text::issue(&issues[0], Lang::En),
        "Azure Linux pools: AKS's egress page lists optional OS-update hosts for Ubuntu only and none for Azure Linux, so none are listed for them; check the hosts your Azure Linux nodes use for updates before you close the firewall to them. No Ubuntu update hosts are listed: no pool runs Ubuntu."
    );
    let f = r
        .at(At::Cluster(ClusterField::Outbound(F::Cloud)))
        .next()
        .unwrap();
    assert_eq!(f.severity, Severity::Info);
    // With an Ubuntu pool beside it (named, or by default), the Ubuntu hosts are back.
    p.apply(Edit::AddPool);
    let r = evaluate(&p);
    assert_eq!(ubuntu_hosts(&r), 4);
    assert_eq!(
        at(&r, F::Cloud),
        [Issue::Outbound(O::NoAzureLinuxUpdateHosts { ubuntu: true })]
    );
    p.apply(Edit::Pool(1, PoolEdit::OsSku(Some(OsSku::Ubuntu))));
    assert_eq!(ubuntu_hosts(&evaluate(&p)), 4);
    // A Windows pool beside the Azure Linux one: Windows hosts, no Ubuntu hosts.
    p.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    p.apply(Edit::Pool(1, PoolEdit::OsSku(None)));
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::Name, "win1".into()),
    ));
    let r = evaluate(&p);
    assert_eq!(ubuntu_hosts(&r), 0);
    assert!(
        r.egress
            .rules
            .iter()
            .any(|rule| rule.purpose == P::WindowsUpdates)
    );
    // A network isolated cluster needs no outbound rules: nothing to say about them.
    outbound_type(&mut p, OutboundType::None);
    assert_eq!(at(&evaluate(&p), F::Cloud), []);
}

fn destinations(r: &Report) -> Vec<String> {
    r.egress
        .rules
        .iter()
        .map(|r| match &r.destination {
            Destination::Fqdn(h) | Destination::Tag(h) => h.clone(),
            Destination::ApiServerPublicIp => String::from("api"),
            Destination::Any => String::from("*"),
            Destination::Addresses(a) => a.join(","),
        })
        .collect()
}

#[test]
fn the_allow_list_follows_the_plan() {
    let mut p = Plan::default();
    name(&mut p, NameField::Region, "West Europe");
    let r = evaluate(&p);
    let d = destinations(&r);
    assert_eq!(d[..2], ["*.hcp.westeurope.azmk8s.io", "api"]);
    assert_eq!(r.egress.tunnel, Tunnel::Konnectivity);
    assert!(d.contains(&"acs-mirror.azureedge.net".to_string()));
    assert!(d.contains(&"packages.aks.azure.com".to_string()));
    assert!(!d.iter().any(|d| d.contains("windowsupdate")));
    assert_eq!(r.egress.sources, ["10.224.0.0/16"]);
    // A private cluster: no API server public IP and no hcp rule.
    p.apply(Edit::PrivateCluster(true));
    let r = evaluate(&p);
    let d = destinations(&r);
    assert!(!d.iter().any(|d| d == "api" || d.contains(".hcp.")));
    assert_eq!(r.egress.tunnel, Tunnel::PrivateEndpoint);
    // A Windows pool adds the Windows FQDNs.
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::Name, "win1".into()),
    ));
    let d = destinations(&evaluate(&p));
    for host in [
        "onegetcdn.azureedge.net",
        "go.microsoft.com",
        "*.mp.microsoft.com",
        "www.msftconnecttest.com",
        "ctldl.windowsupdate.com",
    ] {
        assert!(d.contains(&host.to_string()), "{host}");
    }
    // A GPU size adds the NVIDIA hosts.
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::VmSize, "Standard_NC24ads_A100_v4".into()),
    ));
    assert!(destinations(&evaluate(&p)).contains(&"nvidia.github.io".to_string()));
    // Network isolated: nothing.
    outbound_type(&mut p, OutboundType::None);
    let r = evaluate(&p);
    assert!(r.egress.isolated && r.egress.rules.is_empty());
    assert_eq!(r.outbound.verdict, Verdict::Isolated);
}

#[test]
fn legacy_tunnels_and_other_clouds() {
    let mut p = Plan::default();
    p.apply(Edit::Outbound(OutboundEdit::LegacyTunnel(true)));
    let r = evaluate(&p);
    assert_eq!(r.egress.tunnel, Tunnel::Legacy);
    assert_eq!(
        destinations(&r)[2..5],
        ["AzureCloud.japaneast", "AzureCloud.japaneast", "*"]
    );
    let mut p = Plan::default();
    p.apply(Edit::Outbound(OutboundEdit::Cloud(
        crate::rules::egress::Cloud::China,
    )));
    name(&mut p, NameField::Region, "chinaeast2");
    let r = evaluate(&p);
    assert_eq!(
        destinations(&r)[0],
        "*.hcp.chinaeast2.cx.prod.service.azk8s.cn"
    );
    assert!(
        r.egress
            .rules
            .iter()
            .any(|r| r.port == 22 && r.need == Need::Listed)
    );
    assert_eq!(at_name(&r, NameField::Region), []);
}

#[test]
fn a_standard_nat_gateway_is_ipv4_only_on_a_dual_stack_plan() {
    let dual = || {
        let mut p = Plan::default();
        p.cluster.vnet = "10.224.0.0/12,fd00:a::/56".into();
        p.cluster.pod_cidr = "10.244.0.0/16,fd12:3456:789a::/64".into();
        p.cluster.service_cidr = "10.0.0.0/16,fd12:3456:789a:1::/108".into();
        p
    };
    let warn = |p: &Plan| {
        evaluate(p)
            .at(At::Cluster(ClusterField::Outbound(F::Type)))
            .filter(|f| matches!(f.issue, Issue::Outbound(O::NatIpv4Only { .. })))
            .map(|f| (f.severity, f.issue.clone()))
            .collect::<Vec<_>>()
    };
    let mut p = dual();
    assert!(evaluate(&p).network.dual_stack);
    assert_eq!(warn(&p), []); // the load balancer
    outbound_type(&mut p, OutboundType::UserAssignedNatGateway);
    let issues = warn(&p);
    assert_eq!(
        issues,
        [(
            Severity::Warning,
            Issue::Outbound(O::NatIpv4Only {
                user_assigned: true
            })
        )]
    );
    assert_eq!(
        text::issue(&issues[0].1, Lang::En),
        "Dual-stack behind your own NAT gateway: a Standard NAT gateway supports only IPv4. For IPv6 egress it must be a StandardV2 NAT gateway with StandardV2 public IPs."
    );
    p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(true)));
    outbound_type(&mut p, OutboundType::ManagedNatGateway);
    assert_eq!(
        warn(&p),
        [(
            Severity::Warning,
            Issue::Outbound(O::NatIpv4Only {
                user_assigned: false
            })
        )]
    );
    // StandardV2 carries both families; single-stack needs nothing.
    outbound_type(&mut p, OutboundType::ManagedNatGatewayV2);
    assert_eq!(warn(&p), []);
    let mut p = Plan::default();
    outbound_type(&mut p, OutboundType::UserAssignedNatGateway);
    assert_eq!(warn(&p), []);
}

#[test]
fn load_balancer_ips_beyond_the_100_aks_manages() {
    let over = |r: &Report| {
        at(r, F::LbManagedIps)
            .into_iter()
            .filter(|i| matches!(i, Issue::Outbound(O::LbIpsAboveManagedMax { .. })))
            .collect::<Vec<_>>()
    };
    // 64,000 ports a node: one IP per node. 100 nodes need 100 IPs, the most AKS manages.
    let mut p = nodes(100);
    set(&mut p, F::LbPorts, "64000");
    assert_eq!(over(&evaluate(&p)), []);
    // 101 nodes need 101 (AKS also refuses the ports with 1 IP: its own message, elsewhere).
    pool(&mut p, PoolField::NodeCount, "101");
    let r = evaluate(&p);
    let issues = over(&r);
    assert_eq!(
        issues,
        [Issue::Outbound(O::LbIpsAboveManagedMax {
            ips_needed: 101,
            max: 100
        })]
    );
    assert_eq!(
        text::issue(&issues[0], Lang::En),
        "This needs 101 outbound IPs, more than the 100 managed outbound IPs AKS allows (1–100): the load balancer cannot give it with managed IPs. Fewer nodes or ports per node, your own outbound IPs or prefixes, or another outbound type (a NAT gateway) would be needed."
    );
    // The same from the connections per node, with AKS's table: 64,000 connections → 64,000
    // ports each → 101 IPs.
    let mut p = nodes(101);
    set(&mut p, F::Connections, "64000");
    assert_eq!(over(&evaluate(&p)).len(), 1);
    let mut p = nodes(100);
    set(&mut p, F::Connections, "64000");
    assert_eq!(over(&evaluate(&p)), []);
    // Your own IPs are not the managed ones: no such limit is claimed for them.
    let mut p = nodes(101);
    set(&mut p, F::LbPorts, "64000");
    set(&mut p, F::LbOwnIps, "4");
    assert_eq!(over(&evaluate(&p)), []);
    assert_eq!(at(&evaluate(&p), F::LbManagedIps), []);
}

#[test]
fn cilium_wireguard_opens_udp_51871_between_the_nodes() {
    use crate::plan::Dataplane;
    use crate::rules::egress::Protocol;
    let wireguard = |r: &Report| {
        r.egress
            .nsg
            .iter()
            .filter(|n| n.purpose == NsgPurpose::WireGuard)
            .map(|n| (n.source.clone(), n.destination.clone(), n.protocol, n.ports))
            .collect::<Vec<_>>()
    };
    let at_wg = |r: &Report| {
        r.at(At::Cluster(ClusterField::WireGuard))
            .map(|f| (f.severity, f.issue.clone()))
            .collect::<Vec<_>>()
    };
    // Off: no rule, nothing to say.
    let mut p = Plan::default();
    p.apply(Edit::Dataplane(Dataplane::Cilium));
    let r = evaluate(&p);
    assert_eq!(wireguard(&r), []);
    assert_eq!(at_wg(&r), []);
    // On with Cilium: the rule between the node subnet's addresses, after overlay's three, and
    // what it takes (ACNS) as a note.
    p.apply(Edit::WireGuard(true));
    let r = evaluate(&p);
    let n = "10.224.0.0/16".to_string();
    assert_eq!(
        wireguard(&r),
        [(n.clone(), n.clone(), Some(Protocol::Udp), "51871")]
    );
    assert_eq!(r.egress.nsg.len(), 4);
    assert_eq!(
        r.egress.nsg[3].link,
        crate::rules::egress::sources::WIREGUARD
    );
    assert_eq!(at_wg(&r), [(Severity::Info, Issue::WireGuardAcns)]);
    assert!(
        text::issue(&Issue::WireGuardAcns, Lang::En)
            .contains("--enable-acns --acns-transit-encryption-type WireGuard")
    );
    assert!(
        text::issue(&Issue::WireGuardAcns, Lang::Ja)
            .contains("--enable-acns --acns-transit-encryption-type WireGuard")
    );
    // Two node subnets in use: the rule covers both.
    p.cluster.subnets.push(crate::plan::Subnet {
        name: "snet-user".into(),
        prefix: "10.225.0.0/24".into(),
        purpose: crate::rules::subnet::Purpose::Nodes,
        ips: String::new(),
    });
    p.apply(Edit::AddPool);
    p.pools[1].vnet_subnet = "snet-user".into();
    let both = "10.224.0.0/16, 10.225.0.0/24".to_string();
    assert_eq!(
        wireguard(&evaluate(&p)),
        [(both.clone(), both, Some(Protocol::Udp), "51871")]
    );
    // On with the Azure data plane: not supported, an error, and no rule.
    let mut p = Plan::default();
    p.apply(Edit::WireGuard(true));
    let r = evaluate(&p);
    assert_eq!(wireguard(&r), []);
    assert_eq!(at_wg(&r), [(Severity::Error, Issue::WireGuardNeedsCilium)]);
    assert_eq!(
        text::issue(&Issue::WireGuardNeedsCilium, Lang::En),
        "WireGuard encryption is only supported with Azure CNI powered by Cilium: choose the Cilium data plane, or turn WireGuard off."
    );
}

#[test]
fn nsg_rules_from_the_design() {
    let r = evaluate(&Plan::default());
    let nsg: Vec<_> = r
        .egress
        .nsg
        .iter()
        .map(|n| (n.source.as_str(), n.destination.as_str(), n.purpose))
        .collect();
    assert_eq!(
        nsg,
        [
            ("10.224.0.0/16", "10.224.0.0/16", NsgPurpose::OverlayNodes),
            (
                "10.224.0.0/16",
                "10.244.0.0/16",
                NsgPurpose::OverlayNodesToPods
            ),
            ("10.244.0.0/16", "10.244.0.0/16", NsgPurpose::OverlayPods),
        ]
    );
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::NodeSubnet));
    p.apply(Edit::ApiServerVnetIntegration(true));
    p.apply(Edit::AddSubnet(crate::rules::subnet::Purpose::ApiServer));
    let r = evaluate(&p);
    let api = r
        .design
        .apiserver
        .and_then(|i| r.design.subnets[i].net)
        .unwrap()
        .to_string();
    let nsg: Vec<_> = r
        .egress
        .nsg
        .iter()
        .map(|n| (n.source.as_str(), n.destination.clone(), n.ports))
        .collect();
    assert_eq!(
        nsg,
        [
            ("10.224.0.0/16", api.clone(), "443, 4443"),
            ("AzureLoadBalancer", api, "9988"),
        ]
    );
    assert_eq!(r.egress.tunnel, Tunnel::VnetIntegration);
}

fn resources(r: &Report) -> Vec<(Resource, String, u64)> {
    r.created
        .resources
        .iter()
        .map(|c| {
            (
                c.resource,
                text::egress::resource_name(&c.name, Lang::En),
                c.count,
            )
        })
        .collect()
}

#[test]
fn what_aks_creates() {
    let chosen = || String::from("name chosen by AKS");
    let r = evaluate(&Plan::default());
    assert_eq!(
        resources(&r),
        [
            (
                Resource::ScaleSet(0),
                "aks-nodepool1-<id>-vmss (as seen on clusters)".into(),
                1
            ),
            (Resource::KubeletIdentity, "aks-cluster-agentpool".into(), 1),
            (
                Resource::Nsg,
                "aks-agentpool-<id>-nsg (as seen on clusters)".into(),
                1
            ),
            (Resource::PublicLoadBalancer, "kubernetes".into(), 1),
            (Resource::OutboundIps, chosen(), 1),
        ]
    );
    // Your NAT gateway, kubenet, a private cluster, two public services, the managed VNet.
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::Kubenet));
    outbound_type(&mut p, OutboundType::UserAssignedNatGateway);
    p.apply(Edit::PrivateCluster(true));
    set(&mut p, F::PublicLbs, "2");
    name(&mut p, NameField::Region, "eastus2");
    let r = evaluate(&p);
    let kinds: Vec<_> = resources(&r).into_iter().skip(3).collect();
    assert_eq!(
        kinds,
        [
            (
                Resource::RouteTable,
                "aks-agentpool-<id>-routetable (as seen on clusters)".into(),
                1
            ),
            (Resource::PublicLoadBalancer, "kubernetes".into(), 1),
            (Resource::ServiceIps, chosen(), 2),
            (Resource::PrivateEndpoint, chosen(), 1),
            (Resource::PrivateEndpointNic, chosen(), 1),
            (
                Resource::PrivateDnsZone,
                "<id>.privatelink.eastus2.azmk8s.io".into(),
                1
            ),
        ]
    );
    let mut p = Plan::default();
    p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(true)));
    outbound_type(&mut p, OutboundType::ManagedNatGateway);
    set(&mut p, F::NatIps, "3");
    let r = evaluate(&p);
    let kinds: Vec<_> = resources(&r).into_iter().skip(3).collect();
    assert_eq!(
        kinds,
        [
            (
                Resource::Vnet,
                "aks-vnet-<id> (as seen on clusters)".into(),
                1
            ),
            (Resource::NatGateway, chosen(), 1),
            (Resource::NatGatewayIps, chosen(), 3),
        ]
    );
    assert_eq!(
        at(&r, F::ManagedVnet),
        [
            Issue::Outbound(O::ManagedVnetDefaults),
            Issue::Outbound(O::ManagedVnetPrivateSubnets)
        ]
    );
}

/// aks-rules §7: the managed VNet's private subnets, a note at the managed-VNet switch with both
/// dates; a VNet of your own gets neither note.
#[test]
fn managed_vnet_private_subnets_note_with_both_dates() {
    use crate::text::{Lang, issue, sources};
    let mut p = Plan::default();
    p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(true)));
    let r = evaluate(&p);
    let note = Issue::Outbound(O::ManagedVnetPrivateSubnets);
    let found: Vec<_> = r.findings.iter().filter(|f| f.issue == note).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Info);
    assert_eq!(
        found[0].at,
        Some(At::Cluster(ClusterField::Outbound(F::ManagedVnet)))
    );
    assert_eq!(
        issue(&note, Lang::En),
        "The AKS-managed VNet's subnet is a private subnet (defaultOutboundAccess = false): its nodes get no default outbound access, so traffic to the internet leaves only through the cluster's outbound type. The release notes (2025-09-21) say so for new clusters from September 2025; the Azure docs make the subnets of new VNets private from 31 March 2026."
    );
    assert_eq!(
        issue(&note, Lang::Ja),
        "AKS マネージド VNet のサブネットはプライベートサブネット (defaultOutboundAccess = false) です。ノードには既定の送信アクセスがないため、インターネットへの送信はクラスターの送信の種類 (outbound type) を経由する通信だけです。リリースノート (2025-09-21) では 2025 年 9 月以降に作成するクラスターが対象、Azure のドキュメントでは 2026 年 3 月 31 日以降に作成する VNet のサブネットがプライベートになるとされています。"
    );
    assert_eq!(
        sources(&note),
        [
            "https://github.com/Azure/AKS/blob/master/CHANGELOG.md",
            "https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access"
        ]
    );
    assert!(!r.has_errors());
    let own = evaluate(&Plan::default());
    assert!(own.findings.iter().all(|f| f.issue != note));
    assert!(at(&own, F::ManagedVnet).is_empty());
}

#[test]
fn migrations_and_previews() {
    let r = evaluate(&Plan::default());
    assert_eq!(
        r.outbound.migrations,
        [
            (OutboundType::UserAssignedNatGateway, Migration::Supported),
            (OutboundType::UserDefinedRouting, Migration::Supported),
            (OutboundType::None, Migration::Supported),
        ]
    );
    let mut p = Plan::default();
    p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(true)));
    outbound_type(&mut p, OutboundType::ManagedNatGatewayV2);
    let r = evaluate(&p);
    assert_eq!(
        at(&r, F::Type),
        [
            Issue::Outbound(O::Preview {
                outbound_type: OutboundType::ManagedNatGatewayV2
            }),
            Issue::Outbound(O::NatV2Naming),
            Issue::Outbound(O::V2MigrationDisputed),
        ]
    );
    assert_eq!(
        r.outbound.migrations,
        [
            (OutboundType::LoadBalancer, Migration::NotSupported),
            (OutboundType::ManagedNatGateway, Migration::NotSupported),
            (OutboundType::None, Migration::Disputed),
            (OutboundType::Block, Migration::Disputed),
        ]
    );
}

#[test]
fn the_default_plan_says_nothing_about_outbound() {
    let r = evaluate(&Plan::default());
    assert!(
        !r.findings
            .iter()
            .any(|f| matches!(f.issue, Issue::Outbound(_))),
        "{:?}",
        r.findings
    );
    assert_eq!(r.outbound.verdict, Verdict::Fits);
    assert_eq!(text::egress::per_node(&r.outbound), Some(1024));
    assert_eq!(
        text::egress::per_node_why(&r.outbound, Lang::En).text,
        "4 nodes at the most (3 at the autoscaler maximum + 1 surge; 3 now): AKS's table gives 1,024 ports per node (1–50 nodes: 1,024; 51–100: 512; 101–200: 256; 201–400: 128; 401–800: 64; 801–1,000: 32)."
    );
}

#[test]
fn every_outbound_field_says_it_cannot_read_abc() {
    use OutboundType as T;
    let cases: [(T, bool, &[F]); 4] = [
        (
            T::LoadBalancer,
            false,
            &[F::LbOwnIps, F::LbPorts, F::LbIdle],
        ),
        (
            T::LoadBalancer,
            false,
            &[F::LbManagedIps, F::Connections, F::PublicLbs, F::DnsServers],
        ),
        (T::ManagedNatGateway, true, &[F::NatIps, F::NatIdle]),
        (
            T::UserDefinedRouting,
            false,
            &[F::FirewallIp, F::FirewallIps, F::FirewallInstances],
        ),
    ];
    for (t, managed, fields) in cases {
        let mut p = Plan::default();
        p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(managed)));
        outbound_type(&mut p, t);
        for f in fields {
            set(&mut p, *f, "abc");
        }
        let r = evaluate(&p);
        for f in fields {
            let found = at(&r, *f);
            assert_eq!(found.len(), 1, "{t:?} {f:?}: {found:?}");
            assert!(
                r.at(At::Cluster(ClusterField::Outbound(*f)))
                    .all(|x| x.severity == Severity::Error)
            );
        }
        // The rest is computed.
        assert!(r.pools[0].node.is_some());
        assert_eq!(r.network.nodes.upgrade, 4);
        assert!(!r.egress.rules.is_empty());
    }
}
