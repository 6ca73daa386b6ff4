//! Stable identifiers: slugs for decks and categories, ids for cards.

use unicode_normalization::UnicodeNormalization;

/// The form of a question that its id is derived from: compatibility-normalised
/// (so NFD text from macOS and NFC text give the same id), lower-cased, with runs
/// of white space folded into one space.
pub fn normalize_question(text: &str) -> String {
    let folded: String = text.nfkc().collect::<String>().to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An 8-character id derived from a normalised question: 40 bits of its FNV-1a
/// hash in lower-case Crockford base32, so ids are short, URL-safe and stable.
pub fn derive_card_id(normalized_question: &str) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    let hash = fnv1a64(normalized_question.as_bytes());
    (0..8)
        .map(|i| ALPHABET[((hash >> (59 - 5 * i)) & 31) as usize] as char)
        .collect()
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A URL-friendly form of a title that keeps Hangul and other letters:
/// `"기술 질문"` becomes `"기술-질문"`. Never empty.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for ch in title.nfkc().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            out.push(ch);
        } else if (ch.is_whitespace() || ch == '-' || ch == '_' || ch == '.') && !out.ends_with('-')
        {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "section".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// Whether an explicit `id` attribute can be used as it is in a URL hash.
pub fn is_valid_explicit_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_folds_case_space_and_unicode_form() {
        let nfd = "\u{1112}\u{1161}\u{11ab} Index"; // 한 in decomposed jamo
        assert_eq!(normalize_question(nfd), "한 index");
        assert_eq!(normalize_question("  Foo \t\n bar "), "foo bar");
    }

    #[test]
    fn card_ids_are_short_stable_and_distinct() {
        let a = derive_card_id("트랜잭션");
        assert_eq!(a.len(), 8);
        assert_eq!(a, derive_card_id("트랜잭션"));
        assert_ne!(a, derive_card_id("인덱스"));
        assert!(a
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    }

    #[test]
    fn slugs_keep_hangul_and_drop_punctuation() {
        assert_eq!(slug("기술 질문"), "기술-질문");
        assert_eq!(slug("과제 "), "과제");
        assert_eq!(slug("C++ / Rust!"), "c-rust");
        assert_eq!(slug("???"), "section");
        assert_eq!(slug("Developer_Interview.v2"), "developer-interview-v2");
    }

    #[test]
    fn explicit_ids_must_be_url_safe() {
        assert!(is_valid_explicit_id("tx-acid_1"));
        assert!(is_valid_explicit_id("트랜잭션"));
        assert!(!is_valid_explicit_id("has space"));
        assert!(!is_valid_explicit_id("a/b"));
        assert!(!is_valid_explicit_id(""));
    }
}
