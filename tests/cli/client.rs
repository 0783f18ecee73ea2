//! Helper "client": profiles, secrets, the WeChat client, the cache and the worker.

mod commands;
mod failures;
mod flows;
mod keyring;
mod library;
mod worker;
