//! `wxsign verify`: is the server's signature right, and if not, which mistake made it?

use std::process::ExitCode;

use super::card;
use super::output::{self, ERROR, INFO, OK, Output, WARNING};
use super::token;
use super::usage::usage;
use super::verify_args::VerifyArgs;
use super::verify_report::{print_payment, print_real_auth, real_auth_json};
use crate::core::card::CardApi;
use crate::core::jsapi;
use crate::core::parse::{self, ServerConfig};
use crate::core::text::{Lang, msg};
use crate::core::verify::{self, TicketCandidate, TicketOrigin, Verdict, VerifyHints, VerifyInput};
use crate::i18n::{Render, text};
use crate::secret::{self, Secret};
use crate::wechat::TicketKind;

/// Exit 0 on a match, 1 on a mismatch, 2 when the config cannot be read as one.
pub fn run(args: VerifyArgs, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    args.card
        .check_usage(&[(!args.jsapi_tickets.is_empty(), "--jsapi-ticket")], lang)?;
    if let Some(profile) = super::verify_wecom::wanted(&args, lang)? {
        return super::verify_wecom::run(&args, profile, out);
    }
    if args.secret_stdin && args.config.as_deref() == Some("-") {
        return Err(usage(text(lang, "cli-verify-stdin-twice")));
    }
    let mut real_auth_urls = args.real_auth_urls.clone();
    let config = match &args.config {
        Some(source) => match read_config(source, out)? {
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
        return card_verify(&args, api.into(), noncestr, timestamp, signature, out);
    }
    let mut hints = VerifyHints {
        hosts: args.safe_domains.clone(),
    };
    let mut platform = args.platform;
    let tickets = match args.tickets.profile_only(lang)? {
        Some(profile) => {
            match profile_candidates(&args, profile, &mut hints, &mut platform, out)? {
                Ok(tickets) => tickets,
                Err(code) => return Ok(code),
            }
        }
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
    // The call is judged by its platform's own recipe.
    let call = &platform.unwrap_or_default().spec().calls[0];
    let judgement = verify::judge_call(&input, call.recipe_check(), &hints, &real_auth_urls);
    let headline = judgement.headline();
    let (mut verdict, real_auth) = (judgement.verdict, judgement.real_auth);
    if args.tickets.profile.is_some() && !args.reveal {
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
    let checks = config_checks(&input, &verdict, config.as_ref(), lang);
    if out.json {
        let mut v = to_json(&verdict);
        v["config_findings"] = checks
            .iter()
            .map(|c| serde_json::json!({ "code": c.code, "severity": "warning", "message": c.en }))
            .collect();
        if let Some(r) = &real_auth {
            v["real_auth"] = real_auth_json(r);
        }
        println!("{v}");
    } else {
        print_human(&input, &verdict, &headline.get(lang), lang);
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
    out: Output,
) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let mut jsapi: Vec<Secret> = args
        .jsapi_tickets
        .iter()
        .map(|t| Secret::new(t.reveal().trim()))
        .collect();
    let tickets = match args.tickets.profile_only(lang)? {
        Some(profile) => {
            let session = open_session(args, profile, lang)?;
            let card = match session.ticket(TicketKind::WxCard) {
                Ok(t) => t.ticket,
                Err(e) => return Ok(token::report_error_for(&e, out, Some(profile))),
            };
            // The profile's jsapi ticket is the usual wrong one; a failure to get it is no error.
            if let Ok(t) = session.ticket(TicketKind::Jsapi) {
                jsapi.push(t.ticket);
            }
            vec![card]
        }
        None => args
            .tickets
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
        redact: args.tickets.profile.is_some() && !args.reveal,
        out,
    }))
}

/// The profile's session for `verify --profile` (the jsapi or the wx_card ticket).
fn open_session(args: &VerifyArgs, profile: &str, lang: Lang) -> anyhow::Result<token::Session> {
    token::Session::open(
        &token::WechatArgs {
            profile: profile.to_owned(),
            api_base: args.tickets.api_base.clone(),
            secret_stdin: args.secret_stdin,
            verbose: false,
            agent_id: None,
        },
        lang,
    )
}

/// The profile's tickets, the way `sign --profile` gets them: the current one from its source,
/// then the older ones the cache holds as stale candidates and its wx_card ticket
/// (`Credentials::ticket_candidates`), then typed wx_card / other-app ones. `Err(code)` when
/// WeChat refused (already reported).
fn profile_candidates(
    args: &VerifyArgs,
    profile: &str,
    hints: &mut VerifyHints,
    platform: &mut Option<crate::platform::Platform>,
    out: Output,
) -> anyhow::Result<Result<Vec<TicketCandidate>, ExitCode>> {
    let session = open_session(args, profile, out.lang)?;
    platform.get_or_insert(session.profile.platform);
    hints
        .hosts
        .extend(session.profile.safe_domains.iter().cloned());
    let mut tickets = match session.ticket_candidates(TicketKind::Jsapi) {
        Ok(t) => t,
        Err(e) => return Ok(Err(token::report_error_for(&e, out, Some(profile)))),
    };
    tickets.extend(extra_candidates(args));
    Ok(Ok(tickets))
}

fn typed_candidates(args: &VerifyArgs) -> Vec<TicketCandidate> {
    let mut tickets = args.tickets.candidates();
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
/// problem with it is a usage error (exit 2), like other bad arguments. A WeChat Pay call gets
/// its one answer and exit 1 (`Ok(Err(code))`).
fn read_config(
    source: &str,
    out: Output,
) -> anyhow::Result<Result<(ServerConfig, Vec<String>), ExitCode>> {
    let lang = out.lang;
    let (name, text) = super::verify_args::read_source(source, lang)?;
    if text.trim().is_empty() {
        let empty = if source == "-" {
            msg!("cli-verify-stdin-empty")
        } else {
            msg!("cli-verify-config-empty", source = source)
        };
        return Err(usage(empty.get(lang)));
    }
    if let Some(pay) = parse::payment_paste(&text) {
        return Ok(Err(print_payment(&pay, out)));
    }
    let (text, real_auth) = match parse::real_auth_paste(&text) {
        Some(p) if !p.rest.contains('{') => {
            let only = msg!("cli-verify-config-only-real-auth", name = name.as_str());
            return Err(usage(only.get(lang)));
        }
        Some(p) => (p.rest, p.urls),
        None => (text, Vec::new()),
    };
    let config = parse::parse(&text).map_err(|e| {
        let hint = e.hint.get(lang);
        usage(format!(
            "{name}:{}:{}: {}\n  {hint}",
            e.line, e.column, e.message
        ))
    })?;
    match required_fields(config.clone()) {
        Ok(_) => Ok(Ok((config, real_auth))),
        Err(missing) => {
            let m = msg!(
                "cli-verify-config-missing",
                name = name.as_str(),
                missing = missing
            );
            Err(usage(m.get(lang)))
        }
    }
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

/// A problem in what was pasted that holds whatever the signature says: its message in English
/// (for `--json`) and in the output's language.
struct ConfigCheck {
    code: &'static str,
    en: String,
    message: String,
}

impl ConfigCheck {
    fn new(code: &'static str, en: String, message: String) -> Self {
        Self { code, en, message }
    }
}

/// Values with spaces around them, a `url` field naming another page, and jsApiList /
/// openTagList names WeChat does not know or has deprecated.
fn config_checks(
    input: &VerifyInput,
    v: &Verdict,
    config: Option<&ServerConfig>,
    lang: Lang,
) -> Vec<ConfigCheck> {
    let mut out = Vec::new();
    let both =
        |code, m: crate::core::text::Msg| ConfigCheck::new(code, m.get(Lang::En), m.get(lang));
    let values = [
        ("nonceStr", input.noncestr.as_str()),
        ("timestamp", input.timestamp.as_str()),
        ("signature", input.signature.as_str()),
    ];
    for (name, value) in values {
        if value.trim() != value {
            let quoted = format!("{value:?}");
            out.push(both(
                "value_spaces",
                msg!("cli-verify-value-spaces", name = name, value = quoted),
            ));
        }
    }
    let Some(config) = config else {
        return out;
    };
    if let Some(url) = &config.url
        && url != &v.expected.url
    {
        let signed = v.expected.url.as_str();
        out.push(both(
            "reply_url_differs",
            msg!("cli-verify-reply-url-differs", url = url, signed = signed),
        ));
    }
    out.extend(
        jsapi::check_lists(&config.js_api_list, &config.open_tag_list)
            .into_iter()
            .map(|i| {
                let (en, shown) = (i.message.get(Lang::En), i.message.get(lang));
                ConfigCheck::new(i.code, en.to_owned(), shown.to_owned())
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
            text(lang, "cli-verify-config")
        } else {
            ""
        };
        output::field(
            WIDTH,
            label,
            &format!("{WARNING}{}{WARNING:#}  {}", c.code, c.message),
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

fn print_human(input: &VerifyInput, v: &Verdict, headline: &str, lang: Lang) {
    let verdict = if v.matched {
        format!("{OK}{headline}{OK:#}")
    } else {
        format!("{ERROR}{headline}{ERROR:#}")
    };
    output::field(WIDTH, text(lang, "cli-label-result"), &verdict);
    output::field(
        WIDTH,
        text(lang, "cli-label-expected"),
        &v.expected.signature,
    );
    output::field(WIDTH, text(lang, "cli-label-got"), input.signature.trim());
    output::field(WIDTH, text(lang, "cli-verify-url"), &v.expected.url);
    output::field(WIDTH, "string1", &v.expected.string1);
    for c in &v.causes {
        println!();
        let (style, label) = if v.matched {
            (WARNING, text(lang, "cli-label-warning"))
        } else {
            (ERROR, text(lang, "cli-label-cause"))
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
        let label = if i == 0 {
            text(lang, "cli-label-notes")
        } else {
            ""
        };
        output::field(WIDTH, label, &format!("{INFO}{}{INFO:#}", n.get(lang)));
    }
}
