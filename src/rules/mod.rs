//! The AKS and Azure rules: what a node reserves, what each network model takes from a subnet or a
//! pod range, which ranges may be used, and the VM catalogue.
//!
//! Pure functions of numbers and ranges, each with its source in `aks-rules`. This layer uses
//! nothing of the crate above it: no plan, no text, no findings.

pub mod address;
pub mod catalogue;
pub mod egress;
pub mod layout;
pub mod limits;
pub mod naming;
pub mod network;
pub mod os;
pub mod outbound;
pub mod reserve;
pub mod subnet;
pub(crate) mod typed;
pub mod version;

/// The version of the rules (aks-rules) the figures follow; exports state it.
pub const RULES_VERSION: &str = "aks-rules 2026-12";
