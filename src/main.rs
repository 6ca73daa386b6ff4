//! In the browser, starts the app. Natively, writes the notes' pages into a
//! built site: `foldcards <dist>` (`scripts/post-build.mjs` runs it), with
//! their canonical addresses when `FOLDCARDS_SITE_URL` names the site.

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
    let started = std::time::Instant::now();
    match foldcards::prerender::write_site(std::path::Path::new(&dir), site_url.as_deref()) {
        Ok(written) => println!(
            "Prerendered {} pages ({} KB) in {} ms",
            written.pages,
            written.bytes / 1000,
            started.elapsed().as_millis()
        ),
        Err(error) => {
            eprintln!("error: could not write the pages: {error}");
            std::process::exit(1);
        }
    }
}
