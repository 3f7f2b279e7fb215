//! Full names for people the body names only by surname, from the title line and
//! from quotes.

use std::collections::HashMap;

use super::doc::Doc;
use super::entities::Entities;
use super::runs;
use super::word_key::{key, with_key};

impl Entities {
    /// Gives a full name to people named only by surname ("Mr. King") when the title
    /// line or a quote names exactly one person with that surname ("Larry King").
    pub(super) fn complete_names(&mut self, doc: &Doc) {
        // Surnames still waiting for a full name.
        let mut full: HashMap<String, Vec<String>, foldhash::fast::RandomState> = self
            .list
            .iter()
            .filter(|e| e.first.is_none() && !e.org)
            .map(|e| (key(e.name.rsplit(' ').next().unwrap_or("")), Vec::new()))
            .collect();
        if full.is_empty() {
            return;
        }
        let mut collect = |d: &Doc, range: std::ops::Range<usize>| {
            let mut i = range.start;
            while i < range.end {
                let end = runs::run_end(d, i, range.end);
                // A headline in title case runs names and words together ("Jo Lee
                // Wins Ohio"): a known first name right before a wanted surname.
                if end > i + 2 {
                    for k in i + 1..end {
                        let (first, last) = (d.word(k - 1), runs::strip_possessive(d.word(k)));
                        if runs::first_name_gender(first).is_none() {
                            continue;
                        }
                        if let Some(names) = full.get_mut(&key(last)) {
                            let name = format!("{first} {last}");
                            if !names.contains(&name) {
                                names.push(name);
                            }
                        }
                    }
                }
                let wanted = end > i + 1
                    && with_key(runs::strip_possessive(d.word(end - 1)), |k| {
                        full.contains_key(k)
                    });
                if !wanted {
                    i = end.max(i + 1);
                    continue;
                }
                let run = runs::analyse(d, i, end);
                let words: Vec<&str> = (run.name_start..run.end)
                    .map(|k| runs::strip_possessive(d.word(k)))
                    .filter(|w| !runs::is_suffix(w))
                    .collect();
                if !run.org && (2..=3).contains(&words.len()) && !runs::has_honorific(d, &run) {
                    if let Some(names) = words.last().and_then(|last| full.get_mut(&key(last))) {
                        let name = words.join(" ");
                        if !names.contains(&name) {
                            names.push(name);
                        }
                    }
                }
                i = end;
            }
        };
        let body_start = doc.tokens.first().map_or(doc.text.len(), |t| t.start());
        let title = Doc::new(doc.text, std::slice::from_ref(&(0..body_start)));
        collect(&title, 0..title.tokens.len());
        for quote in &doc.quotes {
            let end = quote.after(doc.paragraphs[quote.paragraph].end);
            collect(doc, quote.open + 1..end);
        }
        for e in self.list.iter_mut().filter(|e| e.first.is_none() && !e.org) {
            let last = e.name.rsplit(' ').next().unwrap_or("");
            if let Some([name]) = full.get(&key(last)).map(Vec::as_slice) {
                e.first = name.split(' ').next().map(String::from);
                e.name.clone_from(name);
                e.person = true;
            }
        }
    }
}
