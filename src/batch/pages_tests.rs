use super::*;

#[test]
fn plain_list_skips_blanks_and_comments() {
    let pages = parse_pages(
        "\u{feff}# release 1.2\nhttps://a.example.com/x#/home\n\n  https://b.example.com/  \n",
        PagesFormat::Auto,
    )
    .unwrap();
    let urls: Vec<_> = pages.iter().map(|p| p.url.as_str()).collect();
    assert_eq!(
        urls,
        ["https://a.example.com/x#/home", "https://b.example.com/"]
    );
}

#[test]
fn csv_with_quotes_and_share_settings() {
    let text = "url,Title,desc,imgUrl,js_api_list,platform,entry_url\n\
        https://a.example.com/p?x=1,\"Hello, \"\"world\"\"\",\"two\nlines\",https://img.example.com/a.png,updateAppMessageShareData updateTimelineShareData,ios,https://a.example.com/\n\
        https://b.example.com/,,,,,,\n";
    let pages = parse_pages(text, PagesFormat::Auto).unwrap();
    assert_eq!(pages.len(), 2);
    let p = &pages[0];
    assert_eq!(p.share.title.as_deref(), Some("Hello, \"world\""));
    assert_eq!(p.share.desc.as_deref(), Some("two\nlines"));
    assert_eq!(p.platform, Platform::Ios);
    assert_eq!(p.url_to_sign(), "https://a.example.com/");
    assert_eq!(
        p.js_api_list.as_deref().unwrap(),
        ["updateAppMessageShareData", "updateTimelineShareData"]
    );
    assert_eq!(pages[1].share, ShareSettings::default());
    assert_eq!(pages[1].url_to_sign(), "https://b.example.com/");
}

#[test]
fn csv_errors_name_the_line() {
    let e = parse_pages("url,colour\nhttps://a/\n", PagesFormat::Csv).unwrap_err();
    assert!(e.message.get(Lang::En).contains("colour"), "{e}");
    let e = parse_pages("url,platform\nhttps://a/,windows\n", PagesFormat::Csv).unwrap_err();
    assert_eq!(e.line, 2);
    let e = parse_pages("url\n\"https://a/\n", PagesFormat::Csv).unwrap_err();
    assert!(e.message.get(Lang::En).contains("never closed"));
    let e = parse_pages("title\nx\n", PagesFormat::Csv).unwrap_err();
    assert!(e.message.get(Lang::En).contains("no `url` column"));
}

#[test]
fn json_strings_objects_and_wrapper() {
    let text = r#"{"pages": [
        "https://a.example.com/",
        {"url": "https://b.example.com/#/x", "title": "T", "imgUrl": "https://i/x.png",
         "jsApiList": ["updateAppMessageShareData"], "platform": "ios",
         "entryUrl": "https://b.example.com/"}
    ]}"#;
    let pages = parse_pages(text, PagesFormat::Auto).unwrap();
    assert_eq!(pages[0], PageSpec::from_url("https://a.example.com/"));
    assert_eq!(pages[1].share.img_url.as_deref(), Some("https://i/x.png"));
    assert_eq!(pages[1].platform, Platform::Ios);
    assert_eq!(
        pages[1].entry_url.as_deref(),
        Some("https://b.example.com/")
    );
}

#[test]
fn json_errors_and_empty_input() {
    let e = parse_pages("[\n{\"title\": 1}\n]", PagesFormat::Json).unwrap_err();
    assert!(e.message.get(Lang::En).contains("url"), "{e}");
    let e = parse_pages("\n# nothing\n", PagesFormat::Auto).unwrap_err();
    assert!(e.message.get(Lang::En).contains("no pages"));
}

#[test]
fn json_page_mistakes_name_the_page_and_the_field() {
    let text = r#"[
        "https://a.example.com/",
        {"url": "https://b.example.com/", "jsApiList": "updateAppMessageShareData"}
    ]"#;
    let e = parse_pages(text, PagesFormat::Json)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("page 2 (https://b.example.com/): `jsApiList` must be an array"),
        "{e}"
    );
    assert!(e.contains("not a string"), "{e}");
    assert!(!e.contains("untagged") && !e.contains("line 0"), "{e}");

    let e = parse_pages(
        r#"{"pages": [{"url": "https://c/", "platform": "iOS"}]}"#,
        PagesFormat::Json,
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("page 1 (https://c/): `platform` must be"), "{e}");
    let e = parse_pages(r#"[{"url": "https://c/", "title": 7}]"#, PagesFormat::Json)
        .unwrap_err()
        .to_string();
    assert!(e.contains("`title` must be a string"), "{e}");
    let e = parse_pages(r#"[{"title": "no url"}]"#, PagesFormat::Json)
        .unwrap_err()
        .to_string();
    assert!(e.contains("page 1 has no `url` field"), "{e}");
    let e = parse_pages("[\"https://a/\", 42]", PagesFormat::Json)
        .unwrap_err()
        .to_string();
    assert!(e.contains("page 2 is a number"), "{e}");
    // A syntax error keeps its line.
    let e = parse_pages("[\n\"https://a/\",\n}", PagesFormat::Json).unwrap_err();
    assert_eq!(e.line, 3, "{e}");
}

#[test]
fn format_from_path() {
    assert_eq!(PagesFormat::from_path("a/PAGES.CSV"), PagesFormat::Csv);
    assert_eq!(PagesFormat::from_path("p.json"), PagesFormat::Json);
    assert_eq!(PagesFormat::from_path("p"), PagesFormat::Auto);
}

#[test]
fn list_lines_stream_one_by_one() {
    assert_eq!(
        list_line("\u{feff}  https://a.example.com/ "),
        Some(PageSpec::from_url("https://a.example.com/"))
    );
    assert_eq!(list_line("   "), None);
    assert_eq!(list_line("# comment"), None);
    assert_eq!(
        resolve_format("https://a/\n", PagesFormat::Auto),
        PagesFormat::List
    );
    assert_eq!(
        resolve_format("url,title\n", PagesFormat::Auto),
        PagesFormat::Csv
    );
    assert_eq!(
        resolve_format("https://a/\n", PagesFormat::Json),
        PagesFormat::Json
    );
}
