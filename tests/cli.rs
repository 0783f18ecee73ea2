//! The one integration-test binary: each module drives the `wxsign` binary (and the library)
//! against local mock servers; nothing reaches the internet. Modules live under `tests/cli/`.

#[path = "cli/client.rs"]
mod client;
#[path = "cli/mock_wechat.rs"]
mod mock_wechat;
