//! The AKS capacity & IP calculator.
//!
//! The library is layered; each layer uses only the ones below it (see `ARCHITECTURE.md`):
//!
//! | layer | what it holds |
//! |---|---|
//! | [`ui`] | the Yew page (feature `ui`) |
//! | [`formats`] | what carries a plan in and out: link fragment, JSON, Markdown, CSV, az/Terraform/Bicep, imports, the worker protocol |
//! | [`text`] | every word, in English and Japanese |
//! | [`evaluate`] | plan → report: figures and findings |
//! | [`plan`] | the plan, its fields, edits, and reading what people type |
//! | [`rules`] | AKS and Azure rules and the VM catalogue: pure functions of numbers and ranges |
//!
//! Everything but [`ui`] is `no_std` + `alloc`, pure and deterministic.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(unsafe_code)]
// Input from users and links must never crash the page: no panicking shortcuts outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

extern crate alloc;

pub mod evaluate;
pub mod formats;
pub mod plan;
pub mod rules;
pub mod text;
#[cfg(feature = "ui")]
pub mod ui;

pub use evaluate::{Report, evaluate};
pub use plan::Plan;
pub use rules::RULES_VERSION;
