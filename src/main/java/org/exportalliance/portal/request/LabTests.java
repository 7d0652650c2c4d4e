package org.exportalliance.portal.request;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Lab tests (the shared lab): the samples a request names when it is filed. Quotes and reports come in a later step. */
@Component
class LabTests {

    private final LabTestRepository labTests;

    LabTests(LabTestRepository labTests) {
        this.labTests = labTests;
    }

    Mono<Void> insert(UUID request, @Nullable LabSamples samples) {
        return samples == null ? Mono.empty() : labTests.insert(request, samples);
    }

    Mono<LabTest> find(UUID request) {
        return labTests.find(request);
    }
}
