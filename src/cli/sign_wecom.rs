//! `wxsign sign --profile WECOM --url U`: both signatures of a WeCom page — `wx.config` with the
//! corp ticket and `wx.agentConfig` with the agent ticket of one app — each with its string1,
//! and on request the page's code (`wx.config` + `wx.agentConfig`, or `ww.register`).

use std::process::ExitCode;

use anyhow::Context;
use clap::ValueEnum;

use super::check_url::warn_about_url;
use super::output::{self, Output};
use super::token::{self, Session};
use crate::core::sign::{self, Signature};
use crate::core::text::msg;
use crate::core::wecom::{self, CallInput};
use crate::i18n::{Render, text};
use crate::wechat::{TicketInfo, TicketKind};

/// The snippet forms a WeCom page uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SnippetForm {
    /// `wx.config({beta: true, ...})` then `wx.agentConfig({...})` (jweixin + WeCom).
    Wx,
    /// `ww.register({... getConfigSignature, getAgentConfigSignature})` (@wecom/jssdk).
    Ww,
}

/// What `sign` hands over for a WeCom profile: its arguments, read once.
#[derive(Debug)]
pub struct WecomSign<'a> {
    /// The page URL, signed as given.
    pub url: &'a str,
    /// The app whose agent ticket signs `wx.agentConfig` (default: the profile's first).
    pub agent_id: Option<u64>,
    /// One nonce for both calls; a random one each when `None`.
    pub noncestr: Option<&'a str>,
    /// Seconds since the epoch; now when `None`.
    pub timestamp: Option<u64>,
    pub snippet: Option<SnippetForm>,
    /// The snippet's jsApiList.
    pub js_api: &'a [String],
    /// Print the fetched tickets in full instead of their previews.
    pub reveal: bool,
}

pub fn run(args: &WecomSign<'_>, session: Session, out: Output) -> anyhow::Result<ExitCode> {
    let lang = out.lang;
    let profile = &session.profile;
    let app = profile.app(args.agent_id)?.clone();
    let corp = match session.ticket(TicketKind::Jsapi) {
        Ok(t) => t,
        Err(e) => return Ok(token::report_error_for(&e, out, Some(&profile.name))),
    };
    let agent = match session.ticket(TicketKind::AgentConfig) {
        Ok(t) => t,
        Err(e) => return Ok(token::report_error_for(&e, out, Some(&profile.name))),
    };
    for t in corp.warnings.iter().chain(&agent.warnings) {
        anstream::eprintln!("{} {}", output::warning_prefix(lang), t.get(lang));
    }
    let mut rng = rand::rng();
    let (config_nonce, agent_nonce) = match args.noncestr {
        Some(n) => (n.to_owned(), n.to_owned()),
        None => (
            sign::generate_nonce(&mut rng, sign::DEFAULT_NONCE_LEN)
                .context(text(lang, "cli-nonce-failed"))?,
            sign::generate_nonce(&mut rng, sign::DEFAULT_NONCE_LEN)
                .context(text(lang, "cli-nonce-failed"))?,
        ),
    };
    let timestamp = args
        .timestamp
        .unwrap_or_else(|| sign::timestamp_at(std::time::SystemTime::now()))
        .to_string();
    warn_about_url(args.url, lang);
    let mut sigs = wecom::sign_both(
        CallInput {
            ticket: corp.ticket.reveal(),
            noncestr: &config_nonce,
            timestamp: &timestamp,
        },
        CallInput {
            ticket: agent.ticket.reveal(),
            noncestr: &agent_nonce,
            timestamp: &timestamp,
        },
        args.url,
    );
    let snippet = args.snippet.map(|form| {
        let js = args.js_api;
        match form {
            SnippetForm::Wx => wecom::wx_snippet(&profile.app_id, app.agent_id, &sigs, js),
            SnippetForm::Ww => wecom::ww_register_snippet(&profile.app_id, app.agent_id, &sigs, js),
        }
    });
    if !args.reveal {
        redact(&mut sigs.config, &corp);
        redact(&mut sigs.agent_config, &agent);
    }
    if out.json {
        let call = |s: &Signature| {
            serde_json::json!({
                "string1": s.string1,
                "signature": s.signature,
                "jsapi_ticket": s.jsapi_ticket,
                "noncestr": s.noncestr,
                "timestamp": s.timestamp,
                "url": s.url,
            })
        };
        let mut v = serde_json::json!({
            "corp_id": profile.app_id,
            "agent_id": app.agent_id,
            "config": call(&sigs.config),
            "agent_config": call(&sigs.agent_config),
        });
        if let Some(s) = &snippet {
            v["snippet"] = serde_json::Value::String(s.clone());
        }
        println!("{v}");
        return Ok(ExitCode::SUCCESS);
    }
    let heading = |call: &str, what: String| {
        anstream::println!("{}{call}{:#} ({what})", output::LABEL, output::LABEL);
    };
    let signature = format!("  {}", text(lang, "cli-label-signature"));
    let corp_id = profile.app_id.as_str();
    heading(
        "wx.config",
        msg!("cli-sign-corp-ticket-of", corp_id = corp_id).get(lang),
    );
    output::field(11, "  string1", &sigs.config.string1);
    output::field(11, &signature, &sigs.config.signature);
    heading(
        "wx.agentConfig",
        msg!("cli-sign-agent-ticket-of", app = app.label()).get(lang),
    );
    output::field(11, "  string1", &sigs.agent_config.string1);
    output::field(11, &signature, &sigs.agent_config.signature);
    if let Some(s) = snippet {
        println!("\n{s}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Shows a fetched ticket as its preview in string1 (the signature stays the real one).
fn redact(sig: &mut Signature, ticket: &TicketInfo) {
    let t = &ticket.ticket;
    sig.string1 = crate::secret::redact_in(&sig.string1, [t.reveal()]);
    sig.jsapi_ticket = t.preview();
}
