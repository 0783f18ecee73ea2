//! The parts a [`super::PlatformSpec`] is made of: the config calls a page signs, the token and
//! ticket API, the errcode table, the domain rule and the refresh rule. Pure data, so adding a
//! platform is one more value and every layer reads the same facts.

use crate::core::sign::{Recipe, RecipeMistake};
use crate::core::text::Msg;
use crate::core::verify::CallRecipe;

/// One signed call a page makes (`wx.config`, `wx.agentConfig`, `dd.config`, `h5sdk.config`):
/// the unit `sign`, `verify` and the panels loop over.
#[derive(Debug)]
pub struct ConfigCall {
    /// The JS call as the page writes it.
    pub js: &'static str,
    /// The ticket kind that signs it (`jsapi`, `agent_config`): a key of the platform's tickets.
    pub ticket_kind: &'static str,
    /// How the call names the signed values.
    pub fields: CallFields,
    /// How the platform turns the values into the signature.
    pub recipe: Recipe,
    /// Other recipes servers are known to use for this call, and timestamps in the wrong unit:
    /// the verifier tries each like any other cause.
    pub mistakes: &'static [RecipeMistake],
}

/// The names a call gives the signed values, and the constant fields it carries.
#[derive(Debug)]
pub struct CallFields {
    /// The ids the page passes besides the signed values (`appId`; `corpid`, `agentid`;
    /// DingTalk's `agentId`, `corpId`).
    pub ids: &'static [&'static str],
    /// `timestamp`, or DingTalk's `timeStamp`.
    pub timestamp: &'static str,
    pub nonce: &'static str,
    pub signature: &'static str,
    /// Whether the page passes the timestamp as a number (Feishu: "数据类型不能使用 string").
    pub timestamp_is_number: bool,
    /// Constant fields the page's call carries (`debug: false`, `beta: true`, DingTalk's
    /// `type: 0`), as JavaScript: the snippet writes them first.
    pub extra: &'static [(&'static str, &'static str)],
    /// The id field the profile's own id fills (`appId` with the appId, the corpId or Feishu's
    /// `cli_…`); `None` where the call takes ids the profile does not hold (DingTalk's agentId
    /// and corpId, not its appKey), so the snippet leaves them to the page.
    pub profile_id: Option<&'static str>,
    /// Whether `jsApiList` takes WeChat's JS-SDK names (`core::jsapi`), which the snippet lets
    /// the user pick; other platforms name their own APIs.
    pub wechat_api_list: bool,
}

impl ConfigCall {
    /// What the verifier needs of this call: its recipe and the mistakes seen with it.
    pub fn recipe_check(&self) -> CallRecipe<'_> {
        CallRecipe {
            recipe: &self.recipe,
            mistakes: self.mistakes,
        }
    }

    /// The signed values under the names this call gives them, the timestamp as a number where
    /// the platform wants one: what the page passes, for `sign --json` and the snippets.
    pub fn signed_fields(
        &self,
        timestamp: &str,
        nonce: &str,
        signature: &str,
    ) -> Vec<(&'static str, serde_json::Value)> {
        let f = &self.fields;
        let ts = match timestamp.parse::<u64>() {
            Ok(n) if f.timestamp_is_number => serde_json::Value::from(n),
            _ => serde_json::Value::from(timestamp),
        };
        vec![
            (f.timestamp, ts),
            (f.nonce, nonce.into()),
            (f.signature, signature.into()),
        ]
    }

    /// `dd.config({timeStamp: 1414588745, nonceStr: "…", signature: "…"})`: the signed part of
    /// the page's call, as JavaScript (the ids and `jsApiList` are the page's own).
    pub fn signed_call(&self, timestamp: &str, nonce: &str, signature: &str) -> String {
        let fields = self
            .signed_fields(timestamp, nonce, signature)
            .into_iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join(", ");
        format!("{}({{{fields}}})", self.js)
    }
}

/// The HTTP method of an API call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
}

/// What one request parameter carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// The profile's id (appKey, app_id, appId, corpId).
    Id,
    /// The secret, from the keyring.
    Secret,
    /// A constant.
    Literal(&'static str),
}

/// How the request carries its parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    /// In the query string.
    Query(&'static [(&'static str, Value)]),
    /// As a JSON object (an empty list is `{}`).
    Json(&'static [(&'static str, Value)]),
}

/// How a ticket request shows the token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auth {
    /// The token endpoint needs none.
    None,
    /// `?access_token=…`.
    QueryAccessToken,
    /// A header holding the bare token (`x-acs-dingtalk-access-token`).
    Header(&'static str),
    /// `Authorization: Bearer …`.
    Bearer,
}

/// How a reply says it failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// `{"errcode": N, "errmsg": "…"}`, 0 (or absent) on success.
    ErrcodeErrmsg,
    /// `{"code": N, "msg": "…"}`, 0 on success (Feishu).
    CodeMsg,
    /// An HTTP 4xx/5xx with `{"code": "…", "message": "…"}`; 200 on success (DingTalk's new API).
    HttpCodeMessage,
}

/// One endpoint: where it is, what it sends, what it answers.
#[derive(Debug)]
pub struct Endpoint {
    pub method: Method,
    /// Relative to the API base.
    pub path: &'static str,
    pub request: Request,
    pub auth: Auth,
    pub status: Status,
    /// Where the credential is in the reply (a dotted path: `data.ticket`).
    pub value: &'static str,
    /// Where its lifetime in seconds is (`expires_in`, `expireIn`, `expire`, `data.expire_in`).
    pub expiry: &'static str,
}

/// A platform's token and ticket API.
#[derive(Debug)]
pub struct ApiSpec {
    pub default_base: &'static str,
    /// Other bases of the same API (Lark's `open.larksuite.com`).
    pub other_bases: &'static [&'static str],
    pub token: Endpoint,
    /// The ticket that signs the platform's config call.
    pub ticket: Endpoint,
}

/// Errcodes of a platform that mean one thing, with what it means and what to do.
#[derive(Debug)]
pub struct Errcode {
    /// As the API or the page's error callback reports them (`52013`; DingTalk's client
    /// `errorCode 3` is `3`).
    pub codes: &'static [i64],
    pub meaning: Msg,
    pub fix: Msg,
}

/// The page domains a profile lists, as the profile editor and its errors name them (the
/// check-url findings speak through `PlatformSpec::domain_wording`).
#[derive(Debug)]
pub struct DomainRule {
    /// What one entry is called (`JS interface safe domain`, `trusted domain`).
    pub label: Msg,
    /// What one entry is called in an error about it.
    pub entry_label: Msg,
    /// Where the console keeps them.
    pub console: Msg,
    /// The profile editor's field holding the list, and its hint (what one line looks like).
    pub list_label: Msg,
    pub list_hint: Msg,
    /// How many a profile may list, when the platform says.
    pub limit: Option<DomainLimit>,
}

/// The most domains a platform accepts, and the error past it.
#[derive(Debug)]
pub struct DomainLimit {
    pub max: usize,
    pub too_many: fn(count: usize, max: usize) -> Msg,
}

/// What fetching again does while the current credential is valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefreshRule {
    /// The same credential comes back, its lifetime extended (DingTalk: by 2 h, up to 24 h from
    /// creation) or kept (WeCom, the stable token): one is valid at a time.
    RenewedInPlace,
    /// With less than `within_secs` left a new one comes back and the old one stays valid until
    /// it expires (Feishu: 30 min): two tickets can be valid at once, both verifier candidates.
    NewWhileOldValid { within_secs: u32 },
}

/// Which credentials path serves a platform's API. The Official Account's and WeCom's have
/// behaviour of their own (stable_token's modes and forced refresh; per-app secrets, tokens and
/// quotas); any other platform is served from its [`ApiSpec`] alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiFlow {
    OfficialAccount,
    WecomApps,
    Spec,
}
