package org.exportalliance.portal.lead;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Buyers' phone numbers in E.164, however they were typed: "+39 031 555 0123", "0039-031-5550123" and "031 5550123"
 * with the buyer's country Italy are all {@code +390315550123}. A number that is not valid for its country is none.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /**
     * Reads every region's metadata now. libphonenumber otherwise reads a region's file from its jar the first time a
     * number of that region is parsed, which would block whichever (reactive) thread parses it.
     */
    static int preload() {
        int regions = 0;
        for (String region : PHONES.getSupportedRegions()) {
            if (PHONES.getExampleNumber(region) != null) {
                regions++;
            }
        }
        return regions;
    }

    /** The number in E.164; {@code country} (ISO 3166 alpha-2) reads numbers written without a country code. */
    public static Optional<String> e164(String raw, String country) {
        String typed = raw.strip().replaceFirst("^00", "+");
        try {
            PhoneNumber number = PHONES.parse(typed, country.toUpperCase(Locale.ROOT));
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
