//! Proptest strategies for arbitrary plans, for the property tests of this layer and the ones
//! above (the link and JSON round trips). Test-only.
//!
//! Fields are set directly, not through edits, so the plans include ones the page would never
//! build. Every strategy shrinks towards the default plan: fewer pools, fields left at their
//! defaults, the empty text.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use proptest::prelude::*;

use crate::plan::field::{ClusterField, PoolField};
use crate::plan::outbound::{Cloud, OutboundType};
use crate::plan::{
    Cluster, Dataplane, NetworkModel, OsSku, OsType, Plan, Pool, PoolMode, RuleChoice, Subnet, Tier,
};
use crate::rules::reserve::MemoryRule;
use crate::rules::subnet::Purpose;

/// Text field values: plausible ones, and the hostile ones a link and a JSON document must carry
/// safely (their separators and escapes, other scripts, NUL, spaces).
pub const SAMPLES: &[&str] = &[
    "",
    "3",
    "110",
    "250",
    "abc",
    "Standard_D8s_v5",
    "10%",
    "1.29",
    "8Gi",
    "16393524Ki",
    "&=#%",
    "\"q\"",
    "a,b",
    "日本語",
    "\u{0}",
    " 7 ",
];

/// A text field: a sample or, one time in four, up to 11 random characters below U+3000
/// (controls, Latin, symbols, other scripts, CJK punctuation).
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(SAMPLES).prop_map(String::from),
        1 => proptest::collection::vec(proptest::char::range('\0', '\u{2fff}'), 0..12)
            .prop_map(|chars| chars.into_iter().collect()),
    ]
}

/// A value for each of `count` text fields, set one time in three (`None` keeps the default).
fn some_texts(count: usize) -> impl Strategy<Value = Vec<Option<String>>> {
    proptest::collection::vec(proptest::option::weighted(1.0 / 3.0, text()), count)
}

fn cluster_text_fields() -> Vec<ClusterField> {
    let mut c = Cluster::default();
    ClusterField::ALL
        .into_iter()
        .filter(|f| c.text_mut(*f).is_some())
        .collect()
}

/// The pool's text fields but its name, which [`pools`] always sets.
fn pool_text_fields() -> Vec<PoolField> {
    let mut p = Pool::template(0);
    PoolField::ALL
        .into_iter()
        .filter(|f| *f != PoolField::Name && p.text_mut(*f).is_some())
        .collect()
}

/// Any outbound type and cloud, the managed VNet and the legacy tunnel on or off.
fn outbound_choices() -> impl Strategy<Value = (OutboundType, Cloud, bool, bool)> {
    (
        proptest::sample::select(OutboundType::ALL.to_vec()),
        proptest::sample::select(Cloud::ALL.to_vec()),
        any::<bool>(),
        any::<bool>(),
    )
}

/// Any network model, dataplane, tier and switches, and some text fields set.
pub fn cluster() -> impl Strategy<Value = Cluster> {
    (
        proptest::sample::select(NetworkModel::ALL.to_vec()),
        prop_oneof![Just(Dataplane::Azure), Just(Dataplane::Cilium)],
        prop_oneof![Just(Tier::Free), Just(Tier::Standard), Just(Tier::Premium)],
        any::<bool>(),
        any::<bool>(),
        some_texts(cluster_text_fields().len()),
        outbound_choices(),
    )
        .prop_map(
            |(network, dataplane, tier, private, virtual_nodes, texts, choices)| {
                let (outbound_type, cloud, managed_vnet, legacy_tunnel) = choices;
                let mut c = Cluster {
                    network,
                    dataplane,
                    tier,
                    private_cluster: private,
                    virtual_nodes,
                    ..Cluster::default()
                };
                c.outbound.outbound_type = outbound_type;
                c.outbound.cloud = cloud;
                c.outbound.managed_vnet = managed_vnet;
                c.outbound.legacy_tunnel = legacy_tunnel;
                for (field, value) in cluster_text_fields().into_iter().zip(texts) {
                    if let (Some(slot), Some(value)) = (c.text_mut(field), value) {
                        *slot = value;
                    }
                }
                c
            },
        )
}

/// One to five pools, each from its template with any name, mode, OS (Windows one time in
/// three), autoscaling, memory rule and OS image, and some text fields set.
pub fn pools() -> impl Strategy<Value = Vec<Pool>> {
    let pool = (
        text(),
        prop_oneof![Just(PoolMode::System), Just(PoolMode::User)],
        proptest::bool::weighted(1.0 / 3.0),
        any::<bool>(),
        proptest::sample::select(vec![
            RuleChoice::Auto,
            RuleChoice::Fixed(MemoryRule::Current),
            RuleChoice::Fixed(MemoryRule::Legacy),
            RuleChoice::Fixed(MemoryRule::Windows),
            RuleChoice::Fixed(MemoryRule::Hardening),
            RuleChoice::Custom,
        ]),
        some_texts(pool_text_fields().len()),
        proptest::option::weighted(0.25, proptest::sample::select(OsSku::ALL.to_vec())),
    );
    proptest::collection::vec(pool, 1..=5).prop_map(|pools| {
        let build = |(i, (name, mode, windows, autoscale, memory_rule, texts, os_sku))| {
            let mut p = Pool::template(i);
            p.name = name;
            p.mode = mode;
            p.os = if windows {
                OsType::Windows
            } else {
                OsType::Linux
            };
            p.autoscale = autoscale;
            p.memory_rule = memory_rule;
            p.os_sku = os_sku;
            for (field, value) in pool_text_fields().into_iter().zip::<Vec<_>>(texts) {
                if let (Some(slot), Some(value)) = (p.text_mut(field), value) {
                    *slot = value;
                }
            }
            p
        };
        pools.into_iter().enumerate().map(build).collect()
    })
}

/// The design's subnets: mostly the defaults, otherwise one to five of any purpose with any
/// name, prefix and IP count (the first keeps the default node subnet's values it is not given).
pub fn subnets() -> impl Strategy<Value = Option<Vec<Subnet>>> {
    let subnet = (
        proptest::sample::select(Purpose::ALL.to_vec()),
        text(),
        proptest::option::weighted(0.5, text()),
        proptest::option::weighted(0.25, text()),
    );
    proptest::option::weighted(0.5, proptest::collection::vec(subnet, 1..=5)).prop_map(|list| {
        list.map(|list| {
            list.into_iter()
                .enumerate()
                .map(|(i, (purpose, name, prefix, ips))| {
                    let mut s = if i == 0 {
                        Subnet::default_nodes()
                    } else {
                        Subnet::auto("", Purpose::Nodes)
                    };
                    s.purpose = purpose;
                    s.name = name;
                    s.prefix = prefix.unwrap_or(s.prefix);
                    s.ips = ips.unwrap_or_default();
                    s
                })
                .collect()
        })
    })
}

/// An arbitrary plan: [`cluster`], [`subnets`] and [`pools`], with API Server VNet Integration
/// and WireGuard on or off.
pub fn plan() -> impl Strategy<Value = Plan> {
    (cluster(), subnets(), any::<bool>(), pools(), any::<bool>()).prop_map(
        |(mut cluster, subnets, apiserver, pools, wireguard)| {
            cluster.subnets = subnets.unwrap_or_else(|| cluster.default_subnets());
            cluster.apiserver_vnet_integration = apiserver;
            cluster.wireguard = wireguard;
            Plan { cluster, pools }
        },
    )
}
