// Foldcards on someone else's page, loaded with
//   <script type="module" src="https://host/path/embed.js"></script>
// 1. Sizes every Foldcards iframe on the page to its content, as the app in
//    it reports (`foldcards:height` messages).
// 2. Defines <fold-cards>: the app in the element's own shadow root, so the
//    page's CSS and the app's never meet. Attributes: `category` (one id, or
//    several separated by spaces), `quiz` (a quiz rather than the category's
//    questions), `count` (a number, or `all`), `theme` (`light`, `dark`) and
//    `lang` (`ko`, `en`: the language of the app's own words).
// The build (scripts/post-build.mjs) fills in the names of its files.

const base = new URL(".", import.meta.url);
const files = { glue: "__GLUE__", wasm: "__WASM__", css: "__CSS__" };

addEventListener("message", (event) => {
  if (event.data?.type !== "foldcards:height") return;
  for (const frame of document.querySelectorAll("iframe")) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(event.data.height)}px`;
  }
});

let app;
/** The app's module, loaded and started once for every element on the page. */
function loadApp() {
  app ??= import(new URL(files.glue, base).href).then(async (glue) => {
    await glue.default({ module_or_path: new URL(files.wasm, base) });
    return glue;
  });
  return app;
}

class FoldCards extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL(files.css, base).href;
    const container = document.createElement("div");
    container.className = "foldcards-root";
    // `theme="light|dark"`: the element's own, whatever the blog's or the system's.
    const theme = this.getAttribute("theme");
    if (theme === "light" || theme === "dark") container.dataset.theme = theme;
    // `lang`: asked of the app, which settles it on the container.
    if (this.hasAttribute("lang")) container.lang = this.getAttribute("lang");
    root.append(style, container);
    // The screen the build rendered, shown while the app loads if it
    // arrives first: a quiz's first question (whose seed the app then goes
    // on with), or the category's questions.
    let address = this.address();
    this.showRendered(container, address).then((shown) => (address = shown ?? address));
    const glue = await loadApp();
    glue.mount_element(container, address, this, base.href);
  }

  /**
   * Puts the iframe page the build rendered for `address` (`embed/…`) into
   * `container`, its links and images pointing at the app's site, unless the
   * app has started first. Returns the address of what it shows: a quiz
   * address gets the seed of the first question shown; null if nothing is
   * shown (a seeded or other quiz, or one whose every start has a saved
   * session, waits for the app).
   */
  async showRendered(container, address) {
    try {
      const response = await fetch(new URL(`embed/${address}`, base));
      if (!response.ok || container.childElementCount) return null;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const main = page.getElementById("main");
      // Rendered in the notes' language: not for an element asked to speak another.
      let asked = container.lang;
      try {
        asked ||= localStorage.getItem("foldcards:lang") ?? "";
      } catch {}
      if (!main || (asked && asked !== page.documentElement.lang)) return null;
      const [path, query = ""] = address.split("?");
      let shown = address;
      if (path === "quiz/") {
        const asked = new URLSearchParams(query);
        const categories = asked.getAll("c");
        if (asked.has("seed") || categories.length > 1 || (asked.get("n") ?? "10") !== "10") return null;
        // Only a quiz with no session saved: the app would resume that one.
        const unsaved = (start) => {
          try {
            return !localStorage.getItem(start.dataset.session);
          } catch {
            return true;
          }
        };
        const starts = [...page.querySelectorAll(`template[data-quiz="${CSS.escape(categories[0] ?? "")}"]`)].filter(unsaved);
        if (!starts.length) return null;
        const start = starts[Math.floor(Math.random() * starts.length)];
        main.innerHTML = start.innerHTML;
        asked.set("seed", start.dataset.seed);
        shown = `${path}?${asked}`;
      }
      for (const link of main.querySelectorAll("a[href]")) link.href = new URL(link.getAttribute("href"), base).href;
      for (const image of main.querySelectorAll("img[src]")) image.src = new URL(image.getAttribute("src"), base).href;
      if (container.childElementCount) return null;
      container.append(main);
      return shown;
    } catch {
      return null;
    }
  }

  /** The app's address for this element's attributes. */
  address() {
    const categories = (this.getAttribute("category") ?? "").split(/\s+/).filter(Boolean);
    if (!this.hasAttribute("quiz")) return categories.length ? `c/${categories[0]}/` : "./";
    const query = categories.map((id) => `c=${encodeURIComponent(id)}`);
    if (this.hasAttribute("count")) query.push(`n=${encodeURIComponent(this.getAttribute("count"))}`);
    return `quiz/?${query.join("&")}`;
  }
}

if (!customElements.get("fold-cards")) customElements.define("fold-cards", FoldCards);
