//! Reading AKS's messages: each one verbatim from where AKS printed it in public (the source is
//! next to it), with log noise around it, in every format AKS has used.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::*;
use crate::plan::Plan;
use crate::text::Lang;

fn found(text: &str) -> Option<Found> {
    explain(text, &Plan::default(), Lang::En).found
}

fn net(s: &str) -> ipnet::Ipv4Net {
    s.parse().unwrap()
}

fn lines_of(e: &Explanation, kind: LineKind) -> Vec<&str> {
    e.lines
        .iter()
        .filter(|l| l.kind == kind)
        .map(|l| l.text.as_str())
        .collect()
}

/// (where AKS printed it, the text, what must be read).
pub(super) fn messages() -> Vec<(&'static str, &'static str, Found)> {
    alloc::vec![
        (
            "https://github.com/Azure/AKS/issues/3653",
            "Error: Pre-allocated IPs 255 exceeds IPs available 251 in Subnet Cidr 10.10.0.0/24, Subnet Name AKS. http://aka.ms/aks/insufficientsubnetsize",
            Found::SubnetSize {
                needed: 255,
                available: 251,
                cidr: Some(net("10.10.0.0/24")),
                name: Some("AKS".into()),
                format: SubnetFormat::Current,
            },
        ),
        (
            "https://github.com/Azure/AKS-Construction/issues/701",
            r#""code": "InsufficientSubnetSize", "message": "Pre-allocated IPs 1280 exceeds IPs available 1024 in Subnet Cidr 10.240.100.0/22, Subnet Name networkProfile.podCIDR. If Autoscaler is enabled, the max-count from each nodepool is counted towards this total (which means that pre-allocated IPs count represents a theoretical max value, not the actual number of IPs requested). http://aka.ms/aks/insufficientsubnetsize", "target": "networkProfile.podCIDR""#,
            Found::PodCidr {
                kubenet: false,
                needed: 1280,
                available: 1024,
                cidr: net("10.240.100.0/22"),
            },
        ),
        (
            "https://github.com/Azure/AKS/issues/456",
            "Pre-allocated IPs 310 exceeds IPs available in Subnet 251",
            Found::SubnetSize {
                needed: 310,
                available: 251,
                cidr: None,
                name: None,
                format: SubnetFormat::Old,
            },
        ),
        (
            "https://github.com/rancher/rancher/issues/20784",
            r#"Code="InsufficientSubnetSize" Message="Pre-allocated IPs 333 exceeds IPs available in Subnet 251" Target="agentPoolProfile.count""#,
            Found::SubnetSize {
                needed: 333,
                available: 251,
                cidr: None,
                name: None,
                format: SubnetFormat::Old,
            },
        ),
        (
            "https://github.com/Azure/AKS/issues/1795",
            "Pre-allocated IPs 276 exceeds IPs available 251 in Subnet Cidr 10.142.26.0/24",
            Found::SubnetSize {
                needed: 276,
                available: 251,
                cidr: Some(net("10.142.26.0/24")),
                name: None,
                format: SubnetFormat::WithCidr,
            },
        ),
        (
            "https://github.com/Azure/AKS-Construction/issues/357",
            r#""code": "InsufficientPodCidr", "message": "Pre-allocated IPs 768 exceeds IPs available 256 in Pod Cidr 10.240.100.0/24", "target": "agentPoolProfile.count""#,
            Found::PodCidr {
                kubenet: true,
                needed: 768,
                available: 256,
                cidr: net("10.240.100.0/24"),
            },
        ),
        (
            "https://github.com/MicrosoftDocs/azure-docs/issues/88211",
            "Subnet Subnet1 with address prefix 10.0.0.0/24 does not have enough capacity for 1 IP addresses.",
            Found::SubnetFull {
                name: "Subnet1".into(),
                prefix: net("10.0.0.0/24"),
                more: 1,
            },
        ),
        (
            "https://github.com/Azure/AKS/issues/2531",
            "Subnet sn-aks-dev with address prefix 10.133.123.0/26 does not have enough capacity for 30 IP addresses.",
            Found::SubnetFull {
                name: "sn-aks-dev".into(),
                prefix: net("10.133.123.0/26"),
                more: 30,
            },
        ),
        (
            "https://github.com/Azure/AKS-Construction/issues/403",
            "Some nice error trapping in the RP 😉 > Subnet aks-sn with address prefix 10.240.0.0/29 does not have enough capacity for 1 IP addresses.",
            Found::SubnetFull {
                name: "aks-sn".into(),
                prefix: net("10.240.0.0/29"),
                more: 1,
            },
        ),
        (
            "https://github.com/MicrosoftDocs/azure-docs/issues/69774",
            "Code: SubnetIsDelegated Message: AgentPoolProfile.VnetSubnetID /subscriptions/*/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/test cannot be used as it's a delegated subnet.",
            Found::Delegated {
                subnet: "test".into()
            },
        ),
        (
            "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-invalidloadbalancerprofileallocatedoutboundports",
            "Code: InvalidLoadBalancerProfileAllocatedOutboundPorts\nMessage: Load balancer profile allocated ports 8000 is not in an allowable range given the number of nodes and IPs provisioned. Total node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs. Refer to `https://aka.ms/aks/slb-ports` for more details.",
            Found::Ports {
                ports: Some(8000),
                nodes: 9,
                needed: 72000,
                available: 64000,
                ips: 1,
            },
        ),
        (
            "https://github.com/Azure/azure-cli/issues/22374",
            "(InvalidLoadBalancerProfileAllocatedOutboundPorts) Load balancer profile allocated ports 21000 is not in an allowable range given the number of nodes and IPs provisioned. Total node count 4 requires 84000 ports but only 64000 ports are available given 1 outbound public IPs. Refer to https://aka.ms/aks/slb-ports for more details.",
            Found::Ports {
                ports: Some(21000),
                nodes: 4,
                needed: 84000,
                available: 64000,
                ips: 1,
            },
        ),
        (
            "https://github.com/Azure/AKS-Construction/issues/403",
            r#"{"status":"Failed","error":{"code":"DeploymentFailed","message":"At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/DeployOperations for usage details.","details":[{"code":"BadRequest","message":"{\r\n  \"code\": \"NetworkProfileCIDROverlapVNET\",\r\n  \"message\": \"NetworkProfile CIDR 10.240.100.0/24 overlaps with reserved VNET CIDR 10.240.0.0/16\",\r\n  \"subcode\": \"\",\r\n  \"target\": \"networkProfile.podCIDR\"\r\n}"}]}}"#,
            Found::OverlapVnet {
                cidr: net("10.240.100.0/24"),
                vnet: net("10.240.0.0/16"),
                target: Some(RangeTarget::PodCidr),
            },
        ),
        (
            "https://github.com/Azure/azure-cli/issues/20810",
            "(ServiceCidrOverlapExistingSubnetsCidr) The specified service CIDR 10.0.0.0/16 is conflicted with an existing subnet CIDR 10.0.239.0/24\nCode: ServiceCidrOverlapExistingSubnetsCidr\nMessage: The specified service CIDR 10.0.0.0/16 is conflicted with an existing subnet CIDR 10.0.239.0/24\nTarget: networkProfile.serviceCIDR",
            Found::ServiceOverlapSubnet {
                service: net("10.0.0.0/16"),
                subnet: net("10.0.239.0/24"),
            },
        ),
        (
            "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-dnsserviceipoutofservicecidr",
            "(DnsServiceIpOutOfServiceCidr) The DNS service IP 10.0.0.10 is out of the range defined by service CIDR 10.200.0.0/16.",
            Found::DnsOutside {
                ip: "10.0.0.10".parse().unwrap(),
                service: net("10.200.0.0/16"),
            },
        ),
        (
            "https://github.com/Azure/AKS/issues/931",
            "Before that I kept getting the `The value of parameter maxPods is invalid.` error.",
            Found::MaxPods { value: None },
        ),
        (
            "https://github.com/MicrosoftDocs/azure-dev-docs/issues/216",
            r#"Error: creating Managed Kubernetes Cluster "k8stest" (Resource Group "azure-k8stest"): containerservice.ManagedClustersClient#CreateOrUpdate: Failure sending request: StatusCode=400 -- Original Error: Code="SystemPoolSkuTooLow" Message="System node pool must use VM sku with more than 2 cores and 4GB memory. Nodepool name: agentpool." I believe this is because the vm_size is set as `Standard_DS1_v2`, when it should be set at `Standard_DS2_v2`,"#,
            Found::SystemSku {
                pool: Some("agentpool".into()),
                vm: crate::rules::catalogue::find("Standard_DS1_v2"),
            },
        ),
        (
            "https://github.com/Azure/azure-cli/issues/13420",
            "The message is: Operation failed with status: 'Bad Request'. Details: There has to be at least one system agent pool.",
            Found::NoSystemPool,
        ),
        (
            "https://github.com/kubernetes-sigs/cluster-api-provider-azure/issues/5947",
            "Cause: agentPoolProfile.count was 0. It must be greater or equal to minCount:1 and less than or equal to maxCount:1000. If allowedMinCount was expected to be 0 but is 1: 1) The nodepool is a VMAS pool. 2) api Version is less than 2020-03-01. 3) The node is a system pool.: PUT",
            Found::Count {
                count: 0,
                min: 1,
                max: 1000
            },
        ),
        (
            "https://learn.microsoft.com/azure/aks/upgrade-aks-node-pools-rolling",
            "If a node pool's current size plus the calculated surge count would exceed 1,000 instances, AKS rejects the upgrade before it starts.",
            Found::SurgeOver1000,
        ),
        (
            "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/tunnel-connectivity-issues",
            "Error from server: error dialing backend: dial tcp <aks-node-ip>:10250: i/o timeout",
            Found::DialingBackend {
                node: None,
                legacy: None
            },
        ),
    ]
}

#[test]
fn each_message_is_read_with_its_numbers() {
    for (source, text, expected) in messages() {
        assert_eq!(found(text).as_ref(), Some(&expected), "{source}");
    }
}

#[test]
fn each_message_is_read_with_log_noise_around_it() {
    for (source, text, expected) in messages() {
        // A pipeline log: timestamps, an error marker, az's JSON escaping, other lines before and
        // after.
        let escaped = text
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n");
        let log = alloc::format!(
            "2026-09-01T10:11:12.1234567Z ##[section]Starting: az aks create\n2026-09-01T10:11:40.0000000Z WARNING: docker_bridge_cidr is not a known attribute\n2026-09-01T10:12:03.9876543Z ##[error]{{\"error\": {{\"message\": \"{escaped}\"}}}}\n2026-09-01T10:12:04.0000000Z ##[error]Process completed with exit code 1.\n"
        );
        assert_eq!(found(&log).as_ref(), Some(&expected), "{source} in a log");
        // The portal's lines break where they like.
        let wrapped = text.replace(' ', "\n  ");
        assert_eq!(
            found(&wrapped).as_ref(),
            Some(&expected),
            "{source} wrapped"
        );
    }
}

#[test]
fn the_current_and_the_old_insufficient_subnet_size() {
    // Old (Azure/AKS#456): no CIDR, no surge counted then. Azure CNI node subnet at the default
    // maxPods 30: 310 = 10 × 31. Today's count adds the 10 % surge node: 11 × 31 = 341.
    let e = explain(
        "Pre-allocated IPs 310 exceeds IPs available in Subnet 251",
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(
        lines_of(&e, LineKind::Formula),
        ["(10 nodes + 0 surge) × (30 + 1) = 310 > 251 usable in a /24"]
    );
    assert!(e.lines.iter().any(|l| l.text == "Today AKS also counts the upgrade's surge nodes: (10 nodes + 1 surge) × (30 + 1) = 341 > 251 usable in a /24"));
    let plan = e.plan.unwrap();
    assert_eq!(plan.cluster.network, crate::plan::NetworkModel::NodeSubnet);
    assert_eq!(plan.cluster.subnets[0].prefix, "10.224.0.0/24");
    assert_eq!(plan.pools[0].node_count, "10");

    // Current (Azure/AKS#3653), on a plan of Azure CNI node subnet with 8 nodes at 30 pods: the
    // message counts 255, which is 8 + 1 surge = 9 nodes × 31 = 279 for this plan: not exact,
    // the plan's figures are kept and said so.
    let mut p = Plan::default();
    p.apply(crate::plan::edit::Edit::Network(
        crate::plan::NetworkModel::NodeSubnet,
    ));
    p.pools[0].node_count = "8".into();
    let e = explain(
        "Pre-allocated IPs 255 exceeds IPs available 251 in Subnet Cidr 10.10.0.0/24, Subnet Name AKS.",
        &p,
        Lang::En,
    );
    let plan = e.plan.clone().unwrap();
    assert_eq!(plan.cluster.subnets[0].name, "AKS");
    assert_eq!(plan.cluster.subnets[0].prefix, "10.10.0.0/24");
    assert_eq!(plan.cluster.vnet, "10.10.0.0/16");
    assert_eq!(plan.pools[0].node_count, "8");
    assert_eq!(
        lines_of(&e, LineKind::Formula),
        ["(8 nodes + 1 surge) × (30 + 1) = 279 > 251 usable in a /24"]
    );
    assert!(lines_of(&e, LineKind::Assumed).iter().any(|l| l.starts_with("The message's 255 does not come out of your plan's numbers exactly (the page counts 279)")));

    // With a CIDR but no name (Azure/AKS#1795): surge counted. 276 = 12 × 23: no split of one
    // pool at the plan's maxPods 30 (276 / 31 is not whole), nor at 110 or 250.
    let Some(Found::SubnetSize { format, .. }) =
        found("Pre-allocated IPs 276 exceeds IPs available 251 in Subnet Cidr 10.142.26.0/24")
    else {
        panic!()
    };
    assert_eq!(format, SubnetFormat::WithCidr);
}

#[test]
fn a_total_that_splits_only_at_another_max_pods_says_so() {
    // rancher/rancher#20784: 333 = 3 × 111, the node subnet at maxPods 110 (30 does not divide).
    let e = explain(
        r#"Code="InsufficientSubnetSize" Message="Pre-allocated IPs 333 exceeds IPs available in Subnet 251""#,
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(
        lines_of(&e, LineKind::Formula),
        ["(3 nodes + 0 surge) × (110 + 1) = 333 > 251 usable in a /24"]
    );
    assert!(lines_of(&e, LineKind::Assumed).contains(&"maxPods 110: not in the message; the default of another network model, with which the total comes out exactly."));
    assert_eq!(e.plan.unwrap().pools[0].max_pods, "110");
}

#[test]
fn the_explanation_says_what_aks_counted_and_what_was_assumed() {
    let e = explain(
        "Pre-allocated IPs 1280 exceeds IPs available 1024 in Subnet Cidr 10.240.100.0/22, Subnet Name networkProfile.podCIDR.",
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(
        e.title,
        "InsufficientSubnetSize (networkProfile.podCIDR): the pod CIDR has too few /24 blocks for the nodes"
    );
    assert_eq!(
        lines_of(&e, LineKind::Read),
        [
            "AKS said: “Pre-allocated IPs 1280 exceeds IPs available 1024 in Subnet Cidr 10.240.100.0/22, Subnet Name networkProfile.podCIDR.”"
        ]
    );
    // 5 nodes × 256 = 1,280: AKS counts the pod CIDR without surge (rules-check A9b), so the
    // plan has 5 nodes and no surge assumption; a /22 holds 4 × 256 = 1,024.
    assert_eq!(
        lines_of(&e, LineKind::Formula),
        ["5 nodes × 256 = 1,280 > 1,024 addresses in a /22, surge not counted"]
    );
    assert_eq!(
        lines_of(&e, LineKind::Assumed),
        ["Nodes: the message gives only the total; 5 node(s) in pool nodepool1 make it."]
    );

    // The SNAT check: 9 = 8 nodes + 1 surge, × 8,000 ports.
    let e = explain(
        "Total node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs.",
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(
        lines_of(&e, LineKind::Formula),
        ["(8 nodes + 1 surge) × 8,000 ports = 72,000 > 64,000 = 1 outbound IP × 64,000"]
    );
    // The first sentence was lost: the ports are the total over the nodes.
    assert!(lines_of(&e, LineKind::Assumed).contains(&"allocatedOutboundPorts: 8,000, the total divided by the node count (the first sentence is missing)."));
}

#[test]
fn ranges_are_explained_with_the_addresses_they_span() {
    let [overlap, service, dns] = [12usize, 13, 14].map(|i| {
        let (_, text, _) = messages().swap_remove(i);
        explain(text, &Plan::default(), Lang::En)
    });
    assert_eq!(
        lines_of(&overlap, LineKind::Formula),
        [
            "10.240.100.0/24 (10.240.100.0 – 10.240.100.255) overlaps 10.240.0.0/16 (10.240.0.0 – 10.240.255.255)"
        ]
    );
    assert_eq!(overlap.plan.unwrap().cluster.vnet, "10.240.0.0/16");
    assert_eq!(
        lines_of(&service, LineKind::Formula),
        [
            "10.0.0.0/16 (10.0.0.0 – 10.0.255.255) overlaps 10.0.239.0/24 (10.0.239.0 – 10.0.239.255)"
        ]
    );
    assert_eq!(
        lines_of(&dns, LineKind::Formula),
        ["10.0.0.10 is not in 10.200.0.0/16 (10.200.0.0 – 10.200.255.255)"]
    );
}

#[test]
fn a_range_over_one_aks_reserves_is_recognised_by_the_range() {
    // No message of AKS for it is quoted in public (Azure/AKS#2234 reports the failure without
    // one); the rule is concepts-network-cni-overview.md's.
    let e = explain(
        "az aks create -g rg -n aks --network-plugin azure --service-cidr 172.30.0.0/16 --dns-service-ip 172.30.0.10",
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(
        e.found,
        Some(Found::Reserved {
            cidr: net("172.30.0.0/16"),
            target: RangeTarget::ServiceCidr,
            reserved: "172.30.0.0/16",
        })
    );
    assert_eq!(
        e.title,
        "A range AKS reserves: 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 and 192.0.2.0/24 cannot be used"
    );
    // A private range that is not reserved is not an error this page knows.
    assert_eq!(found("--service-cidr 172.20.0.0/16"), None);
}

#[test]
fn max_pods_takes_the_value_from_the_command_around_it() {
    let log = "+ az aks create --resource-group rg --name aks --max-pods 300 --node-count 3\nERROR: (InvalidParameter) The value of parameter maxPods is invalid.";
    assert_eq!(found(log), Some(Found::MaxPods { value: Some(300) }));
    let e = explain(log, &Plan::default(), Lang::En);
    assert_eq!(lines_of(&e, LineKind::Formula), ["maxPods 300 > 250"]);
    // az's own check (Azure/azure-cli#6879) is the same rule; its number is the minimum, not the
    // value typed.
    assert_eq!(
        found("--max-pods must be at least 9 for a managed Kubernetes cluster to function."),
        Some(Found::MaxPods { value: None })
    );
}

#[test]
fn a_code_alone_asks_for_the_whole_message() {
    // SupportArticles' error-code-subnetisfull-upgrade.md quotes the message with placeholders.
    let e = explain(
        r"Failed to scale node pool <AGENT POOL NAME>' in Kubernetes service '<NAME>'. Error: VMSSAgentPoolReconciler retry failed: Code='SubnetIsFull' Message='<SUBNET NAME>\ with address prefix <PREFIX>\ doesn't have enough capacity for IP addresses.' Details=[]",
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(e.found, Some(Found::CodeOnly(Kind::SubnetIsFull)));
    assert_eq!(
        lines_of(&e, LineKind::Note),
        [
            "The text has the code SubnetIsFull, but not AKS's sentence with its numbers: paste the whole message (the “message” of the error, not only its “code”)."
        ]
    );
    assert!(e.fixes.is_empty());
}

#[test]
fn unknown_text_lists_what_the_page_knows() {
    for (text, lang, title, knows) in [
        (
            "hello, world",
            Lang::En,
            "Not an AKS error this page knows",
            KNOWS_EN,
        ),
        (
            "ノードが起動しません",
            Lang::Ja,
            "このページで説明できる AKS のエラーではありません",
            KNOWS_JA,
        ),
    ] {
        let e = explain(text, &Plan::default(), lang);
        assert_eq!((e.found, e.title.as_str()), (None, title));
        assert_eq!(e.lines.len(), 1 + Kind::ALL.len());
        assert_eq!(e.lines[0].text, knows);
        assert_eq!(
            e.lines[1].text,
            match lang {
                Lang::En =>
                    "InsufficientSubnetSize: the subnet cannot hold every node's addresses — https://github.com/Azure/AKS/issues/3653",
                Lang::Ja =>
                    "InsufficientSubnetSize: サブネットに全ノード分の IP アドレスが収まりません — https://github.com/Azure/AKS/issues/3653",
            }
        );
        assert!(e.fixes.is_empty() && e.plan.is_none());
    }
}

const KNOWS_EN: &str =
    "It explains these (paste the message as az, the portal or a pipeline log printed it):";
const KNOWS_JA: &str = "説明できるのは次のエラーです(az、ポータル、パイプラインのログに出たメッセージをそのまま貼り付けてください):";

#[test]
fn japanese_words_for_every_part() {
    let e = explain(
        "Pre-allocated IPs 310 exceeds IPs available in Subnet 251",
        &Plan::default(),
        Lang::Ja,
    );
    assert_eq!(
        e.title,
        "InsufficientSubnetSize: サブネットに全ノード分の IP アドレスが収まりません"
    );
    assert_eq!(
        lines_of(&e, LineKind::Read),
        ["AKS のメッセージ:「Pre-allocated IPs 310 exceeds IPs available in Subnet 251」"]
    );
    assert_eq!(
        lines_of(&e, LineKind::Formula),
        ["(ノード 10 台 + サージ 0 台) × (30 + 1) = 310 > /24 で使用可能な 251"]
    );
    assert!(lines_of(&e, LineKind::Assumed).contains(
        &"maxPods 30: メッセージにないため、プール nodepool1 にネットワークモデルの既定値を使用。"
    ));
    assert_eq!(
        e.fixes[0].label,
        "サブネット snet-aks-nodes を 10.224.0.0/23 に(使用可能 507)"
    );
    assert_eq!(
        e.fixes[1].label,
        "プール nodepool1 を 7 ノードに(収まる最大数)"
    );
    // No English word left in the sentences the page wrote (AKS's own quote aside).
    for l in e.lines.iter().filter(|l| l.kind != LineKind::Read) {
        assert!(!l.text.contains(" the "), "{}", l.text);
    }
}

#[test]
fn long_pastes_are_cut_at_100_kb_with_a_notice() {
    let message = "Total node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs.";
    let filler = "2026-09-01T10:00:00Z INFO nothing to see here\n".repeat(3000);
    assert!(filler.len() > MAX_INPUT);
    let cut_note = "The text was longer than 100 KB: only its first 100 KB were read.";
    // The message first: read, and the notice says the rest was not.
    let e = explain(
        &alloc::format!("{message}\n{filler}"),
        &Plan::default(),
        Lang::En,
    );
    assert!(matches!(e.found, Some(Found::Ports { nodes: 9, .. })));
    assert_eq!(e.lines[0].text, cut_note);
    // The message past 100 KB: not read.
    let e = explain(
        &alloc::format!("{filler}{message}"),
        &Plan::default(),
        Lang::En,
    );
    assert_eq!(e.found, None);
    assert_eq!(e.lines[0].text, cut_note);
    // Cut inside a character that takes several bytes: still valid text.
    let wide = "日".repeat(MAX_INPUT / 3 + 2);
    assert!(clean_text(&wide).len() <= MAX_INPUT);
}

#[test]
fn many_almost_matches_are_read_in_linear_time() {
    // 100 KB of the start of a pattern, never completed: every try is bounded.
    let text = "Pre-allocated IPs 1 exceeds ".repeat(MAX_INPUT / 28);
    let start = std::time::Instant::now();
    assert_eq!(found(&text), None);
    let digits = "9".repeat(MAX_INPUT);
    assert_eq!(found(&alloc::format!("Total node count {digits}")), None);
    assert!(
        start.elapsed() < core::time::Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}

extern crate std;

#[test]
fn unescaping_handles_json_inside_json() {
    assert_eq!(clean_text(r#"{\"a\": \"b\\\"c\\\"\"}"#), r#"{"a": "b"c""}"#);
    assert_eq!(
        clean_text(r"\u0027quoted\u0027 \uZZZZ \"),
        "'quoted' \\uZZZZ \\"
    );
    assert_eq!(clean_text("  a\r\n\tb  "), "a b");
    let s: String = (0..20).map(|i| i.to_string()).collect();
    assert_eq!(clean_text(&s), s);
}
