//! The AKS capacity & IP calculator.
//!
//! The crate root is the calculation core: pure, deterministic, `no_std` + `alloc`.
//! The Yew page lives in [`ui`] behind the `ui` feature and only displays what the core returns.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(unsafe_code)]

extern crate alloc;

pub mod catalogue;
pub mod quantity;
pub mod reserve;
pub mod plan;
pub mod finding;
pub mod evaluate;

pub use evaluate::{Report, evaluate};
pub use plan::Plan;
pub mod fragment;

#[cfg(test)]
mod testing;
pub mod edit;
