//! The plan's egress allow-list as a document (Markdown) and a table (CSV): the outbound rules a
//! firewall must allow, the NSG rules inside the VNet, and the control-plane path with what to
//! check when `kubectl logs` fails (aks-rules §10). Firewall policy code is in
//! [`crate::formats::firewall`].

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use crate::evaluate;
use crate::evaluate::EgressReport;
use crate::plan::Plan;
use crate::rules::RULES_VERSION;
use crate::rules::egress::{Cloud, Protocol};
use crate::text::egress::{self as words, label};
use crate::text::{self, Lang};

/// A Markdown table cell: pipes and line breaks would break the table.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// Text outside code: a leading `*.` must not start emphasis.
fn prose(s: &str) -> String {
    cell(s).replace('*', "\\*")
}

/// The addresses the rules apply to, `*` when the design does not say.
pub(crate) fn sources(e: &EgressReport) -> String {
    if e.sources.is_empty() {
        String::from("*")
    } else {
        e.sources.join(", ")
    }
}

/// The egress rules, the NSG rules and the control-plane checks as Markdown.
///
/// # Examples
/// ```
/// use aks_calc::{formats::egress::egress_markdown, plan::Plan, text::Lang};
/// let md = egress_markdown(&Plan::default(), "https://x/#v=2", Lang::En);
/// assert!(md.contains("| `*.hcp.japaneast.azmk8s.io` | 443 | HTTPS | required |"));
/// ```
pub fn egress_markdown(plan: &Plan, link: &str, lang: Lang) -> String {
    let r = evaluate(plan);
    let e = &r.egress;
    let l = |t: text::T| t.get(lang);
    let mut md = String::new();
    let _ = writeln!(
        md,
        "# {} · {} ({}, {})\n",
        l(label::EGRESS),
        cell(&r.created.cluster_name),
        e.region,
        l(text::outbound::cloud(e.cloud))
    );
    let _ = writeln!(md, "<{link}>\n");
    rules_table(&mut md, e, lang);
    nsg_table(&mut md, e, lang);
    tunnel_section(&mut md, e, lang);
    let _ = writeln!(
        md,
        "\n_{} · {} {RULES_VERSION}_",
        text::label::TITLE.get(lang),
        text::label::RULES.get(lang)
    );
    md
}

fn rules_table(md: &mut String, e: &EgressReport, lang: Lang) {
    let l = |t: text::T| t.get(lang);
    if e.isolated {
        let _ = writeln!(md, "{}", l(label::ISOLATED));
        return;
    }
    let _ = writeln!(md, "{}\n", l(label::EGRESS_HINT));
    let _ = writeln!(md, "**{}**: {}\n", l(label::SOURCE), sources(e));
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | {} | {} |\n|---|--:|---|---|---|---|",
        l(label::DESTINATION),
        l(label::PORT),
        l(label::PROTOCOL),
        l(label::NEED),
        l(label::WHY),
        l(label::DOCS)
    );
    for rule in &e.rules {
        let _ = writeln!(
            md,
            "| `{}` | {} | {} | {} | {} | <{}> |",
            cell(&words::destination(&rule.destination, lang)),
            rule.port,
            rule.protocol.name(),
            l(words::need(rule.need)),
            cell(l(words::purpose(rule.purpose))),
            rule.source
        );
    }
    if e.cloud == Cloud::Public {
        let _ = writeln!(md, "\n{}", l(label::FQDN_TAG));
    }
}

fn nsg_table(md: &mut String, e: &EgressReport, lang: Lang) {
    let l = |t: text::T| t.get(lang);
    let _ = writeln!(md, "\n## {}\n", l(label::NSG));
    if e.nsg.is_empty() {
        let _ = writeln!(md, "{}", l(label::NO_NSG));
        return;
    }
    let _ = writeln!(
        md,
        "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
        l(label::FROM),
        l(label::TO),
        l(label::PROTOCOL),
        l(label::PORT),
        l(label::WHY),
        l(label::DOCS)
    );
    for n in &e.nsg {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | <{}> |",
            cell(&n.source),
            cell(&n.destination),
            n.protocol.map_or(l(label::ANY), Protocol::name),
            n.ports,
            cell(l(words::nsg_purpose(n.purpose))),
            n.link
        );
    }
}

fn tunnel_section(md: &mut String, e: &EgressReport, lang: Lang) {
    let l = |t: text::T| t.get(lang);
    let _ = writeln!(md, "\n## {}\n", l(label::TUNNEL));
    let _ = writeln!(md, "{}\n", prose(&words::tunnel(e, lang)));
    let _ = writeln!(md, "{}\n", l(words::DIALING_BACKEND));
    for check in words::tunnel_checks(e, lang) {
        let _ = writeln!(md, "- {}", prose(&check));
    }
    let _ = writeln!(md, "\n{}", l(words::DIALING_BACKEND_PODS));
}

/// One CSV field, quoted when it must be (RFC 4180).
fn csv_field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn csv_row(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, f);
    }
    out.push_str("\r\n");
}

/// The egress rules and the NSG rules as CSV (RFC 4180, CRLF): one row per rule, `kind` telling
/// a firewall application rule (`fqdn`), network rule (`network`) and NSG rule (`nsg`) apart.
///
/// # Examples
/// ```
/// use aks_calc::{formats::egress::egress_csv, plan::Plan, text::Lang};
/// let csv = egress_csv(&Plan::default(), Lang::En);
/// assert!(csv.starts_with("kind,source,destination,port,protocol,need,purpose,why,docs,rules\r\n"));
/// assert!(csv.contains("fqdn,10.224.0.0/16,mcr.microsoft.com,443,HTTPS,required,images,"));
/// ```
pub fn egress_csv(plan: &Plan, lang: Lang) -> String {
    let r = evaluate(plan);
    let e = &r.egress;
    let mut out = String::new();
    csv_row(
        &mut out,
        &[
            "kind",
            "source",
            "destination",
            "port",
            "protocol",
            "need",
            "purpose",
            "why",
            "docs",
            // The rule set, on every row (as in the plan's CSVs).
            "rules",
        ],
    );
    let source = sources(e);
    for rule in &e.rules {
        let kind = if rule.protocol.by_name() {
            "fqdn"
        } else {
            "network"
        };
        csv_row(
            &mut out,
            &[
                kind,
                &source,
                &words::destination(&rule.destination, lang),
                &format!("{}", rule.port),
                rule.protocol.name(),
                words::need(rule.need).get(lang),
                rule.purpose.id(),
                words::purpose(rule.purpose).get(lang),
                rule.source,
                RULES_VERSION,
            ],
        );
    }
    for n in &e.nsg {
        csv_row(
            &mut out,
            &[
                "nsg",
                &n.source,
                &n.destination,
                n.ports,
                n.protocol.map_or("*", Protocol::name),
                words::need(crate::rules::egress::Need::Required).get(lang),
                "",
                words::nsg_purpose(n.purpose).get(lang),
                n.link,
                RULES_VERSION,
            ],
        );
    }
    out
}
