//! Syntax highlighting of fenced code, at build time: syntect parses the code
//! with Sublime Text grammars (pure Rust regexes, no C), and each token's
//! scopes are mapped onto a handful of one-letter CSS classes that the app's
//! stylesheet colours. The output is plain spans, never nested, never styled
//! inline, so it stays small in the app and passes the sanitiser.

use std::fmt::Write as _;
use std::sync::OnceLock;

use syntect::easy::ScopeRegionIterator;
use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// The classes the output uses; the app's stylesheet colours each one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// Keywords, storage (types built into the language, modifiers),
    /// annotations, tags (HTML, YAML keys).
    Keyword,
    /// Strings, with their quotes and escapes.
    String,
    /// Comments, with everything inside them.
    Comment,
    /// Numbers and built-in constants (`true`, `null`).
    Number,
    /// Function names, where defined or called.
    Function,
    /// Type and class names, attribute names.
    Type,
}

impl Class {
    fn name(self) -> &'static str {
        match self {
            Class::Keyword => "k",
            Class::String => "s",
            Class::Comment => "c",
            Class::Number => "n",
            Class::Function => "f",
            Class::Type => "t",
        }
    }
}

/// The rule a scope gives its text; `classify` looks rules up from the
/// innermost scope out.
#[derive(Clone, Copy)]
enum Rule {
    Is(Class),
    /// The class when the text is a word (`and`, `instanceof`, `this`), plain
    /// when it is a symbol (`=`, `&&`, SQL's `*`).
    Word(Class),
    /// Makes the text plain and stops the lookup. It applies to names being
    /// defined (`entity.name.*` scopes not listed), and to the edge of code
    /// embedded in a string or another language, so that the enclosing
    /// string's class does not reach inside.
    Plain,
}

/// Scope prefixes and their rules, the more specific first; a scope that
/// matches none (such as `meta.*` or `punctuation.*`) defers to the scope
/// around it.
const RULES: &[(&str, Rule)] = &[
    ("constant.character.escape", Rule::Is(Class::String)),
    ("string", Rule::Is(Class::String)),
    ("constant.numeric", Rule::Is(Class::Number)),
    ("constant.language", Rule::Is(Class::Number)),
    ("constant.character", Rule::Is(Class::Number)),
    ("constant.other.color", Rule::Is(Class::Number)),
    ("support.constant", Rule::Is(Class::Number)),
    ("keyword.other.unit", Rule::Is(Class::Number)),
    ("keyword.operator", Rule::Word(Class::Keyword)),
    ("keyword", Rule::Is(Class::Keyword)),
    ("storage", Rule::Is(Class::Keyword)),
    ("variable.language", Rule::Word(Class::Keyword)),
    ("variable.annotation", Rule::Is(Class::Keyword)),
    (
        "punctuation.definition.annotation",
        Rule::Is(Class::Keyword),
    ),
    ("entity.name.tag", Rule::Is(Class::Keyword)),
    ("entity.name.function", Rule::Is(Class::Function)),
    ("support.function", Rule::Is(Class::Function)),
    ("variable.function", Rule::Is(Class::Function)),
    ("entity.name.class", Rule::Is(Class::Type)),
    ("entity.name.type", Rule::Is(Class::Type)),
    ("entity.name.struct", Rule::Is(Class::Type)),
    ("entity.name.enum", Rule::Is(Class::Type)),
    ("entity.name.interface", Rule::Is(Class::Type)),
    ("entity.name.trait", Rule::Is(Class::Type)),
    ("entity.name.union", Rule::Is(Class::Type)),
    ("entity.other.inherited-class", Rule::Is(Class::Type)),
    ("entity.other.attribute-name", Rule::Is(Class::Type)),
    ("support.type", Rule::Is(Class::Type)),
    ("support.class", Rule::Is(Class::Type)),
    ("entity", Rule::Plain),
    ("source", Rule::Plain),
    ("text", Rule::Plain),
    ("meta.embedded", Rule::Plain),
    ("meta.interpolation", Rule::Plain),
];

/// Language names people write after a code fence, lower-cased, and the
/// syntect syntax each one maps to.
const ALIASES: &[(&str, &str)] = &[
    ("sql", "SQL"),
    ("mysql", "SQL"),
    ("postgresql", "SQL"),
    ("postgres", "SQL"),
    ("psql", "SQL"),
    ("plsql", "SQL"),
    ("sqlite", "SQL"),
    ("java", "Java"),
    ("javascript", "JavaScript"),
    ("js", "JavaScript"),
    ("jsx", "JavaScript"),
    ("mjs", "JavaScript"),
    ("cjs", "JavaScript"),
    ("node", "JavaScript"),
    ("typescript", "TypeScript"),
    ("ts", "TypeScript"),
    ("tsx", "TypeScriptReact"),
    ("python", "Python"),
    ("py", "Python"),
    ("python3", "Python"),
    ("py3", "Python"),
    ("c", "C"),
    ("h", "C"),
    ("cpp", "C++"),
    ("c++", "C++"),
    ("cc", "C++"),
    ("cxx", "C++"),
    ("hpp", "C++"),
    ("go", "Go"),
    ("golang", "Go"),
    ("rust", "Rust"),
    ("rs", "Rust"),
    ("kotlin", "Kotlin"),
    ("kt", "Kotlin"),
    ("kts", "Kotlin"),
    ("bash", "Bourne Again Shell (bash)"),
    ("sh", "Bourne Again Shell (bash)"),
    ("shell", "Bourne Again Shell (bash)"),
    ("zsh", "Bourne Again Shell (bash)"),
    ("json", "JSON"),
    ("jsonc", "JSON"),
    ("json5", "JSON"),
    ("yaml", "YAML"),
    ("yml", "YAML"),
    ("html", "HTML"),
    ("htm", "HTML"),
    ("xhtml", "HTML"),
    ("xml", "XML"),
    ("svg", "XML"),
    ("css", "CSS"),
    ("csharp", "C#"),
    ("cs", "C#"),
    ("c#", "C#"),
    ("r", "R"),
];

/// Highlighted HTML for the inside of `<code class="language-{lang}">`, or
/// None when the language is unknown.
///
/// `lang` is the fence's info string (its first word counts; case does not).
/// Besides the `ALIASES`, any name or file extension of a known syntax works
/// (`ruby`, `php`, `swift`, `toml`…). The text is HTML-escaped, wrapped in
/// `<span class="…">` where it has a class; spans are never nested.
pub fn highlight(code: &str, lang: &str) -> Option<String> {
    let syntaxes = syntaxes();
    let syntax = find_syntax(syntaxes, lang)?;
    let rules = rules();
    let mut state = ParseState::new(syntax);
    let mut stack = ScopeStack::new();
    let mut out = Output::with_capacity(code.len() + code.len() / 2);
    for line in LinesWithEndings::from(code) {
        let ops = state.parse_line(line, syntaxes).ok()?;
        for (text, op) in ScopeRegionIterator::new(&ops, line) {
            stack.apply(op).ok()?;
            if !text.is_empty() {
                out.push(text, classify(rules, stack.as_slice(), text));
            }
        }
    }
    Some(out.finish())
}

/// Returns the syntax set, loaded once from `two_face`: syntect's own
/// grammars and the many more that `bat` curates (Kotlin, TypeScript, Swift,
/// TOML…), built for the pure-Rust regex engine.
fn syntaxes() -> &'static SyntaxSet {
    static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
    SYNTAXES.get_or_init(two_face::syntax::extra_newlines)
}

fn rules() -> &'static [(Scope, Rule)] {
    static RULE_SCOPES: OnceLock<Vec<(Scope, Rule)>> = OnceLock::new();
    RULE_SCOPES.get_or_init(|| {
        RULES
            .iter()
            .map(|&(prefix, rule)| (Scope::new(prefix).expect("a valid scope"), rule))
            .collect()
    })
}

fn find_syntax<'s>(syntaxes: &'s SyntaxSet, lang: &str) -> Option<&'s SyntaxReference> {
    let token = lang
        .split(|c: char| c.is_whitespace() || c == ',' || c == '{')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if let Some(&(_, name)) = ALIASES.iter().find(|(alias, _)| *alias == token) {
        return syntaxes.find_syntax_by_name(name).or_else(|| match name {
            "TypeScript" | "TypeScriptReact" => syntaxes.find_syntax_by_name("JavaScript"),
            _ => None,
        });
    }
    // Other known languages by name or extension; one letter is too likely
    // to pick something odd (`s` is R, `t` is Perl).
    if token.chars().count() < 2 {
        return None;
    }
    syntaxes
        .find_syntax_by_token(&token)
        .filter(|syntax| syntax.name != "Plain Text")
}

/// The class of a token, from the innermost scope out; anything in a comment
/// is comment.
fn classify(rules: &[(Scope, Rule)], stack: &[Scope], text: &str) -> Option<Class> {
    let comment = comment_scope();
    if stack.iter().any(|scope| comment.is_prefix_of(*scope)) {
        return Some(Class::Comment);
    }
    for scope in stack.iter().rev() {
        let rule = rules
            .iter()
            .find(|(prefix, _)| prefix.is_prefix_of(*scope))
            .map(|&(_, rule)| rule);
        match rule {
            Some(Rule::Is(class)) => return Some(class),
            Some(Rule::Word(class)) => {
                return text.chars().any(char::is_alphabetic).then_some(class)
            }
            Some(Rule::Plain) => return None,
            None => {}
        }
    }
    None
}

fn comment_scope() -> Scope {
    static COMMENT: OnceLock<Scope> = OnceLock::new();
    *COMMENT.get_or_init(|| Scope::new("comment").expect("a valid scope"))
}

/// Builds escaped HTML, merging adjacent tokens of one class into one span;
/// whitespace between two tokens of the same class goes inside their span.
struct Output {
    html: String,
    /// The class of the open span, if one is open.
    open: Option<Class>,
    /// Whitespace not yet written: it joins the open span if the next token
    /// has its class, else it is written plain.
    space: String,
}

impl Output {
    fn with_capacity(capacity: usize) -> Self {
        Self {
            html: String::with_capacity(capacity),
            open: None,
            space: String::new(),
        }
    }

    fn push(&mut self, text: &str, class: Option<Class>) {
        if text.chars().all(char::is_whitespace) {
            self.space.push_str(text);
            return;
        }
        if class != self.open {
            self.close();
            if let Some(class) = class {
                self.flush_space();
                let _ = write!(self.html, "<span class=\"{}\">", class.name());
                self.open = Some(class);
            }
        }
        self.flush_space();
        escape_into(&mut self.html, text);
    }

    fn close(&mut self) {
        if self.open.take().is_some() {
            self.html.push_str("</span>");
        }
    }

    fn flush_space(&mut self) {
        self.html.push_str(&self.space);
        self.space.clear();
    }

    fn finish(mut self) -> String {
        self.close();
        self.flush_space();
        self.html
    }
}

fn escape_into(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            c => html.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each span of a class.
    fn spans<'h>(html: &'h str, class: &str) -> Vec<&'h str> {
        let open = format!("<span class=\"{class}\">");
        html.split(open.as_str())
            .skip(1)
            .map(|rest| rest.split("</span>").next().unwrap())
            .collect()
    }

    #[test]
    fn sql_keywords_are_keywords() {
        let html = highlight("SELECT * FROM product WHERE id = 1 AND stock > 0;", "sql").unwrap();
        assert_eq!(
            html,
            "<span class=\"k\">SELECT</span> * <span class=\"k\">FROM</span> product \
             <span class=\"k\">WHERE</span> id = <span class=\"n\">1</span> \
             <span class=\"k\">AND</span> stock &gt; <span class=\"n\">0</span>;"
        );
    }

    #[test]
    fn words_are_kept_in_one_span() {
        let html = highlight("SELECT a FROM t GROUP BY a ORDER BY a;", "sql").unwrap();
        assert!(html.contains("<span class=\"k\">GROUP BY</span>"), "{html}");
        let html = highlight("echo \"$HOME/x\" # home", "bash").unwrap();
        assert!(
            html.contains("<span class=\"s\">&quot;$HOME/x&quot;</span>"),
            "{html}"
        );
        let html = highlight("p { width: 10px; }", "css").unwrap();
        assert!(html.contains("<span class=\"n\">10px</span>"), "{html}");
    }

    #[test]
    fn java_strings_are_strings() {
        let html = highlight("class A {\n  String s = \"hi \\\"you\\\"\";\n}\n", "Java").unwrap();
        assert_eq!(
            spans(&html, "s"),
            ["&quot;hi \\&quot;you\\&quot;&quot;"],
            "{html}"
        );
        assert!(spans(&html, "k").contains(&"class"), "{html}");
    }

    #[test]
    fn python_comments_are_comments() {
        let html = highlight("x = 1  # the answer\ndef f(): pass\n", "py").unwrap();
        assert_eq!(spans(&html, "c"), ["# the answer\n"], "{html}");
        assert!(spans(&html, "k").contains(&"def"), "{html}");
        assert!(spans(&html, "f").contains(&"f"), "{html}");
    }

    #[test]
    fn code_is_escaped() {
        let code = "if (a < b && c > d) { s = \"<b>&amp;</b>\"; }";
        for lang in ["js", "java", "c"] {
            let html = highlight(code, lang).unwrap();
            let without_spans = html
                .replace("</span>", "")
                .split("<span class=\"")
                .enumerate()
                .map(|(i, part)| if i == 0 { part } else { &part[3..] })
                .collect::<String>();
            assert!(!without_spans.contains(['<', '>', '"']), "{lang}: {html}");
            assert_eq!(unescape(&without_spans), code, "{lang}: {html}");
            assert!(
                html.contains("a &lt; b &amp;&amp; c &gt; d"),
                "{lang}: {html}"
            );
        }
    }

    #[test]
    fn unknown_languages_are_none() {
        assert_eq!(highlight("x", "klingon"), None);
        assert_eq!(highlight("x", ""), None);
        assert_eq!(highlight("x", "text"), None);
        assert_eq!(highlight("x", "txt"), None);
        assert_eq!(highlight("x", "s"), None);
    }

    #[test]
    fn aliases_ignore_case() {
        let html = highlight("SELECT 1", "SQL").unwrap();
        assert_eq!(html, highlight("SELECT 1", "sql").unwrap());
        assert!(
            html.starts_with("<span class=\"k\">SELECT</span>"),
            "{html}"
        );
        assert!(highlight("int x;", "C++").is_some());
        assert!(highlight("echo hi", "Shell").is_some());
        assert!(highlight("SELECT 1", "sql title=\"q\"").is_some());
    }

    #[test]
    fn every_listed_language_is_highlighted() {
        let samples = [
            ("sql", "SELECT 1"),
            ("java", "int x = 1;"),
            ("javascript", "const x = 1;"),
            ("js", "const x = 1;"),
            ("typescript", "const x: number = 1;"),
            ("ts", "const x: number = 1;"),
            ("python", "x = 1"),
            ("py", "x = 1"),
            ("c", "int x = 1;"),
            ("cpp", "int x = 1;"),
            ("c++", "int x = 1;"),
            ("go", "var x = 1"),
            ("rust", "let x = 1;"),
            ("rs", "let x = 1;"),
            ("kotlin", "val x = 1"),
            ("bash", "x=1; echo \"$x\""),
            ("sh", "x=1; echo \"$x\""),
            ("shell", "x=1; echo \"$x\""),
            ("json", "{\"x\": 1}"),
            ("yaml", "x: 1"),
            ("html", "<p class=\"x\">1</p>"),
            ("css", "p { margin: 1px; }"),
        ];
        for (lang, code) in samples {
            let html = highlight(code, lang).unwrap_or_else(|| panic!("{lang} is unknown"));
            assert!(html.contains("<span class="), "{lang}: {html}");
        }
    }

    #[test]
    fn spans_are_never_nested() {
        let samples = [
            (
                "java",
                "/** @param x */\nclass A { int f() { return \"a\\n\".length() + 1; } }",
            ),
            ("js", "const s = `a ${b + \"c\"} d`; // e"),
            ("python", "x = f\"{a!r} and {b}\"  # c\n"),
            (
                "html",
                "<a href=\"x\">y</a><script>let z = '<';</script><style>p{}</style>",
            ),
            (
                "rust",
                "/// doc\nfn f<'a>(x: &'a str) -> Option<u8> { Some(b'x') }",
            ),
        ];
        for (lang, code) in samples {
            let html = highlight(code, lang).unwrap();
            let mut depth = 0;
            let mut rest = html.as_str();
            while let Some(at) = rest.find('<') {
                rest = &rest[at..];
                if rest.starts_with("</span>") {
                    depth -= 1;
                } else {
                    assert!(rest.starts_with("<span class=\""), "{lang}: {html}");
                    depth += 1;
                }
                assert!((0..=1).contains(&depth), "{lang}: {html}");
                rest = &rest[1..];
            }
            assert_eq!(depth, 0, "{lang}: {html}");
        }
    }

    fn unescape(html: &str) -> String {
        html.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }
}
