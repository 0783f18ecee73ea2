//! `wxsign secret set|delete --profile NAME --ticket`: the pasted jsapi_ticket of a profile
//! whose ticket source is `pasted`. Never from a command-line argument (argv is visible to every
//! user): a prompt without echo, or `--secret-stdin`.

use anyhow::{Context, bail};

use super::output;
use super::usage::usage;
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::pasted_source::{self, PastedTicket};
use crate::profile::Profile;
use crate::secret::Secret;
use crate::secrets::{self, Secrets, StoreHealth};

/// `wxsign secret set --profile NAME --ticket [--expires-in S]`.
pub fn set(
    p: &Profile,
    from_stdin: bool,
    expires_in: Option<i64>,
    agent_id: Option<u64>,
    lang: Lang,
) -> anyhow::Result<()> {
    let account = ticket_account(p, agent_id, lang)?;
    use std::io::IsTerminal;
    let whose = whose(p, agent_id, lang);

    if let Some(s) = expires_in
        && !(1..=pasted_source::MAX_LIFETIME).contains(&s)
    {
        // Said before asking for the ticket: the paste would be wasted.
        let now = chrono::Utc::now().timestamp();
        if let Err(m) = PastedTicket::new(&Secret::new("x"), now, Some(s)) {
            return Err(usage(m.get(lang)));
        }
    }
    let ticket = if from_stdin {
        secrets::read_secret_line(&mut std::io::stdin().lock())
            .context(text(lang, "cli-pasted-stdin-failed"))?
    } else if std::io::stdin().is_terminal() {
        let profile = p.name.as_str();
        let prompt = match agent_id {
            Some(id) => msg!("cli-pasted-prompt-agent", agent_id = id, profile = profile),
            None => msg!("cli-pasted-prompt", profile = profile),
        };
        let typed = rpassword::prompt_password(prompt.get(lang))
            .context(text(lang, "cli-pasted-terminal-failed"))?;
        let typed = typed.trim().to_owned();
        (!typed.is_empty()).then(|| Secret::new(typed))
    } else {
        return Err(usage(text(lang, "cli-pasted-stdin-not-terminal")));
    };
    let ticket = ticket.ok_or_else(|| usage(text(lang, "cli-pasted-empty")))?;
    let now = chrono::Utc::now().timestamp();
    let pasted = PastedTicket::new(&ticket, now, expires_in).map_err(|m| usage(m.get(lang)))?;
    let secrets = Secrets::from_env();
    if let StoreHealth::Unavailable(t) = secrets.health() {
        // This process ends now: a session-only ticket would be gone before any use.
        bail!(msg!("cli-pasted-no-keyring", why = t.get(lang)).get(lang));
    }
    let persistent = pasted_source::save(&secrets, &account, &pasted, false)
        .context(text(lang, "cli-pasted-store-failed"))?;
    let lifetime = if pasted.estimated {
        msg!(
            "cli-pasted-lifetime-estimated",
            minutes = pasted_source::MAX_LIFETIME / 60
        )
    } else {
        msg!(
            "cli-pasted-lifetime",
            minutes = (pasted.expires_at - now) / 60
        )
    };
    let done = if persistent {
        let (on, off) = output::ok_codes();
        let chars = ticket.reveal().trim().len();
        let whose = whose.as_str();
        msg!(
            "cli-pasted-stored",
            on = on,
            off = off,
            whose = whose,
            chars = chars,
            lifetime = lifetime
        )
    } else {
        let env = secrets::KEYRING_ENV;
        msg!(
            "cli-pasted-kept-in-memory",
            whose = whose.as_str(),
            env = env
        )
    };
    anstream::println!("{}", done.get(lang));
    if !p.ticket_source.is_pasted() {
        let note = msg!("cli-pasted-not-used-yet", profile = p.name.as_str());
        anstream::eprintln!("{}", note.get(lang));
    }
    Ok(())
}

/// `wxsign secret delete --profile NAME --ticket`.
pub fn delete(p: &Profile, agent_id: Option<u64>, lang: Lang) -> anyhow::Result<()> {
    let account = ticket_account(p, agent_id, lang)?;
    let secrets = Secrets::from_env();
    let had = pasted_source::delete(&secrets, &account)
        .map_err(|e| anyhow::anyhow!("{}: {e}", text(lang, "cli-pasted-delete-failed")))?;
    let whose = whose(p, agent_id, lang);
    let done = if had {
        msg!("cli-pasted-deleted", whose = whose)
    } else {
        msg!("cli-pasted-none-stored", whose = whose)
    };
    anstream::println!("{}", done.get(lang));
    Ok(())
}

/// How the messages name a pasted ticket: the profile (its jsapi or corp ticket), or the
/// profile and the app whose agent ticket it is.
fn whose(p: &Profile, agent_id: Option<u64>, lang: Lang) -> String {
    let profile = p.name.as_str();
    match agent_id {
        Some(id) => msg!("cli-pasted-whose-agent", profile = profile, agent_id = id).get(lang),
        None => p.name.clone(),
    }
}

/// The corp (or Official Account) ticket without `--agent-id`; a WeCom app's agent ticket with.
fn ticket_account(p: &Profile, agent_id: Option<u64>, lang: Lang) -> anyhow::Result<String> {
    let kind = match (agent_id, p.platform.app_ticket()) {
        (Some(_), Some(kind)) => kind,
        (Some(_), None) => {
            bail!(msg!("cli-pasted-agent-id-oa", profile = p.name.as_str()).get(lang))
        }
        (None, _) => crate::wechat::TicketKind::Jsapi,
    };
    pasted_source::account(p, kind, agent_id).map_err(|e| anyhow::anyhow!("{e}"))
}

/// The `ticket` lines of `wxsign secret status` for a pasted-source profile: one per ticket its
/// config calls are signed with (WeCom: the corp ticket, then each app's agent ticket).
pub fn status(width: usize, p: &Profile, secrets: &Secrets, lang: Lang) {
    if !p.ticket_source.is_pasted() {
        return;
    }
    let now = chrono::Utc::now().timestamp();
    let profile = p.name.as_str();
    for (kind, agent_id) in crate::tickets::config_tickets(p) {
        let Ok(account) = pasted_source::account(p, kind, agent_id) else {
            continue;
        };
        let (label, flag) = match agent_id {
            Some(id) => (
                msg!("cli-pasted-label-agent", agent_id = id).get(lang),
                format!(" --agent-id {id}"),
            ),
            None => (text(lang, "cli-pasted-label").to_owned(), String::new()),
        };
        let flag = flag.as_str();
        let status = match pasted_source::load(secrets, &account) {
            Ok(Some(t)) if t.expires_at > now => {
                let minutes = (t.expires_at - now) / 60;
                if t.estimated {
                    msg!("cli-pasted-status-estimated", minutes = minutes)
                } else {
                    msg!("cli-pasted-status-valid", minutes = minutes)
                }
                .get(lang)
            }
            Ok(Some(_)) => {
                msg!("cli-pasted-status-expired", profile = profile, flag = flag).get(lang)
            }
            Ok(None) => msg!("cli-pasted-status-not-set", profile = profile, flag = flag).get(lang),
            Err(e) => e.text().get(lang).to_owned(),
        };
        output::field(width, &label, &status);
    }
}
