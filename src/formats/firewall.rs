//! The egress allow-list as an Azure Firewall policy: one rule collection group (`aks-egress`)
//! with a network rule collection and an application rule collection, one rule per egress rule,
//! as Azure CLI, Terraform and Bicep.
//!
//! Names checked against rules-check C15 and the azure-cli firewall tests:
//! - az: `az network firewall policy rule-collection-group create`, `… collection
//!   add-filter-collection` (`--rule-collection-group-name`, `--collection-priority`, `--action`,
//!   `--rule-name`, `--rule-type NetworkRule|ApplicationRule`, `--source-addresses`,
//!   `--destination-addresses`, `--destination-ports`, `--ip-protocols`, `--protocols Https=443`,
//!   `--target-fqdns`) and `… collection rule add` (`--collection-name`, `--name`);
//! - azurerm `azurerm_firewall_policy_rule_collection_group` (`network_rule_collection`,
//!   `application_rule_collection`, `rule`, `protocols`, `source_addresses`,
//!   `destination_addresses`, `destination_ports`, `destination_fqdns`);
//! - ARM `Microsoft.Network/firewallPolicies/ruleCollectionGroups` (`ruleCollectionType:
//!   FirewallPolicyFilterRuleCollection`, `action.type`, `ruleType`, `ipProtocols`,
//!   `protocolType`, `targetFqdns`).
//!
//! The API server's public address is known only once the cluster exists: each tool takes it as
//! a variable. Why each rule exists is a comment above it.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::evaluate;
use crate::evaluate::EgressReport;
use crate::plan::Plan;
use crate::rules::egress::{Destination, EgressRule, Protocol};
use crate::text::egress as words;
use crate::text::{self, Lang};

/// The rule collection group's name and priorities.
pub const GROUP: &str = "aks-egress";
pub const GROUP_PRIORITY: u32 = 200;
pub const NETWORK_COLLECTION: &str = "aks-network";
pub const NETWORK_PRIORITY: u32 = 100;
pub const APPLICATION_COLLECTION: &str = "aks-application";
pub const APPLICATION_PRIORITY: u32 = 200;
/// The Bicep API version of `Microsoft.Network/firewallPolicies`.
pub const FIREWALL_API_VERSION: &str = "2024-05-01";

/// A rule with its name in the collection: the purpose, numbered when it repeats.
struct Named<'a> {
    name: String,
    rule: &'a EgressRule,
}

/// The network rules and the application rules, each named once per collection.
fn collections(e: &EgressReport) -> (Vec<Named<'_>>, Vec<Named<'_>>) {
    let mut network: Vec<Named<'_>> = Vec::new();
    let mut application: Vec<Named<'_>> = Vec::new();
    for rule in &e.rules {
        let list = if rule.protocol.by_name() {
            &mut application
        } else {
            &mut network
        };
        let id = rule.purpose.id();
        let seen = list
            .iter()
            .filter(|n| n.rule.purpose == rule.purpose)
            .count();
        let name = if seen == 0 {
            String::from(id)
        } else {
            format!("{id}-{}", seen + 1)
        };
        list.push(Named { name, rule });
    }
    (network, application)
}

fn needs_api_ip(e: &EgressReport) -> bool {
    e.rules
        .iter()
        .any(|r| r.destination == Destination::ApiServerPublicIp)
}

/// A comment line: the rule's purpose in the chosen language, without line breaks.
fn why(rule: &EgressRule, lang: Lang) -> String {
    words::purpose(rule.purpose)
        .get(lang)
        .replace(['\n', '\r'], " ")
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// The destination addresses of a network rule; `api` stands for the API server's address.
fn addresses(d: &Destination, api: &str) -> Vec<String> {
    match d {
        Destination::Tag(t) => alloc::vec![t.clone()],
        Destination::Any => alloc::vec![String::from("*")],
        Destination::ApiServerPublicIp => alloc::vec![String::from(api)],
        Destination::Addresses(a) => a.clone(),
        Destination::Fqdn(_) => Vec::new(),
    }
}

fn fqdn(d: &Destination) -> &str {
    match d {
        Destination::Fqdn(h) => h,
        _ => "",
    }
}

/// `Http`/`Https`, as the firewall's application rules name the protocols.
fn app_protocol(p: Protocol) -> &'static str {
    match p {
        Protocol::Http => "Http",
        _ => "Https",
    }
}

fn header(out: &mut String, e: &EgressReport, cluster: &str, link: &str, lang: Lang, c: &str) {
    let l = |t: text::T| t.get(lang);
    let _ = writeln!(
        out,
        "{c} {}: {}",
        text::label::TITLE.get(lang),
        one_line(link)
    );
    let rules = l(text::label::RULE_SET);
    let _ = writeln!(out, "{c} {rules}: {}", crate::rules::RULES_VERSION);
    let _ = writeln!(
        out,
        "{c} {} · {} ({}, {})",
        l(words::label::EGRESS),
        one_line(cluster),
        e.region,
        l(text::outbound::cloud(e.cloud))
    );
    if e.isolated {
        let _ = writeln!(out, "{c} {}", l(words::label::ISOLATED));
    }
}

// ---- Azure CLI ------------------------------------------------------------------------------

/// A value quoted for bash: single quotes, which keep `*` from globbing.
fn sh(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

fn sh_list(items: &[String]) -> String {
    items.iter().map(|s| sh(s)).collect::<Vec<_>>().join(" ")
}

/// The flags of one rule after `--rule-type`.
fn az_rule_flags(n: &Named<'_>, sources: &str) -> String {
    let r = n.rule;
    if r.protocol.by_name() {
        format!(
            "--source-addresses {sources} --protocols {}={} --target-fqdns {}",
            app_protocol(r.protocol),
            r.port,
            sh(fqdn(&r.destination))
        )
    } else {
        let dest: Vec<String> = addresses(&r.destination, "$API_SERVER_IP")
            .into_iter()
            .map(|a| {
                if a.starts_with('$') {
                    format!("\"{a}\"")
                } else {
                    sh(&a)
                }
            })
            .collect();
        format!(
            "--source-addresses {sources} --destination-addresses {} --destination-ports {} --ip-protocols {}",
            dest.join(" "),
            r.port,
            r.protocol.name()
        )
    }
}

fn az_collection(
    out: &mut String,
    rules: &[Named<'_>],
    (collection, priority, rule_type): (&str, u32, &str),
    sources: &str,
    lang: Lang,
) {
    const POLICY: &str = "--resource-group \"$RG\" --policy-name \"$POLICY\"";
    for (i, n) in rules.iter().enumerate() {
        let _ = writeln!(out, "\n# {}", why(n.rule, lang));
        let flags = az_rule_flags(n, sources);
        if i == 0 {
            let _ = writeln!(
                out,
                "az network firewall policy rule-collection-group collection add-filter-collection {POLICY} \\\n  --rule-collection-group-name {GROUP} --name {collection} --collection-priority {priority} --action Allow \\\n  --rule-name {} --rule-type {rule_type} \\\n  {flags}",
                n.name
            );
        } else {
            let _ = writeln!(
                out,
                "az network firewall policy rule-collection-group collection rule add {POLICY} \\\n  --rule-collection-group-name {GROUP} --collection-name {collection} \\\n  --name {} --rule-type {rule_type} \\\n  {flags}",
                n.name
            );
        }
    }
}

/// The egress rules as `az network firewall policy` commands.
///
/// # Examples
/// ```
/// use aks_calc::{formats::firewall::egress_azure_cli, plan::Plan, text::Lang};
/// let sh = egress_azure_cli(&Plan::default(), "https://x/#v=2", Lang::En);
/// assert!(sh.contains("--rule-name konnectivity --rule-type ApplicationRule"));
/// assert!(sh.contains("--protocols Https=443 --target-fqdns '*.hcp.japaneast.azmk8s.io'"));
/// ```
pub fn egress_azure_cli(plan: &Plan, link: &str, lang: Lang) -> String {
    let r = evaluate(plan);
    let e = &r.egress;
    let mut out = String::from("#!/usr/bin/env bash\n");
    header(&mut out, e, &r.created.cluster_name, link, lang, "#");
    out.push_str(
        "# Needs the azure-firewall extension: az extension add --name azure-firewall\nset -euo pipefail\n\n",
    );
    let _ = writeln!(
        out,
        "RG={}  # the firewall policy's resource group\nPOLICY=afwp-aks  # your firewall policy",
        sh(&r.created.resource_group)
    );
    if e.isolated {
        return out;
    }
    if needs_api_ip(e) {
        out.push_str(
            // No `'` in the message: bash reads one inside "${VAR:?…}" as an opening quote,
            // and the whole script fails to parse.
            "# The API server's public IP, once the cluster exists (resolve az aks show --query fqdn).\nAPI_SERVER_IP=\"${API_SERVER_IP:?set it to the public IP of the API server}\"\n",
        );
    }
    let sources = sh_list(&source_list(e));
    let _ = writeln!(
        out,
        "\naz network firewall policy rule-collection-group create --resource-group \"$RG\" --policy-name \"$POLICY\" \\\n  --name {GROUP} --priority {GROUP_PRIORITY}"
    );
    let (network, application) = collections(e);
    let net = (NETWORK_COLLECTION, NETWORK_PRIORITY, "NetworkRule");
    az_collection(&mut out, &network, net, &sources, lang);
    let app = (
        APPLICATION_COLLECTION,
        APPLICATION_PRIORITY,
        "ApplicationRule",
    );
    az_collection(&mut out, &application, app, &sources, lang);
    out
}

fn source_list(e: &EgressReport) -> Vec<String> {
    if e.sources.is_empty() {
        alloc::vec![String::from("*")]
    } else {
        e.sources.clone()
    }
}

// ---- Terraform ------------------------------------------------------------------------------

/// A Terraform string literal.
fn hcl(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace("${", "$${")
            .replace("%{", "%%{")
    )
}

fn hcl_list(items: &[String]) -> String {
    let inner: Vec<String> = items
        .iter()
        .map(|s| {
            if s == "$API" {
                String::from("var.api_server_public_ip")
            } else {
                hcl(s)
            }
        })
        .collect();
    format!("[{}]", inner.join(", "))
}

fn tf_rule(out: &mut String, n: &Named<'_>, sources: &str, lang: Lang) {
    let r = n.rule;
    let _ = writeln!(out, "\n    # {}", why(r, lang));
    if r.protocol.by_name() {
        let _ = writeln!(
            out,
            "    rule {{\n      name = {}\n      protocols {{\n        type = \"{}\"\n        port = {}\n      }}\n      source_addresses  = {sources}\n      destination_fqdns = [{}]",
            hcl(&n.name),
            app_protocol(r.protocol),
            r.port,
            hcl(fqdn(&r.destination))
        );
    } else {
        let _ = writeln!(
            out,
            "    rule {{\n      name                  = {}\n      protocols             = [\"{}\"]\n      source_addresses      = {sources}\n      destination_addresses = {}\n      destination_ports     = [\"{}\"]",
            hcl(&n.name),
            r.protocol.name(),
            hcl_list(&addresses(&r.destination, "$API")),
            r.port
        );
    }
    out.push_str("    }\n");
}

fn tf_collection(
    out: &mut String,
    rules: &[Named<'_>],
    (block, name, priority): (&str, &str, u32),
    sources: &str,
    lang: Lang,
) {
    if rules.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n  {block} {{\n    name     = \"{name}\"\n    priority = {priority}\n    action   = \"Allow\""
    );
    for n in rules {
        tf_rule(out, n, sources, lang);
    }
    out.push_str("  }\n");
}

/// The egress rules as an `azurerm_firewall_policy_rule_collection_group`.
///
/// # Examples
/// ```
/// use aks_calc::{formats::firewall::egress_terraform, plan::Plan, text::Lang};
/// let tf = egress_terraform(&Plan::default(), "https://x/#v=2", Lang::En);
/// assert!(tf.contains("resource \"azurerm_firewall_policy_rule_collection_group\" \"aks_egress\" {"));
/// assert!(tf.contains("destination_fqdns = [\"*.hcp.japaneast.azmk8s.io\"]"));
/// ```
pub fn egress_terraform(plan: &Plan, link: &str, lang: Lang) -> String {
    let r = evaluate(plan);
    let e = &r.egress;
    let mut out = String::new();
    header(&mut out, e, &r.created.cluster_name, link, lang, "#");
    if e.isolated {
        return out;
    }
    out.push_str("\nvariable \"firewall_policy_id\" {\n  type = string\n}\n");
    if needs_api_ip(e) {
        out.push_str(
            "\nvariable \"api_server_public_ip\" {\n  type        = string\n  description = \"The API server's public IP, once the cluster exists\"\n}\n",
        );
    }
    let sources = hcl_list(&source_list(e));
    let _ = writeln!(
        out,
        "\nresource \"azurerm_firewall_policy_rule_collection_group\" \"aks_egress\" {{\n  name               = \"{GROUP}\"\n  firewall_policy_id = var.firewall_policy_id\n  priority           = {GROUP_PRIORITY}"
    );
    let (network, application) = collections(e);
    let net = (
        "network_rule_collection",
        NETWORK_COLLECTION,
        NETWORK_PRIORITY,
    );
    tf_collection(&mut out, &network, net, &sources, lang);
    let app = (
        "application_rule_collection",
        APPLICATION_COLLECTION,
        APPLICATION_PRIORITY,
    );
    tf_collection(&mut out, &application, app, &sources, lang);
    out.push_str("}\n");
    out
}

// ---- Bicep ----------------------------------------------------------------------------------

/// A Bicep string literal.
fn bq(s: &str) -> String {
    format!(
        "'{}'",
        s.replace('\\', "\\\\")
            .replace('\'', "\\'")
            .replace("${", "\\${")
    )
}

fn bicep_list(items: &[String]) -> String {
    let inner: Vec<String> = items
        .iter()
        .map(|s| {
            if s == "$API" {
                String::from("apiServerPublicIp")
            } else {
                bq(s)
            }
        })
        .collect();
    format!(
        "[\n{}\n            ]",
        inner
            .iter()
            .map(|s| format!("              {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    )
}

fn bicep_rule(out: &mut String, n: &Named<'_>, sources: &str, lang: Lang) {
    let r = n.rule;
    let _ = writeln!(out, "          // {}", why(r, lang));
    let _ = writeln!(out, "          {{\n            name: {}", bq(&n.name));
    if r.protocol.by_name() {
        let _ = writeln!(
            out,
            "            ruleType: 'ApplicationRule'\n            protocols: [\n              {{\n                protocolType: '{}'\n                port: {}\n              }}\n            ]\n            sourceAddresses: {sources}\n            targetFqdns: [\n              {}\n            ]",
            app_protocol(r.protocol),
            r.port,
            bq(fqdn(&r.destination))
        );
    } else {
        let _ = writeln!(
            out,
            "            ruleType: 'NetworkRule'\n            ipProtocols: [\n              '{}'\n            ]\n            sourceAddresses: {sources}\n            destinationAddresses: {}\n            destinationPorts: [\n              '{}'\n            ]",
            r.protocol.name(),
            bicep_list(&addresses(&r.destination, "$API")),
            r.port
        );
    }
    out.push_str("          }\n");
}

fn bicep_collection(
    out: &mut String,
    rules: &[Named<'_>],
    (name, priority): (&str, u32),
    sources: &str,
    lang: Lang,
) {
    if rules.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "      {{\n        ruleCollectionType: 'FirewallPolicyFilterRuleCollection'\n        name: '{name}'\n        priority: {priority}\n        action: {{\n          type: 'Allow'\n        }}\n        rules: ["
    );
    for n in rules {
        bicep_rule(out, n, sources, lang);
    }
    out.push_str("        ]\n      }\n");
}

/// The egress rules as a `Microsoft.Network/firewallPolicies/ruleCollectionGroups` resource.
///
/// # Examples
/// ```
/// use aks_calc::{formats::firewall::egress_bicep, plan::Plan, text::Lang};
/// let b = egress_bicep(&Plan::default(), "https://x/#v=2", Lang::En);
/// assert!(b.contains("resource aksEgress 'Microsoft.Network/firewallPolicies/ruleCollectionGroups@2024-05-01' = {"));
/// assert!(b.contains("ruleCollectionType: 'FirewallPolicyFilterRuleCollection'"));
/// ```
pub fn egress_bicep(plan: &Plan, link: &str, lang: Lang) -> String {
    let r = evaluate(plan);
    let e = &r.egress;
    let mut out = String::new();
    header(&mut out, e, &r.created.cluster_name, link, lang, "//");
    if e.isolated {
        return out;
    }
    out.push_str("\nparam firewallPolicyName string\n");
    if needs_api_ip(e) {
        out.push_str("@description('The API server\\'s public IP, once the cluster exists')\nparam apiServerPublicIp string\n");
    }
    let _ = writeln!(
        out,
        "\nresource policy 'Microsoft.Network/firewallPolicies@{FIREWALL_API_VERSION}' existing = {{\n  name: firewallPolicyName\n}}\n\nresource aksEgress 'Microsoft.Network/firewallPolicies/ruleCollectionGroups@{FIREWALL_API_VERSION}' = {{\n  parent: policy\n  name: '{GROUP}'\n  properties: {{\n    priority: {GROUP_PRIORITY}\n    ruleCollections: ["
    );
    let sources = bicep_list(&source_list(e));
    let (network, application) = collections(e);
    bicep_collection(
        &mut out,
        &network,
        (NETWORK_COLLECTION, NETWORK_PRIORITY),
        &sources,
        lang,
    );
    bicep_collection(
        &mut out,
        &application,
        (APPLICATION_COLLECTION, APPLICATION_PRIORITY),
        &sources,
        lang,
    );
    out.push_str("    ]\n  }\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::outbound::{OutboundEdit, OutboundType};

    /// An old cluster behind custom DNS: the tunnel's tag, any address, the DNS servers.
    fn legacy() -> Plan {
        let mut p = Plan::default();
        p.apply(crate::plan::edit::Edit::Outbound(
            OutboundEdit::LegacyTunnel(true),
        ));
        p.cluster.outbound.dns_servers = "10.1.0.4 10.1.0.5".into();
        p
    }

    /// The variable's message has no `'`: in bash, `"${API_SERVER_IP:?set the API server's
    /// public IP}"` opens a quote that never closes, and `bash -n` refuses the whole script.
    #[test]
    fn the_api_server_ip_line_parses_in_bash() {
        let sh = egress_azure_cli(&Plan::default(), "#", Lang::En);
        let line = sh
            .lines()
            .find(|l| l.starts_with("API_SERVER_IP="))
            .unwrap();
        assert_eq!(
            line,
            "API_SERVER_IP=\"${API_SERVER_IP:?set it to the public IP of the API server}\""
        );
        assert!(!line.contains('\''));
    }

    #[test]
    fn network_rules_in_each_tool() {
        let p = legacy();
        let sh = egress_azure_cli(&p, "#", Lang::En);
        assert!(sh.contains(
            "--name legacy-tunnel --rule-type NetworkRule \\\n  --source-addresses '10.224.0.0/16' --destination-addresses 'AzureCloud.japaneast' --destination-ports 1194 --ip-protocols UDP"
        ));
        assert!(sh.contains("--name legacy-tunnel-2 --rule-type NetworkRule"));
        assert!(
            sh.contains("--destination-addresses '*' --destination-ports 123 --ip-protocols UDP")
        );
        assert!(sh.contains(
            "--destination-addresses '10.1.0.4' '10.1.0.5' --destination-ports 53 --ip-protocols UDP"
        ));
        let tf = egress_terraform(&p, "#", Lang::En);
        assert!(tf.contains(
            "      name                  = \"custom-dns\"\n      protocols             = [\"UDP\"]\n      source_addresses      = [\"10.224.0.0/16\"]\n      destination_addresses = [\"10.1.0.4\", \"10.1.0.5\"]\n      destination_ports     = [\"53\"]"
        ));
        let b = egress_bicep(&p, "#", Lang::En);
        assert!(b.contains(
            "            name: 'ntp'\n            ruleType: 'NetworkRule'\n            ipProtocols: [\n              'UDP'\n            ]"
        ));
        // Every rule of the report, and no name twice in a collection.
        let r = evaluate(&p);
        let (network, application) = collections(&r.egress);
        assert_eq!(network.len() + application.len(), r.egress.rules.len());
        for list in [&network, &application] {
            let mut names: Vec<&str> = list.iter().map(|n| n.name.as_str()).collect();
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(names.len(), before);
        }
    }

    #[test]
    fn private_and_isolated_clusters() {
        let mut p = Plan::default();
        p.cluster.private_cluster = true;
        for text in [
            egress_azure_cli(&p, "#", Lang::En),
            egress_terraform(&p, "#", Lang::En),
            egress_bicep(&p, "#", Lang::En),
        ] {
            // No network rules at all: no API server address, no network collection.
            assert!(!text.contains("API_SERVER_IP") && !text.contains("api_server_public_ip"));
            assert!(!text.contains("aks-network") && !text.contains("apiServerPublicIp"));
            assert!(text.contains("aks-application"));
        }
        p.apply(crate::plan::edit::Edit::Outbound(OutboundEdit::Type(
            OutboundType::None,
        )));
        let tf = egress_terraform(&p, "#", Lang::Ja);
        assert_eq!(
            tf,
            "# AKS キャパシティ & IP 計算ツール: #\n# ルールセット: aks-rules 2026-12\n# ファイアウォールのエグレス規則 · aks-cluster (japaneast, Azure(パブリック))\n# ネットワーク分離クラスター: エグレス規則は不要です。\n"
        );
    }

    #[test]
    fn quoting() {
        assert_eq!(sh("it's"), "'it'\\''s'");
        assert_eq!(hcl("a\"${b}"), "\"a\\\"$${b}\"");
        assert_eq!(bq("it's ${x}"), "'it\\'s \\${x}'");
    }
}
