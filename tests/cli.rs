//! The one integration-test binary: runs the real `wxsign` executable. One module per command.

mod cli {
    pub mod support;

    mod check_url;
    mod sign;
    mod verify;
}
