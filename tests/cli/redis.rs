//! Helper "redis": the production backend's Redis as a read-only ticket source, tested against a
//! real `redis-server` on 127.0.0.1 (started per test on a free port, nothing persisted).
//!
//! Without `redis-server` these tests print a notice and pass locally; under CI (any `CI` but
//! empty, `false` or `0`) they fail instead, so CI can never skip them (`.ci/run` installs the
//! Debian package `redis-server`).

#[path = "redis/commands.rs"]
pub mod commands;
#[path = "redis/reader.rs"]
mod reader;
#[path = "redis/server.rs"]
pub mod server;
#[path = "redis/tls.rs"]
mod tls;
