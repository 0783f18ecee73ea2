//! The one integration-test binary: runs the real `wxsign` executable. One module per command.

mod cli {
    mod batch;
    mod fake_endpoint;
}
