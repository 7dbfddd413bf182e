//! The AKS capacity & IP calculator.
//!
//! The crate root is the calculation core: pure, deterministic, `no_std` + `alloc`.
//! The Yew page lives in [`ui`] behind the `ui` feature and only displays what the core returns.
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

pub mod address;
pub mod catalogue;
pub mod evaluate;
pub mod explain;
pub mod export;
pub mod finding;
pub mod plan;
pub mod quantity;
pub mod reserve;

pub use evaluate::{Report, evaluate};

/// The version of the rules (aks-rules) the figures follow; exports state it.
pub const RULES_VERSION: &str = "aks-rules 2026-11";
pub use plan::Plan;
pub mod fragment;
pub mod iac;
pub mod import;
pub mod jobs;
pub mod json;
pub mod network;

pub mod edit;
#[cfg(test)]
mod testing;
pub mod text;

#[cfg(feature = "ui")]
pub mod ui;
