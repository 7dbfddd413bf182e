//! Links are a promise: every link the v1 page wrote must open the same plan. The links are in
//! `tests/fixtures/v1-links.txt`; `v1-plans.txt` holds what the v1 code read from each (every key
//! of the plan, the view keys, the notices), recorded with that release's code.

use aks_calc::formats::fragment::{V1_DEFAULT_KUBERNETES_VERSION, from_fragment, pairs};
use aks_calc::formats::import::import;
use aks_calc::plan::{DEFAULT_KUBERNETES_VERSION, Plan};
use aks_calc::rules::subnet::Purpose;

/// `(link, lines)` for each recorded link.
fn recorded() -> Vec<(String, Vec<String>)> {
    let text = include_str!("fixtures/v1-plans.txt");
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        match line.strip_prefix("== ") {
            Some(link) => out.push((link.to_string(), Vec::new())),
            None => out
                .last_mut()
                .expect("a link first")
                .1
                .push(line.to_string()),
        }
    }
    out
}

/// Keys added since v1 (schema 2, and the rules of 2026-12); in a plan read from a v1 link they
/// hold their defaults.
const NEW_KEYS: [(&str, &str); 32] = [
    ("enable-apiserver-vnet-integration", "false"),
    ("apiserver-subnet", ""),
    ("layout-growth", "1"),
    ("vnet-subnet", ""),
    ("pod-subnet", ""),
    ("virtual-nodes-v2", ""),
    ("max-unavailable", ""),
    ("kube-reserved-cpu", ""),
    ("kube-reserved-memory", ""),
    ("eviction-hard", ""),
    ("os-sku", ""),
    // Outbound and names (issue 12): the keys are new, their defaults are AKS's.
    ("outbound-type", "loadBalancer"),
    ("managed-vnet", "false"),
    ("load-balancer-managed-outbound-ip-count", ""),
    ("load-balancer-outbound-ip-count", ""),
    ("load-balancer-outbound-ports", ""),
    ("load-balancer-idle-timeout", ""),
    ("nat-gateway-managed-outbound-ip-count", ""),
    ("nat-gateway-idle-timeout", ""),
    ("firewall-private-ip", ""),
    ("firewall-public-ip-count", ""),
    ("firewall-instance-count", ""),
    ("outbound-connections-per-node", ""),
    ("dns-servers", ""),
    ("public-lbs", ""),
    ("cloud", "AzureCloud"),
    ("legacy-tunnel", "false"),
    ("resource-group", ""),
    ("name", ""),
    ("location", ""),
    ("node-resource-group", ""),
    // Cilium WireGuard (review of #11/#12): az's flag and its default.
    ("acns-transit-encryption-type", "none"),
];

/// What today's reader makes of a link, in the recorded (v1) form: the design's subnets as v1's
/// one node subnet and one pod subnet, which every pool uses.
fn read_today(link: &str) -> Vec<String> {
    let d = from_fragment(link);
    let c = &d.plan.cluster;
    let pods = c.network.uses_pod_subnet();
    let expected: Vec<Purpose> = if pods {
        vec![Purpose::Nodes, Purpose::Pods]
    } else {
        vec![Purpose::Nodes]
    };
    let purposes: Vec<Purpose> = c.subnets.iter().map(|s| s.purpose).collect();
    assert_eq!(purposes, expected, "{link}: migrated to v1's subnets");
    let mut lines = Vec::new();
    for (k, v) in pairs(&d.plan, true) {
        if k.starts_with("subnet-") {
            continue;
        }
        if let Some((_, default)) = NEW_KEYS.iter().find(|(key, _)| *key == k) {
            assert_eq!(v, *default, "{link}: {k}");
            continue;
        }
        lines.push(format!("{k}={}", v.escape_debug()));
        if k == "vnet-address-prefixes" {
            lines.push(format!(
                "node-subnet-prefix={}",
                c.first_prefix(Purpose::Nodes).escape_debug()
            ));
            lines.push(format!(
                "pod-subnet-prefix={}",
                c.first_prefix(Purpose::Pods).escape_debug()
            ));
        }
    }
    let mut view = String::new();
    d.view.append_to(&mut view);
    lines.push(format!("view {view}"));
    lines.extend(d.notices.iter().map(|n| format!("notice {n:?}")));
    lines
}

#[test]
fn every_v1_link_opens_the_same_plan() {
    let recorded = recorded();
    let links: Vec<&str> = include_str!("fixtures/v1-links.txt")
        .lines()
        .filter(|l| l.starts_with("#v="))
        .collect();
    assert_eq!(recorded.len(), links.len(), "one record per link");
    assert!(recorded.len() >= 30);
    for (link, mut expected) in recorded {
        let today = read_today(&link);
        let pods = from_fragment(&link).plan.cluster.network.uses_pod_subnet();
        for (line, now) in expected.iter_mut().zip(&today) {
            // v1 kept a pod subnet for models that have none, unused: today there is none.
            if !pods && line.starts_with("pod-subnet-prefix=") {
                *line = now.clone();
            }
        }
        // Schema 2 is this build's: a v1 page called it a future version.
        expected.retain(|l| l != "notice FutureVersion(\"2\")");
        // A schema-2 link that names no Kubernetes version means today's default: v1 read it
        // with its own (1.33); since the rules of 2026-12 the default is 1.35. Schema-1 links
        // keep 1.33 (`V1_DEFAULT_KUBERNETES_VERSION`).
        if !link.starts_with("#v=1") && !link.contains("kubernetes-version") {
            let v1_default = format!("kubernetes-version={V1_DEFAULT_KUBERNETES_VERSION}");
            if let Some(line) = expected.iter_mut().find(|l| **l == v1_default) {
                *line = format!("kubernetes-version={DEFAULT_KUBERNETES_VERSION}");
            }
        }
        assert_eq!(today, expected, "{link}");
    }
}

/// A JSON export of the v1 page (its snapshot of the test plan) imports as the plan its link
/// opens.
#[test]
fn a_v1_json_export_imports_as_its_plan() {
    let export = include_str!("fixtures/export-v1.json");
    let imported = import(export, &Plan::default()).expect("imports");
    assert!(imported.notices.is_empty(), "{:?}", imported.notices);
    let c = &imported.plan.cluster;
    assert_eq!(c.subnets.len(), 1);
    assert_eq!(c.first_prefix(Purpose::Nodes), "10.10.0.0/22");
    assert_eq!(c.vnet, "10.10.0.0/16");
    assert_eq!(imported.plan.pools.len(), 2);
    assert_eq!(imported.plan.pools[1].max_surge, "33%");
}
