//! JSON Lines output. Every record is one line of JSON; the records are:
//!
//! - `search extract --format jsonl`: one object per attribution with `path`,
//!   `paragraph`, `kind` ("direct" | "indirect"), `quote`, `speaker` (string or null),
//!   `speaker_mention`, `cue`, `attribution`, `anonymous`, and `start`/`end` (char
//!   offsets of the quote in the article text).
//! - `search query --json`: one object per hit, `{"type": "hit", "rank", "score",
//!   "path", "title", "source", "date", "paragraph", "text", "highlights",
//!   "attributions", "copies", "also_in"}`; `highlights` are `[start, end)` char ranges
//!   of `text`, `attributions` are objects shaped like the extract records without
//!   `path` and `paragraph`, `copies` counts the other articles that repeat the passage
//!   word for word and `also_in` lists the paths of the first 20.
//! - `search batch`: for each query in input order, its hits (as above, plus `id`),
//!   then `{"type": "query", "id", "query", "hits"}`, or `{"type": "error", "id",
//!   "query", "message"}` for a query that could not run.
//!
//! The serde structs live in `output::wire`.

use std::io::Write;

use serde::Serialize;

/// Writes one record as a line of JSON.
pub fn write_line<W: Write, T: Serialize>(out: &mut W, record: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")
}
