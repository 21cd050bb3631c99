package com.helpdesk.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

/**
 * Screenshots of the main screens, kept in {@code platform/target/screenshots/} for people to look
 * at. A blank or broken page (a CSP-blocked stylesheet, a script that never ran) renders as a few
 * flat colours, so a screenshot must be a real PNG of the window's size with many colours.
 */
final class Screenshots {

    private static final int MIN_COLOURS = 64;

    private Screenshots() {
    }

    static void assertRendered(Path png) throws IOException {
        assertThat(Files.size(png)).as("%s is not empty", png).isPositive();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("%s is a PNG", png).isNotNull();
        assertThat(image.getWidth()).as("width of %s", png).isGreaterThanOrEqualTo(1300);
        assertThat(image.getHeight()).as("height of %s", png).isGreaterThanOrEqualTo(600);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight() && colours.size() < MIN_COLOURS; y += 3) {
            for (int x = 0; x < image.getWidth() && colours.size() < MIN_COLOURS; x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("%s shows a rendered page (colours sampled)", png).hasSizeGreaterThanOrEqualTo(MIN_COLOURS);
    }
}
