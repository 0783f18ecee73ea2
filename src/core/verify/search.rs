//! The search: every field has a list of candidate values (the right one first); try the right
//! string1, then every single mistake, then every pair of mistakes in two different fields (and
//! the two-mistake URLs), then the common triples (a fragment and an encoding in the URL with one
//! mistake elsewhere, three-mistake URLs). Bounded by construction: about 4,300 string1s with ten
//! tickets, 1.2 ms in release on an idle 2-core machine (`cargo bench --bench verify`; the
//! target is 5 ms).

use super::hexenc::{self, HexEncoder};
use super::layout::{Layout, NONCE, TICKET, TIMESTAMP, URL};
use super::lookalike;
use super::mutation::Mutation;
use super::urlvariants;
use super::variants::{self, Variant};
use super::{Cause, Verdict, VerifyHints, VerifyInput};
use crate::core::sign::{self, Recipe, Signer};
use crate::core::text::Text;

/// The string fields in the order causes name them (URL mistakes first, the most common).
const SLOTS: [usize; 4] = [URL, TICKET, TIMESTAMP, NONCE];
/// Index of the layout slot in a combination.
const LAYOUT: usize = 4;

/// Verifies the server's signature against the correct one and explains a mismatch.
pub fn verify(input: &VerifyInput) -> Verdict {
    verify_with(input, &VerifyHints::default())
}

/// [`verify`] with what else is known about the site (safe domains for the host candidates).
pub fn verify_with(input: &VerifyInput, hints: &VerifyHints) -> Verdict {
    verify_recipe(input, hints, &Recipe::WECHAT)
}

/// [`verify_with`] for a platform's recipe: the expected signature, the candidates and the
/// search all use its digest, and the URL goes through its rule after the browser's.
pub(crate) fn verify_recipe(input: &VerifyInput, hints: &VerifyHints, recipe: &Recipe) -> Verdict {
    let page_url = variants::browser_url(&input.url);
    let sign_url = recipe.url.apply(&page_url).into_owned();
    let ticket = input
        .tickets
        .first()
        .map(|t| t.ticket.reveal())
        .unwrap_or_default();
    let expected = sign::sign_with(recipe, ticket, &input.noncestr, &input.timestamp, &page_url);
    let claimed = input.signature.trim();
    let target = claimed.to_ascii_lowercase();
    let entry_differs = input
        .entry_url
        .as_deref()
        .is_some_and(|e| variants::browser_url(e) != sign_url);
    let ms_timestamp = millisecond_timestamp(&input.timestamp);
    let mut notes = Vec::new();
    if input.tickets.is_empty() {
        notes.push(Text::new(
            "No ticket was given, so the expected signature uses an empty ticket; add the current jsapi ticket.",
            "没有提供 ticket，预期签名用的是空 ticket；请加入当前的 jsapi ticket。",
        ));
    }

    if target == expected.signature {
        let mut causes = Vec::new();
        if claimed != target {
            causes.push(single(Mutation::UppercaseHex, &expected.string1));
        }
        if entry_differs {
            causes.push(single(Mutation::CurrentUrlNotEntry, &expected.string1));
        }
        // The string matches, but WeChat will still refuse the config: a warning-level cause,
        // not a footnote.
        if let Some(message) = ms_timestamp {
            causes.push(Cause {
                code: MS_TIMESTAMP_CODE.to_owned(),
                message,
                string1: expected.string1.clone(),
            });
        }
        return Verdict {
            matched: true,
            expected,
            causes,
            notes,
            tried: 1,
        };
    }
    notes.extend(ms_timestamp);
    // Another scheme's hash of the very string1 (DingTalk's SHA-256, MD5): one clear answer.
    if let Some(cause) =
        lookalike::other_hash(&target, &expected).filter(|_| recipe.digest == sign::Digest::Sha1)
    {
        return Verdict {
            matched: false,
            expected,
            causes: vec![cause],
            notes,
            tried: 1,
        };
    }
    let mode = if recipe.digest.is_hex(&target) {
        Mode::Exact
    } else if recipe.digest == sign::Digest::Sha1 && hexenc::possible(&target) {
        // Shorter than 40 hex digits: compare with the zero-dropping encoders' renderings.
        Mode::Encoded {
            upper: claimed.bytes().any(|b| b.is_ascii_uppercase()),
        }
    } else {
        notes.push(not_sha1_note(claimed));
        return Verdict {
            matched: false,
            expected,
            causes: Vec::new(),
            notes,
            tried: 1,
        };
    };

    let mut search = Search::new(input, hints, &sign_url, target, mode);
    search.signer = Signer::with_digest(recipe.digest);
    let causes = search.run();
    if causes.is_empty() {
        if matches!(mode, Mode::Encoded { .. }) {
            notes.push(not_sha1_note(claimed));
        }
        notes.extend(nothing_found_notes(search.tried, input.tickets.len()));
    } else if claimed != search.target && mode == Mode::Exact {
        notes.push(Mutation::UppercaseHex.message());
    }
    Verdict {
        matched: false,
        expected,
        causes,
        notes,
        tried: search.tried,
    }
}

fn single(m: Mutation, string1: &str) -> Cause {
    Cause {
        code: m.code().to_owned(),
        message: m.message(),
        string1: string1.to_owned(),
    }
}

/// How the claimed signature is compared with a candidate string1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// 40 hex digits: SHA-1 as lower-case hex.
    Exact,
    /// Fewer digits: SHA-1 through an encoder that drops zeros.
    Encoded { upper: bool },
}

struct Search {
    mode: Mode,
    /// Candidate values by field index (`TICKET`, `NONCE`, `TIMESTAMP`, `URL`).
    fields: [Vec<Variant<String>>; 4],
    layouts: Vec<Variant<Layout>>,
    target: String,
    signer: Signer,
    buf: String,
    tried: usize,
    found: Vec<Cause>,
}

impl Search {
    fn new(
        input: &VerifyInput,
        hints: &VerifyHints,
        sign_url: &str,
        target: String,
        mode: Mode,
    ) -> Self {
        let mut fields: [Vec<Variant<String>>; 4] = Default::default();
        fields[TICKET] = variants::tickets(&input.tickets);
        fields[NONCE] = variants::nonces(&input.noncestr);
        fields[TIMESTAMP] = variants::timestamps(&input.timestamp);
        fields[URL] = urlvariants::urls(
            &input.url,
            sign_url,
            input.entry_url.as_deref(),
            &hints.hosts,
        );
        Self {
            mode,
            fields,
            layouts: variants::layouts(),
            target,
            signer: Signer::new(),
            buf: String::with_capacity(1024),
            tried: 0,
            found: Vec::new(),
        }
    }

    /// The number of variants of slot `s` (0..4 string fields in `SLOTS` order, 4 the layout).
    fn len(&self, s: usize) -> usize {
        if s == LAYOUT {
            self.layouts.len()
        } else {
            self.fields[SLOTS[s]].len()
        }
    }

    /// (number of mistakes, pairable) of variant `v` of slot `s`.
    fn cost(&self, s: usize, v: usize) -> (usize, bool) {
        if s == LAYOUT {
            let l = &self.layouts[v];
            (l.muts.len(), l.pairable)
        } else {
            let f = &self.fields[SLOTS[s]][v];
            (f.muts.len(), f.pairable)
        }
    }

    fn run(&mut self) -> Vec<Cause> {
        const SLOT_COUNT: usize = SLOTS.len() + 1;
        if matches!(self.mode, Mode::Encoded { .. }) {
            // The right string1, only badly encoded.
            self.attempt([0; SLOT_COUNT]);
            if !self.found.is_empty() {
                return std::mem::take(&mut self.found);
            }
        }
        // Singles.
        for s in 0..SLOT_COUNT {
            for v in 1..self.len(s) {
                if self.cost(s, v).0 == 1 {
                    let mut combo = [0; SLOT_COUNT];
                    combo[s] = v;
                    self.attempt(combo);
                }
            }
        }
        if !self.found.is_empty() {
            return std::mem::take(&mut self.found);
        }
        // Two mistakes inside one field.
        for s in 0..SLOT_COUNT {
            for v in 1..self.len(s) {
                if self.cost(s, v).0 == 2 {
                    let mut combo = [0; SLOT_COUNT];
                    combo[s] = v;
                    self.attempt(combo);
                }
            }
        }
        // One mistake in each of two fields.
        for a in 0..SLOT_COUNT {
            for b in a + 1..SLOT_COUNT {
                for va in 1..self.len(a) {
                    if self.cost(a, va) != (1, true) {
                        continue;
                    }
                    for vb in 1..self.len(b) {
                        if self.cost(b, vb) != (1, true) {
                            continue;
                        }
                        let mut combo = [0; SLOT_COUNT];
                        combo[a] = va;
                        combo[b] = vb;
                        self.attempt(combo);
                    }
                }
            }
        }
        if !self.found.is_empty() {
            return std::mem::take(&mut self.found);
        }
        // Three mistakes: inside the URL, or a URL pair marked for it with one more elsewhere.
        let url_slot = 0;
        for v in 1..self.len(url_slot) {
            match self.cost(url_slot, v) {
                (3, _) => {
                    let mut combo = [0; SLOT_COUNT];
                    combo[url_slot] = v;
                    self.attempt(combo);
                }
                (2, true) => {
                    for b in 1..SLOT_COUNT {
                        for vb in 1..self.len(b) {
                            if self.cost(b, vb) != (1, true) {
                                continue;
                            }
                            let mut combo = [0; SLOT_COUNT];
                            combo[url_slot] = v;
                            combo[b] = vb;
                            self.attempt(combo);
                        }
                    }
                }
                _ => {}
            }
        }
        std::mem::take(&mut self.found)
    }

    /// Builds the string1 of one combination and records it when it reproduces the target.
    fn attempt(&mut self, combo: [usize; SLOTS.len() + 1]) {
        let mut values = [""; 4];
        for (s, &field) in SLOTS.iter().enumerate() {
            values[field] = &self.fields[field][combo[s]].value;
        }
        self.layouts[combo[LAYOUT]]
            .value
            .write(&mut self.buf, values);
        self.tried += 1;
        let encoder = match self.mode {
            Mode::Exact => {
                if self.signer.digest(&self.buf) != self.target {
                    return;
                }
                None
            }
            Mode::Encoded { upper } => match hexenc::matches(&self.buf, &self.target) {
                Some(encoder) => Some((encoder, upper)),
                None => return,
            },
        };
        if self.found.iter().any(|c| c.string1 == self.buf) {
            return;
        }
        let mut muts: Vec<&Mutation> = Vec::new();
        for (s, &field) in SLOTS.iter().enumerate() {
            muts.extend(self.fields[field][combo[s]].muts.iter());
        }
        muts.extend(self.layouts[combo[LAYOUT]].muts.iter());
        // The same mistake in two fields (spaces around two values) is named once.
        muts.dedup();
        let hex: Option<Mutation> =
            encoder.map(|(encoder, upper): (HexEncoder, bool)| Mutation::Hex { encoder, upper });
        muts.extend(hex.as_ref());
        self.found.push(combine(&muts, &self.buf));
    }
}

/// One cause from one or two mistakes: codes joined with `+`, sentences one after the other.
fn combine(muts: &[&Mutation], string1: &str) -> Cause {
    let codes: Vec<&str> = muts.iter().map(|m| m.code()).collect();
    let texts: Vec<Text> = muts.iter().map(|m| m.message()).collect();
    let join = |pick: fn(&Text) -> &str| texts.iter().map(pick).collect::<Vec<_>>().join(" ");
    Cause {
        code: codes.join("+"),
        message: Text::new(join(|t| &t.en), join(|t| &t.zh)),
        string1: string1.to_owned(),
    }
}

/// The code of the warning-level cause a matching millisecond timestamp gets.
pub const MS_TIMESTAMP_CODE: &str = "millisecond_timestamp";

/// A timestamp of 13 or more digits is in milliseconds. The signature can match; whether WeChat
/// then refuses the config is unconfirmed (DOMAIN.md §1), so every command that sees one warns
/// (`sign`, `verify`, batch, the GUI) and none fails on it alone.
pub fn millisecond_timestamp(timestamp: &str) -> Option<Text> {
    let t = timestamp.trim();
    (sign::TimestampUnit::of(t) == Some(sign::TimestampUnit::Millis)).then(|| {
        Text::new(
            "The timestamp has 13 digits, so it is in milliseconds; WeChat documents seconds since the epoch (Feishu, not WeChat, takes milliseconds). Signed and passed to wx.config as the same value, string1 matches, but whether WeChat accepts it is unconfirmed: use one value in seconds (Math.floor(Date.now() / 1000), time()) for the signature and wx.config to be safe.",
            "时间戳有 13 位，是毫秒；微信文档要求以秒为单位（要毫秒的是飞书，不是微信）。签名和 wx.config 用的是同一个值时 string1 一致，但微信是否接受尚未确认：为保险起见，签名和 wx.config 请使用同一个以秒为单位的值（Math.floor(Date.now() / 1000)、time()）。",
        )
    })
}

fn not_sha1_note(claimed: &str) -> Text {
    let n = claimed.chars().count();
    let hex = claimed.bytes().all(|b| b.is_ascii_hexdigit());
    let guess_en = match (hex, n) {
        (true, 32) => " (32 hex digits: that is MD5)",
        (true, 64) => " (64 hex digits: that is SHA-256)",
        _ => "",
    };
    let guess_zh = match (hex, n) {
        (true, 32) => "（32 位十六进制：这是 MD5）",
        (true, 64) => "（64 位十六进制：这是 SHA-256）",
        _ => "",
    };
    Text::new(
        format!(
            "The signature is not 40 hex digits{guess_en}; the server must send SHA-1(string1) as 40 lower-case hex digits."
        ),
        format!(
            "签名不是 40 位十六进制{guess_zh}；服务器必须输出 SHA-1(string1) 的 40 位小写十六进制。"
        ),
    )
}

fn nothing_found_notes(tried: usize, tickets: usize) -> Vec<Text> {
    let mut notes = vec![Text::new(
        format!(
            "None of {tried} ways of building string1 ({tickets} ticket(s); URL, timestamp, nonce and key-layout mistakes, alone and in pairs) reproduces the signature, so those mistakes are ruled out."
        ),
        format!(
            "尝试了 {tried} 种 string1 构造方式（{tickets} 个 ticket；URL、时间戳、随机串和键名格式错误，单独及两两组合），都不能得到该签名，因此这些错误已排除。"
        ),
    )];
    notes.push(Text::new(
        "Check the ticket: it may belong to another appId (the Open Platform app instead of the Official Account) or be an older one; add it as a candidate ticket to test it.",
        "检查 ticket：它可能属于另一个 appId（开放平台应用而非公众号），或是旧的 ticket；把它作为候选 ticket 加入即可验证。",
    ));
    notes.push(Text::new(
        "Check that wx.config gets the same nonceStr and timestamp the server signed (a second call to the nonce generator or the clock, a nonce_str field mapped wrongly); log them where the server signs.",
        "检查 wx.config 收到的 nonceStr 和 timestamp 是否与服务器签名时用的一致（随机串或时钟被调用了两次、nonce_str 字段映射错误）；在服务器签名处打印它们。",
    ));
    notes.push(Text::new(
        "Check which page the server signed: the page before an OAuth redirect, or its own AJAX endpoint instead of the page; log the url it signs.",
        "检查服务器签的是哪个页面：OAuth 跳转前的页面，或它自己的 AJAX 接口地址而不是页面地址；在签名处打印 url。",
    ));
    notes
}
