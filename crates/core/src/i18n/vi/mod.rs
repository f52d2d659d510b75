//! The catalogue's words in Vietnamese: one file an area, each an exhaustive `match`.

pub(super) mod actions;
pub(super) mod app;
pub(super) mod columns;
pub(super) mod menu;
pub(super) mod terms;
