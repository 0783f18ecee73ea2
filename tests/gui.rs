//! GUI tests: drive the real app by its labels, like a person would (egui_kittest, no display).

#[path = "cli/fake_endpoint.rs"]
mod fake_endpoint;

#[path = "gui/batch.rs"]
mod batch;
