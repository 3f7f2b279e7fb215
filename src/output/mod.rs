//! Printing results: human-readable text with optional colour, or JSON Lines. Printers
//! write to any `io::Write` so that tests can capture them; nothing here searches or
//! extracts.

pub mod hits;
pub mod human;
pub mod json;
pub mod progress;
pub mod wire;
