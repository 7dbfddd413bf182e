//! The architecture as a test: reads `src/` and fails when
//! - a layer uses one above it (the order is `LAYERS`, lowest first; see ARCHITECTURE.md),
//! - two files import each other, directly or round a longer circle,
//! - a function outside the tests is longer than `MAX_FUNCTION_LINES`.
//!
//! Imports are the `crate::`, `super::` and `self::` paths of non-test code (`use` statements,
//! brace lists included, and paths written inline); `mod x;` declarations are not imports.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Lowest first: a file may use its own layer and the ones before it.
const LAYERS: [&str; 7] = ["rules", "plan", "evaluate", "text", "formats", "ui", "bin"];
/// Longest function body allowed outside the tests, in lines (signature to closing brace).
const MAX_FUNCTION_LINES: usize = 80;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/plan/edit.rs` → `["plan", "edit"]`, `src/plan/mod.rs` →
/// `["plan"]`, `src/lib.rs` → `[]`.
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src()).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

fn is_test_file(file: &Path) -> bool {
    let name = file.file_stem().unwrap().to_string_lossy();
    name == "tests" || name.starts_with("tests_") || name == "testing"
}

/// The file's code without comments, string contents and its `#[cfg(test)]` modules.
fn code_of(text: &str) -> String {
    let text = blank(text);
    let mut out = String::new();
    let mut skip_depth: Option<i32> = None;
    let mut depth = 0i32;
    let mut pending_test = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if skip_depth.is_none() && trimmed.starts_with("#[cfg(test)]") {
            pending_test = true;
            out.push('\n');
            continue;
        }
        let opens = line.matches('{').count() as i32;
        let closes = line.matches('}').count() as i32;
        if pending_test {
            pending_test = false;
            if line.contains('{') {
                skip_depth = Some(depth);
            } else {
                // `mod tests;` or a single test-only item on one line.
                out.push('\n');
                continue;
            }
        }
        depth += opens - closes;
        if let Some(d) = skip_depth {
            if depth <= d {
                skip_depth = None;
            }
            out.push('\n');
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Blanks out comments and the contents of string and char literals (raw strings, literals over
/// several lines and escapes included), keeping every line break, so braces and paths inside them
/// are not read.
fn blank(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        let at = |k: usize| c.get(i + k).copied();
        match (c[i], at(1)) {
            ('/', Some('/')) => {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
            }
            ('/', Some('*')) => {
                i += 2;
                while i < c.len() && !(c[i] == '*' && c.get(i + 1) == Some(&'/')) {
                    if c[i] == '\n' {
                        out.push('\n');
                    }
                    i += 1;
                }
                i += 2;
            }
            ('r', Some('"' | '#')) if i == 0 || !ident_char(c[i - 1]) => {
                // r"…" or r#"…"#: ends at a quote followed by as many #.
                let mut j = i + 1;
                let mut hashes = 0;
                while c.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if c.get(j) != Some(&'"') {
                    out.push(c[i]);
                    i += 1;
                    continue;
                }
                j += 1;
                while j < c.len()
                    && !(c[j] == '"' && (1..=hashes).all(|h| c.get(j + h) == Some(&'#')))
                {
                    if c[j] == '\n' {
                        out.push('\n');
                    }
                    j += 1;
                }
                out.push_str("\"\"");
                i = j + 1 + hashes;
            }
            ('"', _) => {
                i += 1;
                while i < c.len() && c[i] != '"' {
                    if c[i] == '\\' {
                        i += 1;
                    }
                    if c.get(i) == Some(&'\n') {
                        out.push('\n');
                    }
                    i += 1;
                }
                out.push_str("\"\"");
                i += 1;
            }
            ('\'', _) => {
                // A char literal ('{', '\'', '\u{1F}') but not a lifetime ('a).
                let close = if at(1) == Some('\\') {
                    (i + 2..c.len().min(i + 12)).find(|&j| c[j] == '\'')
                } else if at(2) == Some('\'') {
                    Some(i + 2)
                } else {
                    None
                };
                match close {
                    Some(j) => {
                        out.push_str("' '");
                        i = j + 1;
                    }
                    None => {
                        out.push('\'');
                        i += 1;
                    }
                }
            }
            (ch, _) => {
                out.push(ch);
                i += 1;
            }
        }
    }
    out
}

fn ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every path a piece of code names from `start` (`crate`, `super`, `self`), brace lists expanded.
fn paths_from(code: &str, start: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let needle: Vec<char> = format!("{start}::").chars().collect();
    let mut i = 0;
    while i + needle.len() <= bytes.len() {
        let before_ok = i == 0 || !(ident_char(bytes[i - 1]) || bytes[i - 1] == ':');
        if before_ok && bytes[i..i + needle.len()] == needle[..] {
            let mut j = i + needle.len();
            let mut prefix = vec![start.to_string()];
            read_tree(&bytes, &mut j, &mut prefix, &mut out);
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Reads `a::b::{c, d::e}` at `*j`, appending each full path to `out`.
fn read_tree(s: &[char], j: &mut usize, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let skip_ws = |j: &mut usize| {
        while *j < s.len() && s[*j].is_whitespace() {
            *j += 1;
        }
    };
    let depth = prefix.len();
    loop {
        skip_ws(j);
        if *j < s.len() && s[*j] == '{' {
            *j += 1;
            loop {
                skip_ws(j);
                if *j >= s.len() {
                    return;
                }
                if s[*j] == '}' {
                    *j += 1;
                    break;
                }
                if s[*j] == ',' {
                    *j += 1;
                    continue;
                }
                let mut inner = prefix.clone();
                read_tree(s, j, &mut inner, out);
            }
            prefix.truncate(depth);
            return;
        }
        let begin = *j;
        while *j < s.len() && ident_char(s[*j]) {
            *j += 1;
        }
        if *j == begin {
            out.push(prefix.clone());
            return;
        }
        prefix.push(s[begin..*j].iter().collect());
        if *j + 1 < s.len() && s[*j] == ':' && s[*j + 1] == ':' {
            *j += 2;
            continue;
        }
        out.push(prefix.clone());
        // `as name` and the rest of an item are not part of the path.
        while *j < s.len() && !matches!(s[*j], ',' | '}' | ';') && !s[*j].is_whitespace() {
            *j += 1;
        }
        skip_ws(j);
        if s[*j..].starts_with(&['a', 's', ' ']) {
            *j += 3;
            skip_ws(j);
            while *j < s.len() && ident_char(s[*j]) {
                *j += 1;
            }
        }
        return;
    }
}

/// The file that defines the module a path points into: the longest prefix that is a file.
fn resolve(
    module: &[String],
    path: &[String],
    files: &BTreeMap<Vec<String>, PathBuf>,
) -> Option<Vec<String>> {
    let mut absolute: Vec<String> = match path.first().map(String::as_str) {
        Some("crate") => Vec::new(),
        Some("self") => module.to_vec(),
        Some("super") => {
            let mut m = module.to_vec();
            m.pop();
            m
        }
        _ => return None,
    };
    let mut rest = &path[1..];
    while rest.first().map(String::as_str) == Some("super") {
        absolute.pop();
        rest = &rest[1..];
    }
    absolute.extend(rest.iter().cloned());
    (0..=absolute.len())
        .rev()
        .map(|n| absolute[..n].to_vec())
        .find(|m| files.contains_key(m))
}

fn layer(module: &[String]) -> Option<usize> {
    let top = module.first()?;
    LAYERS.iter().position(|l| l == top)
}

struct Source {
    module: Vec<String>,
    file: PathBuf,
    code: String,
}

fn sources() -> Vec<Source> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files
        .into_iter()
        .filter(|f| !is_test_file(f))
        .map(|file| Source {
            module: module_of(&file),
            code: code_of(&fs::read_to_string(&file).unwrap()),
            file,
        })
        .collect()
}

fn imports(sources: &[Source]) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let files: BTreeMap<Vec<String>, PathBuf> = sources
        .iter()
        .map(|s| (s.module.clone(), s.file.clone()))
        .collect();
    let mut graph = BTreeMap::new();
    for s in sources {
        let mut targets = BTreeSet::new();
        for start in ["crate", "super", "self"] {
            for path in paths_from(&s.code, start) {
                if let Some(target) = resolve(&s.module, &path, &files) {
                    // Naming the crate root (`crate::Plan`) is not importing a layer file.
                    if target != s.module && !target.is_empty() {
                        targets.insert(target);
                    }
                }
            }
        }
        graph.insert(s.module.clone(), targets);
    }
    graph
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "lib".into()
    } else {
        module.join("::")
    }
}

#[test]
fn layers_only_use_the_layers_below_them() {
    let sources = sources();
    let graph = imports(&sources);
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        let Some(from_layer) = layer(from) else {
            continue;
        };
        for to in targets {
            if let Some(to_layer) = layer(to) {
                if to_layer > from_layer {
                    wrong.push(format!("{} uses {}", name(from), name(to)));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
    // The check reads real imports: the page uses the formats, and text uses evaluate.
    let uses = |a: &str, b: &str| {
        graph.iter().any(|(f, t)| {
            f.first().is_some_and(|x| x == a) && t.iter().any(|m| m.first().is_some_and(|x| x == b))
        })
    };
    assert!(uses("ui", "formats") && uses("text", "evaluate") && uses("plan", "rules"));
}

#[test]
fn no_file_imports_one_that_imports_it_back() {
    let graph = imports(&sources());
    // Depth-first search for a back edge; report the circle it closes.
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        state: &mut BTreeMap<Vec<String>, u8>,
        stack: &mut Vec<Vec<String>>,
        circles: &mut Vec<String>,
    ) {
        state.insert(node.clone(), 1);
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next).copied().unwrap_or(0) {
                0 => visit(next, graph, state, stack, circles),
                1 => {
                    let start = stack.iter().position(|m| m == next).unwrap();
                    let mut circle: Vec<String> = stack[start..].iter().map(|m| name(m)).collect();
                    circle.push(name(next));
                    circles.push(circle.join(" → "));
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(node.clone(), 2);
    }
    let mut state = BTreeMap::new();
    let mut circles = Vec::new();
    for node in graph.keys() {
        if state.get(node).copied().unwrap_or(0) == 0 {
            visit(node, &graph, &mut state, &mut Vec::new(), &mut circles);
        }
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

/// `(file, line, name, length)` of every function outside the tests.
fn functions(source: &Source) -> Vec<(String, usize, String, usize)> {
    let lines: Vec<&str> = source.code.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        let after = [
            "pub(crate) fn ",
            "pub(super) fn ",
            "pub fn ",
            "fn ",
            "pub const fn ",
            "const fn ",
        ]
        .iter()
        .find_map(|p| t.strip_prefix(p));
        let Some(after) = after else { continue };
        let fname: String = after.chars().take_while(|c| ident_char(*c)).collect();
        // Find the body's opening brace, then its matching close.
        let mut depth = 0i32;
        let mut opened = false;
        let mut end = None;
        'scan: for (j, l) in lines.iter().enumerate().skip(i) {
            for c in l.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => {
                        depth -= 1;
                        if opened && depth == 0 {
                            end = Some(j);
                            break 'scan;
                        }
                    }
                    ';' if !opened => break 'scan,
                    _ => {}
                }
            }
        }
        if let Some(end) = end {
            out.push((source.file.display().to_string(), i + 1, fname, end - i + 1));
        }
    }
    out
}

#[test]
fn no_function_is_longer_than_a_reader_can_hold() {
    let mut all: Vec<_> = sources().iter().flat_map(functions).collect();
    all.sort_by_key(|f| std::cmp::Reverse(f.3));
    if let Some((file, line, name, len)) = all.first() {
        println!("longest function: {name} ({len} lines) at {file}:{line}");
    }
    let long: Vec<String> = all
        .iter()
        .filter(|f| f.3 > MAX_FUNCTION_LINES)
        .map(|(file, line, name, len)| format!("{name}: {len} lines at {file}:{line}"))
        .collect();
    assert!(
        long.is_empty(),
        "functions longer than {MAX_FUNCTION_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_checker_sees_imports_circles_and_lengths() {
    // A test that cannot fail is a defect: the readers above must find what they look for.
    let code = code_of(
        "use crate::plan::{field::PoolField, quantity::{self, parse_count as pc}};\n\
         // use crate::ui::Nope;\n\
         /* crate::ui::Nope { */\n\
         fn f() { let s = \"crate::ui::Nope {\n}\"; let r = r#\"{ crate::ui::Nope\"#; let c = '{'; crate::rules::network::usable_ips(); }\n\
         #[cfg(test)]\nmod tests {\n    use crate::ui::Nope;\n}\n",
    );
    let paths: Vec<String> = paths_from(&code, "crate")
        .iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(
        paths,
        [
            "crate::plan::field::PoolField",
            "crate::plan::quantity::self",
            "crate::plan::quantity::parse_count",
            "crate::rules::network::usable_ips"
        ]
    );
    let source = Source {
        module: vec!["x".into()],
        file: PathBuf::from("x.rs"),
        code: code_of(&format!(
            "fn long() {{\n{}}}\nfn short() {{}}\n",
            "    a();\n".repeat(90)
        )),
    };
    let f = functions(&source);
    assert_eq!((f[0].2.as_str(), f[0].3), ("long", 92));
    assert_eq!((f[1].2.as_str(), f[1].3), ("short", 1));
    assert_eq!(layer(&["ui".to_string()]), Some(5));
    assert!(layer(&["rules".to_string()]) < layer(&["plan".to_string()]));
}
