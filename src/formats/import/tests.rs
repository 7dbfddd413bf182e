//! Imports from fixtures written after the public shapes of `az aks show` and
//! `az network vnet show`, and the export → import round trip.

use super::*;
use crate::formats::export;
use crate::text::Lang;
use proptest::prelude::*;

const AKS_SHOW: &str = include_str!("../../../tests/fixtures/az-aks-show.json");
const VNET_SHOW: &str = include_str!("../../../tests/fixtures/az-network-vnet-show.json");

#[test]
fn az_aks_show_fills_the_cluster_and_pools() {
    use crate::rules::subnet::Purpose;
    let imported = import(AKS_SHOW, &Plan::default()).unwrap();
    assert_eq!(imported.source, Source::AksShow);
    // The pools' subnet and the ACI subnet are named, their ranges are not in az aks show.
    assert_eq!(
        imported.notices,
        [
            ImportNotice::SubnetRangeUnknown {
                name: "snet-nodes".into(),
                purpose: Purpose::Nodes
            },
            ImportNotice::SubnetRangeUnknown {
                name: "snet-virtual-nodes".into(),
                purpose: Purpose::VirtualNodes
            },
        ]
    );
    let p = imported.plan;
    // The new plan's default subnet gave way to the ones the cluster names, both auto.
    assert_eq!(
        p.cluster.subnets,
        [
            Subnet::auto("snet-nodes", Purpose::Nodes),
            Subnet::auto("snet-virtual-nodes", Purpose::VirtualNodes)
        ]
    );
    assert!(p.pools.iter().all(|pool| pool.vnet_subnet == "snet-nodes"));
    let c = &p.cluster;
    assert_eq!(c.network, NetworkModel::Overlay);
    assert_eq!(c.dataplane, Dataplane::Cilium);
    assert_eq!(c.tier, Tier::Standard);
    assert_eq!(c.kubernetes_version, "1.29.7");
    assert_eq!(c.pod_cidr, "192.168.0.0/16");
    assert_eq!(c.service_cidr, "10.0.0.0/16");
    assert_eq!(c.dns_service_ip, "10.0.0.10");
    assert!(c.private_cluster && c.virtual_nodes);
    // The VNet is not in `az aks show`: kept.
    assert_eq!(c.vnet, Plan::default().cluster.vnet);
    assert_eq!(p.pools.len(), 2);
    let sys = &p.pools[0];
    assert_eq!(
        (sys.name.as_str(), sys.mode, sys.vm_size.as_str()),
        ("system", PoolMode::System, "Standard_D4ds_v5")
    );
    assert_eq!(
        (
            sys.node_count.as_str(),
            sys.autoscale,
            sys.min_count.as_str(),
            sys.max_count.as_str()
        ),
        ("3", true, "3", "5")
    );
    assert_eq!(
        (
            sys.max_pods.as_str(),
            sys.max_surge.as_str(),
            sys.kubernetes_version.as_str()
        ),
        ("30", "33%", "")
    );
    let win = &p.pools[1];
    assert_eq!(
        (
            win.os,
            win.mode,
            win.kubernetes_version.as_str(),
            win.max_surge.as_str()
        ),
        (OsType::Windows, PoolMode::User, "1.28.12", "1")
    );
    assert!(!win.autoscale && win.min_count.is_empty());
    // And the plan evaluates: 3→5 system nodes at 33 % surge (2 at the maximum).
    let r = crate::evaluate(&p);
    assert_eq!(r.network.nodes.upgrade, 5 + 2 + 2 + 1);
}

#[test]
fn az_network_vnet_show_fills_every_subnet() {
    use crate::rules::subnet::Purpose;
    let imported = import(VNET_SHOW, &Plan::default()).unwrap();
    assert_eq!(imported.source, Source::VnetShow);
    let c = &imported.plan.cluster;
    assert_eq!(c.vnet, "10.10.0.0/16");
    let subnets: Vec<(&str, &str, Purpose)> = c
        .subnets
        .iter()
        .map(|s| (s.name.as_str(), s.prefix.as_str(), s.purpose))
        .collect();
    assert_eq!(
        subnets,
        [
            ("AzureBastionSubnet", "10.10.0.0/24", Purpose::AzureBastion),
            ("snet-aks-nodes", "10.10.8.0/22", Purpose::Nodes),
            ("snet-aks-pods", "10.10.64.0/18", Purpose::Pods),
        ]
    );
    assert_eq!(c.listed_ranges, "10.0.0.0/16,172.20.0.0/16");
    // Bastion's name says what it is; the other two were read from their names, and said so.
    assert_eq!(
        imported.notices,
        [
            ImportNotice::PurposeGuessed {
                name: "snet-aks-nodes".into(),
                purpose: Purpose::Nodes
            },
            ImportNotice::PurposeGuessed {
                name: "snet-aks-pods".into(),
                purpose: Purpose::Pods
            },
        ]
    );
    // The rest of the plan is untouched, and the pools go to the first node subnet.
    assert_eq!(imported.plan.pools, Plan::default().pools);
    let r = crate::evaluate(&imported.plan);
    assert_eq!(r.design.node_subnet_of, [Some(1)]);
}

#[test]
fn network_models_from_az_json() {
    let show = |plugin: &str, mode: &str, pool_extra: &str| {
        format!(
            r#"{{"networkProfile": {{"networkPlugin": "{plugin}", "networkPluginMode": {mode}}},
                "agentPoolProfiles": [{{"name": "np1", "vmSize": "Standard_D4s_v5", "count": 3 {pool_extra}}}]}}"#
        )
    };
    let model = |text: String| {
        import(&text, &Plan::default())
            .unwrap()
            .plan
            .cluster
            .network
    };
    assert_eq!(model(show("kubenet", "null", "")), NetworkModel::Kubenet);
    assert_eq!(model(show("azure", "null", "")), NetworkModel::NodeSubnet);
    assert_eq!(
        model(show("azure", "\"overlay\"", "")),
        NetworkModel::Overlay
    );
    assert_eq!(
        model(show(
            "azure",
            "null",
            r#", "podSubnetId": "/x/subnets/pods""#
        )),
        NetworkModel::PodSubnetDynamic
    );
    assert_eq!(
        model(show(
            "azure",
            "null",
            r#", "podSubnetId": "/x/subnets/pods", "podIpAllocationMode": "StaticBlock""#
        )),
        NetworkModel::PodSubnetStatic
    );
    let byo = import(&show("none", "null", ""), &Plan::default()).unwrap();
    assert_eq!(byo.notices, [ImportNotice::ByoCni]);
}

#[test]
fn unreadable_input() {
    assert!(matches!(
        import("not json", &Plan::default()),
        Err(ImportError::NotJson { line: 1, .. })
    ));
    let large = format!("[{}]", " ".repeat(json::MAX_LEN));
    assert_eq!(import(&large, &Plan::default()), Err(ImportError::TooLarge));
    assert_eq!(
        import("{\"hello\": 1}", &Plan::default()),
        Err(ImportError::Unrecognised)
    );
    assert_eq!(
        import("[1, 2]", &Plan::default()),
        Err(ImportError::Unrecognised)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn export_then_import_is_identity_property(plan in crate::plan::testing::plan()) {
        let text = export::json(&plan, "#v=1", Lang::En);
        let back = import(&text, &Plan::default()).unwrap();
        prop_assert_eq!(back.source, Source::Export);
        prop_assert_eq!(&back.plan, &plan, "{}", text);
        prop_assert!(back.notices.is_empty(), "{:?}", back.notices);
    }
}

#[test]
fn every_import_message_has_both_languages() {
    use crate::formats::export::Format;
    use crate::formats::fragment::Notice;
    let two = |en: &str, ja: &str| !en.is_empty() && !ja.is_empty() && en != ja;
    let notices = [
        ImportNotice::Link(Notice::TooManyPools),
        ImportNotice::PurposeGuessed {
            name: "a".into(),
            purpose: crate::rules::subnet::Purpose::Nodes,
        },
        ImportNotice::ByoCni,
        ImportNotice::TooManyPools,
        ImportNotice::SubnetRangeUnknown {
            name: "a".into(),
            purpose: crate::rules::subnet::Purpose::Pods,
        },
    ];
    for n in &notices {
        assert!(two(&n.message(Lang::En), &n.message(Lang::Ja)), "{n:?}");
    }
    for e in [
        ImportError::TooLarge,
        ImportError::NotJson { line: 2, column: 3 },
        ImportError::Unrecognised,
    ] {
        assert!(two(&e.message(Lang::En), &e.message(Lang::Ja)), "{e:?}");
    }
    for s in [
        Source::Export,
        Source::AksShow,
        Source::NodepoolList,
        Source::VnetShow,
        Source::NodepoolShow,
    ] {
        assert!(two(s.message().en, s.message().ja), "{s:?}");
    }
    for f in Format::ALL {
        assert!(two(f.name().en, f.name().ja), "{f:?}");
    }
}

/// The import hint names every source the importer tells apart, in both languages: a new
/// `Source` must get its words here (the match is exhaustive), and the raw ARM bodies too.
#[test]
fn the_import_hint_names_every_source() {
    use crate::text::label::IMPORT_HINT;
    let names = |s: Source| -> &'static [&'static str] {
        match s {
            Source::Export => &["JSON export"],
            Source::AksShow => &["az aks show"],
            Source::NodepoolList => &["az aks nodepool list"],
            Source::NodepoolShow => &["az aks nodepool show"],
            Source::VnetShow => &["az network vnet show"],
        }
    };
    let sources = [
        Source::Export,
        Source::AksShow,
        Source::NodepoolList,
        Source::NodepoolShow,
        Source::VnetShow,
    ];
    let en = IMPORT_HINT.get(Lang::En);
    let ja = IMPORT_HINT.get(Lang::Ja);
    for s in sources {
        for name in names(s) {
            assert!(en.contains(name), "{name} missing from {en}");
            // The Japanese hint keeps the commands; the export is "JSON エクスポート".
            let name_ja = name.replace("JSON export", "JSON エクスポート");
            assert!(ja.contains(&name_ja), "{name_ja} missing from {ja}");
        }
    }
    for raw in ["ARM", "az rest", "az resource show"] {
        assert!(en.contains(raw) && ja.contains(raw), "{raw}");
    }
    assert!(en.contains("JSON View") && ja.contains("JSON ビュー"));
}
