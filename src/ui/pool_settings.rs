//! A pool's settings beyond its size and counts: upgrades (maxSurge, maxUnavailable), the OS
//! image, the memory reservation rule with the custom rule's own values, and the assumptions
//! line that says which rule and image the figures follow.

use yew::prelude::*;

use super::pool_inputs::Card;
use crate::plan::edit::PoolEdit;
use crate::plan::field::PoolField;
use crate::plan::{OsSku, RuleChoice};
use crate::rules::network::Surge;
use crate::rules::reserve::MemoryRule;
use crate::text::{self, label};

const RULES: [MemoryRule; 4] = [
    MemoryRule::Current,
    MemoryRule::Legacy,
    MemoryRule::Windows,
    MemoryRule::Hardening,
];

/// The link's names of the rules (`memory-rule=`), used as option values.
fn rule_id(r: MemoryRule) -> &'static str {
    match r {
        MemoryRule::Current => "current",
        MemoryRule::Legacy => "legacy",
        MemoryRule::Windows => "windows",
        MemoryRule::Hardening => "hardening",
    }
}

/// The option value of the custom rule.
const CUSTOM: &str = "custom";

/// maxSurge and maxUnavailable; an empty maxSurge shows AKS's default for the version.
pub fn upgrades(card: &Card<'_>) -> Html {
    let surge = card.report.map(|r| match r.surge {
        Surge::Count(n) => format!("{n}"),
        Surge::Percent(p) => format!("{p}%"),
    });
    html! {
        <>
            { card.text(PoolField::MaxSurge, surge, None) }
            { card.text(PoolField::MaxUnavailable, Some(String::from("0")), None) }
        </>
    }
}

/// The OS image: AKS's default (named, when it is in effect) or one of the images of the pool's
/// OS; an image of the other OS stays selectable, with its error at the field.
pub fn os_sku(card: &Card<'_>) -> Html {
    let (pool, lang) = (card.pool, card.lang);
    let windows = pool.os == crate::plan::OsType::Windows;
    let default = card
        .report
        .filter(|_| pool.os_sku.is_none())
        .map(|r| format!(" ({})", text::os_sku(r.os_sku)))
        .unwrap_or_default();
    let mut options = vec![(
        String::new(),
        format!("{}{default}", label::OS_SKU_DEFAULT.get(lang)),
        pool.os_sku.is_none(),
    )];
    options.extend(
        OsSku::ALL
            .into_iter()
            .filter(|s| s.is_windows() == windows || pool.os_sku == Some(*s))
            .map(|s| {
                (
                    String::from(s.id()),
                    String::from(text::os_sku(s)),
                    pool.os_sku == Some(s),
                )
            }),
    );
    card.select(PoolField::OsSku, options, |v| {
        Some(PoolEdit::OsSku(OsSku::from_id(v)))
    })
}

/// The memory rule: automatic (naming the rule in effect), one of AKS's rules, or custom, whose
/// three values follow when it is chosen.
pub fn memory_rule(card: &Card<'_>) -> Html {
    let (pool, lang) = (card.pool, card.lang);
    let auto_rule = card
        .report
        .map(|r| r.rule)
        .filter(|_| pool.memory_rule == RuleChoice::Auto);
    let mut options = vec![(
        "auto".to_owned(),
        format!(
            "{}{}",
            label::RULE_AUTO.get(lang),
            auto_rule
                .map(|r| format!(" ({})", text::rule_short(r).get(lang)))
                .unwrap_or_default()
        ),
        pool.memory_rule == RuleChoice::Auto,
    )];
    options.extend(RULES.iter().map(|r| {
        (
            rule_id(*r).to_owned(),
            text::rule_short(*r).get(lang).to_owned(),
            pool.memory_rule == RuleChoice::Fixed(*r),
        )
    }));
    options.push((
        CUSTOM.to_owned(),
        label::RULE_CUSTOM.get(lang).to_owned(),
        pool.memory_rule == RuleChoice::Custom,
    ));
    let select = card.select(PoolField::MemoryRule, options, |v| {
        Some(PoolEdit::Rule(if v == CUSTOM {
            RuleChoice::Custom
        } else {
            RULES
                .iter()
                .find(|r| rule_id(**r) == v)
                .map_or(RuleChoice::Auto, |r| RuleChoice::Fixed(*r))
        }))
    });
    html! {
        <>
            { select }
            if pool.memory_rule == RuleChoice::Custom {
                { custom_fields(card) }
            }
        </>
    }
}

/// The custom rule's kube-reserved CPU and memory and hard eviction threshold; an empty one
/// shows, greyed, AKS's value it keeps.
fn custom_fields(card: &Card<'_>) -> Html {
    let node = card.report.and_then(|r| r.node);
    let cpu = node.map(|n| format!("{}", n.cpu.kube_reserved_m));
    let memory = node
        .and_then(|n| n.memory)
        .map(|m| format!("{}", m.reservation.kube_reserved_mib));
    html! {
        <>
            { card.text(PoolField::KubeReservedCpu, cpu, Some("numeric")) }
            { card.text(PoolField::KubeReservedMemory, memory, Some("numeric")) }
            { card.text(PoolField::EvictionHard, Some(String::from("100Mi")), None) }
        </>
    }
}

/// The rule the figures follow, with its source, the OS image in effect and maxPods.
pub fn assumptions(card: &Card<'_>) -> Html {
    let lang = card.lang;
    let Some(r) = card.report else {
        return html! {};
    };
    let (rule, source) = if r.custom.is_some() {
        (
            label::RULE_CUSTOM_ASSUMPTION.get(lang),
            text::explain::sources::CUSTOM,
        )
    } else {
        (text::rule(r.rule).get(lang), text::rule_source(r.rule))
    };
    let image_default = if card.pool.os_sku.is_none() {
        format!(" ({})", label::OS_SKU_DEFAULT.get(lang))
    } else {
        String::new()
    };
    html! {
        <p class="assumptions" data-test="assumptions">
            <strong>{ label::ASSUMPTIONS.get(lang) }{ ": " }</strong>
            { rule }
            { " (" }<a href={source} target="_blank" rel="noopener noreferrer">{ label::SOURCE.get(lang) }</a>{ ")" }
            { format!("; {}: {}{image_default}", text::field(PoolField::OsSku).get(lang), text::os_sku(r.os_sku)) }
            if let Some(p) = r.max_pods {
                { format!("; maxPods {p}") }
                if r.max_pods_defaulted { { format!(" ({})", text::network_model(card.network).get(lang)) } }
            }
        </p>
    }
}
