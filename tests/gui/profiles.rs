use egui_kittest::kittest::Queryable as _;

use crate::support;

#[test]
fn add_a_profile_with_a_session_secret() {
    let mut on = support::new_profile_editor();
    let h = &mut on.app.harness;
    for (label, text) in [("Name", "second"), ("appId", "wx1111222233334444")] {
        support::type_into(h, label, text);
    }
    h.get_by_label("production").click();
    h.get_by_label("New AppSecret").click();
    h.run();
    h.get_by_label("New AppSecret")
        .type_text("typed-secret-value");
    h.get_by_label("Keep for this session only (not in the keyring)")
        .click();
    h.run();
    // The secret field is a password field: what was typed is not on screen.
    support::assert_secret_hidden(h, "New AppSecret", "typed-secret-value");
    h.get_by_label("Save").click();
    support::step_until(h, "the saved profile", |h| {
        h.query_by_label("Edit second").is_some()
            && h.state().rt.secret_status.get("wx1111222233334444")
                == Some(&wxsign::secrets::SecretStatus::Present(
                    wxsign::secrets::SecretSource::Session,
                ))
    });
    assert_eq!(
        h.query_all_by_label_contains("AppSecret: session only")
            .count(),
        2
    );
    // Delete asks first.
    h.get_by_label("Delete second").click();
    h.run();
    h.get_by_label("Delete").click();
    support::step_until(h, "the profile to go", |h| {
        h.query_by_label("Edit second").is_none()
    });
    assert!(h.state().rt.profile("demo").is_some());
}
