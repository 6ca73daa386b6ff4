//! Screens are written as HTML text and set as one `innerHTML`, rather than
//! built element by element with `view!`: each Leptos view type compiles to its
//! own build, mount and update code (about 0.35 KB gzip per element, measured),
//! and the 90 KB first-load budget cannot pay for a whole app of them. Leptos
//! mounts the shell, runs the effect that redraws it and delivers the events.
//!
//! [`markup!`] reads like the HTML it writes: string literals are the page's
//! own markup, `(expr)` is text, escaped, and `[expr]` is HTML the build has
//! already sanitised (answers and notes).

/// HTML being written; see the module's documentation.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// Markup from this source code.
    pub fn html(&mut self, html: &str) {
        self.0.push_str(html);
    }

    /// Text from the notes, the URL or the user, escaped for element content
    /// and for quoted attribute values alike.
    pub fn text(&mut self, text: &str) {
        for ch in text.chars() {
            match ch {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                _ => self.0.push(ch),
            }
        }
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// What `(expr)` in [`markup!`] accepts.
pub trait Text {
    fn write_to(&self, out: &mut Markup);
}

impl Text for str {
    fn write_to(&self, out: &mut Markup) {
        out.text(self);
    }
}

impl Text for String {
    fn write_to(&self, out: &mut Markup) {
        out.text(self);
    }
}

impl<T: Text + ?Sized> Text for &T {
    fn write_to(&self, out: &mut Markup) {
        (**self).write_to(out);
    }
}

impl Text for usize {
    fn write_to(&self, out: &mut Markup) {
        out.html(&self.to_string());
    }
}

/// Appends to a [`Markup`]: `markup!(out, "<p class='x'>" (text) [html] "</p>")`.
macro_rules! markup {
    ($out:expr, $($part:tt)*) => {{
        let out: &mut $crate::ui::markup::Markup = $out;
        $( markup!(@part out, $part); )*
    }};
    (@part $out:ident, $html:literal) => { $out.html($html) };
    (@part $out:ident, ($text:expr)) => { $crate::ui::markup::Text::write_to(&$text, $out) };
    (@part $out:ident, [$html:expr]) => { $out.html(&$html) };
}
pub(crate) use markup;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_trusted_html_is_not() {
        let mut out = Markup::new();
        let title = "<b>\"A\" & 'B'</b>";
        markup!(&mut out, "<p title='" (title) "'>" (title) [ "<em>ok</em>" ] (3usize) "</p>");
        assert_eq!(
            out.into_string(),
            "<p title='&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;'>\
             &lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;<em>ok</em>3</p>"
        );
    }

    #[test]
    fn hangul_passes_through() {
        let mut out = Markup::new();
        markup!(&mut out, (String::from("트랜잭션")));
        assert_eq!(out.into_string(), "트랜잭션");
    }
}
