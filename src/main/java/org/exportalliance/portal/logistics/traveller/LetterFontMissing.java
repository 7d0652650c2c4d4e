package org.exportalliance.portal.logistics.traveller;

import org.exportalliance.portal.platform.refusal.Refusal;

/** No CJK-capable font is installed, so a letter with Chinese text cannot be rendered. */
public class LetterFontMissing extends Refusal {
    public LetterFontMissing() {
        super(503, "traveller.letter-font-missing");
    }
}
