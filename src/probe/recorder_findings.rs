//! The findings of a finished run that are about the run as a whole (how it ended, the page's
//! failed requests and exceptions, debug mode, a bundled SDK, a user agent jweixin does not take
//! for WeChat), and why a page never called `wx.config`. A child of `recorder`: it reads the
//! recorder's private state.

use super::{Recorder, short_url};
use crate::core::text::Text;
use crate::core::urlcheck::Severity;
use crate::probe::platform;
use crate::probe::report::{Finding, Outcome, Run};

impl Recorder {
    pub(super) fn run_findings(&self, run: &Run, timeout_ms: u64) -> Vec<Finding> {
        let mut out = Vec::new();
        let f =
            |code: &str, severity, en: String, zh: String, fix_en: &str, fix_zh: &str| Finding {
                code: code.to_owned(),
                severity,
                message: Text::new(en, zh),
                fix: Text::new(fix_en, fix_zh),
            };
        match run.outcome {
            Outcome::Configured => {}
            Outcome::OauthRequired => {
                if let Some(o) = &run.oauth {
                    out.push(f(
                        "oauth_required",
                        Severity::Warning,
                        format!(
                            "The page sends visitors to WeChat login first (appid {}, scope {}); a probe cannot log in. After login WeChat opens {}: that URL, with its code and state, is what the server must sign.",
                            o.appid, o.scope, o.sign_url
                        ),
                        format!(
                            "页面先把访客送去微信网页授权（appid {}，scope {}）；探测无法登录。登录后微信会打开 {}：服务器要签的是这个带 code 和 state 的 URL。",
                            o.appid, o.scope, o.sign_url
                        ),
                        "Probe the redirect_uri page directly, with a code and state from a real login, or a test page without login.",
                        "请直接探测 redirect_uri 页面（带上真实登录得到的 code 和 state），或使用无需登录的测试页面。",
                    ));
                }
            }
            Outcome::NavigationFailed => {
                if self.crashed {
                    out.push(f(
                        "renderer_crashed",
                        Severity::Error,
                        "The page crashed the browser's renderer before it went quiet.".into(),
                        "页面在安静下来之前使浏览器渲染进程崩溃。".into(),
                        "Open the page in a desktop browser with DevTools to find the crash (memory, an endless loop).",
                        "请在桌面浏览器中用开发者工具查找崩溃原因（内存、死循环）。",
                    ));
                } else if let Some(e) = &self.nav_error {
                    let cert = e.contains("CERT") || e.contains("SSL");
                    out.push(f(
                        "navigation_failed",
                        Severity::Error,
                        format!("The page did not load: {e}."),
                        format!("页面未能加载：{e}。"),
                        if cert {
                            "WeChat refuses this certificate too: serve a valid certificate for the page's host."
                        } else {
                            "Check the URL and that the server answers from this machine."
                        },
                        if cert {
                            "微信同样会拒绝这个证书：请为页面域名配置有效证书。"
                        } else {
                            "请检查 URL，并确认服务器能从本机访问。"
                        },
                    ));
                }
            }
            Outcome::TimedOut => out.push(f(
                "timed_out",
                Severity::Error,
                format!("The page did not go quiet within {timeout_ms} ms; the browser was stopped."),
                format!("页面在 {timeout_ms} ms 内没有安静下来；已停止浏览器。"),
                "Look for a request that never ends or a script that keeps the page busy; or raise --timeout-ms.",
                "请查找一直不结束的请求或让页面持续忙碌的脚本；或调大 --timeout-ms。",
            )),
            Outcome::NoConfigCall => out.push(self.why_no_config(run)),
        }
        if let Some(status) = self.main_status
            && status >= 400
        {
            out.push(f(
                "page_http_status",
                Severity::Error,
                format!("The page itself answered HTTP {status}."),
                format!("页面本身返回 HTTP {status}。"),
                "Check the URL and the server's logs.",
                "请检查 URL 和服务器日志。",
            ));
        }
        for r in &run.failed_requests {
            if matches!(r.resource_type.as_str(), "XHR" | "Fetch" | "Script") {
                let what = match (r.status, &r.error) {
                    (Some(s), _) => format!("HTTP {s}"),
                    (None, Some(e)) => e.clone(),
                    (None, None) => "an error".to_owned(),
                };
                let path = short_url(&r.url);
                out.push(f(
                    "request_failed",
                    Severity::Warning,
                    format!("The page's call to {path} returned {what}."),
                    format!("页面对 {path} 的请求返回 {what}。"),
                    "If this is the signing endpoint, fix it first: the page cannot call wx.config without it.",
                    "如果这是签名接口，请先修复它：没有它页面无法调用 wx.config。",
                ));
            }
        }
        if let Some(e) = run.exceptions.first() {
            out.push(f(
                "page_exception",
                Severity::Warning,
                format!("The page threw: {}", e.message),
                format!("页面抛出异常：{}", e.message),
                "A script error can stop the code that calls wx.config; fix it in the page.",
                "脚本错误可能使调用 wx.config 的代码停止执行；请在页面中修复。",
            ));
        }
        if run.configs.iter().any(|c| c.debug) {
            out.push(f(
                "config_debug",
                Severity::Info,
                "wx.config has debug: true: every reply pops up an alert on the phone.".into(),
                "wx.config 设置了 debug: true：每个返回都会在手机上弹出提示框。".into(),
                "Turn debug off before release.",
                "发布前请关闭 debug。",
            ));
        }
        if let Some(problem) = platform::user_agent_problem(&run.user_agent) {
            out.push(Finding {
                code: "user_agent_not_wechat".to_owned(),
                severity: Severity::Warning,
                message: problem,
                fix: Text::new(
                    "Leave out --user-agent to play WeChat's own, or give one with MicroMessenger/8.0.x.",
                    "去掉 --user-agent 以使用内置的微信用户代理，或给出带 MicroMessenger/8.0.x 的用户代理。",
                ),
            });
        }
        if !run.configs.is_empty() && !run.sdk.window_wx && run.sdk.bridge_used {
            out.push(f(
                "bundled_sdk",
                Severity::Info,
                "The page's JS-SDK never set window.wx (a bundled build); the probe saw it through the bridge.".into(),
                "页面的 JS-SDK 没有设置 window.wx（打包构建）；探测通过 bridge 观察到了它。".into(),
                "Nothing to fix; console snippets using window.wx will not work on this page.",
                "无需修复；依赖 window.wx 的控制台代码在此页面无效。",
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
        let (en, zh) = if let Some(r) = failed_sdk {
            (
                format!(
                    "The JS-SDK script {} failed to load, so wx.config never ran.",
                    r.url
                ),
                format!("JS-SDK 脚本 {} 加载失败，所以 wx.config 从未执行。", r.url),
            )
        } else if !run.sdk.bridge_used && run.sdk.scripts.is_empty() && !run.sdk.window_wx {
            (
                "The page never loaded the JS-SDK (no jweixin script, no bridge call) and never called wx.config.".to_owned(),
                "页面没有加载 JS-SDK（没有 jweixin 脚本，也没有调用 bridge），也从未调用 wx.config。".to_owned(),
            )
        } else if let Some(r) = failed_api {
            let what = r.status.map_or_else(
                || r.error.clone().unwrap_or_default(),
                |s| format!("HTTP {s}"),
            );
            (
                format!(
                    "jweixin loaded but wx.config was never called; probably because the page's call to {} returned {what}.",
                    short_url(&r.url)
                ),
                format!(
                    "jweixin 已加载，但从未调用 wx.config；可能是因为页面对 {} 的请求返回了 {what}。",
                    short_url(&r.url)
                ),
            )
        } else if let Some(e) = run.exceptions.first() {
            (
                format!(
                    "jweixin loaded but wx.config was never called; a script error may have stopped it: {}",
                    e.message
                ),
                format!(
                    "jweixin 已加载，但从未调用 wx.config；可能被脚本错误打断：{}",
                    e.message
                ),
            )
        } else if !run.shares.is_empty() {
            // jweixin passes no config to the client when the page never calls wx.config, or
            // calls it with `check: false` (PROBE.md §11), yet still sends the share calls.
            (
                "The page set its share, but no wx.config reached the client: wx.config was never called, or was called with check: false, which skips the verification the share needs.".to_owned(),
                "页面设置了分享，但没有 wx.config 到达客户端：从未调用 wx.config，或调用时带了 check: false，跳过了分享所需的验证。".to_owned(),
            )
        } else {
            (
                "The JS-SDK loaded but wx.config was never called before the page went quiet."
                    .to_owned(),
                "JS-SDK 已加载，但页面安静下来之前从未调用 wx.config。".to_owned(),
            )
        };
        Finding {
            code: "no_config_call".to_owned(),
            severity: Severity::Error,
            message: Text::new(en, zh),
            fix: Text::new(
                "Call wx.config on page load with the signature from your server (check the failed requests and exceptions above).",
                "请在页面加载时用服务器返回的签名调用 wx.config（查看上面的失败请求和异常）。",
            ),
        }
    }
}
