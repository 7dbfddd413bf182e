//! The heavy, occasional work (exports and imports), behind a small text protocol so it can run
//! in a Web Worker loaded only when someone asks for it. The page's first load then carries none
//! of it. The protocol is plain text so it is tested here, natively.
//!
//! Requests (lines separated by `\n`):
//! - `export`, format id, language (`en`/`ja`), link, plan fragment
//! - `import`, language, plan fragment, then the pasted JSON (the rest of the text)
//! - `explain`, language, plan fragment, then the pasted error text (the rest of the text)
//!
//! Replies: the export's text; for an import, `ok`, the new plan's fragment, then one message per
//! line, or `error` and one message. For an explanation, tab-separated lines: `known` and the
//! error's code (or `unknown`), `title`, one line per part of the explanation (`read`, `counted`,
//! `formula`, `assumed`, `note`), and `fix`, its label and the fixed plan's fragment.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::formats::aks_error::{self, LineKind};
use crate::formats::export::Format;
use crate::formats::fragment::{from_fragment, to_fragment};
use crate::formats::import::import;
use crate::text::Lang;

/// The id of an export format in requests (and in the page's menu).
///
/// # Examples
/// ```
/// use aks_calc::{formats::export::Format, formats::jobs::{format_id, format_from_id}};
/// assert_eq!(format_from_id(format_id(Format::Bicep)), Some(Format::Bicep));
/// ```
pub fn format_id(f: Format) -> &'static str {
    match f {
        Format::Markdown => "markdown",
        Format::CsvPools => "csv-pools",
        Format::CsvAllocation => "csv-allocation",
        Format::Json => "json",
        Format::AzureCli => "azure-cli",
        Format::Terraform => "terraform",
        Format::Bicep => "bicep",
        Format::CsvSubnets => "csv-subnets",
        Format::TerraformIpam => "terraform-ipam",
        Format::BicepIpam => "bicep-ipam",
        Format::EgressMarkdown => "egress-markdown",
        Format::EgressCsv => "egress-csv",
        Format::EgressAzureCli => "egress-azure-cli",
        Format::EgressTerraform => "egress-terraform",
        Format::EgressBicep => "egress-bicep",
    }
}

pub fn format_from_id(id: &str) -> Option<Format> {
    Format::ALL.into_iter().find(|f| format_id(*f) == id)
}

fn lang_id(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ja => "ja",
    }
}

fn lang_from_id(id: &str) -> Lang {
    if id == "ja" { Lang::Ja } else { Lang::En }
}

/// The request for an export.
pub fn export_request(format: Format, lang: Lang, link: &str, fragment: &str) -> String {
    format!(
        "export\n{}\n{}\n{link}\n{fragment}",
        format_id(format),
        lang_id(lang)
    )
}

/// The request for an import.
pub fn import_request(lang: Lang, fragment: &str, pasted: &str) -> String {
    format!("import\n{}\n{fragment}\n{pasted}", lang_id(lang))
}

/// The request for an explanation of a pasted AKS error.
pub fn explain_request(lang: Lang, fragment: &str, pasted: &str) -> String {
    format!("explain\n{}\n{fragment}\n{pasted}", lang_id(lang))
}

/// An explanation, read back by the page: ready-to-show lines and the fixes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExplainReply {
    /// The error's code; `None`: not an error the page knows.
    pub known: Option<String>,
    pub title: String,
    pub lines: Vec<(LineKind, String)>,
    /// Each fix's label and the fragment of the plan it makes.
    pub fixes: Vec<(String, String)>,
}

fn line_tag(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Read => "read",
        LineKind::Counted => "counted",
        LineKind::Formula => "formula",
        LineKind::Assumed => "assumed",
        LineKind::Note => "note",
    }
}

fn line_kind(tag: &str) -> Option<LineKind> {
    [
        LineKind::Read,
        LineKind::Counted,
        LineKind::Formula,
        LineKind::Assumed,
        LineKind::Note,
    ]
    .into_iter()
    .find(|k| line_tag(*k) == tag)
}

/// A field of the reply: tabs and line breaks would split it.
fn field(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

fn explain_reply(lang: Lang, fragment: &str, pasted: &str) -> String {
    let current = from_fragment(fragment).plan;
    let e = aks_error::explain(pasted, &current, lang);
    let mut out = match &e.found {
        Some(found) => format!("known\t{}", field(found.kind().code())),
        None => String::from("unknown"),
    };
    out.push_str(&format!("\ntitle\t{}", field(&e.title)));
    for l in &e.lines {
        out.push_str(&format!("\n{}\t{}", line_tag(l.kind), field(&l.text)));
    }
    for f in &e.fixes {
        out.push_str(&format!(
            "\nfix\t{}\t{}",
            field(&f.label),
            to_fragment(&f.plan)
        ));
    }
    out
}

/// Reads an explanation's reply; what it cannot read is left out.
pub fn read_explain_reply(reply: &str) -> ExplainReply {
    let mut out = ExplainReply::default();
    for row in reply.split('\n') {
        let (tag, rest) = row.split_once('\t').unwrap_or((row, ""));
        match tag {
            "known" => out.known = Some(String::from(rest)),
            "title" => out.title = String::from(rest),
            "fix" => {
                if let Some((label, fragment)) = rest.split_once('\t') {
                    out.fixes
                        .push((String::from(label), String::from(fragment)));
                }
            }
            t => {
                if let Some(kind) = line_kind(t) {
                    out.lines.push((kind, String::from(rest)));
                }
            }
        }
    }
    out
}

/// An import's reply, read back by the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportReply {
    Ok {
        fragment: String,
        messages: Vec<String>,
    },
    Error(String),
}

/// Reads an import reply.
pub fn read_import_reply(reply: &str) -> ImportReply {
    let mut lines = reply.split('\n');
    match lines.next() {
        Some("ok") => ImportReply::Ok {
            fragment: String::from(lines.next().unwrap_or("")),
            messages: lines.map(String::from).collect(),
        },
        _ => ImportReply::Error(String::from(lines.next().unwrap_or(""))),
    }
}

/// Runs one request and returns the reply. Never fails: a malformed request gets an empty
/// reply (exports) or an error (imports).
///
/// # Examples
/// ```
/// use aks_calc::{formats::export::Format, formats::jobs::{run, export_request}, text::Lang};
/// let md = run(&export_request(Format::Markdown, Lang::En, "https://x/#v=1", "v=1"));
/// assert!(md.contains("| nodepool1 | System |"));
/// ```
pub fn run(request: &str) -> String {
    let mut parts = request.splitn(5, '\n');
    match parts.next() {
        Some("export") => {
            let format = parts.next().and_then(format_from_id);
            let lang = lang_from_id(parts.next().unwrap_or(""));
            let link = parts.next().unwrap_or("");
            let plan = from_fragment(parts.next().unwrap_or("")).plan;
            format.map_or_else(String::new, |f| f.render(&plan, link, lang))
        }
        Some("import") => {
            let mut parts = request.splitn(4, '\n').skip(1);
            let lang = lang_from_id(parts.next().unwrap_or(""));
            let current = from_fragment(parts.next().unwrap_or("")).plan;
            match import(parts.next().unwrap_or(""), &current) {
                Ok(imported) => {
                    let mut reply = format!(
                        "ok\n{}\n{}",
                        to_fragment(&imported.plan),
                        imported.source.message().get(lang)
                    );
                    for notice in &imported.notices {
                        reply.push('\n');
                        reply.push_str(&notice.message(lang).replace('\n', " "));
                    }
                    reply
                }
                Err(e) => format!("error\n{}", e.message(lang)),
            }
        }
        Some("explain") => {
            let mut parts = request.splitn(4, '\n').skip(1);
            let lang = lang_from_id(parts.next().unwrap_or(""));
            let fragment = parts.next().unwrap_or("");
            explain_reply(lang, fragment, parts.next().unwrap_or(""))
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;
    use crate::text::label;

    #[test]
    fn exports_through_the_protocol_match_the_direct_call() {
        let mut plan = Plan::default();
        plan.pools[0].node_count = "5".into();
        let fragment = to_fragment(&plan);
        for f in Format::ALL {
            let direct = f.render(&plan, "https://x/#", Lang::Ja);
            assert_eq!(
                run(&export_request(f, Lang::Ja, "https://x/#", &fragment)),
                direct
            );
        }
        assert_eq!(run("export\nnope\nen\nx\nv=1"), "");
        assert_eq!(run("garbage"), "");
        assert_eq!(run(""), "");
    }

    #[test]
    fn imports_through_the_protocol() {
        let az = r#"[{"name": "gpu", "vmSize": "Standard_NC24ads_A100_v4", "count": 2}]"#;
        let reply = read_import_reply(&run(&import_request(Lang::En, "v=1&node-count=4", az)));
        let ImportReply::Ok { fragment, messages } = reply else {
            panic!("{reply:?}")
        };
        let plan = from_fragment(&fragment).plan;
        assert_eq!(plan.pools[0].name, "gpu");
        assert_eq!(
            messages,
            ["Imported the node pools from az aks nodepool list."]
        );
        // A JSON text with new lines survives the protocol.
        let reply = read_import_reply(&run(&import_request(
            Lang::En,
            "v=1",
            "{\n\"addressSpace\": {\"addressPrefixes\": [\"10.1.0.0/16\"]}\n}",
        )));
        assert!(matches!(reply, ImportReply::Ok { .. }));
        assert_eq!(
            read_import_reply(&run(&import_request(Lang::En, "v=1", "{"))),
            ImportReply::Error("This is not JSON (line 1, column 1)".into())
        );
        assert_eq!(
            read_import_reply(&run(&import_request(Lang::Ja, "v=1", "{}"))),
            ImportReply::Error(label::IMPORT_UNRECOGNISED.ja.into())
        );
    }

    #[test]
    fn explanations_through_the_protocol() {
        let fragment = to_fragment(&Plan::default());
        let text = "ERROR: (InvalidLoadBalancerProfileAllocatedOutboundPorts) Load balancer profile allocated ports 8000 is not in an allowable range given the number of nodes and IPs provisioned.\nTotal node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs.\tRefer to https://aka.ms/aks/slb-ports for more details.";
        let reply = read_explain_reply(&run(&explain_request(Lang::En, &fragment, text)));
        assert_eq!(
            reply.known.as_deref(),
            Some("InvalidLoadBalancerProfileAllocatedOutboundPorts")
        );
        assert_eq!(
            reply.title,
            "InvalidLoadBalancerProfileAllocatedOutboundPorts: the outbound IPs have too few SNAT ports for every node"
        );
        assert!(reply.lines.contains(&(
            LineKind::Formula,
            String::from(
                "(8 nodes + 1 surge) × 8,000 ports = 72,000 > 64,000 = 1 outbound IP × 64,000"
            )
        )));
        assert_eq!(reply.lines[0].0, LineKind::Read);
        let labels: Vec<&str> = reply.fixes.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(
            labels,
            [
                "2 managed outbound IPs",
                "allocatedOutboundPorts 7,104 per node",
                "Pool nodepool1: 7 nodes, the most that fit"
            ]
        );
        // The fix's plan: the error's values in, the fix applied, nothing left to refuse.
        let plan = from_fragment(&reply.fixes[0].1).plan;
        assert_eq!(plan.cluster.outbound.lb_managed_ips, "2");
        assert_eq!(plan.cluster.outbound.lb_ports, "8000");
        assert_eq!(plan.pools[0].node_count, "8");
        assert!(!crate::evaluate::evaluate(&plan).has_errors());

        // Unknown text, in Japanese; a reply's parts never span lines.
        let reply = read_explain_reply(&run(&explain_request(Lang::Ja, "v=1", "a\tb\nc")));
        assert_eq!(reply.known, None);
        assert_eq!(
            reply.title,
            "このページで説明できる AKS のエラーではありません"
        );
        assert_eq!(reply.lines.len(), 16);
        assert!(reply.fixes.is_empty());
        assert_eq!(read_explain_reply(""), ExplainReply::default());
        assert_eq!(read_explain_reply("fix\tno fragment").fixes, []);
    }
}
