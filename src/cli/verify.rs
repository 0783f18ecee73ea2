//! `wxsign verify`: is the server's signature right, and if not, which mistake made it?

use std::io::Read;
use std::process::ExitCode;

use super::card;
use super::output::{self, ERROR, INFO, OK, WARNING};
use super::token;
use super::usage::typed_tickets;
use super::verify_args::VerifyArgs;
use super::verify_report::{print_payment, print_real_auth, real_auth_json};
use crate::core::card::CardApi;
use crate::core::jsapi;
use crate::core::parse::{self, ServerConfig};
use crate::core::text::{Lang, Msg, Text};
use crate::core::verify::{self, TicketCandidate, TicketOrigin, Verdict, VerifyHints, VerifyInput};
use crate::i18n::Render;
use crate::i18n::bridge::to_text;
use crate::secret::{self, Secret};
use crate::wechat::TicketKind;

/// Exit 0 on a match, 1 on a mismatch, 2 when the config cannot be read as one.
pub fn run(args: VerifyArgs) -> anyhow::Result<ExitCode> {
    let lang = output::resolve_lang(args.lang);
    args.card
        .check_usage(&[(!args.jsapi_tickets.is_empty(), "--jsapi-ticket")]);
    if let Some(profile) = super::verify_wecom::wanted(&args)? {
        return super::verify_wecom::run(&args, profile);
    }
    if args.secret_stdin && args.config.as_deref() == Some("-") {
        usage_error(
            clap::error::ErrorKind::ArgumentConflict,
            "--secret-stdin and --config - both read stdin: save the config to a file, or store the secret with `wxsign secret set`",
        );
    }
    let mut real_auth_urls = args.real_auth_urls.clone();
    let config = match &args.config {
        Some(source) => match read_config(source, lang, args.json) {
            Ok((config, pasted)) => {
                real_auth_urls.extend(pasted);
                Some(config)
            }
            Err(code) => return Ok(code),
        },
        None => None,
    };
    let (noncestr, timestamp, signature) = match &config {
        Some(c) => (
            c.nonce_str.clone().unwrap_or_default(),
            c.timestamp.clone().unwrap_or_default(),
            c.signature.clone().unwrap_or_default(),
        ),
        None => (
            args.noncestr.clone().unwrap_or_default(),
            args.timestamp.clone().unwrap_or_default(),
            args.signature.clone().unwrap_or_default(),
        ),
    };
    if let Some(api) = args.card.card {
        return card_verify(&args, api.into(), noncestr, timestamp, signature, lang);
    }
    let mut hints = VerifyHints {
        hosts: args.safe_domains.clone(),
    };
    let tickets = match &args.profile {
        Some(profile) => match profile_candidates(&args, profile, &mut hints, lang)? {
            Ok(tickets) => tickets,
            Err(code) => return Ok(code),
        },
        None => typed_candidates(&args),
    };
    let input = VerifyInput {
        url: args.url.clone().unwrap_or_default(),
        entry_url: args.entry_url.clone(),
        tickets,
        noncestr,
        timestamp,
        signature,
    };
    let judgement = verify::judge(&input, &hints, &real_auth_urls);
    let headline = judgement.headline();
    let (mut verdict, real_auth) = (judgement.verdict, judgement.real_auth);
    if args.profile.is_some() && !args.reveal {
        // Fetched tickets are credentials: shown the way `sign --profile` shows them.
        let fetched: Vec<&Secret> = input
            .tickets
            .iter()
            .filter(|t| {
                !matches!(
                    t.origin,
                    TicketOrigin::WxCard | TicketOrigin::OtherApp { .. }
                )
            })
            .map(|t| &t.ticket)
            .collect();
        redact(&mut verdict, &fetched);
    }
    let checks = config_checks(&input, &verdict, config.as_ref());
    if args.json {
        let mut v = to_json(&verdict);
        v["config_findings"] = checks
            .iter()
            .map(|c| serde_json::json!({ "code": c.code, "severity": "warning", "message": c.message.en }))
            .collect();
        if let Some(r) = &real_auth {
            v["real_auth"] = real_auth_json(r);
        }
        println!("{v}");
    } else {
        print_human(&input, &verdict, &headline, lang);
        if let Some(r) = &real_auth {
            print_real_auth(r, lang);
        }
        print_checks(&checks, lang);
    }
    Ok(if verdict.matched {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// `verify --card`: the wx_card tickets are `--ticket` (or the profile's), `--jsapi-ticket` the
/// ones the server may have used by mistake.
fn card_verify(
    args: &VerifyArgs,
    api: CardApi,
    noncestr: String,
    timestamp: String,
    signature: String,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    let mut jsapi: Vec<Secret> = args
        .jsapi_tickets
        .iter()
        .map(|t| Secret::new(t.reveal().trim()))
        .collect();
    let tickets = match &args.profile {
        Some(profile) => {
            let session = open_session(args, profile, lang)?;
            let card = match session.ticket(TicketKind::WxCard) {
                Ok(t) => t.ticket,
                Err(e) => return Ok(token::report_error_for(&e, args.json, lang, Some(profile))),
            };
            // The profile's jsapi ticket is the usual wrong one; a failure to get it is no error.
            if let Ok(t) = session.ticket(TicketKind::Jsapi) {
                jsapi.push(t.ticket);
            }
            vec![card]
        }
        None => args
            .tickets
            .iter()
            .map(|t| Secret::new(t.reveal().trim()))
            .collect(),
    };
    Ok(card::verify(card::CardCheck {
        api,
        args: &args.card,
        tickets,
        jsapi_tickets: jsapi,
        timestamp,
        nonce: noncestr,
        signature,
        redact: args.profile.is_some() && !args.reveal,
        json: args.json,
        lang,
    }))
}

/// The profile's session for `verify --profile` (the jsapi or the wx_card ticket).
fn open_session(args: &VerifyArgs, profile: &str, lang: Lang) -> anyhow::Result<token::Session> {
    token::Session::open(
        &token::WechatArgs {
            profile: profile.to_owned(),
            api_base: args.api_base.clone(),
            secret_stdin: args.secret_stdin,
            verbose: false,
            agent_id: None,
        },
        lang,
    )
}

/// Exits 2 like clap does for a bad argument.
fn usage_error(kind: clap::error::ErrorKind, message: &str) -> ! {
    clap::Error::raw(kind, format!("{message}\n")).exit()
}

/// The profile's tickets, the way `sign --profile` gets them: the current one from its source,
/// then the older ones the cache holds as stale candidates and its wx_card ticket
/// (`Credentials::ticket_candidates`), then typed wx_card / other-app ones. `Err(code)` when
/// WeChat refused (already reported).
fn profile_candidates(
    args: &VerifyArgs,
    profile: &str,
    hints: &mut VerifyHints,
    lang: Lang,
) -> anyhow::Result<Result<Vec<TicketCandidate>, ExitCode>> {
    // WXSIGN_TICKET in the environment does not conflict with --profile; a typed one does.
    let from_env = std::env::var("WXSIGN_TICKET").ok();
    let typed: Vec<&str> = args.tickets.iter().map(Secret::reveal).collect();
    if !typed.is_empty() && from_env.as_deref() != Some(typed.join(",").as_str()) {
        usage_error(
            clap::error::ErrorKind::ArgumentConflict,
            "give either --ticket or --profile, not both",
        );
    }
    let session = open_session(args, profile, lang)?;
    hints
        .hosts
        .extend(session.profile.safe_domains.iter().cloned());
    let mut tickets = match session.ticket_candidates(TicketKind::Jsapi) {
        Ok(t) => t,
        Err(e) => {
            return Ok(Err(token::report_error_for(
                &e,
                args.json,
                lang,
                Some(profile),
            )));
        }
    };
    tickets.extend(extra_candidates(args));
    Ok(Ok(tickets))
}

fn typed_candidates(args: &VerifyArgs) -> Vec<TicketCandidate> {
    let mut tickets = typed_tickets(&args.tickets);
    tickets.extend(extra_candidates(args));
    tickets
}

/// `--card-ticket` and `--other-app-ticket`, with or without a profile.
fn extra_candidates(args: &VerifyArgs) -> Vec<TicketCandidate> {
    let card = args.card_tickets.iter().map(|t| (t, TicketOrigin::WxCard));
    let other = args.other_app_tickets.iter().map(|t| {
        (
            t,
            TicketOrigin::OtherApp {
                app_id: String::new(),
            },
        )
    });
    card.chain(other)
        .map(|(t, origin)| TicketCandidate {
            ticket: Secret::new(t.reveal().trim()),
            origin,
        })
        .collect()
}

/// Reads and parses `--config`, with the realAuthUrl of a `wx.error` result pasted in it; any
/// problem with it is printed here and becomes exit code 2, like other bad arguments. A WeChat
/// Pay call gets its one answer and exit 1.
fn read_config(
    source: &str,
    lang: Lang,
    json: bool,
) -> Result<(ServerConfig, Vec<String>), ExitCode> {
    let read = if source == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map(|_| ("<stdin>".to_owned(), text))
    } else {
        std::fs::read_to_string(source).map(|text| (source.to_owned(), text))
    };
    let (name, text) = match read {
        Ok(read) => read,
        Err(e) => {
            let text = match lang {
                Lang::En => format!(
                    "cannot read the config {source}: {e}; pass a readable file, or '-' and pipe the text in"
                ),
                Lang::Zh => format!(
                    "无法读取配置 {source}：{e}；请指定可读的文件，或用 '-' 并通过管道传入内容"
                ),
            };
            anstream::eprintln!("{} {text}", error_prefix(lang));
            return Err(ExitCode::from(2));
        }
    };
    if text.trim().is_empty() {
        let text = match (source == "-", lang) {
            (true, Lang::En) => "stdin is empty: pipe the endpoint's JSON reply or the page's wx.config({...}) call in (`--config - < reply.json`)".to_owned(),
            (true, Lang::Zh) => "标准输入为空：请通过管道传入接口的 JSON 返回或页面的 wx.config({...}) 调用（`--config - < reply.json`）".to_owned(),
            (false, Lang::En) => format!("the config file {source} is empty: save the endpoint's JSON reply or the page's wx.config({{...}}) call in it"),
            (false, Lang::Zh) => format!("配置文件 {source} 是空的：请把接口的 JSON 返回或页面的 wx.config({{...}}) 调用保存进去"),
        };
        anstream::eprintln!("{} {text}", error_prefix(lang));
        return Err(ExitCode::from(2));
    }
    if let Some(pay) = parse::payment_paste(&text) {
        return Err(print_payment(&pay, json, lang));
    }
    let (text, real_auth) = match parse::real_auth_paste(&text) {
        Some(p) if !p.rest.contains('{') => {
            let text = match lang {
                Lang::En => format!(
                    "{name} holds only the wx.error result (realAuthUrl); paste the endpoint's reply or the wx.config call next to it, or pass --noncestr, --timestamp, --signature and --real-auth-url"
                ),
                Lang::Zh => format!(
                    "{name} 中只有 wx.error 结果（realAuthUrl）；请在旁边粘贴接口返回或 wx.config 调用，或用 --noncestr、--timestamp、--signature 和 --real-auth-url 传入"
                ),
            };
            anstream::eprintln!("{} {text}", error_prefix(lang));
            return Err(ExitCode::from(2));
        }
        Some(p) => (p.rest, p.urls),
        None => (text, Vec::new()),
    };
    let config = match parse::parse(&text) {
        Ok(c) => c,
        Err(e) => {
            anstream::eprintln!(
                "{} {name}:{}:{}: {}\n  {}",
                error_prefix(lang),
                e.line,
                e.column,
                e.message,
                e.hint.get(lang)
            );
            return Err(ExitCode::from(2));
        }
    };
    match required_fields(config.clone()) {
        Ok(_) => Ok((config, real_auth)),
        Err(missing) => {
            let text = match lang {
                Lang::En => format!(
                    "{name}: the config has no {missing}; paste the whole reply or wx.config call, or pass --noncestr, --timestamp and --signature"
                ),
                Lang::Zh => format!(
                    "{name}：配置中没有 {missing}；请粘贴完整的接口返回或 wx.config 调用，或用 --noncestr、--timestamp 和 --signature 传入"
                ),
            };
            anstream::eprintln!("{} {text}", error_prefix(lang));
            Err(ExitCode::from(2))
        }
    }
}

fn error_prefix(lang: Lang) -> String {
    format!("{ERROR}{}{ERROR:#}", output::tr(lang, "error:", "错误："))
}

fn required_fields(c: ServerConfig) -> Result<(String, String, String), String> {
    match (c.nonce_str, c.timestamp, c.signature) {
        (Some(n), Some(t), Some(s)) => Ok((n, t, s)),
        (n, t, s) => {
            let missing: Vec<&str> = [(n.is_none(), "nonceStr"), (t.is_none(), "timestamp")]
                .into_iter()
                .chain([(s.is_none(), "signature")])
                .filter_map(|(absent, name)| absent.then_some(name))
                .collect();
            Err(missing.join(", "))
        }
    }
}

/// Replaces each ticket in every string1 of the verdict with its preview.
fn redact(v: &mut Verdict, tickets: &[&Secret]) {
    let hide = |s: &mut String| *s = secret::redact_in(s, tickets.iter().map(|t| t.reveal()));
    hide(&mut v.expected.string1);
    hide(&mut v.expected.jsapi_ticket);
    for c in &mut v.causes {
        hide(&mut c.string1);
    }
}

/// A problem in what was pasted that holds whatever the signature says.
struct ConfigCheck {
    code: &'static str,
    message: Text,
}

/// Values with spaces around them, a `url` field naming another page, and jsApiList /
/// openTagList names WeChat does not know or has deprecated.
fn config_checks(
    input: &VerifyInput,
    v: &Verdict,
    config: Option<&ServerConfig>,
) -> Vec<ConfigCheck> {
    let mut out = Vec::new();
    let values = [
        ("nonceStr", input.noncestr.as_str()),
        ("timestamp", input.timestamp.as_str()),
        ("signature", input.signature.as_str()),
    ];
    for (name, value) in values {
        if value.trim() != value {
            out.push(ConfigCheck {
                code: "value_spaces",
                message: Text::new(
                    format!("{name} {value:?} has spaces around it; wx.config must get exactly the value the server signed, with no spaces."),
                    format!("{name} {value:?} 首尾有空格；wx.config 必须收到与服务器签名时完全相同、不带空格的值。"),
                ),
            });
        }
    }
    let Some(config) = config else {
        return out;
    };
    if let Some(url) = &config.url
        && url != &v.expected.url
    {
        out.push(ConfigCheck {
            code: "reply_url_differs",
            message: Text::new(
                format!(
                    "The reply's url field is {url}, but the page signs {}: the server signed the URL it was given; make the page send location.href.split('#')[0].",
                    v.expected.url
                ),
                format!(
                    "接口返回的 url 字段是 {url}，而页面应签名的是 {}：服务器签的是它收到的 URL；请让页面发送 location.href.split('#')[0]。",
                    v.expected.url
                ),
            ),
        });
    }
    out.extend(
        jsapi::check_lists(&config.js_api_list, &config.open_tag_list)
            .into_iter()
            .map(|i| ConfigCheck {
                code: i.code,
                message: to_text(&i.message),
            }),
    );
    out
}

fn print_checks(checks: &[ConfigCheck], lang: Lang) {
    if checks.is_empty() {
        return;
    }
    println!();
    for (i, c) in checks.iter().enumerate() {
        let label = if i == 0 {
            output::tr(lang, "config", "配置")
        } else {
            ""
        };
        output::field(
            WIDTH,
            label,
            &format!("{WARNING}{}{WARNING:#}  {}", c.code, c.message.get(lang)),
        );
    }
}

fn to_json(v: &Verdict) -> serde_json::Value {
    // With a match, causes are warnings (WeChat may still refuse the config); otherwise errors.
    let severity = if v.matched { "warning" } else { "error" };
    let causes: Vec<_> = v
        .causes
        .iter()
        .map(|c| {
            serde_json::json!({
                "code": c.code,
                "severity": severity,
                "message": c.message.get(Lang::En),
                "string1": c.string1,
            })
        })
        .collect();
    let notes: Vec<String> = v.notes.iter().map(|n| n.get(Lang::En)).collect();
    serde_json::json!({
        "match": v.matched,
        "expected_signature": v.expected.signature,
        "string1": v.expected.string1,
        "url": v.expected.url,
        "causes": causes,
        "notes": notes,
        "tried": v.tried,
    })
}

const WIDTH: usize = 9;

fn print_human(input: &VerifyInput, v: &Verdict, headline: &Msg, lang: Lang) {
    let tr = |en, zh| output::tr(lang, en, zh);
    let verdict = if v.matched {
        format!("{OK}{}{OK:#}", headline.get(lang))
    } else {
        format!("{ERROR}{}{ERROR:#}", headline.get(lang))
    };
    output::field(WIDTH, tr("result", "结果"), &verdict);
    output::field(WIDTH, tr("expected", "正确签名"), &v.expected.signature);
    output::field(WIDTH, tr("got", "收到签名"), input.signature.trim());
    output::field(WIDTH, tr("url", "签名 URL"), &v.expected.url);
    output::field(WIDTH, "string1", &v.expected.string1);
    for c in &v.causes {
        println!();
        let (style, label) = if v.matched {
            (WARNING, tr("warning", "警告"))
        } else {
            (ERROR, tr("cause", "原因"))
        };
        output::field(WIDTH, label, &format!("{style}{}{style:#}", c.code));
        output::field(WIDTH, "", &c.message.get(lang));
        output::field(
            WIDTH,
            "string1",
            &output::highlight(&v.expected.string1, &c.string1),
        );
    }
    if !v.notes.is_empty() {
        println!();
    }
    for (i, n) in v.notes.iter().enumerate() {
        let label = if i == 0 { tr("notes", "说明") } else { "" };
        output::field(WIDTH, label, &format!("{INFO}{}{INFO:#}", n.get(lang)));
    }
}
