//! The one integration-test binary: each module drives the `wxsign` binary (and the library)
//! against local mock servers; nothing reaches the internet. Modules live under `tests/cli/`.

mod cli {
    pub mod support;

    mod architecture;
    mod batch;
    mod card;
    mod catalogue;
    mod check_url;
    mod client;
    mod dingtalk;
    mod docs;
    mod doctor;
    pub mod fake_endpoint;
    mod feishu;
    mod line_ends;
    pub mod mock_wechat;
    pub mod mock_wecom;
    mod newuser;
    mod package;
    mod pasted;
    // Abstract unix sockets (`@webview_devtools_remote_<pid>`) exist on Linux only: under Wine
    // on Windows these tests are not built (the fixture replay below runs everywhere).
    #[cfg(target_os = "linux")]
    mod phone;
    mod phone_fixtures;
    // The proxy's tests drive a Linux Chromium through the proxy and stop wxsign with a unix
    // signal to its process group: not built for Windows (listed in wine-skip.txt).
    #[cfg(unix)]
    mod phone_proxy;
    mod platforms;
    mod probe;
    mod real_auth;
    mod redis;
    mod sign;
    mod sources;
    mod verify;
    mod verify_lang;
    mod wecom;
    #[cfg(windows)]
    mod windows;
}
