//! Percent-encoding for the parts of the URL hash the app reads and writes.

/// Percent-encodes the characters that would break a query value (`%&=#+?`
/// and space); Hangul and `/` stay as they are, so addresses stay readable.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        match ch {
            '%' | '&' | '=' | '#' | '+' | '?' | ' ' => out.push_str(&format!("%{:02X}", ch as u32)),
            _ => out.push(ch),
        }
    }
    out
}

/// Decodes `%XX` escapes, as browsers report non-ASCII hashes; invalid escapes
/// and invalid UTF-8 are kept as they are rather than failing.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_characters_round_trip_and_hangul_stays_readable() {
        let value = "a&b=c d#e%f/기술";
        let encoded = percent_encode(value);
        assert_eq!(encoded, "a%26b%3Dc%20d%23e%25f/기술");
        assert_eq!(percent_decode(&encoded), value);
    }

    #[test]
    fn bad_escapes_are_kept() {
        assert_eq!(percent_decode("%EA%B8%B0"), "기");
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%FF"), "%FF");
    }
}
