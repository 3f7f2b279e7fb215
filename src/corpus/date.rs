//! Publication dates: recognising an ISO-style date (2016-09-12, 2016/09/12) in a date
//! field or a file name, as a sortable `YYYYMMDD` number.

/// The first valid `YYYY-MM-DD` or `YYYY/MM/DD` date in `text`, as `YYYYMMDD`.
pub fn date_key(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(9)).find_map(|i| {
        let window = &bytes[i..i + 10];
        let sep = window[4];
        if !(sep == b'-' || sep == b'/') || window[7] != sep {
            return None;
        }
        // Not the tail of a longer run of digits.
        if i > 0 && bytes[i - 1].is_ascii_digit()
            || bytes.get(i + 10).is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &window[range];
            part.iter()
                .all(u8::is_ascii_digit)
                .then(|| part.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        ((1800..=2200).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
            .then_some(year * 10_000 + month * 100 + day)
    })
}

/// `YYYYMMDD` written back as `YYYY-MM-DD`.
pub fn format_date_key(key: u32) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        key / 10_000,
        key / 100 % 100,
        key % 100
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_dates_in_fields_and_file_names() {
        assert_eq!(date_key("2016-09-12"), Some(20_160_912));
        assert_eq!(date_key("2016-09-12T08:00:00Z"), Some(20_160_912));
        assert_eq!(
            date_key("outlet_2016-09-12_some-slug.txt"),
            Some(20_160_912)
        );
        assert_eq!(date_key("2024/01/31"), Some(20_240_131));
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        assert_eq!(date_key("2016-13-01"), None);
        assert_eq!(date_key("12016-09-12"), None);
        assert_eq!(date_key("2016-09/12"), None);
        assert_eq!(date_key("no date"), None);
        assert_eq!(date_key("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), None);
    }

    #[test]
    fn formats_back() {
        assert_eq!(format_date_key(20_160_912), "2016-09-12");
    }
}
