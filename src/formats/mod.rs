//! What carries a plan in and out of the page: the link fragment, the JSON export and the
//! imports, Markdown and CSV for documents, Azure CLI / Terraform / Bicep, and the protocol of the
//! worker that runs exports and imports off the page's thread.
//!
//! Uses [`crate::evaluate`] for the figures and [`crate::text`] for the words; nothing below
//! uses a format.

pub mod aks_error;
mod created;
pub mod csv;
pub mod egress;
pub mod export;
pub mod firewall;
pub mod fragment;
pub mod iac;
pub mod import;
pub mod jobs;
pub mod json;
pub mod markdown;
