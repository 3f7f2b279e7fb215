//! Pathological input stays linear: the extractor on texts made to hurt it (a run of
//! quote marks, a line with no punctuation, quotes nested ten thousand deep, one huge
//! article of ordinary news, one with a new speaker in every paragraph), at doubling
//! sizes from 512 KiB to 4 MiB. Prints the time per size and the ratio between the
//! largest and the smallest (8x when linear).
//!
//! `cargo bench --bench pathological`

use std::time::Instant;

use search::extract::extract;

/// Builds a text of about `size` bytes by repeating `unit`, as one paragraph (or, for
/// news, paragraphs of the unit).
fn repeat(unit: &str, size: usize) -> String {
    let mut text = String::with_capacity(size + unit.len());
    while text.len() < size {
        text.push_str(unit);
    }
    text
}

fn nested(size: usize) -> String {
    let depth = size / 4;
    let mut text = String::with_capacity(size);
    for _ in 0..depth / 2 {
        text.push_str("\u{201c}a ");
    }
    for _ in 0..depth / 2 {
        text.push_str("\u{201d} ");
    }
    text
}

/// Makes an input of about the given size.
type Make = Box<dyn Fn(usize) -> String>;

fn time(text: &str) -> f64 {
    let title = format!("Title\n\n{text}");
    let paragraphs = search::corpus::parse_bytes("p.txt", title.as_bytes(), false)
        .map(|r| {
            r.articles
                .into_iter()
                .flat_map(|a| a.body_spans())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        std::hint::black_box(extract(&title, &paragraphs));
        best = best.min(started.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let news = "The minister said on Tuesday that talks would resume. \"We are ready,\" she told reporters, according to two officials.\n\n";
    let many_names = |n: usize| {
        let mut text = String::with_capacity(n + 200);
        let mut i = 0u32;
        while text.len() < n {
            let name =
                format!("Dana Vell{}", (b'a' + (i % 26) as u8) as char).repeat(1) + &i.to_string();
            text.push_str(&format!("Officials met in the capital. \"We will act,\" said Minister {name}. He added that the budget was tight.\n\n"));
            i += 1;
        }
        text
    };
    let cases: [(&str, Make); 7] = [
        ("straight quote marks", Box::new(|n| repeat("\"", n))),
        (
            "curly quote marks",
            Box::new(|n| repeat("\u{201c}\u{201d}", n)),
        ),
        (
            "a line without punctuation",
            Box::new(|n| repeat("word ", n)),
        ),
        ("quotes nested deep", Box::new(nested)),
        (
            "one long article of news",
            Box::new(move |n| repeat(news, n)),
        ),
        ("a new speaker per paragraph", Box::new(many_names)),
        (
            "cues without a full stop",
            Box::new(|n| repeat("officials said prices rose while Kim reported that ", n)),
        ),
    ];
    let sizes = [512 << 10, 1 << 20, 2 << 20, 4 << 20];
    println!(
        "{:<28} {:>10} {:>10} {:>10} {:>10}   growth (size grows 8x; linear is 8x)",
        "input", "512 KiB", "1 MiB", "2 MiB", "4 MiB"
    );
    for (name, make) in &cases {
        let times: Vec<f64> = sizes.iter().map(|&n| time(&make(n))).collect();
        println!(
            "{name:<28} {:>8.1}ms {:>8.1}ms {:>8.1}ms {:>8.1}ms   {:.1}x",
            times[0] * 1e3,
            times[1] * 1e3,
            times[2] * 1e3,
            times[3] * 1e3,
            times[3] / times[0].max(1e-9)
        );
    }
}
