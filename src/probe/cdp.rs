//! Every DevTools Protocol call of wxsign, and the only code that knows `chromiumoxide`: replace
//! this file to change the driver. The rest of the probe sees [`Driver`], [`Tab`] and
//! [`PageEvent`].
//!
//! The traps of PROBE.md §9 are handled here: the handler stream is polled for the browser's
//! whole life and never stops on one bad message; HTTPS errors are not ignored; paused requests
//! are answered in their own task, started before the page navigates; every wait has a deadline.

use crate::core::text::{Arg, Lang, Msg, msg};
use crate::i18n::Render;
use std::sync::Arc;
use std::time::Duration;

use chromiumoxide::Browser;
use chromiumoxide::Page;
use chromiumoxide::cdp::browser_protocol::browser::BrowserContextId;
use chromiumoxide::cdp::browser_protocol::emulation::{
    SetDeviceMetricsOverrideParams, SetTouchEmulationEnabledParams, SetUserAgentOverrideParams,
};
use chromiumoxide::cdp::browser_protocol::fetch::{
    self, ContinueRequestParams, EventRequestPaused, FailRequestParams, RequestPattern,
    RequestStage,
};
use chromiumoxide::cdp::browser_protocol::inspector::{self, EventTargetCrashed};
use chromiumoxide::cdp::browser_protocol::network::{
    self, ErrorReason, EventLoadingFailed, EventLoadingFinished, EventRequestWillBeSent,
    EventResponseReceived, Headers, ResourceType, SetExtraHttpHeadersParams,
};
use chromiumoxide::cdp::browser_protocol::page::{
    AddScriptToEvaluateOnNewDocumentParams, EventJavascriptDialogOpening,
    HandleJavaScriptDialogParams, NavigateParams,
};
use chromiumoxide::cdp::browser_protocol::target::{
    CloseTargetParams, CreateBrowserContextParams, CreateTargetParams,
};
use chromiumoxide::cdp::js_protocol::runtime::{
    AddBindingParams, EvaluateParams, EventBindingCalled, EventExceptionThrown, ExecutionContextId,
};
use chromiumoxide::handler::HandlerConfig;
use futures::StreamExt;
use futures::stream::BoxStream;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// How long one DevTools command may take before the probe gives up on it.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(10);

/// A DevTools failure: the step and the driver's words (its error types stay in this file).
#[derive(Debug, thiserror::Error)]
pub struct CdpError(pub Arg);

/// The English sentence, for error chains and the messages that quote it.
impl std::fmt::Display for CdpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Arg::Msg(m) => f.write_str(&m.get(Lang::En)),
            Arg::Str(s) => f.write_str(s),
            Arg::Int(n) => write!(f, "{n}"),
        }
    }
}

fn err(e: impl std::fmt::Display) -> CdpError {
    CdpError(e.to_string().into())
}

async fn within<T, E: std::fmt::Display>(
    what: Msg,
    fut: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, CdpError> {
    match tokio::time::timeout(COMMAND_TIMEOUT, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(CdpError(
            msg!("probe-cdp-failed", step = what, error = e.to_string()).into(),
        )),
        Err(_) => Err(CdpError(
            msg!(
                "probe-cdp-no-answer",
                step = what,
                seconds = COMMAND_TIMEOUT.as_secs()
            )
            .into(),
        )),
    }
}

/// A connection to a running browser.
pub struct Driver {
    browser: Browser,
    handler: JoinHandle<()>,
}

/// What a page is set up with before it navigates.
pub struct PageSetup {
    /// The binding the injected script reports through.
    pub binding: String,
    /// Evaluated in every new document before any page script.
    pub script: String,
    pub user_agent: String,
    pub accept_language: String,
    pub platform: String,
    pub width: u32,
    pub height: u32,
    pub device_scale_factor: f64,
    pub headers: Vec<(String, String)>,
    /// URL patterns whose requests pause for [`PageSetup::block`].
    pub patterns: Vec<String>,
    /// Whether a paused request is blocked (else it continues untouched).
    pub block: fn(&str) -> bool,
}

/// Something that happened in a page.
#[derive(Clone, Debug, PartialEq)]
pub enum PageEvent {
    Binding {
        payload: String,
        context: i64,
    },
    Exception {
        message: String,
        url: Option<String>,
        line: Option<u32>,
    },
    /// A dialog reached the browser (the injected functions were bypassed); it was accepted.
    Dialog {
        kind: String,
        message: String,
    },
    Request {
        id: String,
        url: String,
        method: String,
        resource_type: String,
        main_document: bool,
    },
    Response {
        id: String,
        status: u16,
    },
    Finished {
        id: String,
    },
    Failed {
        id: String,
        error: String,
    },
    /// A request matched the patterns; `blocked` tells what was done with it.
    Paused {
        url: String,
        resource_type: String,
        blocked: bool,
    },
    Crashed,
}

/// One page in its own browser context.
pub struct Tab {
    page: Page,
    context: Option<BrowserContextId>,
    tasks: Vec<JoinHandle<()>>,
}

impl Driver {
    /// Connects to the browser's DevTools WebSocket and starts polling its handler.
    pub async fn connect(ws_url: &str) -> Result<Driver, CdpError> {
        let config = HandlerConfig {
            // WeChat does not accept a bad certificate, so neither does the probe.
            ignore_https_errors: false,
            ignore_invalid_messages: true,
            viewport: None,
            request_timeout: COMMAND_TIMEOUT,
            ..HandlerConfig::default()
        };
        let (browser, mut handler) = within(
            msg!("probe-cdp-connecting-to-the-browser"),
            Browser::connect_with_config(ws_url, config),
        )
        .await?;
        // Polled for the browser's whole life: a message the driver cannot parse is skipped
        // (it yields an error), never the end of the loop; only a closed connection ends it.
        let handler = tokio::spawn(async move {
            while let Some(event) = handler.next().await {
                if event.is_err() {
                    tokio::task::yield_now().await;
                }
            }
        });
        Ok(Driver { browser, handler })
    }

    /// `Chromium 148.0.7778.167` or similar.
    pub async fn version(&self) -> Result<String, CdpError> {
        let v = within(
            msg!("probe-cdp-reading-the-browser-version"),
            self.browser.version(),
        )
        .await?;
        Ok(v.product.replace('/', " "))
    }

    /// Opens a blank page in a fresh browser context (its own cookies and cache), sets it up,
    /// and returns it with its events. Nothing has navigated yet.
    pub async fn open(
        &self,
        setup: PageSetup,
    ) -> Result<(Tab, mpsc::UnboundedReceiver<PageEvent>), CdpError> {
        let context = within(
            msg!("probe-cdp-creating-a-browser-context"),
            self.browser
                .create_browser_context(CreateBrowserContextParams::default()),
        )
        .await?;
        let target = CreateTargetParams::builder()
            .url("about:blank")
            .browser_context_id(context.clone())
            .build()
            .map_err(err)?;
        let page = match within(
            msg!("probe-cdp-opening-a-page"),
            self.browser.new_page(target),
        )
        .await
        {
            Ok(p) => p,
            Err(e) => {
                let _ = within(
                    msg!("probe-cdp-closing-a-browser-context"),
                    self.browser.dispose_browser_context(context),
                )
                .await;
                return Err(e);
            }
        };
        let mut tab = Tab {
            page,
            context: Some(context),
            tasks: Vec::new(),
        };
        match tab.setup(setup).await {
            Ok(rx) => Ok((tab, rx)),
            Err(e) => {
                self.close_tab(tab).await;
                Err(e)
            }
        }
    }

    /// Closes a page and disposes of its context; bounded, so a hung renderer cannot hold it.
    pub async fn close_tab(&self, mut tab: Tab) {
        for t in tab.tasks.drain(..) {
            t.abort();
        }
        let target = tab.page.target_id().clone();
        let _ = within(
            msg!("probe-cdp-closing-the-page"),
            self.browser.execute(CloseTargetParams::new(target)),
        )
        .await;
        if let Some(context) = tab.context.take() {
            let _ = within(
                msg!("probe-cdp-closing-a-browser-context"),
                self.browser.dispose_browser_context(context),
            )
            .await;
        }
    }

    /// Asks the browser to exit (the process owner waits for it and kills what is left).
    pub async fn close(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.browser.close()).await;
        self.handler.abort();
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        self.handler.abort();
    }
}

fn kind_of(t: &ResourceType) -> String {
    t.as_ref().to_owned()
}

impl Tab {
    async fn setup(
        &mut self,
        setup: PageSetup,
    ) -> Result<mpsc::UnboundedReceiver<PageEvent>, CdpError> {
        let page = &self.page;
        // Listeners first, so nothing that follows is missed.
        let main_frame = page.target_id().inner().clone();
        let streams: Vec<BoxStream<'static, PageEvent>> = vec![
            page.event_listener::<EventBindingCalled>()
                .await
                .map_err(err)?
                .filter_map({
                    let name = setup.binding.clone();
                    move |e: Arc<EventBindingCalled>| {
                        let ours = e.name == name;
                        async move {
                            ours.then(|| PageEvent::Binding {
                                payload: e.payload.clone(),
                                context: *e.execution_context_id.inner(),
                            })
                        }
                    }
                })
                .boxed(),
            page.event_listener::<EventExceptionThrown>()
                .await
                .map_err(err)?
                .map(|e: Arc<EventExceptionThrown>| {
                    let d = &e.exception_details;
                    let message = d
                        .exception
                        .as_ref()
                        .and_then(|x| x.description.clone())
                        .unwrap_or_else(|| d.text.clone());
                    PageEvent::Exception {
                        message: message.lines().next().unwrap_or_default().to_owned(),
                        url: d.url.clone(),
                        line: u32::try_from(d.line_number + 1).ok(),
                    }
                })
                .boxed(),
            page.event_listener::<EventRequestWillBeSent>()
                .await
                .map_err(err)?
                .map(move |e: Arc<EventRequestWillBeSent>| {
                    let kind = e.r#type.as_ref().map(kind_of).unwrap_or_default();
                    let main_document = kind == "Document"
                        && e.frame_id
                            .as_ref()
                            .is_some_and(|f| *f.inner() == main_frame);
                    let mut url = e.request.url.clone();
                    if let Some(frag) = &e.request.url_fragment {
                        url.push_str(frag);
                    }
                    PageEvent::Request {
                        id: e.request_id.inner().clone(),
                        url,
                        method: e.request.method.clone(),
                        resource_type: kind,
                        main_document,
                    }
                })
                .boxed(),
            page.event_listener::<EventResponseReceived>()
                .await
                .map_err(err)?
                .map(|e: Arc<EventResponseReceived>| PageEvent::Response {
                    id: e.request_id.inner().clone(),
                    status: u16::try_from(e.response.status).unwrap_or(0),
                })
                .boxed(),
            page.event_listener::<EventLoadingFinished>()
                .await
                .map_err(err)?
                .map(|e: Arc<EventLoadingFinished>| PageEvent::Finished {
                    id: e.request_id.inner().clone(),
                })
                .boxed(),
            page.event_listener::<EventLoadingFailed>()
                .await
                .map_err(err)?
                .map(|e: Arc<EventLoadingFailed>| PageEvent::Failed {
                    id: e.request_id.inner().clone(),
                    error: e.error_text.clone(),
                })
                .boxed(),
            page.event_listener::<EventTargetCrashed>()
                .await
                .map_err(err)?
                .map(|_| PageEvent::Crashed)
                .boxed(),
        ];
        let (tx, rx) = mpsc::unbounded_channel();
        let forward = tx.clone();
        self.tasks.push(tokio::spawn(async move {
            let mut all = futures::stream::select_all(streams);
            while let Some(ev) = all.next().await {
                if forward.send(ev).is_err() {
                    break;
                }
            }
        }));

        // Dialogs the injected functions missed: accepted at once, in their own task.
        let mut dialogs = page
            .event_listener::<EventJavascriptDialogOpening>()
            .await
            .map_err(err)?;
        let dialog_page = page.clone();
        let dialog_tx = tx.clone();
        self.tasks.push(tokio::spawn(async move {
            while let Some(d) = dialogs.next().await {
                let _ = dialog_tx.send(PageEvent::Dialog {
                    kind: d.r#type.as_ref().to_owned(),
                    message: d.message.clone(),
                });
                let page = dialog_page.clone();
                tokio::spawn(async move {
                    let _ = within(
                        msg!("probe-cdp-closing-a-dialog"),
                        page.execute(HandleJavaScriptDialogParams::new(true)),
                    )
                    .await;
                });
            }
        }));

        // Paused requests, in their own task started before navigating (a pending goto
        // deadlocks on a paused request otherwise, chromiumoxide#231).
        let mut paused = page
            .event_listener::<EventRequestPaused>()
            .await
            .map_err(err)?;
        let paused_page = page.clone();
        let block = setup.block;
        let paused_tx = tx;
        self.tasks.push(tokio::spawn(async move {
            while let Some(p) = paused.next().await {
                let url = p.request.url.clone();
                let blocked = block(&url);
                let page = paused_page.clone();
                let id = p.request_id.clone();
                tokio::spawn(async move {
                    if blocked {
                        let _ = within(
                            msg!("probe-cdp-blocking-a-request"),
                            page.execute(FailRequestParams::new(id, ErrorReason::BlockedByClient)),
                        )
                        .await;
                    } else {
                        let _ = within(
                            msg!("probe-cdp-continuing-a-request"),
                            page.execute(ContinueRequestParams::new(id)),
                        )
                        .await;
                    }
                });
                let _ = paused_tx.send(PageEvent::Paused {
                    url,
                    resource_type: kind_of(&p.resource_type),
                    blocked,
                });
            }
        }));

        within(
            msg!("probe-cdp-enabling-crash-reports"),
            page.execute(inspector::EnableParams::default()),
        )
        .await?;
        within(
            msg!("probe-cdp-adding-the-bridge-binding"),
            page.execute(AddBindingParams::new(setup.binding.clone())),
        )
        .await?;
        within(
            msg!("probe-cdp-injecting-the-bridge"),
            page.execute(AddScriptToEvaluateOnNewDocumentParams::new(setup.script)),
        )
        .await?;
        let ua = SetUserAgentOverrideParams::builder()
            .user_agent(setup.user_agent)
            .accept_language(setup.accept_language)
            .platform(setup.platform)
            .build()
            .map_err(err)?;
        within(msg!("probe-cdp-setting-the-user-agent"), page.execute(ua)).await?;
        let metrics = SetDeviceMetricsOverrideParams::new(
            i64::from(setup.width),
            i64::from(setup.height),
            setup.device_scale_factor,
            true,
        );
        within(
            msg!("probe-cdp-setting-the-viewport"),
            page.execute(metrics),
        )
        .await?;
        within(
            msg!("probe-cdp-enabling-touch"),
            page.execute(SetTouchEmulationEnabledParams::new(true)),
        )
        .await?;
        if !setup.headers.is_empty() {
            let map: serde_json::Map<String, serde_json::Value> = setup
                .headers
                .into_iter()
                .map(|(k, v)| (k, serde_json::Value::String(v)))
                .collect();
            within(
                msg!("probe-cdp-setting-request-headers"),
                page.execute(SetExtraHttpHeadersParams::new(Headers::new(
                    serde_json::Value::Object(map),
                ))),
            )
            .await?;
        }
        within(
            msg!("probe-cdp-enabling-the-network-domain"),
            page.execute(network::EnableParams::default()),
        )
        .await?;
        let patterns: Vec<RequestPattern> = setup
            .patterns
            .iter()
            .map(|p| RequestPattern {
                url_pattern: Some(p.clone()),
                resource_type: None,
                request_stage: Some(RequestStage::Request),
            })
            .collect();
        within(
            msg!("probe-cdp-enabling-request-interception"),
            page.execute(fetch::EnableParams {
                patterns: Some(patterns),
                handle_auth_requests: None,
            }),
        )
        .await?;
        Ok(rx)
    }

    /// Navigates, as a future that owns what it needs (it runs in its own task, so events keep
    /// flowing while the navigation is pending): `Ok(Some(error))` when the navigation itself
    /// failed (DNS, refused, certificate, blocked).
    pub fn navigate_task(
        &self,
        url: String,
    ) -> impl std::future::Future<Output = Result<Option<String>, CdpError>> + Send + 'static {
        let page = self.page.clone();
        async move {
            let r = within(
                msg!("probe-cdp-navigating"),
                page.execute(NavigateParams::new(url)),
            )
            .await?;
            Ok(r.result.error_text.clone().filter(|e| !e.is_empty()))
        }
    }

    /// Runs `expression` in execution context `context` (the probe answering the page), as a
    /// future of its own.
    pub fn evaluate_task(
        &self,
        context: i64,
        expression: String,
    ) -> impl std::future::Future<Output = ()> + Send + 'static {
        let page = self.page.clone();
        async move {
            let Ok(params) = EvaluateParams::builder()
                .expression(expression)
                .context_id(ExecutionContextId::new(context))
                .build()
            else {
                return;
            };
            let _ = within(msg!("probe-cdp-answering-the-page"), page.execute(params)).await;
        }
    }
}

impl Drop for Tab {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}
