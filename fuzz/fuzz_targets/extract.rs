//! Fuzz the corpus reader and the extractor: any bytes, read as a text article or a
//! JSON Lines dump, must not panic, and every span must lie on char boundaries inside
//! its paragraph.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flag, bytes)) = data.split_first() else {
        return;
    };
    let Ok(read) = search::corpus::parse_bytes("fuzz.txt", bytes, flag & 1 == 1) else {
        return;
    };
    for article in read.articles {
        let spans = article.paragraph_spans();
        let body = article.body_spans();
        for a in search::extract::extract_article(&article.text, article.headline_span(), &body) {
            let paragraph = &spans[a.paragraph];
            assert!(paragraph.start <= a.quote.start && a.quote.start <= a.quote.end && a.quote.end <= paragraph.end);
            assert!(article.text.is_char_boundary(a.quote.start) && article.text.is_char_boundary(a.quote.end));
        }
        let _ = search::analyze::analyze(article);
    }
});
