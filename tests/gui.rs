//! GUI tests: drive the real app by its labels, like a person would (egui_kittest, no display).

#[path = "gui/support.rs"]
mod support;

#[path = "gui/card.rs"]
mod card;
#[path = "gui/check_url.rs"]
mod check_url;
#[path = "gui/doctor.rs"]
mod doctor;
#[path = "cli/fake_endpoint.rs"]
mod fake_endpoint;
#[path = "gui/fetch.rs"]
mod fetch;
#[path = "gui/language.rs"]
mod language;
#[path = "gui/pasted.rs"]
mod pasted;
#[path = "gui/profiles.rs"]
mod profiles;
#[path = "gui/redis.rs"]
mod redis;
#[path = "cli/redis/server.rs"]
mod redis_server;
#[path = "gui/sign.rs"]
mod sign;
#[path = "gui/verify.rs"]
mod verify;
#[path = "gui/wecom.rs"]
mod wecom;

#[path = "gui/batch.rs"]
mod batch;
