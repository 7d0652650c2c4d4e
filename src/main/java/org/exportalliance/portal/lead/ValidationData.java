package org.exportalliance.portal.lead;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads what lead validation reads from jars (every region's phone metadata, the currency list) at start-up, on the
 * main thread, so that validating a lead never reads a file on a reactive thread. Proven by LeadNonBlockingTest.
 */
@Component
class ValidationData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ValidationData.class);

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        int regions = PhoneNumbers.preload();
        LeadRules.isCurrency("USD");
        log.debug("Loaded phone metadata for {} regions and the currency list in {} ms", regions,
                (System.nanoTime() - start) / 1_000_000);
    }
}
