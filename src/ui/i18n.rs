//! The window's main string table: one field per label, read from the catalogue
//! (`assets/i18n/*.ftl`, ids `ui-<field>`) once per language. Panels read fields, so a label
//! costs nothing per frame, and `tests/cli/catalogue.rs` fails when a field has no entry.

use crate::core::text::Lang;
use crate::core::urlcheck::Severity;

crate::i18n::string_table! {
    /// All UI strings of one language.
    pub struct Strings as "ui", pub fn tr {
        // Panels
        panel_sign,
        panel_check_url,
        panel_verify,
        panel_log,
        panel_settings,

        // Sign panel
        ticket,
        ticket_hint,
        show_ticket,
        noncestr,
        generate,
        timestamp,
        now,
        page_url,
        page_url_hint,
        load_example,
        example_intro,
        sign_url,
        sign_url_same,
        sign_url_invalid,
        changes_legend,
        use_sign_url,
        string1,
        string1_legend,
        signature,
        copy,
        copy_string1,
        copy_signature,
        copied,
        js_api_list,
        deprecated,
        open_tag_list,
        fill_inputs,
        ticket_missing,
        url_missing,
        timestamp_ms,
        timestamp_not_number,

        // Check URL panel
        check_url_intro,
        findings,
        no_findings,
        fix,
        safe_domains,
        safe_domains_hint,
        add_domain,
        remove,
        severity_error,
        severity_warning,
        severity_info,

        // Verify panel
        verify_intro,
        server_output,
        server_output_hint,
        phone_url,
        phone_url_hint,
        entry_url,
        entry_url_hint,
        verify_ticket,
        verify_button,
        verdict_match,
        verdict_mismatch,
        causes,
        notes,
        server_string1,
        correct_string1,
        expected_signature,
        parse_error,
        missing_field,
        candidates,

        // Log panel
        log_filter,
        log_clear,
        log_copy,
        log_empty,
        col_time,
        col_endpoint,
        col_duration,
        col_status,
        col_errcode,
        col_message,
        log_count,

        // Settings
        language,
        theme,
        theme_light,
        theme_dark,
        theme_system,
        settings_saved_in,
        font_in_use,
        font_system,
        font_bundled,
        save_failed,

        // Profiles and top bar
        valid,
        expired,
        hours,
        minutes,
        seconds,
        profile,
        no_profile,
        no_profile_hint,
        offline_hint,
        token,
        ticket_short,
        not_fetched,
        from_cache,
        fetched,
        fetch_ticket,
        force_refresh,
        force_refresh_warning,
        force_refresh_confirm,
        cancel,
        dismiss,
        test_account,
        production,
        profiles,
        add_profile,
        no_profiles,
        edit,
        delete,
        delete_profile_q,
        app_secret,
        secret_keyring,
        secret_env,
        secret_session,
        secret_missing,
        /// A missing appSecret where the ticket source does not use one (pasted, Redis).
        secret_not_needed,
        edit_profile,
        profile_name,
        account_kind,
        token_mode,
        legacy_token,
        forget_secret,
        new_secret,
        new_secret_hint,
        session_only,
        save,
        api_base,
        timeouts,
        connect_timeout,
        total_timeout,
        profile_settings,
        no_active_profile,
        secret_store,
    }
}

impl Strings {
    /// The language core messages (`Msg`) are rendered in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn severity_name(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => self.severity_error,
            Severity::Warning => self.severity_warning,
            Severity::Info => self.severity_info,
        }
    }
}

/// The name of a language in that language, for the language picker: each catalogue names
/// its own language.
pub fn lang_name(lang: Lang) -> &'static str {
    crate::i18n::text(lang, "lang-own-name")
}
