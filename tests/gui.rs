//! GUI tests: drive the real app by its labels, like a person would (egui_kittest, no display).

#[path = "gui/support.rs"]
mod support;

#[path = "gui/card.rs"]
mod card;
#[path = "gui/check_url.rs"]
mod check_url;
/// The probe tests' fixture site (tests/cli/probe/: pages, the jweixin stand-in, the signing
/// endpoint), shared with the CLI tests as is; `cli::support` and `server` are the names its
/// files use.
#[path = "cli/support.rs"]
mod cli_support;
#[allow(dead_code)]
#[path = "cli/probe/pages.rs"]
mod probe_pages;
#[path = "cli/probe/sdk_pages.rs"]
mod probe_sdk_pages;
#[allow(dead_code, clippy::type_complexity)]
#[path = "cli/probe/server.rs"]
mod probe_server;
use probe_server as server;
/// The simulated phone of the CLI tests (tests/cli/phone/: the mock adb server, the relayed
/// web-view sockets, the pages and their fake WeChat client).
#[allow(dead_code, clippy::type_complexity)]
#[cfg(target_os = "linux")]
#[path = "cli/phone/pages.rs"]
mod phone_pages;
#[cfg(target_os = "linux")]
#[allow(dead_code)]
#[path = "cli/phone/rig.rs"]
mod phone_rig;
mod cli {
    pub(crate) use crate::cli_support as support;
    #[cfg(target_os = "linux")]
    pub mod phone {
        pub(crate) use crate::{phone_pages as pages, phone_rig as rig};
    }
    pub mod probe {
        pub(crate) use crate::{
            probe_pages as pages, probe_sdk_pages as sdk_pages, probe_server as server,
        };
        /// Browsers are heavy on two cores: one real-browser test at a time.
        pub static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    }
}
#[path = "gui/doctor.rs"]
mod doctor;
#[path = "cli/fake_endpoint.rs"]
mod fake_endpoint;
#[path = "gui/fetch.rs"]
mod fetch;
#[path = "gui/language.rs"]
mod language;
#[path = "gui/pasted.rs"]
mod pasted;
#[cfg(target_os = "linux")]
#[path = "gui/phone.rs"]
mod phone;
#[path = "gui/platforms.rs"]
mod platforms;
#[path = "gui/probe.rs"]
mod probe;
#[path = "gui/profiles.rs"]
mod profiles;
#[path = "gui/real_auth.rs"]
mod real_auth;
#[path = "gui/redis.rs"]
mod redis;
#[path = "cli/redis/server.rs"]
mod redis_server;
#[path = "gui/sign.rs"]
mod sign;
#[path = "gui/verify.rs"]
mod verify;
#[path = "gui/wecom.rs"]
mod wecom;
#[path = "gui/wecom_apps.rs"]
mod wecom_apps;
#[path = "gui/wecom_batch.rs"]
mod wecom_batch;

#[path = "gui/batch.rs"]
mod batch;
#[path = "gui/probe_batch.rs"]
mod probe_batch;
