//! `wxsign secret set|delete --profile NAME --ticket`: the pasted jsapi_ticket of a profile
//! whose ticket source is `pasted`. Never from a command-line argument (argv is visible to every
//! user): a prompt without echo, or `--secret-stdin`.

use anyhow::{Context, bail};

use super::output;
use super::usage::usage;
use crate::core::text::Lang;
use crate::i18n::Render;
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
) -> anyhow::Result<()> {
    let account = ticket_account(p, agent_id)?;
    use std::io::IsTerminal;
    let whose = whose(p, agent_id);

    if let Some(s) = expires_in
        && !(1..=pasted_source::MAX_LIFETIME).contains(&s)
    {
        // Said before asking for the ticket: the paste would be wasted.
        let now = chrono::Utc::now().timestamp();
        if let Err(m) = PastedTicket::new(&Secret::new("x"), now, Some(s)) {
            return Err(usage(m.get(Lang::En)));
        }
    }
    let ticket = if from_stdin {
        secrets::read_secret_line(&mut std::io::stdin().lock())
            .context("reading the ticket from stdin")?
    } else if std::io::stdin().is_terminal() {
        let what = match agent_id {
            Some(id) => format!("agent ticket of app {id}"),
            None => "jsapi_ticket".to_owned(),
        };
        let typed =
            rpassword::prompt_password(format!("{what} for profile {} (not shown): ", p.name))
                .context("reading the ticket from the terminal")?;
        let typed = typed.trim().to_owned();
        (!typed.is_empty()).then(|| Secret::new(typed))
    } else {
        return Err(usage(
            "stdin is not a terminal: pass --secret-stdin to read the ticket from it",
        ));
    };
    let ticket = ticket.ok_or_else(|| {
        usage("the ticket is empty (stdin had no line, or only spaces): paste the jsapi_ticket")
    })?;
    let now = chrono::Utc::now().timestamp();
    let pasted = PastedTicket::new(&ticket, now, expires_in).map_err(|m| usage(m.get(Lang::En)))?;
    let secrets = Secrets::from_env();
    if let StoreHealth::Unavailable(t) = secrets.health() {
        // This process ends now: a session-only ticket would be gone before any use.
        bail!(
            "{}\nA pasted ticket can then only be used from the window (kept for its session).",
            t.get(crate::core::text::Lang::En)
        );
    }
    let persistent = pasted_source::save(&secrets, &account, &pasted, false)
        .context("storing the pasted ticket")?;
    let lifetime = if pasted.estimated {
        format!(
            "valid ~{} min (an estimate: assumes it was issued now)",
            pasted_source::MAX_LIFETIME / 60
        )
    } else {
        format!("valid {} min", (pasted.expires_at - now) / 60)
    };
    if persistent {
        anstream::println!(
            "{}stored{:#} the pasted ticket of {} in the OS keyring ({} chars, {lifetime})",
            output::OK,
            output::OK,
            whose,
            ticket.reveal().trim().len()
        );
    } else {
        anstream::println!(
            "kept the pasted ticket of {} in memory only ({}=memory): it is gone when this command ends",
            whose,
            secrets::KEYRING_ENV
        );
    }
    if !p.ticket_source.is_pasted() {
        anstream::eprintln!(
            "note: profile {} does not use it yet: `wxsign profile edit {} --ticket-source pasted`",
            p.name,
            p.name
        );
    }
    Ok(())
}

/// `wxsign secret delete --profile NAME --ticket`.
pub fn delete(p: &Profile, agent_id: Option<u64>) -> anyhow::Result<()> {
    let account = ticket_account(p, agent_id)?;
    let secrets = Secrets::from_env();
    let had = pasted_source::delete(&secrets, &account)
        .map_err(|e| anyhow::anyhow!("deleting the pasted ticket: {e}"))?;
    let whose = whose(p, agent_id);
    if had {
        anstream::println!("deleted the pasted ticket of {whose}");
    } else {
        anstream::println!("no pasted ticket was stored for {whose}");
    }
    Ok(())
}

/// How the messages name a pasted ticket: the profile (its jsapi or corp ticket), or the
/// profile and the app whose agent ticket it is.
fn whose(p: &Profile, agent_id: Option<u64>) -> String {
    match agent_id {
        Some(id) => format!("{} (agent ticket of app {id})", p.name),
        None => p.name.clone(),
    }
}

/// The corp (or Official Account) ticket without `--agent-id`; a WeCom app's agent ticket with.
fn ticket_account(p: &Profile, agent_id: Option<u64>) -> anyhow::Result<String> {
    let kind = match agent_id {
        Some(_) if p.platform.spec().per_app_secrets => crate::wechat::TicketKind::AgentConfig,
        Some(_) => bail!(
            "--agent-id is for WeCom profiles: profile '{}' has one pasted ticket",
            p.name
        ),
        None => crate::wechat::TicketKind::Jsapi,
    };
    pasted_source::account(p, kind, agent_id).map_err(|e| anyhow::anyhow!("{e}"))
}

/// The `ticket` lines of `wxsign secret status` for a pasted-source profile: one per ticket its
/// config calls are signed with (WeCom: the corp ticket, then each app's agent ticket).
pub fn status(width: usize, p: &Profile, secrets: &Secrets) {
    if !p.ticket_source.is_pasted() {
        return;
    }
    let now = chrono::Utc::now().timestamp();
    for (kind, agent_id) in crate::tickets::config_tickets(p) {
        let Ok(account) = pasted_source::account(p, kind, agent_id) else {
            continue;
        };
        let (label, flag) = match agent_id {
            Some(id) => (format!("ticket {id}"), format!(" --agent-id {id}")),
            None => ("ticket".to_owned(), String::new()),
        };
        let status = match pasted_source::load(secrets, &account) {
            Ok(Some(t)) if t.expires_at > now => format!(
                "pasted, valid {}{} min",
                if t.estimated { "~" } else { "" },
                (t.expires_at - now) / 60
            ),
            Ok(Some(_)) => format!(
                "expired: paste a fresh one with `wxsign secret set --profile {} --ticket{flag}`",
                p.name
            ),
            Ok(None) => format!(
                "not set: `wxsign secret set --profile {} --ticket{flag}`",
                p.name
            ),
            Err(e) => e.text().get(crate::core::text::Lang::En),
        };
        output::field(width, &label, &status);
    }
}
