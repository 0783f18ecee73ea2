//! The one integration-test binary: each command's tests live in a module under `tests/cli/`.

mod batch;
mod fake_endpoint;
