//! The page's own words, in Korean and English: what index.html says before
//! the app starts or where it cannot run (its description, and its message
//! without JavaScript), and the installed app's description. They are in the
//! notes' language, written into the built page (`build.rs` puts them in a
//! custom section of the wasm, `scripts/post-build.mjs` takes them out), so
//! this table stands alone: `build.rs` includes the file, and the app never
//! reads it.

pub struct PageWords {
    pub description: &'static str,
    pub needs_javascript: &'static str,
}

pub const KO: PageWords = PageWords {
    description: "마크다운으로 정리한 내 노트를 브라우저에서 플래시카드로 공부해요.",
    needs_javascript: "Foldcards를 쓰려면 브라우저에서 JavaScript와 WebAssembly를 켜 주세요.",
};

pub const EN: PageWords = PageWords {
    description: "Study your own Markdown notes as flashcards, in the browser.",
    needs_javascript: "Foldcards needs JavaScript and WebAssembly to run.",
};
