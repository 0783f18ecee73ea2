//! The JS-SDK signature (DOMAIN.md §1): string1 from four raw fields in ASCII key order, then
//! SHA-1 as lowercase hex. No I/O, no clock, no global randomness: the caller passes the time and
//! the random source, so every result is reproducible in a test.
//!
//! The apps that copied the recipe (DingTalk, Feishu; DOMAIN.md §13) keep string1 and change
//! three details: the digest, the timestamp unit and how the URL is normalised. A [`Recipe`]
//! names those three, so one signer serves every platform and the platforms only carry data.

use std::borrow::Cow;

use serde::Serialize;
use sha1::Digest as _;
use sha1::Sha1;
use sha2::Sha256;

/// The four keys of string1, already in the order the algorithm sorts them.
pub const KEYS: [&str; 4] = ["jsapi_ticket", "noncestr", "timestamp", "url"];

/// The default nonce length; WeChat accepts any, the official examples use 16.
pub const DEFAULT_NONCE_LEN: usize = 16;
/// The longest nonce we generate; `wx.config` has no documented limit, 32 is the common cap.
pub const MAX_NONCE_LEN: usize = 32;

const ALPHANUMERIC: &[u8; 62] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/// The hash a platform applies to string1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Digest {
    /// WeChat, WeCom, Feishu, and DingTalk's old docs: 40 lowercase hex digits.
    Sha1,
    /// DingTalk's current docs: 64 lowercase hex digits.
    Sha256,
}

impl Digest {
    /// How many hex digits the digest prints.
    pub fn hex_len(self) -> usize {
        match self {
            Digest::Sha1 => 40,
            Digest::Sha256 => 64,
        }
    }

    /// The digest's name as people write it (`SHA-1`, `SHA-256`).
    pub fn name(self) -> &'static str {
        match self {
            Digest::Sha1 => "SHA-1",
            Digest::Sha256 => "SHA-256",
        }
    }

    /// Whether `s` has the digest's length and only hex digits (either case).
    pub fn is_hex(self, s: &str) -> bool {
        s.len() == self.hex_len() && s.bytes().all(|b| b.is_ascii_hexdigit())
    }

    /// The digest of `bytes` as lowercase hex, written into `out` (cleared first).
    fn hex_into(self, bytes: &[u8], out: &mut [u8; 64]) -> usize {
        // The sizes always fit: 20 bytes in 40 hex digits, 32 bytes in 64.
        match self {
            Digest::Sha1 => {
                let _ = hex::encode_to_slice(Sha1::digest(bytes).as_slice(), &mut out[..40]);
                40
            }
            Digest::Sha256 => {
                let _ = hex::encode_to_slice(Sha256::digest(bytes).as_slice(), &mut out[..64]);
                64
            }
        }
    }
}

/// The unit of a timestamp: what a platform documents, and what a given value looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimestampUnit {
    Seconds,
    Millis,
}

/// The fewest digits a millisecond timestamp has: every time since 2001-09-09 in milliseconds
/// has 13, and seconds reach 13 digits only in the year 318857. The one millisecond rule: the
/// sign and verify commands, the batch checks, the card checks and the panels all ask
/// [`TimestampUnit::of`].
pub const MILLIS_DIGITS: usize = 13;

impl TimestampUnit {
    /// The unit a timestamp is written in: 13 or more digits are milliseconds, fewer are
    /// seconds; `None` for anything that is not all digits (after trimming spaces).
    pub fn of(timestamp: &str) -> Option<TimestampUnit> {
        let t = timestamp.trim();
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some(if t.len() >= MILLIS_DIGITS {
            TimestampUnit::Millis
        } else {
            TimestampUnit::Seconds
        })
    }

    /// "Now" in this unit, from seconds and the milliseconds within them the caller read.
    pub fn now(self, now: std::time::SystemTime) -> u64 {
        let since = now
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        match self {
            TimestampUnit::Seconds => since.as_secs(),
            TimestampUnit::Millis => u64::try_from(since.as_millis()).unwrap_or(u64::MAX),
        }
    }
}

/// How the page URL becomes the `url` of string1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UrlRule {
    /// Signed exactly as the page sees it (WeChat, WeCom, Feishu).
    AsIs,
    /// The query decoded once as Java's `URLDecoder` does (`%XX` as UTF-8, `+` as a space):
    /// DingTalk's official Java sample (DOMAIN.md §13).
    DecodeQueryOnce,
    /// The query decoded once as JavaScript's `decodeURIComponent` does (`+` stays): DingTalk's
    /// Node sample, a mistake against the Java recipe.
    DecodeQueryKeepPlus,
}

impl UrlRule {
    /// The URL string1 carries. A query with a broken escape (`%zz`) stays as it is: Java's
    /// decoder would throw, so the server never signed anything for it.
    pub fn apply(self, url: &str) -> Cow<'_, str> {
        let plus = match self {
            UrlRule::AsIs => return Cow::Borrowed(url),
            UrlRule::DecodeQueryOnce => Plus::Space,
            UrlRule::DecodeQueryKeepPlus => Plus::Keep,
        };
        let Some((base, query)) = url.split_once('?') else {
            return Cow::Borrowed(url);
        };
        if has_broken_escape(query) {
            return Cow::Borrowed(url);
        }
        match percent_decode(query, plus) {
            Some(decoded) if decoded != query => Cow::Owned(format!("{base}?{decoded}")),
            _ => Cow::Borrowed(url),
        }
    }
}

/// What a decoder does with `+`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plus {
    /// `decodeURIComponent`: `+` is a plus.
    Keep,
    /// `URLDecoder` / form encoding: `+` is a space.
    Space,
}

/// Percent-decoding of `%XX` escapes as UTF-8; a `%` without two hex digits stays as it is;
/// `None` when the bytes are not UTF-8 (where JavaScript would throw). The one decoder of the
/// verifier's URL mistakes and the recipes.
pub fn percent_decode(input: &str, plus: Plus) -> Option<String> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if let (Some(h), Some(l)) = (
                bytes.get(i + 1).and_then(|c| hex_val(*c)),
                bytes.get(i + 2).and_then(|c| hex_val(*c)),
            ) =>
            {
                out.push(h << 4 | l);
                i += 3;
            }
            b'+' if plus == Plus::Space => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A `%` not followed by two hex digits: Java's `URLDecoder` throws on it.
fn has_broken_escape(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b'%'
            && !(b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// How a platform turns the four values into a signature: string1 is always the same four
/// sorted pairs; the digest, the timestamp unit and the URL rule differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Recipe {
    pub digest: Digest,
    /// The unit the platform documents: what "now" is when no timestamp is given, and what the
    /// verifier holds a given timestamp against.
    pub timestamp: TimestampUnit,
    pub url: UrlRule,
}

impl Recipe {
    /// WeChat's recipe (DOMAIN.md §1): SHA-1, seconds, the URL as the page sees it.
    pub const WECHAT: Recipe = Recipe {
        digest: Digest::Sha1,
        timestamp: TimestampUnit::Seconds,
        url: UrlRule::AsIs,
    };
}

/// What a server got wrong about a call's recipe, as data the verifier tries like any other
/// cause: the platform lists the ones seen in the field (DOMAIN.md §13).
#[derive(Debug)]
pub struct RecipeMistake {
    /// Stable code in reports (`sha1_for_sha256`, `seconds_for_ms`).
    pub code: &'static str,
    pub slip: Slip,
    /// One sentence: what the server did and how to fix it.
    pub message: crate::core::text::Msg,
    /// Whether the platform refuses the call even when the signature matches (Feishu and a
    /// seconds timestamp); `false` where that is unconfirmed (WeChat and milliseconds).
    pub refused: bool,
}

/// The shape of a [`RecipeMistake`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    /// The server signed with this recipe instead of the platform's.
    Recipe(Recipe),
    /// The timestamp is written in this unit, not the platform's: the signature may match and
    /// the platform still refuses it (Feishu takes milliseconds), or it is unconfirmed whether
    /// it does (WeChat and milliseconds: a warning).
    TimestampIn(TimestampUnit),
}

/// Signs with a platform's recipe: the URL normalised by its rule, the timestamp as given, the
/// platform's digest.
pub fn sign_with(
    recipe: &Recipe,
    ticket: &str,
    noncestr: &str,
    timestamp: &str,
    url: &str,
) -> Signature {
    let url = recipe.url.apply(url);
    let string1 = build_string1(ticket, noncestr, timestamp, &url);
    let mut out = [0u8; 64];
    let n = recipe.digest.hex_into(string1.as_bytes(), &mut out);
    Signature {
        jsapi_ticket: ticket.to_owned(),
        noncestr: noncestr.to_owned(),
        timestamp: timestamp.to_owned(),
        url: url.into_owned(),
        string1,
        signature: String::from_utf8_lossy(&out[..n]).into_owned(),
    }
}

/// A computed signature that keeps every input apart, so a UI can show string1 field by field
/// next to the digest and a user can copy any piece of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Signature {
    pub jsapi_ticket: String,
    pub noncestr: String,
    /// Kept as text: signing uses the digits exactly as given (a millisecond timestamp stays one).
    pub timestamp: String,
    pub url: String,
    pub string1: String,
    /// Lowercase hex: 40 characters (SHA-1) or 64 (SHA-256).
    pub signature: String,
}

impl Signature {
    /// The `key=value` pairs in string1 order.
    pub fn pairs(&self) -> [(&'static str, &str); 4] {
        [
            (KEYS[0], self.jsapi_ticket.as_str()),
            (KEYS[1], self.noncestr.as_str()),
            (KEYS[2], self.timestamp.as_str()),
            (KEYS[3], self.url.as_str()),
        ]
    }
}

/// Signs with a numeric timestamp (seconds since the epoch).
pub fn sign(ticket: &str, noncestr: &str, timestamp: u64, url: &str) -> Signature {
    sign_text(ticket, noncestr, &timestamp.to_string(), url)
}

/// Signs with the timestamp exactly as text, as a server that got it wrong might have.
pub fn sign_text(ticket: &str, noncestr: &str, timestamp: &str, url: &str) -> Signature {
    let string1 = build_string1(ticket, noncestr, timestamp, url);
    let signature = sha1_hex(&string1);
    Signature {
        jsapi_ticket: ticket.to_owned(),
        noncestr: noncestr.to_owned(),
        timestamp: timestamp.to_owned(),
        url: url.to_owned(),
        string1,
        signature,
    }
}

/// string1: `jsapi_ticket=…&noncestr=…&timestamp=…&url=…`, values raw.
pub fn build_string1(ticket: &str, noncestr: &str, timestamp: &str, url: &str) -> String {
    let mut s = String::with_capacity(string1_len(ticket, noncestr, timestamp, url));
    push_string1(&mut s, ticket, noncestr, timestamp, url);
    s
}

fn string1_len(ticket: &str, noncestr: &str, timestamp: &str, url: &str) -> usize {
    // "jsapi_ticket=" + "&noncestr=" + "&timestamp=" + "&url=" = 13 + 10 + 11 + 5
    39 + ticket.len() + noncestr.len() + timestamp.len() + url.len()
}

fn push_string1(s: &mut String, ticket: &str, noncestr: &str, timestamp: &str, url: &str) {
    s.push_str("jsapi_ticket=");
    s.push_str(ticket);
    s.push_str("&noncestr=");
    s.push_str(noncestr);
    s.push_str("&timestamp=");
    s.push_str(timestamp);
    s.push_str("&url=");
    s.push_str(url);
}

/// SHA-1 of any text as 40 lowercase hex characters.
pub fn sha1_hex(text: &str) -> String {
    let mut out = [0u8; 64];
    let n = Digest::Sha1.hex_into(text.as_bytes(), &mut out);
    // The buffer holds only ASCII hex digits.
    String::from_utf8_lossy(&out[..n]).into_owned()
}

/// A signer that reuses its buffers: the hot path of batch checks, verification searches and the
/// benchmark allocates nothing per call.
pub struct Signer {
    string1: String,
    hex: [u8; 64],
    digest: Digest,
}

impl Default for Signer {
    fn default() -> Self {
        Self::new()
    }
}

impl Signer {
    /// A SHA-1 signer (WeChat's recipe).
    pub fn new() -> Self {
        Self::with_digest(Digest::Sha1)
    }

    /// A signer for another platform's digest (DingTalk's SHA-256).
    pub fn with_digest(digest: Digest) -> Self {
        Self {
            string1: String::with_capacity(512),
            hex: [0; 64],
            digest,
        }
    }

    /// Signs and returns the lowercase hex digest, valid until the next call.
    pub fn sign(&mut self, ticket: &str, noncestr: &str, timestamp: &str, url: &str) -> &str {
        self.string1.clear();
        push_string1(&mut self.string1, ticket, noncestr, timestamp, url);
        self.digest_current()
    }

    /// Digest of an arbitrary candidate string1 (the verifier builds malformed ones on purpose).
    pub fn digest(&mut self, string1: &str) -> &str {
        self.string1.clear();
        self.string1.push_str(string1);
        self.digest_current()
    }

    /// The string1 of the last call.
    pub fn string1(&self) -> &str {
        &self.string1
    }

    fn digest_current(&mut self) -> &str {
        let n = self.digest.hex_into(self.string1.as_bytes(), &mut self.hex);
        std::str::from_utf8(&self.hex[..n]).unwrap_or_default()
    }
}

/// Why a nonce could not be generated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("nonce length must be between 1 and {MAX_NONCE_LEN}, got {0}")]
pub struct NonceLengthError(pub usize);

/// An alphanumeric nonce of `len` characters (1..=32) from the caller's random source. Uses
/// rejection sampling so every character is equally likely.
pub fn generate_nonce<R: rand::Rng + ?Sized>(
    rng: &mut R,
    len: usize,
) -> Result<String, NonceLengthError> {
    if !(1..=MAX_NONCE_LEN).contains(&len) {
        return Err(NonceLengthError(len));
    }
    let mut out = String::with_capacity(len);
    while out.len() < len {
        let byte = (rng.next_u32() & 0xff) as u8;
        // 248 = 62 * 4: values below it map uniformly onto the alphabet.
        if byte < 248 {
            out.push(ALPHANUMERIC[(byte % 62) as usize] as char);
        }
    }
    Ok(out)
}

/// Seconds since the epoch for a time the caller read from its clock. A time before 1970 gives 0.
pub fn timestamp_at(now: std::time::SystemTime) -> u64 {
    now.duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TICKET: &str =
        "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
    const NONCE: &str = "Wm3WZYTPz0wzccnW";

    /// DOMAIN.md §1 known-answer vectors: (timestamp, url, signature).
    const VECTORS: &[(&str, &str, &str)] = &[
        (
            "1414587457",
            "http://mp.weixin.qq.com?params=value",
            "0f9de62fce790f9a083d5c99e95740ceb90c27ed",
        ),
        (
            "1414587457",
            "http://mp.weixin.qq.com",
            "f4d90daf4b3bca3078ab155816175ba34c443a7b",
        ),
        (
            "1414587457",
            "http://mp.weixin.qq.com?params=value#/home",
            "91aa97f5fa829ede68fa569e24e020e3b4e76b0b",
        ),
        (
            "1414587457",
            "https://mp.weixin.qq.com?params=value",
            "55e6e3f15deaa00deefed8e7bc620c6a0a5329a6",
        ),
        (
            "1414587457000",
            "http://mp.weixin.qq.com?params=value",
            "9dd3603815006fd2cf563ea9fb31fea18563a1ad",
        ),
    ];

    #[test]
    fn known_answer_vectors() {
        let mut signer = Signer::new();
        for &(ts, url, expected) in VECTORS {
            let sig = sign_text(TICKET, NONCE, ts, url);
            assert_eq!(sig.signature, expected, "url {url} ts {ts}");
            assert_eq!(signer.sign(TICKET, NONCE, ts, url), expected);
            assert_eq!(signer.string1(), sig.string1);
        }
    }

    #[test]
    fn string1_layout_is_exact() {
        let sig = sign(
            TICKET,
            NONCE,
            1414587457,
            "http://mp.weixin.qq.com?params=value",
        );
        assert_eq!(
            sig.string1,
            format!(
                "jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value"
            )
        );
        assert_eq!(sig.timestamp, "1414587457");
        assert_eq!(
            sig.pairs()[3],
            ("url", "http://mp.weixin.qq.com?params=value")
        );
        assert_eq!(
            sig.string1.len(),
            string1_len(TICKET, NONCE, "1414587457", &sig.url)
        );
    }

    #[test]
    fn values_are_not_escaped_or_trimmed() {
        let sig = sign_text(" t ", "n&n", "1", "https://a.b/?q=中 文");
        assert_eq!(
            sig.string1,
            "jsapi_ticket= t &noncestr=n&n&timestamp=1&url=https://a.b/?q=中 文"
        );
    }

    #[test]
    fn digest_of_arbitrary_string1() {
        let mut signer = Signer::new();
        let s1 = build_string1(TICKET, NONCE, "1414587457", "http://mp.weixin.qq.com");
        assert_eq!(
            signer.digest(&s1),
            "f4d90daf4b3bca3078ab155816175ba34c443a7b"
        );
        assert_eq!(sha1_hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    }

    struct Counter(u32);
    impl rand::TryRng for Counter {
        type Error = std::convert::Infallible;
        fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
            self.0 = self.0.wrapping_add(1);
            Ok(self.0)
        }
        fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
            Ok(u64::from(self.try_next_u32()?))
        }
        fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
            for b in dst {
                *b = self.try_next_u32()? as u8;
            }
            Ok(())
        }
    }

    #[test]
    fn nonce_lengths_and_alphabet() {
        let mut rng = Counter(0);
        let n = generate_nonce(&mut rng, DEFAULT_NONCE_LEN).expect("valid length");
        assert_eq!(n.len(), 16);
        assert!(n.bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_eq!(generate_nonce(&mut rng, 1).map(|s| s.len()), Ok(1));
        assert_eq!(generate_nonce(&mut rng, 32).map(|s| s.len()), Ok(32));
        assert_eq!(generate_nonce(&mut rng, 0), Err(NonceLengthError(0)));
        assert_eq!(generate_nonce(&mut rng, 33), Err(NonceLengthError(33)));
    }

    /// DOMAIN.md §13's DingTalk page, with an encoded query and a `+`.
    const DINGTALK_PAGE: &str = "https://open.dingtalk.com/page?name=%E9%92%89%E9%92%89&x=1+2";
    const DINGTALK_TICKET: &str = "dsf8sdf87sd7f87sd8v8ds0vs09dvu09sd8vy87dsv87";

    /// DOMAIN.md §13 vectors (computed there, not here): (recipe, timestamp, signed url,
    /// signature) for the DingTalk page and the Feishu official vector.
    #[test]
    fn recipes_reproduce_the_section_13_vectors() {
        let recipe = |digest, timestamp, url| Recipe {
            digest,
            timestamp,
            url,
        };
        let dingtalk: &[(Recipe, &str, &str)] = &[
            (
                recipe(
                    Digest::Sha256,
                    TimestampUnit::Seconds,
                    UrlRule::DecodeQueryOnce,
                ),
                "https://open.dingtalk.com/page?name=钉钉&x=1 2",
                "d38804745f6813b78f351fab2ac5b01fac7778e6f49a0a87e4bed727ee4c020e",
            ),
            (
                recipe(
                    Digest::Sha1,
                    TimestampUnit::Seconds,
                    UrlRule::DecodeQueryOnce,
                ),
                "https://open.dingtalk.com/page?name=钉钉&x=1 2",
                "125630396648c608088f17bcd540ed2ea05da440",
            ),
            (
                recipe(
                    Digest::Sha256,
                    TimestampUnit::Seconds,
                    UrlRule::DecodeQueryKeepPlus,
                ),
                "https://open.dingtalk.com/page?name=钉钉&x=1+2",
                "858a96dc8c38141e6bb2f13361e0d3bde4c422ba4f08c2b696e5ec7a3cf4f3a3",
            ),
            (
                recipe(Digest::Sha256, TimestampUnit::Seconds, UrlRule::AsIs),
                DINGTALK_PAGE,
                "92af825a4c4a6b53866eddc9bc52118a7a12d9b10601ed7897bb9bd1306f5f26",
            ),
            (
                recipe(Digest::Sha1, TimestampUnit::Seconds, UrlRule::AsIs),
                DINGTALK_PAGE,
                "2ea23a62c6870648b234a211d308ccf742084c02",
            ),
        ];
        for (r, url, expected) in dingtalk {
            let sig = sign_with(r, DINGTALK_TICKET, "abcdefg", "1414588745", DINGTALK_PAGE);
            assert_eq!(
                (sig.url.as_str(), sig.signature.as_str()),
                (*url, *expected),
                "{r:?}"
            );
            let mut signer = Signer::with_digest(r.digest);
            assert_eq!(signer.digest(&sig.string1), *expected);
        }
        let feishu = recipe(Digest::Sha1, TimestampUnit::Millis, UrlRule::AsIs);
        let page = "https://example.cn/test/1234/content.html";
        for (ts, expected) in [
            ("1510045655000", "40a68999ecf7e05907edba43b31a50fd1830c777"),
            ("1510045655", "2979555874f3e76cbed55266301482d17b79b37e"),
        ] {
            let sig = sign_with(
                &feishu,
                "617bf955832a4d4d80d9d8d85917a427",
                "Y7a8KkqX041bsSwT",
                ts,
                page,
            );
            assert_eq!(sig.signature, expected, "{ts}");
        }
    }

    #[test]
    fn the_wechat_recipe_is_the_classic_signer() {
        for &(ts, url, expected) in VECTORS {
            assert_eq!(
                sign_with(&Recipe::WECHAT, TICKET, NONCE, ts, url).signature,
                expected
            );
        }
    }

    #[test]
    fn one_millisecond_rule() {
        let cases: &[(&str, Option<TimestampUnit>)] = &[
            ("1414587457", Some(TimestampUnit::Seconds)),
            (" 1414587457 ", Some(TimestampUnit::Seconds)),
            ("141458745700", Some(TimestampUnit::Seconds)),
            ("1414587457000", Some(TimestampUnit::Millis)),
            ("1000000000000", Some(TimestampUnit::Millis)),
            ("14145874570001", Some(TimestampUnit::Millis)),
            ("", None),
            ("-1", None),
            ("1e12", None),
        ];
        for (ts, unit) in cases {
            assert_eq!(TimestampUnit::of(ts), *unit, "{ts:?}");
        }
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_millis(1_510_045_655_123);
        assert_eq!(TimestampUnit::Millis.now(t), 1_510_045_655_123);
        assert_eq!(TimestampUnit::Seconds.now(t), 1_510_045_655);
    }

    #[test]
    fn url_rules_decode_the_query_only() {
        let cases: &[(UrlRule, &str, &str)] = &[
            (
                UrlRule::AsIs,
                "https://a.cn/p%20q?x=%41+b",
                "https://a.cn/p%20q?x=%41+b",
            ),
            (
                UrlRule::DecodeQueryOnce,
                "https://a.cn/p%20q?x=%41+b",
                "https://a.cn/p%20q?x=A b",
            ),
            (
                UrlRule::DecodeQueryKeepPlus,
                "https://a.cn/p%20q?x=%41+b",
                "https://a.cn/p%20q?x=A+b",
            ),
            // Decoded once, not twice.
            (
                UrlRule::DecodeQueryOnce,
                "https://a.cn/?r=%2541",
                "https://a.cn/?r=%41",
            ),
            // No query, or a broken escape: as is.
            (
                UrlRule::DecodeQueryOnce,
                "https://a.cn/p%20q",
                "https://a.cn/p%20q",
            ),
            (
                UrlRule::DecodeQueryOnce,
                "https://a.cn/?x=%zz+1",
                "https://a.cn/?x=%zz+1",
            ),
        ];
        for (rule, url, expected) in cases {
            assert_eq!(rule.apply(url), *expected, "{rule:?} {url}");
        }
        assert_eq!(
            percent_decode("%E9%92%89", Plus::Keep).as_deref(),
            Some("钉")
        );
        assert_eq!(percent_decode("%E9%92", Plus::Keep), None, "not UTF-8");
        assert!(Digest::Sha256.is_hex(&"a".repeat(64)));
        assert!(!Digest::Sha1.is_hex(&"a".repeat(64)));
    }

    #[test]
    fn timestamp_from_clock() {
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1414587457);
        assert_eq!(timestamp_at(t), 1414587457);
    }
}
