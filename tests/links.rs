//! Links are a promise: every link the v1 page wrote must open the same plan. The links are in
//! `tests/fixtures/v1-links.txt`; `v1-plans.txt` holds what the v1 code read from each (every key
//! of the plan, the view keys, the notices), recorded with that release's code.

use aks_calc::formats::fragment::{from_fragment, pairs};

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

/// What today's reader makes of a link, in the recorded form.
fn read_today(link: &str) -> Vec<String> {
    let d = from_fragment(link);
    let mut lines: Vec<String> = pairs(&d.plan, true)
        .iter()
        .map(|(k, v)| format!("{k}={}", v.escape_debug()))
        .collect();
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
    for (link, expected) in &recorded {
        assert_eq!(&read_today(link), expected, "{link}");
    }
}
