//! Card signatures (DOMAIN.md §11): `addCard`'s `cardExt.signature` and `chooseCard`'s
//! `cardSign`. Another rule than `wx.config`: the **values** only, empty ones dropped, sorted as
//! strings and concatenated with no keys and no separator, SHA-1, with the `wx_card` ticket.

mod verify;

use serde::Serialize;

use super::sign::sha1_hex;

pub use verify::{CardVerdict, CardVerifyInput, verify_card};

/// Which card API the signature is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CardApi {
    /// `wx.addCard`: `cardExt = {code, openid, timestamp, nonce_str, signature}`.
    AddCard,
    /// `wx.chooseCard`: `{shopId, cardType, cardId, timestamp, nonceStr, signType, cardSign}`.
    ChooseCard,
}

impl CardApi {
    /// The name as the CLI and the docs write it (`addcard`, `choosecard`).
    pub fn name(self) -> &'static str {
        match self {
            CardApi::AddCard => "addCard",
            CardApi::ChooseCard => "chooseCard",
        }
    }

    /// The signed fields in the order the official docs list them.
    pub fn fields(self) -> &'static [CardField] {
        use CardField::*;
        match self {
            CardApi::AddCard => &[ApiTicket, Timestamp, CardId, Code, Openid, NonceStr],
            CardApi::ChooseCard => &[
                ApiTicket, AppId, LocationId, Timestamp, NonceStr, CardId, CardType,
            ],
        }
    }

    /// The fields a server may leave out or add by mistake (an optional value).
    pub fn optional(self) -> &'static [CardField] {
        use CardField::*;
        match self {
            CardApi::AddCard => &[Code, Openid],
            CardApi::ChooseCard => &[LocationId, CardId, CardType],
        }
    }
}

/// One value a card signature covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardField {
    ApiTicket,
    AppId,
    LocationId,
    Timestamp,
    NonceStr,
    CardId,
    CardType,
    Code,
    Openid,
}

impl CardField {
    /// The key as the docs name it (what a server writing `k=v&` pairs uses).
    pub fn key(self) -> &'static str {
        match self {
            CardField::ApiTicket => "api_ticket",
            CardField::AppId => "app_id",
            CardField::LocationId => "location_id",
            CardField::Timestamp => "timestamp",
            CardField::NonceStr => "nonce_str",
            CardField::CardId => "card_id",
            CardField::CardType => "card_type",
            CardField::Code => "code",
            CardField::Openid => "openid",
        }
    }
}

/// The values of a card signature; the ones the API does not sign are ignored, empty ones are
/// dropped as the rule says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardValues {
    /// The `wx_card` api_ticket (a credential: never printed whole by the callers).
    pub api_ticket: String,
    pub timestamp: String,
    pub nonce_str: String,
    pub card_id: String,
    pub code: String,
    pub openid: String,
    pub app_id: String,
    pub location_id: String,
    pub card_type: String,
}

impl CardValues {
    pub fn get(&self, f: CardField) -> &str {
        match f {
            CardField::ApiTicket => &self.api_ticket,
            CardField::AppId => &self.app_id,
            CardField::LocationId => &self.location_id,
            CardField::Timestamp => &self.timestamp,
            CardField::NonceStr => &self.nonce_str,
            CardField::CardId => &self.card_id,
            CardField::CardType => &self.card_type,
            CardField::Code => &self.code,
            CardField::Openid => &self.openid,
        }
    }

    pub fn set(&mut self, f: CardField, value: String) {
        let slot = match f {
            CardField::ApiTicket => &mut self.api_ticket,
            CardField::AppId => &mut self.app_id,
            CardField::LocationId => &mut self.location_id,
            CardField::Timestamp => &mut self.timestamp,
            CardField::NonceStr => &mut self.nonce_str,
            CardField::CardId => &mut self.card_id,
            CardField::CardType => &mut self.card_type,
            CardField::Code => &mut self.code,
            CardField::Openid => &mut self.openid,
        };
        *slot = value;
    }
}

/// A computed card signature: the sorted concatenation and its SHA-1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CardSignature {
    pub string1: String,
    /// 40 lowercase hex characters.
    pub signature: String,
}

/// The string the card rule hashes: the non-empty values of `api`'s fields, sorted as strings,
/// concatenated.
pub fn card_string1(api: CardApi, values: &CardValues) -> String {
    let mut parts: Vec<&str> = api
        .fields()
        .iter()
        .map(|f| values.get(*f))
        .filter(|v| !v.is_empty())
        .collect();
    parts.sort_unstable();
    parts.concat()
}

/// Signs card values with the card rule.
pub fn sign_card(api: CardApi, values: &CardValues) -> CardSignature {
    let string1 = card_string1(api, values);
    let signature = sha1_hex(&string1);
    CardSignature { string1, signature }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// DOMAIN.md §11's official vector.
    pub(super) fn official() -> CardValues {
        CardValues {
            api_ticket: "ojZ8YtyVyr30HheH3CM73y7h4jJE".into(),
            timestamp: "1404896688".into(),
            nonce_str: "123".into(),
            card_id: "pjZ8Yt1XGILfi-FUsewpnnolGgZk".into(),
            code: "1434008071".into(),
            ..CardValues::default()
        }
    }

    #[test]
    fn official_vector() {
        let s = sign_card(CardApi::AddCard, &official());
        assert_eq!(
            s.string1,
            "12314048966881434008071ojZ8YtyVyr30HheH3CM73y7h4jJEpjZ8Yt1XGILfi-FUsewpnnolGgZk"
        );
        assert_eq!(s.signature, "f137ab68b7f8112d20ee528ab6074564e2796250");
    }

    #[test]
    fn choose_card_uses_its_own_fields() {
        let mut v = official();
        v.app_id = "wx0123456789abcdef".into();
        v.card_type = "GROUPON".into();
        let s = sign_card(CardApi::ChooseCard, &v);
        // code is not a chooseCard field; app_id and card_type are.
        assert!(!s.string1.contains("1434008071"));
        assert!(s.string1.contains("GROUPON") && s.string1.contains("wx0123456789abcdef"));
        assert_eq!(
            s.string1,
            "1231404896688GROUPONojZ8YtyVyr30HheH3CM73y7h4jJEpjZ8Yt1XGILfi-FUsewpnnolGgZkwx0123456789abcdef"
        );
    }
}
