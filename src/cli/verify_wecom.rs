//! `wxsign verify` for a WeCom page: `--agent-ticket` (or a WeCom `--profile`) switches to the
//! two-call check — `wx.config` against the corp ticket (`--ticket`), `wx.agentConfig` against
//! the agent ticket of its agentid — with the WeCom findings (trusted domains, corpId, `beta`).

use std::process::ExitCode;

use super::output::{self, ERROR, INFO, OK, Output, WARNING};
use super::ticket_args::typed_tickets;
use super::token;
use super::usage::usage;
use super::verify_args::VerifyArgs;
use super::verify_report::{print_real_auth, real_auth_json};
use crate::core::parse;
use crate::core::parse::wecom::{WecomPaste, parse_wecom};
use crate::core::text::{Lang, Msg, msg};
use crate::core::urlcheck::Severity;
use crate::core::verify::wecom::{
    AgentTickets, Triplet, WecomVerdict, WecomVerifyInput, verify_wecom,
};
use crate::core::verify::{self, Verdict};
use crate::i18n::{Render, text};
use crate::profile::{Profile, ProfileStore};
use crate::secret::{self, Secret};
use crate::wechat::{FetchOptions, TicketKind};

/// Whether this `verify` is a WeCom one: agent tickets given, or a WeCom profile.
pub fn wanted(args: &VerifyArgs, lang: Lang) -> anyhow::Result<Option<Profile>> {
    let profile = match &args.tickets.profile {
        Some(name) => Some(super::profile::get(&ProfileStore::from_env()?, name, lang)?),
        None => None,
    };
    let wecom_profile = profile
        .as_ref()
        .is_some_and(|p| p.platform.app_ticket().is_some());
    let agent_tickets = &args.agent_tickets.agent_tickets;
    if wecom_profile || !agent_tickets.is_empty() || args.agent_id.is_some() {
        // A profile is only passed on when it is a WeCom one.
        return Ok(Some(profile.filter(|_| wecom_profile).unwrap_or_else(
            || {
                let mut p = Profile::new_wecom("", args.corp_id.clone().unwrap_or_default());
                p.safe_domains = args.trusted_domains.clone();
                p
            },
        )));
    }
    Ok(None)
}

/// Exit 0 when every given call matches and nothing is wrong, 1 otherwise, 2 for bad input.
pub fn run(args: &VerifyArgs, profile: Profile, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let mut real_auth_urls = args.real_auth_urls.clone();
    let paste = match &args.config {
        Some(source) => {
            let (p, pasted) = read(source, lang)?;
            real_auth_urls.extend(pasted);
            Some(p)
        }
        None => None,
    };
    let from_profile = !profile.name.is_empty();
    let mut input = WecomVerifyInput {
        url: args.url.clone().unwrap_or_default(),
        entry_url: args.entry_url.clone(),
        corp_id: (!profile.app_id.is_empty()).then(|| profile.app_id.clone()),
        trusted_domains: profile.safe_domains.clone(),
        real_auth_urls,
        ..WecomVerifyInput::default()
    };
    match &paste {
        Some(p) => fill_from_paste(&mut input, p),
        None => {
            input.config = Some(Triplet {
                timestamp: args.timestamp.clone().unwrap_or_default(),
                noncestr: args.noncestr.clone().unwrap_or_default(),
                signature: args.signature.clone().unwrap_or_default(),
            })
        }
    }
    input.agent_id = args.agent_id.or(input.agent_id);
    if from_profile {
        if let Err(code) = profile_tickets(args, &profile, &mut input, out)? {
            return Ok(code);
        }
    } else {
        input.corp_tickets = args.tickets.candidates();
        let agent_id = input.agent_id.unwrap_or_default();
        let agent_tickets = &args.agent_tickets.agent_tickets;
        if !agent_tickets.is_empty() {
            input.agent_tickets.push(AgentTickets {
                agent_id,
                tickets: typed_tickets(agent_tickets),
            });
        }
        if input.agent_id.is_none() && !agent_tickets.is_empty() {
            input.agent_id = Some(agent_id);
        }
    }
    let mut verdict = verify_wecom(&input);
    if from_profile && !args.reveal {
        let mut fetched: Vec<Secret> = input
            .corp_tickets
            .iter()
            .map(|t| t.ticket.clone())
            .collect();
        for a in &input.agent_tickets {
            fetched.extend(a.tickets.iter().map(|t| t.ticket.clone()));
        }
        redact(&mut verdict, &fetched);
    }
    if out.json {
        let v = serde_json::json!({
            "match": verdict.matched,
            "config": verdict.config.as_ref().map(verdict_json),
            "agent_config": verdict.agent_config.as_ref().map(verdict_json),
            "agent_id": verdict.agent_id,
            "real_auth": verdict.config_real_auth.as_ref().map(real_auth_json),
            "agent_real_auth": verdict.agent_real_auth.as_ref().map(real_auth_json),
            "findings": verdict.findings.iter().map(|f| serde_json::json!({
                "code": f.code,
                "severity": f.severity,
                "message": f.message.get(Lang::En),
            })).collect::<Vec<_>>(),
        });
        println!("{v}");
    } else {
        print(&verdict, lang);
    }
    Ok(ExitCode::from(if verdict.matched { 0 } else { 1 }))
}

/// One call's verdict as `--json` writes it: messages in both languages.
fn verdict_json(v: &Verdict) -> serde_json::Value {
    let both = |m: &Msg| serde_json::json!({ "en": m.get(Lang::En), "zh": m.get(Lang::Zh) });
    let causes: Vec<_> = v
        .causes
        .iter()
        .map(|c| {
            serde_json::json!({ "code": c.code, "message": both(&c.message), "string1": c.string1 })
        })
        .collect();
    serde_json::json!({
        "match": v.matched,
        "expected": v.expected,
        "causes": causes,
        "notes": v.notes.iter().map(both).collect::<Vec<_>>(),
        "tried": v.tried,
    })
}

fn fill_from_paste(input: &mut WecomVerifyInput, p: &WecomPaste) {
    if let Some(c) = &p.config {
        input.config = Some(Triplet {
            timestamp: c.timestamp.clone().unwrap_or_default(),
            noncestr: c.nonce_str.clone().unwrap_or_default(),
            signature: c.signature.clone().unwrap_or_default(),
        });
        input.config_app_id = c.app_id.clone();
        input.js_api_list.extend(c.js_api_list.iter().cloned());
    }
    input.beta = p.beta;
    if let Some(a) = &p.agent_config {
        input.agent_config = Some(Triplet {
            timestamp: a.fields.timestamp.clone().unwrap_or_default(),
            noncestr: a.fields.nonce_str.clone().unwrap_or_default(),
            signature: a.fields.signature.clone().unwrap_or_default(),
        });
        input.agent_corp_id = a.corp_id.clone();
        input.agent_id = a.agent_id.as_deref().and_then(|s| s.trim().parse().ok());
        for api in &a.fields.js_api_list {
            if !input.js_api_list.contains(api) {
                input.js_api_list.push(api.clone());
            }
        }
    }
}

/// The corp ticket and every app's agent ticket, each the current one then the older ones the
/// cache holds for it (`Credentials::ticket_candidates`). `Ok(Err(code))` when WeCom refused
/// the corp ticket (already reported).
fn profile_tickets(
    args: &VerifyArgs,
    profile: &Profile,
    input: &mut WecomVerifyInput,
    out: Output,
) -> anyhow::Result<Result<(), ExitCode>> {
    let lang = out.lang;
    let session = token::Session::open(
        &token::WechatArgs {
            profile: profile.name.clone(),
            api_base: args.tickets.api_base.clone(),
            secret_stdin: args.secret_stdin,
            verbose: false,
            agent_id: input.agent_id,
        },
        lang,
    )?;
    input.corp_tickets = match session.ticket_candidates(TicketKind::Jsapi) {
        Ok(t) => t,
        Err(e) => return Ok(Err(token::report_error_for(&e, out, Some(&profile.name)))),
    };
    for app in &profile.apps {
        let opts = FetchOptions {
            agent_id: Some(app.agent_id),
            ..session.options.clone()
        };
        let fetched = session
            .runtime
            .block_on(session.credentials.ticket_candidates(
                profile,
                TicketKind::AgentConfig,
                &opts,
            ));
        match fetched {
            Ok(tickets) => input.agent_tickets.push(AgentTickets {
                agent_id: app.agent_id,
                tickets,
            }),
            Err(e) => {
                // One app without a secret must not stop the check of the others.
                let r = e.report();
                let fix = r.fix(lang);
                let warning = msg!("cli-verify-no-agent-ticket", app = app.label(), fix = fix);
                anstream::eprintln!("{} {}", output::warning_prefix(lang), warning.get(lang));
            }
        }
    }
    Ok(Ok(()))
}

/// The paste, and the realAuthUrl of a `wx.error` result pasted with it; an unreadable or
/// unparsable one is a usage error.
fn read(source: &str, lang: Lang) -> anyhow::Result<(WecomPaste, Vec<String>)> {
    let (name, text) = super::verify_args::read_source(source, lang)?;
    let (text, real_auth) = match parse::real_auth_paste(&text) {
        Some(p) => (p.rest, p.urls),
        None => (text, Vec::new()),
    };
    let paste = parse_wecom(&text).map_err(|e| {
        let hint = e.hint.get(lang);
        usage(format!(
            "{name}:{}:{}: {}\n  {hint}",
            e.line, e.column, e.message
        ))
    })?;
    Ok((paste, real_auth))
}

fn redact(verdict: &mut WecomVerdict, tickets: &[Secret]) {
    let hide = |s: &mut String| *s = secret::redact_in(s, tickets.iter().map(Secret::reveal));
    let fix = |v: &mut Verdict| {
        hide(&mut v.expected.string1);
        hide(&mut v.expected.jsapi_ticket);
        for c in &mut v.causes {
            hide(&mut c.string1);
        }
    };
    if let Some(v) = verdict.config.as_mut() {
        fix(v)
    }
    if let Some(v) = verdict.agent_config.as_mut() {
        fix(v)
    }
}

fn print(v: &WecomVerdict, lang: Lang) {
    let agent = v
        .agent_id
        .map(|a| format!(" ({} {a})", text(lang, "cli-verify-app")))
        .unwrap_or_default();
    let calls = [
        ("wx.config", String::new(), &v.config, &v.config_real_auth),
        ("wx.agentConfig", agent, &v.agent_config, &v.agent_real_auth),
    ];
    for (name, extra, verdict, real_auth) in calls {
        let Some(verdict) = verdict else {
            anstream::println!(
                "{INFO}{name}{INFO:#}{extra}: {}",
                text(lang, "cli-verify-not-in-input")
            );
            continue;
        };
        let words = match real_auth {
            Some(r) => verify::headline(verdict, Some(r)).get(lang).to_owned(),
            None if verdict.matched => text(lang, "cli-verdict-match").to_owned(),
            None => text(lang, "cli-verdict-mismatch-loud").to_owned(),
        };
        if verdict.matched {
            anstream::println!("{OK}{name}{extra}: {words}{OK:#}");
        } else {
            anstream::println!("{ERROR}{name}{extra}: {words}{ERROR:#}");
        }
        let expected = format!("  {}", text(lang, "cli-verify-wecom-expected"));
        output::field(12, &expected, &verdict.expected.signature);
        output::field(12, "  string1", &verdict.expected.string1);
        for c in &verdict.causes {
            anstream::println!("  {WARNING}[{}]{WARNING:#} {}", c.code, c.message.get(lang));
            anstream::println!("    string1 {}", c.string1);
        }
        for n in &verdict.notes {
            anstream::println!(
                "  {INFO}{}{INFO:#} {}",
                text(lang, "cli-note-prefix"),
                n.get(lang)
            );
        }
    }
    if let Some(r) = &v.config_real_auth {
        print_real_auth(r, lang);
    }
    for f in &v.findings {
        let (style, label) = match f.severity {
            Severity::Error => (ERROR, text(lang, "cli-severity-error")),
            _ => (WARNING, text(lang, "cli-severity-warning")),
        };
        anstream::println!(
            "{style}{label} [{}]{style:#} {}",
            f.code,
            f.message.get(lang)
        );
    }
}
