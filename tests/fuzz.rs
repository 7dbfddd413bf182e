//! A time-boxed fuzzer for everything that reads outside input: the URL fragment, evaluate()
//! over arbitrary plans, the exports, and the JSON imports. It looks for panics, endless loops
//! (no case may take long) and unbounded growth (lists are capped).
//!
//! `cargo test --test fuzz` runs it for 20 seconds (the test command does); for a longer hunt:
//! `FUZZ_SECONDS=600 cargo test --release --test fuzz -- --nocapture` (or `make fuzz`).
//! A failure prints the seed and the input, so it can be replayed with `FUZZ_SEED`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use aks_calc::evaluate;
use aks_calc::formats::export::Format;
use aks_calc::formats::fragment::{MAX_PAIRS, MAX_VALUE_LEN, from_fragment, to_fragment};
use aks_calc::formats::{import::import, jobs};
use aks_calc::plan::edit::{Edit, PoolEdit};
use aks_calc::plan::field::{ClusterField, PoolField};
use aks_calc::plan::{Dataplane, MAX_POOLS, NetworkModel, OsType, Plan, PoolMode, Tier};
use aks_calc::text::Lang;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

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
    "pod-cidr",
    "service-cidr",
    "dns-service-ip",
    "peered-ranges",
    "internal-lbs",
    "private-endpoints",
    "other-ips",
    "enable-private-cluster",
    "virtual-nodes",
    "lang",
    "theme",
    "embed",
    "readonly",
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

/// A fragment: made of real keys and nasty values, then mangled.
fn random_fragment(rng: &mut Rng) -> String {
    let mut f = String::new();
    for _ in 0..rng.below(40) {
        if !f.is_empty() {
            f.push('&');
        }
        f.push_str(rng.pick(KEYS));
        if rng.below(8) != 0 {
            f.push('=');
            let v = rng.pick(NASTY);
            f.push_str(&if rng.below(2) == 0 {
                percent(v)
            } else {
                v.to_string()
            });
        }
    }
    let mut bytes = f.into_bytes();
    for _ in 0..rng.below(4) {
        match rng.below(5) {
            0 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] = rng.next() as u8;
            }
            1 => bytes.truncate(rng.below(bytes.len() + 1)),
            2 => {
                let copy = bytes.clone();
                bytes.extend_from_slice(&copy);
            }
            3 => bytes.extend(std::iter::repeat_n(b'A', rng.below(5000))),
            _ => bytes.insert(rng.below(bytes.len() + 1), b'%'),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

const POOL_FIELDS: [PoolField; 17] = [
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
];

const CLUSTER_FIELDS: [ClusterField; 11] = [
    ClusterField::KubernetesVersion,
    ClusterField::Vnet,
    ClusterField::NodeSubnet,
    ClusterField::PodSubnet,
    ClusterField::PodCidr,
    ClusterField::ServiceCidr,
    ClusterField::DnsServiceIp,
    ClusterField::ListedRanges,
    ClusterField::InternalLbs,
    ClusterField::PrivateEndpoints,
    ClusterField::OtherIps,
];

/// A plan built by edits, as the page builds them.
fn random_plan(rng: &mut Rng) -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::ALL[rng.below(5)]));
    p.apply(Edit::Dataplane(if rng.below(2) == 0 {
        Dataplane::Azure
    } else {
        Dataplane::Cilium
    }));
    p.apply(Edit::Tier(
        [Tier::Free, Tier::Standard, Tier::Premium][rng.below(3)],
    ));
    p.apply(Edit::PrivateCluster(rng.below(2) == 0));
    p.apply(Edit::VirtualNodes(rng.below(2) == 0));
    for field in CLUSTER_FIELDS {
        if rng.below(3) == 0 {
            p.apply(Edit::ClusterText(field, rng.pick(NASTY).to_string()));
        }
    }
    let pools = if rng.below(20) == 0 {
        MAX_POOLS
    } else {
        1 + rng.below(5)
    };
    for _ in 1..pools {
        p.apply(Edit::AddPool);
    }
    for i in 0..p.pools.len() {
        for field in POOL_FIELDS {
            if rng.below(4) == 0 {
                p.apply(Edit::Pool(
                    i,
                    PoolEdit::Text(field, rng.pick(NASTY).to_string()),
                ));
            }
        }
        if rng.below(3) == 0 {
            p.apply(Edit::Pool(i, PoolEdit::Autoscale(true)));
        }
        if rng.below(4) == 0 {
            p.apply(Edit::Pool(i, PoolEdit::Os(OsType::Windows)));
        }
        if rng.below(4) == 0 {
            p.apply(Edit::Pool(i, PoolEdit::Mode(PoolMode::User)));
        }
    }
    p
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
        report.findings.len() <= 64 * (plan.pools.len() + 1),
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

fn mangle_json(rng: &mut Rng, text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(6) {
        if bytes.is_empty() {
            break;
        }
        let i = rng.below(bytes.len());
        match rng.below(4) {
            0 => bytes[i] = b"{}[]\":,0n\\"[rng.below(10)],
            1 => {
                bytes.remove(i);
            }
            2 => bytes.truncate(i),
            _ => bytes
                .splice(i..i, b"[[[[{\"a\":".iter().copied())
                .for_each(drop),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs `case` on fresh inputs until the time is up; reports the input of the first failure.
fn fuzz(name: &str, seconds: u64, mut make: impl FnMut(&mut Rng) -> String, case: impl Fn(&str)) {
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_f00d_u64);
    let mut rng = Rng(seed);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut cases = 0u64;
    let mut slowest = Duration::ZERO;
    while Instant::now() < deadline {
        let input = make(&mut rng);
        let started = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| case(&input)));
        let took = started.elapsed();
        slowest = slowest.max(took);
        if outcome.is_err() {
            let shown: String = input.chars().take(2000).collect();
            panic!("{name}: case {cases} (seed {seed}) failed on input:\n{shown:?}");
        }
        // A case that takes seconds hints at an endless or quadratic loop.
        assert!(
            took < Duration::from_secs(5),
            "{name}: case {cases} took {took:?}: {input:?}"
        );
        cases += 1;
    }
    println!("{name}: {cases} cases, slowest {slowest:?}");
    assert!(cases > 0);
}

fn seconds() -> u64 {
    std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20)
}

#[test]
fn fuzz_everything_that_reads_outside_input() {
    let total = seconds();
    let share = (total / 4).max(1);
    fuzz("fragment", share * 2, random_fragment, check_fragment);
    fuzz(
        "plans",
        share,
        |rng| to_fragment(&random_plan(rng)),
        |fragment| check_plan(&from_fragment(fragment).plan, true),
    );
    let fixtures = [
        include_str!("fixtures/az-aks-show.json"),
        include_str!("fixtures/az-network-vnet-show.json"),
    ];
    fuzz(
        "imports",
        share,
        |rng| {
            let base = fixtures[rng.below(2)];
            mangle_json(rng, base)
        },
        |json| {
            if let Ok(imported) = import(json, &Plan::default()) {
                check_plan(&imported.plan, false);
            }
            let _ = jobs::run(&jobs::import_request(Lang::En, "v=1", json));
        },
    );
}
