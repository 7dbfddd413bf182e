//! The page: a thin Yew view over the calculation core.
//!
//! Data flows one way: URL fragment → [`state::State`] (the plan and its report) → components.
//! Components turn user input into [`crate::plan::edit::Edit`]s; they never compute figures.

mod app;
mod bridge;
mod browser;
mod cluster_form;
mod design_view;
mod explain_error;
mod field;
mod figures;
mod findings;
mod jobs;
mod network_view;
mod outbound;
mod panels;
mod part;
mod pool_card;
mod pool_inputs;
mod pool_settings;
pub mod prerender;
mod share;
mod state;
mod summary;
mod url;
mod verdict;
mod vm_picker;

/// Mounts the app (the first module) in its root, hidden until its first render replaces the
/// prerendered copy of the page (see `prerender`, `browser::take_over`).
pub fn start() {
    yew::Renderer::<app::App>::with_root(browser::app_root()).render();
}

/// Mounts the panels in the host the app leaves for them (the second module, see `bridge`).
pub fn start_panels() {
    panels::start();
}
