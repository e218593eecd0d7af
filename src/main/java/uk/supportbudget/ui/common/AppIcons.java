package uk.supportbudget.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/**
 * The app icon at the sizes a window may ask for, for {@code stage.getIcons().setAll(AppIcons.all())}.
 * The PNGs are rendered from {@code icons/supportbudget.svg} by {@code icons/render.sh}.
 */
public final class AppIcons {

    /** Sizes shipped under {@code /icons/} on the class path, smallest first. */
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /** Loads every size afresh; a missing PNG is a packaging fault, so it fails loudly. */
    public static List<Image> all() {
        List<Image> images = new ArrayList<>(SIZES.length);
        for (int size : SIZES) {
            images.add(load(size));
        }
        return List.copyOf(images);
    }

    static Image load(int size) {
        String resource = "/icons/supportbudget-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("App icon missing from the class path: " + resource);
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read app icon " + resource, e);
        }
    }
}
