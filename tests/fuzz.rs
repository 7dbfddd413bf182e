//! A time-boxed fuzzer for everything that reads outside input: the URL fragment, evaluate()
//! over arbitrary plans, the exports, the JSON imports, and the pasted AKS errors the worker
//! explains. It looks for panics, endless loops
//! (no case may take long) and unbounded growth (lists are capped).
//!
//! The inputs come from proptest strategies built on `NASTY` and the real values of every
//! choice, so a failure is shrunk to a minimal input before it is reported. Each target runs
//! batches of cases with fresh seeds until its share of the time is up.
//!
//! `cargo test --test fuzz` runs it for 20 seconds (the test command does); for a longer hunt:
//! `FUZZ_SECONDS=600 cargo test --release --test fuzz -- --nocapture` (or `make fuzz`).
//! A failure prints the shrunk input and the seed of its batch; `FUZZ_SEED=<seed>` replays the
//! run from that batch on, and `FUZZ_TARGET=<name>` runs one target only.

use std::cell::Cell;
use std::fmt::Debug;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};

use aks_calc::evaluate;
use aks_calc::formats::export::Format;
use aks_calc::formats::fragment::{MAX_PAIRS, MAX_VALUE_LEN, from_fragment, to_fragment};
use aks_calc::formats::{aks_error, import::import, jobs};
use aks_calc::plan::edit::{Edit, PoolEdit, SubnetEdit};
use aks_calc::plan::field::{ClusterField, NameField, OutboundField, PoolField, SubnetField};
use aks_calc::plan::outbound::{Cloud, OutboundEdit, OutboundType};
use aks_calc::plan::{
    Dataplane, MAX_POOLS, MAX_SUBNETS, NetworkModel, OsSku, OsType, Plan, PoolMode, RuleChoice,
    Tier,
};
use aks_calc::rules::subnet::Purpose;
use aks_calc::text::Lang;

/// Values that have broken parsers before: extremes, wrong units, other scripts, escapes.
const NASTY: &[&str] = &[
    "",
    " ",
    "0",
    "1",
    "-1",
    "2.5",
    "10",
    "30",
    "250",
    "251",
    "1000",
    "1001",
    "4294967295",
    "18446744073709551616",
    "99999999999999999999999999",
    "1e9",
    "0x10",
    "３０",
    "١٢",
    "abc",
    "%",
    "100%",
    "101%",
    "33%",
    "%FF",
    "%00",
    "&",
    "=",
    "#",
    "+",
    "'",
    "\"",
    "\\",
    "\u{0}",
    "\u{fffd}",
    "日本語",
    "🙂",
    "Standard_D4s_v5",
    "standard_d4s_v5",
    "D4s",
    "custom",
    "CUSTOM",
    "16393524Ki",
    "16Gi",
    "0.5Gi",
    "1Pi",
    "12Gx",
    "250m",
    "0.0001",
    "1.29",
    "1.28.3",
    "v1.33",
    "10.0.0.0/8",
    "10.0.0.1/24",
    "0.0.0.0/0",
    "255.255.255.255/32",
    "10.244.0.0/33",
    "172.16.0.0/12",
    "169.254.0.0/16",
    "100.64.0.0/10",
    "::/0",
    "fd12:3456:789a::/64",
    "fd12:3456:789a:1::/108",
    "10.0.0.0/16,fd12::/64,10.1.0.0/16",
    "10.0.0.10",
    "::",
    "a,b;c d",
    "Windows2025",
    "azurelinux",
    "200Mi",
    "2%",
    "101%",
    "18446744073709551615",
    "8000",
    "21000",
    "64000",
    "64008",
    "120",
    "japaneast",
    "Japan East",
    "qatarcentral",
    "MC_rg_aks_japaneast",
    "loadBalancer",
    "managedNATGatewayV2",
    "AzureChinaCloud",
    "10.0.0.4 10.0.0.5",
    "wireguard",
    "WireGuard",
    "none",
];

const KEYS: &[&str] = &[
    "v",
    "vm",
    "node-vm-size",
    "node-count",
    "max-pods",
    "max-surge",
    "min-count",
    "max-count",
    "enable-cluster-autoscaler",
    "nodepool-name",
    "mode",
    "os-type",
    "memory-rule",
    "capacity",
    "pod-cpu",
    "pod-memory",
    "ds-cpu",
    "ds-memory",
    "ds-pods",
    "replicas",
    "vcpu",
    "memory-gib",
    "kubernetes-version",
    "network-plugin",
    "network-plugin-mode",
    "pod-ip-allocation-mode",
    "network-dataplane",
    "tier",
    "vnet-address-prefixes",
    "node-subnet-prefix",
    "pod-subnet-prefix",
    "subnet-name",
    "subnet-prefix",
    "subnet-purpose",
    "subnet-ips",
    "vnet-subnet",
    "pod-subnet",
    "apiserver-subnet",
    "enable-apiserver-vnet-integration",
    "layout-growth",
    "pod-cidr",
    "service-cidr",
    "dns-service-ip",
    "peered-ranges",
    "internal-lbs",
    "private-endpoints",
    "other-ips",
    "enable-private-cluster",
    "virtual-nodes",
    "outbound-type",
    "managed-vnet",
    "load-balancer-managed-outbound-ip-count",
    "load-balancer-outbound-ip-count",
    "load-balancer-outbound-ports",
    "load-balancer-idle-timeout",
    "nat-gateway-managed-outbound-ip-count",
    "nat-gateway-idle-timeout",
    "firewall-private-ip",
    "firewall-public-ip-count",
    "firewall-instance-count",
    "outbound-connections-per-node",
    "cloud",
    "dns-servers",
    "legacy-tunnel",
    "public-lbs",
    "resource-group",
    "name",
    "location",
    "node-resource-group",
    "lang",
    "theme",
    "embed",
    "readonly",
    "max-unavailable",
    "os-sku",
    "kube-reserved-cpu",
    "kube-reserved-memory",
    "eviction-hard",
    "virtual-nodes-v2",
    "acns-transit-encryption-type",
    "unknown",
    "",
];

fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The values the link reader and the importers take for a choice (every subnet purpose, OS
/// image, outbound type and cloud by its id, the words of the other choices), so that each new
/// choice is fuzzed with its real values beside `NASTY`'s.
fn choices() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    out.extend(Purpose::ALL.map(Purpose::id));
    out.extend(OsSku::ALL.map(OsSku::id));
    out.extend(OutboundType::ALL.map(OutboundType::id));
    out.extend(Cloud::ALL.map(Cloud::id));
    out.extend([
        "azure",
        "kubenet",
        "overlay",
        "cilium",
        "DynamicIndividual",
        "StaticBlock",
        "free",
        "standard",
        "premium",
        "System",
        "User",
        "Linux",
        "Windows",
        "auto",
        "current",
        "legacy",
        "windows",
        "hardening",
        "true",
        "false",
        "en",
        "ja",
        "light",
        "dark",
    ]);
    out
}

/// `NASTY` and the real values of every choice.
fn values() -> Vec<&'static str> {
    let mut out = NASTY.to_vec();
    out.extend(choices());
    out
}

/// A nasty value as typed.
fn nasty() -> impl Strategy<Value = String> {
    select(values()).prop_map(String::from)
}

/// A nasty value as typed or, half the time, percent-encoded as a link carries it.
fn nasty_in_link() -> impl Strategy<Value = String> {
    prop_oneof![nasty(), select(values()).prop_map(percent)]
}

/// What is done to a fragment's bytes after it is written; positions wrap around its length.
#[derive(Clone, Debug)]
enum FragmentMangle {
    SetByte { at: usize, byte: u8 },
    Truncate { at: usize },
    Double,
    PadWithA { len: usize },
    InsertPercent { at: usize },
}

/// A fragment: real keys with nasty values (a key without `=` one time in eight), then mangled.
#[derive(Clone, Debug)]
struct FragmentCase {
    pairs: Vec<(&'static str, Option<String>)>,
    mangles: Vec<FragmentMangle>,
}

impl FragmentCase {
    fn text(&self) -> String {
        let pairs: Vec<String> = self
            .pairs
            .iter()
            .map(|(k, v)| match v {
                Some(v) => format!("{k}={v}"),
                None => k.to_string(),
            })
            .collect();
        let mut bytes = pairs.join("&").into_bytes();
        for mangle in &self.mangles {
            let len = bytes.len();
            match *mangle {
                FragmentMangle::SetByte { at, byte } if len > 0 => bytes[at % len] = byte,
                FragmentMangle::SetByte { .. } => {}
                FragmentMangle::Truncate { at } => bytes.truncate(at % (len + 1)),
                FragmentMangle::Double => bytes.extend_from_within(..),
                FragmentMangle::PadWithA { len } => bytes.extend(std::iter::repeat_n(b'A', len)),
                FragmentMangle::InsertPercent { at } => bytes.insert(at % (len + 1), b'%'),
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

fn fragment_case() -> impl Strategy<Value = FragmentCase> {
    let pair = (
        select(KEYS),
        proptest::option::weighted(7.0 / 8.0, nasty_in_link()),
    );
    let at = 0..8192usize;
    let mangle = prop_oneof![
        (at.clone(), any::<u8>()).prop_map(|(at, byte)| FragmentMangle::SetByte { at, byte }),
        at.clone().prop_map(|at| FragmentMangle::Truncate { at }),
        Just(FragmentMangle::Double),
        (0..5000usize).prop_map(|len| FragmentMangle::PadWithA { len }),
        at.prop_map(|at| FragmentMangle::InsertPercent { at }),
    ];
    (
        proptest::collection::vec(pair, 0..40),
        proptest::collection::vec(mangle, 0..4),
    )
        .prop_map(|(pairs, mangles)| FragmentCase { pairs, mangles })
}

const POOL_FIELDS: [PoolField; 23] = [
    PoolField::Name,
    PoolField::VmSize,
    PoolField::CustomVcpu,
    PoolField::CustomMemory,
    PoolField::NodeCount,
    PoolField::MinCount,
    PoolField::MaxCount,
    PoolField::MaxPods,
    PoolField::MaxSurge,
    PoolField::KubernetesVersion,
    PoolField::Capacity,
    PoolField::PodCpu,
    PoolField::PodMemory,
    PoolField::DaemonsetCpu,
    PoolField::DaemonsetMemory,
    PoolField::DaemonsetPods,
    PoolField::Replicas,
    PoolField::VnetSubnet,
    PoolField::PodSubnet,
    PoolField::MaxUnavailable,
    PoolField::KubeReservedCpu,
    PoolField::KubeReservedMemory,
    PoolField::EvictionHard,
];

const SUBNET_FIELDS: [SubnetField; 3] = [SubnetField::Name, SubnetField::Prefix, SubnetField::Ips];

const CLUSTER_FIELDS: [ClusterField; 28] = [
    ClusterField::KubernetesVersion,
    ClusterField::Vnet,
    ClusterField::ApiServerSubnet,
    ClusterField::Growth,
    ClusterField::PodCidr,
    ClusterField::ServiceCidr,
    ClusterField::DnsServiceIp,
    ClusterField::ListedRanges,
    ClusterField::InternalLbs,
    ClusterField::PrivateEndpoints,
    ClusterField::OtherIps,
    ClusterField::VirtualNodesV2,
    ClusterField::Outbound(OutboundField::LbManagedIps),
    ClusterField::Outbound(OutboundField::LbOwnIps),
    ClusterField::Outbound(OutboundField::LbPorts),
    ClusterField::Outbound(OutboundField::LbIdle),
    ClusterField::Outbound(OutboundField::NatIps),
    ClusterField::Outbound(OutboundField::NatIdle),
    ClusterField::Outbound(OutboundField::FirewallIp),
    ClusterField::Outbound(OutboundField::FirewallIps),
    ClusterField::Outbound(OutboundField::FirewallInstances),
    ClusterField::Outbound(OutboundField::Connections),
    ClusterField::Outbound(OutboundField::DnsServers),
    ClusterField::Outbound(OutboundField::PublicLbs),
    ClusterField::Names(NameField::ResourceGroup),
    ClusterField::Names(NameField::ClusterName),
    ClusterField::Names(NameField::Region),
    ClusterField::Names(NameField::NodeResourceGroup),
];

/// The outbound choices the page makes: any type and cloud, the switches.
fn outbound_edits() -> impl Strategy<Value = Vec<Edit>> {
    (
        select(OutboundType::ALL.to_vec()),
        select(Cloud::ALL.to_vec()),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(t, cloud, managed, legacy)| {
            vec![
                Edit::Outbound(OutboundEdit::Type(t)),
                Edit::Outbound(OutboundEdit::Cloud(cloud)),
                Edit::Outbound(OutboundEdit::ManagedVnet(managed)),
                Edit::Outbound(OutboundEdit::LegacyTunnel(legacy)),
            ]
        })
}

/// The edits of a plan, as the page makes them: any model, dataplane, tier and switches, nasty
/// text in a third of the cluster fields, one to five pools (one time in twenty the most AKS
/// allows, one time in forty between) with nasty text in a quarter of their fields, some
/// autoscaling, Windows, user mode.
fn plan_edits() -> impl Strategy<Value = Vec<Edit>> {
    let cluster = (
        select(NetworkModel::ALL.to_vec()),
        prop_oneof![Just(Dataplane::Azure), Just(Dataplane::Cilium)],
        prop_oneof![Just(Tier::Free), Just(Tier::Standard), Just(Tier::Premium)],
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec(
            proptest::option::weighted(1.0 / 3.0, nasty()),
            CLUSTER_FIELDS.len(),
        ),
    );
    let pool = || {
        (
            proptest::collection::vec(
                proptest::option::weighted(1.0 / 4.0, nasty()),
                POOL_FIELDS.len(),
            ),
            proptest::bool::weighted(1.0 / 3.0),
            proptest::bool::weighted(1.0 / 4.0),
            proptest::bool::weighted(1.0 / 4.0),
            // The custom memory rule, and an OS image (of either OS).
            proptest::bool::weighted(1.0 / 4.0),
            proptest::option::weighted(1.0 / 4.0, select(OsSku::ALL.to_vec())),
        )
    };
    // Many pools shrink to fewer; the most AKS allows, and edits of pools past it, stay.
    let pools = prop_oneof![
        37 => proptest::collection::vec(pool(), 1..=5),
        1 => proptest::collection::vec(pool(), 6..MAX_POOLS),
        2 => proptest::collection::vec(pool(), MAX_POOLS..=MAX_POOLS + 2),
    ];
    // Subnets of every purpose, with nasty text in a third of their fields; now and then more
    // than a plan holds.
    let subnet = || {
        (
            select(Purpose::ALL.to_vec()),
            proptest::collection::vec(
                proptest::option::weighted(1.0 / 3.0, nasty()),
                SUBNET_FIELDS.len(),
            ),
        )
    };
    let subnets = prop_oneof![
        30 => proptest::collection::vec(subnet(), 0..=12),
        1 => proptest::collection::vec(subnet(), MAX_SUBNETS..=MAX_SUBNETS + 2),
    ];
    (
        cluster,
        pools,
        subnets,
        any::<bool>(),
        outbound_edits(),
        any::<bool>(),
    )
        .prop_map(|(cluster, pools, subnets, api, outbound, wireguard)| {
            let (network, dataplane, tier, private, virtual_nodes, texts) = cluster;
            let mut edits = vec![
                Edit::Network(network),
                Edit::Dataplane(dataplane),
                Edit::Tier(tier),
                Edit::PrivateCluster(private),
                Edit::VirtualNodes(virtual_nodes),
            ];
            for (field, v) in CLUSTER_FIELDS.into_iter().zip(texts) {
                edits.extend(v.map(|v| Edit::ClusterText(field, v)));
            }
            edits.push(Edit::ApiServerVnetIntegration(api));
            edits.push(Edit::WireGuard(wireguard));
            edits.extend(outbound);
            for (i, (purpose, texts)) in subnets.into_iter().enumerate() {
                edits.push(Edit::AddSubnet(purpose));
                for (field, v) in SUBNET_FIELDS.into_iter().zip(texts) {
                    edits.extend(v.map(|v| Edit::Subnet(i + 1, SubnetEdit::Text(field, v))));
                }
            }
            edits.extend((1..pools.len()).map(|_| Edit::AddPool));
            for (i, (texts, autoscale, windows, user, custom, sku)) in pools.into_iter().enumerate()
            {
                for (field, v) in POOL_FIELDS.into_iter().zip(texts) {
                    edits.extend(v.map(|v| Edit::Pool(i, PoolEdit::Text(field, v))));
                }
                let switches = [
                    (autoscale, PoolEdit::Autoscale(true)),
                    (windows, PoolEdit::Os(OsType::Windows)),
                    (user, PoolEdit::Mode(PoolMode::User)),
                ];
                for (on, edit) in switches {
                    if on {
                        edits.push(Edit::Pool(i, edit));
                    }
                }
                if custom {
                    edits.push(Edit::Pool(i, PoolEdit::Rule(RuleChoice::Custom)));
                }
                edits.push(Edit::Pool(i, PoolEdit::OsSku(sku)));
            }
            edits
        })
}

fn plan_of(edits: &[Edit]) -> Plan {
    let mut plan = Plan::default();
    for edit in edits {
        plan.apply(edit.clone());
    }
    plan
}

/// Runs one case and checks the invariants that must hold for any input.
fn check_fragment(fragment: &str) {
    let decoded = from_fragment(fragment);
    assert!(decoded.plan.pools.len() <= MAX_POOLS);
    assert!(decoded.notices.len() <= MAX_PAIRS + 1);
    for pool in &decoded.plan.pools {
        assert!(pool.vm_size.chars().count() <= MAX_VALUE_LEN);
    }
    let again = to_fragment(&decoded.plan);
    assert_eq!(from_fragment(&again).plan, decoded.plan, "round trip");
    check_plan(&decoded.plan, false);
}

fn check_plan(plan: &Plan, exports: bool) {
    let report = evaluate(plan);
    assert_eq!(report.pools.len(), plan.pools.len());
    assert!(
        report.findings.len() <= 64 * (plan.pools.len() + plan.cluster.subnets.len() + 1),
        "{} findings",
        report.findings.len()
    );
    if exports {
        let link = format!("https://x/#{}", to_fragment(plan));
        for format in Format::ALL {
            let text = format.render(plan, &link, Lang::Ja);
            assert!(text.len() < 8 << 20, "{format:?} is {} bytes", text.len());
        }
        let json = Format::Json.render(plan, &link, Lang::En);
        let back = import(&json, &Plan::default()).expect("own export imports");
        assert_eq!(&back.plan, plan, "export → import");
    }
}

/// Every JSON fixture under tests/fixtures (`every_json_fixture_seeds_the_import_fuzzer` checks
/// none is missing): the az and raw ARM shapes the importer tells apart, and an old export.
const FIXTURES: [(&str, &str); 9] = [
    (
        "arm-managed-cluster.json",
        include_str!("fixtures/arm-managed-cluster.json"),
    ),
    (
        "arm-managed-cluster-2026-12.json",
        include_str!("fixtures/arm-managed-cluster-2026-12.json"),
    ),
    (
        "az-aks-nodepool-list.json",
        include_str!("fixtures/az-aks-nodepool-list.json"),
    ),
    (
        "az-aks-nodepool-list-2026-12.json",
        include_str!("fixtures/az-aks-nodepool-list-2026-12.json"),
    ),
    (
        "az-aks-nodepool-show.json",
        include_str!("fixtures/az-aks-nodepool-show.json"),
    ),
    (
        "az-aks-show.json",
        include_str!("fixtures/az-aks-show.json"),
    ),
    (
        "az-network-vnet-show.json",
        include_str!("fixtures/az-network-vnet-show.json"),
    ),
    (
        "az-network-vnet-show-design.json",
        include_str!("fixtures/az-network-vnet-show-design.json"),
    ),
    ("export-v1.json", include_str!("fixtures/export-v1.json")),
];

/// What is done to a fixture's bytes; positions wrap around its length.
#[derive(Clone, Debug)]
enum JsonMangle {
    Replace { at: usize, with: char },
    Remove { at: usize },
    Truncate { at: usize },
    Nest { at: usize },
}

/// A JSON document for the importers: a fixture with one to six mangles, or one written in the
/// shape of `az aks show`, `az aks nodepool list`, `az aks nodepool show`, `az network vnet show`
/// (each also as its raw ARM body, under `properties`) or an export, with nasty values.
#[derive(Clone, Debug)]
enum ImportCase {
    Mangled {
        fixture: &'static str,
        mangles: Vec<JsonMangle>,
    },
    Written(String),
}

impl ImportCase {
    fn text(&self) -> String {
        let (fixture, mangles) = match self {
            ImportCase::Written(json) => return json.clone(),
            ImportCase::Mangled { fixture, mangles } => (fixture, mangles),
        };
        let base = FIXTURES
            .iter()
            .find(|(name, _)| name == fixture)
            .map_or("", |f| f.1);
        let mut bytes = base.as_bytes().to_vec();
        for mangle in mangles {
            if bytes.is_empty() {
                break;
            }
            let len = bytes.len();
            match *mangle {
                JsonMangle::Replace { at, with } => bytes[at % len] = with as u8,
                JsonMangle::Remove { at } => {
                    bytes.remove(at % len);
                }
                JsonMangle::Truncate { at } => bytes.truncate(at % len),
                JsonMangle::Nest { at } => bytes
                    .splice(at % len..at % len, b"[[[[{\"a\":".iter().copied())
                    .for_each(drop),
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

fn import_case() -> impl Strategy<Value = ImportCase> {
    // Past the end of the largest fixture (9.4 KB), so every byte of each can be hit.
    let at = 0..16384usize;
    let mangle = prop_oneof![
        (at.clone(), select(b"{}[]\":,0n\\".map(char::from).to_vec()))
            .prop_map(|(at, with)| JsonMangle::Replace { at, with }),
        at.clone().prop_map(|at| JsonMangle::Remove { at }),
        at.clone().prop_map(|at| JsonMangle::Truncate { at }),
        at.prop_map(|at| JsonMangle::Nest { at }),
    ];
    let mangled = (
        select(FIXTURES.map(|f| f.0).to_vec()),
        proptest::collection::vec(mangle, 1..=6),
    )
        .prop_map(|(fixture, mangles)| ImportCase::Mangled { fixture, mangles });
    let written = prop_oneof![
        aks_show(),
        arm(aks_show()),
        nodepool_list(),
        arm_list(),
        nodepool_show(),
        arm(nodepool_show()),
        vnet_show(),
        arm(vnet_show()),
        export(),
    ];
    prop_oneof![mangled, written.prop_map(ImportCase::Written)]
}

/// AKS's messages as it printed them (the sources are in `formats::aks_error`'s tests), to mutate.
const AKS_ERRORS: [&str; 10] = [
    "Pre-allocated IPs 255 exceeds IPs available 251 in Subnet Cidr 10.10.0.0/24, Subnet Name AKS. http://aka.ms/aks/insufficientsubnetsize",
    "Pre-allocated IPs 1280 exceeds IPs available 1024 in Subnet Cidr 10.240.100.0/22, Subnet Name networkProfile.podCIDR.",
    "Pre-allocated IPs 310 exceeds IPs available in Subnet 251",
    "\"code\": \"InsufficientPodCidr\", \"message\": \"Pre-allocated IPs 768 exceeds IPs available 256 in Pod Cidr 10.240.100.0/24\"",
    "Subnet Subnet1 with address prefix 10.0.0.0/24 does not have enough capacity for 1 IP addresses.",
    "Load balancer profile allocated ports 8000 is not in an allowable range given the number of nodes and IPs provisioned. Total node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs.",
    "{\\\"code\\\": \\\"NetworkProfileCIDROverlapVNET\\\",\\r\\n \\\"message\\\": \\\"NetworkProfile CIDR 10.240.100.0/24 overlaps with reserved VNET CIDR 10.240.0.0/16\\\", \\\"target\\\": \\\"networkProfile.podCIDR\\\"}",
    "The specified service CIDR 10.0.0.0/16 is conflicted with an existing subnet CIDR 10.0.239.0/24. The DNS service IP 10.0.0.10 is out of the range defined by service CIDR 10.200.0.0/16.",
    "--max-pods 300 The value of parameter maxPods is invalid. System node pool must use VM sku with more than 2 cores and 4GB memory. Nodepool name: agentpool. Standard_DS1_v2",
    "agentPoolProfile.count was 1200. It must be greater or equal to minCount:1 and less than or equal to maxCount:1000. AgentPoolProfile.VnetSubnetID /subscriptions/x/subnets/snet-aks-nodes cannot be used as it's a delegated subnet. tunnelfront error dialing backend: dial tcp 10.224.0.4:10250",
];

/// A pasted text: random characters, a real message mutated, or a log of up to 110 KB.
#[derive(Clone, Debug)]
enum ExplainCase {
    Random(String),
    Mutated {
        error: usize,
        edits: Vec<(usize, String)>,
        cut: usize,
    },
    Long {
        error: usize,
        filler: String,
        before: usize,
        nasty: String,
    },
}

impl ExplainCase {
    fn text(&self) -> String {
        match self {
            ExplainCase::Random(s) => s.clone(),
            ExplainCase::Mutated { error, edits, cut } => {
                let mut chars: Vec<char> = AKS_ERRORS[error % AKS_ERRORS.len()].chars().collect();
                for (at, with) in edits {
                    let at = at % (chars.len() + 1);
                    chars.splice(at..(at + 1).min(chars.len()), with.chars());
                }
                chars.truncate(chars.len().saturating_sub(*cut));
                chars.into_iter().collect()
            }
            ExplainCase::Long {
                error,
                filler,
                before,
                nasty,
            } => {
                let line = format!("2026-09-01T10:00:00Z {filler} {nasty}\n");
                let head = line.repeat(before * 8000 / line.len().max(1) + 1);
                format!(
                    "{head}{}{}",
                    AKS_ERRORS[error % AKS_ERRORS.len()],
                    line.repeat(4)
                )
            }
        }
    }
}

fn explain_case() -> impl Strategy<Value = (ExplainCase, Vec<Edit>, bool)> {
    let random = prop_oneof![
        proptest::collection::vec(any::<char>(), 0..400).prop_map(|c| c.into_iter().collect()),
        proptest::collection::vec(
            select(b"0123456789./,: -\"\\{}PSTabcx".map(char::from).to_vec()),
            0..400
        )
        .prop_map(|c| c.into_iter().collect()),
    ]
    .prop_map(ExplainCase::Random);
    let mutated = (
        0..AKS_ERRORS.len(),
        proptest::collection::vec((0..400usize, prop_oneof![nasty(), "[0-9./]{0,6}"]), 0..6),
        0..40usize,
    )
        .prop_map(|(error, edits, cut)| ExplainCase::Mutated { error, edits, cut });
    let long = (0..AKS_ERRORS.len(), "[ -~]{0,60}", 0..14usize, nasty()).prop_map(
        |(error, filler, before, nasty)| ExplainCase::Long {
            error,
            filler,
            before,
            nasty,
        },
    );
    (
        prop_oneof![2 => random, 3 => mutated, 1 => long],
        prop_oneof![Just(Vec::new()), plan_edits()],
        any::<bool>(),
    )
}

/// The explanation of any text on any plan: no panic, bounded, and every fix a plan that opens.
fn check_explain(request: &str) {
    let reply = jobs::run(request);
    assert!(reply.len() < 64 * 1024, "reply of {} bytes", reply.len());
    let read = jobs::read_explain_reply(&reply);
    assert!(!read.title.is_empty());
    assert!(read.lines.len() <= 64, "{} lines", read.lines.len());
    for (label, fragment) in &read.fixes {
        assert!(!label.is_empty());
        let plan = from_fragment(fragment).plan;
        assert!(plan.pools.len() <= MAX_POOLS);
    }
}

type Json = BoxedStrategy<String>;

/// A JSON string.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether `s` is a JSON number (`-?int(.digits)?([eE][+-]?digits)?`), to write it bare.
fn is_json_number(s: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let s = s.strip_prefix('-').unwrap_or(s);
    let int = digits(s);
    let mut rest = &s[int..];
    if int == 0 || (int > 1 && s.starts_with('0')) {
        return false;
    }
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = digits(fraction);
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    if let Some(exponent) = rest.strip_prefix(['e', 'E']) {
        let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
        let n = digits(exponent);
        return n > 0 && n == exponent.len();
    }
    rest.is_empty()
}

/// A value where az prints one: a nasty value as a string, or bare where it is a JSON number,
/// `null`, a boolean, or a list of such values.
fn value() -> Json {
    let numbers: Vec<&str> = NASTY
        .iter()
        .copied()
        .filter(|v| is_json_number(v))
        .collect();
    let scalar = prop_oneof![
        select(values()).prop_map(quote),
        select(numbers).prop_map(String::from),
        select(vec!["null", "true", "false"]).prop_map(String::from),
    ];
    prop_oneof![
        4 => scalar.clone(),
        1 => array(scalar.boxed(), 0..4),
    ]
    .boxed()
}

fn array(item: Json, len: std::ops::Range<usize>) -> Json {
    proptest::collection::vec(item, len)
        .prop_map(|items| format!("[{}]", items.join(",")))
        .boxed()
}

/// An object with each of `members` present four times in five.
fn object(members: Vec<(&'static str, Json)>) -> Json {
    let members: Vec<_> = members
        .into_iter()
        .map(|(key, value)| {
            proptest::option::weighted(0.8, value)
                .prop_map(move |v| v.map(|v| format!("{}:{v}", quote(key))))
        })
        .collect();
    members
        .prop_map(|m| {
            format!(
                "{{{}}}",
                m.into_iter().flatten().collect::<Vec<_>>().join(",")
            )
        })
        .boxed()
}

fn values_of(keys: &[&'static str]) -> Vec<(&'static str, Json)> {
    keys.iter().map(|k| (*k, value())).collect()
}

fn agent_pool() -> Json {
    let mut members = values_of(&[
        "name",
        "mode",
        "osType",
        "vmSize",
        "count",
        "enableAutoScaling",
        "minCount",
        "maxCount",
        "maxPods",
        "orchestratorVersion",
        "currentOrchestratorVersion",
        "podSubnetId",
        "vnetSubnetID",
        "podIpAllocationMode",
        "osSku",
    ]);
    members.push((
        "upgradeSettings",
        object(values_of(&["maxSurge", "maxUnavailable"])),
    ));
    members.push((
        "kubeletConfig",
        object(vec![
            (
                "kubeReserved",
                object(values_of(&["cpuMillicores", "memoryMB"])),
            ),
            (
                "hardEvictionThreshold",
                object(values_of(&["memoryAvailable"])),
            ),
        ]),
    ));
    object(members)
}

/// A resource as ARM returns it (`az rest`, `az resource show`): its body under `properties`.
fn arm(properties: Json) -> Json {
    object(vec![
        ("id", value()),
        ("name", value()),
        ("properties", properties),
    ])
}

/// `az aks nodepool list`'s ARM body: `{"value": [{"name": …, "properties": {…}}]}`.
fn arm_list() -> Json {
    object(vec![("value", array(arm(agent_pool()), 0..6))])
}

/// `az aks nodepool show`: one pool.
fn nodepool_show() -> Json {
    agent_pool()
}

/// Pools, and one time in twenty more than AKS allows.
fn agent_pools() -> Json {
    prop_oneof![
        19 => array(agent_pool(), 0..6),
        1 => array(agent_pool(), MAX_POOLS + 1..MAX_POOLS + 3),
    ]
    .boxed()
}

fn aks_show() -> Json {
    let network = values_of(&[
        "networkPlugin",
        "networkPluginMode",
        "networkDataplane",
        "podCidr",
        "podCidrs",
        "serviceCidr",
        "serviceCidrs",
        "dnsServiceIp",
    ]);
    object(vec![
        ("kubernetesVersion", value()),
        ("currentKubernetesVersion", value()),
        ("sku", object(values_of(&["tier"]))),
        (
            "apiServerAccessProfile",
            object(values_of(&[
                "enablePrivateCluster",
                "enableVnetIntegration",
                "subnetId",
            ])),
        ),
        (
            "addonProfiles",
            object(vec![(
                "aciConnectorLinux",
                object(vec![
                    ("enabled", value()),
                    ("config", object(values_of(&["SubnetName"]))),
                ]),
            )]),
        ),
        ("networkProfile", object(network)),
        ("agentPoolProfiles", agent_pools()),
    ])
}

fn nodepool_list() -> Json {
    agent_pools()
}

fn vnet_show() -> Json {
    let prefixes = || object(vec![("addressPrefixes", array(value(), 0..4))]);
    let delegation = prop_oneof![
        object(values_of(&["serviceName"])),
        object(vec![("properties", object(values_of(&["serviceName"])))]),
    ]
    .boxed();
    let subnet = object(vec![
        ("name", value()),
        ("addressPrefix", value()),
        ("addressPrefixes", array(value(), 0..3)),
        ("delegations", array(delegation, 0..3)),
    ]);
    let peering = object(vec![("remoteAddressSpace", prefixes())]);
    // As az prints them, or under `properties` as in the ARM body.
    let subnet = prop_oneof![subnet.clone(), arm(subnet)].boxed();
    object(vec![
        ("addressSpace", prefixes()),
        ("subnets", array(subnet, 0..5)),
        ("virtualNetworkPeerings", array(peering, 0..3)),
    ])
}

/// The calculator's own JSON export: link keys with nasty values.
fn export() -> Json {
    let settings = || {
        proptest::collection::vec((select(KEYS), value()), 0..12)
            .prop_map(|m| {
                let m: Vec<String> = m.iter().map(|(k, v)| format!("{}:{v}", quote(k))).collect();
                format!("{{{}}}", m.join(","))
            })
            .boxed()
    };
    object(vec![
        ("schema", value()),
        (
            "plan",
            object(vec![
                ("cluster", settings()),
                ("pools", array(settings(), 0..4)),
            ]),
        ),
    ])
}

/// Cases per batch: each batch has a fresh seed.
const BATCH: u32 = 64;

/// A case that takes seconds hints at an endless or quadratic loop.
const SLOW: Duration = Duration::from_secs(5);

/// The next batch's seed (splitmix64).
fn next_seed(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn rng(seed: u64) -> TestRng {
    let mut bytes = [0u8; 32];
    let mut s = seed;
    for chunk in bytes.chunks_mut(8) {
        chunk.copy_from_slice(&s.to_le_bytes());
        s = next_seed(s);
    }
    TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
}

/// Runs `check` on the inputs of `strategy`'s cases until `seconds` are up, in batches with
/// fresh seeds from `seed` on. A failing case is shrunk, run once more outside the runner so the
/// panic's location is printed, and reported with its batch's seed.
fn fuzz<S>(
    name: &str,
    seed: u64,
    seconds: u64,
    strategy: S,
    input: impl Fn(&S::Value) -> String,
    check: impl Fn(&str),
) where
    S: Strategy,
    S::Value: Debug,
{
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let config = Config {
        cases: BATCH,
        failure_persistence: None,
        max_shrink_iters: 10_000,
        max_shrink_time: 60_000,
        ..Config::default()
    };
    let cases = Cell::new(0u64);
    let slowest = Cell::new(Duration::ZERO);
    let mut batch_seed = seed;
    let mut batches = 0u64;
    while Instant::now() < deadline {
        // Once a case failed, every shrink step must run, deadline or not.
        let failed = Cell::new(false);
        let mut runner = TestRunner::new_with_rng(config.clone(), rng(batch_seed));
        let result = runner.run(&strategy, |value| {
            if Instant::now() >= deadline && !failed.get() {
                return Ok(());
            }
            let text = input(&value);
            let started = Instant::now();
            let outcome = catch_unwind(AssertUnwindSafe(|| check(&text)));
            let took = started.elapsed();
            cases.set(cases.get() + 1);
            slowest.set(slowest.get().max(took));
            let failure = match outcome {
                Err(panic) => Some(panic_message(&*panic)),
                Ok(()) if took >= SLOW => Some(format!("took {took:?}")),
                Ok(()) => None,
            };
            failed.set(failed.get() || failure.is_some());
            failure.map_or(Ok(()), |why| Err(TestCaseError::fail(why)))
        });
        match result {
            Ok(()) => {}
            Err(TestError::Fail(why, value)) => {
                let text = input(&value);
                // Again, outside the runner, so the panic hook prints where it panicked.
                let _ = catch_unwind(AssertUnwindSafe(|| check(&text)));
                let shown: String = format!("{value:?}").chars().take(4000).collect();
                let text: String = text.chars().take(2000).collect();
                panic!(
                    "{name}: {why}\nshrunk input:\n{shown}\nas text:\n{text:?}\n\
                     replay: FUZZ_SEED={batch_seed} FUZZ_TARGET={name} cargo test --test fuzz"
                );
            }
            Err(TestError::Abort(why)) => panic!("{name}: aborted: {why}"),
        }
        batch_seed = next_seed(batch_seed);
        batches += 1;
    }
    println!(
        "{name}: {} cases in {batches} batches, slowest {:?}",
        cases.get(),
        slowest.get()
    );
    assert!(cases.get() > 0);
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panicked".to_string())
}

fn env<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().and_then(|s| s.parse().ok())
}

#[test]
fn fuzz_everything_that_reads_outside_input() {
    let total: u64 = env("FUZZ_SECONDS").unwrap_or(20);
    // A new seed every run, so each run tries new inputs; the seed is printed for a replay.
    let seed: u64 = env("FUZZ_SEED").unwrap_or_else(|| {
        use std::hash::{BuildHasher, RandomState};
        RandomState::new().hash_one(Instant::now())
    });
    println!("fuzz seed {seed}");
    let only: Option<String> = env("FUZZ_TARGET");
    let runs = |target: &str| only.as_deref().is_none_or(|t| t == target);
    let share = |parts: u64| {
        if only.is_some() {
            total.max(1)
        } else {
            (total / 5).max(1) * parts
        }
    };
    if runs("fragment") {
        fuzz(
            "fragment",
            seed,
            share(2),
            fragment_case(),
            FragmentCase::text,
            check_fragment,
        );
    }
    if runs("plans") {
        fuzz(
            "plans",
            seed,
            share(1),
            plan_edits(),
            |edits| to_fragment(&plan_of(edits)),
            |fragment| check_plan(&from_fragment(fragment).plan, true),
        );
    }
    if runs("imports") {
        fuzz(
            "imports",
            seed,
            share(1),
            import_case(),
            ImportCase::text,
            |json| {
                if let Ok(imported) = import(json, &Plan::default()) {
                    check_plan(&imported.plan, false);
                }
                let _ = jobs::run(&jobs::import_request(Lang::En, "v=1", json));
            },
        );
    }
    if runs("explain") {
        fuzz(
            "explain",
            seed,
            share(1),
            explain_case(),
            |(case, edits, ja)| {
                let lang = if *ja { Lang::Ja } else { Lang::En };
                jobs::explain_request(lang, &to_fragment(&plan_of(edits)), &case.text())
            },
            check_explain,
        );
        // The 100 KB bound itself: the cut, and a message just inside it.
        let filler = "x".repeat(aks_error::MAX_INPUT);
        check_explain(&jobs::explain_request(
            Lang::En,
            "v=1",
            &format!("{filler}{}", AKS_ERRORS[5]),
        ));
        check_explain(&jobs::explain_request(
            Lang::En,
            "v=1",
            &format!("{}{filler}", AKS_ERRORS[5]),
        ));
    }
}

/// Every key a link can carry is fuzzed: the keys the writer emits for any plan (each network
/// model, a subnet and a pool of every kind, defaults included), and those only read (schema 1's
/// subnets, the view).
#[test]
fn every_link_key_is_fuzzed() {
    use aks_calc::formats::fragment::pairs;
    let mut written: Vec<&str> = Vec::new();
    for model in NetworkModel::ALL {
        let mut p = Plan::default();
        p.apply(Edit::Network(model));
        p.apply(Edit::AddPool);
        p.apply(Edit::AddSubnet(Purpose::Pods));
        for (key, _) in pairs(&p, true) {
            if !written.contains(&key) {
                written.push(key);
            }
        }
    }
    let read_only = [
        "v",
        "node-subnet-prefix",
        "pod-subnet-prefix",
        "lang",
        "theme",
        "embed",
        "readonly",
    ];
    let missing: Vec<&str> = written
        .iter()
        .chain(&read_only)
        .filter(|k| !KEYS.contains(k))
        .copied()
        .collect();
    assert_eq!(missing, Vec::<&str>::new(), "keys the fuzzer never tries");
    // A guard that can fail: the writer does emit the keys added since the first fuzzer.
    for key in [
        "acns-transit-encryption-type",
        "os-sku",
        "max-unavailable",
        "outbound-type",
        "subnet-purpose",
    ] {
        assert!(written.contains(&key), "{key} not written");
    }
}

/// Every JSON fixture seeds the import fuzzer.
#[test]
fn every_json_fixture_seeds_the_import_fuzzer() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/fixtures")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    on_disk.sort();
    let mut seeded: Vec<String> = FIXTURES.iter().map(|f| f.0.to_string()).collect();
    seeded.sort();
    assert_eq!(seeded, on_disk);
}

/// The choices the fuzzer tries are the ones the link writer writes: every value of a choice
/// key in a link of a plan using it is among them.
#[test]
fn the_fuzzer_tries_every_value_of_a_choice() {
    use aks_calc::formats::fragment::pairs;
    let choice_keys = [
        "network-plugin",
        "network-plugin-mode",
        "pod-ip-allocation-mode",
        "network-dataplane",
        "tier",
        "subnet-purpose",
        "outbound-type",
        "cloud",
        "mode",
        "os-type",
        "memory-rule",
        "os-sku",
        "acns-transit-encryption-type",
    ];
    let tried = values();
    let mut plans = Vec::new();
    for model in NetworkModel::ALL {
        let mut p = Plan::default();
        p.apply(Edit::Network(model));
        plans.push(p);
    }
    for t in OutboundType::ALL {
        let mut p = Plan::default();
        p.apply(Edit::Outbound(OutboundEdit::Type(t)));
        plans.push(p);
    }
    for purpose in Purpose::ALL {
        let mut p = Plan::default();
        p.apply(Edit::AddSubnet(purpose));
        plans.push(p);
    }
    for sku in OsSku::ALL {
        let mut p = Plan::default();
        p.apply(Edit::Pool(0, PoolEdit::OsSku(Some(sku))));
        plans.push(p);
    }
    for p in &plans {
        for (key, value) in pairs(p, true) {
            if choice_keys.contains(&key) && !value.is_empty() {
                assert!(tried.contains(&value), "{key}={value} is never tried");
            }
        }
    }
}
