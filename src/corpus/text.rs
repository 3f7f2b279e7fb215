//! Plain text articles: the first line is the title, paragraphs follow, separated by
//! blank lines or, in hard-wrapped newswire, by a line that starts with an indent.

use super::{Article, Paragraph};

/// Parses a plain text article. Returns `None` when the text holds no title.
pub(super) fn parse(display: &str, text: String) -> Option<Article> {
    let lines = lines_with_offsets(&text);
    let title_at = lines.iter().position(|l| !is_blank(l.1))?;
    let raw_title = lines[title_at]
        .1
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let title = raw_title.trim_start_matches('#').trim().to_string();
    let body_start = lines
        .get(title_at + 1)
        .map_or(text.len(), |&(start, _)| start);
    // The headline is passage 0, so that what it says is found and indexed like the
    // body's passages.
    let (line_start, line) = lines[title_at];
    let headline = (!title.is_empty())
        .then(|| line.find(title.as_str()))
        .flatten()
        .map(|at| Paragraph {
            number: 0,
            span: line_start + at..line_start + at + title.len(),
        });
    let paragraphs = headline
        .into_iter()
        .chain(split_paragraphs(&text, body_start))
        .collect();
    let source = outlet_of_title(&title);
    Some(Article {
        path: display.to_string(),
        title,
        source,
        text,
        paragraphs,
        ..Article::default()
    })
}

/// Splits `text[from..]` into paragraphs: blocks separated by blank lines, and within a
/// block, a new paragraph at each line that starts with whitespace (the indented first
/// line of hard-wrapped newswire paragraphs). The rows of a table (lines laid out in
/// columns) stay together as one paragraph. A block whose lines are not wrapped (one of
/// them longer than any wrapped line) has a paragraph per line.
pub(super) fn split_paragraphs(text: &str, from: usize) -> Vec<Paragraph> {
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    let lines = lines_with_offsets(&text[from..]);
    for block in lines.split(|(_, line)| is_blank(line)) {
        let unwrapped = block.iter().any(|(_, line)| line.len() > WRAPPED_WIDTH);
        let mut current: Option<std::ops::Range<usize>> = None;
        let mut previous_tabular = false;
        for &(start, line) in block {
            let start = start + from;
            let tabular = is_tabular(line);
            let starts_paragraph =
                unwrapped || line.starts_with([' ', '\t']) && !(tabular && previous_tabular);
            previous_tabular = tabular;
            let end = start + line.len();
            match current.as_mut() {
                Some(span) if !starts_paragraph => span.end = end,
                _ => {
                    spans.extend(current.take());
                    current = Some(start..end);
                }
            }
        }
        spans.extend(current);
    }
    spans
        .into_iter()
        .filter_map(|span| trim_span(text, span))
        .enumerate()
        .map(|(i, span)| Paragraph {
            number: u32::try_from(i + 1).unwrap_or(u32::MAX),
            span,
        })
        .collect()
}

/// The longest line, in bytes, of a hard-wrapped paragraph: newswire wraps at 60 to 80
/// columns, so a longer line is a whole paragraph on one line.
const WRAPPED_WIDTH: usize = 150;

/// Whether a line looks like a table row: deeply indented, or with a gap of three or
/// more spaces between columns.
fn is_tabular(line: &str) -> bool {
    let body = line.trim_start();
    let indent = line.len() - body.len();
    indent >= 8 || body.trim_end().contains("   ") || body.contains('\t')
}

/// The lines of `text` (without their line ends) with their byte offsets.
fn lines_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        out.push((start, content));
        start += line.len();
    }
    out
}

fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// Shrinks a span to exclude leading and trailing whitespace; `None` if nothing is left.
fn trim_span(text: &str, span: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let slice = &text[span.clone()];
    let trimmed = slice.trim_start();
    let start = span.start + (slice.len() - trimmed.len());
    let end = start + trimmed.trim_end().len();
    (end > start).then_some(start..end)
}

/// Words that end the name of a news outlet ("NBC News", "The Washington Post").
const OUTLET_NOUNS: &[&str] = &[
    "News",
    "Times",
    "Post",
    "Journal",
    "Press",
    "Tribune",
    "Herald",
    "Telegraph",
    "Guardian",
    "Gazette",
    "Chronicle",
    "Wire",
    "Mail",
    "Observer",
    "Independent",
    "Magazine",
    "Radio",
    "Television",
    "TV",
    "Network",
    "Review",
    "Daily",
    "Weekly",
    "Today",
    "Agency",
    "Report",
    "Insider",
    "Examiner",
    "Standard",
    "Express",
    "Sun",
    "Star",
    "Bulletin",
    "Dispatch",
];

/// The outlet named by an "Outlet: headline" title, as in "NBC News: Talks stall".
///
/// The prefix must be short, capitalised and look like an outlet: a name that ends in an
/// outlet noun ("NBC News", "The Daily Post") or an acronym ("BBC"). "Stealth Over
/// Health: ..." is a headline with a colon, and "Report: ..." a source it quotes.
pub(super) fn outlet_of_title(title: &str) -> Option<String> {
    let (prefix, rest) = title.split_once(':')?;
    let prefix = prefix.trim();
    if rest.trim().is_empty() || prefix.is_empty() {
        return None;
    }
    let words: Vec<&str> = prefix.split_whitespace().collect();
    if words.len() > 4
        || !words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    let is_acronym = |w: &&str| {
        (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase() || c == '&')
    };
    let last = words.last()?;
    // A lone outlet noun ("Report: ...", "News: ...") names no outlet.
    let named = words.len() > 1 && OUTLET_NOUNS.contains(last);
    (named || words.iter().any(is_acronym)).then(|| prefix.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<String> {
        let article = parse("t.txt", text.to_string()).expect("article");
        article
            .paragraphs
            .iter()
            .filter(|p| p.number > 0)
            .map(|p| article.paragraph_text(p).to_string())
            .collect()
    }

    #[test]
    fn title_then_blank_separated_paragraphs() {
        let text = "A headline\n\nFirst paragraph.\n\nSecond one\nwraps here.\n";
        let article = parse("t.txt", text.to_string()).expect("article");
        assert_eq!(article.title, "A headline");
        assert_eq!(
            paragraphs(text),
            ["First paragraph.", "Second one\nwraps here."]
        );
        assert_eq!(article.paragraphs[2].number, 2);
    }

    #[test]
    fn a_block_of_unwrapped_lines_has_a_paragraph_per_line() {
        let long =
            "The council met on Monday to weigh the plan for the new bridge over the river, \
                    which has divided the town for years and drawn angry crowds to every one of its meetings.";
        let text = format!("A headline\n\n{long}\n“We will build it,” the mayor said.\n{long}\n");
        assert_eq!(
            paragraphs(&text),
            [long, "“We will build it,” the mayor said.", long]
        );
    }

    #[test]
    fn indented_lines_start_paragraphs_in_wrapped_newswire() {
        let text = "WIDGET CORP SELLS UNIT\n\nNEW YORK, March 3 - Widget Corp said\nit sold a unit.\n    The company said the price\nwas not disclosed.\n    Shares rose.\n Reuter\n";
        assert_eq!(
            paragraphs(text),
            [
                "NEW YORK, March 3 - Widget Corp said\nit sold a unit.",
                "The company said the price\nwas not disclosed.",
                "Shares rose.",
                "Reuter",
            ]
        );
    }

    #[test]
    fn table_rows_stay_in_one_paragraph() {
        let text = "FARM PRICES\n\nWASHINGTON, May 1 - Prices were as follows -\n         Crop    Price   Change\n         Wheat   2.55     up\n    Corn    1.35     --\n    The department said prices rose.\n";
        assert_eq!(
            paragraphs(text),
            [
                "WASHINGTON, May 1 - Prices were as follows -",
                "Crop    Price   Change\n         Wheat   2.55     up\n    Corn    1.35     --",
                "The department said prices rose.",
            ]
        );
    }

    #[test]
    fn crlf_and_no_final_newline() {
        let text = "Title\r\n\r\nOne.\r\n\r\nTwo.";
        assert_eq!(paragraphs(text), ["One.", "Two."]);
    }

    #[test]
    fn spans_are_offsets_into_the_whole_file() {
        let text = "T\u{e9}tle\n\n\u{201c}Quoted,\u{201d} she said.";
        let article = parse("t.txt", text.to_string()).expect("article");
        let span = article.paragraphs[1].span.clone();
        assert_eq!(&text[span], "\u{201c}Quoted,\u{201d} she said.");
    }

    #[test]
    fn markdown_heading_is_the_title() {
        let article = parse("t.md", "# Budget talks\n\nBody.".to_string()).expect("article");
        assert_eq!(article.title, "Budget talks");
    }

    #[test]
    fn the_headline_is_passage_zero() {
        let text = "\u{feff}  # Lee: Talks resume \n\nBody.";
        let article = parse("t.md", text.to_string()).expect("article");
        let numbers: Vec<u32> = article.paragraphs.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [0, 1]);
        assert_eq!(
            article.paragraph_text(&article.paragraphs[0]),
            "Lee: Talks resume"
        );
        let bare = parse("t.txt", "#\n\nBody.".to_string()).expect("article");
        assert_eq!(bare.paragraphs.len(), 1, "an empty headline is no passage");
    }

    #[test]
    fn outlet_prefix_gives_the_source() {
        assert_eq!(
            outlet_of_title("NBC News: Talks stall").as_deref(),
            Some("NBC News")
        );
        assert_eq!(
            outlet_of_title("The Daily Post: Rain").as_deref(),
            Some("The Daily Post")
        );
        assert_eq!(outlet_of_title("Stealth Over Health: A story"), None);
        assert_eq!(outlet_of_title("Breaking: the vote is in"), None);
        assert_eq!(outlet_of_title("No colon here"), None);
        assert_eq!(outlet_of_title("Report: the plan failed"), None);
        assert_eq!(outlet_of_title("BBC: Rain"), Some("BBC".to_string()));
        assert_eq!(outlet_of_title("the mayor said: nothing"), None);
    }

    #[test]
    fn whitespace_only_text_has_no_article() {
        assert!(parse("t.txt", "\n \n".to_string()).is_none());
    }
}
