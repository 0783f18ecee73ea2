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
use super::{Cause, Verdict, VerifyHints, VerifyInput, one_after_another};
use crate::core::sign::{self, Recipe, RecipeMistake, Signer, Slip};
use crate::core::text::{Msg, msg};

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
    verify_call(input, CallRecipe::WECHAT, hints)
}

/// Verifies one config call with its platform's recipe (DOMAIN.md §13): the expected signature,
/// the candidates and the search use its digest, the URL goes through its rule after the
/// browser's, and the mistakes the platform lists are causes like any other — a timestamp in
/// the wrong unit on a match (a refused one makes it no match), another recipe before the
/// search.
pub fn verify_call(input: &VerifyInput, call: CallRecipe<'_>, hints: &VerifyHints) -> Verdict {
    let recipe = call.recipe;
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
    let unit = sign::TimestampUnit::of(&input.timestamp);
    let slips: Vec<&RecipeMistake> = call
        .mistakes
        .iter()
        .filter(|m| matches!(m.slip, Slip::TimestampIn(u) if Some(u) == unit))
        .collect();
    let mut notes = Vec::new();
    if input.tickets.is_empty() {
        notes.push(msg!("verify-note-no-ticket"));
    }

    if target == expected.signature {
        let mut causes = Vec::new();
        if claimed != target {
            causes.push(single(Mutation::UppercaseHex, &expected.string1));
        }
        if entry_differs {
            causes.push(single(Mutation::CurrentUrlNotEntry, &expected.string1));
        }
        // The string matches, but the timestamp's unit is not the platform's: a cause, not a
        // footnote (WeChat and milliseconds: a warning; Feishu and seconds: refused).
        for m in &slips {
            causes.push(Cause {
                code: m.code.to_owned(),
                message: m.message.clone(),
                string1: expected.string1.clone(),
            });
        }
        return Verdict {
            matched: !slips.iter().any(|m| m.refused),
            expected,
            causes,
            notes,
            tried: 1,
        };
    }
    notes.extend(slips.iter().map(|m| m.message.clone()));
    // Another recipe the platform knows servers use (DingTalk's SHA-1, its query left encoded
    // or decoded keeping '+'): one clear answer.
    let recipes = call.mistakes.iter().filter_map(|m| match m.slip {
        Slip::Recipe(r) => Some((m, r)),
        Slip::TimestampIn(_) => None,
    });
    for (n, (m, r)) in recipes.enumerate() {
        let other = sign::sign_with(&r, ticket, &input.noncestr, &input.timestamp, &page_url);
        if other.signature == target {
            return Verdict {
                matched: false,
                expected,
                causes: vec![Cause {
                    code: m.code.to_owned(),
                    message: m.message.clone(),
                    string1: other.string1,
                }],
                notes,
                tried: n + 2,
            };
        }
    }
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
        // Only now, for a combination that reproduces the signature, are messages built.
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
        self.found.extend(combine(&muts, &self.buf));
    }
}

/// One cause from one or more mistakes: codes joined with `+`, sentences one after the other.
fn combine(muts: &[&Mutation], string1: &str) -> Option<Cause> {
    let (first, then) = muts.split_first()?;
    let codes: Vec<&str> = muts.iter().map(|m| m.code()).collect();
    Some(Cause {
        code: codes.join("+"),
        message: one_after_another(first.message(), then.iter().map(|m| m.message())),
        string1: string1.to_owned(),
    })
}

/// The code of the warning-level cause a matching millisecond timestamp gets.
pub const MS_TIMESTAMP_CODE: &str = "millisecond_timestamp";

/// A timestamp of 13 or more digits is in milliseconds. The signature can match; whether WeChat
/// then refuses the config is unconfirmed (DOMAIN.md §1), so every command that sees one warns
/// (`sign`, `verify`, batch, the GUI) and none fails on it alone: WeChat's recipe mistake.
pub fn millisecond_timestamp(timestamp: &str) -> Option<Msg> {
    let unit = sign::TimestampUnit::of(timestamp);
    WECHAT_MISTAKES
        .iter()
        .find(|m| matches!(m.slip, Slip::TimestampIn(u) if Some(u) == unit))
        .map(|m| m.message.clone())
}

/// WeChat's recipe mistakes (DOMAIN.md §1): a millisecond timestamp may match, and whether
/// WeChat then accepts it is unconfirmed, so it is a warning.
pub static WECHAT_MISTAKES: &[RecipeMistake] = &[RecipeMistake {
    code: MS_TIMESTAMP_CODE,
    slip: Slip::TimestampIn(sign::TimestampUnit::Millis),
    message: msg!("verify-note-millisecond-timestamp"),
    refused: false,
}];

/// The recipe a config call is signed with and the mistakes its platform lists.
#[derive(Clone, Copy, Debug)]
pub struct CallRecipe<'a> {
    pub recipe: &'a Recipe,
    pub mistakes: &'a [RecipeMistake],
}

impl CallRecipe<'static> {
    /// `wx.config` and `wx.agentConfig`: WeChat's recipe and mistakes.
    pub const WECHAT: CallRecipe<'static> = CallRecipe {
        recipe: &Recipe::WECHAT,
        mistakes: WECHAT_MISTAKES,
    };
}

fn not_sha1_note(claimed: &str) -> Msg {
    let n = claimed.chars().count();
    let hex = claimed.bytes().all(|b| b.is_ascii_hexdigit());
    // What the length says about the hash, when it says something.
    let guess = match (hex, n) {
        (true, 32) => "md5",
        (true, 64) => "sha256",
        _ => "none",
    };
    msg!("verify-note-not-sha1", guess = guess)
}

fn nothing_found_notes(tried: usize, tickets: usize) -> Vec<Msg> {
    vec![
        msg!("verify-note-ruled-out", tried = tried, tickets = tickets),
        msg!("verify-note-check-ticket"),
        msg!("verify-note-check-values"),
        msg!("verify-note-check-page"),
    ]
}
