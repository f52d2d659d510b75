//! Saving part of a screenshot as a PNG file.

use std::path::Path;

use chitieu_core::io::{self, SaveError};

/// Why an image could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum PngError {
    /// The region is outside the screenshot or empty.
    #[error("the plot is not on screen, nothing to save")]
    Empty,
    /// Encoding failed.
    #[error("cannot encode the image as PNG: {0}")]
    Encode(#[from] png::EncodingError),
    /// Writing failed.
    #[error(transparent)]
    Write(#[from] SaveError),
}

/// Saves the part of `image` under `rect` (in points) as a PNG at `path`, atomically.
pub fn save_region(
    image: &egui::ColorImage,
    rect: egui::Rect,
    pixels_per_point: f32,
    path: &Path,
) -> Result<(), PngError> {
    let [width, height] = image.size;
    let to_px = |v: f32, max: usize| ((v * pixels_per_point).round().max(0.0) as usize).min(max);
    let (x0, x1) = (to_px(rect.left(), width), to_px(rect.right(), width));
    let (y0, y1) = (to_px(rect.top(), height), to_px(rect.bottom(), height));
    if x1 <= x0 || y1 <= y0 {
        return Err(PngError::Empty);
    }
    let mut rgba = Vec::with_capacity((x1 - x0) * (y1 - y0) * 4);
    for y in y0..y1 {
        let row = image
            .pixels
            .get(y * width + x0..y * width + x1)
            .ok_or(PngError::Empty)?;
        for pixel in row {
            rgba.extend_from_slice(&pixel.to_array());
        }
    }
    let mut bytes = Vec::new();
    {
        let w = u32::try_from(x1 - x0).map_err(|_| PngError::Empty)?;
        let h = u32::try_from(y1 - y0).map_err(|_| PngError::Empty)?;
        let mut encoder = png::Encoder::new(&mut bytes, w, h);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&rgba)?;
    }
    io::write_atomic(path, &bytes)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_the_region_as_a_png() {
        let mut image = egui::ColorImage::filled([40, 30], egui::Color32::WHITE);
        image.pixels[10 * 40 + 10] = egui::Color32::RED;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plot.png");
        let rect = egui::Rect::from_min_max(egui::pos2(5.0, 5.0), egui::pos2(15.0, 25.0));
        save_region(&image, rect, 1.0, &path).unwrap();
        let decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
        let reader = decoder.read_info().unwrap();
        assert_eq!((reader.info().width, reader.info().height), (10, 20));
        let off = egui::Rect::from_min_max(egui::pos2(100.0, 100.0), egui::pos2(120.0, 120.0));
        assert!(matches!(
            save_region(&image, off, 1.0, &path),
            Err(PngError::Empty)
        ));
    }
}
