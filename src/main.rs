//! In the browser, starts the app. Natively, writes the notes' pages and
//! each deck's Anki import file into a built site: `foldcards <dist>`
//! (`scripts/post-build.mjs` runs it), with their absolute addresses when
//! `FOLDCARDS_SITE_URL` names the site.

#[cfg(target_arch = "wasm32")]
fn main() {
    foldcards::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: foldcards <built site folder>");
        std::process::exit(2);
    };
    let site_url = std::env::var("FOLDCARDS_SITE_URL")
        .ok()
        .filter(|url| !url.is_empty());
    let dir = std::path::Path::new(&dir);
    let started = std::time::Instant::now();
    let written = foldcards::prerender::write_site(dir, site_url.as_deref()).and_then(|pages| {
        let decks = foldcards::deck::DECKS;
        let cards = foldcards::anki::write_decks(dir, decks, site_url.as_deref())?;
        Ok((pages, decks.len(), cards))
    });
    match written {
        Ok((pages, decks, cards)) => println!(
            "Prerendered {} pages ({} KB) and wrote {decks} Anki file(s) of {cards} cards in {} ms",
            pages.pages,
            pages.bytes / 1000,
            started.elapsed().as_millis()
        ),
        Err(error) => {
            eprintln!("error: could not write the pages: {error}");
            std::process::exit(1);
        }
    }
}
