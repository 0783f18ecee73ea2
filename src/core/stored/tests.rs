use super::pydict::{self, PyValue};
use super::*;
use crate::core::text::Lang;
use crate::i18n::Render;

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";

fn json(field: &str) -> ValueFormat {
    ValueFormat::Json {
        field: field.into(),
    }
}

fn py(field: &str) -> ValueFormat {
    ValueFormat::PyDict {
        field: field.into(),
    }
}

/// (input, format, expected value, expected expires_at)
#[test]
fn formats_read_the_credential_and_its_expiry() {
    let cases: Vec<(String, ValueFormat, &str, Option<i64>)> = vec![
        (TICKET.into(), ValueFormat::Raw, TICKET, None),
        (format!("  {TICKET}\n"), ValueFormat::Raw, TICKET, None),
        (format!("\"{TICKET}\""), ValueFormat::Raw, TICKET, None),
        (
            format!(r#"{{"errcode":0,"errmsg":"ok","ticket":"{TICKET}","expires_in":7200}}"#),
            json("ticket"),
            TICKET,
            None,
        ),
        (
            format!(r#"{{"ticket":"{TICKET}","expires_in":7200,"update_time":1700000000.5}}"#),
            json("ticket"),
            TICKET,
            Some(1_700_007_200),
        ),
        (
            format!(
                "{{'access_token': '{TICKET}', 'expires_in': 7200, 'update_time': 1700000000.5}}"
            ),
            py("access_token"),
            TICKET,
            Some(1_700_007_200),
        ),
        (
            format!("{{\"ticket\": \"{TICKET}\", 'expires_in': 7200}}"),
            py("ticket"),
            TICKET,
            None,
        ),
        (
            "{'ticket': 'a\\'b\\\\c\\x41\\u00e9', 'ok': True, 'n': None, 'f': False,}".into(),
            py("ticket"),
            "a'b\\cAé",
            None,
        ),
        (
            "{'ticket': r'a\\nb', 'update_time': 1_700_000_000, 'expires_in': 7.2e3}".into(),
            py("ticket"),
            "a\\nb",
            Some(1_700_007_200),
        ),
    ];
    for (input, format, value, expires_at) in cases {
        let got = parse_value(input.as_bytes(), &format)
            .unwrap_or_else(|e| panic!("{input:?} as {format}: {e}"));
        assert_eq!(got.value.reveal(), value, "{input:?}");
        assert_eq!(got.expires_at, expires_at, "{input:?}");
    }
}

#[test]
fn errors_name_the_fix_and_never_show_the_credential() {
    let cases: Vec<(String, ValueFormat, &str)> = vec![
        (String::new(), ValueFormat::Raw, "empty"),
        ("   ".into(), json("ticket"), "empty"),
        (
            format!(r#"{{"ticket":"{TICKET}"}}"#),
            ValueFormat::Raw,
            "json:ticket",
        ),
        (
            format!("{{'ticket': '{TICKET}'}}"),
            ValueFormat::Raw,
            "pydict:ticket",
        ),
        (format!("{TICKET} {TICKET}"), ValueFormat::Raw, "spaces"),
        (
            format!(r#"{{"ticket":"{TICKET}""#),
            json("ticket"),
            "is not JSON",
        ),
        (format!(r#"["{TICKET}"]"#), json("ticket"), "not an object"),
        (
            format!(r#"{{"jsapi_ticket":"{TICKET}","expires_in":7200}}"#),
            json("ticket"),
            "has: expires_in, jsapi_ticket",
        ),
        (r#"{"ticket":7200}"#.into(), json("ticket"), "number"),
        (r#"{"ticket":""}"#.into(), json("ticket"), "is empty"),
        (
            format!("{{'ticket': '{TICKET}', 'x': {{'a': 1}}}}"),
            py("ticket"),
            "nested dict",
        ),
        (format!("{{'ticket': b'{TICKET}'}}"), py("ticket"), "bytes"),
        (format!("{{'ticket': {TICKET}}}"), py("ticket"), "bare word"),
        (
            format!("{{'ticket': '{TICKET}}}"),
            py("ticket"),
            "not closed",
        ),
        (
            format!("{{'access_token': '{TICKET}', 'expires_in': 7200}}"),
            py("ticket"),
            "has: access_token, expires_in",
        ),
        (
            format!("{{'ticket': None, 'v': '{TICKET}'}}"),
            py("ticket"),
            "NoneType",
        ),
        (
            format!(r#"{{"ticket": "{TICKET}"}}"#),
            ValueFormat::PyDict {
                field: "ticket".into(),
            },
            "",
        ),
    ];
    for (input, format, expect) in cases {
        let result = parse_value(input.as_bytes(), &format);
        if expect.is_empty() {
            // JSON with double quotes is also a valid Python dict.
            assert!(result.is_ok(), "{input:?}");
            continue;
        }
        let err = result.expect_err(&input);
        let text = err.text();
        assert!(
            text.get(Lang::En).contains(expect),
            "{input:?}: {}",
            text.get(Lang::En)
        );
        assert!(
            !text.get(Lang::En).contains(TICKET),
            "{}",
            text.get(Lang::En)
        );
        assert!(
            !text.get(Lang::En).contains(&TICKET[..20]),
            "{}",
            text.get(Lang::En)
        );
        assert!(
            !text.get(Lang::Zh).contains(&TICKET[..20]),
            "{}",
            text.get(Lang::Zh)
        );
        assert!(!text.get(Lang::Zh).is_empty());
    }
}

#[test]
fn binary_values_show_hex_bytes_only() {
    let mut pickled = vec![0x80, 0x04, 0x95, 0x20, 0, 0, 0, 0, 0, 0, 0, 0x8c, 0x56];
    pickled.extend_from_slice(TICKET.as_bytes());
    pickled.push(0xff);
    let err = parse_value(&pickled, &ValueFormat::Raw).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("80 04 95 20"), "{msg}");
    assert!(msg.contains(&format!("({} bytes)", pickled.len())), "{msg}");
    assert!(!msg.contains("sM4AOV"), "{msg}");
}

#[test]
fn preview_redacts_long_runs_and_keeps_the_layout() {
    let p = preview(&format!("{{'ticket': '{TICKET}', 'expires_in': 7200}}"));
    assert_eq!(p, "{'ticket': 'sM4AOV… (86 chars)', 'expires_in': 7200}");
    // Control characters are shown escaped, never sent to the terminal.
    assert_eq!(preview("a\nb\u{1b}"), "a\\nb\\u{1b}");
    let long = "ab,".repeat(40);
    assert_eq!(preview(&long).chars().count(), PREVIEW_CHARS + 1);
}

#[test]
fn format_round_trips_and_rejects_mistakes() {
    for s in ["raw", "json:ticket", "pydict:access_token"] {
        let f: ValueFormat = s.parse().unwrap();
        assert_eq!(f.to_string(), s);
    }
    assert_eq!(
        " JSON:ticket ".parse::<ValueFormat>().unwrap(),
        json("ticket")
    );
    for (bad, says) in [
        ("json", "json:ticket"),
        ("pydict:", "pydict:ticket"),
        ("raw:x", "takes no field"),
        ("yaml:x", "unknown value format"),
    ] {
        let e = bad.parse::<ValueFormat>().unwrap_err();
        assert!(e.contains(says), "{bad}: {e}");
    }
    assert_eq!(
        json("ticket").with_field("access_token"),
        json("access_token")
    );
    assert_eq!(ValueFormat::Raw.with_field("x"), ValueFormat::Raw);
}

#[test]
fn expiry_prefers_the_value_then_the_ttl() {
    let now = 1_700_000_000;
    let with_time = StoredValue {
        value: Secret::new("t"),
        expires_at: Some(now + 100),
    };
    let without = StoredValue {
        value: Secret::new("t"),
        expires_at: None,
    };
    let e = expiry(&with_time, KeyTtl::Seconds(5000), now);
    assert_eq!(
        (e.remaining, e.source, e.expired),
        (Some(100), ExpirySource::Value, false)
    );
    let e = expiry(&with_time, KeyTtl::Seconds(5000), now + 150);
    assert_eq!(
        (e.remaining, e.source, e.expired),
        (Some(0), ExpirySource::Value, true)
    );
    let e = expiry(&without, KeyTtl::Seconds(5000), now);
    assert_eq!(
        (e.remaining, e.source, e.expired),
        (Some(5000), ExpirySource::KeyTtl, false)
    );
    let e = expiry(&without, KeyTtl::Persistent, now);
    assert_eq!(
        (e.remaining, e.source, e.expired),
        (None, ExpirySource::Unknown, false)
    );
    assert_eq!(KeyTtl::from_reply(-1), Some(KeyTtl::Persistent));
    assert_eq!(KeyTtl::from_reply(-2), None);
    assert_eq!(KeyTtl::from_reply(0), Some(KeyTtl::Seconds(0)));
}

#[test]
fn pydict_values() {
    let entries = pydict::parse(
        "{ 'a' : -1, \"b\": +2.5, 3: 'int key', 'c': 1e3, 'd': \"say \\\"hi\\\"\\n\", 'a': 2 }",
    )
    .unwrap();
    assert_eq!(
        entries,
        vec![
            ("b".to_owned(), PyValue::Float(2.5)),
            ("3".to_owned(), PyValue::Str("int key".into())),
            ("c".to_owned(), PyValue::Float(1000.0)),
            ("d".to_owned(), PyValue::Str("say \"hi\"\n".into())),
            ("a".to_owned(), PyValue::Int(2)),
        ]
    );
    assert_eq!(pydict::parse("{}").unwrap(), vec![]);
    for (bad, at) in [
        ("", 0),
        ("[1]", 0),
        ("{'a' 1}", 5),
        ("{'a': 1 'b': 2}", 8),
        ("{'a': 1} x", 9),
        ("{'a': [1]}", 6),
        ("{'a': 1-2}", 7),
        ("{'a': '\\x4'}", 9),
        ("{None: 1}", 5),
        ("{'a': ", 6),
    ] {
        let e = pydict::parse(bad).unwrap_err();
        assert_eq!(e.at, at, "{bad}: {}", e.message);
    }
}
