package org.handoutstudio.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The compact sRGB profile is a valid RGB display profile that maps colours as the JDK's own sRGB does. */
class SrgbProfileTest {

    @Test
    void isAValidRgbDisplayProfileOfItsStatedSize() {
        ICC_Profile profile = ICC_Profile.getInstance(SrgbProfile.bytes());
        assertEquals(ICC_Profile.CLASS_DISPLAY, profile.getProfileClass());
        assertEquals(ColorSpace.TYPE_RGB, profile.getColorSpaceType());
        assertEquals(2, profile.getMajorVersion());
        assertTrue(SrgbProfile.bytes().length < 700, SrgbProfile.bytes().length + " bytes");
    }

    @Test
    void mapsColoursAsTheJdkSrgbProfileDoes() {
        ColorSpace compact = new ICC_ColorSpace(ICC_Profile.getInstance(SrgbProfile.bytes()));
        ColorSpace jdk = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        float[][] colours = {{1, 1, 1}, {0, 0, 0}, {0.114f, 0.31f, 0.486f}, {0, 0.412f, 0.361f}, {0.106f, 0.106f, 0.106f},
            {1, 0, 0}, {0.5f, 0.5f, 0.5f}};
        for (float[] colour : colours) {
            assertArrayEquals(jdk.toCIEXYZ(colour), compact.toCIEXYZ(colour), 0.01f, Arrays.toString(colour));
        }
    }
}
