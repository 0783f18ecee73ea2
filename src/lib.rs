//! wxsign: a debugger for WeChat Official Account JS-SDK signatures.
//!
//! `core` is pure (no I/O); `cli` and `ui` are the two faces over it. See ARCHITECTURE.md.

pub mod batch;
pub mod cache;
pub mod cli;
pub mod core;
pub mod doctor;
pub mod gui_settings;
pub mod i18n;
pub mod pasted_source;
pub mod phone;
pub mod platform;
pub mod probe;
pub mod profile;
pub mod redis_source;
pub mod secret;
pub mod secrets;
pub mod system_font;
pub mod tickets;
pub mod ui;
pub mod wechat;
pub mod worker;
