package org.exportalliance.portal.request.setup.api;

import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.request.setup.CategoryEntry;
import org.exportalliance.portal.request.setup.SlaEntry;
import org.exportalliance.portal.request.setup.UnitEntry;
import org.jspecify.annotations.Nullable;

/** What the setup routes answer: each record with the version to send back in If-Match. */
final class SetupJson {

    private SetupJson() {}

    record Category(String code, String nameZh, String nameEn, int position, boolean labTest, boolean active,
            long version) {

        static Category of(CategoryEntry e) {
            var c = e.category();
            return new Category(c.code(), c.nameZh(), c.nameEn(), c.position(), c.labTest(), c.active(),
                    e.version());
        }
    }

    record Sla(String priority, int acceptMinutes, int takeMinutes, int resolveMinutes, long version) {

        static Sla of(SlaEntry e) {
            return new Sla(e.priority().name(), e.minutes().accept(), e.minutes().take(), e.minutes().resolve(),
                    e.version());
        }
    }

    record Unit(UUID id, String nameZh, String nameEn, String kind, @Nullable UUID leadUserId, boolean active,
            List<UUID> members, List<String> categories, long openRequests, long version) {

        static Unit of(UnitEntry e) {
            var u = e.unit();
            return new Unit(u.id(), u.nameZh(), u.nameEn(), u.kind().name(), u.leadUserId(), u.active(),
                    u.members().stream().sorted().toList(), u.categories().stream().sorted().toList(), e.open(),
                    e.version());
        }
    }
}
