//! The Batch panel runs a small batch against the fake signing endpoint and shows the table.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::sync::Arc;
use wxsign::core::text::Lang;
use wxsign::core::verify::{TicketCandidate, TicketOrigin};
use wxsign::secret::Secret;

use wxsign::secrets::{MemoryStore, StoreHealth};
use wxsign::ui::batch_panel::{BatchAction, BatchCtx, BatchPanel, batch_panel_ui};
use wxsign::ui::batch_strings::batch_tr;
use wxsign::worker::{Command, Worker, WorkerOptions};

use crate::fake_endpoint::{self, APP_ID, SIGN_PATH, TICKET};

struct State {
    panel: BatchPanel,
    action: Option<BatchAction>,
    domains: Vec<String>,
    lang: Lang,
    /// The real background worker: the panel's runs go through it, as in the window.
    worker: Worker,
    /// The commands the panel asked the worker for, in order.
    sent: Vec<&'static str>,
    /// The worker's (empty) config dir, kept for the test's lifetime.
    _dir: tempfile::TempDir,
}

fn worker(dir: &tempfile::TempDir) -> Worker {
    Worker::spawn(
        || {},
        WorkerOptions {
            config_dir: Some(dir.path().to_path_buf()),
            store: Some((
                Arc::new(MemoryStore::default()),
                StoreHealth::MemoryByRequest,
            )),
            retry: None,
        },
    )
    .unwrap()
}

fn state(panel: BatchPanel, domains: Vec<String>) -> State {
    let dir = tempfile::tempdir().unwrap();
    State {
        panel,
        action: None,
        domains,
        lang: Lang::En,
        worker: worker(&dir),
        sent: Vec::new(),
        _dir: dir,
    }
}

fn harness(state: State) -> Harness<'static, State> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, st: &mut State| {
                // The window's one inbox, drained once per frame.
                for event in st.worker.drain() {
                    st.panel.apply(event, st.lang);
                }
                let cx = BatchCtx {
                    s: batch_tr(st.lang),
                    lang: st.lang,
                    app_id: Some(APP_ID),
                    safe_domains: &st.domains,
                    platform: wxsign::platform::Platform::OfficialAccount,
                    tickets: vec![TicketCandidate {
                        ticket: Secret::new(TICKET),
                        origin: TicketOrigin::Current,
                    }],
                    agent_tickets: Vec::new(),
                    saved_endpoint: None,
                    probe_browser: None,
                };
                match batch_panel_ui(ui, &mut st.panel, cx) {
                    Some(BatchAction::Send(command)) => {
                        st.sent.push(match &command {
                            Command::RunBatch { .. } => "run",
                            Command::CancelBatch { .. } => "cancel",
                            _ => "other",
                        });
                        assert!(st.worker.send(command), "the worker takes it");
                    }
                    Some(a) => st.action = Some(a),
                    None => {}
                }
            },
            state,
        )
}

fn step_until(h: &mut Harness<'static, State>, what: &str, done: impl Fn(&State) -> bool) {
    for _ in 0..500 {
        h.step();
        if done(h.state()) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("gave up waiting for {what}");
}

#[test]
fn runs_a_batch_and_opens_a_row_in_verify() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(fake_endpoint::start());
    let mut panel = BatchPanel::default();
    panel.endpoint_url = format!("{}{SIGN_PATH}", server.uri());
    panel.pages_text = "https://m.example.com/good/home\n\
                        https://m.example.com/fragment/list#/detail/7\n\
                        https://m.example.com/http500/x\n"
        .to_owned();
    let mut h = harness(state(panel, vec!["example.com".into()]));
    h.run();
    h.get_by_label("Run batch").click();
    step_until(&mut h, "the batch to finish", |st| {
        st.panel.summary.is_some()
    });
    // The run went through the worker: one command, and the panel has no thread of its own.
    assert_eq!(h.state().sent, ["run"]);
    assert!(!h.state().panel.is_running());

    // Progress and counts, then one row per page.
    h.get_by_label_contains("3/3 · pass 1 · fail 1 · error 1");
    h.get_by_label_contains("Not all pages passed");
    h.get_by_label("https://m.example.com/good/home");
    h.get_by_label("https://m.example.com/fragment/list#/detail/7");
    h.get_by_label("fragment");
    h.get_by_label("endpoint_http_error");

    // The filter hides passing pages.
    // The first "fail" is the filter; the status cells come after it.
    h.query_all_by_label("fail").next().expect("filter").click();
    h.run();
    assert!(
        h.query_by_label("https://m.example.com/good/home")
            .is_none()
    );
    h.get_by_label("https://m.example.com/fragment/list#/detail/7")
        .click();
    h.run();
    let Some(BatchAction::OpenInVerify(req)) = h.state_mut().action.take() else {
        panic!("no action");
    };
    assert_eq!(req.url, "https://m.example.com/fragment/list#/detail/7");
    let reply: serde_json::Value = serde_json::from_str(&req.server_output).unwrap();
    assert_eq!(reply["appId"], APP_ID);
    assert_eq!(reply["signature"].as_str().map(str::len), Some(40));
    // The ticket is never drawn (in a label or in a field's value).
    assert_eq!(
        crate::support::nodes_showing(&h, TICKET),
        Vec::<String>::new()
    );
}

/// Cancel asks the worker to stop the run; the slow page in flight and the rest are kept as
/// not run, and the panel says the run was cancelled.
#[test]
fn cancel_stops_the_run_in_the_worker() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(fake_endpoint::start());
    let mut panel = BatchPanel::default();
    panel.endpoint_url = format!("{}{SIGN_PATH}", server.uri());
    panel.concurrency = 1;
    panel.pages_text = "https://m.example.com/slow/a\nhttps://m.example.com/good/b\n".to_owned();
    let mut h = harness(state(panel, Vec::new()));
    h.run();
    h.get_by_label("Run batch").click();
    h.run();
    assert!(h.state().panel.is_running());
    h.get_by_label("Cancel").click();
    step_until(&mut h, "the cancelled batch", |st| {
        st.panel.summary.is_some()
    });
    assert_eq!(h.state().sent, ["run", "cancel"]);
    let summary = h.state().panel.summary.clone().expect("summary");
    assert!(summary.cancelled);
    assert_eq!(summary.not_run, 2);
    h.get_by_label_contains("Cancelled; finished pages are kept");
}

#[test]
fn input_errors_are_shown_and_nothing_runs() {
    let mut panel = BatchPanel::default();
    panel.pages_text = "https://m.example.com/a\n".into();
    let mut h = harness(state(panel, Vec::new()));
    h.run();
    h.get_by_label("Run batch").click();
    h.run();
    h.get_by_label("Enter the signing endpoint's http(s) URL.");
    assert!(!h.state().panel.is_running());
    assert!(h.state().sent.is_empty(), "nothing went to the worker");
}

#[test]
fn in_the_app_a_row_opens_in_the_verify_panel() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(fake_endpoint::start());
    let mut app = crate::probe::app_with_worker();
    let h = &mut app.harness;
    // The ticket pasted in the Sign panel is the batch's current ticket.
    h.state_mut().sign.ticket = TICKET.into();
    h.state_mut().batch.endpoint_url = format!("{}{SIGN_PATH}", server.uri());
    h.state_mut().batch.pages_text = "https://m.example.com/good/a\n\
                                      https://m.example.com/fragment/list#/detail/7\n"
        .to_owned();
    h.run();
    h.get_by_label("Batch").click();
    h.run();
    h.get_by_label("Run batch").click();
    crate::support::step_until(h, "the batch", |h| h.state().batch.summary.is_some());
    h.get_by_label_contains("2/2 · pass 1 · fail 1 · error 0");
    h.get_by_label("https://m.example.com/fragment/list#/detail/7")
        .click();
    h.run();
    assert_eq!(h.state().state.panel, wxsign::gui_settings::Panel::Verify);
    assert_eq!(
        h.state().verify.url,
        "https://m.example.com/fragment/list#/detail/7"
    );
    h.get_by_label("MISMATCH");
    h.get_by_label_contains("signed the URL with its #fragment");
}

#[test]
fn the_batch_panel_speaks_chinese() {
    let mut app = crate::support::app_with(|d| d.start.lang = Some(Lang::Zh));
    let h = &mut app.harness;
    h.run();
    h.get_by_label("批量").click();
    h.run();
    h.get_by_label("QA 批量检查");
    h.get_by_label("暂无结果：粘贴页面、填写签名接口后开始。");
    h.state_mut().batch.pages_text = "https://m.example.com/a\n".into();
    h.run();
    h.get_by_label("开始批量检查").click();
    h.run();
    h.get_by_label("请输入签名接口的 http(s) 地址。");
}

#[test]
fn a_saved_endpoint_fills_an_empty_form_only() {
    use wxsign::batch::{EndpointSpec, HttpMethod, UrlEncoding, UrlParam};
    use wxsign::ui::batch_panel::ParamKind;
    let spec = EndpointSpec {
        url: "https://api.example.com/wx/sign".into(),
        method: HttpMethod::Post,
        url_param: UrlParam::Form("page".into()),
        url_encoding: UrlEncoding::Component,
        header_names: vec!["Cookie".into()],
        ..EndpointSpec::default()
    };
    let mut panel = BatchPanel::default();
    panel.prefill(&spec);
    assert_eq!(panel.endpoint_url, spec.url);
    assert_eq!(panel.param_kind, ParamKind::Form);
    assert_eq!(panel.param_name, "page");
    assert_eq!(panel.encoding, UrlEncoding::Component);
    assert_eq!(panel.header_name, "Cookie");
    assert!(
        panel.header_value.is_empty(),
        "the value stays in the keyring"
    );
    panel.endpoint_url = "https://typed.example.com/".into();
    panel.prefill(&spec);
    assert_eq!(panel.endpoint_url, "https://typed.example.com/");
}

#[test]
fn batch_endpoint_calls_appear_in_the_log_panel() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(fake_endpoint::start());
    let mut app = crate::probe::app_with_worker();
    let h = &mut app.harness;
    h.state_mut().sign.ticket = TICKET.into();
    // A token in the endpoint's query must not reach the log.
    h.state_mut().batch.endpoint_url = format!("{}{SIGN_PATH}?token=qa-secret-9", server.uri());
    h.state_mut().batch.pages_text = "https://m.example.com/good/a\n\
                                      https://m.example.com/http500/b\n"
        .to_owned();
    h.run();
    h.get_by_label("Batch").click();
    h.run();
    h.get_by_label("Run batch").click();
    crate::support::step_until(h, "the batch", |h| h.state().batch.summary.is_some());
    h.run();
    let endpoint = format!("POST {}{SIGN_PATH}", server.uri());
    let mut rows = h.state().log.rows.clone();
    rows.sort_by(|a, b| a.message.cmp(&b.message));
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|r| r.endpoint == endpoint), "{rows:?}");
    assert_eq!(rows[0].status, Some(200));
    assert_eq!(
        rows[0].message,
        "batch #1 https://m.example.com/good/a: pass"
    );
    assert_eq!(rows[1].status, Some(500));
    assert!(
        rows[1]
            .message
            .starts_with("batch #2 https://m.example.com/http500/b: endpoint_http_error"),
        "{}",
        rows[1].message
    );
    assert!(rows.iter().all(|r| !r.to_line().contains("qa-secret-9")));
    // And the Log panel shows them.
    h.get_by_label("Log").click();
    h.run();
    h.get_by_label("batch #1 https://m.example.com/good/a: pass");
}
