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
mod pool_card;
mod pool_inputs;
mod pool_settings;
mod share;
mod state;
mod summary;
mod url;
mod verdict;
mod vm_picker;

/// Mounts the app on the page's `<body>` (the first module).
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}

/// Mounts the panels in the host the app leaves for them (the second module, see `bridge`).
pub fn start_panels() {
    panels::start();
}
