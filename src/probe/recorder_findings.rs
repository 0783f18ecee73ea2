//! The findings of a finished run that are about the run as a whole (how it ended, the page's
//! failed requests and exceptions, debug mode, a bundled SDK, a user agent jweixin does not take
//! for WeChat), and why a page never called `wx.config`. A child of `recorder`: it reads the
//! recorder's private state.

use super::{Recorder, short_url};
use crate::core::text::{Arg, Msg, msg};
use crate::core::urlcheck::Severity;
use crate::probe::platform;
use crate::probe::report::{Finding, Outcome, Run};

impl Recorder {
    pub(super) fn run_findings(&self, run: &Run, timeout_ms: u64) -> Vec<Finding> {
        let mut out = Vec::new();
        let f = |code: &str, severity, message: Msg, fix: Msg| Finding {
            code: code.to_owned(),
            severity,
            message,
            fix,
        };
        match run.outcome {
            Outcome::Configured => {}
            Outcome::OauthRequired => {
                if let Some(o) = &run.oauth {
                    out.push(f(
                        "oauth_required",
                        Severity::Warning,
                        msg!(
                            "probe-run-oauth-required",
                            appid = o.appid.as_str(),
                            scope = o.scope.as_str(),
                            sign_url = o.sign_url.as_str()
                        ),
                        msg!("probe-run-oauth-required-fix"),
                    ));
                }
            }
            Outcome::NavigationFailed => {
                if self.crashed {
                    out.push(f(
                        "renderer_crashed",
                        Severity::Error,
                        msg!("probe-run-renderer-crashed"),
                        msg!("probe-run-renderer-crashed-fix"),
                    ));
                } else if let Some(e) = &self.nav_error {
                    let cert = matches!(e, Arg::Str(s) if s.contains("CERT") || s.contains("SSL"));
                    out.push(f(
                        "navigation_failed",
                        Severity::Error,
                        msg!("probe-run-navigation-failed", error = e.clone()),
                        if cert {
                            msg!("probe-run-navigation-failed-cert-fix")
                        } else {
                            msg!("probe-run-navigation-failed-fix")
                        },
                    ));
                }
            }
            Outcome::TimedOut => out.push(f(
                "timed_out",
                Severity::Error,
                msg!("probe-run-timed-out", timeout_ms = timeout_ms),
                msg!("probe-run-timed-out-fix"),
            )),
            Outcome::NoConfigCall => out.push(self.why_no_config(run)),
        }
        if let Some(status) = self.main_status
            && status >= 400
        {
            out.push(f(
                "page_http_status",
                Severity::Error,
                msg!("probe-run-page-http-status", status = status),
                msg!("probe-run-page-http-status-fix"),
            ));
        }
        for r in &run.failed_requests {
            if matches!(r.resource_type.as_str(), "XHR" | "Fetch" | "Script") {
                let what: Arg = match (r.status, &r.error) {
                    (Some(s), _) => format!("HTTP {s}").into(),
                    (None, Some(e)) => e.into(),
                    (None, None) => msg!("probe-run-an-error").into(),
                };
                out.push(f(
                    "request_failed",
                    Severity::Warning,
                    msg!(
                        "probe-run-request-failed",
                        path = short_url(&r.url),
                        what = what
                    ),
                    msg!("probe-run-request-failed-fix"),
                ));
            }
        }
        if let Some(e) = run.exceptions.first() {
            out.push(f(
                "page_exception",
                Severity::Warning,
                msg!("probe-run-page-exception", message = e.message.as_str()),
                msg!("probe-run-page-exception-fix"),
            ));
        }
        if run.configs.iter().any(|c| c.debug) {
            out.push(f(
                "config_debug",
                Severity::Info,
                msg!("probe-run-config-debug"),
                msg!("probe-run-config-debug-fix"),
            ));
        }
        if let Some(problem) = platform::user_agent_problem(&run.user_agent) {
            out.push(Finding {
                code: "user_agent_not_wechat".to_owned(),
                severity: Severity::Warning,
                message: problem,
                fix: msg!("probe-run-user-agent-fix"),
            });
        }
        if !run.configs.is_empty() && !run.sdk.window_wx && run.sdk.bridge_used {
            out.push(f(
                "bundled_sdk",
                Severity::Info,
                msg!("probe-run-bundled-sdk"),
                msg!("probe-run-bundled-sdk-fix"),
            ));
        }
        out
    }

    fn why_no_config(&self, run: &Run) -> Finding {
        let failed_sdk = run.failed_requests.iter().find(|r| {
            let l = r.url.to_ascii_lowercase();
            l.contains("jweixin") || l.contains("weixin-js-sdk")
        });
        let failed_api = run
            .failed_requests
            .iter()
            .find(|r| matches!(r.resource_type.as_str(), "XHR" | "Fetch"));
        let message = if let Some(r) = failed_sdk {
            msg!("probe-run-sdk-failed", url = r.url.as_str())
        } else if !run.sdk.bridge_used && run.sdk.scripts.is_empty() && !run.sdk.window_wx {
            msg!("probe-run-no-sdk")
        } else if let Some(r) = failed_api {
            let what = r.status.map_or_else(
                || r.error.clone().unwrap_or_default(),
                |s| format!("HTTP {s}"),
            );
            msg!(
                "probe-run-no-config-request",
                path = short_url(&r.url),
                what = what
            )
        } else if let Some(e) = run.exceptions.first() {
            msg!(
                "probe-run-no-config-exception",
                message = e.message.as_str()
            )
        } else if !run.shares.is_empty() {
            // jweixin passes no config to the client when the page never calls wx.config, or
            // calls it with `check: false` (PROBE.md §11), yet still sends the share calls.
            msg!("probe-run-no-config-shares")
        } else {
            msg!("probe-run-no-config")
        };
        Finding {
            code: "no_config_call".to_owned(),
            severity: Severity::Error,
            message,
            fix: msg!("probe-run-no-config-fix"),
        }
    }
}
