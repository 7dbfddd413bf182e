//! The heavy, occasional work (exports and imports), behind a small text protocol so it can run
//! in a Web Worker loaded only when someone asks for it. The page's first load then carries none
//! of it. The protocol is plain text so it is tested here, natively.
//!
//! Requests (lines separated by `\n`):
//! - `export`, format id, language (`en`/`ja`), link, plan fragment
//! - `import`, language, plan fragment, then the pasted JSON (the rest of the text)
//!
//! Replies: the export's text; for an import, `ok`, the new plan's fragment, then one message per
//! line, or `error` and one message.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

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
}
