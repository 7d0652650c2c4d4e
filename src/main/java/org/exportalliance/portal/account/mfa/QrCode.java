package org.exportalliance.portal.account.mfa;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * A QR code as an SVG image, for an authenticator app to scan an {@code otpauth://} URI from the screen. Drawn by
 * the portal from ZXing's module matrix: no image library, and the image scales sharply to any size.
 */
public final class QrCode {

    /** The light border that scanners need around the code (ISO/IEC 18004 asks for 4 modules). */
    static final int QUIET_ZONE = 4;

    private QrCode() {}

    /**
     * The SVG element, sized by its {@code viewBox} in modules, so the page decides how large it shows. Dark modules
     * are one path, a horizontal run of them per sub-path; the light background is drawn too, so that the code stays
     * readable on a dark theme.
     *
     * @throws IllegalArgumentException if the text is too long for any QR code
     */
    public static String svg(String text) {
        BitMatrix matrix = matrix(text);
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start).append(' ').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** One bit per module, quiet zone included, error correction level M (15 % of the code may be lost). */
    static BitMatrix matrix(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            // Only then: the marker that says UTF-8 (an ECI) costs room, and not every scanner reads it.
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // Size 0 asks for one pixel per module.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit in a QR code (" + text.length() + " characters)", e);
        }
    }
}
