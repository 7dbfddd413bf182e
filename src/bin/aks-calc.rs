//! Mounts the calculator page; everything else is in the library.

fn main() {
    aks_calc::ui::start();
}
