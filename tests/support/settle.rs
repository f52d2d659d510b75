//! Waiting for the app as a user waits for it.

use chitieu::app::ChitieuApp;
use egui_kittest::Harness;

/// Runs frames until the file being opened, saved or exported (on a thread of its own)
/// is done, as a user waits for the "Please wait" window to go.
pub fn settle(h: &mut Harness<'_, ChitieuApp>) {
    // The spinner keeps asking for frames: one at a time until the work is done.
    h.step();
    for _ in 0..2000 {
        if !h.state().is_busy() {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    panic!("still opening, saving or exporting after 20 s");
}
