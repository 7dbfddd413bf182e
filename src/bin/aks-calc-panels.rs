//! The page's second module: mounts the panels (see `ui::bridge`); everything else is in the
//! library.

fn main() {
    aks_calc::ui::start_panels();
}
