#!/bin/sh
# Renders the app icon's PNGs, .ico and .icns from the SVG sources.
# Run by hand after editing an SVG, then commit the outputs; the build never runs this.
# Needs (Debian): apt-get install librsvg2-bin imagemagick icnsutils
set -eu
cd "$(dirname "$0")"

# 16 and 32 px come from the pixel-grid variant so they stay crisp; the rest from the full drawing.
for size in 16 32; do
  rsvg-convert -w "$size" -h "$size" supportbudget-small.svg -o "supportbudget-$size.png"
done
for size in 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" supportbudget.svg -o "supportbudget-$size.png"
done

# Windows: one .ico holding every size Explorer and the taskbar ask for.
convert supportbudget-16.png supportbudget-32.png supportbudget-48.png \
        supportbudget-64.png supportbudget-128.png supportbudget-256.png supportbudget.ico

# macOS: png2icns picks the icns slot from each PNG's size (it has no 64 px slot).
png2icns supportbudget.icns supportbudget-16.png supportbudget-32.png supportbudget-48.png \
         supportbudget-128.png supportbudget-256.png supportbudget-512.png

# The window icons JavaFX loads from the class path (uk.supportbudget.ui.common.AppIcons).
mkdir -p ../src/main/resources/icons
for size in 16 32 48 64 128 256; do
  cp "supportbudget-$size.png" "../src/main/resources/icons/supportbudget-$size.png"
done
