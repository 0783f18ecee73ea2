//! The Card mode's strings (Sign and Verify panels): a table read from the catalogue (ids
//! `card-<field>`).

crate::i18n::string_table! {
    pub struct CardStrings as "card", pub fn card_tr {
        mode_card,
        sign_intro,
        verify_intro,
        api,
        card_ticket,
        card_ticket_hint,
        jsapi_ticket,
        jsapi_ticket_hint,
        optional_hint,
        signature,
        signature_hint,
        load_example,
        sorted_values,
        sorted_legend,
        string,
        result,
        copy_string,
        copy_signature,
        copied,
        fill_inputs,
        verify_button,
        server_string,
        correct_string,
        expected,
    }
}
