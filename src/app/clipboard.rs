//! The system clipboard for what egui cannot put there: egui copies text only, and a
//! table pasted into Word or an email should arrive as a table. Through `arboard` (the
//! crate egui-winit itself uses for the clipboard) a copy carries the HTML table and
//! its tab-separated text together, so a spreadsheet takes the text and a word
//! processor the table. When the clipboard cannot be reached, the copy falls back to
//! egui's text: a copy never fails for want of HTML.

/// The system clipboard, reached when first needed and kept: on X11 the copied data is
/// served by the process for as long as the clipboard lives.
#[derive(Default)]
pub(super) struct HtmlClipboard {
    /// False in tests and headless runs: copies go through egui's text only.
    enabled: bool,
    clipboard: Option<arboard::Clipboard>,
    /// The failure was logged already (once is enough).
    warned: bool,
}

impl HtmlClipboard {
    /// The window system's clipboard.
    pub(super) fn system() -> Self {
        Self {
            enabled: true,
            ..Self::default()
        }
    }

    /// Puts `html` on the clipboard with `text` as its plain-text alternative; false
    /// when that could not be done, and the caller copies the text another way.
    pub(super) fn set(&mut self, html: &str, text: &str) -> bool {
        if !self.enabled {
            return false;
        }
        if self.clipboard.is_none() {
            match arboard::Clipboard::new() {
                Ok(c) => self.clipboard = Some(c),
                Err(e) => {
                    self.warn(&e);
                    return false;
                }
            }
        }
        let Some(clipboard) = self.clipboard.as_mut() else {
            return false;
        };
        match clipboard.set().html(html, Some(text)) {
            Ok(()) => true,
            Err(e) => {
                self.warn(&e);
                // Reached again next time: the clipboard may come back.
                self.clipboard = None;
                false
            }
        }
    }

    fn warn(&mut self, e: &arboard::Error) {
        if !self.warned {
            log::warn!("the clipboard takes no HTML, copying text only: {e}");
            self.warned = true;
        }
    }
}
