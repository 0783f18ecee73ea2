//! Helper "client": profiles, secrets, the WeChat client, the cache and the worker.

#[path = "client/commands.rs"]
mod commands;
#[path = "client/keyring.rs"]
mod keyring;
#[path = "client/library.rs"]
mod library;
#[path = "client/worker.rs"]
mod worker;
