//! Build step (Trunk's post_build hook, natively): writes the first module's page for the default
//! plan, in English and Japanese, into the staged `index.html`, so a first visit shows figures
//! before the WebAssembly starts (see `ui::prerender`).
//!
//! Usage: `aks-calc-prerender [index.html]` (default: `$TRUNK_STAGING_DIR/index.html`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let path = match std::env::args().nth(1) {
        Some(p) => std::path::PathBuf::from(p),
        None => match std::env::var_os("TRUNK_STAGING_DIR") {
            Some(dir) => std::path::Path::new(&dir).join("index.html"),
            None => {
                eprintln!("aks-calc-prerender: give index.html or set TRUNK_STAGING_DIR");
                return ExitCode::from(2);
            }
        },
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("aks-calc-prerender: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let Some(copies) = aks_calc::ui::prerender::copies() else {
        eprintln!("aks-calc-prerender: the page did not finish rendering (a component suspends?)");
        return ExitCode::FAILURE;
    };
    let Some(out) = aks_calc::ui::prerender::insert(&page, &copies) else {
        eprintln!("aks-calc-prerender: {}: no <body> to fill", path.display());
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("aks-calc-prerender: {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    println!(
        "aks-calc-prerender: {} bytes of prerendered page in {}",
        copies.len(),
        path.display()
    );
    ExitCode::SUCCESS
}
