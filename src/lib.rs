//! wxsign: a debugger for WeChat Official Account JS-SDK signatures.
//!
//! `core` is pure (no I/O); `cli` and `ui` are the two faces over it. See ARCHITECTURE.md.

pub mod batch;
pub mod cli;
pub mod core;
pub mod secret;
pub mod ui;
