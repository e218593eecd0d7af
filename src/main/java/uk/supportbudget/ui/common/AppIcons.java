package uk.supportbudget.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/** The app icon at the sizes window managers ask for. */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    public static List<Image> all() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/icons/supportbudget-" + size + ".png");
            if (in != null) {
                images.add(new Image(in));
            }
        }
        return images;
    }
}
