//! Builds the real app in a harness with a temp config dir, the bundled CJK font and a fixed clock.

use egui_kittest::Harness;
use wxsign::ui::{Deps, WxsignApp};

/// 2014-10-29, the day of the official example, so "now" is stable in every test.
pub const NOW: u64 = 1_414_587_457;

pub struct App {
    pub harness: Harness<'static, WxsignApp>,
    /// Kept alive for the harness's lifetime.
    pub _dir: tempfile::TempDir,
}

pub fn app() -> App {
    app_with(|_| {})
}

/// An app whose dependencies the caller may adjust first.
pub fn app_with(adjust: impl FnOnce(&mut Deps)) -> App {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut deps = Deps::for_test(dir.path().to_path_buf(), NOW);
    adjust(&mut deps);
    let harness = Harness::builder()
        .with_size(eframe::egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| WxsignApp::new(&cc.egui_ctx, deps));
    App { harness, _dir: dir }
}

/// A mock WeChat server on 127.0.0.1, a profile pointing at it and its appSecret in a memory
/// store: the app runs its real worker against it.
pub struct Online {
    pub app: App,
    /// The mock server and the runtime that serves it, kept alive for the test.
    pub server: wiremock::MockServer,
    pub rt: tokio::runtime::Runtime,
}

pub const APP_ID: &str = "wx0123456789abcdef";

pub fn online(mount: impl FnOnce(&wiremock::MockServer, &tokio::runtime::Runtime)) -> Online {
    use std::sync::Arc;
    use wxsign::secrets::{MemoryStore, SECRET_SERVICE, SecretStore as _, StoreHealth};

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let server = rt.block_on(wiremock::MockServer::start());
    mount(&server, &rt);
    let store = MemoryStore::default();
    store
        .set(
            SECRET_SERVICE,
            APP_ID,
            &wxsign::secret::Secret::new("test-app-secret"),
        )
        .expect("store secret");
    let uri = server.uri();
    let app = app_with(move |deps| {
        let dir = deps.config_dir.clone().expect("config dir");
        let mut profile = wxsign::profile::Profile::new("demo", APP_ID);
        profile.kind = wxsign::profile::AccountKind::TestAccount;
        profile.api_base = uri;
        wxsign::profile::ProfileStore::new(&dir)
            .add(profile)
            .expect("profile");
        deps.worker = Some(wxsign::worker::WorkerOptions {
            config_dir: Some(dir),
            store: Some((Arc::new(store), StoreHealth::MemoryByRequest)),
            retry: None,
        });
    });
    Online { app, server, rt }
}

/// Steps the app until `done` holds; the worker answers from another thread, so this polls a
/// bounded number of times instead of asserting on any duration.
pub fn step_until(
    h: &mut Harness<'static, WxsignApp>,
    what: &str,
    done: impl Fn(&Harness<'static, WxsignApp>) -> bool,
) {
    for _ in 0..400 {
        h.step();
        if done(h) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("gave up waiting for {what}");
}

/// What the text field labelled `label` holds, as AccessKit reports it (a password field
/// reports one mask character per character).
pub fn field_value(h: &Harness<'static, WxsignApp>, label: &str) -> String {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    h.get_by_label(label)
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

/// The roles of the nodes that show `secret` in their value or label (a text field's content
/// is its value, not its label: a search by label alone misses a plain field).
pub fn nodes_showing<State>(h: &Harness<'_, State>, secret: &str) -> Vec<String> {
    use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
    h.query_all(by().predicate(|n| {
        n.value().is_some_and(|v| v.contains(secret))
            || n.label().is_some_and(|l| l.contains(secret))
    }))
    .map(|n| format!("{:?}", n.accesskit_node().role()))
    .collect()
}

/// Checks that `secret`, just typed into the field labelled `label`, stays hidden: the field is
/// a password field (AccessKit's `PasswordInput`, what `TextEdit::password(true)` reports) that
/// holds one mask character per character typed, and no node of the window shows the secret.
pub fn assert_secret_hidden(h: &Harness<'static, WxsignApp>, label: &str, secret: &str) {
    use eframe::egui::accesskit::Role;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    let role = h.get_by_label(label).accesskit_node().role();
    assert_eq!(
        role,
        Role::PasswordInput,
        "{label:?} is not a password field"
    );
    let value = field_value(h, label);
    assert_eq!(
        value.chars().count(),
        secret.chars().count(),
        "{label:?} does not hold what was typed (it shows {value:?})"
    );
    assert!(!value.contains(secret), "{label:?} shows the secret");
    let shown = nodes_showing(h, secret);
    assert!(shown.is_empty(), "the secret is on screen in {shown:?}");
}

/// What the copy buttons put on the clipboard in the last frame.
pub fn copied(h: &Harness<'static, WxsignApp>) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            eframe::egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

/// The app on the mock WeChat with its first profile loaded and the editor of a new profile
/// open, as a user starts adding one.
pub fn new_profile_editor() -> Online {
    use egui_kittest::kittest::Queryable as _;
    let mut on = online(|_, _| {});
    let h = &mut on.app.harness;
    step_until(h, "the first profile", |h| {
        h.state().active_profile().is_some()
    });
    h.get_by_label("Add profile").click();
    h.run();
    on
}

/// Clicks the text field labelled `label` and types `text` into it.
pub fn type_into(h: &mut Harness<'static, WxsignApp>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable as _;
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}
