package org.exportalliance.portal.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QrCodeTest {

    private static final String URI = Totp.otpauthUri("Export Alliance", "zhang.wei@xinchang-tex.cn",
            Totp.fromBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    @Test
    void the_svg_is_well_formed_and_sized_in_modules_with_the_quiet_zone() throws Exception {
        Document svg = parse(QrCode.svg(URI));
        Element root = svg.getDocumentElement();
        BitMatrix expected = zxing(URI);

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox"))
                .isEqualTo("0 0 " + expected.getWidth() + " " + expected.getHeight());
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isEqualTo(1);
    }

    @Test
    void the_dark_squares_of_the_svg_are_the_dark_modules_of_zxings_matrix() throws Exception {
        BitMatrix expected = zxing(URI);
        String path = ((Element) parse(QrCode.svg(URI))
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0)).getAttribute("d");

        BitMatrix drawn = new BitMatrix(expected.getWidth(), expected.getHeight());
        int squares = 0;
        Matcher run = RUN.matcher(path);
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).as("nothing between runs").isEqualTo(end);
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int width = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            drawn.setRegion(x, y, width, 1);
            squares += width;
        }
        assertThat(end).isEqualTo(path.length());

        int dark = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                dark += expected.get(x, y) ? 1 : 0;
            }
        }
        assertThat(squares).isEqualTo(dark);
        assertThat(drawn).isEqualTo(expected);
    }

    @Test
    void four_modules_around_the_code_stay_light() {
        BitMatrix matrix = QrCode.matrix(URI);
        int[] darkArea = matrix.getEnclosingRectangle();

        assertThat(darkArea[0]).isEqualTo(4);
        assertThat(darkArea[1]).isEqualTo(4);
        assertThat(matrix.getWidth() - darkArea[0] - darkArea[2]).isEqualTo(4);
    }

    @Test
    void text_too_long_for_any_qr_code_is_refused() {
        assertThatThrownBy(() -> QrCode.svg("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class);
    }

    /** The same text encoded by ZXing directly: level M, a quiet zone of 4, one pixel per module. */
    private static BitMatrix zxing(String text) throws Exception {
        return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
